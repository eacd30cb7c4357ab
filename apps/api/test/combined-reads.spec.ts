import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { CombinedReads, RequestContext } from '@bc/api/core';
import { AwardProposal, AwardLine } from '@bc/api/award';
import { PurchaseCase, SpecificationLine, SpecificationVersion } from '@bc/api/purchasing';
import { Rfq } from '@bc/api/rfq';
import { Supplier } from '@bc/api/suppliers';
import { countStatements } from './support/query-counter';
import { startTestApp, TestApp } from './support/test-app';

/** The reads of one turn of the event loop, sent as one statement (issue 14: a case detail in at most 8). */
describe('combined reads', () => {
  let app: TestApp;
  let reads: CombinedReads;
  let dataSource: DataSource;
  const ctx = () => new RequestContext('combined-reads-spec', '127.0.0.1');

  beforeAll(async () => {
    app = await startTestApp({}, { showcase: true });
    reads = app.running.app.get(CombinedReads);
    dataSource = app.dataSource;
  }, 300_000); // seeding the showcase, as the other showcase specs allow
  afterAll(() => app.close());

  it('sends the reads of one turn as one statement, each answered with its own rows and parameters', async () => {
    const c = ctx();
    const counted = await countStatements(() =>
      Promise.all([
        reads.rows<{ a: number }>(c, 'SELECT $1::int AS a UNION ALL SELECT $2::int ORDER BY 1', [2, 1]),
        reads.rows<{ b: string; c: number }>(c, 'SELECT $1::text AS b, $2::int AS c WHERE $1::text IS NOT NULL', ['x', 7]),
        reads.rows(c, 'SELECT 1 AS none WHERE false', []),
      ]),
    );
    expect(counted.statements).toBe(1);
    expect(counted.result).toEqual([[{ a: 1 }, { a: 2 }], [{ b: 'x', c: 7 }], []]);
  });

  it('takes in the batches loaders dispatch in the same turn (a loader reading through it)', async () => {
    const c = ctx();
    const loader = c.loader('spec.names', async (ids: string[]) => {
      const rows = await reads.rows<{ id: string; n: number }>(c, 'SELECT id, length(id) AS n FROM unnest($1::text[]) AS id', [ids]);
      return new Map(rows.map((r) => [r.id, r.n]));
    }, 0);
    const counted = await countStatements(() => Promise.all([loader.load('ab'), loader.load('abc'), reads.rows(c, 'SELECT 1 AS one', [])]));
    expect(counted.statements).toBe(1);
    expect(counted.result).toEqual([2, 3, [{ one: 1 }]]);
  });

  it('keeps numbers past double precision exact as text and revives the timestamps it is told of', async () => {
    const [row] = await reads.rows<{ exact: string; at: Date; day: string }>(
      ctx(),
      `SELECT 12345678901234567.89::numeric::text AS exact, timestamptz '2026-12-06 10:11:12.345678+01' AS at, date '2026-12-06' AS day`,
      [],
      { dates: ['at'] },
    );
    expect(row.exact).toBe('12345678901234567.89');
    expect(row.at).toBeInstanceOf(Date);
    expect(row.at.toISOString()).toBe('2026-12-06T09:11:12.345Z');
    expect(row.day).toBe('2026-12-06');
  });

  it.each<[string, EntityTarget<ObjectLiteral>]>([
    ['Supplier (date, double, text[], timestamps)', Supplier],
    ['PurchaseCase', PurchaseCase],
    ['SpecificationVersion', SpecificationVersion],
    ['SpecificationLine (numeric, jsonb)', SpecificationLine],
    ['Rfq', Rfq],
    ['AwardProposal (numeric)', AwardProposal],
    ['AwardLine (numeric)', AwardLine],
  ])('hydrates %s as TypeORM find does', async (_name, target) => {
    const expected = await dataSource.getRepository(target).find({ order: { id: 'ASC' } });
    expect(expected.length).toBeGreaterThan(0);
    const combined = await reads.entities(ctx(), target, 'true', [], 't.id');
    expect(combined).toEqual(expected);
    expect(combined.map((e) => e.constructor)).toEqual(expected.map((e) => e.constructor));
  });

  it('refuses a read that names a parameter it does not pass, and fails only the reads of that statement', async () => {
    const c = ctx();
    const [bad, good] = await Promise.allSettled([reads.rows(c, 'SELECT $2::int AS a', [1]), reads.rows(c, 'SELECT 1 AS a', [])]);
    expect(bad.status).toBe('rejected');
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/\$2 is not one of the read's 1 parameters/);
    expect(good.status).toBe('rejected');
    expect(await reads.rows(c, 'SELECT 1 AS a', [])).toEqual([{ a: 1 }]);
  });
});
