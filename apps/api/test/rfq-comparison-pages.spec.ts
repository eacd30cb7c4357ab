import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import { invitationOf, inSeconds, publishedRfq, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { passClosingTime } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';
import { webDocument } from './support/web-operations';

const LINE_FIELDS = `key position description quantity unit bestDecided
  offers { invitationId unitPrice quantity lineTotal lineTotalConverted leadTimeDays note fullQuantity best
    alternatives { description unitPrice quantity leadTimeDays total totalConverted } }`;

const OPS = {
  whole: `query ($rfqId: ID!) { rfqComparison(rfqId: $rfqId) { lineCount suppliers { invitationId totalConverted } lines { ${LINE_FIELDS} } } }`,
  page: `query ($rfqId: ID!, $offset: Int!, $limit: Int) { rfqComparison(rfqId: $rfqId) { lineCount lines(offset: $offset, limit: $limit) { ${LINE_FIELDS} } } }`,
  evaluation: `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { missingRates suppliers { invitationId comparableTotal } } }`,
  setRate: `mutation ($rfqId: ID!, $currency: String!, $rate: String!) { setRfqExchangeRate(rfqId: $rfqId, currency: $currency, rate: $rate) { currency rate } }`,
};

/**
 * The comparison page reads its lines a page at a time (issue 14: 200 suppliers × 500 lines are
 * 100 000 offers), and what the comparison computes from the sealed quotes is kept between reads: a
 * page must be those lines of the whole comparison, and an exchange rate entered must show in the
 * very next read of the comparison and of the scoring page, never the comparison kept from before it.
 */
describe('the comparison a page of lines at a time', () => {
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let hanseInv: string;
  let alpineInv: string;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    rfqId = published.rfqId;
    hanseInv = await invitationOf(w.as.supplier, published.rfq.reference);
    alpineInv = await invitationOf(w.as.alpine, published.rfq.reference);
    const one = (await w.as.supplier.ok(RFQ_OPS.portalOne, { id: hanseInv }))['portalInvitation'];
    const [pumpKey, sealKey] = one.rfq.lines.map((l: { key: string }) => l.key);
    const answers = one.rfq.requirements.map((r: { key: string }) => ({ requirementKey: r.key, compliance: 'MET', comment: '' }));
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const quote = (currency: string, pump: string, seal: string) => ({
      currency,
      validUntil,
      paymentTerms: '30 days net',
      deliveryTerms: 'DAP',
      lines: [
        { lineKey: pumpKey, unitPrice: pump, quantity: '4', leadTimeDays: 30 },
        { lineKey: sealKey, unitPrice: seal, quantity: '8', leadTimeDays: 10 },
      ],
      answers,
    });
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: quote('EUR', '1000.00', '25.50') });
    await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpineInv, input: quote('USD', '1050.00', '20.1234') });
    await passClosingTime(app, rfqId);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
  }, 240_000);
  afterAll(() => app.close());

  it('gives the lines of the page asked for, numbered in the whole, as the whole comparison has them; the web asks for the first page', async () => {
    const whole = (await w.as.buyer.ok(OPS.whole, { rfqId }))['rfqComparison'];
    expect(whole.lineCount).toBe(2);
    expect(whole.lines).toHaveLength(2);
    const page = async (offset: number, limit: number | null) => (await w.as.buyer.ok(OPS.page, { rfqId, offset, limit }))['rfqComparison'];
    expect(await page(0, 1)).toEqual({ lineCount: 2, lines: [whole.lines[0]] });
    expect(await page(1, 1)).toEqual({ lineCount: 2, lines: [whole.lines[1]] });
    expect((await page(1, 1)).lines[0].position).toBe(2);
    expect(await page(0, null)).toEqual({ lineCount: 2, lines: whole.lines });
    expect(await page(2, 20)).toEqual({ lineCount: 2, lines: [] });
    const asWeb = (await w.as.buyer.ok(webDocument('RfqComparison'), { rfqId }))['rfqComparison'];
    expect(asWeb.lineCount).toBe(2);
    expect(asWeb.lines.map((l: { key: string }) => l.key)).toEqual(whole.lines.map((l: { key: string }) => l.key));
  });

  it('refuses a negative offset and a limit below 1', async () => {
    const negative = await w.as.buyer.error(OPS.page, { rfqId, offset: -1, limit: 1 });
    expect([negative.extensions?.code, negative.extensions?.['field']]).toEqual([ErrorCode.VALIDATION_FAILED, 'offset']);
    const none = await w.as.buyer.error(OPS.page, { rfqId, offset: 0, limit: 0 });
    expect([none.extensions?.code, none.extensions?.['field']]).toEqual([ErrorCode.VALIDATION_FAILED, 'limit']);
  });

  it('converts with a rate entered from the very next read on, in the comparison and on the scoring page', async () => {
    const alpine = (c: { suppliers: Array<{ invitationId: string; totalConverted?: string | null; comparableTotal?: string | null }> }) => c.suppliers.find((s) => s.invitationId === alpineInv);
    // Read (and so kept) without the rate first.
    expect(alpine((await w.as.buyer.ok(OPS.whole, { rfqId }))['rfqComparison'])?.totalConverted).toBeNull();
    expect((await w.as.buyer.ok(OPS.evaluation, { rfqId }))['rfqEvaluation'].missingRates).toEqual(['USD']);
    // 4 × 1050.00 + 8 × 20.1234 = 4200.00 + 160.99 = 4360.99 USD.
    await w.as.buyer.ok(OPS.setRate, { rfqId, currency: 'USD', rate: '0.5' });
    const converted = (await w.as.buyer.ok(OPS.whole, { rfqId }))['rfqComparison'];
    expect(alpine(converted)?.totalConverted).toBe('2180.50');
    expect(converted.lines[0].offers.find((o: { invitationId: string }) => o.invitationId === alpineInv).lineTotalConverted).toBe('2100.00');
    const evaluation = (await w.as.buyer.ok(OPS.evaluation, { rfqId }))['rfqEvaluation'];
    expect([evaluation.missingRates, alpine(evaluation)?.comparableTotal]).toEqual([[], '2180.50']);
    await w.as.buyer.ok(OPS.setRate, { rfqId, currency: 'USD', rate: '0.25' });
    expect(alpine((await w.as.buyer.ok(OPS.whole, { rfqId }))['rfqComparison'])?.totalConverted).toBe('1090.25');
  });
});
