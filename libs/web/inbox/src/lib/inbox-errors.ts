import { ErrorCode } from '@bc/shared/domain';
import { AppError, scopedErrorTranslation } from '@bc/web/data-access';

/** The approval codes the inbox explains in words of its own (keys under `inbox.errors`). */
const INBOX_CODES: readonly string[] = [
  ErrorCode.SEPARATION_OF_DUTIES,
  ErrorCode.ALREADY_DECIDED,
  ErrorCode.NOT_YOUR_TURN,
  ErrorCode.CONFLICT_OF_INTEREST,
  ErrorCode.STALE,
  ErrorCode.NOT_FOUND,
  ErrorCode.STAGE_LOCKED,
];

/** Codes after which the proposal as shown is no longer what the server has: the inbox reloads. */
export const RELOAD_CODES: readonly string[] = [ErrorCode.STALE, ErrorCode.ALREADY_DECIDED, ErrorCode.NOT_FOUND, ErrorCode.STAGE_LOCKED];

/** The translation of an error on the inbox (an approval's refusal in the inbox's words, else the general one). */
export function inboxErrorTranslation(error: AppError): { key: string; params: Record<string, unknown> } {
  if (error.code === ErrorCode.VALIDATION_FAILED && error.field?.split('.').pop() === 'comment') {
    return { key: error.details?.['rule'] === 'MAX_LENGTH' ? 'inbox.errors.commentTooLong' : 'inbox.errors.commentRequired', params: {} };
  }
  return scopedErrorTranslation(error, 'inbox.errors', INBOX_CODES);
}

/** Why the viewer cannot decide (the API's `cannotDecideReason`), as a translation key. */
export function cannotDecideKey(reason: string | null | undefined): string {
  return reason && INBOX_CODES.includes(reason) ? `inbox.errors.${reason}` : 'inbox.decide.cannot';
}
