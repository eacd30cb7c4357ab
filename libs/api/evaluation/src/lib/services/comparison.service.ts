import { Injectable } from '@nestjs/common';
import { AppError, Clock, conflict, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserDirectory } from '@bc/api/identity';
import { CaseService, SpecificationLine, SpecificationRequirement } from '@bc/api/purchasing';
import {
  compareDecimals,
  decimalProblem,
  ErrorCode,
  EXCHANGE_RATE_RULE,
  lineTotal,
  lowerDecimal,
  MissingRateError,
  Permission,
  quoteTotal,
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

  const suppliers = facts.quotes.map((q) => supplierRow(facts, q, rateOf, convert));
  const lines = facts.lines.map((line, i) => lineRow(facts, line, i, convert));
  const requirements = requirementRows(facts);

  const missingRates = [...new Set(suppliers.filter((s) => s.rateMissing).map((s) => s.currency))].sort();
  return {
    rfqId: facts.rfq.id,
    reference: facts.rfq.reference,
    currency: caseCurrency,
    exchangeRates: facts.rates,
    missingRates,
    complete: suppliers.length > 0 && missingRates.length === 0 && suppliers.every((s) => s.complete),
    suppliers,
    lines,
    requirements,
  };
}

type Convert = (amount: string | null, currency: string) => string | null;
type ComparedQuote = ComparisonFacts['quotes'][number];

/** One supplier's quote as compared: its total in its currency and in the case currency, completeness and must-haves. */
function supplierRow(facts: ComparisonFacts, q: ComparedQuote, rateOf: Record<string, string>, convert: Convert): ComparisonSupplierType {
  const caseCurrency = facts.rfq.currency;
  const c = q.latest.content;
  const byLine = new Map(c.lines.map((l) => [l.lineKey, l]));
  const answers = new Map(c.answers.map((a) => [a.requirementKey, a]));
  const same = c.currency === caseCurrency;
  const rate = same ? null : (rateOf[c.currency] ?? null);
  const total = quoteTotal(c.lines.filter((l) => facts.lines.some((s) => s.key === l.lineKey)));
  const notMet = facts.requirements
    .filter((r) => r.kind === RequirementKind.MUST_HAVE)
    .filter((r) => {
      const compliance = answers.get(r.key)?.compliance ?? null;
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
    totalConverted: convert(total, c.currency),
    validUntil: c.validUntil,
    paymentTerms: c.paymentTerms,
    deliveryTerms: c.deliveryTerms,
    supplierReference: c.supplierReference,
    revision: q.latest.revision,
    submittedAt: q.latest.submittedAt,
    sha256: q.latest.sha256,
    linesQuoted: facts.lines.filter((l) => byLine.get(l.key)?.unitPrice != null).length,
    complete: facts.lines.every((l) => fullQuantity(byLine.get(l.key), l.quantity)),
    mustHaveNotMet: notMet.length > 0,
    mustHaveNotMetKeys: notMet,
  };
}

/** One line across suppliers: each offer with its converted total, the lowest full-quantity offers marked best. */
function lineRow(facts: ComparisonFacts, line: ComparisonFacts['lines'][number], i: number, convert: Convert): ComparisonLineType {
  const offers: ComparisonOfferType[] = facts.quotes.map((q) => {
    const c = q.latest.content;
    const offer = c.lines.find((l) => l.lineKey === line.key);
    const quoted = !!offer && offer.unitPrice !== null && offer.quantity !== null;
    const total = offer && quoted ? lineTotal(offer) : null;
    return {
      invitationId: q.invitation.id,
      unitPrice: offer?.unitPrice ?? null,
      quantity: offer?.quantity ?? null,
      lineTotal: total,
      lineTotalConverted: convert(total, c.currency),
      leadTimeDays: offer?.leadTimeDays ?? null,
      note: offer?.note ?? '',
      fullQuantity: fullQuantity(offer, line.quantity),
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
    const lowest = totals.reduce(lowerDecimal);
    for (const o of eligible) o.best = o.lineTotalConverted !== null && compareDecimals(o.lineTotalConverted, lowest) === 0;
  }
  return { key: line.key, position: i + 1, description: line.description, quantity: line.quantity, unit: line.unit, bestDecided, offers };
}

/** Each requirement with every supplier's answer, must-haves not met marked. */
function requirementRows(facts: ComparisonFacts): ComparisonRequirementType[] {
  return facts.requirements.map((r, i) => ({
  key: r.key,
  position: i + 1,
  text: r.text,
  kind: r.kind,
  weight: r.weight,
  answers: facts.quotes.map((q) => {
    const a = q.latest.content.answers.find((x) => x.requirementKey === r.key);
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
    const { rfq, quotes } = await this.quotes.opened(ctx, rfqId);
    assertPricesShown(rfq);
    const spec = await this.rfqs.specification(ctx, rfq);
    return buildComparison({ rfq, lines: spec.lines, requirements: spec.requirements, quotes, rates: await this.rates(ctx, rfq.id) });
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
