import { approvedAuction, bid, startAuction } from './support/auction-fixtures';
import { countStatements, mostOpenTransactions } from './support/query-counter';
import { appOn } from './support/rfq-clock';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { createTestDatabase } from './support/test-database';
import { TURNS_PER_ROW } from '@bc/api/core';
import type { TestApp } from './support/test-app';

/**
 * What a bid costs while it holds the auction's row lock (issue 15's round trip): every other bid
 * on the auction waits for that lock, on every instance, so the statements between taking it and
 * the commit bound how many bids an auction takes a second. What needs only the bidder's own state
 * (the price checks, the quote revision and its receipt, the names its answer shows) comes before.
 */
describe('a bid under the auction lock', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await appOn(db.url);
    w = await rfqWorld(app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('sends at most 12 statements from the auction row lock to the commit, and none of the quote revision', async () => {
    const a = await approvedAuction(app, w, { softCloseMinutes: 0, extensionMinutes: 0, maxExtensionMinutes: null });
    startAuction(app, a);
    expect((await bid(w.as.supplier, a.auctionId, '1150.00')).errors).toBeUndefined();
    const { result, texts } = await countStatements(() => bid(w.as.supplier, a.auctionId, '1120.00'));
    expect(result.errors).toBeUndefined();
    const locked = texts.findIndex((t) => /FROM "auction" .*FOR UPDATE/s.test(t));
    const commit = texts.findIndex((t, i) => i > locked && /^COMMIT/.test(t));
    expect(locked).toBeGreaterThan(0);
    const underLock = texts.slice(locked, commit + 1);
    // The revision (its insert and the quote's pointer) is written before the auction is locked.
    expect(underLock.some((t) => /INSERT INTO "quote_revision"/.test(t))).toBe(false);
    expect(texts.slice(0, locked).some((t) => /INSERT INTO "quote_revision"/.test(t))).toBe(true);
    expect(underLock.length).toBeLessThanOrEqual(12);
    // The whole bid: one transaction (the subscribers are told without a domain event), no read twice.
    expect(texts.filter((t) => /^START TRANSACTION/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /FROM "rfq_invitation"/.test(t))).toHaveLength(1);
    // The RFQ's specification (approved, so final) was read by the first bid and is kept.
    expect(texts.filter((t) => /FROM "specification_(version|line|requirement|attachment)"/.test(t))).toEqual([]);
  });

  it('opens at most TURNS_PER_ROW bid transactions on one auction at a time per instance; the others wait without a connection', async () => {
    const a = await approvedAuction(app, w, { softCloseMinutes: 0, extensionMinutes: 0, maxExtensionMinutes: null });
    startAuction(app, a);
    // Ten bids at once, each 10.00 below the last: one bidder's bids go one by one (its own row lock), all are taken.
    const amounts = Array.from({ length: 10 }, (_, i) => (1100 - 10 * i).toFixed(2));
    const { result, most } = await mostOpenTransactions(() => Promise.all(amounts.map((amount) => bid(w.as.supplier, a.auctionId, amount))));
    expect(result.filter((r) => r.errors)).toEqual(result.filter((r) => r.errors?.[0]?.extensions?.['code'] === 'AUCTION_BID_TOO_HIGH'));
    expect(result.some((r) => !r.errors)).toBe(true);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(TURNS_PER_ROW);
  });
});
