/**
 * Negotiation rounds (best and final offers) after an RFQ has closed (issue 5). A round is open
 * until its deadline by the server's clock or until the buyer ends it; revised quotes submitted in
 * a round stay sealed to the buying side until the round is over, like the quotes of the RFQ.
 */
export enum NegotiationRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** "A round is open": not ended by the buyer and not yet past its deadline (its SQL twin is roundOpenSql, below). */
export function roundOpenAt(round: { endedAt: Date | null; closesAt: Date }, now: Date): boolean {
  return round.endedAt === null && now.getTime() < round.closesAt.getTime();
}

/**
 * "A round is open" in SQL, the twin of roundOpenAt above: the round `alias` ('': the table's own
 * columns) is not ended and `now` is before its deadline. `now` is the placeholder of the
 * application clock's time (e.g. `'$2'`), not the database's `now()`: both twins read one clock.
 */
export function roundOpenSql(alias: string, now: string): string {
  const c = alias ? `${alias}.` : '';
  return `(${c}ended_at IS NULL AND ${now} < ${c}closes_at)`;
}

/** More rounds than this and it is an auction, not a negotiation. */
export const MAX_NEGOTIATION_ROUNDS = 5;
export const MAX_ROUND_MESSAGE_LENGTH = 5000;
/** A round lasts at least this long (suppliers need time to answer) … */
export const MIN_ROUND_MINUTES = 2;
/** … and at most this many days. */
export const MAX_ROUND_DAYS = 60;

/** The unit price the buyer aims at for one line (case currency); shown to the suppliers of the round. */
export interface LineTarget {
  lineKey: string;
  unitPrice: number;
}
