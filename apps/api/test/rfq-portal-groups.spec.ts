import type { GraphQLClient } from './support/graphql-client';
import { inSeconds, publishedRfq, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { advanceClock } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const LIST = `query ($group: PortalInvitationGroup, $limit: Int, $after: String, $before: String, $last: Boolean) {
  portalInvitations(group: $group, limit: $limit, after: $after, before: $before, last: $last) {
    total endCursor startCursor hasNextPage hasPreviousPage items { id rfqReference open closesAt rounds { status closesAt } } } }`;

interface Card {
  id: string;
  rfqReference: string;
  open: boolean;
  closesAt: string;
  rounds: Array<{ status: string; closesAt: string }>;
}

/**
 * The supplier portal pages each group of its list on its own (answer a round, open, past): a page
 * never holds the end of one group and the start of another, so the portal's headings and counts
 * are the group's, and a group read page by page is the whole group, in its order, once.
 */
describe('the supplier portal’s invitation groups', () => {
  let app: TestApp;
  let w: RfqWorld;
  let supplier: GraphQLClient;
  const refs: Record<string, string> = {};

  /** Every page of `group`, two at a time, forward. */
  const walk = async (group: string | null): Promise<{ cards: Card[]; totals: number[] }> => {
    const cards: Card[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { total: number; endCursor: string | null; hasNextPage: boolean; items: Card[] } = (await supplier.ok(LIST, { group, limit: 2, after }))['portalInvitations'];
      cards.push(...page.items);
      totals.push(page.total);
      if (!page.hasNextPage) return { cards, totals };
      after = page.endCursor;
    }
  };
  const mine = (cards: Card[]) => cards.filter((c) => Object.values(refs).includes(c.rfqReference)).map((c) => Object.keys(refs).find((k) => refs[k] === c.rfqReference));

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    supplier = w.as.supplier;
    // Published in this order (newest last), closing in another: the groups' orders differ from the list's.
    const closing: Record<string, number> = { late: 3 * 86_400, roundLate: 600, soon: 3600, roundSoon: 900, ended: 1200, middle: 7200 };
    const rfqIds: Record<string, string> = {};
    for (const [name, seconds] of Object.entries(closing)) {
      const { rfq, rfqId, caseId } = await publishedRfq(app, w, [w.hanseSupplierId], inSeconds(seconds));
      refs[name] = rfq.reference;
      rfqIds[name] = rfqId;
      rfqIds[`${name}Case`] = caseId;
    }
    // Half an hour on: three RFQs have closed; two of them go on in a negotiation round open now, one had a round the buyer ended.
    advanceClock(app, 1800_000);
    const [buyer] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'buyer@nordwind.example'`);
    const round = async (name: string, closesInSeconds: number, ended: boolean) => {
      const [r] = await app.dataSource.query(
        `INSERT INTO negotiation_round (organization_id, rfq_id, case_id, number, message, closes_at, opened_by, ended_at, ended_by)
         VALUES ($1, $2, $3, 1, 'Best and final offer', $4, $5, $6, $7) RETURNING id`,
        [w.organizationId, rfqIds[name], rfqIds[`${name}Case`], inSeconds(closesInSeconds), buyer.id, ended ? inSeconds(0) : null, ended ? buyer.id : null],
      );
      await app.dataSource.query(`INSERT INTO negotiation_round_invitation (round_id, invitation_id) SELECT $1, id FROM rfq_invitation WHERE rfq_id = $2`, [r.id, rfqIds[name]]);
    };
    await round('roundLate', 2 * 86_400, false);
    await round('roundSoon', 86_400, false);
    await round('ended', 86_400, true);
  });
  afterAll(() => app?.close());

  it('reads each group whole, in its own order, once, with the group’s total on every page', async () => {
    const all = await walk(null);
    const open = await walk('OPEN');
    const past = await walk('PAST');
    const inRound = await walk('IN_ROUND');

    expect(mine(open.cards)).toEqual(['soon', 'middle', 'late']);
    expect(mine(past.cards)).toEqual(['ended', 'roundSoon', 'roundLate']);
    expect(mine(inRound.cards)).toEqual(['roundSoon', 'roundLate']);

    for (const group of [open, past, inRound]) {
      const ids = group.cards.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(group.totals)).toEqual(new Set([ids.length]));
    }
    expect(open.cards.every((c) => c.open)).toBe(true);
    expect(past.cards.every((c) => !c.open)).toBe(true);
    expect(inRound.cards.every((c) => c.rounds.some((r) => r.status === 'OPEN'))).toBe(true);
    // Open and past split the whole list: every invitation in exactly one of them.
    expect([...open.cards, ...past.cards].map((c) => c.id).sort()).toEqual(all.cards.map((c) => c.id).sort());
    // The open group closing soonest first, the round group by its round's closing.
    const times = (cards: Card[], at: (c: Card) => string) => cards.map(at);
    expect(times(open.cards, (c) => c.closesAt)).toEqual([...times(open.cards, (c) => c.closesAt)].sort());
    const roundClosing = (c: Card) => c.rounds.filter((r) => r.status === 'OPEN').map((r) => r.closesAt).sort()[0];
    expect(times(inRound.cards, roundClosing)).toEqual([...times(inRound.cards, roundClosing)].sort());
  });

  it('goes back from the last page of a group to its first', async () => {
    for (const group of ['OPEN', 'PAST', 'IN_ROUND']) {
      const forward = (await walk(group)).cards.map((c) => c.id);
      const backward: string[] = [];
      let page = (await supplier.ok(LIST, { group, limit: 2, last: true }))['portalInvitations'];
      for (;;) {
        backward.unshift(...page.items.map((c: Card) => c.id));
        if (!page.hasPreviousPage) break;
        page = (await supplier.ok(LIST, { group, limit: 2, before: page.startCursor }))['portalInvitations'];
      }
      expect(backward).toEqual(forward);
    }
  });
});
