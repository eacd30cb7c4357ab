import { ErrorCode, RFQ_TERM_FIELDS } from '@bc/shared/domain';
import { AppError, fieldIn, scopedErrorTranslation } from '@bc/web/data-access';

/** The inputs of the RFQ screens an API error may name (`input.closesAt` → `closesAt`). */
export const RFQ_FIELDS = [
  ...RFQ_TERM_FIELDS,
  'reason',
  'comment',
  'answer',
  'publishedQuestion',
  'shortPeriodJustification',
] as const;
export type RfqField = (typeof RFQ_FIELDS)[number];

/** The RFQ input an error names, if any: every `criteria.3.weight` is the criteria table. */
export function rfqFieldOf(error: AppError): RfqField | null {
  return fieldIn(error, RFQ_FIELDS, ['criteria']);
}

/** Codes whose RFQ wording says more than the general one. */
const RFQ_CODES: readonly string[] = [
  ErrorCode.RFQ_CLOSED,
  ErrorCode.QUESTION_PERIOD_OVER,
  ErrorCode.SEALED,
  ErrorCode.CONFLICT,
  ErrorCode.STALE,
  ErrorCode.FORBIDDEN,
  ErrorCode.STAGE_LOCKED,
  ErrorCode.SPECIFICATION_MISSING,
  ErrorCode.INVITEES_OUTSTANDING,
  ErrorCode.DEADLINE_IN_PAST,
  ErrorCode.BIDDING_PERIOD_TOO_SHORT,
];

/** The translation of an error on the RFQ screens (keys under `rfq.errors`, else `errors`). */
export function rfqErrorTranslation(error: AppError): { key: string; params: Record<string, unknown> } {
  if (error.code === ErrorCode.VALIDATION_FAILED) {
    const field = rfqFieldOf(error);
    if (field) return { key: `rfq.errors.fields.${field}`, params: {} };
  }
  // The facts the server sent (how many invitees are out, the minimum days) fill the sentence.
  return scopedErrorTranslation(error, 'rfq.errors', RFQ_CODES, true);
}
