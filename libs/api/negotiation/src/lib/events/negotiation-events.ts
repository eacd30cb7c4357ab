import { defineEvent } from '@bc/api/core';

/**
 * A round was opened with the suppliers of `invitationIds` (in the order they are mailed);
 * `targets` are its target prices as the suppliers read them (`3. Hydraulic pump`, a decimal).
 */
export const NegotiationRoundOpened = defineEvent<{ roundId: string; invitationIds: string[]; targets: Array<{ line: string; unitPrice: string }> }>(
  'negotiation.round-opened',
);

/** A round was ended before its deadline (by the buyer, or with its case's cancellation). */
export const NegotiationRoundEnded = defineEvent<{ roundId: string }>('negotiation.round-ended');
