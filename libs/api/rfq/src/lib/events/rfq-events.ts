import { defineEvent } from '@bc/api/core';

/* The RFQ's events: ids and plain values (dates as ISO text); the mail handlers read the rest once the change has committed. */

/** A buyer asked the gatekeepers to approve the RFQ. */
export const RfqApprovalRequested = defineEvent<{ rfqId: string }>('rfq.approval-requested');

/** A gatekeeper approved the RFQ, or returned it (`approved` false) with the comment on the RFQ. */
export const RfqApprovalDecided = defineEvent<{ rfqId: string; approved: boolean }>('rfq.approval-decided');

/** The RFQ went out to the suppliers of `invitationIds` (in the order they are mailed). */
export const RfqPublished = defineEvent<{ rfqId: string; invitationIds: string[] }>('rfq.published');

/** The closing time moved later from `previousClosesAt`; the invitees are told why. */
export const RfqClosingChanged = defineEvent<{ rfqId: string; previousClosesAt: string; reason: string }>('rfq.closing-changed');

/** A published RFQ was cancelled (by the buyer, or with its case). */
export const RfqCancelled = defineEvent<{ rfqId: string; reason: string }>('rfq.cancelled');

/** The buyer answered a question: privately to the asker, or published to every invitee. */
export const RfqQuestionAnswered = defineEvent<{ questionId: string }>('rfq.question-answered');

/** The invitees are reminded of the closing time. */
export const RfqReminded = defineEvent<{ rfqId: string }>('rfq.reminded');

/** The RFQ closed and its quotes were opened; `closedEarlyAt` when the buyer closed it before its closing time. */
export const RfqClosed = defineEvent<{ rfqId: string; quotesReceived: number; invited: number; closedEarlyAt: string | null }>('rfq.closed');

/** A supplier declined (in the portal or from its registration link), saying why. */
export const RfqDeclined = defineEvent<{ invitationId: string; reason: string }>('rfq.declined');
