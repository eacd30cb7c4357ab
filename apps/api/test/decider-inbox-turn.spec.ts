import { MIGRATIONS } from '@bc/migrations';
import type { MigrationInterface } from 'typeorm';
import { AWARD_OPS, caseInDecision, extraUser } from './support/award-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { DEMO, userIds } from './support/purchasing-fixtures';
import { countStatements } from './support/query-counter';
import { RfqWorld, rfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { testClock } from './support/test-clock';
import { webDocument } from './support/web-operations';

const INBOX = `query ($limit: Int) { deciderInbox(limit: $limit) { total items { id canDecide deputyFor } } }`;
const REASSIGN = `mutation ($input: ReassignApprovalStepInput!) { reassignApprovalStep(input: $input) { id } }`;
const NAME_DEPUTY = `mutation ($input: NameApprovalDeputyInput!) { nameApprovalDeputy(input: $input) { id } }`;
const REVOKE_DEPUTY = `mutation ($id: ID!) { revokeApprovalDeputy(id: $id) { id } }`;
/** Two deciders one after the other, then the gatekeeper, whatever the value. */
const TWO_DECIDERS_THEN_GATEKEEPER = { mode: 'SEQUENTIAL', tiers: [{ upTo: null, deciders: 2, gatekeeper: true }], byImportance: [] };

/**
 * The decider inbox asks the database whose turn it is (the turn `routeTurn` works out, stored on
 * the proposal as its route moves): who is in it along a sequential route, a step held for a named
 * approver, a deputy, an approver who decided already; and a page costs the same however many
 * other proposals wait.
 */
describe('the decider inbox: whose turn it is, in SQL', () => {
  let app: TestApp;
  let w: RfqWorld;
  let ids: Record<string, string>;
  let dana: { id: string; client: GraphQLClient };

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    ids = await userIds(app);
    dana = await extraUser(app, ['DECIDER'], 'Dana Second Decider');
    await w.as.admin.ok(AWARD_OPS.updatePolicy, { input: TWO_DECIDERS_THEN_GATEKEEPER });
  });
  afterAll(() => app.close());

  const propose = async (): Promise<string> => {
    const c = await caseInDecision(app, w);
    return (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'].id;
  };
  const inboxOf = async (client: GraphQLClient): Promise<Array<{ id: string; canDecide: boolean; deputyFor: string[] }>> =>
    (await client.ok(INBOX, { limit: 100 }))['deciderInbox'].items;
  const has = async (client: GraphQLClient, proposalId: string) => (await inboxOf(client)).some((p) => p.id === proposalId);
  const approve = (client: GraphQLClient, proposalId: string) => client.ok(AWARD_OPS.approve, { proposalId });
  const withdraw = (proposalId: string) => w.as.buyer.ok(AWARD_OPS.withdraw, { proposalId, reason: 'Done with this test' });

  it('walks a sequential route: both deciders first, each leaving the inbox once decided, then the gatekeeper alone', async () => {
    const id = await propose();
    expect(await has(w.as.decider, id)).toBe(true);
    expect(await has(dana.client, id)).toBe(true);
    expect(await has(w.as.gatekeeper, id)).toBe(false);

    await approve(w.as.decider, id);
    // The decider's step is filled by their approval: the second decider step is open, for the other decider only.
    expect(await has(w.as.decider, id)).toBe(false);
    expect(await has(dana.client, id)).toBe(true);
    expect(await has(w.as.gatekeeper, id)).toBe(false);

    await approve(dana.client, id);
    expect(await has(w.as.decider, id)).toBe(false);
    expect(await has(dana.client, id)).toBe(false);
    expect(await inboxOf(w.as.gatekeeper)).toContainEqual({ id, canDecide: true, deputyFor: [] });
    const [turn] = await app.dataSource.query(`SELECT turn_roles, turn_assignees, turn_held FROM award_proposal WHERE id = $1`, [id]);
    expect(turn).toEqual({ turn_roles: ['GATEKEEPER'], turn_assignees: [], turn_held: [] });

    await approve(w.as.gatekeeper, id);
    expect(await has(w.as.gatekeeper, id)).toBe(false);
  });

  it('holds a reassigned step for its assignee alone; once they decided (in the step role), the next step is the deciders’ again, not theirs', async () => {
    const id = await propose();
    await w.as.admin.ok(REASSIGN, { input: { proposalId: id, stepIndex: 0, assigneeId: ids[DEMO.gatekeeper], reason: 'Both deciders are at the trade fair this week' } });
    // The only open decider step is held for the gatekeeper: no decider takes it.
    expect(await has(w.as.gatekeeper, id)).toBe(true);
    expect(await has(w.as.decider, id)).toBe(false);
    expect(await has(dana.client, id)).toBe(false);
    const stored = async () => (await app.dataSource.query(`SELECT turn_roles, turn_assignees, turn_held FROM award_proposal WHERE id = $1`, [id]))[0];
    const held = await stored();
    expect(held).toEqual({ turn_roles: [], turn_assignees: [ids[DEMO.gatekeeper]], turn_held: [ids[DEMO.gatekeeper]] });
    // The migration's backfill works the same turn out from the route, its decisions and reassignments.
    await rerunMigration(app, 'AwardTurn1766611000000');
    expect(await stored()).toEqual(held);

    await approve(w.as.gatekeeper, id);
    // The held step is filled; the second decider step is open for every decider, and the gatekeeper decided already.
    expect(await has(w.as.decider, id)).toBe(true);
    expect(await has(dana.client, id)).toBe(true);
    expect(await has(w.as.gatekeeper, id)).toBe(false);
    await withdraw(id);
    expect(await has(w.as.decider, id)).toBe(false);
  });

  it("shows a deputy the away decider's waiting proposal with for whom; after the deputy's approval, the away decider still has the next step", async () => {
    const id = await propose();
    const at = (h: number) => new Date(testClock.nowMs() + h * 3_600_000).toISOString();
    const named = (await w.as.decider.ok(NAME_DEPUTY, { input: { deputyId: dana.id, startsAt: at(-1), endsAt: at(48) } }))['nameApprovalDeputy'];
    try {
      const mine = (await inboxOf(dana.client)).find((p) => p.id === id);
      expect(mine).toMatchObject({ canDecide: true, deputyFor: [expect.stringMatching(/\S/)] });
      await approve(dana.client, id);
      expect(await has(dana.client, id)).toBe(false);
      expect(await has(w.as.decider, id)).toBe(true);
    } finally {
      await w.as.decider.ok(REVOKE_DEPUTY, { id: named.id });
      await withdraw(id);
    }
  });

  it('reads a page of two in as many statements, with the same answer, whether 3 or 30 proposals wait', async () => {
    const proposed = [await propose(), await propose(), await propose()];
    const WEB_INBOX = webDocument('DeciderInbox');
    const pageOfTwo = () => countStatements(() => w.as.decider.ok(WEB_INBOX, { limit: 2 }));
    await pageOfTwo(); // warm: the session and the policy caches
    const few = await pageOfTwo();
    expect(few.result['deciderInbox'].total).toBe(3);

    await cloneProposal(app, proposed[2], 27);
    const many = await pageOfTwo();
    expect(many.result['deciderInbox'].total).toBe(30);
    if (process.env['SHOW_STATEMENTS']) console.log(many.texts.join('\n---\n'));
    expect(many.statements).toBe(few.statements);
    // The same statements, word for word: none lists the other waiting proposals (an IN list grows with them).
    expect(many.texts).toEqual(few.texts);
    expect(many.result['deciderInbox'].items).toEqual(few.result['deciderInbox'].items);
    expect(many.result['deciderInbox'].items.map((p: { id: string }) => p.id)).toEqual(proposed.slice(0, 2));
  });
});

/** `n` more pending proposals like `proposalId` (its route, its turn), each on a copy of its case, proposed a day later. */
async function cloneProposal(app: TestApp, proposalId: string, n: number): Promise<void> {
  const cases: Array<{ id: string }> = await app.dataSource.query(
    `INSERT INTO purchase_case
     SELECT (jsonb_populate_record(NULL::purchase_case, to_jsonb(c) || jsonb_build_object('id', gen_random_uuid(), 'reference', c.reference || '-' || g, 'need_id', NULL))).*
       FROM purchase_case c JOIN award_proposal p ON p.case_id = c.id, generate_series(1, $2::int) g WHERE p.id = $1
     RETURNING id`,
    [proposalId, n],
  );
  for (const c of cases) {
    await app.dataSource.query(
      `INSERT INTO award_proposal
       SELECT (jsonb_populate_record(NULL::award_proposal, to_jsonb(p) || jsonb_build_object('id', gen_random_uuid(), 'case_id', $2::uuid, 'proposed_at', p.proposed_at + interval '1 day'))).*
         FROM award_proposal p WHERE p.id = $1`,
      [proposalId, c.id],
    );
  }
}

/** Takes a migration down and up again on the app's database (its backfill runs on the rows there). */
async function rerunMigration(app: TestApp, name: string): Promise<void> {
  const migration: MigrationInterface | undefined = MIGRATIONS.map((m) => new m()).find((m) => m.name === name);
  if (!migration?.down) throw new Error(`No migration ${name} to take down`);
  const q = app.dataSource.createQueryRunner();
  try {
    await q.startTransaction();
    await migration.down(q);
    await migration.up(q);
    await q.commitTransaction();
  } finally {
    await q.release();
  }
}
