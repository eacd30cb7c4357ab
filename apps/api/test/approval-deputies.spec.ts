import { ErrorCode } from '@bc/shared/domain';
import { AWARD_OPS, caseInDecision, extraUser } from './support/award-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { OPS as CASE_OPS, userIds, DEMO } from './support/purchasing-fixtures';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { testClock } from './support/test-clock';

const DEPUTY_FIELDS = 'id principalId principalName deputyId deputyName startsAt endsAt active namedByName revokedAt';
const OPS = {
  name: `mutation ($input: NameApprovalDeputyInput!) { nameApprovalDeputy(input: $input) { ${DEPUTY_FIELDS} } }`,
  revoke: `mutation ($id: ID!) { revokeApprovalDeputy(id: $id) { ${DEPUTY_FIELDS} } }`,
  list: `{ approvalDeputies { ${DEPUTY_FIELDS} } }`,
  inbox: `{ deciderInbox { items { id canDecide deputyFor } } }`,
  approve: `mutation ($proposalId: ID!) { approveAward(proposalId: $proposalId) { id status approvals { approverName onBehalfOfName } } }`,
};
const hours = (h: number) => new Date(testClock.nowMs() + h * 3_600_000).toISOString();

/**
 * Deputies of approvers out of office, through the API: naming (same role, a real period, audited),
 * the deputy's inbox during the period, a deputy's approval saying for whom, and the deputy held to
 * separation of duties and conflicts of interest like anyone else. The demo decider is the one away.
 */
describe('approval deputies', () => {
  let app: TestApp;
  let w: RfqWorld;
  let ids: Record<string, string>;
  let deputy: { id: string; client: GraphQLClient };

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    ids = await userIds(app);
    deputy = await extraUser(app, ['DECIDER'], 'Dora Deputy');
  });
  afterAll(() => app.close());

  const audit = async (action: string) =>
    (await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = $1 ORDER BY sequence DESC LIMIT 1`, [action]))[0]?.summary as Record<string, any> | undefined;
  const revokeAll = async () => {
    for (const d of (await w.as.admin.ok(OPS.list))['approvalDeputies'].filter((x: { revokedAt: string | null }) => !x.revokedAt)) {
      await w.as.admin.ok(OPS.revoke, { id: d.id });
    }
  };

  it('refuses a deputy without the same role, a period that is over or backwards, oneself, and a naming for someone else by a non-admin, naming the field', async () => {
    const expectRefused = async (client: GraphQLClient, input: Record<string, unknown>, code: ErrorCode, field?: string) => {
      const error = await client.error(OPS.name, { input });
      expect(error.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    };
    await expectRefused(w.as.decider, { deputyId: ids[DEMO.buyer], startsAt: hours(-1), endsAt: hours(48) }, ErrorCode.VALIDATION_FAILED, 'input.deputyId');
    await expectRefused(w.as.decider, { deputyId: ids[DEMO.gatekeeper], startsAt: hours(-1), endsAt: hours(48) }, ErrorCode.VALIDATION_FAILED, 'input.deputyId');
    await expectRefused(w.as.decider, { deputyId: ids[DEMO.decider], startsAt: hours(-1), endsAt: hours(48) }, ErrorCode.VALIDATION_FAILED, 'input.deputyId');
    await expectRefused(w.as.decider, { deputyId: deputy.id, startsAt: hours(48), endsAt: hours(24) }, ErrorCode.VALIDATION_FAILED, 'input.endsAt');
    await expectRefused(w.as.decider, { deputyId: deputy.id, startsAt: hours(-48), endsAt: hours(-24) }, ErrorCode.VALIDATION_FAILED, 'input.endsAt');
    await expectRefused(w.as.decider, { deputyId: deputy.id, startsAt: 'not a date', endsAt: hours(24) }, ErrorCode.VALIDATION_FAILED, 'input.startsAt');
    await expectRefused(deputy.client, { principalId: ids[DEMO.decider], deputyId: deputy.id, startsAt: hours(-1), endsAt: hours(24) }, ErrorCode.FORBIDDEN);
    await expectRefused(w.as.buyer, { deputyId: deputy.id, startsAt: hours(-1), endsAt: hours(24) }, ErrorCode.FORBIDDEN);
    expect(Number((await app.dataSource.query(`SELECT count(*) FROM approval_deputy`))[0].count)).toBe(0);
  });

  it('names a deputy for a period (audited, listed for both, no overlapping second one) and shows them the waiting approvals of the one away', async () => {
    const c = await caseInDecision(app, w);
    const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];

    const named = (await w.as.decider.ok(OPS.name, { input: { deputyId: deputy.id, startsAt: hours(-1), endsAt: hours(72) } }))['nameApprovalDeputy'];
    expect(named).toMatchObject({ principalId: ids[DEMO.decider], deputyId: deputy.id, deputyName: 'Dora Deputy', active: true, revokedAt: null });
    expect(await audit('approval-deputy.named')).toMatchObject({ principalId: ids[DEMO.decider], deputyId: deputy.id, deputy: 'Dora Deputy', roles: ['DECIDER'] });
    expect((await deputy.client.ok(OPS.list))['approvalDeputies'].map((d: { id: string }) => d.id)).toEqual([named.id]);
    expect((await w.as.decider.ok(OPS.list))['approvalDeputies'].map((d: { id: string }) => d.id)).toEqual([named.id]);
    const overlap = await w.as.decider.error(OPS.name, { input: { deputyId: deputy.id, startsAt: hours(24), endsAt: hours(96) } });
    expect(overlap.extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'input.startsAt' });

    const inbox = (await deputy.client.ok(OPS.inbox))['deciderInbox'].items;
    expect(inbox.find((p: { id: string }) => p.id === proposal.id)).toEqual({ id: proposal.id, canDecide: true, deputyFor: [expect.stringMatching(/\S/)] });

    const approved = (await deputy.client.ok(OPS.approve, { proposalId: proposal.id }))['approveAward'];
    expect(approved.status).toBe('APPROVED');
    const [principal] = await app.dataSource.query(`SELECT name FROM app_user WHERE id = $1`, [ids[DEMO.decider]]);
    expect(approved.approvals).toEqual([{ approverName: 'Dora Deputy', onBehalfOfName: principal.name }]);
    const [row] = await app.dataSource.query(`SELECT approver_id, on_behalf_of FROM award_approval WHERE proposal_id = $1`, [proposal.id]);
    expect(row).toEqual({ approver_id: deputy.id, on_behalf_of: ids[DEMO.decider] });
    expect(await audit('award.approved')).toMatchObject({ deputyFor: { id: ids[DEMO.decider], name: principal.name } });
  });

  it('shows nothing for the one away once the naming is revoked (audited) or before the period starts', async () => {
    await revokeAll();
    expect(await audit('approval-deputy.revoked')).toMatchObject({ principalId: ids[DEMO.decider], deputyId: deputy.id });
    const c = await caseInDecision(app, w);
    const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
    const mine = async () => (await deputy.client.ok(OPS.inbox))['deciderInbox'].items.find((p: { id: string }) => p.id === proposal.id);
    expect((await mine()).deputyFor).toEqual([]);
    await w.as.decider.ok(OPS.name, { input: { deputyId: deputy.id, startsAt: hours(24), endsAt: hours(48) } });
    expect((await mine()).deputyFor).toEqual([]);
    const approved = (await deputy.client.ok(OPS.approve, { proposalId: proposal.id }))['approveAward'];
    expect(approved.approvals).toEqual([{ approverName: 'Dora Deputy', onBehalfOfName: null }]);
    await revokeAll();
  });

  it('holds a deputy to separation of duties and conflicts of interest: one who proposed, or declared a conflict with the supplier, cannot approve', async () => {
    const buyingDeputy = await extraUser(app, ['BUYER', 'DECIDER'], 'Bert Buying Deputy');
    await w.as.decider.ok(OPS.name, { input: { deputyId: buyingDeputy.id, startsAt: hours(-1), endsAt: hours(24) } });

    const own = await caseInDecision(app, w);
    const proposed = (await buyingDeputy.client.ok(AWARD_OPS.propose, { input: { caseId: own.caseId, invitationId: own.hanseInv } }))['proposeAward'];
    expect((await buyingDeputy.client.error(OPS.approve, { proposalId: proposed.id })).extensions?.['code']).toBe(ErrorCode.SEPARATION_OF_DUTIES);
    expect((await buyingDeputy.client.ok(OPS.inbox))['deciderInbox'].items.map((p: { id: string }) => p.id)).not.toContain(proposed.id);

    const conflicted = await caseInDecision(app, w);
    await buyingDeputy.client.ok(CASE_OPS.declareConflict, { caseId: conflicted.caseId, supplierId: w.hanseSupplierId, statement: 'Former employer' });
    const p = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: conflicted.caseId, invitationId: conflicted.hanseInv } }))['proposeAward'];
    expect((await buyingDeputy.client.error(OPS.approve, { proposalId: p.id })).extensions?.['code']).toBe(ErrorCode.CONFLICT_OF_INTEREST);
    expect((await buyingDeputy.client.ok(OPS.inbox))['deciderInbox'].items.map((x: { id: string }) => x.id)).not.toContain(p.id);
    await revokeAll();
  });
});
