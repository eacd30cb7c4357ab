import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { QuoteContent, receiptDocument, SealService } from '@bc/api/quotes';
import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient, GraphQLResponse } from './support/graphql-client';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { passClosingTime } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

type Row = Record<string, any>;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const HEX64 = /[0-9a-f]{64}/g;

const RECEIPT = `invitationId revision submittedAt sha256 canonicalContent receiptFormat nonce`;
const PORTAL_REVISIONS = `query ($id: ID!) { portalInvitation(id: $id) { id quote { revisions { revision sha256 canonicalContent receiptFormat nonce } } } }`;
const CONTENT = `currency total supplierReference lines { lineKey unitPrice quantity leadTimeDays total alternatives { unitPrice total } } answers { requirementKey compliance }
  attachments { fileId name sizeBytes sha256 url }`;
const REVISION = `revision submittedAt sha256 canonicalContent receiptFormat nonce content { ${CONTENT} }`;
/** Everything of an RFQ a buying-side role can ask for, the quotes apart (they may be refused). */
const RFQ_VIEW = `query ($id: ID!) { rfq(id: $id) { id reference status pricesHidden technicalLockedAt
  invitations { id supplierName status quoteStatus submittedAt revisions } questions { id body answer } } }`;
const QUOTES = `query ($id: ID!) { rfq(id: $id) { id quotes { invitationId supplierName latest { ${REVISION} } revisions { ${REVISION} } } } }`;
const EVALUATION = `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { pricesHidden rankingComplete
  suppliers { invitationId supplierName rank total comparableTotal missing criteria { criterionKey score source mean } } sensitivity { stable leaderName } } }`;
const COMPARISON = `query ($rfqId: ID!) { rfqComparison(rfqId: $rfqId) { suppliers { supplierName total sha256 } } }`;
const AUDIT = `query ($after: String) { auditEvents(limit: 200, after: $after) { total endCursor hasNextPage items { action entityId summary hash } } }`;
const TIMELINE = `query ($id: ID!) { purchaseCase(id: $id) { id timeline { action summary occurredAt } } }`;
const OUTBOX = `query ($after: String) { mailOutbox(limit: 200, after: $after) { total endCursor hasNextPage items { id kind to subject status } } }`;
const LOCK = `mutation ($rfqId: ID!) { lockTechnicalScores(rfqId: $rfqId) { id technicalLockedAt } }`;
const SCORE = `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!) {
  scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: "Fits") { id } }`;

/** The prices an attacker tries: every cent from 90.00 to 140.00. */
function* candidatePrices(): Generator<string> {
  for (let cents = 9000; cents <= 14000; cents++) yield `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

interface Known {
  rfqReference: string;
  supplierName: string;
  revision: number;
  content: QuoteContent;
}

/**
 * The candidate-price attack: knowing everything of a one-line quote but its price (the strongest
 * buyer: the supplier's own content stands in for what the buyer knows), try every price against
 * every hash the buying side can read, in both receipt formats (format 2 without the nonce, which
 * the attacker does not have). Returns the prices that matched. (It blocks the server, which shares
 * this process, while it runs.)
 */
async function candidateAttack(visible: Set<string>, known: Known): Promise<string[]> {
  const found: string[] = [];
  for (const price of candidatePrices()) {
    const content: QuoteContent = { ...known.content, lines: known.content.lines.map((l, i) => (i === 0 ? { ...l, unitPrice: price } : l)) };
    const facts = { rfqReference: known.rfqReference, supplierName: known.supplierName, revision: known.revision, content };
    const guesses = [
      receiptDocument({ ...facts, format: 1, nonce: null }),
      canonicalize({ format: 2, rfq: facts.rfqReference, supplier: facts.supplierName, revision: facts.revision, quote: content }) ?? '',
    ];
    if (guesses.some((g) => visible.has(sha256(g)))) found.push(price);
  }
  // Let the server (same process) close the keep-alive connections that idled meanwhile before the next request.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return found;
}

/**
 * Receipts that reveal nothing (issue 11). A two-envelope RFQ: Hanse quotes one line at 137.25
 * (a format 2 receipt, with a nonce); Alpine has a revision written before format 2 existed (a
 * format 1 receipt, the hash of the content alone: 95.00 on one line). Before the technical lock
 * nothing the buying side can read holds a hash of either, and trying every price from 90.00 to
 * 140.00 against all it can read finds nothing; the supplier verifies its receipt with the nonce;
 * after the lock the buyer sees the very hashes the suppliers hold.
 */
describe('receipts that reveal nothing', () => {
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let caseId: string;
  let reference: string;
  let hanseInv: string;
  let alpineInv: string;
  let hanseReceipt: Row;
  let alpineLegacy: { sha256: string; canonical: string; known: Known };
  let hanseKnown: Known;

  const buyingSide = () => ({ buyer: w.as.buyer, specifier: w.as.specifier, gatekeeper: w.as.gatekeeper, advisor: w.as.advisor, admin: w.as.admin, decider: w.as.decider });
  const get = (client: GraphQLClient, path: string) => fetch(`${app.url}${path}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });

  async function pages(client: GraphQLClient, query: string, field: string): Promise<unknown[]> {
    const all: unknown[] = [];
    for (let after: string | null = null; ; ) {
      const res: GraphQLResponse = await client.request(query, { after });
      all.push(res);
      const page: { hasNextPage?: boolean; endCursor?: string } | undefined = res.data?.[field];
      if (!page?.hasNextPage) return all;
      after = page.endCursor ?? null;
    }
  }

  /** Everything the buying side can read about this RFQ, by every path, as each role gets it (errors included). */
  async function whatTheBuyingSideSees(): Promise<string> {
    const seen: unknown[] = [];
    for (const [, client] of Object.entries(buyingSide())) {
      seen.push(await client.request(RFQ_VIEW, { id: rfqId }));
      seen.push(await client.request(QUOTES, { id: rfqId }));
      seen.push(await client.request(EVALUATION, { rfqId }));
      seen.push(await client.request(COMPARISON, { rfqId }));
      seen.push(await client.request(TIMELINE, { id: caseId }));
      seen.push(await pages(client, AUDIT, 'auditEvents'));
      seen.push(await pages(client, OUTBOX, 'mailOutbox'));
      for (const path of [`/api/rfqs/${rfqId}/comparison.xlsx`, `/api/rfqs/${rfqId}/evaluation-report.pdf`, `/api/rfqs/${rfqId}/document.pdf`]) {
        seen.push(Buffer.from(await (await get(client, path)).arrayBuffer()).toString('latin1'));
      }
    }
    return JSON.stringify(seen);
  }

  const hashesIn = (text: string) => new Set(text.match(HEX64) ?? []);

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600), undefined, { twoEnvelope: true });
    ({ rfqId, caseId } = published);
    reference = published.rfq.reference;
    hanseInv = await invitationOf(w.as.supplier, reference);
    alpineInv = await invitationOf(w.as.alpine, reference);

    // One line quoted, the rest left out: a single unknown price.
    const oneLine = async (client: GraphQLClient, inv: string, price: string) => {
      const input = await quoteFor(client, inv, price);
      return { ...input, lines: (input['lines'] as Row[]).slice(0, 1) };
    };
    hanseReceipt = (await w.as.supplier.ok(`mutation ($invitationId: ID!, $input: QuoteInput!) { submitQuote(invitationId: $invitationId, input: $input) { ${RECEIPT} } }`, {
      invitationId: hanseInv,
      input: await oneLine(w.as.supplier, hanseInv, '137.25'),
    }))['submitQuote'];
    const hanseDoc = JSON.parse(hanseReceipt['canonicalContent']);
    hanseKnown = { rfqReference: hanseDoc.rfq, supplierName: hanseDoc.supplier, revision: hanseDoc.revision, content: hanseDoc.quote };

    // Alpine: revision 1 through the portal, then revision 2 as the portal wrote it before format 2 (data already in the database).
    const first = (await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpineInv, input: await oneLine(w.as.alpine, alpineInv, '99.00') }))['submitQuote'];
    const firstDoc = JSON.parse(first.canonicalContent);
    const [quote] = await app.dataSource.query(`SELECT id, organization_id, supplier_organization_id FROM quote WHERE invitation_id = $1`, [alpineInv]);
    const [user] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'supplier@alpine-components.example'`);
    const content: QuoteContent = { ...firstDoc.quote, lines: firstDoc.quote.lines.map((l: Row) => ({ ...l, unitPrice: '95.00' })) };
    const known: Known = { rfqReference: reference, supplierName: firstDoc.supplier, revision: 2, content };
    const canonical = receiptDocument({ ...known, format: 1, nonce: null });
    const sealed = app.running.app.get(SealService).seal(content, `quote:${quote.id}:revision:2`);
    await app.dataSource.query(
      `INSERT INTO quote_revision (organization_id, quote_id, rfq_id, revision, sealed, content_sha256, submitted_by, receipt_format) VALUES ($1, $2, $3, 2, $4, $5, $6, 1)`,
      [quote.organization_id, quote.id, rfqId, sealed, sha256(canonical), user.id],
    );
    await app.dataSource.query(`UPDATE quote SET current_revision = 2, submitted_at = now() WHERE id = $1`, [quote.id]);
    alpineLegacy = { sha256: sha256(canonical), canonical, known };
  }, 240_000);
  afterAll(() => app.close());

  async function close(): Promise<void> {
    await passClosingTime(app, rfqId);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
  }

  it('gives the supplier a commitment: format 2, a 256-bit nonce inside the hashed RFC 8785 document, and the hash of exactly that text', async () => {
    expect(hanseReceipt).toMatchObject({ revision: 1, receiptFormat: 2, nonce: expect.stringMatching(/^[0-9a-f]{64}$/), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const doc = JSON.parse(hanseReceipt['canonicalContent']);
    expect(doc).toMatchObject({ format: 2, nonce: hanseReceipt['nonce'], rfq: reference, revision: 1 });
    expect(doc.quote.lines.map((l: Row) => l.unitPrice)).toEqual(['137.25']);
    // The supplier verifies: the SHA-256 of the document is the receipt, and the document is the standard canonical form of its parts.
    expect(sha256(hanseReceipt['canonicalContent'])).toBe(hanseReceipt['sha256']);
    expect(canonicalize(doc)).toBe(hanseReceipt['canonicalContent']);
    // Without the right nonce the same content gives another hash.
    expect(sha256(canonicalize({ ...doc, nonce: 'f'.repeat(64) }) ?? '')).not.toBe(hanseReceipt['sha256']);
    // Nonces are fresh per submission.
    const again = (await w.as.supplier.ok(PORTAL_REVISIONS, { id: hanseInv }))['portalInvitation'].quote.revisions;
    expect(again).toEqual([{ revision: 1, sha256: hanseReceipt['sha256'], canonicalContent: hanseReceipt['canonicalContent'], receiptFormat: 2, nonce: hanseReceipt['nonce'] }]);
    // Stored sealed: the database holds the hash, never the nonce in clear.
    const [row] = await app.dataSource.query(`SELECT receipt_format, encode(receipt_nonce_sealed, 'hex') AS nonce_sealed, content_sha256 FROM quote_revision r JOIN quote q ON q.id = r.quote_id WHERE q.invitation_id = $1`, [hanseInv]);
    expect(row).toMatchObject({ receipt_format: 2, content_sha256: hanseReceipt['sha256'] });
    expect(row.nonce_sealed).not.toContain(hanseReceipt['nonce']);
    expect(row.nonce_sealed).not.toContain(Buffer.from(hanseReceipt['nonce']).toString('hex'));
  });

  it('keeps a receipt written before format 2 verifying: format 1, no nonce, the same hash from the same document', async () => {
    const revisions: Row[] = (await w.as.alpine.ok(PORTAL_REVISIONS, { id: alpineInv }))['portalInvitation'].quote.revisions;
    expect(revisions.map((r) => [r.revision, r.receiptFormat])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    const legacy = revisions[1];
    expect(legacy).toMatchObject({ sha256: alpineLegacy.sha256, canonicalContent: alpineLegacy.canonical, nonce: null });
    expect(sha256(legacy['canonicalContent'])).toBe(legacy['sha256']);
    expect(JSON.parse(legacy['canonicalContent'])).not.toHaveProperty('nonce');
  });

  it('emails the receipt with its nonce to the supplier, kept under the supplier company: never in the buying organization’s outbox', async () => {
    const [hanseOrg] = await app.dataSource.query(`SELECT organization_id FROM app_user WHERE email = 'supplier@hanse-industrie.example'`);
    const mails: Row[] = await app.dataSource.query(`SELECT organization_id, text_body, html_body FROM outbox_message WHERE kind = 'quote.receipt' AND lower(to_address) = 'supplier@hanse-industrie.example'`);
    expect(mails).toHaveLength(1);
    expect(mails[0]['organization_id']).toBe(hanseOrg.organization_id);
    for (const body of [mails[0]['text_body'], mails[0]['html_body']]) {
      expect(body).toContain(hanseReceipt['sha256']);
      expect(body).toContain(hanseReceipt['nonce']);
      expect(body).toMatch(/sha256sum|shasum/);
    }
    // The buying organization's outbox has the team's notice of the submission, not the supplier's receipt.
    const items: Row[] = (await pages(w.as.admin, OUTBOX, 'mailOutbox')).flatMap((p) => (p as Row)['data']['mailOutbox']['items']);
    expect(items.some((m) => m['kind'] === 'team.quote-submitted')).toBe(true);
    expect(items.filter((m) => m['kind'] === 'quote.receipt' || m['kind'] === 'quote.withdrawn')).toEqual([]);
    const [buyerOrgCount] = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE organization_id = $1 AND kind IN ('quote.receipt', 'quote.withdrawn')`, [w.organizationId]);
    expect(buyerOrgCount.n).toBe(0);
  });

  it('before closing: no hash by any buying-side path, and trying every price finds nothing', async () => {
    const visible = hashesIn(await whatTheBuyingSideSees());
    expect(visible.has(hanseReceipt['sha256'])).toBe(false);
    expect(visible.has(alpineLegacy.sha256)).toBe(false);
    expect(await candidateAttack(visible, hanseKnown)).toEqual([]);
    expect(await candidateAttack(visible, alpineLegacy.known)).toEqual([]);
  }, 240_000);

  it('the attack is real: against a format 1 hash it finds the price at once', async () => {
    expect(await candidateAttack(new Set([alpineLegacy.sha256]), alpineLegacy.known)).toEqual(['95.00']);
    // Against a format 2 hash it finds nothing even when that hash is in plain view: the nonce is missing.
    expect(await candidateAttack(new Set([hanseReceipt['sha256']]), hanseKnown)).toEqual([]);
  }, 120_000);

  it('two envelopes, closed, before the technical lock: the quotes without prices and without hashes; the attack finds nothing', async () => {
    await close();
    const quotes: Row[] = (await w.as.buyer.ok(QUOTES, { id: rfqId }))['rfq']['quotes'];
    expect(quotes).toHaveLength(2);
    for (const q of quotes) {
      for (const r of [q['latest'], ...q['revisions']]) {
        expect(r).toMatchObject({ sha256: null, nonce: null, canonicalContent: '' });
        expect(r.content.lines.map((l: Row) => l.unitPrice)).toEqual([null]);
      }
    }
    const closed: Row[] = ((await pages(w.as.admin, AUDIT, 'auditEvents')) as Row[])
      .flatMap((p) => p['data']['auditEvents']['items'])
      .filter((e: Row) => e['action'] === 'rfq.closed' && e['entityId'] === rfqId);
    expect(closed).toHaveLength(1);
    const summary = JSON.parse(closed[0]['summary']);
    expect(summary).not.toHaveProperty('receipts');
    expect(summary).toMatchObject({ receiptsAt: 'evaluation.technical-locked', quotesOpened: 2 });

    // The comparison (which names the receipts) stays refused.
    expect((await w.as.buyer.error(COMPARISON, { rfqId })).extensions?.code).toBe(ErrorCode.PRICES_HIDDEN);
    const visible = hashesIn(await whatTheBuyingSideSees());
    expect(visible.has(hanseReceipt['sha256'])).toBe(false);
    expect(visible.has(alpineLegacy.sha256)).toBe(false);
    expect(await candidateAttack(visible, hanseKnown)).toEqual([]);
    expect(await candidateAttack(visible, alpineLegacy.known)).toEqual([]);
  }, 240_000);

  it('after the technical lock: the buyer sees the very hashes the suppliers hold, recomputable from the documents shown, and the lock puts them on record', async () => {
    const evaluation = (await w.as.buyer.ok(`query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { technicalOutstanding { criterionKey invitationId } } }`, { rfqId }))['rfqEvaluation'];
    for (const o of evaluation.technicalOutstanding as Row[]) {
      expect((await w.as.specifier.request(SCORE, { rfqId, invitationId: o['invitationId'], criterionKey: o['criterionKey'], score: 7 })).errors).toBeUndefined();
    }
    expect((await w.as.buyer.request(LOCK, { rfqId })).errors).toBeUndefined();

    const quotes: Row[] = (await w.as.buyer.ok(QUOTES, { id: rfqId }))['rfq']['quotes'];
    const hanse = quotes.find((q) => q['invitationId'] === hanseInv)!;
    const alpine = quotes.find((q) => q['invitationId'] === alpineInv)!;
    expect(hanse['latest']).toMatchObject({ sha256: hanseReceipt['sha256'], canonicalContent: hanseReceipt['canonicalContent'], receiptFormat: 2, nonce: hanseReceipt['nonce'] });
    expect(alpine['latest']).toMatchObject({ revision: 2, sha256: alpineLegacy.sha256, canonicalContent: alpineLegacy.canonical, receiptFormat: 1, nonce: null });
    for (const q of quotes) for (const r of q['revisions']) expect(sha256(r['canonicalContent'])).toBe(r['sha256']);
    expect(hanse['latest'].content.lines.map((l: Row) => l.unitPrice)).toEqual(['137.25']);

    const locked: Row[] = ((await pages(w.as.gatekeeper, AUDIT, 'auditEvents')) as Row[])
      .flatMap((p) => p['data']['auditEvents']['items'])
      .filter((e: Row) => e['action'] === 'evaluation.technical-locked' && e['entityId'] === rfqId);
    expect(locked).toHaveLength(1);
    expect(JSON.parse(locked[0]['summary']).receipts).toEqual([
      expect.objectContaining({ supplier: expect.stringMatching(/^Alpine/), revision: 2, sha256: alpineLegacy.sha256 }),
      expect.objectContaining({ supplier: expect.stringMatching(/^Hanse/), revision: 1, sha256: hanseReceipt['sha256'] }),
    ]);
  });
});
