import { compareDecimals, lessByAtLeast, roundMoney } from './money';
import { CriterionKind, RfqCriterion } from './rfq';
import { priceScores, rankSuppliers, ScoreSource, SupplierResult, weightedTotal } from './scoring';

/**
 * The live reverse auction after the sealed round (issue 15): the pure rules. The server decides
 * with these under the auction's row lock; the web may call them to explain the next valid bid.
 * Amounts are decimal strings in the RFQ (case) currency, as quotes carry them.
 */

export enum AuctionStatus {
  /** Scheduled by a buyer; waits for the gatekeeper's approval of its settings. */
  SCHEDULED = 'SCHEDULED',
  /** Settings approved; bids are taken from the start time. */
  APPROVED = 'APPROVED',
  /** Started (the first bid or the start job after the start time moved it); settings frozen. */
  RUNNING = 'RUNNING',
  /** Ended at its end time, exactly once, by the end job. */
  ENDED = 'ENDED',
  /** Cancelled before it started. */
  CANCELLED = 'CANCELLED',
}

/** What a bid names: a new total (the line prices scaled to it) or new unit prices per line. */
export enum AuctionBidOn {
  TOTAL = 'TOTAL',
  LINE = 'LINE',
}

export enum AuctionDecrementKind {
  /** Percent of the bidder's own last price (its total, or each line's unit price). */
  PERCENT = 'PERCENT',
  /** An amount off the bidder's own last total (TOTAL) or off each line's unit price (LINE). */
  AMOUNT = 'AMOUNT',
}

/** What a bidder sees besides its own bids. */
export enum AuctionVisibility {
  /** Its own rank. */
  RANK = 'RANK',
  /** Its own total score and the leading total score (no rank, no price). */
  LEADING_SCORE = 'LEADING_SCORE',
  /** The best (lowest) price bid, without who bid it. */
  BEST_PRICE = 'BEST_PRICE',
  /** Nothing but its own bids. */
  NONE = 'NONE',
}

export enum AuctionRanking {
  /** Lowest total first. */
  PRICE = 'PRICE',
  /** Highest total weighted score first, the evaluation's non-price scores held fixed. */
  TOTAL_SCORE = 'TOTAL_SCORE',
}

/** Bounds of the settings (minutes unless said otherwise). */
export const AUCTION_BOUNDS = {
  minDurationMinutes: 5,
  maxDurationMinutes: 24 * 60,
  /** How far ahead an auction may start. */
  maxStartDays: 60,
  maxSoftCloseMinutes: 60,
  maxExtensionMinutes: 60,
  /** A decrement in percent is above 0 and at most this. */
  maxDecrementPercent: 50,
} as const;

/** The end time a bid at `bidAt` leaves. */
export interface SoftCloseSettings {
  /** A bid in the last N minutes extends (0: no soft close). */
  softCloseMinutes: number;
  /** … so that at least M minutes remain. */
  extensionMinutes: number;
  /** The end never moves past this (null: no cap). */
  capAt: Date | null;
}

const MINUTE = 60_000;

/**
 * Rule (soft close, Ariba's overtime): a bid received in the last N minutes before the end moves
 * the end to `bidAt + M` when that is later (so at least M minutes remain after every late bid),
 * never past the cap. A bid before the window, or one that already leaves M minutes, changes
 * nothing. The end is exclusive: a bid at `endsAt` or later is refused before this is asked.
 */
export function softCloseEnd(endsAt: Date, bidAt: Date, s: SoftCloseSettings): { endsAt: Date; extended: boolean } {
  if (s.softCloseMinutes <= 0 || s.extensionMinutes <= 0) return { endsAt, extended: false };
  if (bidAt.getTime() < endsAt.getTime() - s.softCloseMinutes * MINUTE) return { endsAt, extended: false };
  let next = bidAt.getTime() + s.extensionMinutes * MINUTE;
  if (s.capAt) next = Math.min(next, s.capAt.getTime());
  return next > endsAt.getTime() ? { endsAt: new Date(next), extended: true } : { endsAt, extended: false };
}

/**
 * Rule (decrement): the highest price a bidder may offer next, from its own last price: the last
 * price less `decrement` percent of it or less the amount, cut to `places` (never rounded up, so
 * every valid bid improves by at least the decrement). A bid is valid when it is at most this and
 * above 0; null when no valid bid is left.
 */
export function nextValidPrice(last: string, kind: AuctionDecrementKind, decrement: string, places = 2): string | null {
  const next = lessByAtLeast(last, kind === AuctionDecrementKind.PERCENT ? { percent: decrement } : { amount: decrement }, places);
  return compareDecimals(next, '0') > 0 ? next : null;
}

// ---------------------------------------------------------------------------------------------
// Ranking
// ---------------------------------------------------------------------------------------------

export interface AuctionBidder {
  /** The participant's id (its RFQ invitation). */
  id: string;
  name: string;
  /** Its current price: the last bid, or the sealed quote's total before its first bid. */
  amount: string;
  /** Non-price criterion scores (0–100 or null) from the evaluation, held fixed; by criterion key. */
  fixedScores: Readonly<Record<string, number | null>>;
}

export interface AuctionStanding {
  id: string;
  /** 1 is first; equal standing shares a rank. */
  rank: number;
  /** The total weighted score (TOTAL_SCORE ranking); null under PRICE ranking. */
  totalScore: number | null;
  /** The price score the evaluation's formula gives the current price (TOTAL_SCORE); null under PRICE. */
  priceScore: number | null;
  /**
   * The highest price (to the cent) at which the bidder would be first alone, everyone else's
   * price as it is; its own price when it already leads alone; null when no price above 0 makes it lead.
   */
  leadingPrice: string | null;
}

/**
 * Each bidder's standing under the ranking rule. PRICE: lowest amount first (exact decimals, equal
 * amounts share a rank). TOTAL_SCORE: the evaluation's own rules (`priceScores` on the current
 * amounts, `weightedTotal` with the non-price scores held fixed, `rankSuppliers`), so the auction
 * ranks exactly as the evaluation will once the final bids are in.
 */
export function auctionStandings(
  ranking: AuctionRanking,
  criteria: readonly RfqCriterion[],
  bidders: readonly AuctionBidder[],
  /**
   * Whose leading price to work out: everyone's (undefined, the buyer's view), this bidder's only
   * (a bidder's own view), or no one's (null: a result needs only ranks and scores); the others' are null.
   */
  leadingPriceOf?: string | null,
): AuctionStanding[] {
  const ranked = rankAt(ranking, criteria, bidders);
  return bidders.map((b) => {
    const own = ranked.get(b.id)!;
    const leading = leadingPriceOf === undefined || leadingPriceOf === b.id ? leadingPrice(ranking, criteria, bidders, b.id) : null;
    return { id: b.id, rank: own.rank, totalScore: own.totalScore, priceScore: own.priceScore, leadingPrice: leading };
  });
}

type Placed = { rank: number; totalScore: number | null; priceScore: number | null };

function rankAt(ranking: AuctionRanking, criteria: readonly RfqCriterion[], bidders: readonly AuctionBidder[]): Map<string, Placed> {
  if (ranking === AuctionRanking.PRICE) {
    // Each amount parsed once (a sort compares each many times; the buyer's view ranks on every bid).
    const cents = new Map(bidders.map((b) => [b.id, toCents(b.amount)]));
    const order = (a: AuctionBidder, b: AuctionBidder) => { const d = cents.get(a.id)! - cents.get(b.id)!; return d < 0n ? -1 : d > 0n ? 1 : 0; };
    const sorted = [...bidders].sort(order);
    const out = new Map<string, Placed>();
    sorted.forEach((b, i) => {
      const tied = i > 0 && order(sorted[i - 1], b) === 0;
      out.set(b.id, { rank: tied ? out.get(sorted[i - 1].id)!.rank : i + 1, totalScore: null, priceScore: null });
    });
    return out;
  }
  const prices = priceScores(Object.fromEntries(bidders.map((b) => [b.id, b.amount])));
  const results: SupplierResult[] = bidders.map((b) => {
    const scores = Object.fromEntries(criteria.map((c) => [c.key, c.kind === CriterionKind.PRICE ? prices[b.id] : (b.fixedScores[c.key] ?? null)]));
    const { total, missing } = weightedTotal(criteria, scores);
    const scored = criteria.map((c) => ({ criterionKey: c.key, kind: c.kind, weight: c.weight, score: scores[c.key] ?? null, source: ScoreSource.PRICE, consensus: null }));
    return { supplierId: b.id, supplierName: b.name, criteria: scored, total, missing };
  });
  const { entries } = rankSuppliers(results);
  return new Map(entries.map((e) => [e.supplierId, { rank: e.rank, totalScore: e.total, priceScore: prices[e.supplierId] }]));
}

/** Whether `id` is first alone with the amount `cents` (everyone else as they are). */
function leadsAt(ranking: AuctionRanking, criteria: readonly RfqCriterion[], bidders: readonly AuctionBidder[], id: string, cents: bigint): boolean {
  const amount = fromCents(cents);
  const placed = rankAt(ranking, criteria, bidders.map((b) => (b.id === id ? { ...b, amount } : b)));
  const own = placed.get(id)!;
  return own.rank === 1 && [...placed.entries()].every(([other, p]) => other === id || p.rank > 1);
}

/**
 * The highest price in cents at which the bidder leads alone: leading is monotone in its own price
 * (a lower price never lowers its price score nor raises anyone else's), so a binary search over
 * the cents between 0.01 and its current price finds it with the ranking's own rules.
 */
function leadingPrice(ranking: AuctionRanking, criteria: readonly RfqCriterion[], bidders: readonly AuctionBidder[], id: string): string | null {
  const own = bidders.find((b) => b.id === id)!;
  let hi = toCents(own.amount);
  if (ranking === AuctionRanking.PRICE) {
    // By price alone, first alone means below everyone else: a cent under the lowest other price (or its own, if lower).
    const others = bidders.filter((b) => b.id !== id).map((b) => toCents(b.amount));
    const under = others.length ? others.reduce((m, c) => (c < m ? c : m)) - 1n : hi;
    const best = under < hi ? under : hi;
    return best >= 1n ? fromCents(best) : null;
  }
  if (leadsAt(ranking, criteria, bidders, id, hi)) return fromCents(hi);
  let lo = 1n;
  if (!leadsAt(ranking, criteria, bidders, id, lo)) return null;
  // Invariant: leads at lo, does not lead at hi.
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (leadsAt(ranking, criteria, bidders, id, mid)) lo = mid;
    else hi = mid;
  }
  return fromCents(lo);
}

/** An amount in whole cents (rounded to the cent by the money rule first). */
export function toCents(amount: string): bigint {
  const [int, frac] = roundMoney(amount).split('.');
  const cents = BigInt(int.replace('-', '')) * 100n + BigInt(frac);
  return int.startsWith('-') ? -cents : cents;
}

/** Whole cents as an amount ("1234" → "12.34"). */
export function fromCents(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents;
  return `${cents < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
