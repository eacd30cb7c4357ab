import { PasswordService } from '@bc/api/identity';
import { ErrorCode } from '@bc/shared/domain';
import { insertSupplier, LINES, NEW_CASE, OPS, REQUIREMENTS } from './support/purchasing-fixtures';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SHORT_PERIOD } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A supplier company invited by two buying organizations sees both invitations in one portal,
 * each with its buyer's name; each buying organization sees only its own RFQ; a company invited
 * by only one of them sees only that one.
 */
describe('one supplier portal across buying organizations', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(() => app.close());

  it('shows Hanse the RFQs of Nordwind and of Südhafen, and neither buyer the other one', async () => {
    const nordwind = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));

    // Südhafen: a buyer who is also its specifier, and a gatekeeper of its own.
    const { orgId, client: sued } = await secondTenant(app, ['BUYER', 'SPECIFIER']);
    const hash = await app.running.app.get(PasswordService).hash('südhafen gatekeeper passphrase');
    await app.dataSource.query(
      `INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'gate@suedhafen.example', 'Ina Berg', $2, '{GATEKEEPER}')`,
      [orgId, hash],
    );
    const suedGate = await app.client().signIn('gate@suedhafen.example', 'südhafen gatekeeper passphrase');
    const [{ id: suedBuyerId }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'buyer@suedhafen.example'`);
    const c = (await sued.ok(OPS.createCase, { input: { ...NEW_CASE, title: 'Harbour crane spare parts' } }))['createPurchaseCase'];
    await sued.ok(OPS.addMember, { caseId: c.id, userId: suedBuyerId, role: 'SPECIFIER' });
    await sued.ok(OPS.moveCase, { caseId: c.id, to: 'SPECIFICATION' });
    const spec = (await sued.ok(OPS.saveSpec, { caseId: c.id, input: { baseVersionId: null, lines: LINES, requirements: REQUIREMENTS } }))['saveSpecification'];
    await sued.ok(OPS.approveSpec, { versionId: spec.id });
    await sued.ok(OPS.moveCase, { caseId: c.id, to: 'SOURCING' });
    // Südhafen's own directory record of Hanse, linked to the same portal company.
    const suedHanse = await insertSupplier(app, orgId, { name: 'Hanse Industrietechnik (Südhafen record)' });
    const [{ portal }] = await app.dataSource.query(`SELECT portal_organization_id AS portal FROM supplier WHERE id = $1`, [w.hanseSupplierId]);
    await app.dataSource.query(`UPDATE supplier SET portal_organization_id = $2 WHERE id = $1`, [suedHanse, portal]);
    await sued.ok(OPS.setEntry, { caseId: c.id, supplierId: suedHanse, decision: 'IN', reason: 'Maker of the cranes', source: 'SEARCH' });
    await sued.ok(OPS.submitShortlist, { caseId: c.id, justification: 'Only the maker supplies original parts' });
    await suedGate.ok(OPS.approveShortlist, { caseId: c.id, comment: 'ok' });
    const created = (await sued.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt: inSeconds(7200), questionsCloseAt: inSeconds(3600), shortPeriodJustification: SHORT_PERIOD } }))['createRfq'];
    await sued.ok(RFQ_OPS.requestApproval, { id: created.id });
    await suedGate.ok(RFQ_OPS.approve, { id: created.id });
    const suedRfq = (await sued.ok(RFQ_OPS.publish, { id: created.id }))['publishRfq'];

    const hanseList: Array<{ buyerName: string; rfqReference: string }> = (await w.as.supplier.ok(RFQ_OPS.portalList))['portalInvitations'].items;
    expect(hanseList.map((i) => `${i.buyerName} ${i.rfqReference}`).sort()).toEqual(
      [`Nordwind Maschinenbau GmbH ${nordwind.rfq.reference}`, `Südhafen Logistik AG ${suedRfq.reference}`].sort(),
    );
    const alpineList: Array<{ rfqReference: string }> = (await w.as.alpine.ok(RFQ_OPS.portalList))['portalInvitations'].items;
    expect(alpineList.map((i) => i.rfqReference)).toEqual([nordwind.rfq.reference]);

    // Hanse quotes to Südhafen; Nordwind's buyer learns nothing of it, not even the RFQ.
    const inv = await invitationOf(w.as.supplier, suedRfq.reference);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '321.00') });
    expect((await w.as.buyer.error(RFQ_OPS.rfq, { id: suedRfq.id })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await sued.error(RFQ_OPS.rfq, { id: nordwind.rfqId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const suedView = (await sued.ok(RFQ_OPS.rfq, { id: suedRfq.id }))['rfq'];
    expect(suedView.invitations.map((i: { supplierName: string; quoteStatus: string }) => [i.supplierName, i.quoteStatus])).toEqual([
      ['Hanse Industrietechnik (Südhafen record)', 'SUBMITTED'],
    ]);
  });
});
