import { Clock, SystemClock } from '@bc/api/core';
import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SHORT_PERIOD, shortlistedCase } from './support/rfq-fixtures';
import { rfqRow } from './support/rfq-clock';
import { advanceClock, clockOf, testClock } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 12: the rules follow the application's one clock, and a test moves time by advancing it. */
describe('the rules follow the injected clock', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(() => app.close());

  it('runs the test app on the test clock, which the app hands out as its Clock', () => {
    expect(clockOf(app)).toBe(testClock);
    expect(app.running.app.get(Clock)).not.toBeInstanceOf(SystemClock);
  });

  it('treats an RFQ as closed once the clock passes its closing time, though by the wall clock it is an hour away', async () => {
    const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
    const quote = await quoteFor(w.as.supplier, hanseInv, '100.00');
    expect((await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: quote }))['submitQuote'].revision).toBe(1);
    expect((await w.as.supplier.ok(RFQ_OPS.portalOne, { id: hanseInv }))['portalInvitation'].open).toBe(true);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(false);

    advanceClock(app, 3601 * 1000);

    // Nothing in the database changed: the closing time lies ahead by the machine's (and the database's) clock.
    const before = await rfqRow(app.dataSource, rfqId);
    expect(before.status).toBe('PUBLISHED');
    expect(new Date(before.closes_at).getTime()).toBeGreaterThan(Date.now());
    const [{ ahead }] = await app.dataSource.query(`SELECT closes_at > now() AS ahead FROM rfq WHERE id = $1`, [rfqId]);
    expect(ahead).toBe(true);
    // By the application's clock it has closed: the portal says so and refuses a quote over HTTP.
    expect((await w.as.supplier.ok(RFQ_OPS.portalOne, { id: hanseInv }))['portalInvitation'].open).toBe(false);
    const late = await w.as.supplier.error(RFQ_OPS.submit, { invitationId: hanseInv, input: quote });
    expect(late.extensions?.code).toBe(ErrorCode.RFQ_CLOSED);
    // And the closing (the job's work) finds it due, stamped with the clock's time.
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
    const after = await rfqRow(app.dataSource, rfqId);
    expect(after.status).toBe('CLOSED');
    expect(after.stage).toBe('EVALUATION');
    expect(new Date(after.closed_at ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(after.closes_at).getTime());
    expect((await w.as.buyer.ok(RFQ_OPS.quotes, { id: rfqId }))['rfq'].quotes).toHaveLength(1);
  });

  it('counts deadlines a client sends from the clock: a closing time ahead by the wall clock but past by the clock is refused', async () => {
    const wallFuture = new Date(Date.now() + 60_000).toISOString();
    expect(testClock.nowMs()).toBeGreaterThan(Date.parse(wallFuture));
    const c = await shortlistedCase(w, [w.hanseSupplierId, w.alpineSupplierId]);
    const refused = await w.as.buyer.error(RFQ_OPS.create, { caseId: c.id, input: { closesAt: wallFuture, questionsCloseAt: wallFuture, shortPeriodJustification: SHORT_PERIOD } });
    expect(refused.extensions?.code).toBe(ErrorCode.DEADLINE_IN_PAST);
  });

  it('closes the question period by the same clock as the quotes (issue 13: one source of time for every deadline)', async () => {
    const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600), inSeconds(600));
    const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
    expect((await w.as.supplier.ok(RFQ_OPS.ask, { invitationId: hanseInv, body: 'Is a 2-year warranty enough?' }))['askRfqQuestion'].mine).toBe(true);
    advanceClock(app, 601 * 1000);
    // The database's own clock has not reached the question deadline: only the application's clock has.
    const [{ ahead }] = await app.dataSource.query(`SELECT questions_close_at > now() AS ahead FROM rfq WHERE id = $1`, [rfqId]);
    expect(ahead).toBe(true);
    const late = await w.as.supplier.error(RFQ_OPS.ask, { invitationId: hanseInv, body: 'And three years?' });
    expect(late.extensions?.code).toBe(ErrorCode.QUESTION_PERIOD_OVER);
    // Quotes are still taken until the closing time, by the same clock.
    const quote = await quoteFor(w.as.supplier, hanseInv, '90.00');
    expect((await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: quote }))['submitQuote'].revision).toBe(1);
  });
});
