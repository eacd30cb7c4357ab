import { computed, Signal } from '@angular/core';
import { ErrorCode } from '@bc/shared/domain';
import { AppError, scopedErrorTranslation } from '@bc/web/data-access';

/** The RFQ codes get the portal's own wording (closing time, question deadline). */
const PORTAL_CODES: readonly string[] = [ErrorCode.RFQ_CLOSED, ErrorCode.QUESTION_PERIOD_OVER, ErrorCode.SEALED];

export function portalErrorTranslation(error: AppError): { key: string; params: Record<string, unknown> } {
  if (error.code === ErrorCode.ROUND_CLOSED) return { key: 'portalRoundErrors.ROUND_CLOSED', params: {} };
  return scopedErrorTranslation(error, 'portalErrors', PORTAL_CODES);
}

/** The banner's message for a page's or panel's error, in the portal's words. */
export function portalErrorMessage(error: Signal<AppError | null>): Signal<{ key: string; params: Record<string, unknown> } | null> {
  return computed(() => {
    const current = error();
    return current ? portalErrorTranslation(current) : null;
  });
}
