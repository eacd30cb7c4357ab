import type { ScenarioRuleWords } from './scenario-rule-text';

/**
 * The award scenario (issue 16) an award proposal was made from, as the decision record holds it:
 * frozen when proposed, so deciders and later readers see why the award is split as it is — the
 * objective, each rule in words, the result and what each rule cost. Amounts in the case currency
 * as decimal strings; names, not ids, where a person reads them.
 */
export interface DecisionRecordScenario {
  /** The stored scenario (a built-in one is stored when an award is proposed from it). */
  id: string;
  name: string;
  /** CUSTOM, BEST_PRICE_PER_LINE, SINGLE_SUPPLIER. */
  kind: string;
  /** MIN_COST or MAX_SCORE. */
  objective: string;
  budget: string | null;
  status: string;
  solvedAt: string | null;
  /** The inputs' fingerprint it was solved on (SHA-256 of the lines, suppliers, offers and discounts). */
  inputsFingerprint: string | null;
  lineGroups: Array<{ key: string; name: string; lineKeys: string[] }>;
  /**
   * Each rule: its kind and fields (suppliers and line groups by name, lines by position), from
   * which the record says it in the reader's language, and `description` as the buyer read it.
   */
  rules: Array<ScenarioRuleWords & { id: string; description: string }>;
  result: {
    totalBeforeDiscounts: string;
    discountTotal: string;
    totalCost: string;
    supplierCount: number;
    score: number | null;
    suppliers: Array<{ supplier: string; value: string; discount: string; net: string; valueShare: number; quantityShare: number; lines: number }>;
  };
  /** Each rule's price: the total without it, and what it costs (null when not comparable). */
  rulePrices: Array<{ ruleId: string; description: string; status: string; totalCostWithout: string | null; costOfRule: string | null }>;
  /** What it was compared with when proposed. */
  benchmarks: { bestSingleSupplierTotal: string | null; estimate: string | null };
}
