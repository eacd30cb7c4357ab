import { AuctionCourseService } from '@bc/api/auction';
import { ErrorCode } from '@bc/shared/domain';
import { approvedAuction, bid, endsAtOf, startAuction } from './support/auction-fixtures';
import { appOn, worldOn } from './support/rfq-clock';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { createTestDatabase } from './support/test-database';
import { advanceClockTo } from './support/test-clock';
import type { TestApp } from './support/test-app';

/**
 * An auction on two API instances sharing one database (issue 15): bids sent to both at once are
 * serialized by the auction's row lock (one gapless sequence), and the end happens exactly once
 * however many tries race for it (each instance's end job and sweep).
 */
describe('an auction on two instances', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let apps: TestApp[];
  let w: RfqWorld;
  let w2: RfqWorld;

  beforeAll(async () => {
    db = await createTestDatabase();
    apps = [await appOn(db.url), await appOn(db.url)];
    w = await rfqWorld(apps[0]);
    w2 = await worldOn(apps[1], w);
  }, 120_000);

  afterAll(async () => {
    for (const app of apps ?? []) await app.close();
    await db?.drop();
  });

  it('serializes bids sent to both instances at once and ends exactly once', async () => {
    const a = await approvedAuction(apps[0], w, { decrementKind: 'AMOUNT', decrement: '1', softCloseMinutes: 0, extensionMinutes: 0, maxExtensionMinutes: null });
    startAuction(apps[0], a);
    // Ten bids each, Hanse's on one instance and Alpine's on the other, all in flight together.
    const hanse = Array.from({ length: 10 }, (_, i) => bid(w.as.supplier, a.auctionId, (1190 - 10 * i).toFixed(2)));
    const alpine = Array.from({ length: 10 }, (_, i) => bid(w2.as.alpine, a.auctionId, (1310 - 10 * i).toFixed(2)));
    const answers = await Promise.all([...hanse, ...alpine]);
    // Sent at once, some arrive after a lower one of the same bidder and are refused: never an error of another kind.
    const refused = answers.filter((r) => r.errors?.length).map((r) => r.errors![0].extensions?.code);
    expect(new Set(refused)).toEqual(new Set(refused.length ? [ErrorCode.AUCTION_BID_TOO_HIGH] : []));
    const rows: Array<{ sequence: number; invitation_id: string; amount: string; quote_revision: number }> = await apps[0].dataSource.query(
      `SELECT sequence, invitation_id, amount, quote_revision FROM auction_bid WHERE auction_id = $1 ORDER BY sequence`,
      [a.auctionId],
    );
    expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.length).toBe(answers.length - refused.length);
    // Each bidder's accepted bids fall by at least the decrement, in the order the database took them, each its own revision.
    for (const inv of [a.hanseInv, a.alpineInv]) {
      const own = rows.filter((r) => r.invitation_id === inv);
      own.slice(1).forEach((r, i) => expect(Number(own[i].amount) - Number(r.amount)).toBeGreaterThanOrEqual(1));
      expect(own.map((r) => r.quote_revision)).toEqual(own.map((_, i) => i + 2));
    }

    advanceClockTo(apps[0], new Date((await endsAtOf(apps[0], a.auctionId)).getTime() + 1));
    const courses = apps.map((app) => app.running.app.get(AuctionCourseService));
    const [ended1, ended2, late] = await Promise.all([courses[0].end(a.auctionId), courses[1].end(a.auctionId), bid(w2.as.supplier, a.auctionId, '1.00'), courses[0].sweep(), courses[1].sweep()]);
    expect([ended1, ended2].filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(late.errors?.[0].extensions?.code).toBe(ErrorCode.AUCTION_ENDED);
    const [{ status }] = await apps[0].dataSource.query(`SELECT status FROM auction WHERE id = $1`, [a.auctionId]);
    expect(status).toBe('ENDED');
    const [{ n: audited }] = await apps[0].dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auction.ended' AND summary->>'auctionId' = $1`, [a.auctionId]);
    const [{ n: events }] = await apps[0].dataSource.query(`SELECT count(*)::int AS n FROM domain_event WHERE type = 'auction.ended' AND payload->>'auctionId' = $1`, [a.auctionId]);
    expect([audited, events]).toEqual([1, 1]);
    // Tried again later (a retried job): nothing more.
    expect(await courses[1].end(a.auctionId)).toBe(false);
  });
});
