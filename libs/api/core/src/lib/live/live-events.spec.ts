import type { EntityManager } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { RequestContext } from '../context/request-context';
import { LiveEvents, LiveTopic } from './live-events';

const TOPIC = new LiveTopic<{ id: string; n: number }>('test.counter');

describe('LiveEvents without REDIS_URL', () => {
  const live = new LiveEvents(loadConfig({ NODE_ENV: 'test' }));
  afterAll(() => live.onModuleDestroy());

  it('works in process and reaches the subscribers of the channel only', async () => {
    expect(live.transport).toBe('in-process');
    const mine = live.subscribe(TOPIC.channel('a'));
    const next = mine.next();
    await live.publish(TOPIC.channel('b'), { id: 'b', n: 1 });
    await live.publish(TOPIC.channel('a'), { id: 'a', n: 2 });
    expect((await next).value).toEqual({ id: 'a', n: 2 });
    await mine.return?.();
  });

  it('sends the snapshot first, then a message per event; an event published while the snapshot is read is not lost', async () => {
    let state = 1;
    const channel = TOPIC.channel('s');
    const feed = live.snapshotThenUpdates(channel, async () => {
      const read = state;
      // An update that lands between the subscriber's read and its first message.
      state = 2;
      await live.publish(channel, { id: 's', n: 2 });
      return read;
    }, { update: (event) => (event.n % 2 === 0 ? event.n * 10 : null) });
    expect((await feed.next()).value).toBe(1);
    expect((await feed.next()).value).toBe(20);
    // `null`: nothing sent for that event (one the subscriber may not see).
    await live.publish(channel, { id: 's', n: 3 });
    await live.publish(channel, { id: 's', n: 4 });
    expect((await feed.next()).value).toBe(40);
    expect(await feed.return?.()).toEqual({ done: true, value: undefined });
    expect((await feed.next()).done).toBe(true);
  });

  it('reads the state again for each event by default', async () => {
    let reads = 0;
    const channel = TOPIC.channel('r');
    const feed = live.snapshotThenUpdates(channel, async () => ++reads);
    expect((await feed.next()).value).toBe(1);
    await live.publish(channel, { id: 'r', n: 0 });
    expect((await feed.next()).value).toBe(2);
    await feed.return?.();
  });

  it('tells a read after an event when that event came, and a first read nothing', async () => {
    const sinces: Array<number | null> = [];
    const channel = TOPIC.channel('t');
    const feed = live.snapshotThenUpdates(channel, async (since) => sinces.push(since));
    await feed.next();
    const before = performance.now();
    await live.publish(channel, { id: 't', n: 1 });
    const after = performance.now();
    await feed.next();
    expect(sinces[0]).toBeNull();
    // A read begun after `since` sees the change the event told of (published after its commit).
    expect(sinces[1]).toBeGreaterThanOrEqual(before);
    expect(sinces[1]).toBeLessThanOrEqual(after);
    await feed.return?.();
  });

  it('answers the events that queued up while the subscriber was busy with one read, by default', async () => {
    let reads = 0;
    const channel = TOPIC.channel('q');
    const feed = live.snapshotThenUpdates(channel, async () => ++reads);
    expect((await feed.next()).value).toBe(1);
    // Five changes told before the subscriber asks for its next message: one read after them all.
    for (let n = 1; n <= 5; n++) await live.publish(channel, { id: 'q', n });
    expect((await feed.next()).value).toBe(2);
    // One told after that read: read again.
    const next = feed.next();
    await live.publish(channel, { id: 'q', n: 6 });
    expect((await next).value).toBe(3);
    const nothing = await Promise.race([feed.next(), new Promise((r) => setTimeout(() => r('nothing more'), 50))]);
    expect(nothing).toBe('nothing more');
    expect(reads).toBe(3);
    await feed.return?.();
  });

  it('waits minIntervalMs after a message before it reads for an event, and answers the events meanwhile with that one read', async () => {
    let reads = 0;
    const channel = TOPIC.channel('m');
    const feed = live.snapshotThenUpdates(channel, async () => ++reads, { minIntervalMs: 200 });
    expect((await feed.next()).value).toBe(1);
    const firstAt = Date.now();
    const next = feed.next();
    // Bids pouring in: an event every 20 ms, while the subscriber waits out its interval.
    for (let n = 1; n <= 6; n++) {
      await live.publish(channel, { id: 'm', n });
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await next).value).toBe(2);
    expect(Date.now() - firstAt).toBeGreaterThanOrEqual(195);
    expect(await Promise.race([feed.next(), new Promise((r) => setTimeout(() => r('nothing more'), 300))])).toBe('nothing more');
    expect(reads).toBe(2);
    await feed.return?.();
  });

  it('does not hold a read at readAgainAt back for minIntervalMs', async () => {
    let reads = 0;
    const channel = TOPIC.channel('w');
    const startedAt = Date.now();
    const feed = live.snapshotThenUpdates(channel, async () => ++reads, { minIntervalMs: 5000, readAgainAt: (n) => (n === 1 ? new Date(startedAt + 100) : null) });
    expect((await feed.next()).value).toBe(1);
    const next = feed.next();
    await live.publish(channel, { id: 'w', n: 1 });
    expect((await next).value).toBe(2);
    expect(Date.now() - startedAt).toBeLessThan(1000);
    await feed.return?.();
  });

  it('reads the state again at the time it names (a deadline passing), with no event, and then not again', async () => {
    let reads = 0;
    const channel = TOPIC.channel('t');
    const startedAt = Date.now();
    // The state changes by time alone 150 ms from now (as an auction's end); after that, never.
    const feed = live.snapshotThenUpdates(channel, async () => ++reads, { readAgainAt: (n) => (n === 1 ? new Date(startedAt + 150) : null) });
    expect((await feed.next()).value).toBe(1);
    expect((await feed.next()).value).toBe(2);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(150);
    const later = feed.next();
    expect(await Promise.race([later, new Promise((r) => setTimeout(() => r('nothing more'), 300))])).toBe('nothing more');
    // An event still reaches the feed after the read it was not waiting for.
    await live.publish(channel, { id: 't', n: 1 });
    expect((await later).value).toBe(3);
    await feed.return?.();
  });

  it('publishes the event of a change only once its transaction has committed', async () => {
    const channel = TOPIC.channel('c');
    const events = live.subscribe(channel);
    await events.ready;
    const ctx = RequestContext.system();
    ctx.transactionManager = {} as EntityManager;
    live.publishAfterCommit(ctx, channel, { id: 'c', n: 1 });
    const next = events.next();
    const early = await Promise.race([next, new Promise((r) => setTimeout(() => r('nothing yet'), 50))]);
    expect(early).toBe('nothing yet');
    for (const hook of ctx.takeAfterCommitHooks()) await hook();
    expect((await next).value).toEqual({ id: 'c', n: 1 });
    await events.return();
  });

  it('names topics plainly', () => {
    expect(() => new LiveTopic('Auction Bids')).toThrow(/live topic/);
    expect(new LiveTopic('auction').channel('42').name).toBe('auction:42');
  });
});
