import { createHash } from 'node:crypto';
import { QuoteContent, receiptDocument, SealService } from '@bc/api/quotes';
import { ErrorCode } from '@bc/shared/domain';
import { approvedAuction, bid, startAuction } from './support/auction-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { closeRfq } from './support/award-fixtures';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Row = Record<string, any>;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const OFFERS = `conditionalDiscounts { type value minValue lineKeys note }`;
const PORTAL_QUOTE = `query ($id: ID!) { portalInvitation(id: $id) { id quote {
  draft { total ${OFFERS} } revisions { revision sha256 canonicalContent receiptFormat nonce content { total ${OFFERS} } } } } }`;
const SUBMIT = `mutation ($invitationId: ID!, $input: QuoteInput!) { submitQuote(invitationId: $invitationId, input: $input) { revision sha256 canonicalContent nonce } }`;
const QUOTES = `query ($id: ID!) { rfq(id: $id) { id pricesHidden quotes { invitationId supplierName latest { revision sha256 content { total lines { unitPrice } ${OFFERS} } } revisions { revision content { ${OFFERS} } } } } }`;
const EVALUATION = `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { technicalOutstanding { criterionKey invitationId } } }`;
const SCORE = `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!) {
  scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: "Fits") { id } }`;
const LOCK = `mutation ($rfqId: ID!) { lockTechnicalScores(rfqId: $rfqId) { id technicalLockedAt } }`;

/**
 * Conditional offers in quotes (issue 16): a supplier grants a discount, a percentage or an
 * amount, if it is awarded at least a value or the whole of some lines. Through the built app on
 * real PostgreSQL: an offer round-trips through draft, submission and receipt; every rule names
 * its field; the buyer sees offers only where it may see prices (sealed until closing, hidden with
 * the prices of two envelopes); a quote without offers hashes as it did before they existed; an
 * auction bid carries them over.
 */
describe('conditional offers in quotes', () => {
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let hanseInv: string;
  let lineKeys: string[];
  let base: Row;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600), undefined, { twoEnvelope: true });
    rfqId = published.rfqId;
    hanseInv = await invitationOf(w.as.supplier, published.rfq.reference);
    base = await quoteFor(w.as.supplier, hanseInv, '100.00');
    lineKeys = (base['lines'] as Row[]).map((l) => l['lineKey']);
    expect(lineKeys.length).toBeGreaterThanOrEqual(2);
  }, 240_000);
  afterAll(() => app?.close());

  const offer = (o: Row = {}): Row => ({ type: 'PERCENT', value: '2', minValue: '10000.00', lineKeys: [], note: '', ...o });
  const refusal = async (client: GraphQLClient, input: Row, op = RFQ_OPS.saveDraft): Promise<Row | undefined> => (await client.error(op, { invitationId: hanseInv, input })).extensions as Row | undefined;

  it('round-trips an offer of each kind through the draft, the submission and its receipt', async () => {
    const offers = [
      { type: 'PERCENT', value: '2.5', minValue: '10000.00', lineKeys: [], note: 'On the whole order' },
      { type: 'AMOUNT', value: '500.00', minValue: null, lineKeys: [lineKeys[1], lineKeys[0]], note: '' },
    ];
    await w.as.supplier.ok(RFQ_OPS.saveDraft, { invitationId: hanseInv, input: { ...base, conditionalDiscounts: offers } });
    const draft = (await w.as.supplier.ok(PORTAL_QUOTE, { id: hanseInv }))['portalInvitation'].quote.draft;
    expect(draft.conditionalDiscounts).toEqual(offers);

    const receipt = (await w.as.supplier.ok(SUBMIT, { invitationId: hanseInv, input: { ...base, conditionalDiscounts: offers } }))['submitQuote'];
    const doc = JSON.parse(receipt.canonicalContent);
    // The receipt covers the offers: they are part of what the supplier committed to.
    expect(doc.quote.conditionalDiscounts).toEqual(offers);
    expect(sha256(receipt.canonicalContent)).toBe(receipt.sha256);
    const [revision] = (await w.as.supplier.ok(PORTAL_QUOTE, { id: hanseInv }))['portalInvitation'].quote.revisions;
    expect(revision.content.conditionalDiscounts).toEqual(offers);
  });

  it('refuses each broken rule with VALIDATION_FAILED at the field of the offer', async () => {
    const cases: Array<[string, Row[], string, RegExp]> = [
      ['a percentage of 0', [offer({ value: '0' })], 'input.conditionalDiscounts.0.value', /greater than 0/],
      ['a percentage above 100', [offer({ value: '100.01' })], 'input.conditionalDiscounts.0.value', /at most 100/],
      ['a percentage with 3 places', [offer({ value: '2.125' })], 'input.conditionalDiscounts.0.value', /2 decimal places/],
      ['a value that is no decimal', [offer({ type: 'AMOUNT', value: '-5' })], 'input.conditionalDiscounts.0.value', /decimal number/],
      ['an amount with 3 places', [offer({ type: 'AMOUNT', value: '5.001' })], 'input.conditionalDiscounts.0.value', /2 decimal places/],
      ['an amount beyond the amount rule', [offer({ type: 'AMOUNT', value: '12345678901234567' })], 'input.conditionalDiscounts.0.value', /16 digits/],
      ['no condition', [offer({ minValue: null })], 'input.conditionalDiscounts.0.minValue', /Give a condition/],
      ['two conditions', [offer({ lineKeys: [lineKeys[0]] })], 'input.conditionalDiscounts.0.lineKeys', /not both/],
      ['a minimum of 0', [offer({ minValue: '0.00' })], 'input.conditionalDiscounts.0.minValue', /greater than 0/],
      ['a minimum with 3 places', [offer({ minValue: '10.001' })], 'input.conditionalDiscounts.0.minValue', /2 decimal places/],
      ['a line not in the RFQ', [offer({ minValue: null, lineKeys: [lineKeys[0], '00000000-0000-4000-8000-000000000000'] })], 'input.conditionalDiscounts.0.lineKeys.1', /No such line/],
      ['a line named twice', [offer({ minValue: null, lineKeys: [lineKeys[0], lineKeys[0]] })], 'input.conditionalDiscounts.0.lineKeys.1', /named twice/],
      ['the same offer twice', [offer(), offer({ value: '3' }), offer({ value: '2.00', minValue: '10000' })], 'input.conditionalDiscounts.2.value', /same offer as conditional offer 1/],
      ['a note beyond 2000 characters', [offer({ note: 'x'.repeat(2001) })], 'input.conditionalDiscounts.0.note', /2000/],
      ['more than 10 offers', Array.from({ length: 11 }, (_, i) => offer({ value: String(i + 1) })), 'input.conditionalDiscounts', /10/],
    ];
    for (const [name, offers, field, message] of cases) {
      const error = await refusal(w.as.supplier, { ...base, conditionalDiscounts: offers });
      expect({ name, code: error?.['code'], field: error?.['field'] }).toEqual({ name, code: ErrorCode.VALIDATION_FAILED, field });
      const problems: Row[] = error?.['problems'] ?? error?.['errors'] ?? [];
      expect({ name, matched: problems.some((p) => p['field'] === field && message.test(p['message'])) }).toEqual({ name, matched: true });
    }
    // The amount beyond the rule says so as the other amounts do.
    const tooLarge = await refusal(w.as.supplier, { ...base, conditionalDiscounts: [offer({ type: 'AMOUNT', value: '12345678901234567' })] });
    expect(tooLarge).toMatchObject({ field: 'input.conditionalDiscounts.0.value', rule: 'AMOUNT_TOO_LARGE' });
    // A draft may name a line not yet priced; a submission may not.
    const unpriced = { ...base, lines: (base['lines'] as Row[]).map((l, i) => (i === 1 ? { ...l, unitPrice: null } : l)) };
    const onLine = [offer({ minValue: null, lineKeys: [lineKeys[0], lineKeys[1]] })];
    await w.as.supplier.ok(RFQ_OPS.saveDraft, { invitationId: hanseInv, input: { ...unpriced, conditionalDiscounts: onLine } });
    expect(await refusal(w.as.supplier, { ...unpriced, conditionalDiscounts: onLine }, RFQ_OPS.submit)).toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
      field: 'input.conditionalDiscounts.0.lineKeys.1',
    });
  });

  it('leaves the offers out of content without any, so its canonical JSON is what it was before they existed', async () => {
    const alpineInv = await invitationOf(w.as.alpine, (await w.as.buyer.ok(RFQ_OPS.rfq, { id: rfqId }))['rfq'].reference);
    const input = await quoteFor(w.as.alpine, alpineInv, '110.00');
    // Sent as an empty list: stored and hashed without the key.
    const receipt = (await w.as.alpine.ok(SUBMIT, { invitationId: alpineInv, input: { ...input, conditionalDiscounts: [] } }))['submitQuote'];
    expect(receipt.canonicalContent).not.toContain('conditionalDiscounts');
    const doc = JSON.parse(receipt.canonicalContent);
    const content: QuoteContent = doc.quote;
    expect(Object.keys(content).sort()).toEqual(['answers', 'attachments', 'currency', 'deliveryTerms', 'lines', 'note', 'paymentTerms', 'supplierReference', 'validUntil']);
    const again = receiptDocument({ format: 2, nonce: receipt.nonce, rfqReference: doc.rfq, supplierName: doc.supplier, revision: doc.revision, content });
    expect(sha256(again)).toBe(receipt.sha256);

    // A revision sealed before offers existed (written as the portal wrote it then) reads back with none and still verifies.
    const [quote] = await app.dataSource.query(`SELECT id, organization_id FROM quote WHERE invitation_id = $1`, [alpineInv]);
    const [user] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'supplier@alpine-components.example'`);
    const legacy: QuoteContent = { ...content, lines: content.lines.map((l) => ({ ...l, unitPrice: '105.00' })) };
    const canonical = receiptDocument({ format: 1, nonce: null, rfqReference: doc.rfq, supplierName: doc.supplier, revision: 2, content: legacy });
    await app.dataSource.query(
      `INSERT INTO quote_revision (organization_id, quote_id, rfq_id, revision, sealed, content_sha256, submitted_by, receipt_format) VALUES ($1, $2, $3, 2, $4, $5, $6, 1)`,
      [quote.organization_id, quote.id, rfqId, app.running.app.get(SealService).seal(legacy, `quote:${quote.id}:revision:2`), sha256(canonical), user.id],
    );
    await app.dataSource.query(`UPDATE quote SET current_revision = 2, submitted_at = now() WHERE id = $1`, [quote.id]);
    const revisions: Row[] = (await w.as.alpine.ok(PORTAL_QUOTE, { id: alpineInv }))['portalInvitation'].quote.revisions;
    const old = revisions.find((r) => r['revision'] === 2)!;
    expect(old).toMatchObject({ sha256: sha256(canonical), canonicalContent: canonical, receiptFormat: 1 });
    expect(old['content'].conditionalDiscounts).toEqual([]);
  });

  it('shows the buyer offers only where it may see prices: sealed before closing, hidden before the technical lock, shown after', async () => {
    expect((await w.as.buyer.error(QUOTES, { id: rfqId })).extensions?.['code']).toBe(ErrorCode.SEALED);

    await closeRfq(app, rfqId);
    const hidden = (await w.as.buyer.ok(QUOTES, { id: rfqId }))['rfq'];
    expect(hidden.pricesHidden).toBe(true);
    for (const q of hidden.quotes as Row[]) {
      for (const r of [q['latest'], ...q['revisions']]) expect(r.content.conditionalDiscounts).toEqual([]);
    }

    for (const o of (await w.as.buyer.ok(EVALUATION, { rfqId }))['rfqEvaluation'].technicalOutstanding as Row[]) {
      await w.as.specifier.ok(SCORE, { rfqId, invitationId: o['invitationId'], criterionKey: o['criterionKey'], score: 7 });
    }
    await w.as.buyer.ok(LOCK, { rfqId });
    const shown = (await w.as.buyer.ok(QUOTES, { id: rfqId }))['rfq'];
    const hanse = (shown.quotes as Row[]).find((q) => q['invitationId'] === hanseInv)!;
    expect(hanse['latest'].content.conditionalDiscounts).toEqual([
      { type: 'PERCENT', value: '2.5', minValue: '10000.00', lineKeys: [], note: 'On the whole order' },
      { type: 'AMOUNT', value: '500.00', minValue: null, lineKeys: [lineKeys[1], lineKeys[0]], note: '' },
    ]);
  });
});

/** An auction bid is the next revision of the quote: its prices change, its conditional offers stay. */
describe('conditional offers through an auction bid', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  }, 240_000);
  afterAll(() => app?.close());

  it('carries the offers of the current revision over to the bid unchanged', async () => {
    const a = await approvedAuction(app, w);
    // Hanse's submitted quote, given offers as a revision the portal wrote (the RFQ has closed, so not through the form).
    const [quote] = await app.dataSource.query(`SELECT id, organization_id, current_revision FROM quote WHERE invitation_id = $1`, [a.hanseInv]);
    const [user] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'supplier@hanse-industrie.example'`);
    const current = (await w.as.supplier.ok(PORTAL_QUOTE, { id: a.hanseInv }))['portalInvitation'].quote.revisions.find((r: Row) => r['revision'] === quote.current_revision);
    const doc = JSON.parse(current.canonicalContent);
    const offers = [{ type: 'PERCENT', value: '3', minValue: null, lineKeys: [a.lineKeys[0]], note: 'Line 1 complete' }];
    const content: QuoteContent = { ...doc.quote, conditionalDiscounts: offers };
    const revision = quote.current_revision + 1;
    const nonce = 'a'.repeat(64);
    const canonical = receiptDocument({ format: 2, nonce, rfqReference: doc.rfq, supplierName: doc.supplier, revision, content });
    const seal = app.running.app.get(SealService);
    await app.dataSource.query(
      `INSERT INTO quote_revision (organization_id, quote_id, rfq_id, revision, sealed, content_sha256, submitted_by, receipt_format, receipt_nonce_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 2, $8)`,
      [quote.organization_id, quote.id, a.rfqId, revision, seal.seal(content, `quote:${quote.id}:revision:${revision}`), sha256(canonical), user.id, seal.seal(nonce, `quote:${quote.id}:revision:${revision}:receipt-nonce`)],
    );
    await app.dataSource.query(`UPDATE quote SET current_revision = $2 WHERE id = $1`, [quote.id, revision]);

    startAuction(app, a);
    const res = await bid(w.as.supplier, a.auctionId, '1150.00');
    expect(res.errors).toBeUndefined();
    const revisions: Row[] = (await w.as.supplier.ok(PORTAL_QUOTE, { id: a.hanseInv }))['portalInvitation'].quote.revisions;
    const latest = revisions.reduce((x, y) => (y['revision'] > x['revision'] ? y : x));
    expect(latest['revision']).toBe(revision + 1);
    expect(latest['content'].total).toBe('1150.00');
    expect(latest['content'].conditionalDiscounts).toEqual(offers);
    expect(JSON.parse(latest['canonicalContent']).quote.conditionalDiscounts).toEqual(offers);
  });
});
