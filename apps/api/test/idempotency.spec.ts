import { ErrorCode } from '@bc/shared/domain';
import { IDEMPOTENCY_TTL_MS } from '@bc/api/core';
import { invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { advanceClock } from './support/test-clock';
import type { GraphQLClient } from './support/graphql-client';

const RAISE_NEED = `mutation ($input: RaiseNeedInput!) { raiseNeed(input: $input) { id title status createdAt } }`;
const WITHDRAW_NEED = `mutation ($id: ID!) { withdrawNeed(id: $id) { id status } }`;

describe('Idempotency-Key: a retried change has one effect and the first answer', () => {
  let app: TestApp;
  let w: RfqWorld;
  let requester: GraphQLClient;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    requester = await app.as('requester@nordwind.example');
  });
  afterAll(() => app?.close());

  const needs = async (title: string) => Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM need WHERE title = $1`, [title]))[0].n);
  const raise = (client: GraphQLClient, key: string, title: string) =>
    client.request(RAISE_NEED, { input: { title, justification: 'The line stops without them' } }, { 'Idempotency-Key': key });

  it('answers a repeat with the same key and body with the first answer, and stores one need and one audit event', async () => {
    const first = await raise(requester, 'need-key-1', 'Hydraulic pumps (retried)');
    const again = await raise(requester, 'need-key-1', 'Hydraulic pumps (retried)');
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await needs('Hydraulic pumps (retried)')).toBe(1);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [first.data?.['raiseNeed'].id]);
    expect(n).toBe(1);
  });

  it('refuses the same key with another body (IDEMPOTENCY_KEY_REUSED, naming the header) and stores nothing', async () => {
    await raise(requester, 'need-key-2', 'Gaskets');
    const other = await raise(requester, 'need-key-2', 'Gaskets, but more');
    expect(other.errors?.[0].extensions).toMatchObject({ code: ErrorCode.IDEMPOTENCY_KEY_REUSED, field: 'Idempotency-Key' });
    expect(await needs('Gaskets, but more')).toBe(0);
    expect(await needs('Gaskets')).toBe(1);
  });

  it('runs identical requests sent at once exactly once, and gives each the same answer', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => raise(requester, 'need-key-3', 'Bearings (burst)')));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data?.['raiseNeed'].id)).size).toBe(1);
    expect(await needs('Bearings (burst)')).toBe(1);
  });

  it('scopes keys to the user and the operation', async () => {
    const mine = await raise(requester, 'shared-key', 'Valves (requester)');
    const buyer = await app.as('buyer@nordwind.example');
    const theirs = await raise(buyer, 'shared-key', 'Valves (buyer)');
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.['raiseNeed'].id).not.toBe(mine.data?.['raiseNeed'].id);
    // The same key on another operation of the same user is another request.
    const withdrawn = await requester.request(WITHDRAW_NEED, { id: mine.data?.['raiseNeed'].id }, { 'Idempotency-Key': 'shared-key' });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.['withdrawNeed'].status).toBe('WITHDRAWN');
  });

  it('forgets a key after 24 hours: the same request is then a new one', async () => {
    const first = await raise(requester, 'need-key-4', 'Filters (daily)');
    advanceClock(app, IDEMPOTENCY_TTL_MS + 1000);
    const later = await raise(requester, 'need-key-4', 'Filters (daily)');
    expect(later.errors).toBeUndefined();
    expect(later.data?.['raiseNeed'].id).not.toBe(first.data?.['raiseNeed'].id);
    expect(await needs('Filters (daily)')).toBe(2);
  });

  it('refuses a malformed key with VALIDATION_FAILED naming the header, before anything is stored', async () => {
    for (const key of ['has spaces', 'x'.repeat(256)]) {
      const bad = await raise(requester, key, 'Never stored');
      expect(bad.errors?.[0].extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'Idempotency-Key' });
    }
    expect(await needs('Never stored')).toBe(0);
  });

  it('gives a supplier whose submitQuote answer was lost one revision and one receipt, however often it retries', async () => {
    const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId]);
    const invitationId = await invitationOf(w.as.supplier, rfq.reference);
    const input = await quoteFor(w.as.supplier, invitationId, '100.00');
    const tries = [];
    for (let i = 0; i < 5; i++) tries.push(await w.as.supplier.request(RFQ_OPS.submit, { invitationId, input }, { 'Idempotency-Key': 'quote-submit-1' }));
    for (const t of tries) expect(t.errors).toBeUndefined();
    for (const t of tries) expect(t.data).toEqual(tries[0].data);
    expect(tries[0].data?.['submitQuote'].revision).toBe(1);
    const [{ revisions }] = await app.dataSource.query(
      `SELECT count(*)::int AS revisions FROM quote_revision qr JOIN quote q ON q.id = qr.quote_id JOIN rfq_invitation i ON i.id = q.invitation_id WHERE i.rfq_id = $1`,
      [rfqId],
    );
    expect(revisions).toBe(1);
    const [{ receipts }] = await app.dataSource.query(`SELECT count(*)::int AS receipts FROM domain_event WHERE type = 'quote.submitted' AND payload->>'invitationId' = $1`, [invitationId]);
    expect(receipts).toBe(1);
    // A new key is a new submission: a second revision.
    const next = await w.as.supplier.request(RFQ_OPS.submit, { invitationId, input }, { 'Idempotency-Key': 'quote-submit-2' });
    expect(next.data?.['submitQuote'].revision).toBe(2);
  });

  it('keys a REST upload too: a retried upload stores one file and answers the first upload; another file under the key is refused', async () => {
    const buyer = await app.as('buyer@nordwind.example');
    const upload = (content: string, key: string) => {
      const form = new FormData();
      form.append('file', new Blob([content], { type: 'text/plain' }), 'Prüfbericht.txt');
      return fetch(`${app.url}/api/files`, { method: 'POST', body: form, headers: { cookie: buyer.sessionCookie ?? '', 'x-bc-csrf': '1', 'Idempotency-Key': key } });
    };
    const first = await upload('pressure test passed', 'upload-key-1');
    const again = await upload('pressure test passed', 'upload-key-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    const answer = await first.json();
    expect(await again.json()).toEqual(answer);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM stored_file WHERE sha256 = $1`, [answer.sha256]);
    expect(n).toBe(1);
    const other = await upload('pressure test failed', 'upload-key-1');
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ code: ErrorCode.IDEMPOTENCY_KEY_REUSED, field: 'Idempotency-Key' });
  });
});
