import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { CREATE_SUPPLIER, secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const IMPORT = `mutation ($csv: String, $fileId: ID, $all: Boolean) {
  importSuppliers(csv: $csv, fileId: $fileId, importValidRows: $all) { totalRows imported written rejected { line field code message } } }`;

const HEADER = 'name,country,description,categories,tags,status,website,contact_name,contact_email,contact_phone,contact_position';

describe('CSV import and export of the supplier directory', () => {
  let app: TestApp;
  let buyer: GraphQLClient;
  const count = async () => (await buyer.ok(`{ suppliers { total } }`))['suppliers'].total as number;
  const importCsv = async (csv: string, importValidRows = false) => (await buyer.ok(IMPORT, { csv, all: importValidRows }))['importSuppliers'];

  beforeAll(async () => {
    app = await startTestApp();
    buyer = await app.as('buyer@nordwind.example');
    await buyer.ok(CREATE_SUPPLIER, { input: { name: 'Weser Pumpen GmbH', country: 'DE' } });
  });
  afterAll(() => app.close());

  const badFile = [
    HEADER,
    'Good One GmbH,DE,Fine,42122000-0;44440000-6,pumps;Pumpen,QUALIFIED,https://good.example,Eva Kranz,eva@good.example,+49 40 1,Sales',
    ',DE,,,,,,,,,', // line 3: no name
    'Nowhere Ltd,XX,,,,,,,,,', // 4: bad country
    'Unknown Code GmbH,DE,,42122000-0;99999999-9,,,,,,,', // 5: unknown CPV code
    'Bad Code GmbH,DE,,4212,,,,,,,', // 6: malformed CPV code
    'Blocked GmbH,DE,,,,BLOCKED,,,,,', // 7: BLOCKED
    'Weird Status GmbH,DE,,,,GOLD,,,,,', // 8: unknown status
    `${'L'.repeat(201)},DE,,,,,,,,,`, // 9: name too long
    'weser pumpen gmbh,DE,,,,,,,,,', // 10: already in the directory
    'Good One GmbH,de,,,,,,,,,', // 11: earlier in the file
    'Bad Mail GmbH,DE,,,,,,Eva,not-a-mail,,', // 12: bad email
    'Short Row GmbH,DE', // 13: wrong cell count
    'Bad Site GmbH,DE,,,,,ftp://x.example,,,,', // 14: bad website
    'Good Two AG,AT,,,,,,,,,',
    'Bad Phone GmbH,DE,,,,,,Eva,,call me maybe,', // 16: bad phone
    'No Contact Name GmbH,DE,,,,,,,eva@x.example,,', // 17: contact without a name
    `Many Tags GmbH,DE,,,${Array.from({ length: 31 }, (_, i) => `t${i}`).join(';')},,,,,,`, // 18: too many tags
  ].join('\n');

  it('reports every rejected row with its line, column and reason, and writes nothing', async () => {
    const before = await count();
    const report = await importCsv(badFile);
    expect(report).toMatchObject({ totalRows: 17, imported: 0, written: false });
    expect(report.rejected.map((r: { line: number; field: string; code: string }) => [r.line, r.field, r.code])).toEqual([
      [3, 'name', 'REQUIRED'],
      [4, 'country', 'INVALID_COUNTRY'],
      [5, 'categories', 'UNKNOWN_CPV_CODE'],
      [6, 'categories', 'INVALID_CPV_CODE'],
      [7, 'status', 'BLOCKED_NOT_IMPORTABLE'],
      [8, 'status', 'INVALID_STATUS'],
      [9, 'name', 'TOO_LONG'],
      [10, 'name', 'DUPLICATE'],
      [11, 'name', 'DUPLICATE_IN_FILE'],
      [12, 'contact_email', 'INVALID_EMAIL'],
      [13, 'row', 'COLUMN_COUNT'],
      [14, 'website', 'INVALID_URL'],
      [16, 'contact_phone', 'INVALID_PHONE'],
      [17, 'contact_name', 'REQUIRED'],
      [18, 'tags', 'TOO_MANY'],
    ]);
    expect(report.rejected[8].message).toContain('line 2');
    expect(await count()).toBe(before);
    const [audit] = await app.dataSource.query(`SELECT action, summary FROM audit_event WHERE action LIKE 'supplier.import%' ORDER BY sequence DESC LIMIT 1`);
    expect(audit).toMatchObject({ action: 'supplier.import-refused', summary: { totalRows: 17, imported: 0, rejectedRows: 15 } });
  });

  it('writes the valid rows when asked to, and still reports the others', async () => {
    const before = await count();
    const report = await importCsv(badFile, true);
    expect(report).toMatchObject({ totalRows: 17, imported: 2, written: true });
    expect(report.rejected).toHaveLength(15);
    expect(await count()).toBe(before + 2);
    const [good] = (await buyer.ok(`{ suppliers(filter: { search: "Good One" }) { items { name country description tags qualificationStatus website categories { code } contacts { name email phone position } } } }`))['suppliers'].items;
    expect(good).toEqual({
      name: 'Good One GmbH',
      country: 'DE',
      description: 'Fine',
      tags: ['pumps', 'Pumpen'],
      qualificationStatus: 'QUALIFIED',
      website: 'https://good.example',
      categories: [{ code: '42122000-0' }, { code: '44440000-6' }],
      contacts: [{ name: 'Eva Kranz', email: 'eva@good.example', phone: '+49 40 1', position: 'Sales' }],
    });
    // The same file again: the good rows are now duplicates of the directory.
    const again = await importCsv(badFile, true);
    expect(again.imported).toBe(0);
    expect(again.rejected.filter((r: { code: string }) => r.code === 'DUPLICATE').map((r: { line: number }) => r.line)).toEqual([2, 10, 11, 15]);
  });

  it('reads a semicolon-separated file (spreadsheets in German locales) and quoted cells', async () => {
    const report = await importCsv('\uFEFFname;country;categories\n"Kiel; Söhne KG";DE;"42122000-0;42123000-7"\n');
    expect(report).toMatchObject({ imported: 1, written: true, rejected: [] });
    const [s] = (await buyer.ok(`{ suppliers(filter: { search: "Kiel" }) { items { name categories { code } } } }`))['suppliers'].items;
    expect(s).toEqual({ name: 'Kiel; Söhne KG', categories: [{ code: '42122000-0' }, { code: '42123000-7' }] });
  });

  it('refuses a file without the required columns or with unknown ones', async () => {
    const report = await importCsv('name,land\nA GmbH,DE\n');
    expect(report.written).toBe(false);
    expect(report.rejected.map((r: { line: number; field: string; code: string }) => [r.line, r.field, r.code])).toEqual([
      [1, 'land', 'UNKNOWN_COLUMN'],
      [1, 'country', 'MISSING_COLUMN'],
    ]);
  });

  it('limits the rows, the size and the shape of a file with a clear error', async () => {
    const many = ['name,country', ...Array.from({ length: 20_001 }, (_, i) => `S${i},DE`)].join('\n');
    const rows = await buyer.error(IMPORT, { csv: many });
    expect(rows.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'csv' });
    expect(rows.message).toContain('20000');
    const broken = await buyer.error(IMPORT, { csv: 'name,country\n"A,DE\n' });
    expect(broken.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'csv' });
    expect(broken.message).toMatch(/line 2/);
    const neither = await buyer.error(IMPORT, {});
    expect(neither.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'csv' });

    // Larger files come as an uploaded file; above 5 MB they are refused.
    const big = `name,country\n${'x'.repeat(5 * 1024 * 1024)}\n`;
    const form = new FormData();
    form.append('file', new Blob([big], { type: 'text/csv' }), 'big.csv');
    const upload = await fetch(`${app.url}/api/files`, { method: 'POST', body: form, headers: { cookie: buyer.sessionCookie ?? '', 'x-bc-csrf': '1' } });
    expect(upload.status).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    const size = await buyer.error(IMPORT, { fileId: id });
    expect(size.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'fileId' });
    expect(size.message).toContain('5 MB');
  });

  it('imports from an uploaded file', async () => {
    const form = new FormData();
    form.append('file', new Blob(['name,country\nUpload Werk GmbH,DE\n'], { type: 'text/csv' }), 'suppliers.csv');
    const upload = await fetch(`${app.url}/api/files`, { method: 'POST', body: form, headers: { cookie: buyer.sessionCookie ?? '', 'x-bc-csrf': '1' } });
    const { id } = (await upload.json()) as { id: string };
    expect((await buyer.ok(IMPORT, { fileId: id }))['importSuppliers']).toMatchObject({ imported: 1, written: true });
  });

  describe('export', () => {
    beforeAll(async () => {
      const create = async (input: Record<string, unknown>) => (await buyer.ok(CREATE_SUPPLIER, { input }))['createSupplier'].id as string;
      const evil = await create({ name: '=HYPERLINK("http://evil.example","Click")', country: 'NL', description: '+cmd|calc', tags: ['@risk', '-5'] });
      await buyer.ok(`mutation ($id: ID!) { addSupplierContact(supplierId: $id, input: { name: "Anna", phone: "+31 20 555", email: "anna@evil.example" }) { id } }`, { id: evil });
      const blocked = await create({ name: 'Gesperrt GmbH', country: 'DE', categories: ['44440000-6'], description: 'Line one\nline "two", with comma' });
      const gatekeeper = await app.as('gatekeeper@nordwind.example');
      await buyer.ok(`mutation ($id: ID!) { setSupplierQualification(id: $id, status: QUALIFIED) { id } }`, { id: blocked });
      await gatekeeper.ok(`mutation ($id: ID!) { blockSupplier(id: $id, reason: "Sanctions list") { id } }`, { id: blocked });
    });

    it('quotes cells a spreadsheet would run as formulas', async () => {
      const csv: string = (await buyer.ok(`{ exportSuppliers(filter: { search: "hyperlnk" }) }`))['exportSuppliers'];
      const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\n');
      expect(header).toBe(`${HEADER},blocked_reason,reliability_score`);
      expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
      expect(row).toContain(`'+cmd|calc`);
      expect(row).toContain(`'@risk;-5`);
      expect(row).toContain(`'+31 20 555`);
    });

    it('streams the filtered directory over HTTP to signed-in readers only', async () => {
      const res = await fetch(`${app.url}/api/suppliers/export.csv?country=DE&status=QUALIFIED,BLOCKED`, { headers: { cookie: buyer.sessionCookie ?? '' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      // RFC 6266: a name that is a plain token goes unquoted (content-disposition 2), either form is valid.
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?suppliers-\d{4}-\d{2}-\d{2}\.csv"?$/);
      const lines = (await res.text()).trim().split('\n');
      expect(lines[1]).toMatch(/^Gesperrt GmbH,DE,/);
      expect(lines.join('\n')).toContain('Sanctions list');
      expect((await fetch(`${app.url}/api/suppliers/export.csv`)).status).toBe(401);
      const admin = await app.as('admin@nordwind.example');
      expect((await fetch(`${app.url}/api/suppliers/export.csv`, { headers: { cookie: admin.sessionCookie ?? '' } })).status).toBe(403);
      const bad = await fetch(`${app.url}/api/suppliers/export.csv?country=XX`, { headers: { cookie: buyer.sessionCookie ?? '' } });
      expect(bad.status).toBe(400);
    });

    it('re-imports cleanly: another directory imported from the export exports the same file', async () => {
      const original: string = (await buyer.ok(`{ exportSuppliers }`))['exportSuppliers'];
      const other = (await secondTenant(app)).client;
      const report = (await other.ok(IMPORT, { csv: original }))['importSuppliers'];
      expect(report.rejected).toEqual([]);
      expect(report.imported).toBe(report.totalRows);
      const copy: string = (await other.ok(`{ exportSuppliers }`))['exportSuppliers'];
      // Identical but for what import leaves to people: the block (and its reason) and the reliability history.
      const comparable = (csv: string) => csv.replace('Sanctions list', '');
      expect(comparable(copy)).toBe(comparable(original));
      const [evil] = (await other.ok(`{ suppliers(filter: { country: "NL" }) { items { name description tags contacts { phone } } } }`))['suppliers'].items;
      expect(evil).toEqual({ name: '=HYPERLINK("http://evil.example","Click")', description: '+cmd|calc', tags: ['@risk', '-5'], contacts: [{ phone: '+31 20 555' }] });
    });
  });
});
