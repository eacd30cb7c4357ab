import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import canonicalize from 'canonicalize';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import type { ConditionalDiscount, ScenarioLine, ScenarioOffer, ScenarioProblem, ScenarioSupplier } from '@bc/api/award-optimizer';
import { ComparisonService, ScoringService, type RfqEvaluationType } from '@bc/api/evaluation';
import { PurchaseCase, ShortlistEntry } from '@bc/api/purchasing';
import { OpenedQuote, QuoteConditionalDiscount, QuoteService } from '@bc/api/quotes';
import { Rfq, RfqService } from '@bc/api/rfq';
import { compareDecimals, CriterionKind, Permission, ShortlistDecision, ShortlistSource, trimDecimal } from '@bc/shared/domain';

/** A supplier with a submitted quote that takes no part in the scenarios, and why. */
export interface LeftOutSupplier {
  invitationId: string;
  supplierName: string;
  /** CURRENCY: quoted in another currency than the RFQ's; NO_PRICED_LINE: no line priced. */
  reason: 'CURRENCY' | 'NO_PRICED_LINE';
}

/** A specification line as the scenarios show it. */
export interface ScenarioLineFacts {
  key: string;
  position: number;
  description: string;
  quantity: string;
  unit: string;
}

/** A supplier taking part, as the scenarios show it. */
export interface ScenarioSupplierFacts extends ScenarioSupplier {
  /** The supplier's directory id (`id` is its invitation's). */
  supplierId: string;
  rank: number;
}

/**
 * Everything a scenario of one RFQ is solved on: the optimizer's problem without objective and
 * rules, the fingerprint of it, and what the comparison shows besides (the case's estimate, the
 * lines and suppliers with their names, who is left out).
 */
export interface ScenarioInputs {
  rfq: Rfq;
  purchaseCase: PurchaseCase;
  evaluation: RfqEvaluationType;
  base: Omit<ScenarioProblem, 'objective' | 'rules' | 'lineGroups'>;
  /** SHA-256 of the canonical JSON of `base`: a result solved on other inputs is stale. */
  fingerprint: string;
  lines: ScenarioLineFacts[];
  suppliers: ScenarioSupplierFacts[];
  leftOut: LeftOutSupplier[];
  /** The case's estimated value when it is in the RFQ currency (else null: not comparable). */
  estimate: string | null;
}

/**
 * Builds the problem a scenario is solved on from a closed RFQ, by the rules the comparison and
 * the evaluation already apply (and through their services, so sealing and two envelopes hold):
 *
 * - lines: the specification's lines the RFQ was sent with; each splittable in whole units of its
 *   unit (split step 1, whatever the unit: 10 pieces go 7 + 3, 10 kg too); a line whose quantity
 *   is not whole (12.5 kg) is awarded whole (the optimizer's rule). A buyer who wants a line whole
 *   says so with the WHOLE_LINES rule.
 * - suppliers: invitations with a submitted quote whose latest revision the buying side may read
 *   (QuoteService.opened: SEALED before closing; ComparisonService: PRICES_HIDDEN before the
 *   technical lock of two envelopes), quoted in the RFQ currency and pricing at least one line (as
 *   the auction takes its bidders); the others are listed as left out.
 * - offers: each priced line's unit price; its capacity is the quoted quantity when below the
 *   line's (the CAPACITY rule holds suppliers to it).
 * - scores: the evaluation's weighted total, the technical criteria's score (weighted over the
 *   technical criteria; null while one is missing), the supplier's recorded reliability score, the
 *   comparison's must-haves; incumbent: shortlisted IN as INCUMBENT (a straight rebuy's supplier).
 * - conditional discounts: the quote's conditional offers, in the RFQ currency like its prices.
 */
@Injectable()
export class ScenarioInputsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly rfqs: RfqService,
    private readonly quotes: QuoteService,
    private readonly comparisons: ComparisonService,
    private readonly scoring: ScoringService,
  ) {}

  /** The RFQ and its case as the caller may reach them with `permission` (NOT_FOUND / FORBIDDEN otherwise). */
  open(ctx: RequestContext, rfqId: string, permission: Permission, lock = false): Promise<{ rfq: Rfq; purchaseCase: PurchaseCase }> {
    return this.rfqs.open(ctx, rfqId, permission, lock);
  }

  async of(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase): Promise<ScenarioInputs> {
    const comparison = await this.comparisons.view(ctx, rfq.id);
    const { quotes } = await this.quotes.opened(ctx, rfq.id);
    const evaluation = await this.scoring.evaluate(ctx, rfq.id);
    const spec = await this.rfqs.specification(ctx, rfq);
    const lines: ScenarioLineFacts[] = spec.lines.map((l, i) => ({ key: l.key, position: i + 1, description: l.description, quantity: trimDecimal(String(l.quantity)), unit: l.unit }));
    const incumbents = await this.incumbents(ctx, purchaseCase.id);
    const mustHavesMissed = new Map(comparison.suppliers.map((s) => [s.invitationId, s.mustHaveNotMet]));

    const leftOut: LeftOutSupplier[] = [];
    const suppliers: ScenarioSupplierFacts[] = [];
    const offers: ScenarioOffer[] = [];
    const discounts: ConditionalDiscount[] = [];
    for (const q of quotes) {
      const priced = pricedLines(q, lines);
      const name = q.invitation.supplierName;
      if (q.latest.content.currency !== rfq.currency) leftOut.push({ invitationId: q.invitation.id, supplierName: name, reason: 'CURRENCY' });
      else if (priced.length === 0) leftOut.push({ invitationId: q.invitation.id, supplierName: name, reason: 'NO_PRICED_LINE' });
      else {
        const scored = evaluation.suppliers.find((s) => s.invitationId === q.invitation.id);
        suppliers.push({
          id: q.invitation.id,
          supplierId: q.invitation.supplierId,
          name,
          rank: scored?.rank ?? 0,
          reliabilityScore: scored?.performanceScore ?? null,
          technicalScore: technicalScore(scored),
          totalScore: scored?.total ?? null,
          mustHavesMet: mustHavesMissed.get(q.invitation.id) === false,
          incumbent: incumbents.has(q.invitation.supplierId),
        });
        offers.push(...priced);
        discounts.push(...discountsOf(q, lines));
      }
    }
    const base = { lines: lines.map((l): ScenarioLine => ({ id: l.key, quantity: l.quantity, unit: l.unit, splitStep: '1' })), suppliers: suppliers.map(asOptimizerSupplier), offers, discounts };
    const estimate = purchaseCase.estimatedValue !== null && purchaseCase.currency === rfq.currency ? trimDecimal(String(purchaseCase.estimatedValue)) : null;
    return { rfq, purchaseCase, evaluation, base, fingerprint: fingerprintOf(base), lines, suppliers, leftOut, estimate };
  }

  /** The directory ids of the suppliers shortlisted as the incumbent. */
  private async incumbents(ctx: RequestContext, caseId: string): Promise<Set<string>> {
    const rows = await this.connection.getRepository(ctx, ShortlistEntry).find({ where: { caseId, source: ShortlistSource.INCUMBENT, decision: ShortlistDecision.IN }, select: { supplierId: true } });
    return new Set(rows.map((r) => r.supplierId));
  }
}

const asOptimizerSupplier = (s: ScenarioSupplierFacts): ScenarioSupplier => ({
  id: s.id,
  name: s.name,
  reliabilityScore: s.reliabilityScore,
  technicalScore: s.technicalScore,
  totalScore: s.totalScore,
  mustHavesMet: s.mustHavesMet,
  incumbent: s.incumbent,
});

/** The quote's priced lines of the specification as offers (the first offer of a line, as the comparison takes it). */
function pricedLines(q: OpenedQuote, lines: readonly ScenarioLineFacts[]): ScenarioOffer[] {
  const requested = new Map(lines.map((l) => [l.key, l.quantity]));
  const offers = new Map<string, ScenarioOffer>();
  for (const l of q.latest.content.lines) {
    const wanted = requested.get(l.lineKey);
    if (wanted === undefined || offers.has(l.lineKey) || l.unitPrice === null || l.quantity === null || compareDecimals(l.quantity, '0') <= 0) continue;
    const short = compareDecimals(l.quantity, wanted) < 0;
    offers.set(l.lineKey, { supplierId: q.invitation.id, lineId: l.lineKey, unitPrice: trimDecimal(l.unitPrice), capacity: short ? trimDecimal(l.quantity) : null });
  }
  return [...offers.values()];
}

/** The quote's conditional offers as the optimizer's discounts; one naming a line not in the specification is left out (it can never hold). */
function discountsOf(q: OpenedQuote, lines: readonly ScenarioLineFacts[]): ConditionalDiscount[] {
  const keys = new Set(lines.map((l) => l.key));
  const offered: QuoteConditionalDiscount[] = q.latest.content.conditionalDiscounts ?? [];
  return offered.flatMap((d, i): ConditionalDiscount[] => {
    if (d.minValue === null && (d.lineKeys.length === 0 || d.lineKeys.some((k) => !keys.has(k)))) return [];
    const condition: ConditionalDiscount['condition'] = d.minValue !== null ? { minValue: trimDecimal(d.minValue) } : { lineIds: [...d.lineKeys] };
    return [{ id: `${q.invitation.id}:${i + 1}`, supplierId: q.invitation.id, type: d.type, value: trimDecimal(d.value), condition }];
  });
}

/** The technical criteria's score weighted by their weights (0–100); null without one, or while one is missing. */
function technicalScore(scored: RfqEvaluationType['suppliers'][number] | undefined): number | null {
  const technical = (scored?.criteria ?? []).filter((c) => c.kind === CriterionKind.TECHNICAL);
  if (technical.length === 0 || technical.some((c) => c.score === null)) return null;
  const weights = technical.reduce((sum, c) => sum + c.weight, 0);
  if (weights === 0) return null;
  return Math.round((technical.reduce((sum, c) => sum + (c.score as number) * c.weight, 0) / weights) * 100) / 100;
}

function fingerprintOf(base: ScenarioInputs['base']): string {
  return createHash('sha256').update(canonicalize(base) ?? '', 'utf8').digest('hex');
}
