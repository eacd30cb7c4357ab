import { defineEvent } from '@bc/api/core';

/** Approvers whose step has just opened (a proposal, a next sequential step, a reassignment) are to be asked. */
export const AwardApprovalRequested = defineEvent<{ proposalId: string; approverUserIds: string[] }>('award.approval-requested');

/** An approver rejected the proposal (`approvalId`: their decision). */
export const AwardRejected = defineEvent<{ proposalId: string; approvalId: string }>('award.rejected');

/** The last approval came in: the proposal is APPROVED and its case AWARDED. */
export const AwardGranted = defineEvent<{ proposalId: string }>('award.granted');
