import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { AuctionCourseService } from '@bc/api/auction';
import { PasswordService } from '@bc/api/identity';
import { ErrorCode } from '@bc/shared/domain';
import { approvedAuction, AUCTION_FIELDS, AuctionCase, bid, endsAtOf, PORTAL_AUCTION_FIELDS, startAuction } from './support/auction-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { countStatements } from './support/query-counter';
import { appOn, worldOn } from './support/rfq-clock';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { createTestDatabase } from './support/test-database';
import { advanceClockTo } from './support/test-clock';
import type { TestApp } from './support/test-app';

/**
 * Live auctions across instances (issue 15): `auctionLive` (the buyer's view) and
 * `portalAuctionLive` (each bidder's own view) on two API instances sharing one database and the
 * Redis at 127.0.0.1:6379. A bid on one instance reaches subscribers on the other; each bidder's
 * messages keep to the visibility rules; a reconnect starts with the whole current state; the end
 * by the sweep sends a last message; whoever may not read the auction is refused.
 */
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const BUYER_LIVE = `subscription ($id: ID!) { auctionLive(id: $id) { ${AUCTION_FIELDS} } }`;
const BIDDER_LIVE = `subscription ($id: ID!) { portalAuctionLive(id: $id) { ${PORTAL_AUCTION_FIELDS} } }`;

type View = Record<string, any>;

/**
 * One subscription's messages as they come (the data of each, and each raw frame off the socket), and how it ended.
 * `views` are the bidder's views as its page shows them: a message with `myBidsAfter` (only the own bids since the
 * message before) added to the bids before it; `raw` the messages as sent.
 */
class Feed {
  readonly views: View[] = [];
  readonly raw: View[] = [];
  readonly errors: unknown[] = [];
  ended?: { error?: unknown };
  readonly dispose: () => void;

  constructor(
    readonly live: Live,
    query: string,
    auctionId: string,
  ) {
    this.dispose = live.client.subscribe<Record<string, View>>({ query, variables: { id: auctionId } }, {
      next: (result: FormattedExecutionResult<Record<string, View>>) => {
        if (result.errors?.length) this.errors.push(...result.errors);
        const view = result.data && Object.values(result.data)[0];
        if (!view) return;
        this.raw.push(view);
        const after = view['myBidsAfter'];
        const earlier = typeof after === 'number' ? (this.latest?.['myBids'] as View[]).filter((b) => b['number'] <= after) : [];
        this.views.push(typeof after === 'number' ? { ...view, myBidsAfter: null, myBids: [...earlier, ...view['myBids']] } : view);
      },
      error: (error) => (this.ended = { error }),
      complete: () => (this.ended = {}),
    });
  }

  /** Waits until no message has come for `quietMs` (the last bid's events all told). */
  async settled(quietMs = 300): Promise<number> {
    for (let seen = -1; seen !== this.views.length; ) {
      seen = this.views.length;
      await new Promise((r) => setTimeout(r, quietMs));
    }
    return this.views.length;
  }

  get latest(): View | undefined {
    return this.views.at(-1);
  }

  /** Waits for a message that satisfies `check` (or any first one), within `timeoutMs`. */
  async until(check: (view: View) => boolean, what: string, timeoutMs = 10_000): Promise<View> {
    let found: View | undefined;
    await until(() => (found = this.views.find(check)) !== undefined || this.ended !== undefined, what, timeoutMs);
    if (!found) throw new Error(`Ended before ${what}: ${JSON.stringify(this.ended)}`);
    return found;
  }

  /** The error code of a refused subscribe, however it is answered (an error result, or the subscription's error). */
  async refusal(): Promise<unknown> {
    await until(() => this.errors.length > 0 || this.views.length > 0 || this.ended !== undefined, 'an answer');
    expect(this.views).toEqual([]);
    const error = (this.errors[0] ?? (Array.isArray(this.ended?.error) ? this.ended.error[0] : this.ended?.error)) as { extensions?: { code?: string } };
    return error?.extensions?.code;
  }
}

/** A graphql-ws client with a session cookie, keeping every raw frame the server sent. */
interface Live {
  client: Client;
  frames: string[];
}

describe('live auctions across instances', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let first: TestApp;
  let second: TestApp;
  let w: RfqWorld;
  let w2: RfqWorld;
  const clients: Client[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    first = await appOn(db.url, { redisUrl: REDIS_URL });
    second = await appOn(db.url, { redisUrl: REDIS_URL });
    w = await rfqWorld(first);
    w2 = await worldOn(second, w);
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const app of [first, second]) await app?.close();
    await db?.drop();
  });

  const live = (app: TestApp, as: GraphQLClient): Live => {
    const frames: string[] = [];
    class WithCookie extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: as.sessionCookie! } });
        this.on('message', (data: WebSocket.RawData) => frames.push(data.toString()));
      }
    }
    const client = createClient({ url: `${app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WithCookie, retryAttempts: 0, lazy: true });
    clients.push(client);
    return { client, frames };
  };
  const buyerLive = (app: TestApp, as: GraphQLClient, a: AuctionCase) => new Feed(live(app, as), BUYER_LIVE, a.auctionId);
  const bidderLive = (app: TestApp, as: GraphQLClient, a: AuctionCase) => new Feed(live(app, as), BIDDER_LIVE, a.auctionId);
  const placed = async (client: GraphQLClient, a: AuctionCase, amount: string) => {
    const answer = await bid(client, a.auctionId, amount);
    if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
  };

  it("sends a bid placed on one instance to the buyer and the other bidder on the other instance within a second", async () => {
    const a = await approvedAuction(first, w, { visibility: 'RANK' });
    startAuction(first, a);
    const buyer = buyerLive(second, w2.as.buyer, a);
    const alpine = bidderLive(second, w2.as.alpine, a);
    expect(await buyer.until(() => true, "the buyer's first message")).toMatchObject({ id: a.auctionId, status: 'RUNNING', bidCount: 0 });
    expect(await alpine.until(() => true, "Alpine's first message")).toMatchObject({ id: a.auctionId, invitationId: a.alpineInv, rank: 2, currentAmount: '1320.00' });

    // Counted from the bid's answer: the change is committed then, and told within a second.
    await placed(w.as.supplier, a, '1150.00');
    const sent = Date.now();
    const seen = await buyer.until((v) => v['bidCount'] === 1, 'the bid at the buyer', 1000);
    expect(seen['bids']).toEqual([expect.objectContaining({ sequence: 1, invitationId: a.hanseInv, amount: '1150.00' })]);
    expect(seen['participants'][0]).toMatchObject({ invitationId: a.hanseInv, currentAmount: '1150.00', rank: 1 });
    // Alpine hears that the auction moved, read as Alpine sees it: still second, nothing of Hanse.
    const after = await alpine.until((v) => v !== alpine.views[0], 'the bid at Alpine', 1000 - (Date.now() - sent));
    expect(after).toMatchObject({ rank: 2, leading: false, currentAmount: '1320.00', myBids: [] });

    // Alpine's own bid, on the other instance, reaches the buyer on the first one too.
    const buyerOnFirst = buyerLive(first, w.as.buyer, a);
    // The first message is whole; each later one brings only the bids since the one before (each bid once).
    expect(await buyerOnFirst.until((v) => v['bidCount'] === 1, 'the state so far')).toMatchObject({ bidsAfter: null, bids: [expect.objectContaining({ sequence: 1 })] });
    await placed(w2.as.alpine, a, '1100.00');
    expect(await buyerOnFirst.until((v) => v['bidCount'] === 2, "Alpine's bid at the buyer", 1000)).toMatchObject({
      bidsAfter: 1,
      bids: [expect.objectContaining({ sequence: 2, invitationId: a.alpineInv, amount: '1100.00' })],
      participants: [expect.objectContaining({ invitationId: a.alpineInv, rank: 1 }), expect.anything()],
    });
    expect(await alpine.until((v) => v['rank'] === 1, "Alpine's lead", 1000)).toMatchObject({ currentAmount: '1100.00', leading: true });
    for (const feed of [buyer, alpine, buyerOnFirst]) feed.dispose();
  });

  it("keeps each bidder's messages to what the visibility allows, and sends nothing for a refused bid", async () => {
    const a = await approvedAuction(first, w, { visibility: 'RANK' });
    startAuction(first, a);
    const alpine = bidderLive(second, w2.as.alpine, a);
    const hanse = bidderLive(first, w.as.supplier, a);
    await alpine.until(() => true, "Alpine's first message");
    await hanse.until(() => true, "Hanse's first message");

    // Hanse bids three times, the last one in the soft close (an extension).
    await placed(w.as.supplier, a, '1150.00');
    await placed(w.as.supplier, a, '1120.00');
    advanceClockTo(first, new Date((await endsAtOf(first, a.auctionId)).getTime() - 60_000));
    await placed(w.as.supplier, a, '1090.00');
    await hanse.until((v) => v['myBids'].length === 3 && v['endsAt'] !== hanse.views[0]['endsAt'], "Hanse's third bid and the extension");
    const extended = await alpine.until((v) => v['endsAt'] !== alpine.views[0]['endsAt'], 'the extension at Alpine');
    expect(extended).toMatchObject({ rank: 2, leading: false, bestPrice: null, myScore: null, leadingScore: null, leadingPrice: null, myBids: [] });

    // A refused bid (not low enough) changes nothing and is told to no one.
    const before = await alpine.settled();
    expect((await bid(w.as.supplier, a.auctionId, '1089.99')).errors?.[0].extensions?.['code']).toBe(ErrorCode.AUCTION_BID_TOO_HIGH);
    await new Promise((r) => setTimeout(r, 500));
    expect(alpine.views.length).toBe(before);

    // Every frame Alpine received, as sent: nothing that names Hanse, nor any of its prices.
    const [{ supplier_organization_id: org, supplier_id: supplierId }] = await first.dataSource.query(
      `SELECT supplier_organization_id, supplier_id FROM rfq_invitation WHERE id = $1`,
      [a.hanseInv],
    );
    const hanseMarks = [a.hanseInv, org, supplierId, 'Hanse', '1200.00', '1150.00', '1120.00', '1090.00', '1089.99'];
    const frames = alpine.live.frames.filter((f) => f.includes('"next"'));
    // The first view, then at least one after the bids (bids within LIVE_MIN_INTERVAL_MS of each other come in one message).
    expect(frames.length).toBeGreaterThanOrEqual(2);
    for (const frame of frames) for (const mark of hanseMarks) expect(frame).not.toContain(mark);
    for (const view of alpine.views) expect(view).toMatchObject({ invitationId: a.alpineInv, bestPrice: null, myScore: null, leadingScore: null, leadingPrice: null });
    // And the other way round: Hanse's frames say nothing of Alpine.
    for (const frame of hanse.live.frames) for (const mark of [a.alpineInv, 'Alpine', '1320.00']) expect(frame).not.toContain(mark);
    alpine.dispose();
    hanse.dispose();
  });

  it("has the subscribers of one instance share one read of the auction and of the bidders per bid, and sends the buyer each bid once", async () => {
    const a = await approvedAuction(first, w, { visibility: 'RANK' });
    startAuction(first, a);
    const feeds = [buyerLive(first, w.as.buyer, a), bidderLive(first, w.as.alpine, a), bidderLive(first, w.as.supplier, a)];
    for (const feed of feeds) await feed.until(() => true, 'the first message');
    // A first bid starts the auction (its start notice reads the bidders too); the second is counted.
    await placed(w.as.supplier, a, '1180.00');
    await feeds[2].until((v) => v['myBids'].length === 1, 'the first bid at Hanse');
    const { texts } = await countStatements(async () => {
      await placed(w.as.supplier, a, '1150.00');
      await feeds[0].until((v) => v['bidCount'] === 2, 'the bid at the buyer');
      await feeds[1].until((v) => v['rank'] === 2 && v !== feeds[1].views[0], 'the bid at Alpine');
      await feeds[2].until((v) => v['myBids'].length === 2, 'the bid at Hanse');
    });
    // The buyer's message after the first one: only the new bid; the bidder's: only its own new bid.
    expect(feeds[0].views.at(-1)).toMatchObject({ bidsAfter: 1, bids: [expect.objectContaining({ sequence: 2, amount: '1150.00' })] });
    expect(feeds[2].raw[0]).toMatchObject({ myBidsAfter: null, myBids: [] });
    expect(feeds[2].raw.at(-1)).toMatchObject({ myBidsAfter: 1, myBids: [expect.objectContaining({ number: 2, amount: '1150.00' })] });
    expect(feeds[2].latest?.['myBids'].map((b: View) => b['amount'])).toEqual(['1180.00', '1150.00']);
    // Alpine bid nothing: after its first message, each names what it had and adds nothing.
    expect(feeds[1].raw.slice(1).every((v) => v['myBidsAfter'] === 0 && v['myBids'].length === 0)).toBe(true);
    const biddersReads = texts.filter((t) => /FROM "auction_participant"/.test(t) && !/FOR UPDATE/.test(t) && !/LIMIT 1/.test(t));
    // One in the bid's own transaction (its answer), one for the three feeds (not one each).
    expect(biddersReads.length).toBe(2);
    // The auction's row: the bid reads it once for its settings and once under its lock; the three feeds, answering the
    // same event, share one read begun after it came (3 without sharing).
    const rowReads = texts.filter((t) => /FROM "auction" "Auction"/.test(t) && !/FOR UPDATE/.test(t));
    expect(rowReads.length).toBe(2);
    feeds.forEach((f) => f.dispose());
  });

  it('gives a client that reconnects the whole current state first, with the bids made while it was away', async () => {
    const a = await approvedAuction(first, w, { visibility: 'RANK' });
    startAuction(first, a);
    const buyer = buyerLive(first, w.as.buyer, a);
    const alpine = bidderLive(first, w.as.alpine, a);
    await buyer.until(() => true, 'the first message');
    await alpine.until(() => true, 'the first message');
    await clients.at(-1)!.dispose();
    await clients.at(-2)!.dispose();

    // While both are away: a bid of each, Alpine's from another device.
    await placed(w2.as.supplier, a, '1150.00');
    await placed(w2.as.alpine, a, '1140.00');

    const buyerAgain = buyerLive(second, w2.as.buyer, a);
    const first1 = await buyerAgain.until(() => true, 'the first message after the reconnect');
    expect(first1['bidCount']).toBe(2);
    expect(first1['bids'].map((b: View) => [b['invitationId'], b['amount']])).toEqual([
      [a.hanseInv, '1150.00'],
      [a.alpineInv, '1140.00'],
    ]);
    const alpineAgain = bidderLive(second, w2.as.alpine, a);
    const mine = await alpineAgain.until(() => true, "Alpine's first message after the reconnect");
    expect(mine).toMatchObject({ rank: 1, leading: true, currentAmount: '1140.00', myBidsAfter: null, myBids: [expect.objectContaining({ number: 1, amount: '1140.00' })] });
    buyerAgain.dispose();
    alpineAgain.dispose();
  });

  it('sends every subscriber a last message with status ENDED when the sweep ends the auction', async () => {
    const a = await approvedAuction(first, w, { visibility: 'RANK' });
    startAuction(first, a);
    await placed(w.as.supplier, a, '1150.00');
    const buyer = buyerLive(second, w2.as.buyer, a);
    const alpine = bidderLive(second, w2.as.alpine, a);
    const hanse = bidderLive(first, w.as.supplier, a);
    for (const feed of [buyer, alpine, hanse]) await feed.until(() => true, 'the first message');

    advanceClockTo(first, new Date((await endsAtOf(first, a.auctionId)).getTime() + 1));
    // (The sweep ends the earlier tests' auctions too: their ends are past on this clock.)
    expect((await first.running.app.get(AuctionCourseService).sweep()).ended).toBeGreaterThanOrEqual(1);
    // Read after the end committed: the end's time is there, not only a status the clock implies.
    expect(await buyer.until((v) => v['endedAt'] !== null, 'the end at the buyer', 1000)).toMatchObject({ status: 'ENDED', bidCount: 1 });
    for (const feed of [alpine, hanse]) expect(await feed.until((v) => v !== feed.views[0] && v['status'] === 'ENDED', 'the end at a bidder', 1000)).toBeTruthy();
    expect(hanse.latest).toMatchObject({ status: 'ENDED', currentAmount: '1150.00', rank: 1 });
    for (const feed of [buyer, alpine, hanse]) feed.dispose();
  });

  it('sends RUNNING and ENDED the moment the start and the end pass on the server clock, with no event and before any job', async () => {
    const a = await approvedAuction(first, w, { visibility: 'RANK' });
    advanceClockTo(first, new Date(a.startsAt.getTime() - 1500));
    const alpine = bidderLive(second, w2.as.alpine, a);
    expect(await alpine.until(() => true, 'the first message')).toMatchObject({ status: 'APPROVED' });
    expect(await alpine.until((v) => v['status'] === 'RUNNING', 'the start at the bidder', 3000)).toBeTruthy();
    alpine.dispose();

    // Subscribed 1.5 s before the end (the test clock jumps; a real one does not): nobody bids, and
    // the end job waits for the end as the clock had it before the jump, minutes away.
    advanceClockTo(first, new Date((await endsAtOf(first, a.auctionId)).getTime() - 1500));
    const buyer = buyerLive(second, w2.as.buyer, a);
    const hanse = bidderLive(first, w.as.supplier, a);
    for (const feed of [buyer, hanse]) expect(await feed.until(() => true, 'the first message')).toMatchObject({ status: 'RUNNING' });
    for (const feed of [buyer, hanse]) expect(await feed.until((v) => v['status'] === 'ENDED', 'the end', 3000)).toBeTruthy();
    for (const feed of [buyer, hanse]) feed.dispose();
  });

  it('refuses a supplier not in the auction, a supplier on the buying view, and a requester', async () => {
    const a = await approvedAuction(first, w, { visibility: 'RANK' });
    const outsider = await outsideSupplier(first);
    expect(await bidderLive(second, outsider, a).refusal()).toBe(ErrorCode.NOT_FOUND);
    expect(await buyerLive(second, w2.as.supplier, a).refusal()).toBe(ErrorCode.FORBIDDEN);
    expect([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]).toContain(await buyerLive(first, w.as.requester, a).refusal());
    expect(await bidderLive(first, w.as.buyer, a).refusal()).toBe(ErrorCode.FORBIDDEN);
    // An id that is no auction: NOT_FOUND, as for the query.
    expect(await buyerLive(first, w.as.buyer, { ...a, auctionId: 'not-an-id' }).refusal()).toBe(ErrorCode.NOT_FOUND);
    // The same people are served as the query serves them.
    expect(await buyerLive(first, w.as.buyer, a).until(() => true, "the buyer's message")).toMatchObject({ id: a.auctionId, status: 'APPROVED' });
  });
});

/** A third supplier company with a portal user, taking part in no auction. */
async function outsideSupplier(app: TestApp): Promise<GraphQLClient> {
  const [{ id: orgId }] = await app.dataSource.query(`INSERT INTO organization (name, kind, country) VALUES ('Nordsee Pumpen GmbH', 'SUPPLIER', 'DE') RETURNING id`);
  const hash = await app.running.app.get(PasswordService).hash('nordsee supplier passphrase');
  await app.dataSource.query(`INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'sales@nordsee-pumpen.example', 'Jan Petersen', $2, $3)`, [
    orgId,
    hash,
    ['SUPPLIER', 'SUPPLIER_ADMIN'],
  ]);
  return app.client().signIn('sales@nordsee-pumpen.example', 'nordsee supplier passphrase');
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
