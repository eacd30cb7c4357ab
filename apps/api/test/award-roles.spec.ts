import { ErrorCode } from '@bc/shared/domain';
import { AWARD_OPS, caseInDecision, DecisionCase, extraUser } from './support/award-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { DEMO, DemoRole, userIds } from './support/purchasing-fixtures';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ROLES: DemoRole[] = ['admin', 'requester', 'specifier', 'buyer', 'gatekeeper', 'advisor', 'decider', 'supplier'];

/**
 * Every mutation and query of the award lib for each of the seven buying roles and a supplier
 * user, on a case where every buying user is on the team in their own role (so a refusal is the
 * role's own): the roles the permissions map allows succeed, every other role is FORBIDDEN and
 * nothing is written. The policy here is parallel with one decider and the gatekeeper, so both
 * approving roles have an open step. Another organization's buyer gets NOT_FOUND.
 */
describe('award operations by role', () => {
  let app: TestApp;
  let w: RfqWorld;
  let ids: Record<string, string>;
  let c: DecisionCase;
  const clientOf = (role: DemoRole): GraphQLClient => w.as[role];
  const refusedRoles = (allowed: DemoRole[]) => ROLES.filter((r) => !allowed.includes(r));
  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await app.dataSource.query(sql, params))[0].count);
  const writes = () =>
    count(
      `SELECT (SELECT count(*) FROM award_proposal) + (SELECT count(*) FROM award_approval) + (SELECT count(*) FROM approval_policy)
        + (SELECT count(*) FROM award_proposal WHERE status <> 'PENDING') AS count`,
    );
  const propose = async (): Promise<string> => (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'].id;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    ids = await userIds(app);
    await w.as.admin.ok(AWARD_OPS.updatePolicy, { input: { mode: 'PARALLEL', tiers: [{ upTo: null, deciders: 1, gatekeeper: true }], byImportance: [] } });
    c = await caseInDecision(app, w);
    for (const role of ['requester', 'specifier', 'gatekeeper', 'advisor', 'decider'] as const) {
      await app.dataSource.query(`INSERT INTO case_member (case_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [c.caseId, ids[DEMO[role]], role.toUpperCase()]);
    }
  });
  afterAll(() => app.close());

  async function refused(allowed: DemoRole[], op: string, vars: Record<string, unknown>): Promise<void> {
    const before = await writes();
    for (const role of refusedRoles(allowed)) {
      const err = await clientOf(role).error(op, vars);
      expect([role, err.extensions?.code]).toEqual([role, ErrorCode.FORBIDDEN]);
    }
    expect(await writes()).toBe(before);
  }

  it('updateApprovalPolicy: admins only', async () => {
    const input = { mode: 'PARALLEL', tiers: [{ upTo: null, deciders: 1, gatekeeper: true }], byImportance: [] };
    await refused(['admin'], AWARD_OPS.updatePolicy, { input });
    expect((await w.as.admin.ok(AWARD_OPS.updatePolicy, { input }))['updateApprovalPolicy']).toMatchObject({ mode: 'PARALLEL', isDefault: false });
    const audit = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'approval-policy.changed' ORDER BY sequence`);
    expect(audit).toHaveLength(2);
    expect(audit[0].summary).toMatchObject({ from: { mode: 'SEQUENTIAL', isDefault: true }, to: { mode: 'PARALLEL', tiers: [{ upTo: null, deciders: 1, gatekeeper: true }] } });
  });

  it('approvalPolicy: admins and the buying side read it; requesters and suppliers do not', async () => {
    const allowed: DemoRole[] = ['admin', 'specifier', 'buyer', 'gatekeeper', 'advisor', 'decider'];
    for (const role of allowed) expect((await clientOf(role).ok(AWARD_OPS.policy))['approvalPolicy'].mode).toBe('PARALLEL');
    await refused(allowed, AWARD_OPS.policy, {});
  });

  it('proposeAward: buyers only', async () => {
    await refused(['buyer'], AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } });
    await propose();
    expect(await count(`SELECT count(*) FROM award_proposal WHERE case_id = $1`, [c.caseId])).toBe(1);
  });

  it('approveAward: deciders and gatekeepers', async () => {
    const id = await propose();
    await refused(['decider', 'gatekeeper'], AWARD_OPS.approve, { proposalId: id });
    expect((await w.as.decider.ok(AWARD_OPS.approve, { proposalId: id }))['approveAward'].status).toBe('PENDING');
    const other = await propose();
    expect((await w.as.gatekeeper.ok(AWARD_OPS.approve, { proposalId: other }))['approveAward'].status).toBe('PENDING');
  });

  it('rejectAward: deciders and gatekeepers', async () => {
    const id = await propose();
    await refused(['decider', 'gatekeeper'], AWARD_OPS.reject, { proposalId: id, comment: 'No' });
    expect((await w.as.decider.ok(AWARD_OPS.reject, { proposalId: id, comment: 'Too expensive' }))['rejectAward'].status).toBe('REJECTED');
    const other = await propose();
    expect((await w.as.gatekeeper.ok(AWARD_OPS.reject, { proposalId: other, comment: 'Compliance check first' }))['rejectAward'].status).toBe('REJECTED');
  });

  it('withdrawAwardProposal: buyers only', async () => {
    const id = await propose();
    await refused(['buyer'], AWARD_OPS.withdraw, { proposalId: id, reason: 'Changed my mind' });
    expect((await w.as.buyer.ok(AWARD_OPS.withdraw, { proposalId: id, reason: 'Changed my mind' }))['withdrawAwardProposal'].status).toBe('WITHDRAWN');
  });

  it('awardProposals: the buying side on the case (deciders of the organization on any case); requesters, admins and suppliers do not', async () => {
    const allowed: DemoRole[] = ['specifier', 'buyer', 'gatekeeper', 'advisor', 'decider'];
    for (const role of allowed) expect((await clientOf(role).ok(AWARD_OPS.proposals, { caseId: c.caseId }))['awardProposals'].length).toBeGreaterThan(0);
    await refused(allowed, AWARD_OPS.proposals, { caseId: c.caseId });
    const outsideDecider = await extraUser(app, ['DECIDER']);
    expect((await outsideDecider.client.ok(AWARD_OPS.proposals, { caseId: c.caseId }))['awardProposals'].length).toBeGreaterThan(0);
    expect((await outsideDecider.client.error(AWARD_OPS.proposals, { caseId: 'not-an-id' })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await outsideDecider.client.error(AWARD_OPS.proposals, { caseId: ids[DEMO.buyer] })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const outsideSpecifier = await extraUser(app, ['SPECIFIER']);
    expect((await outsideSpecifier.client.error(AWARD_OPS.proposals, { caseId: c.caseId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    // The requester on the team sees the case, but no award on it.
    const seen = (await w.as.requester.ok(AWARD_OPS.currentAward, { id: c.caseId }))['purchaseCase'];
    expect(seen).toMatchObject({ id: c.caseId, currentAward: null });
  });

  it('deciderInbox: deciders and gatekeepers', async () => {
    const id = await propose();
    for (const role of ['decider', 'gatekeeper'] as const) {
      expect((await clientOf(role).ok(AWARD_OPS.inbox))['deciderInbox'].items.map((p: { id: string }) => p.id)).toEqual([id]);
    }
    await refused(['decider', 'gatekeeper'], AWARD_OPS.inbox, {});
  });

  it("answers NOT_FOUND to another organization's buyer and approver, and writes nothing", async () => {
    const [pending] = (await w.as.buyer.ok(AWARD_OPS.proposals, { caseId: c.caseId }))['awardProposals'];
    const other = await secondTenant(app, ['BUYER', 'GATEKEEPER', 'DECIDER']);
    const before = await writes();
    expect((await other.client.error(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await other.client.error(AWARD_OPS.approve, { proposalId: pending.id })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await other.client.error(AWARD_OPS.reject, { proposalId: pending.id, comment: 'x' })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await other.client.error(AWARD_OPS.withdraw, { proposalId: pending.id, reason: 'x' })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await other.client.error(AWARD_OPS.proposals, { caseId: c.caseId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await other.client.ok(AWARD_OPS.inbox))['deciderInbox'].items).toEqual([]);
    expect((await other.client.ok(AWARD_OPS.policy))['approvalPolicy']).toMatchObject({ isDefault: true, mode: 'SEQUENTIAL' });
    expect(await writes()).toBe(before);
  });
});
