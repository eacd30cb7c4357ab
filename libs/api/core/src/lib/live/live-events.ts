import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis, type RedisOptions } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { RequestContext } from '../context/request-context';

/**
 * A kind of live event and the payload it carries: `new LiveTopic<{ auctionId: string }>('auction')`.
 * A topic is split into channels by a key (`topic.channel(auctionId)`), so a subscriber hears only
 * the events of the one thing it watches. Payloads are plain JSON (ids, not entities): through Redis
 * they arrive parsed from JSON, so a Date would arrive as a string.
 */
export class LiveTopic<P> {
  declare private readonly payloadType: P;

  constructor(readonly name: string) {
    if (!/^[a-z][a-z0-9.-]*$/.test(name)) throw new Error(`A live topic's name is lowercase letters, digits, dots and dashes: "${name}"`);
  }

  /** The channel of one key (an auction's id), or the whole topic's. */
  channel(key?: string): LiveChannel<P> {
    return { topic: this, name: key === undefined ? this.name : `${this.name}:${key}` };
  }
}

export interface LiveChannel<P> {
  readonly topic: LiveTopic<P>;
  readonly name: string;
}

/**
 * The live events of every instance: what one instance publishes reaches the subscribers of all.
 * Through Redis pub/sub (graphql-redis-subscriptions on ioredis) when `REDIS_URL` is set, in process
 * otherwise (one instance, the zero-setup default, needs no Redis).
 *
 * Events only notify: the database is the truth. A subscriber reads the state from the database
 * when it subscribes (and so again on every reconnect) and after an event; see {@link snapshotThenUpdates}.
 * An event lost to a network drop or a Redis restart is therefore never a lost state, only a late one.
 */
@Injectable()
export class LiveEvents implements OnModuleDestroy {
  private readonly logger = new Logger('LiveEvents');
  private readonly engine: PubSubEngine;
  private readonly close: () => Promise<void>;
  /** Instances on one database hear each other; other databases on the same Redis (test suites, staging) do not. */
  private readonly prefix: string;
  readonly transport: 'redis' | 'in-process';

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `bc:live:${databaseNameOf(config.databaseUrl)}:`;
    const redisUrl = config.redisUrl;
    if (redisUrl) {
      // Connections are made only here: without REDIS_URL nothing connects to a Redis.
      const connect = (role: string, options: RedisOptions) => {
        const client = new Redis(redisUrl, { connectionName: `buying-center-live-${role}`, ...options });
        client.on('error', (err) => this.logger.warn({ err }, `Redis (${role}) unavailable: live events wait for it`));
        return client;
      };
      // A publish while Redis is away fails after two reconnect attempts (and is logged): the change
      // is stored all the same, and subscribers read it with their next event or reconnect.
      const publisher = connect('publisher', { maxRetriesPerRequest: 2 });
      // Subscriptions wait for Redis to come back, and ioredis renews them on every reconnect.
      const subscriber = connect('subscriber', { maxRetriesPerRequest: null });
      this.engine = new RedisPubSub({ publisher, subscriber });
      this.close = async () => {
        await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      };
      this.transport = 'redis';
    } else {
      this.engine = new PubSub();
      this.close = async () => undefined;
      this.transport = 'in-process';
    }
  }

  /** Tells every instance's subscribers of `channel`. Inside a mutation use {@link publishAfterCommit}. */
  async publish<P>(channel: LiveChannel<P>, payload: P): Promise<void> {
    await this.engine.publish(this.prefix + channel.name, payload);
  }

  /**
   * Publishes once the request's transaction has committed (never for a rolled-back change), or at
   * once outside a transaction: subscribers that re-read on the event then see the change.
   */
  publishAfterCommit<P>(ctx: RequestContext, channel: LiveChannel<P>, payload: P): void {
    // Not awaited: the answer to the change never waits for Redis.
    const send = () => void this.publish(channel, payload).catch((err) => this.logger.warn({ err, requestId: ctx.requestId }, `live event ${channel.name} not published`));
    if (ctx.transactionManager) ctx.afterCommit(send);
    else send();
  }

  /**
   * The events of `channel` from now on, until the iterator is returned (the subscriber left). It
   * listens at once, not at the first `next()` (as graphql-subscriptions' own iterators do), and
   * its `ready` tells when the listening has started.
   */
  subscribe<P>(channel: LiveChannel<P>): LiveIterator<P> {
    return new LiveIterator<P>(this.engine, this.prefix + channel.name);
  }

  /**
   * "Initial snapshot, then updates": the current state first, then the state again after each
   * event, so that a client that reconnects after a drop is whole again with its first message.
   *
   * It listens before it reads, so an event between the read and the listening is never missed.
   * `update` turns an event into the next message (default: read the state again); `null` sends
   * nothing for that event (e.g. one the subscriber may not see). Both run with the subscriber's
   * rights: check access in them as a query does.
   *
   * Without `update`, events that queued up while the subscriber was busy (reading, or its client
   * slow) are answered by one read: a read after them shows every change they announce, so one
   * message per event would only resend the same state. A burst of N events then costs each
   * subscriber at most two reads, not N (issue 15's auction bench: 50 bidders, ~2 events a bid).
   *
   * A state that changes with time alone (an auction past its end says ENDED before any job has
   * run) names when to read it again with `readAgainAt`: the subscriber then gets the new state at
   * that moment, with no event.
   */
  snapshotThenUpdates<P, T>(channel: LiveChannel<P>, snapshot: LiveSnapshot<T>, options: LiveFeedOptions<P, T> = {}): AsyncIterableIterator<T> {
    const events = this.subscribe(channel);
    const update = options.update ?? (() => (events.skipQueued(), snapshot(events.lastArrivalAt)));
    return snapshotThenUpdates(events, snapshot, update, events.ready, options.readAgainAt, options.minIntervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }
}

/** How long a snapshot waits for the listening to start (Redis away): then it is sent anyway, and updates follow once Redis is back. */
const LISTEN_WAIT_MS = 2000;

/**
 * Reads a feed's state. `since` is null for a first read (and one at `readAgainAt`); after an event
 * it is the moment (`performance.now()`) the latest event it answers reached this instance. A read of
 * the channel's state begun after that moment sees the change that event tells of and every change
 * whose event came before it, so the feeds of one instance answering the same events may share such
 * a read (an event is published only after its change has committed).
 */
export type LiveSnapshot<T> = (since: number | null) => Promise<T>;

/** What a feed of {@link LiveEvents.snapshotThenUpdates} does besides reading the state first. */
export interface LiveFeedOptions<P, T> {
  /**
   * Turns an event into the next message (default: read the state again, once for the events
   * that queued up meanwhile); `null` sends nothing for that event.
   */
  update?: (event: P) => Promise<T | null> | T | null;
  /**
   * Asked after every message: the machine time (`Clock.machineTime`) at which the state will
   * have changed by time alone, to read it again then without an event; null when no such time.
   */
  readAgainAt?: (state: T) => Date | null;
  /**
   * A message that follows an event comes at least this long after the message before it: events
   * that come meanwhile wait and are answered together (with the default `update`, by one read).
   * Bounds what a busy channel (an auction's last minute) costs each subscriber; a read at
   * `readAgainAt` does not wait for it.
   */
  minIntervalMs?: number;
}

/** A read at `readAgainAt` comes this long after it, so the time has surely passed on the server's clock. */
const READ_AGAIN_GRACE_MS = 20;

/** See {@link LiveEvents.snapshotThenUpdates}; `events` listens already, from `listening` on. */
export function snapshotThenUpdates<P, T>(
  events: AsyncIterableIterator<P>,
  snapshot: LiveSnapshot<T>,
  update: (event: P) => Promise<T | null> | T | null,
  listening: Promise<void> = Promise.resolve(),
  readAgainAt?: (state: T) => Date | null,
  minIntervalMs = 0,
): AsyncIterableIterator<T> {
  let first: Promise<T> | undefined;
  let sentAt = 0;
  let done = false;
  /** The next event asked for and not yet used (it outlives a read at `readAgainAt`). */
  let pending: Promise<IteratorResult<P>> | undefined;
  let wakeAt: number | null = null;
  const sent = (value: T): IteratorResult<T> => {
    sentAt = Date.now();
    wakeAt = readAgainAt?.(value)?.getTime() ?? null;
    return { done: false, value };
  };
  const finish = async (): Promise<IteratorResult<T>> => {
    done = true;
    await events.return?.();
    return { done: true, value: undefined };
  };
  /** The next event, or `'wake'` once `wakeAt` has passed. */
  const nextEvent = async (): Promise<IteratorResult<P> | 'wake'> => {
    pending ??= events.next();
    if (wakeAt === null) return pending;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = new Promise<'wake'>((resolve) => (timer = setTimeout(() => resolve('wake'), Math.max(0, wakeAt! - Date.now()) + READ_AGAIN_GRACE_MS)));
    try {
      return await Promise.race([pending, wake]);
    } finally {
      clearTimeout(timer);
    }
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      if (done) return { done: true, value: undefined };
      if (!first) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, LISTEN_WAIT_MS)));
        await Promise.race([listening, waited]).finally(() => clearTimeout(timer));
        first = snapshot(null);
        try {
          return sent(await first);
        } catch (err) {
          await finish();
          throw err;
        }
      }
      for (;;) {
        const event = await nextEvent();
        if (event === 'wake') {
          wakeAt = null;
          return sent(await snapshot(null));
        }
        pending = undefined;
        if (event.done || done) return finish();
        // Not past a read at `readAgainAt`: that one reads now, and covers the event too.
        const wait = Math.min(sentAt + minIntervalMs, wakeAt === null ? Infinity : wakeAt + READ_AGAIN_GRACE_MS) - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (done) return finish();
        const value = await update(event.value);
        if (value !== null) return sent(value);
      }
    },
    return: finish,
    async throw(err?: unknown): Promise<IteratorResult<T>> {
      await finish();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * One channel's events as an async iterator, listening from its creation. Events wait in a queue
 * until read; past `MAX_QUEUED` unread ones the oldest are dropped (events only say "read again",
 * so a subscriber that far behind loses nothing it will not read anyway).
 */
export class LiveIterator<P> implements AsyncIterableIterator<P> {
  static readonly MAX_QUEUED = 1000;
  readonly ready: Promise<void>;
  private readonly subscription: Promise<number>;
  private readonly queue: P[] = [];
  private readonly waiting: Array<{ resolve: (result: IteratorResult<P>) => void; reject: (err: unknown) => void }> = [];
  private failure: unknown;
  private done = false;
  /** When the latest event reached this iterator (`performance.now()`; 0 before any): see {@link LiveSnapshot}. */
  lastArrivalAt = 0;

  constructor(
    private readonly engine: PubSubEngine,
    private readonly trigger: string,
  ) {
    this.subscription = engine.subscribe(trigger, (payload: P) => this.push(payload), {});
    this.ready = this.subscription.then(
      () => undefined,
      (err: unknown) => {
        this.failure = err;
        for (const waiter of this.waiting.splice(0)) waiter.reject(err);
        throw err;
      },
    );
    this.ready.catch(() => undefined); // surfaced by next()
  }

  private push(payload: P): void {
    if (this.done) return;
    this.lastArrivalAt = performance.now();
    const waiter = this.waiting.shift();
    if (waiter) return waiter.resolve({ done: false, value: payload });
    this.queue.push(payload);
    if (this.queue.length > LiveIterator.MAX_QUEUED) this.queue.shift();
  }

  /** Drops the events waiting to be read (a read about to happen covers them); returns how many. */
  skipQueued(): number {
    return this.queue.splice(0).length;
  }

  next(): Promise<IteratorResult<P>> {
    if (this.queue.length > 0) return Promise.resolve({ done: false, value: this.queue.shift() as P });
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  async return(): Promise<IteratorResult<P>> {
    if (!this.done) {
      this.done = true;
      this.queue.splice(0);
      for (const waiter of this.waiting.splice(0)) waiter.resolve({ done: true, value: undefined });
      const id = await this.subscription.catch(() => undefined);
      if (id !== undefined) this.engine.unsubscribe(id);
    }
    return { done: true, value: undefined };
  }

  async throw(err?: unknown): Promise<IteratorResult<P>> {
    await this.return();
    throw err;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<P> {
    return this;
  }
}

function databaseNameOf(databaseUrl: string | undefined): string {
  if (!databaseUrl) return 'embedded';
  try {
    return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, '')) || 'postgres';
  } catch {
    return 'default';
  }
}
