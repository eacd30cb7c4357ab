import { ErrorCode } from '@bc/shared/domain';
import { AWARD_OPS, caseInDecision } from './support/award-fixtures';
import { RfqWorld, rfqWorld } from './support/rfq-fixtures';
import { countStatements } from './support/query-counter';
import { startTestApp, TestApp } from './support/test-app';
import { webDocument } from './support/web-operations';

const INBOX = `query ($limit: Int, $after: String, $before: String, $last: Boolean) {
  deciderInbox(limit: $limit, after: $after, before: $before, last: $last) {
    total startCursor endCursor hasNextPage hasPreviousPage items { id caseReference proposedAt canDecide } } }`;
const ONE = `query ($proposalId: ID!) { deciderInboxProposal(proposalId: $proposalId) { id canDecide lines { lineKey } ranking { rank } } }`;

/** The decider inbox a page at a time: oldest first, by cursor, its answer the size of the page. */
describe('the decider inbox in pages', () => {
  let app: TestApp;
  let w: RfqWorld;
  const proposed: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    for (let i = 0; i < 3; i++) {
      const c = await caseInDecision(app, w);
      proposed.push((await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'].id);
    }
  });
  afterAll(() => app.close());

  it('walks the waiting proposals oldest first, forward and back, one a page', async () => {
    const read = async (variables: Record<string, unknown>) => (await w.as.decider.ok(INBOX, { limit: 1, ...variables }))['deciderInbox'];
    const forward: string[] = [];
    let page = await read({});
    expect(page.total).toBe(3);
    for (;;) {
      expect(page.items).toHaveLength(1);
      expect(page.items[0].canDecide).toBe(true);
      forward.push(page.items[0].id);
      if (!page.hasNextPage) break;
      page = await read({ after: page.endCursor });
    }
    expect(forward).toEqual(proposed);

    const backward: string[] = [];
    page = await read({ last: true });
    for (;;) {
      backward.unshift(...page.items.map((p: { id: string }) => p.id));
      if (!page.hasPreviousPage) break;
      page = await read({ before: page.startCursor });
    }
    expect(backward).toEqual(proposed);
    const all = (await w.as.decider.ok(INBOX, { limit: 3 }))['deciderInbox'];
    expect(all.items.map((p: { id: string }) => p.id)).toEqual(proposed);
  });

  it('reads a page of three proposals in as many statements as a page of one', async () => {
    const INBOX_AS_WEB = webDocument('DeciderInbox');
    const pageOf = async (limit: number) => countStatements(() => w.as.decider.ok(INBOX_AS_WEB, { limit }));
    await pageOf(1); // warm: the session and the policy caches
    const one = await pageOf(1);
    const three = await pageOf(3);
    expect(three.result['deciderInbox'].items).toHaveLength(3);
    if (process.env['SHOW_STATEMENTS']) console.log(three.texts.join('\n---\n'));
    expect(three.statements).toBe(one.statements);
  });

  it('answers with the page only: one proposal in full on its own, a tampered cursor refused by name', async () => {
    const first = (await w.as.decider.ok(INBOX, { limit: 1 }))['deciderInbox'];
    const one = (await w.as.decider.ok(ONE, { proposalId: first.items[0].id }))['deciderInboxProposal'];
    expect(one).toMatchObject({ id: proposed[0], canDecide: true });
    expect(one.lines.length).toBeGreaterThan(0);
    // A proposal that does not wait for the viewer is not on a page of the inbox.
    expect((await w.as.buyer.request(ONE, { proposalId: proposed[0] })).errors?.[0].extensions?.['code']).toBe(ErrorCode.FORBIDDEN);
    const error = await w.as.decider.error(INBOX, { after: `${first.endCursor}x` });
    expect(error.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'after', rule: 'CURSOR_INVALID' });
  });
});
