import { awardTotals, ErrorCode, TransitionBlocker } from '@bc/shared/domain';
import { AppError, errorTranslation } from '@bc/web/data-access';

/**
 * Pure helpers of the negotiation and award panels (`negotiation-panel.ts`, `award-panel.ts` and
 * their dialogs): which suppliers a round asks by default, the award lines and totals as the
 * server computes them (`awardTotals` of @bc/shared/domain), whether a justification is needed,
 * and the translation of the API's errors. The server decides every value; these pre-check and explain.
 */

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

/** The parts of the comparison the award dialog reads (structural: the generated fragment fits). */
export interface ComparisonForAward {
  currency: string;
  suppliers: readonly { invitationId: string; supplierName: string; currency: string; rate: string | null; rateMissing: boolean }[];
  lines: readonly {
    key: string;
    position: number;
    description: string;
    quantity: string;
    unit: string;
    offers: readonly { invitationId: string; unitPrice: string | null; quantity: string | null; fullQuantity: boolean }[];
  }[];
}

/** One line of a proposed award as the dialog shows it; amounts in the case currency, null when not quoted or not convertible. */
export interface AwardLineView {
  lineKey: string;
  position: number;
  description: string;
  unit: string;
  quantity: number;
  invitationId: string | null;
  supplierName: string | null;
  unitPrice: number | null;
  total: number | null;
  /** The chosen supplier quoted this line at all. */
  quoted: boolean;
}

export interface AwardView {
  lines: AwardLineView[];
  bySupplier: Array<{ invitationId: string; supplierName: string; total: number; lines: number }>;
  total: number;
  /** Every line has a supplier with a price in the case currency. */
  complete: boolean;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * A supplier's unit price for a line in the case currency (4 places, as the server converts at
 * the entered rate); null when the line is not quoted or the rate is missing.
 */
export function unitPriceInCaseCurrency(
  offer: { unitPrice: string | null } | undefined,
  supplier: { currency: string; rate: string | null } | undefined,
  caseCurrency: string,
): number | null {
  if (!offer || offer.unitPrice === null || !supplier) return null;
  const price = Number(offer.unitPrice);
  if (!Number.isFinite(price)) return null;
  if (supplier.currency === caseCurrency) return price;
  if (supplier.rate === null) return null;
  return round4(price * Number(supplier.rate));
}

/**
 * The award of `choice` (line key → invitation id): per line the supplier's unit price and total
 * in the case currency, the totals per supplier and in all, computed like the server's
 * `awardTotals` (quantity × unit price, rounded to cents per line).
 */
export function awardView(comparison: ComparisonForAward, choice: Readonly<Record<string, string | null | undefined>>): AwardView {
  const suppliers = new Map(comparison.suppliers.map((s) => [s.invitationId, s]));
  const lines: AwardLineView[] = [...comparison.lines]
    .sort((a, b) => a.position - b.position)
    .map((line) => {
      const invitationId = choice[line.key] ?? null;
      const supplier = invitationId ? suppliers.get(invitationId) : undefined;
      const offer = invitationId ? line.offers.find((o) => o.invitationId === invitationId) : undefined;
      const quantity = Number(line.quantity);
      const unitPrice = unitPriceInCaseCurrency(offer, supplier, comparison.currency);
      return {
        lineKey: line.key,
        position: line.position,
        description: line.description,
        unit: line.unit,
        quantity,
        invitationId,
        supplierName: supplier?.supplierName ?? null,
        unitPrice,
        total: unitPrice === null ? null : Math.round(quantity * unitPrice * 100) / 100,
        quoted: !!offer && offer.unitPrice !== null,
      };
    });
  const priced = lines.filter((l): l is AwardLineView & { invitationId: string; unitPrice: number } => l.invitationId !== null && l.unitPrice !== null);
  const totals = awardTotals(priced.map((l) => ({ lineKey: l.lineKey, invitationId: l.invitationId, quantity: l.quantity, unitPrice: l.unitPrice })));
  return {
    lines,
    bySupplier: totals.bySupplier.map((s) => ({ ...s, supplierName: suppliers.get(s.invitationId)?.supplierName ?? '' })),
    total: totals.total,
    complete: lines.length > 0 && priced.length === lines.length,
  };
}

/** Every line to one supplier. */
export function singleChoice(comparison: Pick<ComparisonForAward, 'lines'>, invitationId: string | null): Record<string, string | null> {
  return Object.fromEntries(comparison.lines.map((l) => [l.key, invitationId]));
}

/**
 * The split the dialog starts from: per line the supplier with the lowest unit price in the case
 * currency among those that quoted it, else the ranking's first.
 */
export function cheapestChoice(comparison: ComparisonForAward, fallback: string | null): Record<string, string | null> {
  const suppliers = new Map(comparison.suppliers.map((s) => [s.invitationId, s]));
  return Object.fromEntries(
    comparison.lines.map((line) => {
      let best: { id: string; price: number } | null = null;
      for (const offer of line.offers) {
        const price = unitPriceInCaseCurrency(offer, suppliers.get(offer.invitationId), comparison.currency);
        if (price !== null && (!best || price < best.price)) best = { id: offer.invitationId, price };
      }
      return [line.key, best?.id ?? fallback];
    }),
  );
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
  if (!error.field) return null;
  const segments = error.field.split('.');
  if (segments.includes('targets')) return 'targets';
  if (segments.includes('lines')) return 'lines';
  const last = segments[segments.length - 1];
  return (AWARD_FIELDS as readonly string[]).includes(last) ? (last as AwardField) : null;
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
  if (AWARD_CODES.includes(error.code)) return { key: `award.errors.${error.code}`, params: {} };
  return errorTranslation(error);
}
