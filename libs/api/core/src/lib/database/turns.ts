import { SetMetadata } from '@nestjs/common';

/**
 * Work that one key serializes, one at a time per key within this process: each `run` starts once
 * the one before it on the same key has settled (fulfilled or not), in the order they came.
 *
 * For mutations that all take one row's lock (`FOR UPDATE`): without it, every request on that row
 * opens its transaction and waits for the lock holding a pooled connection, so a burst on one row
 * (issue 15's auction: 50 bidders) takes the whole pool and every read on the instance waits behind
 * it, the lock holder's own statements too. With it, an instance has at most one transaction
 * waiting on the row; the rest wait here, holding nothing. The database still serializes across
 * instances: this only orders the queue on this one.
 */
export class KeyedTurns {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const mine = before.then(work, work);
    const tail = mine.catch(() => undefined);
    this.tails.set(key, tail);
    // The last in line removes the key, so the map holds only keys with work queued.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return mine;
  }

  /** Keys with work running or queued (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }
}

export const ONE_AT_A_TIME_KEY = 'bc:oneAtATimePer';

/** What a mutation's turns are keyed by, from its GraphQL arguments; undefined: no turn needed. */
export type TurnKeyOf = (args: Record<string, any>) => string | undefined;

/**
 * A mutation that serializes on one row (named from its arguments: `(args) => args.input.auctionId`)
 * opens its transaction one at a time per row on each instance (see {@link KeyedTurns}).
 */
export const OneAtATimePer = (name: string, keyOf: TurnKeyOf) => SetMetadata(ONE_AT_A_TIME_KEY, { name, keyOf });
