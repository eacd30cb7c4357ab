import { ErrorCode } from '@bc/shared/domain';
import { letClosingTimePass, mailsAbout } from './support/rfq-clock';
import { inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CARDS = `{ portalInvitations { items { id rfqReference status state declineWithdrawnAt } } }`;
const ONE = `query ($id: ID!) { portalInvitation(id: $id) { id status state } }`;
const TAKE_BACK = `mutation ($invitationId: ID!) { withdrawDecline(invitationId: $invitationId) { id status state declineReason declinedAt declineWithdrawnAt } }`;
const BUYER_VIEW = `query ($id: ID!) { rfq(id: $id) { invitations { supplierName status declineReason declineWithdrawnAt } } }`;

describe('the supplier portal’s invitation cards and taking back a decline', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(() => app?.close());

  /** The id of the card for `reference` without opening it (opening marks it viewed). */
  const cardOf = async (client: typeof w.as.supplier, reference: string) => {
    const cards: Array<{ id: string; rfqReference: string; state: string; status: string; declineWithdrawnAt: string | null }> = (await client.ok(CARDS))['portalInvitations'].items;
    const card = cards.find((c) => c.rfqReference === reference);
    if (!card) throw new Error(`no card for ${reference}`);
    return card;
  };

  it('every card shows its true state: invited, viewed, draft, submitted, revised, withdrawn, declined', async () => {
    const { rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3 * 86_400));
    const hanse = await cardOf(w.as.supplier, rfq.reference);
    expect(hanse.state).toBe('INVITED');
    expect((await w.as.supplier.ok(ONE, { id: hanse.id }))['portalInvitation'].state).toBe('VIEWED');
    expect((await cardOf(w.as.supplier, rfq.reference)).state).toBe('VIEWED');

    const quote = await quoteFor(w.as.supplier, hanse.id, '100.00');
    await w.as.supplier.ok(RFQ_OPS.saveDraft, { invitationId: hanse.id, input: quote });
    expect((await cardOf(w.as.supplier, rfq.reference)).state).toBe('DRAFT');
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanse.id, input: quote });
    expect((await cardOf(w.as.supplier, rfq.reference)).state).toBe('SUBMITTED');
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanse.id, input: await quoteFor(w.as.supplier, hanse.id, '95.00') });
    expect((await cardOf(w.as.supplier, rfq.reference)).state).toBe('REVISED');
    await w.as.supplier.ok(RFQ_OPS.withdraw, { invitationId: hanse.id, reason: 'Price error' });
    expect((await cardOf(w.as.supplier, rfq.reference)).state).toBe('WITHDRAWN');

    const alpine = await cardOf(w.as.alpine, rfq.reference);
    await w.as.alpine.ok(RFQ_OPS.decline, { invitationId: alpine.id, reason: 'No capacity' });
    expect((await cardOf(w.as.alpine, rfq.reference)).state).toBe('DECLINED');
  });

  it('a supplier takes back its decline while the RFQ is open: audited, the buyer told and shown it, and it may quote again', async () => {
    const { rfq, rfqId } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3 * 86_400));
    const alpine = await cardOf(w.as.alpine, rfq.reference);
    // Nothing to take back yet.
    expect((await w.as.alpine.error(TAKE_BACK, { invitationId: alpine.id })).extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'invitationId' });
    await w.as.alpine.ok(RFQ_OPS.decline, { invitationId: alpine.id, reason: 'No capacity this quarter' });
    // Another company cannot take it back for Alpine.
    expect((await w.as.supplier.error(TAKE_BACK, { invitationId: alpine.id })).extensions?.code).toBe(ErrorCode.NOT_FOUND);

    const back = (await w.as.alpine.ok(TAKE_BACK, { invitationId: alpine.id }))['withdrawDecline'];
    expect(back).toMatchObject({ status: 'VIEWED', state: 'VIEWED', declineReason: null, declinedAt: null, declineWithdrawnAt: expect.any(String) });

    const seen = (await w.as.buyer.ok(BUYER_VIEW, { id: rfqId }))['rfq'].invitations.find((i: { supplierName: string }) => i.supplierName.startsWith('Alpine'));
    expect(seen).toMatchObject({ status: 'VIEWED', declineReason: null, declineWithdrawnAt: back.declineWithdrawnAt });
    const events = await app.dataSource.query(`SELECT summary, organization_id FROM audit_event WHERE action = 'rfq.decline-withdrawn' AND entity_id = $1`, [rfqId]);
    expect(events).toHaveLength(1);
    expect(events[0].organization_id).toBe(w.organizationId);
    expect(events[0].summary).toMatchObject({ reference: rfq.reference, supplier: expect.stringContaining('Alpine'), declineReason: 'No capacity this quarter' });
    expect((await mailsAbout(app.dataSource, 'team.decline-withdrawn', rfq.reference)).length).toBeGreaterThan(0);

    const receipt = await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpine.id, input: await quoteFor(w.as.alpine, alpine.id, '88.00') });
    expect(receipt['submitQuote'].revision).toBe(1);
  });

  it('a decline cannot be taken back once the RFQ has closed', async () => {
    const { rfq, rfqId } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3 * 86_400));
    const alpine = await cardOf(w.as.alpine, rfq.reference);
    await w.as.alpine.ok(RFQ_OPS.decline, { invitationId: alpine.id, reason: 'No capacity' });
    await letClosingTimePass(app, rfqId);
    expect((await w.as.alpine.error(TAKE_BACK, { invitationId: alpine.id })).extensions?.code).toBe(ErrorCode.RFQ_CLOSED);
    expect((await cardOf(w.as.alpine, rfq.reference)).state).toBe('DECLINED');
  });
});
