import type { GraphQLClient } from './support/graphql-client';
import { CaseWalker, DEMO, DemoRole, insertSupplier, nordwindId, OPS, signInAll, userIds } from './support/purchasing-fixtures';
import { countStatements } from './support/query-counter';
import { startTestApp, TestApp } from './support/test-app';

/** A page of cases with every nested field costs the same number of statements whatever its size. */
describe('batched nested fields of purchase cases', () => {
  let app: TestApp;
  let as: Record<DemoRole, GraphQLClient>;

  const CASE_PAGE = `query ($limit: Int!) { purchaseCases(filter: { search: "Batchcase" }, limit: $limit) { total items {
    id reference title stage myRoles category { code label } sourceCase { id reference } need { id title requester { name } }
    team { id role user { id name } } conflicts { id user { name } supplier { id name } }
    nextSteps { to blockers needsReason } stageHistory { from to actorName }
    specification { id version authorName approvedByName lines { key } requirements { key } attachments { id } }
    approvedSpecification { id } specificationVersions { id }
    shortlist { status minimumSuppliers suppliersIn submittedByName reviews { actorName } entries { reason supplier { id name } } } } } }`;
  const NEEDS = `query { needs(limit: 200) { items { id requester { name } category { label } case { id reference stage } } } }`;

  beforeAll(async () => {
    app = await startTestApp();
    as = await signInAll(app);
    const ids = await userIds(app);
    const org = await nordwindId(app);
    const walk = new CaseWalker(app, as, ids, org);
    // 24 cases with needs, team, conflicts, specifications, shortlists and a rebuy link.
    let previous: string | null = null;
    for (let i = 0; i < 24; i++) {
      const need = (await as.requester.ok(OPS.raiseNeed, { input: { title: `Batchcase need ${i}`, justification: 'why', categoryCode: '42122000-0' } }))['raiseNeed'];
      const c = (await as.buyer.ok(OPS.acceptNeed, { id: need.id, input: { importance: 'ROUTINE', title: `Batchcase ${i}` } }))['acceptNeed'];
      await walk.addSpecifier(c.id);
      await as.buyer.ok(OPS.moveCase, { caseId: c.id, to: 'SPECIFICATION' });
      await walk.approvedSpec(c.id);
      const supplierId = await insertSupplier(app, org);
      await as.buyer.ok(OPS.setEntry, { caseId: c.id, supplierId, decision: 'IN', reason: 'Fits', source: 'SEARCH' });
      // A conflict with another supplier than the shortlisted one, so both fields really load.
      await as.specifier.ok(OPS.declareConflict, { caseId: c.id, supplierId: await insertSupplier(app, org), statement: 'Former employer' });
      if (previous) await app.dataSource.query(`UPDATE purchase_case SET source_case_id = $1, purchase_type = 'MODIFIED_REBUY' WHERE id = $2`, [previous, c.id]);
      previous = c.id;
    }
    expect(DEMO.buyer).toBeDefined();
  });
  afterAll(() => app.close());

  it('the case list runs a fixed number of statements, for 3 items as for 24', async () => {
    const small = await countStatements(() => as.buyer.ok(CASE_PAGE, { limit: 3 }));
    const large = await countStatements(() => as.buyer.ok(CASE_PAGE, { limit: 24 }));
    const items = large.result['purchaseCases'].items;
    expect(items).toHaveLength(24);
    expect(small.result['purchaseCases'].items).toHaveLength(3);
    // The nested fields are really there.
    const item = items.find((i: { sourceCase: unknown }) => i.sourceCase);
    expect(item.team.length).toBeGreaterThan(1);
    expect(item.conflicts[0].supplier.name).toBeTruthy();
    expect(item.specification.lines.length).toBeGreaterThan(0);
    expect(item.shortlist.entries[0].supplier.name).toBeTruthy();
    expect(item.need.requester.name).toBe('Jonas Becker');
    expect(item.category.label).toBe('Pumps');
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(30);
  });

  it('the needs list runs a fixed number of statements', async () => {
    const few = await countStatements(() => as.buyer.ok(NEEDS));
    const needs = few.result['needs'].items;
    expect(needs.length).toBeGreaterThanOrEqual(24);
    expect(needs.every((n: { case: unknown; requester: { name: string } }) => n.case && n.requester.name)).toBe(true);
    await as.requester.ok(OPS.raiseNeed, { input: { title: 'One more', justification: 'why', categoryCode: '44440000-6' } });
    const more = await countStatements(() => as.buyer.ok(NEEDS));
    expect(more.statements).toBe(few.statements);
  });
});
