/**
 * One live reverse auction (issue 15) of the awarded RFQ as the decision record holds it: its
 * settings as approved, who scheduled and approved it, how it ended (or why it was cancelled),
 * each extension, every bid in the order the database took them, and the final ranking with
 * each bidder's starting and final price. Times are ISO strings, amounts decimal strings as stored.
 */
export interface DecisionRecordAuction {
  currency: string;
  status: string;
  startsAt: string;
  durationMinutes: number;
  /** Start + duration, before any extension. */
  plannedEndAt: string;
  /** The end bids were taken up to (after every extension); null for a cancelled auction. */
  endsAt: string | null;
  /** When the server ended it (its end job); null unless it ended. */
  endedAt: string | null;
  bidOn: string;
  decrementKind: string;
  decrement: string;
  softCloseMinutes: number;
  extensionMinutes: number;
  /** The latest the end may move to (null: no cap). */
  capAt: string | null;
  visibility: string;
  ranking: string;
  scheduledBy: string | null;
  scheduledAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  cancelledBy: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** Each bid that moved the end (soft close): when, which bid, the new end. */
  extensions: Array<{ at: string; bid: number; endsAt: string }>;
  bids: Array<{ sequence: number; receivedAt: string; supplier: string; amount: string; revision: number; receiptSha256: string }>;
  /** Rank 1 first, with each bidder's starting and final price and the saving between them. */
  result: Array<{ rank: number; supplier: string; bids: number; startingAmount: string; finalAmount: string; saving: string; savingPercent: number; totalScore: number | null }>;
}
