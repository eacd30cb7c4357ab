import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { CREATE_SUPPLIER, secondTenant } from './support/supplier-fixtures';
import { NEW_CASE } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Search finds what people type: German category names and their typos, CPV codes in the search
 * box, category suggestions ranked by what the organization uses, filters that accept country
 * names and refuse what would silently find nothing.
 */
describe('searching the supplier directory as people type', () => {
  let app: TestApp;
  let buyer: GraphQLClient;
  let otherClient: GraphQLClient | null = null;
  /** The buyer of a second organization (made once: its user's email is fixed). */
  const other = async () => (otherClient ??= (await secondTenant(app)).client);

  const names = async (filter: Record<string, unknown>, client = buyer) =>
    (await client.ok(`query ($filter: SupplierFilter) { suppliers(filter: $filter, limit: 50) { items { name } } }`, { filter }))['suppliers'].items
      .map((s: { name: string }) => s.name)
      .sort();
  const cpv = async (search: string, client = buyer) =>
    (await client.ok(`query ($s: String!) { cpvCodes(search: $s, limit: 30) { code label labelDe } }`, { s: search }))['cpvCodes'] as Array<{
      code: string;
      label: string;
      labelDe: string;
    }>;

  beforeAll(async () => {
    app = await startTestApp();
    buyer = await app.as('buyer@nordwind.example');
    // Names and descriptions in English only: a German word can find them only through the German labels of their categories.
    const suppliers = [
      { name: 'Weser Rolling Elements Ltd', country: 'GB', categories: ['44440000-6'], description: 'Rolling elements for conveyors' },
      { name: 'Elbe Drive Components AG', country: 'CH', categories: ['42141300-2'], description: 'Spur and bevel sets' },
      { name: 'Saale Aggregates GmbH', country: 'DE', categories: ['42122210-5'] },
      { name: 'Mosel Storage Systems SA', country: 'AT', categories: ['42965110-2'], description: 'High-bay racking' },
    ];
    for (const input of suppliers) await buyer.ok(CREATE_SUPPLIER, { input });
  });
  afterAll(() => app.close());

  it('finds suppliers by the German names of their categories, compounds and typos', async () => {
    // 42141300-2 "Zahnräder und Getriebe"
    expect(await names({ search: 'Getriebe' })).toEqual(['Elbe Drive Components AG']);
    // 42122210-5 "Hydraulikpumpenaggregate": a word starts with it; the typo finds the same.
    expect(await names({ search: 'Hydraulik' })).toEqual(['Saale Aggregates GmbH']);
    expect(await names({ search: 'Hydrualik' })).toEqual(['Saale Aggregates GmbH']);
    // 44440000-6 "Lager": a Kugellager is a Lager (the compound's head), though no label says "Kugellager".
    expect(await names({ search: 'Kugellager' })).toEqual(['Weser Rolling Elements Ltd']);
    expect(await names({ search: 'Zahnräder' })).toEqual(['Elbe Drive Components AG']);
    // The English labels still count.
    expect(await names({ search: 'bearings' })).toEqual(['Weser Rolling Elements Ltd']);
  });

  it('offers German labels in the category picker, with typos and compounds', async () => {
    const [lager] = await cpv('44440000-6');
    expect(lager).toEqual({ code: '44440000-6', label: 'Bearings', labelDe: 'Lager' });
    expect((await cpv('Hydrualikpumpen')).map((c) => c.code)).toContain('42122210-5');
    expect((await cpv('Hydrualik')).map((c) => c.code)).toContain('42122210-5');
    expect((await cpv('Kugellager')).map((c) => c.code)).toContain('44440000-6');
    expect((await cpv('Getriebe')).map((c) => c.code)).toContain('42141300-2');
  });

  it('takes a CPV code typed in the search box as its category, with or without the check digit, or its first digits', async () => {
    for (const typed of ['44440000', '44440000-6', '44440000-5', '444400006', ' 4444 ']) {
      expect(await names({ search: typed })).toEqual(['Weser Rolling Elements Ltd']);
    }
    // 4212: pumps and compressors and everything below.
    expect(await names({ search: '4212' })).toEqual(['Saale Aggregates GmbH']);
    expect(await names({ search: '42' })).toEqual(['Elbe Drive Components AG', 'Mosel Storage Systems SA', 'Saale Aggregates GmbH']);
    // A code and words: the category, then the words within it.
    expect(await names({ search: '42000000-6 Zahnräder' })).toEqual(['Elbe Drive Components AG']);
    // The picker finds the code even with a mistyped check digit.
    expect((await cpv('44440000-5'))[0].code).toBe('44440000-6');
  });

  it('ranks category suggestions by the categories the organization uses: "Lager" is bearings for a machine builder', async () => {
    // A case of 44611400-0 "Lagertanks" (storage tanks) puts that category right after the suppliers' one.
    await buyer.ok(`mutation ($input: CreatePurchaseCaseInput!) { createPurchaseCase(input: $input) { id } }`, {
      input: { ...NEW_CASE, title: 'Storage tanks for coolant', categoryCode: '44611400-0' },
    });
    const mine = (await cpv('Lager')).map((c) => c.code);
    expect(mine[0]).toBe('44440000-6');
    expect(mine.indexOf('44611400-0')).toBeGreaterThan(0);
    const beer = mine.indexOf('15961100-3') < 0 ? Infinity : mine.indexOf('15961100-3');
    expect(mine.indexOf('44611400-0')).toBeLessThan(beer);
    // Unused, but of a division the organization buys from (44, structures and parts): before the beer too.
    expect(mine.indexOf('44614100-8')).toBeGreaterThan(0);
    expect(mine.indexOf('44614100-8')).toBeLessThan(beer);

    // A brewery's buyer (another organization, suppliers of lager beer) gets lager beer first.
    const brewery = await other();
    await brewery.ok(CREATE_SUPPLIER, { input: { name: 'Hopfen & Malz KG', country: 'DE', categories: ['15961100-3'] } });
    expect((await cpv('Lager', brewery))[0].code).toBe('15961100-3');
  });

  it('accepts a country as code or name, in English or German', async () => {
    for (const country of ['Deutschland', 'Germany', 'DE', 'de', ' germany ']) {
      expect(await names({ country })).toEqual(['Saale Aggregates GmbH']);
    }
    expect(await names({ country: 'Österreich' })).toEqual(['Mosel Storage Systems SA']);
    expect(await names({ country: 'Schweiz' })).toEqual(['Elbe Drive Components AG']);
    expect(await names({ country: 'United Kingdom' })).toEqual(['Weser Rolling Elements Ltd']);
    // Creating a supplier takes a name too.
    const created = (await buyer.ok(CREATE_SUPPLIER, { input: { name: 'Oder Fasteners Sp. z o.o.', country: 'Polen' } }))['createSupplier'];
    expect(created.country).toBe('PL');
  });

  it('refuses an unknown country or an out-of-range filter, naming the field, instead of finding nothing', async () => {
    const refusal = async (filter: Record<string, unknown>, extra = '') =>
      (await buyer.error(`query ($filter: SupplierFilter) { suppliers(filter: $filter${extra}) { total } }`, { filter })).extensions;
    expect(await refusal({ country: 'Atlantis' })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'filter.country' });
    expect(await refusal({ country: 'XX' })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'filter.country' });
    expect(await refusal({ minReliability: 101 })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'filter.minReliability' });
    expect(await refusal({ minReliability: -1 })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'filter.minReliability' });
    // Well-formed but not a CPV 2008 code: it would find nothing, silently.
    expect(await refusal({ category: '12345678-9' })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'filter.category' });
    expect(await refusal({ status: ['SLEEPING'] })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'filter.status' });
    expect(await refusal({}, ', limit: 0')).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'limit' });
    expect(await refusal({}, ', after: "not a cursor"')).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'after', rule: 'CURSOR_INVALID' });
    // The export refuses the same way.
    const exported = await buyer.error(`{ exportSuppliers(filter: { category: "12345678-9" }) }`);
    expect(exported.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'filter.category' });
    const cases = async (extra: string) => (await buyer.error(`{ purchaseCases(${extra}) { total } }`)).extensions;
    expect(await cases('limit: 0')).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'limit' });
    expect(await cases('before: "not a cursor"')).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'before', rule: 'CURSOR_INVALID' });
    expect(await cases('filter: { stage: [NOWHERE] }')).toMatchObject({ code: ErrorCode.VALIDATION_FAILED });
  });

  it('refuses a bad filter of the CSV download with a code and the field, as JSON', async () => {
    const get = (query: string) => fetch(`${app.url}/api/suppliers/export.csv?${query}`, { headers: { cookie: buyer.sessionCookie ?? '' } });
    for (const [query, field] of [
      ['country=Atlantis', 'filter.country'],
      ['minReliability=150', 'filter.minReliability'],
      ['category=12345678-9', 'filter.category'],
      ['locale=fr', 'locale'],
    ]) {
      const res = await get(query);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field });
    }
    const ok = await get('country=Deutschland');
    expect(ok.status).toBe(200);
    expect((await ok.text()).split('\n')[1]).toMatch(/^Saale Aggregates GmbH,DE,/);
  });

  describe('CSV for the reader’s Excel', () => {
    beforeAll(async () => {
      const [{ id }] = await app.dataSource.query(`SELECT id FROM supplier WHERE name = 'Saale Aggregates GmbH'`);
      // On time 7 of 8 deliveries: 87.5.
      for (let i = 0; i < 8; i++) {
        await buyer.ok(`mutation ($input: RecordPerformanceInput!) { recordPerformance(input: $input) { id } }`, {
          input: { supplierId: id, kind: 'DELIVERY', occurredOn: '2026-01-1' + i, onTime: i > 0 },
        });
      }
    });

    it('writes semicolons and decimal commas for German, commas and decimal points for English, both with a UTF-8 BOM', async () => {
      const csv = async (locale?: string) =>
        (await buyer.ok(`query ($l: Locale!) { exportSuppliers(filter: { country: "DE" }, locale: $l) }`, { l: locale ?? 'EN' }))['exportSuppliers'] as string;
      const de = await csv('DE');
      expect(de.startsWith('\uFEFF')).toBe(true);
      const [deHeader, deRow] = de.slice(1).trim().split('\n');
      expect(deHeader).toMatch(/^name;country;description;categories;/);
      expect(deRow).toMatch(/^Saale Aggregates GmbH;DE;;42122210-5;/);
      expect(deRow).toMatch(/;87,5$/);
      const en = await csv('EN');
      expect(en.startsWith('\uFEFF')).toBe(true);
      const [enHeader, enRow] = en.slice(1).trim().split('\n');
      expect(enHeader).toMatch(/^name,country,description,categories,/);
      expect(enRow).toMatch(/,87\.5$/);

      const download = await fetch(`${app.url}/api/suppliers/export.csv?country=DE&locale=de`, { headers: { cookie: buyer.sessionCookie ?? '' } });
      const bytes = Buffer.from(await download.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').slice(1)).toBe(de.slice(1));
    });

    it('imports its own German export again (semicolons, categories quoted)', async () => {
      const de: string = (await buyer.ok(`{ exportSuppliers(locale: DE) }`))['exportSuppliers'];
      const report = (await (await other()).ok(`mutation ($csv: String!) { importSuppliers(csv: $csv) { totalRows imported rejected { line field code } } }`, { csv: de }))[
        'importSuppliers'
      ];
      expect(report.rejected).toEqual([]);
      expect(report.imported).toBe(report.totalRows);
    });
  });
});
