import { execFile } from 'node:child_process';
import { RfqClosingService } from '@bc/api/rfq';
import type { GraphQLClient } from './support/graphql-client';
import { DEMO, OPS as CASE_OPS, userIds } from './support/purchasing-fixtures';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { passClosingTime } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const OPS = {
  evaluation: `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { rankingComplete suppliers { invitationId supplierName rank total } } }`,
  score: `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!, $comment: String!) {
    scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: $comment) { id counted } }`,
  setRate: `mutation ($rfqId: ID!, $currency: String!, $rate: String!) { setRfqExchangeRate(rfqId: $rfqId, currency: $currency, rate: $rate) { currency rate } }`,
};

/** pdf-parse (pdf.js) needs a dynamic import() that jest's sandbox refuses: the text is read in a child process. */
const EXTRACT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    process.stdout.write(JSON.stringify((await parser.getText()).pages.map((p) => p.text)));
  } finally {
    await parser.destroy();
  }
});
`;

function textOf(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT, require.resolve('pdf-parse')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      resolve((JSON.parse(stdout) as string[]).join('\n').replace(/\s+/g, ' '));
    });
    child.stdin?.end(pdf);
  });
}

/**
 * The evaluation report PDF of the scoring suite's RFQ (routine criteria; Hanse 1200.00 EUR with a
 * recorded performance of 70, Alpine 1500.00 USD at 0.9): sealed (404) before closing; after
 * closing and scoring the buyer downloads it with the ranking, the scores and the sensitivity; a
 * supplier user and a requester are refused, another organization gets 404.
 */
describe('the evaluation report PDF', () => {
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let reference: string;
  let hanseInv: string;
  let alpineInv: string;

  const path = () => `/api/rfqs/${rfqId}/evaluation-report.pdf`;
  const get = (client: GraphQLClient, url = path()) => fetch(`${app.url}${url}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });
  const scored = (client: GraphQLClient, invitationId: string, criterionKey: string, score: number, comment: string) =>
    client.ok(OPS.score, { rfqId, invitationId, criterionKey, score, comment });

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    rfqId = published.rfqId;
    reference = published.rfq.reference;
    const ids = await userIds(app);
    await w.as.buyer.ok(CASE_OPS.addMember, { caseId: published.caseId, userId: ids[DEMO.advisor], role: 'ADVISOR' });
    await app.dataSource.query(`UPDATE supplier SET reliability_score = 70 WHERE id = $1`, [w.hanseSupplierId]);
    hanseInv = await invitationOf(w.as.supplier, reference);
    alpineInv = await invitationOf(w.as.alpine, reference);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') });
    await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '125.00', { currency: 'USD' }) });
  });
  afterAll(() => app.close());

  async function close(): Promise<void> {
    await passClosingTime(app, rfqId);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
  }

  it('is 404 while the quotes are sealed, and shows nothing of them', async () => {
    const res = await get(w.as.buyer);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toContain('%PDF');
    expect(body).not.toContain('Hanse');
    await close();
  });

  it('gives the buyer the PDF of the closed, scored RFQ: ranking, weighted totals, every score and the sensitivity', async () => {
    await w.as.buyer.ok(OPS.setRate, { rfqId, currency: 'USD', rate: '0.9' });
    await scored(w.as.specifier, hanseInv, 'QUALITY', 8, 'Stainless housing, tested');
    await scored(w.as.specifier, alpineInv, 'QUALITY', 5, 'Cast parts wear faster');
    await scored(w.as.specifier, alpineInv, 'RELIABILITY', 5, 'Unknown to us');
    await scored(w.as.buyer, hanseInv, 'DELIVERY', 5, 'Seven weeks');
    await scored(w.as.buyer, alpineInv, 'DELIVERY', 9, 'Five weeks, FCA');
    await scored(w.as.buyer, alpineInv, 'RELIABILITY', 9, 'Good references');
    await scored(w.as.advisor, hanseInv, 'QUALITY', 2, 'I have doubts about the seals');
    const evaluation = (await w.as.buyer.ok(OPS.evaluation, { rfqId }))['rfqEvaluation'];
    const [first, second] = evaluation.suppliers as Array<{ invitationId: string; supplierName: string; rank: number; total: number }>;
    // As computed by hand in rfq-scoring.spec: Hanse 85.00, Alpine 83.33.
    expect([first.invitationId, first.rank, first.total, second.invitationId, second.rank, second.total]).toEqual([hanseInv, 1, 85, alpineInv, 2, 83.33]);

    const res = await get(w.as.buyer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`${reference}-evaluation-report.pdf`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = await textOf(pdf);
    expect(text).toContain('Evaluation report');
    expect(text).toContain(reference);
    expect(text).toContain(`Ranking Rank Supplier Weighted total (0–100) Comparable total (EUR) Missing scores 1 ${first.supplierName} 85.00 1,200.00 — 2 ${second.supplierName} 83.33 1,350.00`);
    expect(text).toContain('1 USD = 0.9 EUR, entered by');
    expect(text).toContain('8 – ');
    expect(text).toContain('Stainless housing, tested');
    expect(text).toContain('Advisory, not counted: 2 – Tobias Wagner (Advisor): I have doubts about the seals');
    expect(text).toContain('Wide spread: discuss');
    expect(text).toContain(`Lead time and terms weighted 24 instead of 20 (+4 points) would put ${second.supplierName} first.`);
    expect(text).toMatch(/Page 1 of \d/);
  }, 60_000);

  it("is in the reader's language", async () => {
    const [{ locale }] = await app.dataSource.query(`SELECT locale FROM app_user WHERE email = $1`, [DEMO.buyer]);
    await app.dataSource.query(`UPDATE app_user SET locale = 'de' WHERE email = $1`, [DEMO.buyer]);
    try {
      const res = await get(w.as.buyer);
      expect(res.status).toBe(200);
      const text = await textOf(Buffer.from(await res.arrayBuffer()));
      expect(text).toContain('Bewertungsbericht');
      expect(text).toContain('Rangfolge');
      expect(text).toContain('Zuverlässigkeit des Lieferanten');
      expect(text).toContain('85,00');
    } finally {
      await app.dataSource.query(`UPDATE app_user SET locale = $2 WHERE email = $1`, [DEMO.buyer, locale]);
    }
  }, 60_000);

  it('refuses a supplier user and a requester (403), and another organization gets 404', async () => {
    for (const role of ['supplier', 'requester'] as const) {
      const res = await get(w.as[role]);
      expect([role, res.status]).toEqual([role, 403]);
      expect(await res.text()).not.toContain('%PDF');
    }
    expect((await get(w.as.alpine)).status).toBe(403);
    const other = (await secondTenant(app, ['BUYER'])).client;
    expect((await get(other)).status).toBe(404);
    expect((await get(w.as.buyer, `/api/rfqs/00000000-0000-4000-8000-000000000000/evaluation-report.pdf`)).status).toBe(404);
    // The gatekeeper reads quotes, so may read the report.
    expect((await get(w.as.gatekeeper)).status).toBe(200);
  }, 60_000);
});
