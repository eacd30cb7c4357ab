import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseContentDisposition } from 'content-disposition';
import { awardedCase, closeRfq } from './support/award-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { LINES, OPS, REQUIREMENTS } from './support/purchasing-fixtures';
import { inSeconds, invitationOf, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SHORT_PERIOD } from './support/rfq-fixtures';
import { CREATE_SUPPLIER, secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every kind of file the product serves, through the built application with the web app in place
 * (a real webRoot whose index.html answers page paths): the right bytes, type and name for who may,
 * a 404 for who may not, and never the web app in place of a file.
 */
describe('downloads through the built application', () => {
  const INDEX = '<!doctype html><title>Buying Center</title><p>WEB-APP-INDEX</p>';
  let webRoot: string;
  let app: TestApp;
  let w: RfqWorld;
  let stranger: GraphQLClient;

  const get = (client: GraphQLClient | null, path: string) => fetch(`${app.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
  const upload = async (client: GraphQLClient, name: string, body: string, type = 'application/pdf'): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([body], { type }), name);
    const res = await fetch(`${app.url}/api/files`, { method: 'POST', body: form, headers: { cookie: client.sessionCookie ?? '', 'x-bc-csrf': '1' } });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  /** A download as a browser would save it: status 200, the bytes, the type, an attachment named per RFC 6266, not sniffed. */
  async function expectDownload(res: Response, expected: { name: string | RegExp; type: string | RegExp; body?: string; startsWith?: string }): Promise<Buffer> {
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.toString('utf8')).not.toContain('WEB-APP-INDEX');
    expect(res.headers.get('content-type')).toMatch(expected.type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const disposition = parseContentDisposition(res.headers.get('content-disposition') ?? '');
    expect(disposition.type).toBe('attachment');
    expect(disposition.parameters['filename']).toMatch(expected.name);
    if (expected.body !== undefined) expect(bytes.toString('utf8')).toBe(expected.body);
    if (expected.startsWith !== undefined) expect(bytes.subarray(0, expected.startsWith.length).toString('latin1')).toBe(expected.startsWith);
    return bytes;
  }

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'bc-web-root-'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    app = await startTestApp({ webRoot });
    w = await rfqWorld(app);
    stranger = (await secondTenant(app)).client;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers a page path with the web app, and any /api path that does not exist with a 404 in JSON', async () => {
    const page = await get(null, '/cases/some-case');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('WEB-APP-INDEX');
    for (const path of ['/api/nothing-here', '/api/files', '/api/rfqs/x/nope', '/api']) {
      const res = await get(w.as.buyer, path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.text()).not.toContain('WEB-APP-INDEX');
    }
  });

  it('answers a REST route refusal with the error code GraphQL uses, in one JSON shape', async () => {
    const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> });
    expect(await json(await get(null, `/api/files/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`))).toMatchObject({ status: 401, body: { statusCode: 401, code: 'UNAUTHENTICATED' } });
    expect(await json(await get(w.as.buyer, `/api/files/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`))).toMatchObject({ status: 404, body: { statusCode: 404, code: 'NOT_FOUND' } });
    const empty = await fetch(`${app.url}/api/files`, { method: 'POST', body: new FormData(), headers: { cookie: w.as.buyer.sessionCookie ?? '', 'x-bc-csrf': '1' } });
    expect(await json(empty)).toMatchObject({ status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', field: 'file' } });
    const badFilter = await get(w.as.buyer, '/api/suppliers/export.csv?minReliability=150');
    expect(await json(badFilter)).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', field: 'filter.minReliability' } });
  });

  it('a file keeps its UTF-8 name from upload to download; control and bidi characters are removed', async () => {
    const id = await upload(w.as.buyer, 'Prüfbericht ü.pdf', '%PDF-1.4 Prüfbericht');
    const res = await get(w.as.buyer, `/api/files/${id}`);
    await expectDownload(res, { name: 'Prüfbericht ü.pdf', type: 'application/pdf', body: '%PDF-1.4 Prüfbericht' });
    // The raw header: an ASCII fallback for old clients and the UTF-8 name per RFC 5987.
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Prufbericht u.pdf"; filename*=UTF-8''Pr%C3%BCfbericht%20%C3%BC.pdf`);

    const tricky = await upload(w.as.buyer, 'Rechnung\u202Efdp.exe\u200F', 'MZ');
    const meta = await app.dataSource.query(`SELECT name FROM stored_file WHERE id = $1`, [tricky]);
    expect(meta[0].name).toBe('Rechnungfdp.exe');
    // Names stored before this rule (or written by other paths) are cleaned again on the way out.
    await app.dataSource.query(`UPDATE stored_file SET name = $2 WHERE id = $1`, [tricky, 'Angebot\u202Efdp.exe\u0007']);
    await expectDownload(await get(w.as.buyer, `/api/files/${tricky}`), { name: 'Angebotfdp.exe', type: 'application/pdf', body: 'MZ' });
  });

  it('a supplier certificate downloads for the organization that keeps it, and for nobody else', async () => {
    const { id: supplierId } = (await w.as.buyer.ok(CREATE_SUPPLIER, { input: { name: 'Zertifikat Werk GmbH', country: 'DE' } }))['createSupplier'];
    const fileId = await upload(w.as.buyer, 'ISO 9001 Zertifikat – Qualität.pdf', '%PDF-1.4 ISO-9001-CERT');
    await w.as.buyer.ok(`mutation ($s: ID!, $f: ID) { addCertificate(supplierId: $s, input: { name: "ISO 9001", fileId: $f, validUntil: "2030-01-31" }) { id } }`, {
      s: supplierId,
      f: fileId,
    });
    for (const reader of [w.as.buyer, w.as.gatekeeper, w.as.specifier]) {
      await expectDownload(await get(reader, `/api/files/${fileId}`), { name: 'ISO 9001 Zertifikat – Qualität.pdf', type: 'application/pdf', body: '%PDF-1.4 ISO-9001-CERT' });
    }
    for (const outsider of [stranger, w.as.supplier]) expect((await get(outsider, `/api/files/${fileId}`)).status).toBe(404);
    expect((await get(null, `/api/files/${fileId}`)).status).toBe(401);
  });

  describe('around an RFQ: the specification attachment, the RFQ document, quote attachments, the comparison and the report', () => {
    let caseId: string;
    let rfqId: string;
    let hanseInv: string;
    let specFile: string;
    let quoteFile: string;

    beforeAll(async () => {
      const c = await w.walker.inSpecification();
      caseId = c.id;
      specFile = await upload(w.as.specifier, 'Zeichnung Ø 40 – Rev B.pdf', '%PDF-1.4 DRAWING-REV-B');
      const saved = (await w.as.specifier.ok(OPS.saveSpec, { caseId, input: { lines: LINES, requirements: REQUIREMENTS, attachmentIds: [specFile] } }))['saveSpecification'];
      await w.as.specifier.ok(OPS.approveSpec, { versionId: saved.id });
      await w.as.buyer.ok(OPS.moveCase, { caseId, to: 'SOURCING' });
      // Only Hanse is invited: Alpine, a supplier of the portal too, has no business with this RFQ.
      await w.as.buyer.ok(OPS.setEntry, { caseId, supplierId: w.hanseSupplierId, decision: 'IN', reason: 'Fits', source: 'SEARCH' });
      await w.as.buyer.ok(OPS.submitShortlist, { caseId, justification: 'Sole maker of this part' });
      await w.as.gatekeeper.ok(OPS.approveShortlist, { caseId, comment: 'ok' });
      const closesAt = inSeconds(3600);
      const created = (await w.as.buyer.ok(RFQ_OPS.create, { caseId, input: { closesAt, questionsCloseAt: closesAt, shortPeriodJustification: SHORT_PERIOD } }))['createRfq'];
      rfqId = created.id;
      await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: rfqId });
      await w.as.gatekeeper.ok(RFQ_OPS.approve, { id: rfqId });
      const rfq = (await w.as.buyer.ok(RFQ_OPS.publish, { id: rfqId }))['publishRfq'];
      hanseInv = await invitationOf(w.as.supplier, rfq.reference);
      quoteFile = await upload(w.as.supplier, 'Prüfbericht ü.pdf', '%PDF-1.4 HANSE-TEST-REPORT');
      await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00', { attachmentIds: [quoteFile] }) });
    });

    it('the invited supplier downloads the specification attachment; another supplier and the buyer route stay 404', async () => {
      const path = `/api/portal/invitations/${hanseInv}/files/${specFile}`;
      await expectDownload(await get(w.as.supplier, path), { name: 'Zeichnung Ø 40 – Rev B.pdf', type: 'application/pdf', body: '%PDF-1.4 DRAWING-REV-B' });
      expect((await get(w.as.alpine, path)).status).toBe(404);
      expect((await get(w.as.supplier, `/api/files/${specFile}`)).status).toBe(404);
      expect((await get(w.as.supplier, `/api/portal/invitations/${hanseInv}/files/${quoteFile}`)).status).toBe(404);
      // The buyer side reads the same file by its own route.
      await expectDownload(await get(w.as.buyer, `/api/files/${specFile}`), { name: 'Zeichnung Ø 40 – Rev B.pdf', type: 'application/pdf' });
    });

    it('the RFQ document is a PDF for the buyer team and for the invitee, and for nobody else', async () => {
      const buyerPdf = await get(w.as.buyer, `/api/rfqs/${rfqId}/document.pdf`);
      await expectDownload(buyerPdf, { name: /^PC-\d{4}-\d{4}-R\d+\.pdf$/, type: 'application/pdf', startsWith: '%PDF-' });
      await expectDownload(await get(w.as.supplier, `/api/portal/invitations/${hanseInv}/document.pdf`), { name: /^PC-\d{4}-\d{4}-R\d+\.pdf$/, type: 'application/pdf', startsWith: '%PDF-' });
      expect((await get(w.as.alpine, `/api/portal/invitations/${hanseInv}/document.pdf`)).status).toBe(404);
      expect((await get(stranger, `/api/rfqs/${rfqId}/document.pdf`)).status).toBe(404);
      expect((await get(w.as.supplier, `/api/rfqs/${rfqId}/document.pdf`)).status).toBe(403);
    });

    it('a quote attachment is sealed until closing, then downloads for the buyer team with its UTF-8 name', async () => {
      const path = `/api/rfqs/${rfqId}/quote-files/${quoteFile}`;
      expect((await get(w.as.buyer, path)).status).toBe(404);
      // The supplier keeps its own file.
      await expectDownload(await get(w.as.supplier, `/api/files/${quoteFile}`), { name: 'Prüfbericht ü.pdf', type: 'application/pdf', body: '%PDF-1.4 HANSE-TEST-REPORT' });

      await closeRfq(app, rfqId);
      for (const reader of [w.as.buyer, w.as.specifier]) {
        await expectDownload(await get(reader, path), { name: 'Prüfbericht ü.pdf', type: 'application/pdf', body: '%PDF-1.4 HANSE-TEST-REPORT' });
      }
      expect((await get(stranger, path)).status).toBe(404);
      expect((await get(w.as.alpine, path)).status).toBe(403);
      expect((await get(w.as.buyer, `/api/files/${quoteFile}`)).status).toBe(404);
    });

    it('the comparison spreadsheet and the evaluation report download after closing', async () => {
      await expectDownload(await get(w.as.buyer, `/api/rfqs/${rfqId}/comparison.xlsx`), {
        name: /^PC-\d{4}-\d{4}-R\d+-comparison\.xlsx$/,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        startsWith: 'PK',
      });
      await expectDownload(await get(w.as.buyer, `/api/rfqs/${rfqId}/evaluation-report.pdf`), { name: /^PC-\d{4}-\d{4}-R\d+-evaluation-report\.pdf$/, type: 'application/pdf', startsWith: '%PDF-' });
      for (const path of [`/api/rfqs/${rfqId}/comparison.xlsx`, `/api/rfqs/${rfqId}/evaluation-report.pdf`]) {
        expect((await get(stranger, path)).status).toBe(404);
        expect((await get(w.as.supplier, path)).status).toBe(403);
      }
    });
  });

  it('the supplier directory exports as CSV to who may read it', async () => {
    const csv = await expectDownload(await get(w.as.buyer, '/api/suppliers/export.csv'), { name: /^suppliers-\d{4}-\d{2}-\d{2}\.csv$/, type: 'text/csv; charset=utf-8' });
    expect(csv.toString('utf8')).toContain('Zertifikat Werk GmbH');
    expect((await get(w.as.supplier, '/api/suppliers/export.csv')).status).toBe(403);
    expect(await (await get(stranger, '/api/suppliers/export.csv')).text()).not.toContain('Zertifikat Werk GmbH');
  });

  it('the decision record of an awarded case downloads as PDF and canonical JSON for the buying team only', async () => {
    const c = await awardedCase(app, w);
    const pdf = await get(w.as.buyer, `/api/cases/${c.caseId}/decision-record.pdf`);
    await expectDownload(pdf, { name: /^PC-.*-decision-record\.pdf$/, type: 'application/pdf', startsWith: '%PDF-' });
    expect(pdf.headers.get('x-content-sha256')).toMatch(/^[0-9a-f]{64}$/);
    await expectDownload(await get(w.as.buyer, `/api/cases/${c.caseId}/decision-record.json`), { name: /^PC-.*-decision-record\.json$/, type: 'application/json; charset=utf-8', startsWith: '{' });
    expect((await get(stranger, `/api/cases/${c.caseId}/decision-record.pdf`)).status).toBe(404);
    expect((await get(w.as.supplier, `/api/cases/${c.caseId}/decision-record.json`)).status).toBe(403);
  });
});
