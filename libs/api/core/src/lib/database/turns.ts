import { SetMetadata } from '@nestjs/common';

/**
 * Work on one key, at most `limit` at a time per key within this process, started in the order it
 * came (a failed one frees its place as a finished one does).
 *
 * For mutations that all take one row's lock (`FOR UPDATE`): without it, every request on that row
 * opens its transaction at once and holds a pooled connection while it waits for the lock, so a
 * burst on one row (issue 15's auction: 50 bidders) takes the whole pool and every read on the
 * instance waits behind it. With it, an instance has at most `limit` transactions on the row (one
 * holding the lock, the others doing what comes before it); the rest wait here, holding nothing.
 * The database still serializes across instances: this only bounds the queue on this one.
 */
export class KeyedTurns {
  private readonly lines = new Map<string, { running: number; waiting: Array<() => void> }>();

  constructor(private readonly limit = 1) {}

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    let line = this.lines.get(key);
    if (!line) this.lines.set(key, (line = { running: 0, waiting: [] }));
    if (line.running >= this.limit) await new Promise<void>((resolve) => line!.waiting.push(resolve));
    else line.running++;
    try {
      return await work();
    } finally {
      // The place goes to the next in line as it is (running stays), or is given back.
      const next = line.waiting.shift();
      if (next) next();
      else if (--line.running === 0) this.lines.delete(key);
    }
  }

  /** Keys with work running or waiting (for tests and metrics). */
  get size(): number {
    return this.lines.size;
  }
}

/**
 * Transactions per row and instance under {@link TakesTurnsPer}: one holding the row's lock, the
 * others doing the part before it, so that part of the next ones overlaps the lock holder's.
 */
export const TURNS_PER_ROW = 3;

export const TURNS_KEY = 'bc:takesTurnsPer';

/** What a mutation's turns are keyed by, from its GraphQL arguments; undefined: no turn needed. */
export type TurnKeyOf = (args: Record<string, any>) => string | undefined;

/**
 * A mutation that serializes on one row (named from its arguments: `(args) => args.input.auctionId`)
 * opens its transaction only while fewer than {@link TURNS_PER_ROW} of its kind on that row are open
 * on this instance (see {@link KeyedTurns}).
 */
export const TakesTurnsPer = (name: string, keyOf: TurnKeyOf) => SetMetadata(TURNS_KEY, { name, keyOf });
