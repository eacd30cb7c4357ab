import { AUCTION_OPS, scheduleInput } from './support/auction-fixtures';
import { AWARD_OPS, caseInDecision, closeRfq, evaluatedCase, extraUser } from './support/award-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { OPS as CASE_OPS } from './support/purchasing-fixtures';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SHORT_PERIOD } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { advanceClockTo, testClock } from './support/test-clock';

interface Task {
  kind: string;
  caseId: string | null;
  caseReference: string | null;
  title: string | null;
  rfqId: string | null;
  rfqReference: string | null;
  invitationId: string | null;
  needId: string | null;
  proposalId: string | null;
  auctionId: string | null;
  round: number | null;
  dueAt: string | null;
  since: string;
  count: number;
}

const MY_TASKS = `{ myTasks { total counts { kind count } items { kind caseId caseReference title rfqId rfqReference invitationId needId proposalId auctionId round dueAt since count } } }`;

/**
 * "My tasks" (issue 11): every user's start page lists what waits for them across all their roles,
 * most urgent first, through the built API on real PostgreSQL.
 */
describe('my tasks', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  }, 300_000);
  afterAll(() => app.close());

  const tasksOf = async (client: GraphQLClient): Promise<{ total: number; counts: Array<{ kind: string; count: number }>; items: Task[] }> => (await client.ok(MY_TASKS))['myTasks'];
  const itemsOf = async (client: GraphQLClient, kind: string): Promise<Task[]> => (await tasksOf(client)).items.filter((t) => t.kind === kind);

  it('is refused without a session', async () => {
    const error = await app.client().error(MY_TASKS);
    expect(error.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('a need waiting for a buyer is a task of the buyers, not of the requester who raised it; it goes once accepted', async () => {
    const need = (await w.as.requester.ok(CASE_OPS.raiseNeed, { input: { title: 'Torque wrenches for line 3', justification: 'The old ones are worn out' } }))['raiseNeed'];
    const waiting = await itemsOf(w.as.buyer, 'NEED_WAITING');
    expect(waiting).toEqual([expect.objectContaining({ needId: need.id, title: 'Torque wrenches for line 3', count: 1 })]);
    expect(await itemsOf(w.as.requester, 'NEED_WAITING')).toEqual([]);
    await w.as.buyer.ok(CASE_OPS.declineNeed, { id: need.id, reason: 'Bought centrally by maintenance' });
    expect(await itemsOf(w.as.buyer, 'NEED_WAITING')).toEqual([]);
  });

  it('a submitted shortlist is a task of the gatekeeper, and a requested RFQ approval too; both go once decided', async () => {
    const c = await w.walker.inSourcing();
    for (const supplierId of [w.hanseSupplierId, w.alpineSupplierId]) {
      await w.as.buyer.ok(CASE_OPS.setEntry, { caseId: c.id, supplierId, decision: 'IN', reason: 'Fits', source: 'SEARCH' });
    }
    await w.as.buyer.ok(CASE_OPS.submitShortlist, { caseId: c.id, justification: 'Only these two can deliver in time' });
    expect(await itemsOf(w.as.gatekeeper, 'SHORTLIST_APPROVAL')).toEqual([expect.objectContaining({ caseId: c.id, caseReference: c.reference })]);
    expect(await itemsOf(w.as.buyer, 'SHORTLIST_APPROVAL')).toEqual([]);
    await w.as.gatekeeper.ok(CASE_OPS.approveShortlist, { caseId: c.id, comment: 'ok' });
    expect(await itemsOf(w.as.gatekeeper, 'SHORTLIST_APPROVAL')).toEqual([]);

    const closesAt = inSeconds(10 * 86_400);
    const rfq = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt, questionsCloseAt: closesAt, shortPeriodJustification: SHORT_PERIOD } }))['createRfq'];
    await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: rfq.id });
    expect(await itemsOf(w.as.gatekeeper, 'RFQ_APPROVAL')).toEqual([expect.objectContaining({ caseId: c.id, rfqId: rfq.id, rfqReference: rfq.reference })]);
    expect(await itemsOf(w.as.buyer, 'RFQ_APPROVAL')).toEqual([]);
    await w.as.gatekeeper.ok(RFQ_OPS.approve, { id: rfq.id });
    expect(await itemsOf(w.as.gatekeeper, 'RFQ_APPROVAL')).toEqual([]);
  });

  it('a scheduled reverse auction is a task of the gatekeeper, due at its start, until approved or cancelled; not of a gatekeeper who scheduled it; the counts agree', async () => {
    const c = await evaluatedCase(app, w);
    const scheduled = (await w.as.buyer.ok(AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId, { startsInMinutes: 3 * 24 * 60 }) }))['scheduleAuction'];
    const waiting = await tasksOf(w.as.gatekeeper);
    const auctionTasks = waiting.items.filter((t) => t.kind === 'AUCTION_APPROVAL');
    expect(auctionTasks.filter((t) => t.rfqId === c.rfqId)).toEqual([
      expect.objectContaining({ auctionId: scheduled.id, caseId: c.caseId, caseReference: c.caseReference, rfqReference: c.rfqReference, dueAt: new Date(scheduled.settings.startsAt).toISOString(), count: 1 }),
    ]);
    // The navigation counts what the list holds.
    expect(waiting.counts.find((k) => k.kind === 'AUCTION_APPROVAL')?.count).toBe(auctionTasks.length);
    expect(waiting.counts.reduce((sum, k) => sum + k.count, 0)).toBe(waiting.total);
    expect(waiting.total).toBe(waiting.items.length);
    // The buyer who scheduled it does not approve auctions.
    expect(await itemsOf(w.as.buyer, 'AUCTION_APPROVAL')).toEqual([]);
    await w.as.gatekeeper.ok(AUCTION_OPS.approve, { id: scheduled.id });
    expect((await itemsOf(w.as.gatekeeper, 'AUCTION_APPROVAL')).filter((t) => t.auctionId === scheduled.id)).toEqual([]);
    await w.as.buyer.ok(AUCTION_OPS.cancel, { id: scheduled.id, reason: 'Not needed' });

    // Separation of duties: one who is buyer and gatekeeper and scheduled it is not asked; the other gatekeeper is, until it is cancelled.
    const both = await extraUser(app, ['BUYER', 'GATEKEEPER'], 'Bea Both');
    const other = await evaluatedCase(app, w);
    const own = (await both.client.ok(AUCTION_OPS.schedule, { input: scheduleInput(other.rfqId) }))['scheduleAuction'];
    expect((await itemsOf(both.client, 'AUCTION_APPROVAL')).filter((t) => t.auctionId === own.id)).toEqual([]);
    expect((await itemsOf(w.as.gatekeeper, 'AUCTION_APPROVAL')).filter((t) => t.auctionId === own.id)).toHaveLength(1);
    await both.client.ok(AUCTION_OPS.cancel, { id: own.id, reason: 'Dates moved' });
    expect((await itemsOf(w.as.gatekeeper, 'AUCTION_APPROVAL')).filter((t) => t.auctionId === own.id)).toEqual([]);

    // Past its start unapproved, an auction can no longer be approved: no task (the buyer cancels it).
    const late = (await w.as.buyer.ok(AUCTION_OPS.schedule, { input: scheduleInput(other.rfqId) }))['scheduleAuction'];
    expect((await itemsOf(w.as.gatekeeper, 'AUCTION_APPROVAL')).filter((t) => t.auctionId === late.id)).toHaveLength(1);
    advanceClockTo(app, new Date(Date.parse(late.settings.startsAt) + 1));
    expect((await itemsOf(w.as.gatekeeper, 'AUCTION_APPROVAL')).filter((t) => t.auctionId === late.id)).toEqual([]);
    await w.as.buyer.ok(AUCTION_OPS.cancel, { id: late.id, reason: 'Not approved in time' });
  });

  it('an RFQ closing within 48 h is a task of its buyer with the invitees still out; an open invitation is the supplier\'s task until it quotes; open questions count', async () => {
    const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(6 * 3600));
    const closing = (await itemsOf(w.as.buyer, 'RFQ_CLOSING')).filter((t) => t.rfqId === rfqId);
    expect(closing).toEqual([expect.objectContaining({ rfqReference: rfq.reference, count: 2, dueAt: new Date(rfq.closesAt).toISOString() })]);
    // Team work: the requester and the supplier are not its buyers.
    expect((await itemsOf(w.as.requester, 'RFQ_CLOSING')).filter((t) => t.rfqId === rfqId)).toEqual([]);

    const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
    expect((await itemsOf(w.as.supplier, 'QUOTE_DUE')).filter((t) => t.invitationId === hanseInv)).toEqual([
      expect.objectContaining({ rfqReference: rfq.reference, dueAt: new Date(rfq.closesAt).toISOString(), caseId: null }),
    ]);
    await w.as.supplier.ok(RFQ_OPS.ask, { invitationId: hanseInv, body: 'May we offer an equivalent seal?' });
    expect((await itemsOf(w.as.buyer, 'SUPPLIER_QUESTIONS')).filter((t) => t.rfqId === rfqId)).toEqual([expect.objectContaining({ count: 1 })]);

    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') });
    expect((await itemsOf(w.as.supplier, 'QUOTE_DUE')).filter((t) => t.invitationId === hanseInv)).toEqual([]);
    expect((await itemsOf(w.as.buyer, 'RFQ_CLOSING')).filter((t) => t.rfqId === rfqId)).toEqual([expect.objectContaining({ count: 1 })]);
    // Another supplier company never sees Hanse's work.
    expect((await tasksOf(w.as.alpine)).items.some((t) => t.invitationId === hanseInv)).toBe(false);
  });

  it('scores the specifier owes on a closed RFQ count every criterion they score for every submitted quote (reliability only without recorded performance), and go as they are given', async () => {
    const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId]);
    for (const client of [w.as.supplier, w.as.alpine]) {
      const inv = await invitationOf(client, rfq.reference);
      await client.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(client, inv, '100.00') });
    }
    await closeRfq(app, rfqId);
    const technical = (rfq.criteria as Array<{ key: string; kind: string }>).filter((c) => c.kind === 'TECHNICAL');
    const reliability = (rfq.criteria as Array<{ key: string; kind: string }>).filter((c) => c.kind === 'RELIABILITY');
    expect(technical.length).toBeGreaterThan(0);
    expect(reliability.length).toBeGreaterThan(0);
    const owedCount = async () => (await itemsOf(w.as.specifier, 'SCORES_OWED')).filter((t) => t.rfqId === rfqId).map((t) => t.count);
    expect(await owedCount()).toEqual([(technical.length + reliability.length) * 2]);
    // Once Hanse has recorded performance, its reliability comes from that record, not from scores.
    await app.dataSource.query(`UPDATE supplier SET reliability_score = 8 WHERE id = $1`, [w.hanseSupplierId]);
    expect(await owedCount()).toEqual([technical.length * 2 + reliability.length]);

    const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
    await w.as.specifier.ok(
      `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!) { scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: 7, comment: "Reasoned") { id } }`,
      { rfqId, invitationId: hanseInv, criterionKey: technical[0].key },
    );
    expect(await owedCount()).toEqual([technical.length * 2 + reliability.length - 1]);
    await app.dataSource.query(`UPDATE supplier SET reliability_score = NULL WHERE id = $1`, [w.hanseSupplierId]);
    // The gatekeeper scores nothing: nothing is owed by them.
    expect((await itemsOf(w.as.gatekeeper, 'SCORES_OWED')).filter((t) => t.rfqId === rfqId)).toEqual([]);
  });

  it('an open negotiation round is a task of the buyer and of the invited supplier until it answers', async () => {
    const c = await evaluatedCase(app, w);
    const closesAt = inSeconds(5 * 86_400);
    const round = (
      await w.as.buyer.ok(`mutation ($input: OpenNegotiationRoundInput!) { openNegotiationRound(input: $input) { id number } }`, {
        input: { rfqId: c.rfqId, invitationIds: [c.hanseInv], message: 'Your best price, please', closesAt },
      })
    )['openNegotiationRound'];
    expect((await itemsOf(w.as.buyer, 'ROUND_OPEN')).filter((t) => t.rfqId === c.rfqId)).toEqual([expect.objectContaining({ round: round.number, count: 1 })]);
    expect((await itemsOf(w.as.supplier, 'ROUND_OPEN')).filter((t) => t.invitationId === c.hanseInv)).toEqual([expect.objectContaining({ round: 1, rfqReference: c.rfqReference })]);
    // Alpine was not asked into the round.
    expect((await itemsOf(w.as.alpine, 'ROUND_OPEN')).filter((t) => t.invitationId === c.alpineInv)).toEqual([]);
  });

  it('a pending award proposal is the decider\'s task; an RFQ closing within 48 h comes before it, and the counts add up', async () => {
    const c = await caseInDecision(app, w);
    const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
    const mine = await tasksOf(w.as.decider);
    expect(mine.items.filter((t) => t.kind === 'AWARD_APPROVAL')).toEqual([expect.objectContaining({ proposalId: proposal.id, caseId: c.caseId, caseReference: c.caseReference })]);
    expect(mine.total).toBe(mine.items.length);
    expect(mine.counts.reduce((sum, k) => sum + k.count, 0)).toBe(mine.total);

    // The buyer's list: anything due within 48 h first, soonest first.
    const buyer = await tasksOf(w.as.buyer);
    const soon = testClock.nowMs() + 48 * 3_600_000;
    const firstNotUrgent = buyer.items.findIndex((t) => !t.dueAt || Date.parse(t.dueAt) > soon);
    const urgent = buyer.items.slice(0, firstNotUrgent === -1 ? undefined : firstNotUrgent);
    expect(urgent.length).toBeGreaterThan(0);
    expect(buyer.items.slice(urgent.length).some((t) => t.dueAt && Date.parse(t.dueAt) <= soon)).toBe(false);
    const dues = urgent.map((t) => Date.parse(t.dueAt!));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it('a decision leaves the decider\'s tasks and stays in her read-only history of decisions, newest first; others have no such history', async () => {
    const c = await caseInDecision(app, w);
    const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
    await w.as.decider.ok(AWARD_OPS.approve, { proposalId: proposal.id, comment: 'Best value' });
    expect((await itemsOf(w.as.decider, 'AWARD_APPROVAL')).filter((t) => t.proposalId === proposal.id)).toEqual([]);
    const HISTORY = `{ myAwardDecisions { id caseId status steps { approval { approverName decision comment decidedAt } } } }`;
    const history: Array<{ id: string; caseId: string; status: string; steps: Array<{ approval: { decision: string; comment: string } | null }> }> = (await w.as.decider.ok(HISTORY))['myAwardDecisions'];
    expect(history[0]).toMatchObject({ id: proposal.id, caseId: c.caseId, status: 'APPROVED' });
    expect(history[0].steps.map((s) => s.approval)).toContainEqual(expect.objectContaining({ decision: 'APPROVED', comment: 'Best value' }));
    expect((await w.as.buyer.error(HISTORY)).extensions?.['code']).toBe('FORBIDDEN');
    expect((await w.as.gatekeeper.ok(HISTORY))['myAwardDecisions'].some((p: { id: string }) => p.id === proposal.id)).toBe(false);
  });
});
