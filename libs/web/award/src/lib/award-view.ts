import { ErrorCode, TransitionBlocker } from '@bc/shared/domain';
import { AppError, fieldIn, scopedErrorTranslation } from '@bc/web/data-access';

/**
 * Pure helpers of the negotiation and award panels (`negotiation-panel.ts`, `award-panel.ts` and
 * their dialogs): which suppliers a round asks by default, the award lines and totals as the
 * server computes them (`award-lines.ts`), whether a justification is needed, and the translation
 * of the API's errors. The server decides every value; these pre-check and explain.
 */
export * from './award-lines';

export interface RankedSupplier {
  invitationId: string;
  rank: number | null;
}

/**
 * The suppliers a new round asks by default: the two best ranked of those that quoted (in rank
 * order), else the first two that quoted.
 */
export function defaultRoundInvitations(quoted: readonly string[], ranking: readonly RankedSupplier[], count = 2): string[] {
  const ranked = ranking
    .filter((r) => r.rank !== null && quoted.includes(r.invitationId))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((r) => r.invitationId);
  const rest = quoted.filter((id) => !ranked.includes(id));
  return [...ranked, ...rest].slice(0, count);
}

/** The first place of a ranking (the lowest rank; the first listed on a shared rank), or null. */
export function topRanked(ranking: readonly RankedSupplier[]): string | null {
  const ranked = ranking.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return ranked[0]?.invitationId ?? null;
}

/** A target or price as typed, a decimal comma taken as the point; '' when blank. */
export function normalizeDecimal(text: string | null | undefined): string {
  return (text ?? '').trim().replace(',', '.');
}

/** The server's rule for a target unit price: a decimal greater than 0, up to 12 digits and 4 places. Null when fine or blank. */
export function targetPriceError(text: string | null | undefined): 'invalid' | null {
  const value = normalizeDecimal(text);
  if (value === '') return null;
  return /^\d{1,12}(\.\d{1,4})?$/.test(value) && /[1-9]/.test(value) ? null : 'invalid';
}

/** The award follows the ranking when every line goes to its first place (the server's `followsRanking`). */
export function followsRanking(choice: Readonly<Record<string, string | null | undefined>>, top: string | null): boolean {
  const chosen = Object.values(choice);
  return top !== null && chosen.length > 0 && chosen.every((id) => id === top);
}

// ---- errors ---------------------------------------------------------------------------------------

/** The inputs of the negotiation and award dialogs an API error may name (`input.closesAt` → `closesAt`). */
export const AWARD_FIELDS = [
  'invitationIds',
  'message',
  'closesAt',
  'targets',
  'reason',
  'justification',
  'lines',
  'invitationId',
  'supplierId',
  'deliveredOn',
  'qualityIncidents',
  'note',
  'comment',
] as const;
export type AwardField = (typeof AWARD_FIELDS)[number];

/** The dialog input an error names, if any: every `targets.2.unitPrice` is the targets, every `lines.1.invitationId` the lines. */
export function awardFieldOf(error: AppError): AwardField | null {
  return fieldIn(error, AWARD_FIELDS, ['targets', 'lines']);
}

/** Codes whose wording on the negotiation and award screens says more than the general one. */
const AWARD_CODES: readonly string[] = [
  ErrorCode.ROUND_CLOSED,
  ErrorCode.CONFLICT,
  ErrorCode.STALE,
  ErrorCode.FORBIDDEN,
  ErrorCode.STAGE_LOCKED,
  ErrorCode.PRICES_HIDDEN,
  ErrorCode.SEPARATION_OF_DUTIES,
  ErrorCode.CONFLICT_OF_INTEREST,
];

/** Blockers the server may name on these screens, as codes of their own or in `details.blockers`. */
const BLOCKERS: readonly string[] = [
  TransitionBlocker.EVALUATION_INCOMPLETE,
  TransitionBlocker.NEGOTIATION_ROUND_OPEN,
  TransitionBlocker.AWARD_PENDING,
  TransitionBlocker.REASON_REQUIRED,
  TransitionBlocker.CASE_CLOSED,
];

/** The blockers an error names (TRANSITION_REFUSED's `details.blockers`, or `details.blocker`/`reason`). */
export function blockersOf(error: AppError): string[] {
  const details = error.details ?? {};
  const listed = Array.isArray(details['blockers']) ? (details['blockers'] as unknown[]).map(String) : [];
  const single = [details['blocker'], details['reason']].filter((v): v is string => typeof v === 'string');
  return [...listed, ...single].filter((b) => BLOCKERS.includes(b));
}

/** The translation of an error on the negotiation and award screens (keys under `award.errors`, else `errors`). */
export function awardErrorTranslation(error: AppError): { key: string; params: Record<string, unknown> } {
  if (error.code === ErrorCode.VALIDATION_FAILED) {
    const field = awardFieldOf(error);
    if (field) return { key: `award.errors.fields.${field}`, params: {} };
  }
  const [blocker] = blockersOf(error);
  if (blocker) return { key: `award.errors.blockers.${blocker}`, params: {} };
  return scopedErrorTranslation(error, 'award.errors', AWARD_CODES);
}
