import { createHash, randomUUID } from 'node:crypto';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { countStatements } from './support/query-counter';
import { publishedRfq, RfqWorld, rfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { webDocument } from './support/web-operations';

interface PageOf {
  total: number;
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  items: Array<{ id: string; title: string }>;
}

const CASES = `query ($limit: Int, $after: String, $before: String, $last: Boolean) {
  purchaseCases(filter: { search: "Keysetcase" }, limit: $limit, after: $after, before: $before, last: $last) {
    total startCursor endCursor hasNextPage hasPreviousPage items { id title } } }`;

/** A cursor with one character changed in its middle. */
const tampered = (cursor: string) => {
  const at = Math.floor(cursor.length / 2);
  return cursor.slice(0, at) + (cursor[at] === 'A' ? 'B' : 'A') + cursor.slice(at + 1);
};

describe('keyset pagination of the lists', () => {
  let app: TestApp;
  let w: RfqWorld;
  let buyer: GraphQLClient;
  let made = 0;

  const newCase = async () =>
    (await buyer.ok(`mutation ($input: CreatePurchaseCaseInput!) { createPurchaseCase(input: $input) { id } }`, { input: { title: `Keysetcase ${made++}`, importance: 'ROUTINE' } }))[
      'createPurchaseCase'
    ].id as string;
  const page = async (variables: Record<string, unknown>): Promise<PageOf> => (await buyer.ok(CASES, { limit: 4, ...variables }))['purchaseCases'];

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    buyer = w.as.buyer;
    for (let i = 0; i < 10; i++) await newCase();
  });
  afterAll(() => app.close());

  it('walks the case list forward and back with no case missing or repeated while cases are opened between reads', async () => {
    const before = (await buyer.ok(CASES, { limit: 100 }))['purchaseCases'].items.map((c: { id: string }) => c.id);
    expect(before).toHaveLength(10);

    const forward: string[] = [];
    let current = await page({});
    expect(current.hasPreviousPage).toBe(false);
    for (;;) {
      forward.push(...current.items.map((c) => c.id));
      await newCase(); // newest first: it lands before the first page, never in the walk
      if (!current.hasNextPage) break;
      current = await page({ after: current.endCursor });
    }
    expect(forward).toEqual(before);
    // The total is counted at each read: the cases opened after the earlier reads are in it.
    expect(current.total).toBe(10 + Math.ceil(10 / 4) - 1);

    // Back from the last page: the last 4 of the original ten, then before each page's start.
    const backward: string[] = [];
    current = await page({ last: true });
    expect(current.hasNextPage).toBe(false);
    for (;;) {
      backward.unshift(...current.items.map((c) => c.id));
      await newCase();
      if (!current.hasPreviousPage) break;
      current = await page({ before: current.startCursor });
    }
    const now = (await buyer.ok(CASES, { limit: 100 }))['purchaseCases'].items.map((c: { id: string }) => c.id);
    // Cases opened during the walk back are newer than every page read, except the first page's predecessors.
    expect(new Set(backward).size).toBe(backward.length);
    expect(backward.slice(-10)).toEqual(before);
    expect(now.slice(now.length - backward.length)).toEqual(backward);
  });

  it('refuses a tampered cursor, a cursor of another sort and both directions at once, naming the field', async () => {
    const first = await page({});
    const expectRefused = async (query: string, variables: Record<string, unknown>, field: string, rule: string) => {
      const error = await buyer.error(query, variables);
      expect(error.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field, rule });
    };
    await expectRefused(CASES, { after: tampered(first.endCursor as string) }, 'after', 'CURSOR_INVALID');
    await expectRefused(CASES, { before: tampered(first.startCursor as string) }, 'before', 'CURSOR_INVALID');
    await expectRefused(CASES, { after: 'not-a-cursor' }, 'after', 'CURSOR_INVALID');
    await expectRefused(CASES, { after: `${first.endCursor}x` }, 'after', 'CURSOR_INVALID');
    // Forged with a right checksum but a key that is not a timestamp: refused before it reaches SQL.
    const payload = Buffer.from(JSON.stringify(['created', 'yesterday', randomUUID()])).toString('base64url');
    const forged = `${payload}.${createHash('sha256').update(payload).digest('base64url').slice(0, 8)}`;
    await expectRefused(CASES, { after: forged }, 'after', 'CURSOR_INVALID');
    await expectRefused(CASES, { after: first.endCursor, before: first.startCursor }, 'before', 'CURSOR_BOTH_DIRECTIONS');
    // A cursor of the audit trail (ordered by sequence) is not a position in the case list.
    const audit = (await w.as.admin.ok(`{ auditEvents(limit: 1) { endCursor } }`))['auditEvents'];
    await expectRefused(CASES, { after: audit.endCursor }, 'after', 'CURSOR_OTHER_SORT');
    // The directory's orders: a cursor of the name order is refused while searching (rank order).
    const SUPPLIERS = `query ($after: String, $filter: SupplierFilter) { suppliers(limit: 1, after: $after, filter: $filter) { endCursor items { id } } }`;
    const byName = (await buyer.ok(SUPPLIERS))['suppliers'];
    const error = await buyer.error(SUPPLIERS, { after: byName.endCursor, filter: { search: 'Hanse' } });
    expect(error.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'after', rule: 'CURSOR_OTHER_SORT' });
  });

  it('pages the audit trail, the outbox, the needs and the supplier portal by cursor, the total unchanged', async () => {
    await publishedRfq(app, w, [w.hanseSupplierId]);
    await publishedRfq(app, w, [w.hanseSupplierId]);
    for (const [client, query, field] of [
      [w.as.admin, `query ($after: String) { auditEvents(limit: 3, after: $after) { total endCursor hasNextPage items { id sequence } } }`, 'auditEvents'],
      [w.as.admin, `query ($after: String) { mailOutbox(limit: 3, after: $after) { total endCursor hasNextPage items { id } } }`, 'mailOutbox'],
      [w.as.buyer, `query ($after: String) { needs(limit: 1, after: $after) { total endCursor hasNextPage items { id } } }`, 'needs'],
      [w.as.supplier, `query ($after: String) { portalInvitations(limit: 1, after: $after) { total endCursor hasNextPage items { id } } }`, 'portalInvitations'],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (;;) {
        const res: { total: number; endCursor: string; hasNextPage: boolean; items: Array<{ id: string }> } = (await client.ok(query, { after }))[field];
        total = total < 0 ? res.total : total;
        expect(res.total).toBe(total);
        seen.push(...res.items.map((i) => i.id));
        if (!res.hasNextPage) break;
        after = res.endCursor;
      }
      expect(total).toBeGreaterThanOrEqual(field === 'needs' ? 0 : 2);
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
    }
  });

  it('reads a page of cases with their RFQs in as many statements for 2 cases as for 12', async () => {
    for (let i = 0; i < 2; i++) await publishedRfq(app, w, [w.hanseSupplierId]);
    const LIST = webDocument('PurchaseCases').replace('query PurchaseCases', 'query PurchaseCasesWithRfq');
    const WITH_RFQ = LIST.replace(/items \{/, 'items { rfq { id reference status closesAt } ');
    const small = await countStatements(() => buyer.ok(WITH_RFQ, { limit: 2 }));
    const large = await countStatements(() => buyer.ok(WITH_RFQ, { limit: 12 }));
    expect(small.result['purchaseCases'].items).toHaveLength(2);
    expect(large.result['purchaseCases'].items).toHaveLength(12);
    expect(large.result['purchaseCases'].items.filter((c: { rfq: unknown }) => c.rfq).length).toBeGreaterThanOrEqual(2);
    if (process.env['SHOW_STATEMENTS']) console.log(`case list with RFQs: ${small.statements} statements for 2, ${large.statements} for 12`);
    expect(large.statements).toBe(small.statements);
  });

  it('reads the web case detail in at most 8 statements, as many for a case with one shortlisted supplier as with two', async () => {
    // One statement per level of the detail's nesting (CombinedReads), not one per nested concern (29 before) nor per row.
    const DETAIL = webDocument('PurchaseCase');
    const counts: number[] = [];
    const cases = [];
    for (const suppliers of [[w.hanseSupplierId], [w.hanseSupplierId, w.alpineSupplierId]]) cases.push({ suppliers, ...(await publishedRfq(app, w, suppliers)) });
    // Warm what the process caches for the organization (CPV labels and the like), not per case.
    await buyer.ok(DETAIL, { id: cases[0].caseId });
    for (const { suppliers, caseId } of cases) {
      const counted = await countStatements(() => buyer.ok(DETAIL, { id: caseId }));
      if (process.env['SHOW_STATEMENTS']) console.log(counted.texts.join('\n---\n'));
      expect(counted.result['purchaseCase']).toMatchObject({ id: caseId, shortlist: { entries: suppliers.map(() => expect.anything()) } });
      counts.push(counted.statements);
    }
    expect(counts[0]).toBeLessThanOrEqual(8);
    expect(counts[1]).toBe(counts[0]);
  });
});
