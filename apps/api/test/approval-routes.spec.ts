import { ErrorCode } from '@bc/shared/domain';
import { AWARD_OPS, caseInDecision, extraUser } from './support/award-fixtures';
import { OPS as CASE_OPS } from './support/purchasing-fixtures';
import { inSeconds, RFQ_OPS, rfqWorld, RfqWorld, SHORT_PERIOD } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SHORTFALL = 'shortfalls { role required available }';
const POLICY_CHECK = `{ approvalPolicy { staffing { deciders gatekeepers holdingBoth } gatekeeperApprovalShortfalls { role required available }
  tiers { upTo deciders gatekeeper ${SHORTFALL} } byImportance { importance deciders gatekeeper ${SHORTFALL} } } }`;
const ONE_TIER = (deciders: number, gatekeeper: boolean) => ({ mode: 'SEQUENTIAL', tiers: [{ upTo: null, deciders, gatekeeper }], byImportance: [] });

/**
 * Approval routes that can always be finished: the policy editor shows who can approve and warns
 * about routes the organization cannot complete; asking for an approval nobody can complete is
 * refused with APPROVAL_ROUTE_INCOMPLETE; cancelling a case withdraws whatever waits for an approver.
 * The demo organization has one decider and one gatekeeper.
 */
describe('approval routes that can be completed', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(() => app.close());

  const setPolicy = (input: Record<string, unknown>) => w.as.admin.ok(AWARD_OPS.updatePolicy, { input });
  const proposals = async (caseId: string) => Number((await app.dataSource.query(`SELECT count(*) FROM award_proposal WHERE case_id = $1`, [caseId]))[0].count);

  it('shows the policy editor how many active users hold each approving role and warns about a route they cannot complete', async () => {
    const policy = (await w.as.admin.ok(POLICY_CHECK))['approvalPolicy'];
    expect(policy.staffing).toEqual({ deciders: 1, gatekeepers: 1, holdingBoth: 0 });
    // The defaults: up to 10 000 one decider (fine), above that two deciders (one short).
    expect(policy.tiers.map((t: { shortfalls: unknown[] }) => t.shortfalls)).toEqual([
      [],
      [{ role: 'DECIDER', required: 2, available: 1 }],
      [{ role: 'DECIDER', required: 2, available: 1 }],
    ]);
    expect(policy.byImportance[0].shortfalls).toEqual([{ role: 'DECIDER', required: 2, available: 1 }]);
    expect(policy.gatekeeperApprovalShortfalls).toEqual([]);
  });

  it('refuses to propose an award whose route needs two deciders in an organization with one (APPROVAL_ROUTE_INCOMPLETE naming the role and how many), and writes nothing', async () => {
    await setPolicy(ONE_TIER(2, false));
    const c = await caseInDecision(app, w);
    const error = await w.as.buyer.error(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } });
    expect(error.extensions).toMatchObject({ code: ErrorCode.APPROVAL_ROUTE_INCOMPLETE, field: 'input.caseId', role: 'DECIDER', required: 2, available: 1 });
    expect(error.message).toContain('2 deciders needed, 1 eligible');
    expect(await proposals(c.caseId)).toBe(0);

    // A second decider makes the route possible.
    const second = await extraUser(app, ['DECIDER'], 'Route Second Decider');
    const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
    expect(proposal.status).toBe('PENDING');
    await app.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [second.id]);
  });

  it('does not count the proposer: a buyer who is also the second decider cannot propose a two-decider award', async () => {
    const buyerDecider = await extraUser(app, ['BUYER', 'DECIDER'], 'Buyer Decider');
    const policy = (await w.as.admin.ok(POLICY_CHECK))['approvalPolicy'];
    expect(policy.staffing.deciders).toBe(2);
    // Worst case: when the buyer-decider proposes, only one decider is left.
    expect(policy.tiers[0].shortfalls).toEqual([{ role: 'DECIDER', required: 2, available: 1 }]);

    const c = await caseInDecision(app, w);
    const error = await buyerDecider.client.error(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } });
    expect(error.extensions).toMatchObject({ code: ErrorCode.APPROVAL_ROUTE_INCOMPLETE, role: 'DECIDER', required: 2, available: 1 });
    // The demo buyer may: both deciders are eligible for their proposal.
    expect((await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'].status).toBe('PENDING');
    await app.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [buyerDecider.id]);
  });

  it('does not count an approver with a declared conflict of interest with the awarded supplier', async () => {
    await setPolicy(ONE_TIER(0, true));
    const c = await caseInDecision(app, w);
    await w.as.gatekeeper.ok(CASE_OPS.declareConflict, { caseId: c.caseId, supplierId: w.hanseSupplierId, statement: 'My brother runs Hanse' });
    const error = await w.as.buyer.error(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } });
    expect(error.extensions).toMatchObject({ code: ErrorCode.APPROVAL_ROUTE_INCOMPLETE, role: 'GATEKEEPER', required: 1, available: 0 });
    // Alpine (no conflict) may be proposed, with a justification since it is not the first place.
    const alpine = await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.alpineInv, justification: 'Shorter lead time' } });
    expect(alpine['proposeAward'].status).toBe('PENDING');
  });

  it('refuses to submit a shortlist and to ask for an RFQ approval when no gatekeeper but the requester could approve', async () => {
    const c = await w.walker.inSourcing();
    await w.as.buyer.ok(`mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: IN, reason: "Fits", source: SEARCH) { id } }`, {
      caseId: c.id,
      supplierId: w.hanseSupplierId,
    });
    const submit = `mutation ($caseId: ID!, $j: String) { submitShortlist(caseId: $caseId, singleSourceJustification: $j) { id } }`;
    const [gatekeeper] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'gatekeeper@nordwind.example'`);
    await app.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [gatekeeper.id]);
    try {
      const policy = (await w.as.admin.ok(POLICY_CHECK))['approvalPolicy'];
      expect(policy.gatekeeperApprovalShortfalls).toEqual([{ role: 'GATEKEEPER', required: 1, available: 0 }]);
      const error = await w.as.buyer.error(submit, { caseId: c.id, j: 'Single source' });
      expect(error.extensions).toMatchObject({ code: ErrorCode.APPROVAL_ROUTE_INCOMPLETE, field: 'caseId', role: 'GATEKEEPER', required: 1, available: 0 });
      expect(error.message).toContain('1 gatekeeper needed, 0 eligible');
    } finally {
      await app.dataSource.query(`UPDATE app_user SET disabled_at = NULL WHERE id = $1`, [gatekeeper.id]);
    }
    await w.as.buyer.ok(submit, { caseId: c.id, j: 'Single source' });
    await w.as.gatekeeper.ok(`mutation ($caseId: ID!) { approveShortlist(caseId: $caseId, comment: "ok") { id } }`, { caseId: c.id });
    const closesAt = inSeconds(3600);
    const rfq = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt, questionsCloseAt: closesAt, shortPeriodJustification: SHORT_PERIOD } }))['createRfq'];
    await app.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [gatekeeper.id]);
    try {
      const error = await w.as.buyer.error(RFQ_OPS.requestApproval, { id: rfq.id });
      expect(error.extensions).toMatchObject({ code: ErrorCode.APPROVAL_ROUTE_INCOMPLETE, field: 'id', role: 'GATEKEEPER', required: 1, available: 0 });
      const [row] = await app.dataSource.query(`SELECT approval FROM rfq WHERE id = $1`, [rfq.id]);
      expect(row.approval).toBe('NONE');
    } finally {
      await app.dataSource.query(`UPDATE app_user SET disabled_at = NULL WHERE id = $1`, [gatekeeper.id]);
    }
  });

  describe('cancelling a case', () => {
    const history = async (caseId: string) =>
      (await w.as.buyer.ok(`query ($id: ID!) { purchaseCase(id: $id) { timeline { action summary } } }`, { id: caseId }))['purchaseCase'].timeline.map((e: { action: string; summary: string }) => ({
        action: e.action,
        summary: JSON.parse(e.summary) as Record<string, any>,
      })) as Array<{ action: string; summary: Record<string, any> }>;

    it('withdraws its pending award proposal, says so in the history and the audit, and the approver can no longer decide it', async () => {
      await setPolicy(ONE_TIER(1, false));
      const c = await caseInDecision(app, w);
      const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
      expect((await w.as.decider.ok(AWARD_OPS.inbox))['deciderInbox'].items.map((p: { id: string }) => p.id)).toContain(proposal.id);

      await w.as.buyer.ok(CASE_OPS.cancelCase, { caseId: c.caseId, reason: 'Project stopped by the board' });

      const [row] = await app.dataSource.query(`SELECT status, decision_reason FROM award_proposal WHERE id = $1`, [proposal.id]);
      expect(row).toEqual({ status: 'WITHDRAWN', decision_reason: 'Case cancelled: Project stopped by the board' });
      expect((await w.as.decider.ok(AWARD_OPS.inbox))['deciderInbox'].items.map((p: { id: string }) => p.id)).not.toContain(proposal.id);
      expect((await w.as.decider.error(AWARD_OPS.approve, { proposalId: proposal.id })).extensions?.['code']).toBe(ErrorCode.STALE);

      const events = await history(c.caseId);
      const withdrawn = events.find((e) => e.action === 'award.withdrawn');
      expect(withdrawn?.summary).toMatchObject({ byCancellation: true, version: 1 });
      const cancelled = events.find((e) => e.action === 'case.cancelled');
      expect(cancelled?.summary['withdrawn']).toEqual([{ kind: 'award-proposal', version: 1, approvalsIn: 0 }]);
      expect(events.findIndex((e) => e.action === 'award.withdrawn')).toBeLessThan(events.findIndex((e) => e.action === 'case.cancelled'));
    });

    it('withdraws a submitted shortlist and an RFQ waiting for the gatekeeper', async () => {
      const c = await w.walker.inSourcing();
      await w.as.buyer.ok(`mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: IN, reason: "Fits", source: SEARCH) { id } }`, {
        caseId: c.id,
        supplierId: w.hanseSupplierId,
      });
      await w.as.buyer.ok(`mutation ($caseId: ID!) { submitShortlist(caseId: $caseId, singleSourceJustification: "Only one") { id } }`, { caseId: c.id });
      await w.as.buyer.ok(CASE_OPS.cancelCase, { caseId: c.id, reason: 'Need went away' });
      const [shortlist] = await app.dataSource.query(`SELECT status, submitted_by FROM shortlist WHERE case_id = $1`, [c.id]);
      expect(shortlist).toEqual({ status: 'DRAFT', submitted_by: null });
      const events = await history(c.id);
      expect(events.find((e) => e.action === 'shortlist.withdrawn')?.summary).toMatchObject({ byCancellation: true, reason: 'Need went away' });
      expect(events.find((e) => e.action === 'case.cancelled')?.summary['withdrawn']).toEqual([{ kind: 'shortlist', suppliersIn: 1 }]);

      const d = await w.walker.inSourcing();
      await w.as.buyer.ok(`mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: IN, reason: "Fits", source: SEARCH) { id } }`, {
        caseId: d.id,
        supplierId: w.hanseSupplierId,
      });
      await w.as.buyer.ok(`mutation ($caseId: ID!) { submitShortlist(caseId: $caseId, singleSourceJustification: "Only one") { id } }`, { caseId: d.id });
      await w.as.gatekeeper.ok(`mutation ($caseId: ID!) { approveShortlist(caseId: $caseId, comment: "ok") { id } }`, { caseId: d.id });
      const closesAt = inSeconds(3600);
      const rfq = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: d.id, input: { closesAt, questionsCloseAt: closesAt, shortPeriodJustification: SHORT_PERIOD } }))['createRfq'];
      await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: rfq.id });
      await w.as.buyer.ok(CASE_OPS.cancelCase, { caseId: d.id, reason: 'Budget withdrawn' });
      const [row] = await app.dataSource.query(`SELECT approval FROM rfq WHERE id = $1`, [rfq.id]);
      expect(row.approval).toBe('NONE');
      const dEvents = await history(d.id);
      expect(dEvents.find((e) => e.action === 'rfq.approval-withdrawn')?.summary).toMatchObject({ byCancellation: true, reason: 'Budget withdrawn' });
      expect(dEvents.find((e) => e.action === 'case.cancelled')?.summary['withdrawn']).toEqual([{ kind: 'rfq-approval', reference: rfq.reference }]);
      expect((await w.as.gatekeeper.error(RFQ_OPS.approve, { id: rfq.id })).extensions?.['code']).toBeDefined();
    });
  });
});
