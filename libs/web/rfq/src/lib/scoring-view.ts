import { evaluatorScoreProblems, MAX_SCORE_COMMENT, roundScore } from '@bc/shared/domain';

/**
 * Pure helpers of the scoring and ranking views (`rfq-scoring.ts`, `rfq-ranking.ts`): which cell
 * of the scoring grid the signed-in user may score and why not, the pre-check of a score, the
 * weighted contribution of a criterion and the sensitivity check in plain words. The API decides
 * every value and refuses what is not allowed; these only explain and pre-check.
 */

type Kind = 'PRICE' | 'TECHNICAL' | 'COMMERCIAL' | 'RELIABILITY';
type ScoringRole = 'SPECIFIER' | 'BUYER' | 'ADVISOR';

/**
 * Who scores what, as the server's rule (`COUNTED_SCORERS` of the scoring service): specifiers
 * the technical criteria, buyers the commercial ones, both reliability; price by the server.
 */
const COUNTED_SCORERS: Readonly<Record<Kind, readonly ScoringRole[]>> = {
  PRICE: [],
  TECHNICAL: ['SPECIFIER'],
  COMMERCIAL: ['BUYER'],
  RELIABILITY: ['SPECIFIER', 'BUYER'],
};

/**
 * The role in which a user with `roles` on the case scores a criterion of `kind`, and whether the
 * score counts; null when none fits. The fitting counted role first, else advisory.
 */
export function scoringRoleOf(roles: readonly string[], kind: string): { role: ScoringRole; counted: boolean } | null {
  if (!(kind in COUNTED_SCORERS) || kind === 'PRICE') return null;
  const fitting = COUNTED_SCORERS[kind as Kind].find((r) => roles.includes(r));
  if (fitting) return { role: fitting, counted: true };
  if (roles.includes('ADVISOR')) return { role: 'ADVISOR', counted: false };
  return null;
}

/** Why a cell cannot be scored by the signed-in user. */
export type BlockedReason = 'price' | 'performance' | 'conflict' | 'role';

export type CellState = { open: true; role: ScoringRole; counted: boolean } | { open: false; reason: BlockedReason };

/**
 * What the signed-in user may do with one supplier × criterion cell: price is the server's,
 * reliability comes from the recorded performance where the supplier has history, a declared
 * conflict of interest with the supplier keeps the user out, and the roles decide the rest.
 */
export function cellState(cell: { kind: string; source: string; roles: readonly string[]; conflicted: boolean }): CellState {
  if (cell.kind === 'PRICE') return { open: false, reason: 'price' };
  if (cell.kind === 'RELIABILITY' && cell.source === 'PERFORMANCE') return { open: false, reason: 'performance' };
  const as = scoringRoleOf(cell.roles, cell.kind);
  if (!as) return { open: false, reason: 'role' };
  if (cell.conflicted) return { open: false, reason: 'conflict' };
  return { open: true, ...as };
}

export interface ScoreInputErrors {
  score?: 'required' | 'invalid';
  comment?: 'required' | 'tooLong';
}

/** The score as typed ("8", " 10 "), or null when it is not a whole number. */
export function parseScore(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The server's rule checked first (the shared `evaluatorScoreProblems`): empty when it may be saved. */
export function scoreInputErrors(scoreText: string, comment: string): ScoreInputErrors {
  const errors: ScoreInputErrors = {};
  const score = parseScore(scoreText);
  const problems = evaluatorScoreProblems({ score: score ?? Number.NaN, comment });
  if (scoreText.trim() === '') errors.score = 'required';
  else if (problems.some((p) => p.field === 'score')) errors.score = 'invalid';
  if (problems.some((p) => p.field === 'comment')) errors.comment = comment.trim().length > MAX_SCORE_COMMENT ? 'tooLong' : 'required';
  return errors;
}

/** Points a criterion adds to the weighted total: score (0–100) × weight / 100, 2 places; null when missing. */
export function contribution(score: number | null, weight: number): number | null {
  return score === null ? null : roundScore((score * weight) / 100);
}

export interface SensitivityChangeInput {
  criterionKey: string;
  shift: number;
  newLeaderName: string;
}

/** One weight shift that changes first place, ready for a sentence. */
export interface SensitivityLine {
  criterionKey: string;
  criterionName: string;
  weight: number;
  /** Whole points, signed. */
  shift: number;
  /** Points without the sign. */
  points: number;
  newWeight: number;
  newLeaderName: string;
  /** Translation key of the sentence. */
  key: 'scoring.sensitivity.raise' | 'scoring.sensitivity.lower';
}

export interface SensitivityView {
  stable: boolean;
  leaderName: string;
  /** The smallest shift over all criteria that changes first place (the first on a tie); null when stable. */
  closest: SensitivityLine | null;
  /** Per criterion in the RFQ's order: the shifts that change first place (down, then up), empty when it holds. */
  byCriterion: Array<{ criterionKey: string; criterionName: string; weight: number; lines: SensitivityLine[] }>;
}

/**
 * The sensitivity check in plain words: whether the leader stays first when any single weight
 * moves by up to ±10 points, and which weight, moved by how much, puts whom first.
 */
export function sensitivityView(
  criteria: readonly { key: string; name: string; weight: number }[],
  sensitivity: { stable: boolean; leaderName: string; changes: readonly SensitivityChangeInput[] },
): SensitivityView {
  const line = (c: { key: string; name: string; weight: number }, change: SensitivityChangeInput): SensitivityLine => ({
    criterionKey: c.key,
    criterionName: c.name,
    weight: c.weight,
    shift: change.shift,
    points: Math.abs(change.shift),
    newWeight: c.weight + change.shift,
    newLeaderName: change.newLeaderName,
    key: change.shift > 0 ? 'scoring.sensitivity.raise' : 'scoring.sensitivity.lower',
  });
  const byCriterion = criteria.map((c) => ({
    criterionKey: c.key,
    criterionName: c.name,
    weight: c.weight,
    lines: sensitivity.changes
      .filter((change) => change.criterionKey === c.key)
      .sort((a, b) => a.shift - b.shift)
      .map((change) => line(c, change)),
  }));
  const closest = byCriterion
    .flatMap((c) => c.lines)
    .reduce<SensitivityLine | null>((best, l) => (best === null || l.points < best.points ? l : best), null);
  return { stable: sensitivity.stable, leaderName: sensitivity.leaderName, closest, byCriterion };
}
