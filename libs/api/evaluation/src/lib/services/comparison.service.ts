import { Injectable } from '@nestjs/common';
import { AppError, Clock, conflict, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserDirectory } from '@bc/api/identity';
import { CaseService, SpecificationLine, SpecificationRequirement } from '@bc/api/purchasing';
import {
  atLowest,
  compareDecimals,
  decimalProblem,
  ErrorCode,
  EXCHANGE_RATE_RULE,
  lineTotal,
  MissingRateError,
  Permission,
  sumMoney,
  RequirementCompliance,
  RequirementKind,
  RfqStatus,
  toCaseCurrency,
  trimDecimal,
} from '@bc/shared/domain';
import {
  ComparisonLineType,
  ComparisonOfferType,
  ComparisonRequirementType,
  ComparisonSupplierType,
  RfqComparisonType,
  RfqExchangeRateType,
} from '../dto/comparison.types';
import { pricesHidden, Rfq, RfqInvitation, RfqRecords, RfqService } from '@bc/api/rfq';
import { OpenedQuote, PortalService, QuoteService } from '@bc/api/quotes';
import { ComparisonCache, ComparisonInputs, comparisonKey, contentKey } from './comparison-cache';

const CURRENCY = /^[A-Z]{3}$/;

/**
 * Two envelopes: refuses with PRICES_HIDDEN while a closed two-envelope RFQ's technical scores are
 * not locked: no price reaches anyone on the buying side (the buyer included) before that.
 */
export function assertPricesShown(rfq: Pick<Rfq, 'reference' | 'status' | 'twoEnvelope' | 'technicalLockedAt'>): void {
  if (pricesHidden(rfq)) {
    throw new AppError(ErrorCode.PRICES_HIDDEN, `${rfq.reference} is evaluated in two envelopes: prices are shown once the technical scores are complete and locked`, {
      field: 'rfqId',
      details: { twoEnvelope: true, technicalLockedAt: null },
    });
  }
}

export interface ComparisonFacts {
  rfq: Pick<Rfq, 'id' | 'reference' | 'currency'>;
  lines: ReadonlyArray<Pick<SpecificationLine, 'key' | 'description' | 'quantity' | 'unit'>>;
  requirements: ReadonlyArray<Pick<SpecificationRequirement, 'key' | 'text' | 'kind' | 'weight'>>;
  quotes: ReadonlyArray<Pick<OpenedQuote, 'invitation' | 'latest'>>;
  rates: RfqExchangeRateType[];
}

/**
 * The comparison, from the latest submitted revision of every quote (no I/O). Amounts in another
 * currency are converted with the entered rate (`toCaseCurrency`: exact product, 2 places half-up);
 * without a rate they stay unconverted (null) and the currency is listed in `missingRates`. The
 * converted total is the quote total converted once, so it may differ by a cent from the sum of the
 * converted line totals.
 *
 * Best value per line: among the offers that quote at least the requested quantity, the lowest
 * line total in the RFQ currency; every offer at that total is best. Alternatives and partial
 * quantities are shown but not ranked. When such a full-quantity offer cannot be converted (its rate
 * is missing) nothing is marked on that line (`bestDecided` false): a best that might not be is
 * worse than none.
 */
export function buildComparison(facts: ComparisonFacts): RfqComparisonType {
  const streamed = streamComparison(facts);
  return { ...streamed, lines: [...streamed.lines] };
}

/** A comparison whose lines are made one at a time as they are read, and then let go. */
export type StreamedComparison = Omit<RfqComparisonType, 'lines'> & { lines: Iterable<ComparisonLineType> };

/** The comparison as the GraphQL field reads it: the lines made only for the page asked for ({@link comparisonLines}). */
export type ComparisonView = Omit<RfqComparisonType, 'lines'> & { linesAt(offset: number, limit: number | null): ComparisonLineType[] };

/**
 * The comparison as the workbook writes it: the same as {@link buildComparison}, but the lines
 * (quotes × lines offers, the bulk of it) are made as the workbook reaches them, never all at once.
 */
export function streamComparison(facts: ComparisonFacts): StreamedComparison {
  return comparisonFrom(facts, compareQuotes(facts));
}

/** The suppliers' rows of the comparison alone (what scoring needs): no line or requirement matrix. */
export function compareSuppliers(facts: ComparisonFacts): Pick<RfqComparisonType, 'suppliers' | 'missingRates'> {
  const { suppliers, missingRates } = compareQuotes(facts);
  return { suppliers, missingRates };
}

/** The comparison from what {@link compareQuotes} computed once: the line matrix made line by line as it is read. */
function comparisonFrom(facts: Omit<ComparisonFacts, 'quotes'>, compared: ComparedQuotes): StreamedComparison {
  const { quotes, convert, suppliers, missingRates } = compared;
  return {
    rfqId: facts.rfq.id,
    reference: facts.rfq.reference,
    currency: facts.rfq.currency,
    exchangeRates: facts.rates,
    missingRates: [...missingRates],
    complete: suppliers.length > 0 && missingRates.length === 0 && suppliers.every((s) => s.complete),
    // Copies: the rows computed may be read again by the next request.
    suppliers: suppliers.map((s) => ({ ...s, mustHaveNotMetKeys: [...s.mustHaveNotMetKeys] })),
    lineCount: facts.lines.length,
    lines: { *[Symbol.iterator]() { for (const [i, line] of facts.lines.entries()) yield lineRow(quotes, line, i, convert); } },
    requirements: requirementRows(facts, quotes),
  };
}

/**
 * The comparison as the GraphQL field reads it, from what {@link compareQuotes} computed (once, and
 * then kept): the same as {@link buildComparison}, but only the page of lines asked for is made.
 */
export function comparisonView(facts: Omit<ComparisonFacts, 'quotes'>, compared: ComparedQuotes): ComparisonView {
  const { lines: _all, ...rest } = comparisonFrom(facts, compared);
  void _all;
  return { ...rest, linesAt: (offset, limit) => comparisonLines(facts.lines, compared, offset, limit) };
}

/** The lines `offset` to `offset + limit` (all from `offset` when `limit` is null) of the comparison, numbered as in the whole. */
export function comparisonLines(lines: ComparisonFacts['lines'], compared: ComparedQuotes, offset: number, limit: number | null): ComparisonLineType[] {
  const end = limit === null ? lines.length : Math.min(lines.length, offset + limit);
  const page: ComparisonLineType[] = [];
  for (let i = offset; i < end; i++) page.push(lineRow(compared.quotes, lines[i], i, compared.convert));
  return page;
}

/** What a comparison computes from the quotes' content once: each quote indexed with its line totals, the suppliers' rows, the missing rates. */
export interface ComparedQuotes {
  quotes: IndexedQuote[];
  convert: Convert;
  suppliers: ComparisonSupplierType[];
  missingRates: string[];
}

/** What a comparison computes from the quotes' content: done once per content, rates and specification, and kept ({@link ComparisonCache}). */
export function compareQuotes(facts: ComparisonFacts): ComparedQuotes {
  const caseCurrency = facts.rfq.currency;
  const rateOf: Record<string, string> = Object.fromEntries(facts.rates.map((r) => [r.currency, r.rate]));
  const convert = (amount: string | null, currency: string): string | null => {
    if (amount === null) return null;
    try {
      return toCaseCurrency(amount, currency, caseCurrency, rateOf);
    } catch (e) {
      if (e instanceof MissingRateError) return null;
      throw e;
    }
  };
  const specLines = new Map(facts.lines.map((l) => [l.key, l.quantity]));
  const quotes = facts.quotes.map((q) => indexQuote(q, specLines, convert));
  const suppliers = quotes.map((q) => supplierRow(facts, q, rateOf));
  const missingRates = [...new Set(suppliers.filter((s) => s.rateMissing).map((s) => s.currency))].sort();
  return { quotes, convert, suppliers, missingRates };
}

export type Convert = (amount: string | null, currency: string) => string | null;
export type ComparedQuote = ComparisonFacts['quotes'][number];
export type QuotedLine = ComparedQuote['latest']['content']['lines'][number];

/** A quoted line with its total, in the quote's currency and converted: each computed once. */
export interface PricedOffer {
  line: QuotedLine;
  total: string | null;
  converted: string | null;
  /** Whether it quotes at least the requested quantity of a line of the specification. */
  full: boolean;
}

/**
 * One quote, looked up by line and requirement key (a comparison of hundreds of quotes and lines
 * must not search every quote's lines for every line), its line totals computed once.
 */
export interface IndexedQuote {
  quote: ComparedQuote;
  offers: Map<string, PricedOffer>;
  answers: Map<string, ComparedQuote['latest']['content']['answers'][number]>;
  /** The quote's total: the sum of its line totals on lines of the specification (`quoteTotal`'s rule). */
  total: string | null;
  totalConverted: string | null;
}

function indexQuote(q: ComparedQuote, specLines: ReadonlyMap<string, string>, convert: Convert): IndexedQuote {
  const c = q.latest.content;
  const offers = new Map<string, PricedOffer>();
  const totals: string[] = [];
  for (const line of c.lines) {
    const total = lineTotal(line);
    // The first offer of a line is compared, as a search of the lines would find it.
    if (!offers.has(line.lineKey)) {
      const requested = specLines.get(line.lineKey);
      offers.set(line.lineKey, { line, total, converted: convert(total, c.currency), full: requested !== undefined && fullQuantity(line, requested) });
    }
    if (total !== null && specLines.has(line.lineKey)) totals.push(total);
  }
  const total = totals.length === 0 ? null : sumMoney(totals);
  return { quote: q, offers, answers: new Map(c.answers.map((a) => [a.requirementKey, a])), total, totalConverted: convert(total, c.currency) };
}

/** One supplier's quote as compared: its total in its currency and in the case currency, completeness and must-haves. */
function supplierRow(facts: ComparisonFacts, indexed: IndexedQuote, rateOf: Record<string, string>): ComparisonSupplierType {
  const q = indexed.quote;
  const caseCurrency = facts.rfq.currency;
  const c = q.latest.content;
  const same = c.currency === caseCurrency;
  const rate = same ? null : (rateOf[c.currency] ?? null);
  const total = indexed.total;
  const notMet = facts.requirements
    .filter((r) => r.kind === RequirementKind.MUST_HAVE)
    .filter((r) => {
      const compliance = indexed.answers.get(r.key)?.compliance ?? null;
      return compliance === null || compliance === RequirementCompliance.NOT_MET;
    })
    .map((r) => r.key);
  return {
    invitationId: q.invitation.id,
    supplierId: q.invitation.supplierId,
    supplierName: q.invitation.supplierName,
    currency: c.currency,
    rate,
    rateMissing: !same && rate === null,
    total,
    totalConverted: indexed.totalConverted,
    validUntil: c.validUntil,
    paymentTerms: c.paymentTerms,
    deliveryTerms: c.deliveryTerms,
    supplierReference: c.supplierReference,
    revision: q.latest.revision,
    submittedAt: q.latest.submittedAt,
    sha256: q.latest.sha256,
    linesQuoted: facts.lines.filter((l) => indexed.offers.get(l.key)?.line.unitPrice != null).length,
    complete: facts.lines.every((l) => indexed.offers.get(l.key)?.full === true),
    mustHaveNotMet: notMet.length > 0,
    mustHaveNotMetKeys: notMet,
  };
}

/** One line across suppliers: each offer with its converted total, the lowest full-quantity offers marked best. */
function lineRow(quotes: readonly IndexedQuote[], line: ComparisonFacts['lines'][number], i: number, convert: Convert): ComparisonLineType {
  const offers: ComparisonOfferType[] = quotes.map(({ quote: q, offers: byLine }) => {
    const c = q.latest.content;
    const priced = byLine.get(line.key);
    const offer = priced?.line;
    const quoted = !!offer && offer.unitPrice !== null && offer.quantity !== null;
    return {
      invitationId: q.invitation.id,
      unitPrice: offer?.unitPrice ?? null,
      quantity: offer?.quantity ?? null,
      lineTotal: quoted ? priced.total : null,
      lineTotalConverted: quoted ? priced.converted : null,
      leadTimeDays: offer?.leadTimeDays ?? null,
      note: offer?.note ?? '',
      fullQuantity: priced?.full === true,
      best: false,
      alternatives: (offer?.alternatives ?? []).map((a) => {
        const altTotal = lineTotal(a) ?? '0.00';
        return { ...a, total: altTotal, totalConverted: convert(altTotal, c.currency) };
      }),
    };
  });
  const eligible = offers.filter((o) => o.fullQuantity);
  const totals = eligible.flatMap((o) => (o.lineTotalConverted === null ? [] : [o.lineTotalConverted]));
  const bestDecided = eligible.length > 0 && totals.length === eligible.length;
  if (bestDecided) {
    // Every eligible offer has a converted total here, in the same order.
    atLowest(totals).forEach((lowest, j) => (eligible[j].best = lowest));
  }
  return { key: line.key, position: i + 1, description: line.description, quantity: line.quantity, unit: line.unit, bestDecided, offers };
}

/** Each requirement with every supplier's answer, must-haves not met marked. */
function requirementRows(facts: Pick<ComparisonFacts, 'requirements'>, quotes: readonly IndexedQuote[]): ComparisonRequirementType[] {
  return facts.requirements.map((r, i) => ({
    key: r.key,
    position: i + 1,
    text: r.text,
    kind: r.kind,
    weight: r.weight,
    answers: quotes.map(({ quote: q, answers }) => {
      const a = answers.get(r.key);
      const compliance = a?.compliance ?? null;
      return {
        invitationId: q.invitation.id,
        compliance,
        comment: a?.comment ?? '',
        mustHaveNotMet: r.kind === RequirementKind.MUST_HAVE && (compliance === null || compliance === RequirementCompliance.NOT_MET),
      };
    }),
  }));
}

function fullQuantity(offer: { unitPrice: string | null; quantity: string | null } | undefined, requested: string): boolean {
  return !!offer && offer.unitPrice !== null && offer.quantity !== null && compareDecimals(offer.quantity, requested) >= 0;
}

/**
 * The comparison of a closed RFQ and the exchange rates it converts with. Reading goes through
 * `QuoteService.opened`, so it is refused with SEALED until the RFQ has closed, and with PRICES_HIDDEN
 * while a two-envelope RFQ's technical scores are not locked.
 */
@Injectable()
export class ComparisonService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly rfqs: RfqService,
    private readonly rfqRecords: RfqRecords,
    private readonly quotes: QuoteService,
    private readonly portal: PortalService,
    private readonly directory: UserDirectory,
    private readonly cases: CaseService,
    private readonly clock: Clock,
  ) {}

  /** Comparisons computed lately, and the opened quotes they were computed from (see {@link ComparisonCache}). */
  private readonly compared = new ComparisonCache<ComparedQuotes>();
  private readonly contents = new ComparisonCache<ComparisonFacts['quotes']>();

  /** What the comparison workbook names besides the comparison: the reader, the RFQ and its case. */
  async workbookContext(ctx: RequestContext, rfqId: string): Promise<{ locale: string | null; userName: string; rfqTitle: string; caseReference: string; caseTitle: string }> {
    const me = await this.directory.one(ctx, ctx.userId);
    const rfq = await this.connection.getRepository(ctx, Rfq).findOne({ where: { id: rfqId }, select: { id: true, title: true, caseId: true } });
    const purchaseCase = rfq ? (await this.cases.summaries(ctx, { ids: [rfq.caseId] })).get(rfq.caseId) : undefined;
    return {
      locale: me?.locale ?? null,
      userName: me?.name ?? '',
      rfqTitle: rfq?.title ?? '',
      caseReference: purchaseCase?.reference ?? '',
      caseTitle: purchaseCase?.title ?? '',
    };
  }

  async compare(ctx: RequestContext, rfqId: string): Promise<RfqComparisonType> {
    const streamed = await this.compareStreamed(ctx, rfqId);
    return { ...streamed, lines: [...streamed.lines] };
  }

  /** The comparison for the workbook, its lines made as they are written ({@link streamComparison}); refused as {@link compare} is. */
  async compareStreamed(ctx: RequestContext, rfqId: string): Promise<StreamedComparison> {
    const { facts, compared } = await this.computed(ctx, rfqId, true);
    return comparisonFrom(facts, compared);
  }

  /** The comparison as the GraphQL field reads it: only the page of lines asked for is made ({@link comparisonLines}); refused as {@link compare} is. */
  async view(ctx: RequestContext, rfqId: string): Promise<ComparisonView> {
    const { facts, compared } = await this.computed(ctx, rfqId, true);
    return comparisonView(facts, compared);
  }

  /**
   * The suppliers' rows (what scoring needs), refused with SEALED before closing but not with
   * PRICES_HIDDEN: scoring hides the prices of two envelopes itself.
   */
  async supplierRows(ctx: RequestContext, rfqId: string): Promise<{ rfq: Rfq } & Pick<RfqComparisonType, 'suppliers' | 'missingRates'>> {
    const { rfq, compared } = await this.computed(ctx, rfqId, false);
    return { rfq, suppliers: compared.suppliers.map((s) => ({ ...s, mustHaveNotMetKeys: [...s.mustHaveNotMetKeys] })), missingRates: [...compared.missingRates] };
  }

  /**
   * What the comparison computes from the quotes' content, kept while nothing it is computed from
   * has changed (see {@link comparisonKey}): the access checks, the specification, the rates and
   * which revision is each quote's latest are read every time; the content (read and decrypted) only
   * when it is not kept either ({@link contentKey}: a rate entered computes anew, without reading it).
   */
  private async computed(ctx: RequestContext, rfqId: string, pricesShown: boolean): Promise<{ rfq: Rfq; facts: Omit<ComparisonFacts, 'quotes'>; compared: ComparedQuotes }> {
    const { rfq, latest } = await this.quotes.openedLatest(ctx, rfqId);
    if (pricesShown) assertPricesShown(rfq);
    const spec = await this.rfqs.specification(ctx, rfq);
    const facts = { rfq, lines: spec.lines, requirements: spec.requirements, rates: await this.rates(ctx, rfq.id) };
    const identities = (quotes: ReadonlyArray<{ quoteId: string; invitation: Pick<RfqInvitation, 'id' | 'supplierId' | 'supplierName'>; revision: number }>) =>
      quotes.map((q) => ({ quoteId: q.quoteId, invitationId: q.invitation.id, supplierId: q.invitation.supplierId, supplierName: q.invitation.supplierName, revision: q.revision }));
    let inputs: ComparisonInputs = { ...facts, organizationId: ctx.organizationId, quotes: identities(latest) };
    const cached = this.compared.get(comparisonKey(inputs));
    if (cached) return { rfq, facts, compared: cached };
    let quotes = this.contents.get(contentKey(inputs));
    if (!quotes) {
      const opened = (await this.quotes.opened(ctx, rfqId)).quotes;
      quotes = opened.map((q) => ({ invitation: q.invitation, latest: q.latest }));
      // Keyed by what was read now: a revision submitted meanwhile is another key, never this one's content.
      inputs = { ...inputs, quotes: identities(opened.map((q) => ({ quoteId: q.quote.id, invitation: q.invitation, revision: q.latest.revision }))) };
      this.contents.set(contentKey(inputs), quotes, quotes.length * Math.max(1, spec.lines.length));
    }
    const compared = compareQuotes({ ...facts, quotes });
    this.compared.set(comparisonKey(inputs), compared, quotes.length * Math.max(1, spec.lines.length));
    return { rfq, facts, compared };
  }

  /** Enters (or replaces) the rate of `currency` for a closed RFQ: the value of 1 unit of it in the RFQ's currency. */
  async setRate(ctx: RequestContext, rfqId: string, currency: string, rate: string): Promise<RfqExchangeRateType> {
    const { rfq } = await this.rfqs.open(ctx, rfqId, Permission.RFQ_MANAGE, true);
    if (rfq.status !== RfqStatus.CLOSED || !rfq.closedAt) throw conflict(`Exchange rates are entered once ${rfq.reference} has closed and its quotes are open`, 'rfqId');
    const code = currency.trim().toUpperCase();
    if (!CURRENCY.test(code)) throw validationFailed('currency', 'A currency is an ISO 4217 code such as USD');
    if (code === rfq.currency) throw validationFailed('currency', `${code} is the RFQ's own currency: it needs no rate`);
    const text = rate.trim();
    if (decimalProblem(text, EXCHANGE_RATE_RULE) !== null) {
      throw validationFailed('rate', `A rate is a positive decimal with up to 8 places: the value of 1 ${code} in ${rfq.currency}`);
    }
    const { previous, stored: row } = await this.rfqRecords.setExchangeRate(ctx, rfq.id, code, text, this.clock.now());
    const stored = trimDecimal(String(row.rate));
    await this.audit.record(ctx, {
      action: 'rfq.exchange-rate-set',
      entityType: 'Rfq',
      entityId: rfq.id,
      organizationId: rfq.organizationId,
      summary: { reference: rfq.reference, currency: code, rfqCurrency: rfq.currency, from: previous !== null ? trimDecimal(previous) : null, to: stored },
    });
    return { currency: code, rate: stored, setAt: new Date(row.set_at), setByName: ctx.signedIn.userName };
  }

  async rates(ctx: RequestContext, rfqId: string): Promise<RfqExchangeRateType[]> {
    const rows = await this.rfqRecords.enteredRates(ctx, rfqId);
    const names = await this.directory.names(ctx, rows.flatMap((r) => (r.set_by ? [r.set_by] : [])));
    return rows.map((r) => ({ currency: r.currency, rate: trimDecimal(String(r.rate)), setAt: new Date(r.set_at), setByName: (r.set_by && names.get(r.set_by)) ?? null }));
  }
}
