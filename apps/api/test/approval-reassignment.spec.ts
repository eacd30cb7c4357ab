import { ErrorCode } from '@bc/shared/domain';
import { AWARD_OPS, caseInDecision, extraUser } from './support/award-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { OPS as CASE_OPS, userIds, DEMO } from './support/purchasing-fixtures';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const STEP = 'steps { index role open assigneeId assigneeName approval { approverName role } }';
const OPS = {
  tasks: `{ myTasks { items { kind proposalId } } }`,
  waiting: `{ waitingApprovals { proposal { id status ${STEP} } waitingFor { id name } candidates { id name roles } } }`,
  reassign: `mutation ($input: ReassignApprovalStepInput!) { reassignApprovalStep(input: $input) { id status ${STEP} } }`,
  inbox: `{ deciderInbox { items { id canDecide } } }`,
  approve: `mutation ($proposalId: ID!) { approveAward(proposalId: $proposalId) { id status ${STEP} } }`,
  disable: `mutation ($userId: ID!) { disableUser(userId: $userId) { id } }`,
  enable: `mutation ($userId: ID!) { enableUser(userId: $userId) { id } }`,
  policy: AWARD_OPS.updatePolicy,
};
const REASON = 'Our only decider has left the company; the gatekeeper decides until a new one starts';

/**
 * An admin's way out of an approval route stuck for good, through the API: the waiting step of a
 * pending proposal goes to a named approver, who alone then fills it, held to separation of duties
 * and conflicts of interest; every reassignment kept, audited with its reason, and mailed.
 */
describe('reassigning a waiting approval step', () => {
  let app: TestApp;
  let w: RfqWorld;
  let ids: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    ids = await userIds(app);
  });
  afterAll(() => app.close());

  const audit = async (action: string) =>
    (await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = $1 ORDER BY sequence DESC LIMIT 1`, [action]))[0]?.summary as Record<string, any> | undefined;
  const waitingFor = async (proposalId: string) => (await w.as.admin.ok(OPS.waiting))['waitingApprovals'].find((x: { proposal: { id: string } }) => x.proposal.id === proposalId);
  const propose = async () => {
    const c = await caseInDecision(app, w);
    const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
    return { c, proposal };
  };

  it("unsticks a proposal whose only decider left: the gatekeeper named by the admin alone decides the decider's step, audited and mailed", async () => {
    const { proposal } = await propose();
    expect(proposal.steps.map((s: { role: string }) => s.role)).toEqual(['DECIDER']);
    let other = await extraUser(app, ['DECIDER'], 'Otto Other Decider');
    await w.as.admin.ok(OPS.disable, { userId: ids[DEMO.decider] });
    try {
      await w.as.admin.ok(OPS.disable, { userId: other.id });
      const stuck = await waitingFor(proposal.id);
      expect(stuck.waitingFor).toEqual([]);
      expect(stuck.candidates.map((c: { id: string }) => c.id)).toContain(ids[DEMO.gatekeeper]);
      // The admin's start page says so.
      const stuckTasks = async () => (await w.as.admin.ok(OPS.tasks))['myTasks'].items.filter((t: { kind: string }) => t.kind === 'APPROVAL_STUCK');
      expect(await stuckTasks()).toEqual([{ kind: 'APPROVAL_STUCK', proposalId: proposal.id }]);
      await w.as.admin.ok(OPS.enable, { userId: other.id });
      other = { ...other, client: await app.as(other.email) };

      const reassigned = (await w.as.admin.ok(OPS.reassign, { input: { proposalId: proposal.id, stepIndex: 0, assigneeId: ids[DEMO.gatekeeper], reason: REASON } }))['reassignApprovalStep'];
      expect(reassigned.steps[0]).toMatchObject({ role: 'DECIDER', open: true, assigneeId: ids[DEMO.gatekeeper], assigneeName: expect.stringMatching(/\S/) });
      expect(await audit('award.step-reassigned')).toMatchObject({ step: 1, role: 'DECIDER', to: { id: ids[DEMO.gatekeeper] }, reason: REASON });
      const mails = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'award.approval-requested' AND to_address = $1`, [DEMO.gatekeeper]);
      expect(mails[0].n).toBeGreaterThan(0);
      expect((await waitingFor(proposal.id)).waitingFor.map((u: { id: string }) => u.id)).toEqual([ids[DEMO.gatekeeper]]);
      expect(await stuckTasks()).toEqual([]);

      // The step is held for the assignee: another decider no longer fills it, nor sees it in the inbox.
      expect((await other.client.error(OPS.approve, { proposalId: proposal.id })).extensions?.['code']).toBe(ErrorCode.NOT_YOUR_TURN);
      expect((await other.client.ok(OPS.inbox))['deciderInbox'].items.map((p: { id: string }) => p.id)).not.toContain(proposal.id);
      expect((await w.as.gatekeeper.ok(OPS.inbox))['deciderInbox'].items).toContainEqual({ id: proposal.id, canDecide: true });

      const approved = (await w.as.gatekeeper.ok(OPS.approve, { proposalId: proposal.id }))['approveAward'];
      expect(approved.status).toBe('APPROVED');
      expect(approved.steps[0]).toMatchObject({ approval: { role: 'DECIDER' }, assigneeId: null });
      const [row] = await app.dataSource.query(`SELECT approver_id, role FROM award_approval WHERE proposal_id = $1`, [proposal.id]);
      expect(row).toEqual({ approver_id: ids[DEMO.gatekeeper], role: 'DECIDER' });
    } finally {
      // Disabling ended the decider's sessions: she signs in again for the next scenarios.
      await w.as.admin.ok(OPS.enable, { userId: ids[DEMO.decider] });
      w.as.decider = await app.as(DEMO.decider);
    }
  });

  it('refuses what would break the route or its rules, naming the field, and writes nothing', async () => {
    const { c, proposal } = await propose();
    const input = { proposalId: proposal.id, stepIndex: 0, assigneeId: ids[DEMO.gatekeeper], reason: REASON };
    const refused = async (client: GraphQLClient, change: Record<string, unknown>, code: ErrorCode, field?: string) => {
      const error = await client.error(OPS.reassign, { input: { ...input, ...change } });
      expect(error.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    };
    await refused(w.as.buyer, {}, ErrorCode.FORBIDDEN);
    await refused(w.as.decider, {}, ErrorCode.FORBIDDEN);
    await refused(w.as.admin, { reason: '   ' }, ErrorCode.VALIDATION_FAILED, 'input.reason');
    await refused(w.as.admin, { stepIndex: 3 }, ErrorCode.VALIDATION_FAILED, 'input.stepIndex');
    await refused(w.as.admin, { assigneeId: ids[DEMO.buyer] }, ErrorCode.VALIDATION_FAILED, 'input.assigneeId');
    await refused(w.as.admin, { assigneeId: ids[DEMO.admin] }, ErrorCode.SEPARATION_OF_DUTIES, 'input.assigneeId');

    // The proposer cannot be handed their own proposal, nor someone who declared a conflict with the supplier.
    const proposer = await extraUser(app, ['BUYER', 'DECIDER'], 'Paula Proposing Decider');
    const own = await caseInDecision(app, w);
    const ownProposal = (await proposer.client.ok(AWARD_OPS.propose, { input: { caseId: own.caseId, invitationId: own.hanseInv } }))['proposeAward'];
    await refused(w.as.admin, { proposalId: ownProposal.id, assigneeId: proposer.id }, ErrorCode.SEPARATION_OF_DUTIES, 'input.assigneeId');
    await w.as.gatekeeper.ok(CASE_OPS.declareConflict, { caseId: c.caseId, supplierId: w.hanseSupplierId, statement: 'My brother runs their sales office' });
    await refused(w.as.admin, {}, ErrorCode.CONFLICT_OF_INTEREST, 'input.assigneeId');
    expect(Number((await app.dataSource.query(`SELECT count(*) FROM award_step_assignment WHERE proposal_id = $1`, [proposal.id]))[0].count)).toBe(0);

    // Decided proposals are not reassigned.
    await w.as.decider.ok(OPS.approve, { proposalId: proposal.id });
    await refused(w.as.admin, {}, ErrorCode.STALE, 'input.proposalId');
  });

  it('only reassigns the step that waits now: a sequential route holds its later steps until their turn', async () => {
    await w.as.admin.ok(OPS.policy, { input: { mode: 'SEQUENTIAL', tiers: [{ upTo: null, deciders: 1, gatekeeper: true }], byImportance: [] } });
    const { proposal } = await propose();
    expect(proposal.steps.map((s: { role: string }) => s.role)).toEqual(['DECIDER', 'GATEKEEPER']);
    const second = await extraUser(app, ['GATEKEEPER'], 'Greta Second Gatekeeper');
    const error = await w.as.admin.error(OPS.reassign, { input: { proposalId: proposal.id, stepIndex: 1, assigneeId: second.id, reason: REASON } });
    expect(error.extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'input.stepIndex' });
    // Once the decider approved, the gatekeeper's step waits and goes to the second gatekeeper.
    await w.as.decider.ok(OPS.approve, { proposalId: proposal.id });
    await w.as.admin.ok(OPS.reassign, { input: { proposalId: proposal.id, stepIndex: 1, assigneeId: second.id, reason: REASON } });
    expect((await w.as.gatekeeper.error(OPS.approve, { proposalId: proposal.id })).extensions?.['code']).toBe(ErrorCode.NOT_YOUR_TURN);
    // A second reassignment replaces the first, and names whom it was taken from.
    await w.as.admin.ok(OPS.reassign, { input: { proposalId: proposal.id, stepIndex: 1, assigneeId: ids[DEMO.gatekeeper], reason: 'Greta is on sick leave' } });
    expect(await audit('award.step-reassigned')).toMatchObject({ step: 2, role: 'GATEKEEPER', from: { id: second.id }, to: { id: ids[DEMO.gatekeeper] } });
    expect((await second.client.error(OPS.approve, { proposalId: proposal.id })).extensions?.['code']).toBe(ErrorCode.NOT_YOUR_TURN);
    expect((await w.as.gatekeeper.ok(OPS.approve, { proposalId: proposal.id }))['approveAward'].status).toBe('APPROVED');
    // Reassignments are kept as written.
    await expect(app.dataSource.query(`UPDATE award_step_assignment SET reason = 'changed'`)).rejects.toThrow(/kept/);
    await expect(app.dataSource.query(`DELETE FROM award_step_assignment`)).rejects.toThrow(/kept/);
  });
});
