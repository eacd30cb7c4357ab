import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { receiptHash } from '@bc/api/quotes';
import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode, lineTotal, quoteTotal } from '@bc/shared/domain';
import type { GraphQLClient, GraphQLResponse } from './support/graphql-client';
import { CASE_FIELDS, OPS, userIds } from './support/purchasing-fixtures';
import { letClosingTimePass } from './support/rfq-clock';
import { DEMO, invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_FIELDS, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CONTENT = `currency supplierReference validUntil paymentTerms deliveryTerms note total
  lines { lineKey unitPrice quantity leadTimeDays note total alternatives { description unitPrice quantity leadTimeDays total } }
  answers { requirementKey compliance comment } attachments { fileId name sizeBytes sha256 url }`;
const REVISION = `revision submittedAt sha256 canonicalContent content { ${CONTENT} }`;
const QUOTES = `query ($id: ID!) { rfq(id: $id) { id status quotesOpen quotes { invitationId supplierId supplierName latest { ${REVISION} } revisions { ${REVISION} } } } }`;
const CASE_WITH_QUOTES = `query ($id: ID!) { purchaseCase(id: $id) { id stage rfq { id status quotes { supplierName latest { ${REVISION} } } } } }`;
const CASE_WITH_RFQ = `query ($id: ID!) { purchaseCase(id: $id) { ${CASE_FIELDS} rfq { ${RFQ_FIELDS} questions { id body supplierName answer } } } }`;
const CASE_LIST = `{ purchaseCases(limit: 100) { total items { id reference title stage rfq { ${RFQ_FIELDS} } } } purchaseCaseCounts { stage count } }`;
const CASE_LIST_WITH_QUOTES = `{ purchaseCases(limit: 100) { items { id rfq { id quotes { supplierName latest { sha256 content { total note } } } } } } }`;
const AUDIT = `query ($after: String) { auditEvents(limit: 200, after: $after) { total endCursor hasNextPage items { id sequence action actorName entityType entityId occurredAt hash summary } } }`;
const OUTBOX = `query ($after: String) { mailOutbox(limit: 200, after: $after) { total endCursor hasNextPage items { id kind to toName subject status lastError attempts createdAt sentAt } } }`;

const TEAM = ['buyer', 'gatekeeper', 'specifier', 'advisor', 'decider'] as const;
type BuyerSide = (typeof TEAM)[number] | 'admin';

const ATTACHMENT = { name: 'hanse-offer-SECRET-4242.pdf', body: '%PDF-1.4 ATTACHMENT-BYTES-SECRET-31337' };

interface Revision {
  revision: number;
  submittedAt: string;
  sha256: string;
  canonicalContent: string;
  content: { note: string; total: string | null; lines: Array<{ unitPrice: string | null }>; attachments: unknown[] };
}
interface OpenedQuote {
  supplierName: string;
  latest: Revision;
  revisions: Revision[];
}

/** The data of a response that must have some. */
function dataOf(res: GraphQLResponse): NonNullable<GraphQLResponse['data']> {
  if (!res.data) throw new Error(`No data: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/**
 * The text of a PDF as a reader shows it (its streams are compressed, so the raw bytes prove little).
 * pdf-parse runs in a plain Node child: its worker's dynamic import() does not load in jest's sandbox.
 */
function pdfText(pdf: Buffer): Promise<string> {
  const script = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try { process.stdout.write((await parser.getText()).text); } finally { await parser.destroy(); }
});`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script, require.resolve('pdf-parse')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.replace(/\s+/g, ' ')),
    );
    child.stdin?.end(pdf);
  });
}

/** Fails naming what leaked and where, if `value` (as the client got it) contains any of `secrets`. */
function expectSealed(value: unknown, secrets: readonly string[], where: string): void {
  const text = Buffer.isBuffer(value) ? value.toString('latin1') : typeof value === 'string' ? value : JSON.stringify(value);
  const leaked = secrets.filter((s) => text.includes(s));
  expect(leaked.length ? `${where} shows ${leaked.join(', ')}` : 'sealed').toBe('sealed');
}

describe('sealed quotes: no buyer-side path reads a quote before closing', () => {
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let caseId: string;
  let reference: string;
  let fileId: string;
  /** Another file of Hanse's, never attached to a quote. */
  let unattachedFileId: string;
  let hanseInv: string;
  let alpineInv: string;
  const receipts: Record<'hanse1' | 'hanse2' | 'alpine1', { revision: number; sha256: string; canonicalContent: string; submittedAt: string }> = {} as never;
  /** Everything of the submitted quotes that must not reach the buyer side before closing. */
  const secrets: string[] = [];
  /** What the suppliers only saved as drafts: never for the buyer side, not even after closing. */
  const draftSecrets = ['55555.4444', 'DRAFT-NOTE-HANSE', '66666.3333', 'DRAFT-NOTE-ALPINE'];
  const PRICES = { hanse1: '98765.4321', hanse2: '87654.3219', alpine1: '76543.2198' };
  const NOTES = { hanse1: 'SECRET-NOTE-XYZ', hanse2: 'SECRET-NOTE-REV2', alpine1: 'SECRET-NOTE-ALPINE' };
  let quantities: string[] = [];

  const as = (role: BuyerSide): GraphQLClient => w.as[role];
  const get = (client: GraphQLClient | null, path: string) => fetch(`${app.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
  const allPages = async (client: GraphQLClient, query: string, field: string) => {
    const pages: unknown[] = [];
    for (let after: string | null = null; ; ) {
      const res: GraphQLResponse = await client.request(query, { after });
      pages.push(res);
      const page: { hasNextPage?: boolean; endCursor?: string } | undefined = res.data?.[field];
      if (page?.hasNextPage) after = page.endCursor ?? null;
      else return { pages, items: pages.flatMap((p) => ((p as { data?: Record<string, { items: unknown[] }> }).data?.[field]?.items ?? [])) };
    }
  };

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    ({ rfqId, caseId, rfq: { reference } } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600)));
    // Everyone of the buyer side on the team: the specifier is there from the specification, advisor and decider join now.
    const ids = await userIds(app);
    for (const role of ['ADVISOR', 'DECIDER'] as const) {
      await w.as.buyer.ok(OPS.addMember, { caseId, userId: ids[DEMO[role.toLowerCase() as 'advisor' | 'decider']], role });
    }

    hanseInv = await invitationOf(w.as.supplier, reference);
    alpineInv = await invitationOf(w.as.alpine, reference);

    // Hanse attaches a file it uploaded itself.
    const form = new FormData();
    form.append('file', new Blob([ATTACHMENT.body], { type: 'application/pdf' }), ATTACHMENT.name);
    const uploaded = await fetch(`${app.url}/api/files`, { method: 'POST', body: form, headers: { cookie: w.as.supplier.sessionCookie ?? '', 'x-bc-csrf': '1' } });
    expect(uploaded.status).toBe(201);
    fileId = ((await uploaded.json()) as { id: string }).id;
    const another = new FormData();
    another.append('file', new Blob(['UNATTACHED-HANSE-FILE'], { type: 'text/plain' }), 'not-in-the-quote.txt');
    const notAttached = await fetch(`${app.url}/api/files`, { method: 'POST', body: another, headers: { cookie: w.as.supplier.sessionCookie ?? '', 'x-bc-csrf': '1' } });
    unattachedFileId = ((await notAttached.json()) as { id: string }).id;

    // Alpine saves a draft before it submits: the buyer must not learn of it.
    await w.as.alpine.ok(RFQ_OPS.saveDraft, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '66666.3333', { note: 'DRAFT-NOTE-ALPINE' }) });

    const submit = async (client: GraphQLClient, inv: string, key: keyof typeof PRICES, extra: Record<string, unknown> = {}) => {
      const input = await quoteFor(client, inv, PRICES[key], { note: NOTES[key], supplierReference: `REF-${NOTES[key]}`, ...extra });
      quantities = (input['lines'] as Array<{ quantity: string }>).map((l) => l.quantity);
      receipts[key] = (await client.ok(RFQ_OPS.submit, { invitationId: inv, input }))['submitQuote'];
    };
    await submit(w.as.supplier, hanseInv, 'hanse1', { attachmentIds: [fileId] });
    await submit(w.as.supplier, hanseInv, 'hanse2', { attachmentIds: [fileId] });
    await submit(w.as.alpine, alpineInv, 'alpine1');
    // Hanse keeps working on a draft after its second revision.
    await w.as.supplier.ok(RFQ_OPS.saveDraft, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '55555.4444', { note: 'DRAFT-NOTE-HANSE' }) });

    const lines = (price: string) => quantities.map((quantity) => ({ unitPrice: price, quantity }));
    for (const key of Object.keys(PRICES) as Array<keyof typeof PRICES>) {
      const total = quoteTotal(lines(PRICES[key]));
      secrets.push(PRICES[key], NOTES[key], `REF-${NOTES[key]}`, String(total), ...lines(PRICES[key]).map((l) => String(lineTotal(l))), receipts[key].sha256);
    }
    secrets.push(fileId, ATTACHMENT.name, 'ATTACHMENT-BYTES-SECRET-31337', createHash('sha256').update(ATTACHMENT.body).digest('hex'));
  });
  afterAll(() => app?.close());

  it('sets the scene: three receipts, distinctive amounts, a team of every buyer-side role', async () => {
    expect([receipts.hanse1.revision, receipts.hanse2.revision, receipts.alpine1.revision]).toEqual([1, 2, 1]);
    expect(new Set(secrets).size).toBe(secrets.length);
    // Every amount is long enough not to turn up by chance (in an id, a date or a count).
    for (const s of secrets) expect(s.length).toBeGreaterThanOrEqual(8);
    const team = (await w.as.buyer.ok(OPS.purchaseCase, { id: caseId }))['purchaseCase'].team.map((m: { role: string }) => m.role);
    expect(team).toEqual(expect.arrayContaining(['SPECIFIER', 'ADVISOR', 'DECIDER']));
  });

  it.each(TEAM)('%s: rfq { quotes } is SEALED, and the error tells no content', async (role) => {
    const res = await as(role).request(QUOTES, { id: rfqId });
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.SEALED);
    expect(res.errors?.[0].message).toContain(reference);
    expectSealed(res, [...secrets, ...draftSecrets], `${role}: rfq.quotes`);
  });

  it.each(TEAM)('%s: rfq { invitations } shows who submitted and when, never what (and no draft)', async (role) => {
    const res = await as(role).request(RFQ_OPS.rfq, { id: rfqId });
    expect(res.errors).toBeUndefined();
    const rfq = dataOf(res)['rfq'];
    expect(rfq.quotesOpen).toBe(false);
    const byName = Object.fromEntries(rfq.invitations.map((i: { supplierName: string }) => [i.supplierName.split(' ')[0], i]));
    expect(byName['Hanse']).toMatchObject({ quoteStatus: 'SUBMITTED', revisions: 2, submittedAt: receipts.hanse2.submittedAt });
    expect(byName['Alpine']).toMatchObject({ quoteStatus: 'SUBMITTED', revisions: 1, submittedAt: receipts.alpine1.submittedAt });
    expectSealed(res, [...secrets, ...draftSecrets], `${role}: rfq.invitations`);
  });

  it.each(TEAM)('%s: the case, its nested RFQ and the case list and board tell nothing; nested quotes are SEALED', async (role) => {
    const nested = await as(role).request(CASE_WITH_QUOTES, { id: caseId });
    expect(nested.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.SEALED]);
    expectSealed(nested, [...secrets, ...draftSecrets], `${role}: purchaseCase.rfq.quotes`);

    const plain = await as(role).request(CASE_WITH_RFQ, { id: caseId });
    expect(plain.errors).toBeUndefined();
    expect(dataOf(plain)['purchaseCase'].rfq.status).toBe('PUBLISHED');
    expectSealed(plain, [...secrets, ...draftSecrets], `${role}: purchaseCase.rfq`);

    const list = await as(role).request(CASE_LIST);
    expect(list.errors).toBeUndefined();
    expect(dataOf(list)['purchaseCases'].items.map((c: { id: string }) => c.id)).toContain(caseId);
    expectSealed(list, [...secrets, ...draftSecrets], `${role}: purchaseCases`);

    const listQuotes = await as(role).request(CASE_LIST_WITH_QUOTES);
    expect(listQuotes.errors?.length).toBeGreaterThan(0);
    expect(new Set((listQuotes.errors ?? []).map((e) => e.extensions?.code))).toEqual(new Set([ErrorCode.SEALED]));
    expectSealed(listQuotes, [...secrets, ...draftSecrets], `${role}: purchaseCases.rfq.quotes`);
  });

  it('admin: no RFQ or case access at all, and nothing sealed in the refusals', async () => {
    for (const [query, vars] of [
      [QUOTES, { id: rfqId }],
      [RFQ_OPS.rfq, { id: rfqId }],
      [CASE_WITH_QUOTES, { id: caseId }],
      [CASE_LIST_WITH_QUOTES, {}],
    ] as const) {
      const res = await as('admin').request(query, vars);
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.errors?.[0].extensions?.code).not.toBe(ErrorCode.SEALED);
      expectSealed(res, [...secrets, ...draftSecrets], `admin: ${query.slice(0, 40)}`);
    }
  });

  it.each(['admin', 'gatekeeper'] as const)('%s: the audit trail records each submission without its content or receipt hash', async (role) => {
    const { pages, items } = await allPages(as(role), AUDIT, 'auditEvents');
    const actions = (items as Array<{ action: string; entityId: string }>).filter((e) => e.entityId === rfqId).map((e) => e.action);
    expect(actions.filter((a) => a === 'quote.submitted')).toHaveLength(3);
    expectSealed(pages, [...secrets, ...draftSecrets], `${role}: auditEvents`);
  });

  it('the audit table holds no price or note at all, and the buyer organization\'s chain no receipt hash or attachment', async () => {
    const all: Array<{ summary: unknown }> = await app.dataSource.query(`SELECT summary FROM audit_event`);
    expectSealed(all, [...Object.values(PRICES), ...Object.values(NOTES), ...draftSecrets], 'audit_event (every organization)');
    const ours: Array<{ summary: unknown }> = await app.dataSource.query(`SELECT summary FROM audit_event WHERE organization_id = $1`, [w.organizationId]);
    expectSealed(ours, [...secrets, ...draftSecrets], 'audit_event (buyer organization)');
  });

  it("admin: the mail outbox, and the text of every mail to the buying team, tell who submitted, never what", async () => {
    const { pages, items } = await allPages(as('admin'), OUTBOX, 'mailOutbox');
    expect((items as Array<{ kind: string }>).filter((m) => m.kind === 'team.quote-submitted').length).toBeGreaterThanOrEqual(3);
    expectSealed(pages, [...secrets, ...draftSecrets], 'admin: mailOutbox');
    const teamMails: Array<Record<string, unknown>> = await app.dataSource.query(
      `SELECT subject, text_body, html_body, attachments FROM outbox_message WHERE lower(to_address) IN (SELECT lower(email) FROM app_user WHERE organization_id = $1)`,
      [w.organizationId],
    );
    expect(teamMails.length).toBeGreaterThan(0);
    expectSealed(teamMails, [...secrets, ...draftSecrets], 'mails to the buying team');
  });

  it.each(TEAM)('%s: the RFQ document downloads without any quote in it; quote files and the file route answer 404', async (role) => {
    const pdf = await get(as(role), `/api/rfqs/${rfqId}/document.pdf`);
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expectSealed(bytes, [...secrets, ...draftSecrets], `${role}: document.pdf`);
    if (role === 'buyer') {
      const text = await pdfText(bytes);
      expect(text).toContain(reference);
      expectSealed(text, [...secrets, ...draftSecrets], 'buyer: document.pdf text');
    }

    const quoteFile = await get(as(role), `/api/rfqs/${rfqId}/quote-files/${fileId}`);
    expect(quoteFile.status).toBe(404);
    expectSealed(await quoteFile.text(), secrets, `${role}: quote-files`);

    const file = await get(as(role), `/api/files/${fileId}`);
    expect(file.status).toBe(404);
    expectSealed(await file.text(), secrets, `${role}: /api/files`);
  });

  it('admin: no document, no quote file, no file', async () => {
    for (const path of [`/api/rfqs/${rfqId}/document.pdf`, `/api/rfqs/${rfqId}/quote-files/${fileId}`, `/api/files/${fileId}`]) {
      const res = await get(as('admin'), path);
      expect([403, 404]).toContain(res.status);
      expectSealed(await res.text(), secrets, `admin: ${path}`);
    }
  });

  it('the database keeps quote content only encrypted: no price, note or attachment in the sealed columns', async () => {
    const revisions: Array<{ sealed: Buffer }> = await app.dataSource.query(`SELECT sealed FROM quote_revision WHERE rfq_id = $1`, [rfqId]);
    expect(revisions).toHaveLength(3);
    const drafts: Array<{ draft_sealed: Buffer | null }> = await app.dataSource.query(`SELECT draft_sealed FROM quote WHERE rfq_id = $1`, [rfqId]);
    // Hanse's draft after its second revision; Alpine's early draft went with its submission.
    expect(drafts.filter((d) => d.draft_sealed)).toHaveLength(1);
    for (const blob of [...revisions.map((r) => r.sealed), ...drafts.flatMap((d) => (d.draft_sealed ? [d.draft_sealed] : []))]) {
      expect(Buffer.isBuffer(blob)).toBe(true);
      for (const s of [...Object.values(PRICES), ...Object.values(NOTES), ...draftSecrets, ATTACHMENT.name, fileId]) {
        expect(blob.includes(Buffer.from(s, 'utf8'))).toBe(false);
      }
    }
    // Nothing else in the quote tables carries content either.
    const rows = await app.dataSource.query(
      `SELECT q.status, q.withdraw_reason, q.current_revision, r.revision, r.content_sha256 FROM quote q LEFT JOIN quote_revision r ON r.quote_id = q.id WHERE q.rfq_id = $1`,
      [rfqId],
    );
    expectSealed(rows, [...Object.values(PRICES), ...Object.values(NOTES), ...draftSecrets], 'quote tables');
  });

  it("a supplier's own mistakes and probes echo nothing of another supplier's quote", async () => {
    // A bad quote: the refusal talks about Alpine's input only.
    const bad = await w.as.alpine.request(RFQ_OPS.submit, {
      invitationId: alpineInv,
      input: { ...(await quoteFor(w.as.alpine, alpineInv, '1.00')), lines: [{ lineKey: '00000000-0000-4000-8000-000000000000', unitPrice: '1.00', quantity: '1', leadTimeDays: 1 }] },
    });
    expect(bad.errors?.[0].extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expectSealed(bad, secrets, 'alpine: bad submission');
    // Hanse's file, attached by Alpine: not a file of Alpine's.
    const foreign = await w.as.alpine.request(RFQ_OPS.submit, {
      invitationId: alpineInv,
      input: await quoteFor(w.as.alpine, alpineInv, '1.00', { attachmentIds: [fileId] }),
    });
    expect(foreign.errors?.[0].extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expectSealed(foreign, secrets.filter((s) => s !== fileId), 'alpine: foreign attachment');
    // Hanse's invitation, opened by Alpine: not found.
    const other = await w.as.alpine.request(RFQ_OPS.portalOne, { id: hanseInv });
    expect(other.errors?.[0].extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expectSealed(other, secrets, "alpine: Hanse's invitation");
    // Alpine's own view: its own quote, nothing of Hanse's.
    const own = await w.as.alpine.request(RFQ_OPS.portalOne, { id: alpineInv });
    expect(own.errors).toBeUndefined();
    expect(JSON.stringify(own)).toContain(PRICES.alpine1);
    expectSealed(own, [PRICES.hanse1, PRICES.hanse2, NOTES.hanse1, NOTES.hanse2, receipts.hanse1.sha256, receipts.hanse2.sha256, 'DRAFT-NOTE-HANSE'], 'alpine: own invitation');
    // Hanse's file from Alpine's session: 404.
    expect((await get(w.as.alpine, `/api/files/${fileId}`)).status).toBe(404);
    expect((await get(w.as.alpine, `/api/rfqs/${rfqId}/quote-files/${fileId}`)).status).not.toBe(200);
  });

  describe('after the server closed the RFQ', () => {
    beforeAll(async () => {
      await letClosingTimePass(app, rfqId);
      expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
    });

    it('opens every submitted quote, with both revisions of the revised one, each matching its receipt', async () => {
      const res = await w.as.buyer.request(QUOTES, { id: rfqId });
      expect(res.errors).toBeUndefined();
      const rfq = dataOf(res)['rfq'];
      expect(rfq).toMatchObject({ status: 'CLOSED', quotesOpen: true });
      const quotes: OpenedQuote[] = rfq.quotes;
      expect(quotes.map((q) => q.supplierName.split(' ')[0])).toEqual(['Alpine', 'Hanse']);
      const [alpine, hanse] = quotes;

      expect(hanse.revisions.map((r) => r.revision)).toEqual([1, 2]);
      expect(hanse.latest.revision).toBe(2);
      const expected = { hanse1: hanse.revisions[0], hanse2: hanse.revisions[1], alpine1: alpine.latest };
      for (const key of Object.keys(expected) as Array<keyof typeof expected>) {
        const r = expected[key];
        expect(r.content.lines.map((l) => l.unitPrice)).toEqual(quantities.map(() => PRICES[key]));
        expect(r.content.note).toBe(NOTES[key]);
        expect(r.content.total).toBe(quoteTotal(quantities.map((quantity) => ({ unitPrice: PRICES[key], quantity }))));
        // The receipt: what the supplier got at submission, and recomputable from the text shown.
        expect(r.sha256).toBe(receipts[key].sha256);
        expect(r.canonicalContent).toBe(receipts[key].canonicalContent);
        expect(receiptHash(r.canonicalContent)).toBe(r.sha256);
        expect(createHash('sha256').update(r.canonicalContent, 'utf8').digest('hex')).toBe(r.sha256);
        expect(r.submittedAt).toBe(receipts[key].submittedAt);
      }
      expect(hanse.latest.sha256).toBe(receipts.hanse2.sha256);
      expect(hanse.latest.content.attachments).toEqual([
        {
          fileId,
          name: ATTACHMENT.name,
          sizeBytes: ATTACHMENT.body.length,
          sha256: createHash('sha256').update(ATTACHMENT.body).digest('hex'),
          url: `/api/rfqs/${rfqId}/quote-files/${fileId}`,
        },
      ]);
      expect(alpine.latest.content.attachments).toEqual([]);
    });

    it.each(TEAM)('%s reads the opened quotes, directly and through the case', async (role) => {
      const direct = await as(role).request(QUOTES, { id: rfqId });
      expect(direct.errors).toBeUndefined();
      expect(dataOf(direct)['rfq'].quotes).toHaveLength(2);
      const nested = await as(role).request(CASE_WITH_QUOTES, { id: caseId });
      expect(nested.errors).toBeUndefined();
      expect(dataOf(nested)['purchaseCase']).toMatchObject({ stage: 'EVALUATION', rfq: { status: 'CLOSED' } });
      expect(dataOf(nested)['purchaseCase'].rfq.quotes.map((q: { latest: { sha256: string } }) => q.latest.sha256).sort()).toEqual(
        [receipts.alpine1.sha256, receipts.hanse2.sha256].sort(),
      );
    });

    it('the attachment downloads through the quote-files route with the bytes the supplier uploaded; the plain file route stays 404', async () => {
      for (const role of ['buyer', 'decider'] as const) {
        const res = await get(as(role), `/api/rfqs/${rfqId}/quote-files/${fileId}`);
        expect(res.status).toBe(200);
        const bytes = Buffer.from(await res.arrayBuffer());
        expect(bytes.toString('utf8')).toBe(ATTACHMENT.body);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(ATTACHMENT.body).digest('hex'));
      }
      expect((await get(as('buyer'), `/api/files/${fileId}`)).status).toBe(404);
      expect((await get(as('admin'), `/api/rfqs/${rfqId}/quote-files/${fileId}`)).status).not.toBe(200);
      // The route opens the attachments of this RFQ's quotes only, not any other file of the supplier.
      const other = await get(as('buyer'), `/api/rfqs/${rfqId}/quote-files/${unattachedFileId}`);
      expect(other.status).toBe(404);
      expectSealed(await other.text(), ['UNATTACHED-HANSE-FILE'], 'buyer: an unattached supplier file');
    });

    it('the audit trail has one rfq.closed event listing the receipts of the opened quotes', async () => {
      const { items } = await allPages(as('gatekeeper'), AUDIT, 'auditEvents');
      const closed = (items as Array<{ action: string; entityId: string; summary: string; actorName: string | null }>).filter(
        (e) => e.entityId === rfqId && e.action === 'rfq.closed',
      );
      expect(closed).toHaveLength(1);
      const summary = JSON.parse(closed[0].summary);
      expect(summary).toMatchObject({ reference, invited: 2, quotesOpened: 2 });
      expect(summary.receipts).toEqual([
        expect.objectContaining({ supplier: expect.stringMatching(/^Alpine/), revision: 1, sha256: receipts.alpine1.sha256, submittedAt: receipts.alpine1.submittedAt }),
        expect.objectContaining({ supplier: expect.stringMatching(/^Hanse/), revision: 2, sha256: receipts.hanse2.sha256, submittedAt: receipts.hanse2.submittedAt }),
      ]);
    });

    it('drafts stay the suppliers\' own: not in the opened quotes, the invitations, the audit trail or the mails', async () => {
      for (const role of TEAM) {
        const quotes = await as(role).request(QUOTES, { id: rfqId });
        expectSealed(quotes, draftSecrets, `${role}: opened quotes`);
        const rfq = await as(role).request(RFQ_OPS.rfq, { id: rfqId });
        expectSealed(rfq, draftSecrets, `${role}: rfq`);
      }
      const audit = await allPages(as('admin'), AUDIT, 'auditEvents');
      expectSealed(audit.pages, draftSecrets, 'admin: auditEvents');
      const mails = await app.dataSource.query(`SELECT subject, text_body, html_body FROM outbox_message`);
      expectSealed(mails, draftSecrets, 'every mail');
      // The supplier still has its draft.
      const own = (await w.as.supplier.ok(RFQ_OPS.portalOne, { id: hanseInv }))['portalInvitation'];
      expect(own.quote.draft.lines[0].unitPrice).toBe('55555.4444');
    });
  });

  it("drafts do not even show as existing to the buyer side's audit trail", async () => {
    for (const role of ['admin', 'gatekeeper'] as const) {
      const { items } = await allPages(as(role), AUDIT, 'auditEvents');
      expect((items as Array<{ action: string }>).filter((e) => e.action === 'quote.draft-saved')).toEqual([]);
    }
  });

  it('a quote that only ever was a draft: no submission shown before closing, nothing opened after', async () => {
    const second = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    const inv = await invitationOf(w.as.supplier, second.rfq.reference);
    await w.as.supplier.ok(RFQ_OPS.saveDraft, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '44444.7777', { note: 'ONLY-A-DRAFT-NOTE' }) });
    const only = ['44444.7777', 'ONLY-A-DRAFT-NOTE'];

    const before = await w.as.buyer.request(RFQ_OPS.rfq, { id: second.rfqId });
    expect(dataOf(before)['rfq'].invitations.map((i: { quoteStatus: string | null; submittedAt: string | null; revisions: number }) => [i.quoteStatus, i.submittedAt, i.revisions])).toEqual([
      [null, null, 0],
      [null, null, 0],
    ]);
    expectSealed(before, only, 'buyer: rfq before closing');

    await letClosingTimePass(app, second.rfqId);
    expect(await app.running.app.get(RfqClosingService).close(second.rfqId)).toBe(true);
    const after = await w.as.buyer.request(QUOTES, { id: second.rfqId });
    expect(after.errors).toBeUndefined();
    expect(dataOf(after)['rfq'].quotes).toEqual([]);
    const invitations = await w.as.buyer.request(RFQ_OPS.rfq, { id: second.rfqId });
    expect(dataOf(invitations)['rfq'].invitations.map((i: { quoteStatus: string | null }) => i.quoteStatus)).toEqual([null, null]);
    expectSealed([after, invitations], only, 'buyer: after closing');
    const [closed] = await app.dataSource.query(`SELECT summary FROM audit_event WHERE entity_id = $1 AND action = 'rfq.closed'`, [second.rfqId]);
    expect(closed.summary).toMatchObject({ quotesOpened: 0, receipts: [] });
  });
});
