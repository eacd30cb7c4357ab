import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { auditActions, CaseWalker, DEMO, DemoRole, insertSupplier, NEW_CASE, nordwindId, OPS, signInAll, userIds } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { advanceClockTo, closesAtOf } from './support/test-clock';

/** Needs become cases; cases move through the one declared stage machine, and only through it. */
describe('needs and purchase cases', () => {
  let app: TestApp;
  let as: Record<DemoRole, GraphQLClient>;
  let ids: Record<string, string>;
  let org: string;
  let walk: CaseWalker;

  beforeAll(async () => {
    app = await startTestApp();
    as = await signInAll(app);
    ids = await userIds(app);
    org = await nordwindId(app);
    walk = new CaseWalker(app, as, ids, org);
  });
  afterAll(() => app.close());

  const NEED = {
    title: 'Replacement pumps for line 3',
    description: 'Two circulation pumps',
    justification: 'The old pumps fail weekly',
    quantity: '2',
    unit: 'pcs',
    neededBy: '2027-03-31',
    estimatedValue: '12500.50',
    budgetReference: 'CC-4711',
    categoryCode: '42122000-0',
  };

  describe('needs', () => {
    it('a requester raises a need, a buyer turns it into a case in NEED with both on its team, and the requester sees where it stands', async () => {
      const need = (await as.requester.ok(OPS.raiseNeed, { input: NEED }))['raiseNeed'];
      expect(need).toMatchObject({ status: 'SUBMITTED', estimatedValue: '12500.50', currency: 'EUR', case: null });

      const created = (await as.buyer.ok(OPS.acceptNeed, { id: need.id, input: { importance: 'BOTTLENECK' } }))['acceptNeed'];
      expect(created).toMatchObject({
        stage: 'NEED',
        title: NEED.title,
        purchaseType: 'NEW_TASK',
        importance: 'BOTTLENECK',
        estimatedValue: '12500.50',
        neededBy: '2027-03-31',
        category: { code: '42122000-0', label: 'Pumps' },
      });
      expect(created.reference).toMatch(/^PC-\d{4}-\d{4}$/);
      expect(created.team.map((m: { role: string; user: { email: string } }) => `${m.user.email}:${m.role}`).sort()).toEqual([
        `${DEMO.buyer}:BUYER`,
        `${DEMO.requester}:REQUESTER`,
      ]);
      expect(created.stageHistory).toEqual([{ from: null, to: 'NEED', reason: null, actorName: 'Markus Schäfer' }]);

      const mine = (await as.requester.ok(OPS.myNeeds))['myNeeds'].items;
      expect(mine.find((n: { id: string }) => n.id === need.id)).toMatchObject({
        status: 'ACCEPTED',
        case: { id: created.id, reference: created.reference, stage: 'NEED' },
      });
      // The requester acts on the case as REQUESTER: they can read it.
      expect((await as.requester.ok(OPS.purchaseCase, { id: created.id }))['purchaseCase'].myRoles).toEqual(['REQUESTER']);
      expect(await auditActions(app, need.id)).toEqual(['need.raised', 'need.accepted']);
      expect(await auditActions(app, created.id)).toEqual(['case.created']);
      // Accepting twice is refused.
      expect((await as.buyer.error(OPS.acceptNeed, { id: need.id, input: { importance: 'ROUTINE' } })).extensions?.code).toBe(ErrorCode.CONFLICT);
    });

    it('a buyer declines a need only with a reason, and the requester sees the reason', async () => {
      const need = (await as.requester.ok(OPS.raiseNeed, { input: { ...NEED, title: 'Espresso machine' } }))['raiseNeed'];
      const noReason = await as.buyer.error(OPS.declineNeed, { id: need.id, reason: '  ' });
      expect(noReason.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'reason' });
      await as.buyer.ok(OPS.declineNeed, { id: need.id, reason: 'Not a procurement matter' });
      const mine = (await as.requester.ok(OPS.myNeeds))['myNeeds'].items;
      expect(mine.find((n: { id: string }) => n.id === need.id)).toMatchObject({ status: 'DECLINED', declineReason: 'Not a procurement matter' });
      expect(await auditActions(app, need.id)).toEqual(['need.raised', 'need.declined']);
    });

    it('the requester withdraws a submitted need; nobody else can, and a decided need cannot be withdrawn', async () => {
      const need = (await as.requester.ok(OPS.raiseNeed, { input: { ...NEED, title: 'Forklift' } }))['raiseNeed'];
      expect((await as.specifier.error(OPS.withdrawNeed, { id: need.id })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
      expect((await as.requester.ok(OPS.withdrawNeed, { id: need.id }))['withdrawNeed'].status).toBe('WITHDRAWN');
      expect((await as.requester.error(OPS.withdrawNeed, { id: need.id })).extensions?.code).toBe(ErrorCode.CONFLICT);
      expect((await as.buyer.error(OPS.acceptNeed, { id: need.id, input: { importance: 'ROUTINE' } })).extensions?.code).toBe(ErrorCode.CONFLICT);
    });

    it('refuses bad input naming the field, and writes nothing', async () => {
      const [{ count: before }] = await app.dataSource.query(`SELECT count(*) FROM need`);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ estimatedValue: '12,5' }, 'input.estimatedValue'],
        [{ estimatedValue: '-3' }, 'input.estimatedValue'],
        [{ quantity: '0x10' }, 'input.quantity'],
        [{ neededBy: '2027-02-30' }, 'input.neededBy'],
        [{ currency: 'euro' }, 'input.currency'],
        [{ title: '' }, 'input.title'],
        [{ categoryCode: '12345' }, 'input.categoryCode'],
        [{ categoryCode: '99999999-9' }, 'input.categoryCode'],
      ];
      for (const [change, field] of cases) {
        const error = await as.requester.error(OPS.raiseNeed, { input: { ...NEED, ...change } });
        expect({ change, ...error.extensions }).toMatchObject({ change, code: ErrorCode.VALIDATION_FAILED, field });
      }
      const [{ count: after }] = await app.dataSource.query(`SELECT count(*) FROM need`);
      expect(after).toBe(before);
    });
  });

  describe('stage transitions', () => {
    const refusal = async (caseId: string, to: string, reason?: string) => {
      const error = await as.buyer.error(OPS.moveCase, { caseId, to, reason });
      expect(error.extensions?.code).toBe(ErrorCode.TRANSITION_REFUSED);
      return error.extensions?.['blockers'];
    };
    const stageOf = async (caseId: string) =>
      (await app.dataSource.query(`SELECT stage FROM purchase_case WHERE id = $1`, [caseId]))[0].stage;

    it('NEED → SPECIFICATION needs a category (CATEGORY_MISSING)', async () => {
      const c = await walk.newCase({ categoryCode: null });
      await walk.addSpecifier(c.id);
      expect(await refusal(c.id, 'SPECIFICATION')).toEqual(['CATEGORY_MISSING']);
      const next = (await as.buyer.ok(OPS.purchaseCase, { id: c.id }))['purchaseCase'].nextSteps;
      expect(next).toContainEqual({ to: 'SPECIFICATION', blockers: ['CATEGORY_MISSING'], needsReason: false });
      expect(await stageOf(c.id)).toBe('NEED');
      await as.buyer.ok(OPS.updateCase, { id: c.id, input: { categoryCode: '42122000-0' } });
      const moved = (await as.buyer.ok(OPS.moveCase, { caseId: c.id, to: 'SPECIFICATION' }))['moveCase'];
      expect(moved.stage).toBe('SPECIFICATION');
      expect(moved.stageHistory.map((h: { from: string; to: string }) => [h.from, h.to])).toEqual([
        [null, 'NEED'],
        ['NEED', 'SPECIFICATION'],
      ]);
      expect(await auditActions(app, c.id)).toEqual(['case.created', 'case.member-added', 'case.updated', 'case.stage-changed']);
    });

    it('NEED → SPECIFICATION needs a specifier on the team (NO_SPECIFIER_ON_TEAM)', async () => {
      const c = await walk.newCase();
      expect(await refusal(c.id, 'SPECIFICATION')).toEqual(['NO_SPECIFIER_ON_TEAM']);
      await walk.addSpecifier(c.id);
      expect((await as.buyer.ok(OPS.moveCase, { caseId: c.id, to: 'SPECIFICATION' }))['moveCase'].stage).toBe('SPECIFICATION');
    });

    it('SPECIFICATION → SOURCING needs an approved specification (SPECIFICATION_NOT_APPROVED)', async () => {
      const c = await walk.inSpecification();
      expect(await refusal(c.id, 'SOURCING')).toEqual(['SPECIFICATION_NOT_APPROVED']);
      await walk.approvedSpec(c.id);
      expect((await as.buyer.ok(OPS.moveCase, { caseId: c.id, to: 'SOURCING' }))['moveCase'].stage).toBe('SOURCING');
      expect(await auditActions(app, c.id)).toContain('case.stage-changed');
    });

    it('SOURCING → RFQ needs an approved shortlist (SHORTLIST_NOT_APPROVED) and is made by publishing the RFQ, never by a plain move', async () => {
      const c = await walk.inSourcing();
      expect(await walk.rfqBlockers(c.id)).toEqual(['SHORTLIST_NOT_APPROVED', 'SINGLE_SOURCE_UNJUSTIFIED']);
      await walk.approvedShortlist(c.id, 3);
      expect(await walk.rfqBlockers(c.id)).toEqual([]);
      const plain = await as.buyer.error(OPS.moveCase, { caseId: c.id, to: 'RFQ' });
      expect(plain.extensions).toMatchObject({ code: ErrorCode.TRANSITION_REFUSED, blockers: [], via: 'RFQ_PUBLISH' });
      expect(await stageOf(c.id)).toBe('SOURCING');
      expect(await walk.publishRfq(c.id)).toBe('RFQ');
      const next = (await as.buyer.ok(OPS.purchaseCase, { id: c.id }))['purchaseCase'].nextSteps;
      // The RFQ takes quotes: the case goes on to EVALUATION when it closes; until then it may be cancelled.
      expect(next).toEqual([
        { to: 'EVALUATION', blockers: ['RFQ_NOT_CLOSED'], needsReason: false },
        { to: 'SOURCING', blockers: [], needsReason: true },
        { to: 'CANCELLED', blockers: [], needsReason: true },
      ]);
      // Past its closing time (by the application's clock, before the closing job ran) it can no longer be cancelled.
      const [{ id: rfqId }] = await app.dataSource.query(`SELECT id FROM rfq WHERE case_id = $1`, [c.id]);
      advanceClockTo(app, new Date((await closesAtOf(app, rfqId)).getTime() + 1000));
      expect((await as.buyer.ok(OPS.purchaseCase, { id: c.id }))['purchaseCase'].nextSteps.slice(0, 2)).toEqual([
        { to: 'EVALUATION', blockers: ['RFQ_NOT_CLOSED'], needsReason: false },
        { to: 'SOURCING', blockers: ['RFQ_CLOSED'], needsReason: true },
      ]);
    });

    it('SOURCING → RFQ with fewer suppliers than the policy asks and no justification (SINGLE_SOURCE_UNJUSTIFIED)', async () => {
      const c = await walk.inSourcing();
      await walk.approvedShortlist(c.id, 3);
      // The policy asks for more after the approval.
      await as.admin.ok(OPS.updatePolicy, { input: { minimumSuppliers: [{ purchaseType: 'NEW_TASK', minimum: 5 }] } });
      try {
        expect(await walk.rfqBlockers(c.id)).toEqual(['SINGLE_SOURCE_UNJUSTIFIED']);
      } finally {
        await as.admin.ok(OPS.updatePolicy, { input: { minimumSuppliers: [{ purchaseType: 'NEW_TASK', minimum: 3 }] } });
      }
      expect(await walk.publishRfq(c.id)).toBe('RFQ');
    });

    it('going back from SOURCING to SPECIFICATION needs a reason (REASON_REQUIRED), which is kept', async () => {
      const c = await walk.inSourcing();
      expect(await refusal(c.id, 'SPECIFICATION')).toEqual(['REASON_REQUIRED']);
      const moved = (await as.buyer.ok(OPS.moveCase, { caseId: c.id, to: 'SPECIFICATION', reason: 'Suppliers need the drawings' }))[
        'moveCase'
      ];
      expect(moved.stageHistory.at(-1)).toEqual({ from: 'SOURCING', to: 'SPECIFICATION', reason: 'Suppliers need the drawings', actorName: 'Markus Schäfer' });
      const [row] = await app.dataSource.query(`SELECT from_stage, to_stage, reason, actor_user_id FROM case_stage_change WHERE case_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [c.id]);
      expect(row).toEqual({ from_stage: 'SOURCING', to_stage: 'SPECIFICATION', reason: 'Suppliers need the drawings', actor_user_id: ids[DEMO.buyer] });
    });

    it('cancelling needs a reason (REASON_REQUIRED); a cancelled case is closed (CASE_CLOSED)', async () => {
      const c = await walk.newCase();
      expect(await refusal(c.id, 'CANCELLED')).toEqual(['REASON_REQUIRED']);
      const empty = await as.buyer.error(OPS.cancelCase, { caseId: c.id, reason: ' ' });
      expect(empty.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'reason' });
      const cancelled = (await as.buyer.ok(OPS.cancelCase, { caseId: c.id, reason: 'Budget withdrawn' }))['cancelCase'];
      expect(cancelled).toMatchObject({ stage: 'CANCELLED', cancelReason: 'Budget withdrawn' });
      expect(await refusal(c.id, 'SPECIFICATION')).toEqual(['CASE_CLOSED']);
      expect(await refusal(c.id, 'CANCELLED', 'again')).toEqual(['CASE_CLOSED']);
      expect((await as.buyer.ok(OPS.purchaseCase, { id: c.id }))['purchaseCase'].nextSteps).toEqual([]);
      const actions = await auditActions(app, c.id);
      expect(actions.at(-1)).toBe('case.cancelled');
      const [event] = await app.dataSource.query(`SELECT summary FROM audit_event WHERE entity_id = $1 AND action = 'case.cancelled'`, [c.id]);
      expect(event.summary).toMatchObject({ from: 'NEED', to: 'CANCELLED', reason: 'Budget withdrawn' });
    });

    it.each(['NEED', 'SPECIFICATION', 'SOURCING', 'RFQ', 'EVALUATION', 'NEGOTIATION', 'DECISION'])(
      'a case is cancelled from %s with a reason, kept in the history and the audit trail',
      async (stage) => {
        const c = await walk.newCase();
        // The later stages belong to capabilities still to come: put the case there directly.
        if (stage !== 'NEED') await app.dataSource.query(`UPDATE purchase_case SET stage = $2 WHERE id = $1`, [c.id, stage]);
        const next = (await as.buyer.ok(OPS.purchaseCase, { id: c.id }))['purchaseCase'].nextSteps;
        expect(next).toContainEqual({ to: 'CANCELLED', blockers: [], needsReason: true });
        const cancelled = (await as.buyer.ok(OPS.moveCase, { caseId: c.id, to: 'CANCELLED', reason: `Stopped in ${stage}` }))['moveCase'];
        expect(cancelled).toMatchObject({ stage: 'CANCELLED', cancelReason: `Stopped in ${stage}` });
        expect(cancelled.stageHistory.at(-1)).toMatchObject({ from: stage, to: 'CANCELLED', reason: `Stopped in ${stage}` });
        const [event] = await app.dataSource.query(`SELECT summary FROM audit_event WHERE entity_id = $1 AND action = 'case.cancelled'`, [c.id]);
        expect(event.summary).toMatchObject({ from: stage, to: 'CANCELLED', reason: `Stopped in ${stage}` });
      },
    );

    it('an AWARDED case is closed: nothing moves it (CASE_CLOSED)', async () => {
      const c = await walk.newCase();
      await app.dataSource.query(`UPDATE purchase_case SET stage = 'AWARDED' WHERE id = $1`, [c.id]);
      expect(await refusal(c.id, 'CANCELLED', 'Too late')).toEqual(['CASE_CLOSED']);
      expect((await as.buyer.ok(OPS.purchaseCase, { id: c.id }))['purchaseCase'].nextSteps).toEqual([]);
    });

    it('refuses a transition that is not declared, with no blockers to fix', async () => {
      const c = await walk.newCase();
      const error = await as.buyer.error(OPS.moveCase, { caseId: c.id, to: 'AWARDED' });
      expect(error.extensions).toMatchObject({ code: ErrorCode.TRANSITION_REFUSED, blockers: [], from: 'NEED', to: 'AWARDED' });
      const rfq = await as.buyer.error(OPS.moveCase, { caseId: c.id, to: 'RFQ' });
      expect(rfq.extensions).toMatchObject({ code: ErrorCode.TRANSITION_REFUSED, blockers: [] });
      expect(await stageOf(c.id)).toBe('NEED');
      expect(await auditActions(app, c.id)).toEqual(['case.created']);
    });

    it('the stage history is append-only in the database', async () => {
      const c = await walk.newCase();
      await expect(app.dataSource.query(`UPDATE case_stage_change SET reason = 'x' WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
      await expect(app.dataSource.query(`DELETE FROM case_stage_change WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    });
  });

  describe('team and access', () => {
    it('team roles must be roles the user holds in the organization', async () => {
      const c = await walk.newCase();
      const error = await as.buyer.error(OPS.addMember, { caseId: c.id, userId: ids[DEMO.advisor], role: 'SPECIFIER' });
      expect(error.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'role' });
      const admin = await as.buyer.error(OPS.addMember, { caseId: c.id, userId: ids[DEMO.admin], role: 'ADMIN' });
      expect(admin.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'role' });
      const team = (await as.buyer.ok(OPS.addMember, { caseId: c.id, userId: ids[DEMO.advisor], role: 'ADVISOR' }))['addCaseMember'].team;
      expect(team.map((m: { role: string }) => m.role).sort()).toEqual(['ADVISOR', 'BUYER']);
      const twice = await as.buyer.error(OPS.addMember, { caseId: c.id, userId: ids[DEMO.advisor], role: 'ADVISOR' });
      expect(twice.extensions?.code).toBe(ErrorCode.CONFLICT);
    });

    it('others get NOT_FOUND for a case they are not on; team members read it; buyers and gatekeepers see every case', async () => {
      const c = await walk.newCase();
      for (const who of ['advisor', 'specifier', 'decider', 'requester'] as const) {
        expect((await as[who].error(OPS.purchaseCase, { id: c.id })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
      }
      expect((await as.gatekeeper.ok(OPS.purchaseCase, { id: c.id }))['purchaseCase'].myRoles).toEqual(['GATEKEEPER']);
      const added = (await as.buyer.ok(OPS.addMember, { caseId: c.id, userId: ids[DEMO.advisor], role: 'ADVISOR' }))['addCaseMember'];
      expect((await as.advisor.ok(OPS.purchaseCase, { id: c.id }))['purchaseCase'].myRoles).toEqual(['ADVISOR']);
      const member = added.team.find((m: { role: string }) => m.role === 'ADVISOR');
      await as.buyer.ok(OPS.removeMember, { caseId: c.id, memberId: member.id });
      expect((await as.advisor.error(OPS.purchaseCase, { id: c.id })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
      expect(await auditActions(app, c.id)).toEqual(['case.created', 'case.member-added', 'case.member-removed']);
    });

    it('a specifier on the team cannot move the case: FORBIDDEN, not NOT_FOUND', async () => {
      const c = await walk.newCase();
      await walk.addSpecifier(c.id);
      // The org-level permission (CASE_MANAGE) is checked first by the guard…
      expect((await as.specifier.error(OPS.moveCase, { caseId: c.id, to: 'SPECIFICATION' })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
      // …and a case-level refusal for someone who can read the case is FORBIDDEN too.
      const conflictOnForeignCase = await as.specifier.error(OPS.saveSpec, {
        caseId: (await walk.newCase()).id,
        input: { lines: [], requirements: [] },
      });
      expect(conflictOnForeignCase.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    });

    it('members declare conflicts of interest, kept append-only', async () => {
      const c = await walk.newCase();
      await walk.addSpecifier(c.id);
      const supplierId = await insertSupplier(app, org, { name: 'Brother-in-law Pumps GmbH' });
      const empty = await as.specifier.error(OPS.declareConflict, { caseId: c.id, supplierId, statement: '' });
      expect(empty.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'statement' });
      const conflicts = (await as.specifier.ok(OPS.declareConflict, { caseId: c.id, supplierId, statement: 'My brother-in-law owns it' }))[
        'declareConflict'
      ].conflicts;
      expect(conflicts).toEqual([
        { id: expect.any(String), statement: 'My brother-in-law owns it', user: { email: DEMO.specifier }, supplier: { id: supplierId, name: 'Brother-in-law Pumps GmbH' } },
      ]);
      expect((await as.advisor.error(OPS.declareConflict, { caseId: c.id, supplierId, statement: 'x' })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
      await expect(app.dataSource.query(`DELETE FROM case_conflict WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
      expect(await auditActions(app, c.id)).toContain('case.conflict-declared');
    });
  });

  describe('references and lists', () => {
    it('allocates references per organization and year without races', async () => {
      const created = await Promise.all(Array.from({ length: 8 }, (_, i) => walk.newCase({ title: `Parallel case ${i}` })));
      const numbers = created.map((c) => Number(c.reference.split('-')[2])).sort((a, b) => a - b);
      expect(new Set(numbers).size).toBe(8);
      expect(numbers[7] - numbers[0]).toBe(7);
      const year = new Date().getUTCFullYear();
      expect(created.every((c) => c.reference.startsWith(`PC-${year}-`))).toBe(true);
    });

    it('lists, filters, searches and counts the cases a user may see', async () => {
      const c = await walk.newCase({ title: 'Hydraulic press overhaul', importance: 'STRATEGIC' });
      const LIST = `query ($filter: PurchaseCaseFilter, $limit: Int) { purchaseCases(filter: $filter, limit: $limit) { total items { id reference title } } }`;
      const bySearch = (await as.buyer.ok(LIST, { filter: { search: 'press overh' } }))['purchaseCases'];
      expect(bySearch.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
      const byRef = (await as.buyer.ok(LIST, { filter: { search: c.reference } }))['purchaseCases'];
      expect(byRef.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
      const strategic = (await as.buyer.ok(LIST, { filter: { importance: 'STRATEGIC', stage: ['NEED'] } }))['purchaseCases'];
      expect(strategic.items.map((i: { id: string }) => i.id)).toContain(c.id);
      const page = (await as.buyer.ok(LIST, { limit: 2 }))['purchaseCases'];
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeGreaterThan(2);
      // The advisor sees only the cases on whose team they are.
      const COUNTS = `{ purchaseCaseCounts { stage count } }`;
      const needCount = async () => (await as.advisor.ok(COUNTS))['purchaseCaseCounts'].find((s: { stage: string }) => s.stage === 'NEED').count;
      const advisorBefore = (await as.advisor.ok(LIST, { limit: 100 }))['purchaseCases'];
      const countBefore = await needCount();
      expect(advisorBefore.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
      const [{ count: onTeam }] = await app.dataSource.query(
        `SELECT count(DISTINCT case_id)::int AS count FROM case_member WHERE user_id = $1`,
        [ids[DEMO.advisor]],
      );
      expect(advisorBefore.total).toBe(onTeam);
      await as.buyer.ok(OPS.addMember, { caseId: c.id, userId: ids[DEMO.advisor], role: 'ADVISOR' });
      const advisorAfter = (await as.advisor.ok(LIST, { limit: 100 }))['purchaseCases'];
      expect(advisorAfter.items[0].id).toBe(c.id);
      expect(advisorAfter.total).toBe(advisorBefore.total + 1);
      expect(await needCount()).toBe(countBefore + 1);
      expect((await as.advisor.ok(COUNTS))['purchaseCaseCounts']).toHaveLength(9);
      const mine = (await as.buyer.ok(LIST, { filter: { mine: true }, limit: 100 }))['purchaseCases'];
      expect(mine.items.length).toBeGreaterThan(0);
      expect((await as.gatekeeper.ok(LIST, { filter: { mine: true } }))['purchaseCases'].total).toBe(0);
      expect((await as.buyer.error(LIST, { limit: 101 })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'limit' });
    });

    it('the search is served by the trigram index on the searched expression', async () => {
      const plan = await app.dataSource.transaction(async (em) => {
        await em.query(`SET LOCAL enable_seqscan = off`);
        const rows: Array<{ 'QUERY PLAN': string }> = await em.query(
          `EXPLAIN SELECT c.id FROM purchase_case c WHERE (c.reference || ' ' || c.title || ' ' || c.description) ILIKE '%press overh%'`,
        );
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('purchase_case_search_idx');
    });

    it('refuses a bad new case naming the field, and writes nothing', async () => {
      const [{ count: before }] = await app.dataSource.query(`SELECT count(*) FROM purchase_case`);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ title: '   ' }, 'input.title'],
        [{ importance: 'VITAL' }, 'input.importance'],
        [{ estimatedValue: 'NaN' }, 'input.estimatedValue'],
        [{ categoryCode: '42122000-9' }, 'input.categoryCode'],
        [{ neededBy: 'tomorrow' }, 'input.neededBy'],
        [{ unknownField: 1 }, 'input.unknownField'],
      ];
      for (const [change, field] of cases) {
        const error = await as.buyer.error(OPS.createCase, { input: { ...NEW_CASE, ...change } });
        expect({ change, ...error.extensions }).toMatchObject({ change, code: ErrorCode.VALIDATION_FAILED, field });
      }
      const [{ count: after }] = await app.dataSource.query(`SELECT count(*) FROM purchase_case`);
      expect(after).toBe(before);
    });

    it('the case data is locked once the RFQ is out, and a closed case keeps its team (STAGE_LOCKED)', async () => {
      const c = await walk.newCase();
      await app.dataSource.query(`UPDATE purchase_case SET stage = 'RFQ' WHERE id = $1`, [c.id]);
      const locked = await as.buyer.error(OPS.updateCase, { id: c.id, input: { title: 'Late change' } });
      expect(locked.extensions).toMatchObject({ code: ErrorCode.STAGE_LOCKED, stage: 'RFQ' });
      await as.buyer.ok(OPS.cancelCase, { caseId: c.id, reason: 'Stopped' });
      const team = await as.buyer.error(OPS.addMember, { caseId: c.id, userId: ids[DEMO.advisor], role: 'ADVISOR' });
      expect(team.extensions?.code).toBe(ErrorCode.STAGE_LOCKED);
      const [row] = await app.dataSource.query(`SELECT title FROM purchase_case WHERE id = $1`, [c.id]);
      expect(row.title).toBe(NEW_CASE.title);
    });

    it('updates the case data with validation naming the field', async () => {
      const c = await walk.newCase();
      const bad = await as.buyer.error(OPS.updateCase, { id: c.id, input: { estimatedValue: '1e5' } });
      expect(bad.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.estimatedValue' });
      const updated = (await as.buyer.ok(OPS.updateCase, { id: c.id, input: { estimatedValue: '99999999999999.99', neededBy: null } }))[
        'updatePurchaseCase'
      ];
      expect(updated).toMatchObject({ estimatedValue: '99999999999999.99', neededBy: null, currency: 'EUR' });
      expect(NEW_CASE.estimatedValue).toBe('48000.00');
    });
  });
});
