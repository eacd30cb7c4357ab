/** Reminds the bidders before the start (data: `{ auctionId }`), at `startsAt - AUCTION_REMINDER_LEAD_MS` or at once when that has passed at the approval. */
export const AUCTION_REMIND_QUEUE = 'auction.remind';
/** How long before the start the bidders are reminded: an hour, as the invitation's calendar entry. */
export const AUCTION_REMINDER_LEAD_MS = 60 * 60_000;
/** Starts an approved auction at its start time (data: `{ auctionId }`). */
export const AUCTION_START_QUEUE = 'auction.start';
/** Ends an auction at its (current) end time (data: `{ auctionId }`); a soft-close extension sends another. */
export const AUCTION_END_QUEUE = 'auction.end';
/** Every minute, on one instance: starts and ends what is due and whose job was lost. */
export const AUCTION_SWEEP_QUEUE = 'auction.sweep';
