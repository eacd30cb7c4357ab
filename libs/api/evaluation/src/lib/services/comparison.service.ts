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
import { pricesHidden, Rfq, RfqRecords, RfqService } from '@bc/api/rfq';
import { OpenedQuote, PortalService, QuoteService } from '@bc/api/quotes';

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

/**
 * The comparison as the workbook writes it: the same as {@link buildComparison}, but the lines
 * (quotes × lines offers, the bulk of it) are made as the workbook reaches them, never all at once.
 */
export function streamComparison(facts: ComparisonFacts): StreamedComparison {
  const { quotes, convert, suppliers, missingRates } = comparedQuotes(facts);
  return {
    rfqId: facts.rfq.id,
    reference: facts.rfq.reference,
    currency: facts.rfq.currency,
    exchangeRates: facts.rates,
    missingRates,
    complete: suppliers.length > 0 && missingRates.length === 0 && suppliers.every((s) => s.complete),
    suppliers,
    lines: { *[Symbol.iterator]() { for (const [i, line] of facts.lines.entries()) yield lineRow(quotes, line, i, convert); } },
    requirements: requirementRows(facts, quotes),
  };
}

/** The suppliers' rows of the comparison alone (what scoring needs): no line or requirement matrix. */
export function compareSuppliers(facts: ComparisonFacts): Pick<RfqComparisonType, 'suppliers' | 'missingRates'> {
  const { suppliers, missingRates } = comparedQuotes(facts);
  return { suppliers, missingRates };
}

function comparedQuotes(facts: ComparisonFacts) {
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

type Convert = (amount: string | null, currency: string) => string | null;
type ComparedQuote = ComparisonFacts['quotes'][number];
type QuotedLine = ComparedQuote['latest']['content']['lines'][number];

/** A quoted line with its total, in the quote's currency and converted: each computed once. */
interface PricedOffer {
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
interface IndexedQuote {
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
function requirementRows(facts: ComparisonFacts, quotes: readonly IndexedQuote[]): ComparisonRequirementType[] {
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
    return buildComparison(await this.facts(ctx, rfqId));
  }

  /** The comparison for the workbook, its lines made as they are written ({@link streamComparison}); refused as {@link compare} is. */
  async compareStreamed(ctx: RequestContext, rfqId: string): Promise<StreamedComparison> {
    return streamComparison(await this.facts(ctx, rfqId));
  }

  private async facts(ctx: RequestContext, rfqId: string): Promise<ComparisonFacts> {
    const { rfq, quotes } = await this.quotes.opened(ctx, rfqId);
    assertPricesShown(rfq);
    const spec = await this.rfqs.specification(ctx, rfq);
    return { rfq, lines: spec.lines, requirements: spec.requirements, quotes, rates: await this.rates(ctx, rfq.id) };
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
