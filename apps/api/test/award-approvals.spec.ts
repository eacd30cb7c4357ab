import { ErrorCode } from '@bc/shared/domain';
import { AWARD_OPS, caseInDecision, DecisionCase, evaluatedCase, extraUser } from './support/award-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { OPS as CASE_OPS, userIds, DEMO } from './support/purchasing-fixtures';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Proposal = Record<string, any>;

/**
 * Award proposals and their approvals through the API on real PostgreSQL. The default policy
 * (product.md): up to 10 000 one decider, up to 100 000 two, above that or STRATEGIC two deciders
 * and the gatekeeper, sequential. Hanse quotes 100.00 per unit by default (4 pumps + 8 seal kits
 * = 1200.00 EUR), Alpine 110.00 (1320.00); Hanse is scored better and ranks first.
 */
describe('award proposals and approvals', () => {
  let app: TestApp;
  let w: RfqWorld;
  let ids: Record<string, string>;
  let decider2: { id: string; client: GraphQLClient };
  let decider3: { id: string; client: GraphQLClient };
  let buyerDecider: { id: string; client: GraphQLClient };

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    ids = await userIds(app);
    decider2 = await extraUser(app, ['DECIDER'], 'Second Decider');
    decider3 = await extraUser(app, ['DECIDER'], 'Third Decider');
    buyerDecider = await extraUser(app, ['BUYER', 'DECIDER'], 'Buyer And Decider');
  });
  afterAll(() => app.close());

  const propose = async (client: GraphQLClient, input: Record<string, unknown>): Promise<Proposal> => (await client.ok(AWARD_OPS.propose, { input }))['proposeAward'];
  const approve = async (client: GraphQLClient, proposalId: string, comment?: string): Promise<Proposal> =>
    (await client.ok(AWARD_OPS.approve, { proposalId, comment }))['approveAward'];
  const approveError = async (client: GraphQLClient, proposalId: string) => (await client.error(AWARD_OPS.approve, { proposalId })).extensions;
  const proposeError = async (client: GraphQLClient, input: Record<string, unknown>) => (await client.error(AWARD_OPS.propose, { input })).extensions;
  const stageOf = async (caseId: string): Promise<string> => (await app.dataSource.query(`SELECT stage FROM purchase_case WHERE id = $1`, [caseId]))[0].stage;
  const count = async (sql: string, params: unknown[]): Promise<number> => Number((await app.dataSource.query(sql, params))[0].count);
  const proposalsOf = async (caseId: string): Promise<Proposal[]> => (await w.as.buyer.ok(AWARD_OPS.proposals, { caseId }))['awardProposals'];
  const routeOf = (p: Proposal) => p.steps.map((s: { role: string }) => s.role);
  const awardedTransitions = (caseId: string) => count(`SELECT count(*) FROM case_stage_change WHERE case_id = $1 AND to_stage = 'AWARDED'`, [caseId]);
  const grantedEvents = (caseId: string) => count(`SELECT count(*) FROM audit_event WHERE action = 'award.granted' AND summary->>'caseId' = $1`, [caseId]);

  it('reads the default policy until an admin changes it', async () => {
    for (const client of [w.as.admin, w.as.buyer, w.as.decider]) {
      const policy = (await client.ok(AWARD_OPS.policy))['approvalPolicy'];
      expect(policy).toEqual({
        mode: 'SEQUENTIAL',
        isDefault: true,
        updatedAt: null,
        tiers: [
          { upTo: 10000, deciders: 1, gatekeeper: false },
          { upTo: 100000, deciders: 2, gatekeeper: false },
          { upTo: null, deciders: 2, gatekeeper: true },
        ],
        byImportance: [{ importance: 'STRATEGIC', deciders: 2, gatekeeper: true }],
      });
    }
  });

  it('refuses a bad policy with VALIDATION_FAILED naming the field, and keeps the old one', async () => {
    const tiers = [
      { upTo: 5000, deciders: 1, gatekeeper: false },
      { upTo: 4000, deciders: 2, gatekeeper: false },
      { upTo: null, deciders: 2, gatekeeper: true },
    ];
    expect((await w.as.admin.error(AWARD_OPS.updatePolicy, { input: { mode: 'PARALLEL', tiers } })).extensions).toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
      field: 'input.tiers.1.upTo',
    });
    const openEnded = [{ upTo: 5000, deciders: 1, gatekeeper: false }];
    expect((await w.as.admin.error(AWARD_OPS.updatePolicy, { input: { mode: 'PARALLEL', tiers: openEnded } })).extensions).toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
      field: 'input.tiers.0.upTo',
    });
    const none = [{ upTo: null, deciders: 0, gatekeeper: false }];
    expect((await w.as.admin.error(AWARD_OPS.updatePolicy, { input: { mode: 'PARALLEL', tiers: none } })).extensions).toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
      field: 'input.tiers.0.deciders',
    });
    const twice = [
      { importance: 'STRATEGIC', deciders: 2, gatekeeper: true },
      { importance: 'STRATEGIC', deciders: 1, gatekeeper: true },
    ];
    expect(
      (await w.as.admin.error(AWARD_OPS.updatePolicy, { input: { mode: 'PARALLEL', tiers: [{ upTo: null, deciders: 1, gatekeeper: false }], byImportance: twice } })).extensions,
    ).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.byImportance.1.importance' });
    const badImportance = [{ importance: 'LEVERAGE', deciders: 0, gatekeeper: false }];
    expect(
      (await w.as.admin.error(AWARD_OPS.updatePolicy, { input: { mode: 'PARALLEL', tiers: [{ upTo: null, deciders: 1, gatekeeper: false }], byImportance: badImportance } }))
        .extensions,
    ).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.byImportance.0.deciders' });
    expect((await w.as.admin.ok(AWARD_OPS.policy))['approvalPolicy'].isDefault).toBe(true);
    expect(await count(`SELECT count(*) FROM approval_policy`, [])).toBe(0);
  });

  it('picks one decider, two, or two plus the gatekeeper by the value, and two plus the gatekeeper for a strategic case', async () => {
    const small = await caseInDecision(app, w);
    const middle = await caseInDecision(app, w, { hanse: '1000.00', alpine: '1100.00' });
    const large = await caseInDecision(app, w, { hanse: '10000.00', alpine: '11000.00' });
    const strategic = await caseInDecision(app, w, { caseInput: { importance: 'STRATEGIC' } });

    const p1 = await propose(w.as.buyer, { caseId: small.caseId, invitationId: small.hanseInv });
    expect(p1).toMatchObject({ version: 1, status: 'PENDING', totalValue: '1200.00', currency: 'EUR', followsRanking: true, importance: 'ROUTINE', approvalMode: 'SEQUENTIAL' });
    expect(routeOf(p1)).toEqual(['DECIDER']);
    const p2 = await propose(w.as.buyer, { caseId: middle.caseId, invitationId: middle.hanseInv });
    expect(p2.totalValue).toBe('12000.00');
    expect(routeOf(p2)).toEqual(['DECIDER', 'DECIDER']);
    const p3 = await propose(w.as.buyer, { caseId: large.caseId, invitationId: large.hanseInv });
    expect(p3.totalValue).toBe('120000.00');
    expect(routeOf(p3)).toEqual(['DECIDER', 'DECIDER', 'GATEKEEPER']);
    const p4 = await propose(w.as.buyer, { caseId: strategic.caseId, invitationId: strategic.hanseInv });
    expect(p4).toMatchObject({ totalValue: '1200.00', importance: 'STRATEGIC' });
    expect(routeOf(p4)).toEqual(['DECIDER', 'DECIDER', 'GATEKEEPER']);

    // The route is fixed when proposed: a later policy change does not touch it.
    expect((await w.as.buyer.ok(AWARD_OPS.proposals, { caseId: small.caseId }))['awardProposals'][0].steps).toEqual([{ index: 0, role: 'DECIDER', open: true, approval: null }]);
    const audit = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'award.proposed' AND entity_id = $1`, [p3.id]);
    expect(audit[0].summary).toMatchObject({ totalValue: '120000.00', route: ['DECIDER', 'DECIDER', 'GATEKEEPER'], mode: 'SEQUENTIAL', followsRanking: true, version: 1 });
  });

  it('takes approvals in the order of a sequential route (deciders, then the gatekeeper), one per person, and awards the case after the last', async () => {
    const c = await caseInDecision(app, w, { hanse: '10000.00', alpine: '11000.00' });
    const p = await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv });
    expect(p).toMatchObject({ canDecide: false, cannotDecideReason: ErrorCode.FORBIDDEN });

    // The gatekeeper's step is not open before both deciders have approved.
    expect(await approveError(w.as.gatekeeper, p.id)).toMatchObject({ code: ErrorCode.NOT_YOUR_TURN });
    expect((await w.as.gatekeeper.ok(AWARD_OPS.inbox))['deciderInbox'].items.map((x: Proposal) => x.id)).not.toContain(p.id);
    expect((await w.as.decider.ok(AWARD_OPS.inbox))['deciderInbox'].items.map((x: Proposal) => x.id)).toContain(p.id);

    const first = await approve(w.as.decider, p.id, 'Within budget');
    expect(first.status).toBe('PENDING');
    expect(first.steps).toEqual([
      { index: 0, role: 'DECIDER', open: false, approval: { approverName: expect.any(String), role: 'DECIDER', decision: 'APPROVED' } },
      { index: 1, role: 'DECIDER', open: true, approval: null },
      { index: 2, role: 'GATEKEEPER', open: false, approval: null },
    ]);
    expect(first.approvals).toMatchObject([{ approverId: ids[DEMO.decider], role: 'DECIDER', decision: 'APPROVED', comment: 'Within budget' }]);
    expect(await approveError(w.as.decider, p.id)).toMatchObject({ code: ErrorCode.ALREADY_DECIDED });
    expect(await approveError(w.as.gatekeeper, p.id)).toMatchObject({ code: ErrorCode.NOT_YOUR_TURN });
    expect((await w.as.decider.ok(AWARD_OPS.inbox))['deciderInbox'].items.map((x: Proposal) => x.id)).not.toContain(p.id);

    await approve(decider2.client, p.id);
    expect(await stageOf(c.caseId)).toBe('DECISION');
    expect((await w.as.gatekeeper.ok(AWARD_OPS.inbox))['deciderInbox'].items.map((x: Proposal) => x.id)).toContain(p.id);
    expect(await approveError(decider3.client, p.id)).toMatchObject({ code: ErrorCode.NOT_YOUR_TURN });

    const last = await approve(w.as.gatekeeper, p.id, 'Compliant');
    expect(last).toMatchObject({ status: 'APPROVED', decidedAt: expect.any(String) });
    expect(last.steps.every((s: { approval: unknown; open: boolean }) => s.approval !== null && !s.open)).toBe(true);
    expect(await stageOf(c.caseId)).toBe('AWARDED');
    expect(await awardedTransitions(c.caseId)).toBe(1);
    expect(await grantedEvents(c.caseId)).toBe(1);
    const events = await app.dataSource.query(`SELECT supplier_id, kind, case_id, award_proposal_id FROM supplier_performance_event WHERE award_proposal_id = $1`, [p.id]);
    expect(events).toEqual([{ supplier_id: w.hanseSupplierId, kind: 'AWARD', case_id: c.caseId, award_proposal_id: p.id }]);
    expect((await app.dataSource.query(`SELECT awarded_supplier_id FROM purchase_case WHERE id = $1`, [c.caseId]))[0].awarded_supplier_id).toBe(w.hanseSupplierId);
    const actions = (await app.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY sequence`, [p.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['award.proposed', 'award.approved', 'award.approved', 'award.approved', 'award.granted']);
    expect(await approveError(decider3.client, p.id)).toMatchObject({ code: ErrorCode.STALE });
    const current = (await w.as.buyer.ok(AWARD_OPS.currentAward, { id: c.caseId }))['purchaseCase'];
    expect(current).toMatchObject({ stage: 'AWARDED', currentAward: { id: p.id, status: 'APPROVED' } });
  });

  it('lets a parallel route be approved in any order (the gatekeeper first)', async () => {
    await w.as.admin.ok(AWARD_OPS.updatePolicy, {
      input: {
        mode: 'PARALLEL',
        tiers: [
          { upTo: 10000, deciders: 1, gatekeeper: false },
          { upTo: 100000, deciders: 2, gatekeeper: false },
          { upTo: null, deciders: 2, gatekeeper: true },
        ],
        byImportance: [{ importance: 'STRATEGIC', deciders: 2, gatekeeper: true }],
      },
    });
    try {
      const c = await caseInDecision(app, w, { caseInput: { importance: 'STRATEGIC' } });
      const p = await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv });
      expect(p.approvalMode).toBe('PARALLEL');
      expect(p.steps.map((s: { open: boolean }) => s.open)).toEqual([true, true, true]);
      const afterGatekeeper = await approve(w.as.gatekeeper, p.id);
      expect(afterGatekeeper.steps[2].approval).toMatchObject({ role: 'GATEKEEPER' });
      await approve(decider2.client, p.id);
      expect(await stageOf(c.caseId)).toBe('DECISION');
      expect((await approve(w.as.decider, p.id)).status).toBe('APPROVED');
      expect(await stageOf(c.caseId)).toBe('AWARDED');
    } finally {
      await app.dataSource.query(`DELETE FROM approval_policy`);
    }
  });

  it('refuses the proposer (SEPARATION_OF_DUTIES) and an approver with a declared conflict of interest (CONFLICT_OF_INTEREST)', async () => {
    const c = await caseInDecision(app, w, { hanse: '1000.00', alpine: '1100.00' });
    const p = await propose(buyerDecider.client, { caseId: c.caseId, invitationId: c.hanseInv });
    expect(p).toMatchObject({ canDecide: false, cannotDecideReason: ErrorCode.SEPARATION_OF_DUTIES, proposedByName: 'Buyer And Decider' });
    expect(await approveError(buyerDecider.client, p.id)).toMatchObject({ code: ErrorCode.SEPARATION_OF_DUTIES });
    expect((await buyerDecider.client.error(AWARD_OPS.reject, { proposalId: p.id, comment: 'No' })).extensions).toMatchObject({ code: ErrorCode.SEPARATION_OF_DUTIES });

    // The demo decider joins the team and declares a conflict with Hanse, the awarded supplier.
    await w.as.buyer.ok(CASE_OPS.addMember, { caseId: c.caseId, userId: ids[DEMO.decider], role: 'DECIDER' });
    await w.as.decider.ok(CASE_OPS.declareConflict, { caseId: c.caseId, supplierId: w.hanseSupplierId, statement: 'My brother-in-law runs Hanse' });
    expect(await approveError(w.as.decider, p.id)).toMatchObject({ code: ErrorCode.CONFLICT_OF_INTEREST });
    expect((await w.as.decider.error(AWARD_OPS.reject, { proposalId: p.id, comment: 'No' })).extensions).toMatchObject({ code: ErrorCode.CONFLICT_OF_INTEREST });
    expect((await w.as.decider.ok(AWARD_OPS.proposals, { caseId: c.caseId }))['awardProposals'][0]).toMatchObject({ canDecide: false, cannotDecideReason: ErrorCode.CONFLICT_OF_INTEREST });
    expect((await w.as.decider.ok(AWARD_OPS.inbox))['deciderInbox'].items.map((x: Proposal) => x.id)).not.toContain(p.id);
    expect(await count(`SELECT count(*) FROM award_approval WHERE proposal_id = $1`, [p.id])).toBe(0);

    await approve(decider2.client, p.id);
    expect((await approve(decider3.client, p.id)).status).toBe('APPROVED');
    expect(await stageOf(c.caseId)).toBe('AWARDED');
  });

  it('keeps a rejected case in DECISION with the reason; the next proposal starts afresh', async () => {
    const c = await caseInDecision(app, w, { hanse: '1000.00', alpine: '1100.00' });
    const p = await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv });
    await approve(w.as.decider, p.id);
    expect((await decider2.client.error(AWARD_OPS.reject, { proposalId: p.id, comment: '   ' })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'comment' });
    const rejected = (await decider2.client.ok(AWARD_OPS.reject, { proposalId: p.id, comment: 'Negotiate the seal kits first' }))['rejectAward'];
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Negotiate the seal kits first', decidedAt: expect.any(String) });
    expect(rejected.approvals.map((a: Proposal) => a.decision)).toEqual(['APPROVED', 'REJECTED']);
    expect(await stageOf(c.caseId)).toBe('DECISION');
    expect(await approveError(decider3.client, p.id)).toMatchObject({ code: ErrorCode.STALE });
    expect(await count(`SELECT count(*) FROM audit_event WHERE action = 'award.rejected' AND entity_id = $1`, [p.id])).toBe(1);

    const next = await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv });
    expect(next).toMatchObject({ version: 2, status: 'PENDING', approvals: [] });
    expect(next.steps.map((s: Proposal) => s.approval)).toEqual([null, null]);
    // Whoever decided on version 1 decides on version 2 again.
    expect((await approve(decider2.client, next.id)).approvals).toHaveLength(1);
    const all = await proposalsOf(c.caseId);
    expect(all.map((x) => [x.version, x.status])).toEqual([
      [2, 'PENDING'],
      [1, 'REJECTED'],
    ]);
  });

  it('resets the approvals when the proposal changes: an approval of version 1 does not count for version 2, which now is STALE', async () => {
    const c = await caseInDecision(app, w, { hanse: '1000.00', alpine: '1100.00' });
    const v1 = await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv });
    await approve(w.as.decider, v1.id);
    const v2 = await propose(w.as.buyer, {
      caseId: c.caseId,
      lines: [
        { lineKey: c.lineKeys[0], invitationId: c.hanseInv },
        { lineKey: c.lineKeys[1], invitationId: c.alpineInv },
      ],
      justification: 'Alpine keeps seal kits in stock',
    });
    expect(v2).toMatchObject({ version: 2, status: 'PENDING', approvals: [], followsRanking: false });
    const [latest, old] = await proposalsOf(c.caseId);
    expect(latest.id).toBe(v2.id);
    expect(old).toMatchObject({ id: v1.id, status: 'SUPERSEDED', decisionReason: 'changed' });
    expect(old.approvals).toHaveLength(1);
    expect(await approveError(decider2.client, v1.id)).toMatchObject({ code: ErrorCode.STALE });

    // The decider who approved version 1 approves version 2 again; it still needs a second decider.
    expect((await approve(w.as.decider, v2.id)).status).toBe('PENDING');
    expect(await stageOf(c.caseId)).toBe('DECISION');
    expect((await approve(decider2.client, v2.id)).status).toBe('APPROVED');
    expect(await stageOf(c.caseId)).toBe('AWARDED');
    const actions = (await app.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY sequence`, [v1.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['award.proposed', 'award.approved', 'award.superseded']);
    // A split awards both suppliers: one AWARD event each.
    const events = await app.dataSource.query(`SELECT supplier_id FROM supplier_performance_event WHERE award_proposal_id = $1 ORDER BY supplier_id`, [v2.id]);
    expect(events.map((e: { supplier_id: string }) => e.supplier_id).sort()).toEqual([w.hanseSupplierId, w.alpineSupplierId].sort());
  });

  describe('proposing', () => {
    let c: DecisionCase;
    const proposals = () => count(`SELECT count(*) FROM award_proposal WHERE case_id = $1`, [c.caseId]);

    beforeAll(async () => {
      // Hanse: 4 × 250.10 + 8 × 10.05 = 1000.40 + 80.40 = 1080.80; Alpine: 4 × 260.00 + 8 × 9.99 = 1040.00 + 79.92 = 1119.92.
      c = await caseInDecision(app, w, { hanse: ['250.10', '10.05'], alpine: ['260.00', '9.99'] });
    });

    it('is refused before DECISION (STAGE_LOCKED naming input.caseId)', async () => {
      const early = await evaluatedCase(app, w);
      expect(await proposeError(w.as.buyer, { caseId: early.caseId, invitationId: early.hanseInv })).toMatchObject({
        code: ErrorCode.STAGE_LOCKED,
        field: 'input.caseId',
        stage: 'EVALUATION',
      });
      expect(await count(`SELECT count(*) FROM award_proposal WHERE case_id = $1`, [early.caseId])).toBe(0);
    });

    it('checks that every line is awarded exactly once to a supplier that quoted it, naming the field, and writes nothing', async () => {
      const [l1, l2] = c.lineKeys;
      expect(await proposeError(w.as.buyer, { caseId: c.caseId })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.invitationId' });
      expect(await proposeError(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv, lines: [{ lineKey: l1, invitationId: c.hanseInv }] })).toMatchObject({
        code: ErrorCode.VALIDATION_FAILED,
        field: 'input.invitationId',
      });
      expect(
        await proposeError(w.as.buyer, {
          caseId: c.caseId,
          lines: [
            { lineKey: l1, invitationId: c.hanseInv },
            { lineKey: l1, invitationId: c.alpineInv },
          ],
          justification: 'x',
        }),
      ).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.lines.1.lineKey' });
      expect(await proposeError(w.as.buyer, { caseId: c.caseId, lines: [{ lineKey: 'NOPE', invitationId: c.hanseInv }] })).toMatchObject({
        code: ErrorCode.VALIDATION_FAILED,
        field: 'input.lines.0.lineKey',
      });
      const missing = await proposeError(w.as.buyer, { caseId: c.caseId, lines: [{ lineKey: l1, invitationId: c.hanseInv }] });
      expect(missing).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.lines', missing: [l2] });
      expect(
        await proposeError(w.as.buyer, {
          caseId: c.caseId,
          lines: [
            { lineKey: l1, invitationId: c.hanseInv },
            { lineKey: l2, invitationId: c.caseId },
          ],
        }),
      ).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.lines.1.invitationId' });
      expect(await proposeError(w.as.buyer, { caseId: c.caseId, invitationId: 'not-an-id' })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.invitationId' });
      expect(await proposals()).toBe(0);
    });

    it('needs a justification (up to 5000 characters) unless every line goes to the first place', async () => {
      const [l1, l2] = c.lineKeys;
      expect(await proposeError(w.as.buyer, { caseId: c.caseId, invitationId: c.alpineInv })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.justification' });
      expect(await proposeError(w.as.buyer, { caseId: c.caseId, invitationId: c.alpineInv, justification: '   ' })).toMatchObject({
        code: ErrorCode.VALIDATION_FAILED,
        field: 'input.justification',
      });
      expect(await proposeError(w.as.buyer, { caseId: c.caseId, invitationId: c.alpineInv, justification: 'x'.repeat(5001) })).toMatchObject({
        code: ErrorCode.VALIDATION_FAILED,
        field: 'input.justification',
      });
      const split = {
        caseId: c.caseId,
        lines: [
          { lineKey: l1, invitationId: c.hanseInv },
          { lineKey: l2, invitationId: c.alpineInv },
        ],
      };
      expect(await proposeError(w.as.buyer, split)).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.justification' });
      expect(await proposals()).toBe(0);

      // A "split" that gives every line to the first place follows the ranking.
      const allTop = await propose(w.as.buyer, {
        caseId: c.caseId,
        lines: [
          { lineKey: l2, invitationId: c.hanseInv },
          { lineKey: l1, invitationId: c.hanseInv },
        ],
      });
      expect(allTop).toMatchObject({ followsRanking: true, justification: null, topRankedSupplierName: expect.stringContaining('Hanse'), totalValue: '1080.80' });
      const alpine = await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.alpineInv, justification: '  Shorter lead time  ' });
      expect(alpine).toMatchObject({ version: 2, followsRanking: false, justification: 'Shorter lead time', totalValue: '1119.92' });
    });

    it('totals a split award per supplier and in all, exactly, in the case currency, with the ranking and the savings against the first best quote', async () => {
      const [l1, l2] = c.lineKeys;
      const p = await propose(w.as.buyer, {
        caseId: c.caseId,
        lines: [
          { lineKey: l2, invitationId: c.alpineInv },
          { lineKey: l1, invitationId: c.hanseInv },
        ],
        justification: 'Each line at its best price',
      });
      expect(p.lines).toEqual([
        expect.objectContaining({ lineKey: l1, position: 1, description: 'Centrifugal pump, 15 m³/h', invitationId: c.hanseInv, supplierId: w.hanseSupplierId, quantity: '4', unitPrice: '250.1000', total: '1000.40' }),
        expect.objectContaining({ lineKey: l2, position: 2, description: 'Spare seal kit', invitationId: c.alpineInv, supplierId: w.alpineSupplierId, quantity: '8', unitPrice: '9.9900', total: '79.92' }),
      ]);
      expect(p.totalValue).toBe('1080.32');
      expect(p.supplierTotals).toEqual([
        expect.objectContaining({ invitationId: c.hanseInv, total: '1000.40', lines: 1 }),
        expect.objectContaining({ invitationId: c.alpineInv, total: '79.92', lines: 1 }),
      ]);
      expect(p.ranking.map((r: Proposal) => [r.rank, r.invitationId, r.comparableTotal])).toEqual([
        [1, c.hanseInv, '1080.80'],
        [2, c.alpineInv, '1119.92'],
      ]);
      expect(p).toMatchObject({ firstBestTotal: '1080.80', savings: '0.48', followsRanking: false, caseReference: c.caseReference, rfqReference: c.rfqReference });
      const stored = await app.dataSource.query(`SELECT line_key, total, unit_price, quantity FROM award_line WHERE proposal_id = $1 ORDER BY line_key`, [p.id]);
      expect(stored.map((r: Record<string, string>) => r['total']).sort()).toEqual(['1000.40', '79.92']);
      // One pending proposal: the earlier versions are superseded.
      const statuses = (await proposalsOf(c.caseId)).map((x) => x.status);
      expect(statuses).toEqual(['PENDING', 'SUPERSEDED', 'SUPERSEDED']);
    });

    it('withdraws a pending proposal with a reason; a withdrawn one is no longer decided (STALE)', async () => {
      const [pending] = await proposalsOf(c.caseId);
      expect((await w.as.buyer.error(AWARD_OPS.withdraw, { proposalId: pending.id, reason: ' ' })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'reason' });
      const withdrawn = (await w.as.buyer.ok(AWARD_OPS.withdraw, { proposalId: pending.id, reason: 'One more negotiation round' }))['withdrawAwardProposal'];
      expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', decisionReason: 'One more negotiation round' });
      expect(await approveError(w.as.decider, pending.id)).toMatchObject({ code: ErrorCode.STALE });
      expect((await w.as.buyer.error(AWARD_OPS.withdraw, { proposalId: pending.id, reason: 'again' })).extensions).toMatchObject({ code: ErrorCode.STALE });
      expect(await count(`SELECT count(*) FROM audit_event WHERE action = 'award.withdrawn' AND entity_id = $1`, [pending.id])).toBe(1);
      expect((await w.as.buyer.ok(AWARD_OPS.currentAward, { id: c.caseId }))['purchaseCase'].currentAward).toBeNull();
      expect(await stageOf(c.caseId)).toBe('DECISION');
    });
  });

  describe('at the same moment', () => {
    it('awards exactly once when two deciders approve the last step together (three times)', async () => {
      for (let round = 0; round < 3; round++) {
        const c = await caseInDecision(app, w, { hanse: '1000.00', alpine: '1100.00' });
        const p = await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv });
        await approve(w.as.decider, p.id);
        const results = await Promise.all([decider2.client.request(AWARD_OPS.approve, { proposalId: p.id }), decider3.client.request(AWARD_OPS.approve, { proposalId: p.id })]);
        const ok = results.filter((r) => !r.errors?.length);
        const refused = results.filter((r) => r.errors?.length);
        expect(ok).toHaveLength(1);
        expect(ok[0].data!['approveAward'].status).toBe('APPROVED');
        expect(refused.map((r) => r.errors![0].extensions?.code)).toEqual([ErrorCode.STALE]);
        expect(await stageOf(c.caseId)).toBe('AWARDED');
        expect(await awardedTransitions(c.caseId)).toBe(1);
        expect(await grantedEvents(c.caseId)).toBe(1);
        expect(await count(`SELECT count(*) FROM award_approval WHERE proposal_id = $1`, [p.id])).toBe(2);
        expect(await count(`SELECT count(*) FROM supplier_performance_event WHERE award_proposal_id = $1`, [p.id])).toBe(1);
      }
    });

    it('keeps one approval when the same decider approves twice at once, and none on a proposal superseded meanwhile', async () => {
      const c = await caseInDecision(app, w, { hanse: '1000.00', alpine: '1100.00' });
      for (let round = 0; round < 3; round++) {
        const p = await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv });
        const results = await Promise.all([w.as.decider.request(AWARD_OPS.approve, { proposalId: p.id }), w.as.decider.request(AWARD_OPS.approve, { proposalId: p.id })]);
        expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
        expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual([ErrorCode.ALREADY_DECIDED]);
        expect(await count(`SELECT count(*) FROM award_approval WHERE proposal_id = $1`, [p.id])).toBe(1);
      }
      // Proposing anew and approving the old version at the same moment: the approval never lands on a superseded proposal.
      await propose(w.as.buyer, { caseId: c.caseId, invitationId: c.hanseInv });
      for (let round = 0; round < 3; round++) {
        const [pending] = await proposalsOf(c.caseId);
        const [approved, proposed] = await Promise.all([
          decider2.client.request(AWARD_OPS.approve, { proposalId: pending.id }),
          w.as.buyer.request(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }),
        ]);
        expect(proposed.errors).toBeUndefined();
        const rows = await app.dataSource.query(
          `SELECT a.id FROM award_approval a JOIN award_proposal p ON p.id = a.proposal_id WHERE a.approver_id = $1 AND p.id = $2 AND a.decided_at > p.decided_at`,
          [decider2.id, pending.id],
        );
        expect(rows).toHaveLength(0);
        if (approved.errors?.length) expect(approved.errors[0].extensions?.code).toBe(ErrorCode.STALE);
      }
      expect(await count(`SELECT count(*) FROM award_proposal WHERE case_id = $1 AND status = 'PENDING'`, [c.caseId])).toBe(1);
      expect(await stageOf(c.caseId)).toBe('DECISION');
    });
  });
});
