import { defineEvent } from '@bc/api/core';

/*
 * The portal's events: ids and plain values (dates as ISO text), never quote content — the
 * receipt's handler opens the sealed revision for its hash and nonce once the submission has committed.
 */

/** A supplier submitted revision `revision` of its quote (`round`: in answer to a negotiation round). */
export const QuoteSubmitted = defineEvent<{ invitationId: string; quoteId: string; revision: number; round: { number: number; closesAt: string } | null }>('quote.submitted');

/** A supplier withdrew its submitted quote. */
export const QuoteWithdrawn = defineEvent<{ invitationId: string; withdrawnAt: string }>('quote.withdrawn');

/** A supplier took back its decline. */
export const DeclineWithdrawn = defineEvent<{ invitationId: string }>('rfq.decline-withdrawn');

/** A supplier asked a question about the RFQ. */
export const QuestionAsked = defineEvent<{ questionId: string }>('rfq.question-asked');
