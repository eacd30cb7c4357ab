import { compareDecimals, isDecimal, lowerDecimal, percentOf } from './money';
import { CriterionKind, FieldProblem, RfqCriterion } from './rfq';

/**
 * Evaluation (step 4's second half in product.md): the pure scoring rules. Given the RFQ's
 * criteria, the suppliers' comparable totals, their recorded performance and the evaluators'
 * scores, these functions give each supplier a score per criterion (0–100), a weighted total,
 * a ranking and a sensitivity check of that ranking against the weights. No I/O: the server
 * loads the facts, calls these and stores or shows the results; the web app may call the same
 * functions to explain them.
 *
 * Money comes in as decimal strings (as quotes carry it) and is computed exactly by the money
 * module (`money.ts`); scores are JS numbers rounded to 2 decimals, half-up.
 */

// ---------------------------------------------------------------------------------------------
// Scores as numbers
// ---------------------------------------------------------------------------------------------

/** Rounds a non-negative score to 2 decimals, half-up, without binary drift (1.005 → 1.01). */
export function roundScore(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/** Scores are compared on the hundredths they are shown with. */
const hundredths = (value: number): number => Math.round(value * 100);

// ---------------------------------------------------------------------------------------------
// Price
// ---------------------------------------------------------------------------------------------

/**
 * Rule: price is scored by the server from the comparable totals (in the case currency, see
 * {@link toCaseCurrency}). The lowest total scores 100, every other total in proportion:
 * `100 × lowest / total`, rounded to 2 decimals half-up (computed exactly on the decimals).
 * A supplier without a comparable total (`null`) gets no price score (`null`), and does not set
 * the lowest.
 *
 * @param totals comparable total per supplier id, as a decimal string, or null.
 * @returns price score (0–100) per supplier id, or null.
 * @throws RangeError naming the supplier when a total is zero, negative or not a decimal string.
 */
export function priceScores(totals: Readonly<Record<string, string | null>>): Record<string, number | null> {
  const present = Object.entries(totals).flatMap(([supplierId, total]) => {
    if (total === null) return [];
    if (!isDecimal(total)) throw new RangeError(`The comparable total of supplier ${supplierId} is not a decimal number: "${total}"`);
    if (compareDecimals(total, '0') <= 0) throw new RangeError(`The comparable total of supplier ${supplierId} must be above 0, got "${total}"`);
    return [total];
  });
  const lowest = present.length === 0 ? null : present.reduce(lowerDecimal);
  // 100 × lowest / total, to 2 decimals by the money rounding rule.
  return Object.fromEntries(Object.entries(totals).map(([supplierId, total]) => [supplierId, total !== null && lowest !== null ? percentOf(lowest, total) : null]));
}

// ---------------------------------------------------------------------------------------------
// Evaluators' scores and consensus
// ---------------------------------------------------------------------------------------------

export const MIN_EVALUATOR_SCORE = 0;
export const MAX_EVALUATOR_SCORE = 10;
export const MAX_SCORE_COMMENT = 2000;
/** Counted scores of one criterion and supplier this many points apart (max − min) are flagged. */
export const WIDE_SPREAD_POINTS = 4;

/**
 * One evaluator's score of one supplier on one criterion: a whole number from 0 to 10 with a
 * comment. `counted` is false for an advisor's score (shown apart, does not count); members with
 * a conflict of interest take no part in scoring, so the server gives them no counted score.
 */
export interface EvaluatorScore {
  criterionKey: string;
  supplierId: string;
  evaluatorId: string;
  /** Whole number, {@link MIN_EVALUATOR_SCORE} to {@link MAX_EVALUATOR_SCORE}. */
  score: number;
  comment: string;
  /** True for a team member's binding score; false for an advisor's advisory score. */
  counted: boolean;
}

/** What is wrong with an evaluator's score; empty when it may be saved. */
export function evaluatorScoreProblems(score: Pick<EvaluatorScore, 'score' | 'comment'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(score.score) || score.score < MIN_EVALUATOR_SCORE || score.score > MAX_EVALUATOR_SCORE) {
    problems.push({ field: 'score', message: `A score is a whole number from ${MIN_EVALUATOR_SCORE} to ${MAX_EVALUATOR_SCORE}` });
  }
  const comment = typeof score.comment === 'string' ? score.comment.trim() : '';
  if (!comment || comment.length > MAX_SCORE_COMMENT) {
    problems.push({ field: 'comment', message: `A comment of 1 to ${MAX_SCORE_COMMENT} characters explains the score` });
  }
  return problems;
}

/** The evaluators' verdict on one criterion for one supplier. */
export interface Consensus {
  /** Mean of the counted scores on the 0–10 scale (unrounded), or null when nobody counted scored. */
  mean: number | null;
  /** The mean × 10, rounded to 2 decimals half-up: the 0–100 score that is weighted. Null with `mean`. */
  score: number | null;
  /** The scores that count (team members'). */
  counted: EvaluatorScore[];
  /** Advisors' scores: shown apart, not in the mean. */
  advisory: EvaluatorScore[];
  /** Max − min of the counted scores; null when nobody counted scored. */
  spread: number | null;
  /** At least two counted scores, {@link WIDE_SPREAD_POINTS} or more apart: the team should talk. */
  wideSpread: boolean;
}

function checkScore(s: EvaluatorScore): void {
  if (!Number.isInteger(s.score) || s.score < MIN_EVALUATOR_SCORE || s.score > MAX_EVALUATOR_SCORE) {
    throw new RangeError(
      `Evaluator ${s.evaluatorId} scored ${s.criterionKey} of supplier ${s.supplierId} ${s.score}: a score is a whole number from ${MIN_EVALUATOR_SCORE} to ${MAX_EVALUATOR_SCORE}`,
    );
  }
}

/**
 * Rule: the consensus on a criterion for a supplier is the mean of the COUNTED evaluators' scores
 * (advisors' scores are returned apart and do not count), turned from 0–10 into 0–100 (× 10) and
 * rounded to 2 decimals half-up. The spread is max − min of the counted scores; it is flagged when
 * it is at least {@link WIDE_SPREAD_POINTS} and there are at least two counted scores.
 *
 * @param scores the scores of ONE criterion for ONE supplier.
 * @throws RangeError on a score outside 0..10 or not whole, on scores of different criteria or
 *   suppliers, or on two scores by the same evaluator.
 */
export function consensus(scores: readonly EvaluatorScore[]): Consensus {
  const seen = new Set<string>();
  for (const s of scores) {
    checkScore(s);
    if (s.criterionKey !== scores[0].criterionKey || s.supplierId !== scores[0].supplierId) {
      throw new RangeError('A consensus is over the scores of one criterion for one supplier');
    }
    if (seen.has(s.evaluatorId)) {
      throw new RangeError(`Evaluator ${s.evaluatorId} scored ${s.criterionKey} of supplier ${s.supplierId} twice`);
    }
    seen.add(s.evaluatorId);
  }
  const counted = scores.filter((s) => s.counted);
  const advisory = scores.filter((s) => !s.counted);
  if (counted.length === 0) return { mean: null, score: null, counted, advisory, spread: null, wideSpread: false };
  const values = counted.map((s) => s.score);
  const sum = values.reduce((a, b) => a + b, 0);
  const n = counted.length;
  // mean × 10 in hundredths = 1000 × sum / n, half-up, in whole numbers (exact).
  const score = Math.floor((2000 * sum + n) / (2 * n)) / 100;
  const spread = Math.max(...values) - Math.min(...values);
  return { mean: sum / n, score, counted, advisory, spread, wideSpread: n >= 2 && spread >= WIDE_SPREAD_POINTS };
}

// ---------------------------------------------------------------------------------------------
// Reliability
// ---------------------------------------------------------------------------------------------

/** Where a criterion score came from. */
export enum ScoreSource {
  /** Computed by the server from the comparable totals. */
  PRICE = 'PRICE',
  /** The supplier's recorded performance score. */
  PERFORMANCE = 'PERFORMANCE',
  /** The counted evaluators' consensus. */
  EVALUATORS = 'EVALUATORS',
}

/**
 * Rule: reliability comes from the supplier's recorded performance score (0–100) where there is
 * history (`performanceScore` not null/undefined), and otherwise from the evaluators' consensus
 * like any other criterion. With history, evaluators' reliability scores are not used.
 *
 * @throws RangeError when the performance score is outside 0..100.
 */
export function reliabilityScore(
  performanceScore: number | null | undefined,
  evaluators: Consensus,
): { score: number | null; source: ScoreSource } {
  if (performanceScore === null || performanceScore === undefined) return { score: evaluators.score, source: ScoreSource.EVALUATORS };
  if (!Number.isFinite(performanceScore) || performanceScore < 0 || performanceScore > 100) {
    throw new RangeError(`A performance score is from 0 to 100, got ${performanceScore}`);
  }
  return { score: roundScore(performanceScore), source: ScoreSource.PERFORMANCE };
}

// ---------------------------------------------------------------------------------------------
// Weighted total, per supplier
// ---------------------------------------------------------------------------------------------

/**
 * Rule: the weighted total is Σ (criterion score 0–100 × weight) / 100, rounded to 2 decimals
 * half-up. A criterion without a score (null or absent) counts as 0 and is listed in `missing`,
 * so the UI can say the ranking is incomplete. Weights are normally whole points adding up to 100
 * (see `criteriaProblems`); the sensitivity check also passes rescaled, fractional weights.
 *
 * @param scores score 0–100 per criterion key.
 */
export function weightedTotal(
  criteria: readonly Pick<RfqCriterion, 'key' | 'weight'>[],
  scores: Readonly<Record<string, number | null | undefined>>,
): { total: number; missing: string[] } {
  let sum = 0;
  const missing: string[] = [];
  for (const c of criteria) {
    const score = scores[c.key];
    if (score === null || score === undefined) missing.push(c.key);
    else sum += score * c.weight;
  }
  return { total: roundScore(sum / 100), missing };
}

/** The facts about one supplier that scoring needs. */
export interface SupplierEvaluationInput {
  id: string;
  name: string;
  /** Total of the submitted quote in the case currency ({@link toCaseCurrency}); null when not comparable. */
  comparableTotal: string | null;
  /** Recorded performance score 0–100; null/absent when the supplier has no history with the buyer. */
  performanceScore?: number | null;
}

export interface EvaluationInput {
  criteria: readonly RfqCriterion[];
  suppliers: readonly SupplierEvaluationInput[];
  /** Every evaluator's current score (counted and advisory) for the non-price criteria. */
  scores: readonly EvaluatorScore[];
}

/** One supplier's score on one criterion. */
export interface CriterionScore {
  criterionKey: string;
  kind: CriterionKind;
  weight: number;
  /** 0–100, or null when missing (counts as 0 in the total). */
  score: number | null;
  source: ScoreSource;
  /** The evaluators' consensus when the score comes (or would come) from evaluators; null for price and performance. */
  consensus: Consensus | null;
}

export interface SupplierResult {
  supplierId: string;
  supplierName: string;
  /** In the order of the RFQ's criteria. */
  criteria: CriterionScore[];
  /** Weighted total 0–100, 2 decimals. */
  total: number;
  /** Keys of the criteria without a score (counted as 0). */
  missing: string[];
}

/**
 * Scores every supplier on every criterion and weighs them: PRICE by {@link priceScores},
 * RELIABILITY by {@link reliabilityScore}, TECHNICAL and COMMERCIAL by {@link consensus}, the total
 * by {@link weightedTotal}. Results are in the order of `input.suppliers`; rank them with
 * {@link rankSuppliers}.
 *
 * @throws RangeError on a score for an unknown criterion or supplier, on an evaluator's score for
 *   a PRICE criterion (the server scores price), and on the errors of the rules above.
 */
export function scoreSuppliers(input: EvaluationInput): SupplierResult[] {
  const criteria = new Map(input.criteria.map((c) => [c.key, c]));
  const suppliers = new Set(input.suppliers.map((s) => s.id));
  const byCell = new Map<string, EvaluatorScore[]>();
  for (const s of input.scores) {
    const c = criteria.get(s.criterionKey);
    if (!c) throw new RangeError(`A score is for unknown criterion ${s.criterionKey}`);
    if (c.kind === CriterionKind.PRICE) throw new RangeError(`Price criterion ${c.key} is scored by the server, not by evaluator ${s.evaluatorId}`);
    if (!suppliers.has(s.supplierId)) throw new RangeError(`A score is for unknown supplier ${s.supplierId}`);
    const cell = `${s.criterionKey}\u0000${s.supplierId}`;
    byCell.set(cell, [...(byCell.get(cell) ?? []), s]);
  }
  const prices = priceScores(Object.fromEntries(input.suppliers.map((s) => [s.id, s.comparableTotal])));
  return input.suppliers.map((supplier) => {
    const scored = input.criteria.map((c): CriterionScore => {
      const base = { criterionKey: c.key, kind: c.kind, weight: c.weight };
      if (c.kind === CriterionKind.PRICE) return { ...base, score: prices[supplier.id], source: ScoreSource.PRICE, consensus: null };
      const agreed = consensus(byCell.get(`${c.key}\u0000${supplier.id}`) ?? []);
      if (c.kind === CriterionKind.RELIABILITY) {
        const r = reliabilityScore(supplier.performanceScore, agreed);
        return { ...base, ...r, consensus: r.source === ScoreSource.EVALUATORS ? agreed : null };
      }
      return { ...base, score: agreed.score, source: ScoreSource.EVALUATORS, consensus: agreed };
    });
    const { total, missing } = weightedTotal(input.criteria, Object.fromEntries(scored.map((s) => [s.criterionKey, s.score])));
    return { supplierId: supplier.id, supplierName: supplier.name, criteria: scored, total, missing };
  });
}

// ---------------------------------------------------------------------------------------------
// Ranking
// ---------------------------------------------------------------------------------------------

export interface RankedSupplier extends SupplierResult {
  /** 1 is first; equal totals share a rank and the next rank skips (1, 1, 3). */
  rank: number;
}

export interface Ranking {
  /** By total, highest first; equal totals by supplier name. */
  entries: RankedSupplier[];
  /** False when any supplier misses a criterion score: the UI says the ranking is incomplete. */
  complete: boolean;
}

const byName = (a: Pick<SupplierResult, 'supplierName' | 'supplierId'>, b: Pick<SupplierResult, 'supplierName' | 'supplierId'>): number =>
  a.supplierName.localeCompare(b.supplierName, 'en', { sensitivity: 'base' }) || (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0);

/**
 * Rule: suppliers are ranked by weighted total, highest first. Equal totals (to the hundredth)
 * share a rank, the next rank skips (1, 1, 3), and tied suppliers are listed by name.
 */
export function rankSuppliers(results: readonly SupplierResult[]): Ranking {
  const sorted = [...results].sort((a, b) => hundredths(b.total) - hundredths(a.total) || byName(a, b));
  const entries = sorted.map((r, i): RankedSupplier => ({ ...r, rank: i + 1 }));
  for (let i = 1; i < entries.length; i++) {
    if (hundredths(entries[i].total) === hundredths(entries[i - 1].total)) entries[i].rank = entries[i - 1].rank;
  }
  return { entries, complete: results.every((r) => r.missing.length === 0) };
}

// ---------------------------------------------------------------------------------------------
// Sensitivity
// ---------------------------------------------------------------------------------------------

/** Shifts the sensitivity check tries, in whole points either way. */
export const SENSITIVITY_MAX_SHIFT = 10;

/**
 * The criteria with `key`'s weight moved by `shift` points and the other weights rescaled in
 * proportion so that all still add up to 100 (they may become fractional). Null when the shift
 * is not possible: the moved weight would fall below 0 or rise above 100, or there are no other
 * weights to rescale.
 */
export function shiftWeights<C extends Pick<RfqCriterion, 'key' | 'weight'>>(criteria: readonly C[], key: string, shift: number): C[] | null {
  const moved = criteria.find((c) => c.key === key);
  if (!moved) throw new RangeError(`Unknown criterion ${key}`);
  const weight = moved.weight + shift;
  if (weight < 0 || weight > 100) return null;
  const others = criteria.reduce((sum, c) => (c.key === key ? sum : sum + c.weight), 0);
  if (others <= 0) return null;
  const factor = (100 - weight) / others;
  return criteria.map((c) => ({ ...c, weight: c.key === key ? weight : c.weight * factor }));
}

/** A weight shift that puts another supplier first. */
export interface SensitivityChange {
  criterionKey: string;
  /** Whole points added to (positive) or taken from (negative) the criterion's weight. */
  shift: number;
  /** Supplier id first after the shift. */
  newLeader: string;
}

export interface Sensitivity {
  /** True when no shift of up to ±{@link SENSITIVITY_MAX_SHIFT} points on any single weight changes first place. */
  stable: boolean;
  /** Supplier id first with the RFQ's weights. */
  leader: string;
  /** Per criterion and direction, the smallest shift that changes first place; by criterion order, then shift. */
  changes: SensitivityChange[];
  /** Per criterion key, the smallest absolute shift that changes first place (downward on a tie), or null. */
  byCriterion: Record<string, SensitivityChange | null>;
}

/**
 * Rule: for each criterion and each shift of −10..+10 whole points (not 0), move that weight by
 * the shift and rescale the others in proportion ({@link shiftWeights}; impossible shifts are
 * skipped), recompute the weighted totals from the suppliers' criterion scores (missing = 0) and
 * rank again ({@link rankSuppliers}: ties by name). Reports whether first place changes for any
 * shift and, per criterion and direction, the smallest shift that changes it and to whom.
 *
 * @param results the suppliers' criterion scores ({@link scoreSuppliers}).
 * @throws RangeError when there is no supplier.
 */
export function sensitivity(criteria: readonly RfqCriterion[], results: readonly SupplierResult[]): Sensitivity {
  if (results.length === 0) throw new RangeError('A sensitivity check needs at least one supplier');
  const scores = results.map((r) => Object.fromEntries(r.criteria.map((c) => [c.criterionKey, c.score])));
  const leaderWith = (weights: readonly Pick<RfqCriterion, 'key' | 'weight'>[]): string =>
    rankSuppliers(results.map((r, i) => ({ ...r, ...weightedTotal(weights, scores[i]) }))).entries[0].supplierId;
  const leader = leaderWith(criteria);
  const changes: SensitivityChange[] = [];
  const byCriterion: Record<string, SensitivityChange | null> = {};
  for (const c of criteria) {
    const found: SensitivityChange[] = [];
    for (const direction of [-1, 1]) {
      for (let points = 1; points <= SENSITIVITY_MAX_SHIFT; points++) {
        const shift = direction * points;
        const weights = shiftWeights(criteria, c.key, shift);
        if (!weights) continue;
        const newLeader = leaderWith(weights);
        if (newLeader !== leader) {
          found.push({ criterionKey: c.key, shift, newLeader });
          break;
        }
      }
    }
    changes.push(...found);
    byCriterion[c.key] = found.reduce<SensitivityChange | null>((best, f) => (best === null || Math.abs(f.shift) < Math.abs(best.shift) ? f : best), null);
  }
  return { stable: changes.length === 0, leader, changes, byCriterion };
}

// ---------------------------------------------------------------------------------------------
// Two envelopes
// ---------------------------------------------------------------------------------------------

/** A technical score still expected before prices may be shown. */
export interface OutstandingScore {
  criterionKey: string;
  supplierId: string;
  evaluatorId: string;
}

/**
 * The counted technical scores still missing: for every TECHNICAL criterion, every supplier and
 * every expected evaluator, a counted score must exist (advisors' scores do not count).
 *
 * @param criteria the RFQ's criteria (only TECHNICAL ones are looked at).
 * @param scores every evaluator score given so far on the case.
 * @param suppliers ids of the suppliers being evaluated (those with a submitted quote).
 * @param evaluators ids of the team members expected to score technical criteria: the case's
 *   specifiers, without advisors and without members who declared a conflict of interest.
 */
export function outstandingTechnicalScores(
  criteria: readonly RfqCriterion[],
  scores: readonly EvaluatorScore[],
  suppliers: readonly string[],
  evaluators: readonly string[],
): OutstandingScore[] {
  const given = new Set(scores.filter((s) => s.counted).map((s) => `${s.criterionKey}\u0000${s.supplierId}\u0000${s.evaluatorId}`));
  const outstanding: OutstandingScore[] = [];
  for (const c of criteria.filter((c) => c.kind === CriterionKind.TECHNICAL)) {
    for (const supplierId of suppliers) {
      for (const evaluatorId of evaluators) {
        if (!given.has(`${c.key}\u0000${supplierId}\u0000${evaluatorId}`)) outstanding.push({ criterionKey: c.key, supplierId, evaluatorId });
      }
    }
  }
  return outstanding;
}

/**
 * Rule (two-envelope option): prices stay hidden until technical scoring is complete, i.e. every
 * expected evaluator has given a counted score to every supplier on every TECHNICAL criterion
 * (see {@link outstandingTechnicalScores} for the inputs). True when the RFQ has no TECHNICAL
 * criterion; false when it has one but no evaluator is expected (nobody could complete it).
 */
export function technicalScoringComplete(
  criteria: readonly RfqCriterion[],
  scores: readonly EvaluatorScore[],
  suppliers: readonly string[],
  evaluators: readonly string[],
): boolean {
  const hasTechnical = criteria.some((c) => c.kind === CriterionKind.TECHNICAL);
  if (!hasTechnical) return true;
  if (evaluators.length === 0) return false;
  return outstandingTechnicalScores(criteria, scores, suppliers, evaluators).length === 0;
}
