import { ErrorCode } from '@bc/shared/domain';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { receiptHash } from '@bc/api/quotes';
import { passClosingTime } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';
import { RfqClosingService } from '@bc/api/rfq';

describe('an RFQ from publishing to opening', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(() => app.close());

  it('publishes with frozen default criteria, invites, takes quotes and revisions, and opens them at closing', async () => {
    const { rfqId, rfq, caseId } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    expect(rfq.status).toBe('PUBLISHED');
    expect(rfq.criteria.map((c: { key: string; weight: number }) => `${c.key}:${c.weight}`)).toEqual(['PRICE:60', 'DELIVERY:20', 'QUALITY:10', 'RELIABILITY:10']);
    expect(rfq.invitations.map((i: { status: string }) => i.status)).toEqual(['SENT', 'SENT']);
    const stage = await app.dataSource.query(`SELECT stage FROM purchase_case WHERE id = $1`, [caseId]);
    expect(stage[0].stage).toBe('RFQ');

    const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
    const alpineInv = await invitationOf(w.as.alpine, rfq.reference);
    const first = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') }))['submitQuote'];
    expect(first.revision).toBe(1);
    expect(receiptHash(first.canonicalContent)).toBe(first.sha256);
    const second = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '95.50') }))['submitQuote'];
    expect(second.revision).toBe(2);
    await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '99.00') });

    const sealed = await w.as.buyer.error(RFQ_OPS.quotes, { id: rfqId });
    expect(sealed.extensions?.code).toBe(ErrorCode.SEALED);

    await passClosingTime(app, rfqId);
    const late = await w.as.alpine.error(RFQ_OPS.submit, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '90.00') });
    expect(late.extensions?.code).toBe(ErrorCode.RFQ_CLOSED);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(false);

    const opened = (await w.as.buyer.ok(RFQ_OPS.quotes, { id: rfqId }))['rfq']['quotes'];
    expect(opened.map((q: { supplierName: string }) => q.supplierName)).toHaveLength(2);
    const hanse = opened.find((q: { revisions: unknown[] }) => q.revisions.length === 2);
    expect(hanse.latest.sha256).toBe(second.sha256);
    expect(hanse.latest.content.lines[0].unitPrice).toBe('95.50');
    const stage2 = await app.dataSource.query(`SELECT stage FROM purchase_case WHERE id = $1`, [caseId]);
    expect(stage2[0].stage).toBe('EVALUATION');
  });

  it('feeds the response rate (invited → quoted, closed RFQs) into the shortlist suggestions', async () => {
    const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '10.00') });
    await passClosingTime(app, rfqId);
    await app.running.app.get(RfqClosingService).close(rfqId);
    const next = await w.walker.inSourcing();
    const suggestions: Array<{ supplier: { id: string }; reasons: Array<{ code: string; detail: string }> }> = (
      await w.as.buyer.ok(`query ($id: ID!) { shortlistSuggestions(caseId: $id) { supplier { id } reasons { code detail } } }`, { id: next.id })
    )['shortlistSuggestions'];
    const rate = (supplierId: string) => suggestions.find((s) => s.supplier.id === supplierId)?.reasons.find((r) => r.code === 'RESPONSE_RATE')?.detail;
    // Hanse quoted in both closed RFQs (100 %); Alpine in one of two (50 %).
    expect(rate(w.hanseSupplierId)).toBe('100');
    expect(rate(w.alpineSupplierId)).toBe('50');
  });
});
