/** Starts an approved auction at its start time (data: `{ auctionId }`). */
export const AUCTION_START_QUEUE = 'auction.start';
/** Ends an auction at its (current) end time (data: `{ auctionId }`); a soft-close extension sends another. */
export const AUCTION_END_QUEUE = 'auction.end';
/** Every minute, on one instance: starts and ends what is due and whose job was lost. */
export const AUCTION_SWEEP_QUEUE = 'auction.sweep';
