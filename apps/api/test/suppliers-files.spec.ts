import { createHash } from 'node:crypto';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { CREATE_SUPPLIER, secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('files, and the documents and certificates that reference them', () => {
  let app: TestApp;
  let buyer: GraphQLClient;
  let other: GraphQLClient;

  const upload = (client: GraphQLClient | null, body: Blob | string, name = 'datasheet.pdf', headers: Record<string, string> = { 'x-bc-csrf': '1' }) => {
    const form = new FormData();
    form.append('file', typeof body === 'string' ? new Blob([body], { type: 'application/pdf' }) : body, name);
    return fetch(`${app.url}/api/files`, { method: 'POST', body: form, headers: { ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}), ...headers } });
  };
  const download = (client: GraphQLClient | null, id: string) =>
    fetch(`${app.url}/api/files/${id}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });

  beforeAll(async () => {
    app = await startTestApp();
    buyer = await app.as('buyer@nordwind.example');
    other = (await secondTenant(app)).client;
  });
  afterAll(() => app.close());

  it('uploads a file and gives it back, as an attachment, to users of the same organization', async () => {
    const content = '%PDF-1.4 test datasheet';
    const res = await upload(buyer, content, '../../etc/Datenblatt Pumpe.pdf');
    expect(res.status).toBe(201);
    const file = (await res.json()) as Record<string, unknown>;
    expect(file).toEqual({
      id: expect.any(String),
      name: 'Datenblatt Pumpe.pdf',
      contentType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    const specifier = await app.as('specifier@nordwind.example');
    const got = await download(specifier, file['id'] as string);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; filename="Datenblatt Pumpe.pdf"/);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await got.text()).toBe(content);
    const [audit] = await app.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [file['id']]);
    expect(audit.action).toBe('file.uploaded');
  });

  it("answers 404 for another organization's file, as for one that does not exist", async () => {
    const { id } = (await (await upload(buyer, 'secret drawing')).json()) as { id: string };
    expect((await download(other, id)).status).toBe(404);
    expect((await download(other, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(other, 'nope')).status).toBe(404);
    expect((await download(null, id)).status).toBe(401);
  });

  it('refuses uploads without a session, without the CSRF header, empty or above 20 MB; a supplier uploads into its own company only', async () => {
    expect((await upload(null, 'x')).status).toBe(401);
    expect((await upload(buyer, 'x', 'a.pdf', {})).status).toBe(403);
    // Suppliers attach files to their quotes: the file is their company's, and no buyer can open it directly.
    const supplier = await app.as('supplier@hanse-industrie.example');
    const supplierUpload = await upload(supplier, 'our data sheet');
    expect(supplierUpload.status).toBe(201);
    const { id: supplierFile } = (await supplierUpload.json()) as { id: string };
    const [{ kind }] = await app.dataSource.query(
      `SELECT o.kind FROM stored_file f JOIN organization o ON o.id = f.organization_id WHERE f.id = $1`,
      [supplierFile],
    );
    expect(kind).toBe('SUPPLIER');
    expect((await download(buyer, supplierFile)).status).toBe(404);
    expect((await download(supplier, supplierFile)).status).toBe(200);
    expect((await upload(buyer, '')).status).toBe(400);
    const big = await upload(buyer, new Blob([new Uint8Array(20 * 1024 * 1024 + 1)]), 'big.bin');
    expect(big.status).toBe(413);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM stored_file WHERE name IN ('big.bin', 'a.pdf')`);
    expect(n).toBe(0);
  });

  it("attaches documents and certificates only with the organization's own files", async () => {
    const { id: supplierId } = (await buyer.ok(CREATE_SUPPLIER, { input: { name: 'Doc Werk GmbH', country: 'DE' } }))['createSupplier'];
    const { id: fileId } = (await (await upload(buyer, 'certificate scan', 'iso9001.pdf')).json()) as { id: string };
    const { id: foreignFile } = (await (await upload(other, 'not yours', 'x.pdf')).json()) as { id: string };

    const addDoc = `mutation ($s: ID!, $f: ID!) { addSupplierDocument(supplierId: $s, input: { title: "Datasheet", fileId: $f }) { documents { id title file { id name sizeBytes } } } }`;
    const doc = (await buyer.ok(addDoc, { s: supplierId, f: fileId }))['addSupplierDocument'].documents;
    expect(doc).toEqual([{ id: expect.any(String), title: 'Datasheet', file: { id: fileId, name: 'iso9001.pdf', sizeBytes: 16 } }]);
    expect((await buyer.error(addDoc, { s: supplierId, f: foreignFile })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.fileId' });

    const addCert = `mutation ($s: ID!, $f: ID) { addCertificate(supplierId: $s, input: { name: "ISO 9001", fileId: $f, validUntil: "2030-01-31" }) { certificates { name file { name } } } }`;
    expect((await buyer.ok(addCert, { s: supplierId, f: fileId }))['addCertificate'].certificates).toEqual([{ name: 'ISO 9001', file: { name: 'iso9001.pdf' } }]);
    expect((await buyer.error(addCert, { s: supplierId, f: foreignFile })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.fileId' });

    expect((await other.error(`mutation ($id: ID!) { removeSupplierDocument(documentId: $id) { id } }`, { id: doc[0].id })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const removed = (await buyer.ok(`mutation ($id: ID!) { removeSupplierDocument(documentId: $id) { documents { id } } }`, { id: doc[0].id }))['removeSupplierDocument'];
    expect(removed.documents).toEqual([]);
  });
});
