import { CriterionKind, Locale, Role, ScoreSource } from '@bc/shared/domain';

/** What the evaluation report shows, as plain data (built by the comparison and scoring services). */
export interface EvaluationReportEvaluatorScore {
  evaluatorName: string;
  /** The role the score was given in: SPECIFIER, BUYER or ADVISOR. */
  role: Role;
  /** 0–10. */
  score: number;
  comment: string;
  counted: boolean;
  conflictOfInterest: boolean;
}

export interface EvaluationReportCriterionScore {
  criterionKey: string;
  /** 0–100, or null when missing (counts as 0). */
  score: number | null;
  source: ScoreSource;
  /** Mean (0–10) of the counted evaluator scores, where the score comes from evaluators. */
  mean: number | null;
  spread: number | null;
  wideSpread: boolean;
  /** Every current evaluator score on this criterion and supplier. */
  scores: EvaluationReportEvaluatorScore[];
}

export interface EvaluationReportData {
  locale: Locale;
  /** IANA zone in which times are shown (UTC is also given), e.g. 'Europe/Berlin'. */
  timeZone: string;
  buyer: { name: string };
  purchaseCase: { reference: string; title: string };
  rfq: { reference: string; title: string; currency: string; closedAt: Date | null };
  /** The rates the comparable totals were converted with: 1 `currency` = `rate` RFQ currency. */
  exchangeRates: Array<{ currency: string; rate: string; setAt: Date; setByName: string | null }>;
  /** Quote currencies without a rate: those quotes have no comparable total and no price score. */
  missingRates: string[];
  /** Specification lines of the RFQ (for "lines quoted"). */
  lineCount: number;
  /** The comparison summary, one entry per supplier that quoted. */
  comparison: Array<{
    supplierName: string;
    currency: string;
    /** Quote total in the quote currency. */
    total: string | null;
    /** Quote total in the RFQ currency; null when its rate is missing. */
    comparableTotal: string | null;
    /** YYYY-MM-DD. */
    validUntil: string | null;
    linesQuoted: number;
    /** Every line quoted in full. */
    complete: boolean;
    mustHavesNotMet: Array<{ position: number; text: string }>;
  }>;
  criteria: Array<{ key: string; name: string; kind: CriterionKind; weight: number }>;
  /** Ranked: highest total first (equal totals share a rank). */
  suppliers: Array<{
    supplierName: string;
    rank: number;
    /** Weighted total 0–100. */
    total: number;
    /** Keys of the criteria without a score. */
    missing: string[];
    comparableTotal: string | null;
    performanceScore: number | null;
    /** In the order of `criteria`. */
    criteria: EvaluationReportCriterionScore[];
  }>;
  rankingComplete: boolean;
  /** Null when no supplier has quoted. */
  sensitivity: {
    stable: boolean;
    leaderName: string;
    changes: Array<{ criterionKey: string; shift: number; newLeaderName: string }>;
  } | null;
  generatedAt: Date;
}
