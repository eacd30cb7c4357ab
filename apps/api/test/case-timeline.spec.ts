import { ErrorCode } from '@bc/shared/domain';
import { awardedCase } from './support/award-fixtures';
import { DEMO, userIds } from './support/purchasing-fixtures';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const TIMELINE = `query ($id: ID!) { purchaseCase(id: $id) { id timeline { action entityType actorName summary occurredAt } } }`;

/** The case page's timeline: the case's audit trail, readable by its team, RFQ events only for roles that read RFQs. */
describe('the audit trail of a case as a timeline', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(() => app.close());

  it('shows the case, its specification and its RFQ in order, with who did it, and never quote content', async () => {
    const { caseId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    const inv = await invitationOf(w.as.supplier, rfq.reference);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '4711.1234') });

    const events: Array<{ action: string; entityType: string; actorName: string | null; summary: string; occurredAt: string }> = (
      await w.as.buyer.ok(TIMELINE, { id: caseId })
    )['purchaseCase'].timeline;
    const actions = events.map((e) => e.action);
    for (const expected of ['case.created', 'case.stage-changed', 'shortlist.approved', 'rfq.created', 'rfq.approved', 'rfq.published', 'quote.submitted']) {
      expect(actions).toContain(expected);
    }
    expect(events.map((e) => e.entityType)).toContain('SpecificationVersion');
    expect(actions.indexOf('case.created')).toBeLessThan(actions.indexOf('rfq.published'));
    expect(actions.indexOf('rfq.published')).toBeLessThan(actions.indexOf('quote.submitted'));
    expect(events.find((e) => e.action === 'rfq.approved')?.actorName).toBe('Claudia Richter');
    expect([...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).map((e) => e.action)).toEqual(actions);
    // Who submitted and when, never what.
    expect(JSON.stringify(events)).not.toContain('4711.1234');
  });

  it('gives a requester on the team the case events but not the RFQ ones; others get nothing', async () => {
    const { caseId } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    const ids = await userIds(app);
    await w.as.buyer.ok(`mutation ($caseId: ID!, $userId: ID!) { addCaseMember(caseId: $caseId, userId: $userId, role: REQUESTER) { id } }`, {
      caseId,
      userId: ids[DEMO.requester],
    }).catch(async () => {
      // A case in RFQ no longer takes team changes: put the requester on the team directly.
      await app.dataSource.query(`INSERT INTO case_member (case_id, user_id, role) VALUES ($1, $2, 'REQUESTER')`, [caseId, ids[DEMO.requester]]);
    });
    const seen: Array<{ entityType: string }> = (await w.as.requester.ok(TIMELINE, { id: caseId }))['purchaseCase'].timeline;
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.filter((e) => e.entityType === 'Rfq')).toEqual([]);

    expect((await w.as.supplier.error(TIMELINE, { id: caseId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const other = (await secondTenant(app)).client;
    expect((await other.error(TIMELINE, { id: caseId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('goes on through the negotiation and the award: skipped with its reason, proposed, approved, awarded (not for a requester)', async () => {
    const awarded = await awardedCase(app, w);
    const events: Array<{ action: string; entityType: string; actorName: string | null; summary: string }> = (
      await w.as.buyer.ok(TIMELINE, { id: awarded.caseId })
    )['purchaseCase'].timeline;
    const actions = events.map((e) => e.action);
    for (const expected of ['rfq.closed', 'evaluation.scored', 'negotiation.skipped', 'award.proposed', 'award.approved', 'award.granted']) {
      expect(actions).toContain(expected);
    }
    expect(actions.indexOf('negotiation.skipped')).toBeLessThan(actions.indexOf('award.proposed'));
    expect(actions.indexOf('award.approved')).toBeLessThan(actions.indexOf('award.granted'));
    expect(events.find((e) => e.action === 'award.approved')?.actorName).toBeTruthy();

    const ids = await userIds(app);
    await app.dataSource.query(`INSERT INTO case_member (case_id, user_id, role) VALUES ($1, $2, 'REQUESTER')`, [awarded.caseId, ids[DEMO.requester]]);
    const seen: Array<{ entityType: string }> = (await w.as.requester.ok(TIMELINE, { id: awarded.caseId }))['purchaseCase'].timeline;
    expect(seen.filter((e) => e.entityType === 'AwardProposal' || e.entityType === 'Rfq')).toEqual([]);
  }, 240_000);
});
