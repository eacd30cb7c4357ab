import type { GraphQLClient } from './support/graphql-client';
import { CREATE_SUPPLIER } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('searching the supplier directory', () => {
  let app: TestApp;
  let buyer: GraphQLClient;

  const names = async (filter: Record<string, unknown>, extra = '') =>
    (await buyer.ok(`query ($filter: SupplierFilter) { suppliers(filter: $filter, limit: 50${extra}) { items { name } } }`, { filter }))['suppliers'].items.map(
      (s: { name: string }) => s.name,
    );

  beforeAll(async () => {
    app = await startTestApp();
    buyer = await app.as('buyer@nordwind.example');
    const suppliers = [
      { name: 'Rhein Fluidtechnik AG', country: 'DE', categories: ['42121100-4'], description: 'Cylinders for presses' },
      { name: 'Main Antriebe GmbH', country: 'DE', description: 'Gearboxes; also repairs hydraulic units on request', categories: ['42141300-2'] },
      { name: 'Hydraulik Nord GmbH', country: 'DE', description: 'Seals and hoses' },
      { name: 'Donau Dichtungen GmbH', country: 'AT', tags: ['Hydraulik', 'seals'] },
      { name: 'Isar Pumpen GmbH', country: 'DE', categories: ['42122130-0'], tags: ['pumps'] },
      { name: 'Spree Lager GmbH', country: 'DE', categories: ['44440000-6'] },
      { name: 'Alpen Kompressoren AG', country: 'CH', categories: ['42123000-7'] },
    ];
    for (const input of suppliers) await buyer.ok(CREATE_SUPPLIER, { input });
  });
  afterAll(() => app.close());

  it('ranks a hit in the name before hits in tags, categories or the description', async () => {
    const found = await names({ search: 'hydraulik' });
    expect(found[0]).toBe('Hydraulik Nord GmbH');
    expect(found).toEqual(expect.arrayContaining(['Donau Dichtungen GmbH']));
    const english = await names({ search: 'hydraulic' });
    // The category label (weight B) before the description (weight C).
    expect(english.indexOf('Rhein Fluidtechnik AG')).toBeGreaterThanOrEqual(0);
    expect(english.indexOf('Rhein Fluidtechnik AG')).toBeLessThan(english.indexOf('Main Antriebe GmbH'));
  });

  it('tolerates typos: "hydralik" finds Hydraulik and hydraulic', async () => {
    const found = await names({ search: 'hydralik' });
    expect(found).toEqual(expect.arrayContaining(['Hydraulik Nord GmbH', 'Donau Dichtungen GmbH', 'Rhein Fluidtechnik AG']));
    expect(found[0]).toBe('Hydraulik Nord GmbH');
    expect(await names({ search: 'kompresoren' })).toEqual(['Alpen Kompressoren AG']);
    expect(await names({ search: 'zzyzx' })).toEqual([]);
  });

  it('matches word prefixes and stems ("pump" finds pumps)', async () => {
    expect(await names({ search: 'pump' })).toEqual(['Isar Pumpen GmbH']);
    expect(await names({ search: 'Lager' })).toEqual(['Spree Lager GmbH']);
    // Category labels are searched: 44440000-6 is "Bearings".
    expect(await names({ search: 'bearings' })).toEqual(['Spree Lager GmbH']);
  });

  it('finds the suppliers of a category and of all its sub-codes', async () => {
    // 42120000-6 Pumps and compressors: the cylinders (42121100-4), water pumps (42122130-0) and compressors (42123000-7) are below it.
    expect((await names({ category: '42120000-6' })).sort()).toEqual(['Alpen Kompressoren AG', 'Isar Pumpen GmbH', 'Rhein Fluidtechnik AG']);
    expect(await names({ category: '42122000-0' })).toEqual(['Isar Pumpen GmbH']);
    expect(await names({ category: '42122130-0' })).toEqual(['Isar Pumpen GmbH']);
    // A sibling (cooling pumps) and a sub-code of the supplier's code do not match.
    expect(await names({ category: '42122160-9' })).toEqual([]);
    expect(await names({ category: '44441000-3' })).toEqual([]);
    expect((await names({ category: '42000000-6' })).length).toBe(4);
  });

  it('filters by country, status and tags, with search, and pages with a total', async () => {
    expect(await names({ country: 'at' })).toEqual(['Donau Dichtungen GmbH']);
    expect(await names({ tags: ['seals', 'Hydraulik'] })).toEqual(['Donau Dichtungen GmbH']);
    expect(await names({ search: 'hydraulik', country: 'DE' })).not.toContain('Donau Dichtungen GmbH');
    const [isar] = (await buyer.ok(`{ suppliers(filter: { search: "Isar" }) { items { id } } }`))['suppliers'].items;
    await buyer.ok(`mutation ($id: ID!) { setSupplierQualification(id: $id, status: APPROVED) { id } }`, { id: isar.id });
    expect(await names({ status: ['APPROVED', 'QUALIFIED'] })).toEqual(['Isar Pumpen GmbH']);
    expect((await names({ status: ['PROSPECT'] })).length).toBe(6);

    const PAGE = `query ($after: String, $last: Boolean) { suppliers(limit: 2, after: $after, last: $last) { total endCursor hasNextPage items { name } } }`;
    const first = (await buyer.ok(PAGE))['suppliers'];
    const page = (await buyer.ok(PAGE, { after: first.endCursor }))['suppliers'];
    expect(page.total).toBe(7);
    expect(page.items.map((s: { name: string }) => s.name)).toEqual(['Hydraulik Nord GmbH', 'Isar Pumpen GmbH']);
    const last = (await buyer.ok(PAGE, { last: true }))['suppliers'];
    expect(last.hasNextPage).toBe(false);
    const beyond = (await buyer.ok(PAGE, { after: last.endCursor }))['suppliers'];
    expect(beyond).toEqual({ total: 7, endCursor: null, hasNextPage: false, items: [] });
  });

  describe('CPV codes for picking categories', () => {
    const cpv = async (search: string, limit = 10) =>
      (await buyer.ok(`query ($s: String!, $l: Int) { cpvCodes(search: $s, limit: $l) { code label level parentCode } }`, { s: search, l: limit }))['cpvCodes'];

    it('finds codes by words of their label, typos included', async () => {
      expect((await cpv('pumps', 20)).map((c: { code: string }) => c.code)).toContain('42122000-0');
      expect((await cpv('water pumps')).map((c: { code: string }) => c.code)).toContain('42122130-0');
      expect((await cpv('bearigns')).map((c: { code: string }) => c.code)).toContain('44440000-6');
    });

    it('finds codes by their digits, general codes first', async () => {
      const found = await cpv('4212', 5);
      expect(found[0]).toEqual({ code: '42120000-6', label: 'Pumps and compressors', level: 3, parentCode: '42100000-0' });
      expect(found.every((c: { code: string }) => c.code.startsWith('4212'))).toBe(true);
      expect((await cpv('42122130-0'))[0].code).toBe('42122130-0');
    });

    it('gives one code by its code', async () => {
      expect((await buyer.ok(`{ cpvCode(code: "44440000-6") { label } }`))['cpvCode']).toEqual({ label: 'Bearings' });
      expect((await buyer.ok(`{ cpvCode(code: "44440000-9") { label } }`))['cpvCode']).toBeNull();
    });
  });
});
