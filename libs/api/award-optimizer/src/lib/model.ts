/**
 * The award scenario model (issue 16): what a buyer asks the optimizer and what it answers. Money
 * is decimal strings in the case currency ("1234.50"); percentages and scores are numbers.
 * The README of this library explains each rule and how it is formulated.
 */

/** A line to award: its whole quantity goes to one or more suppliers. */
export interface ScenarioLine {
  id: string;
  /** Above 0, a decimal string ("1000", "12.5"). */
  quantity: string;
  unit: string;
  /**
   * The step in which a splittable line is split ("1" when absent): a supplier gets a whole
   * multiple of it. A line whose quantity is not a whole multiple of its step is awarded whole.
   */
  splitStep?: string;
}

export interface ScenarioSupplier {
  id: string;
  name: string;
  /** 0–100; null when not rated (then a minimum reliability excludes the supplier). */
  reliabilityScore: number | null;
  /** The technical score of the evaluation; null when not scored. */
  technicalScore: number | null;
  /** The weighted total score of the evaluation, maximised by `MAX_SCORE` (null counts as 0). */
  totalScore: number | null;
  mustHavesMet: boolean;
  incumbent: boolean;
}

/** A supplier's price for a line. */
export interface ScenarioOffer {
  supplierId: string;
  lineId: string;
  /** At least 0, in the case currency. */
  unitPrice: string;
  /** The most this supplier can deliver of the line (respected under the `capacity` rule). */
  capacity?: string | null;
}

/** A supplier's conditional offer: a discount if it is awarded at least a value, or all of some lines. */
export interface ConditionalDiscount {
  id: string;
  supplierId: string;
  /** PERCENT: `value` % of the supplier's awarded value; AMOUNT: `value` off (at most the awarded value). */
  type: 'PERCENT' | 'AMOUNT';
  /** A decimal string: the percentage (0–100) or the amount. */
  value: string;
  /** The condition: an awarded value of at least `minValue`, or the whole of each of `lineIds`. */
  condition: { minValue: string } | { lineIds: string[] };
}

/** A group of lines (a lot): the scope of a share rule, or lines kept together. */
export interface LineGroup {
  id: string;
  name: string;
  lineIds: string[];
}

export type ScenarioObjective =
  | { kind: 'MIN_COST' }
  /** The best weighted total score (averaged over the lines) whose cost stays within `budget`. */
  | { kind: 'MAX_SCORE'; budget: string | null };

/** What a share is measured by: the awarded value (before discounts) or the awarded quantity. */
export type ShareBasis = 'VALUE' | 'QUANTITY';

interface RuleBase {
  /** Stable, unique within the problem: a conflict and a rule's price name the rule by it. */
  id: string;
}

export interface MaxSuppliersRule extends RuleBase {
  kind: 'maxSuppliers';
  max: number;
}
export interface MinSuppliersRule extends RuleBase {
  kind: 'minSuppliers';
  min: number;
}
/**
 * Each supplier named (every supplier when `supplierIds` is absent) gets at most `maxPercent`
 * and, when awarded anything in the scope, at least `minPercent` of the scope (all lines, or the
 * lines of `lineGroupId`), by value or by quantity.
 */
export interface ShareRule extends RuleBase {
  kind: 'share';
  basis: ShareBasis;
  supplierIds?: string[];
  lineGroupId?: string;
  minPercent?: number;
  maxPercent?: number;
}
/** A supplier never gets more of a line than the capacity in its offer. */
export interface CapacityRule extends RuleBase {
  kind: 'capacity';
}
export interface ExcludeSuppliersRule extends RuleBase {
  kind: 'excludeSuppliers';
  supplierIds: string[];
}
/** Suppliers below `min` (or not rated) are excluded. */
export interface MinReliabilityRule extends RuleBase {
  kind: 'minReliability';
  min: number;
}
export interface MinTechnicalRule extends RuleBase {
  kind: 'minTechnical';
  min: number;
}
/** Suppliers that do not meet every must-have requirement are excluded. */
export interface MustHavesRule extends RuleBase {
  kind: 'mustHavesRequired';
}
/** Each incumbent supplier keeps at least `minPercent` of all lines (it must be awarded). */
export interface IncumbentRetentionRule extends RuleBase {
  kind: 'incumbentRetention';
  basis: ShareBasis;
  minPercent: number;
}
/** The lines named (every line when absent) go whole to one supplier; other lines may be split. */
export interface WholeLinesRule extends RuleBase {
  kind: 'wholeLines';
  lineIds?: string[];
}
/** Each line group named (every group when absent) goes whole to one supplier. */
export interface LotsTogetherRule extends RuleBase {
  kind: 'lotsTogether';
  lineGroupIds?: string[];
}

export type ScenarioRule =
  | MaxSuppliersRule
  | MinSuppliersRule
  | ShareRule
  | CapacityRule
  | ExcludeSuppliersRule
  | MinReliabilityRule
  | MinTechnicalRule
  | MustHavesRule
  | IncumbentRetentionRule
  | WholeLinesRule
  | LotsTogetherRule;

export type RuleKind = ScenarioRule['kind'];

export interface ScenarioProblem {
  lines: ScenarioLine[];
  suppliers: ScenarioSupplier[];
  offers: ScenarioOffer[];
  discounts?: ConditionalDiscount[];
  lineGroups?: LineGroup[];
  objective: ScenarioObjective;
  rules: ScenarioRule[];
}

// ---- results ------------------------------------------------------------------------------------

/** Part of a line given to a supplier. */
export interface AllocationEntry {
  lineId: string;
  supplierId: string;
  /** Above 0, a decimal string. */
  quantity: string;
}

export interface AwardedLine extends AllocationEntry {
  unitPrice: string;
  /** unit price × quantity, rounded to the cent (as an award line). */
  total: string;
}

export interface AppliedDiscount {
  discountId: string;
  supplierId: string;
  /** Money off, to the cent. */
  amount: string;
}

export interface SupplierShare {
  supplierId: string;
  /** The sum of its awarded lines' totals, before its discount. */
  value: string;
  /** What it is paid: value less its discount. */
  net: string;
  /** Percent of the total value before discounts (2 places). */
  valueShare: number;
  /** The quantity awarded, summed over lines. */
  quantity: string;
  /** Percent of the total quantity (2 places). */
  quantityShare: number;
}

/** A rule the allocation breaks; `ruleId` null for the award itself (a line not wholly awarded, no offer). */
export interface RuleViolation {
  ruleId: string | null;
  kind: RuleKind | 'award';
  message: string;
}

/** Why a scenario is infeasible: a minimal set of rules that cannot hold together. */
export interface ScenarioConflict {
  /** Every rule here is needed: without any one of them (and the rest kept) the scenario is feasible. */
  ruleIds: string[];
  /** The budget of `MAX_SCORE` takes part in the conflict. */
  budget: boolean;
  /** Lines nobody has offered: infeasible whatever the rules. */
  linesWithoutOffers: string[];
}

export type ScenarioStatus = 'OPTIMAL' | 'INFEASIBLE' | 'TIME_LIMIT' | 'EVALUATED';

export interface ScenarioResult {
  /**
   * OPTIMAL: the best allocation under the rules; INFEASIBLE: none (see `conflict`); TIME_LIMIT:
   * the solver stopped at its time limit (the allocation, if any, is the best found); EVALUATED:
   * a given allocation evaluated ("as proposed").
   */
  status: ScenarioStatus;
  allocation: AwardedLine[];
  totalBeforeDiscounts: string;
  discounts: AppliedDiscount[];
  /** What is paid: the lines' totals less the discounts. */
  totalCost: string;
  suppliers: SupplierShare[];
  supplierCount: number;
  /** The weighted total score averaged over the lines (2 places); null unless `MAX_SCORE`. */
  score: number | null;
  conflict: ScenarioConflict | null;
  /** Rules the allocation breaks: empty for a solved scenario, the findings for "as proposed". */
  violations: RuleViolation[];
  /**
   * How far the total may be above the best possible, as proven by the solver: (objective −
   * bound) / objective, 0 when proven optimal; null without a bound (nothing solved, infeasible,
   * "as proposed"). OPTIMAL means within the gap accepted (`SolveOptions.relativeGap`).
   */
  gap: number | null;
  /** No allocation is cheaper (or, under MAX_SCORE, better scored then cheaper): proven, not only within a gap. */
  provenOptimal: boolean;
}

/** What one rule costs: the optimum without it, and the difference. */
export interface RulePrice {
  ruleId: string;
  kind: RuleKind;
  /** The status without the rule. */
  status: ScenarioStatus;
  /** The total cost without the rule (null when infeasible without it too). */
  totalCostWithout: string | null;
  /** total with the rule − total without it: what the rule costs (null when either is infeasible). */
  costOfRule: string | null;
  /** MAX_SCORE: the score without the rule and score with − score without. */
  scoreWithout: number | null;
  scoreDifference: number | null;
}

export interface SolveOptions {
  /** Seconds HiGHS may spend on one solve (default 30); for a large scenario, on the whole of its method. */
  timeLimitSeconds?: number;
  /**
   * The relative gap accepted between the total and the best bound proven. Default 0 (proven
   * optimal, to the cent), except for large scenarios (see `largeFrom`): 0.001 (0.1 %).
   */
  relativeGap?: number;
  /**
   * Eligible offers from which a scenario under a maximum number of suppliers is solved by the
   * large scenarios' method (default 5000; the README's "Large scenarios").
   */
  largeFrom?: number;
}
