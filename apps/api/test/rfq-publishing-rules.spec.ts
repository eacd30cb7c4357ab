import { ErrorCode, QualificationStatus } from '@bc/shared/domain';
import { insertSupplier } from './support/purchasing-fixtures';
import { mailsAbout } from './support/rfq-clock';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_FIELDS, RFQ_OPS, rfqWorld, RfqWorld, shortlistedCase } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CLOSE_EARLY = `mutation ($id: ID!) { closeRfqEarly(id: $id) { ${RFQ_FIELDS} closedEarlyByName } }`;
const GATEKEEPER_VIEW = `query ($id: ID!) { rfq(id: $id) { id approval closesAt shortPeriodJustification minimumBiddingDays } }`;
const POLICY = `{ purchasingPolicy { minimumSuppliers { purchaseType minimum } minimumBiddingDays { purchaseType days } } }`;
const UPDATE_POLICY = `mutation ($input: UpdatePurchasingPolicyInput!) { updatePurchasingPolicy(input: $input) { minimumBiddingDays { purchaseType days } } }`;
const DAY_S = 86_400;

describe('closing and publishing an RFQ', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(() => app?.close());

  const audit = (action: string, entityId: string) =>
    app.dataSource.query(`SELECT summary, actor_user_id FROM audit_event WHERE action = $1 AND entity_id = $2 ORDER BY sequence`, [action, entityId]);
  const userId = async (email: string) => (await app.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;

  describe('approving a shortlist', () => {
    const WARNINGS = `query ($id: ID!) { purchaseCase(id: $id) { shortlist { status approvalWarnings { supplierName kind certificate detail } } } }`;
    const REQUIRE = `mutation ($id: ID!, $input: UpdatePurchaseCaseInput!) { updatePurchaseCase(id: $id, input: $input) { requiredCertificates } }`;
    const CERTIFY = `mutation ($s: ID!, $input: CertificateInput!) { addCertificate(supplierId: $s, input: $input) { id } }`;
    const certify = (supplierId: string, name: string, validUntil: string | null = null) => w.as.buyer.ok(CERTIFY, { s: supplierId, input: { name, validUntil } });
    const warningsOf = async (caseId: string) => (await w.as.gatekeeper.ok(WARNINGS, { id: caseId }))['purchaseCase'].shortlist.approvalWarnings;

    it('shows the gatekeeper every shortlisted supplier that is blocked or lacks a certificate the case requires (missing or expired), and keeps what was approved anyway', async () => {
      const c = await w.walker.inSourcing();
      const fine = await insertSupplier(app, w.organizationId, { name: 'Fine Pumps GmbH' });
      // Written otherwise than the case names them: still the ones required.
      await certify(fine, 'DIN EN ISO 9001:2015', '2030-01-01');
      await certify(fine, 'iso-14001');
      const expired = await insertSupplier(app, w.organizationId, { name: 'Expired Pumps GmbH' });
      await certify(expired, 'ISO 9001', '2020-06-30');
      await certify(expired, 'ISO 90011', '2030-01-01');
      await certify(expired, 'ISO 14001:2015', '2030-01-01');
      const paperless = await insertSupplier(app, w.organizationId, { name: 'Paperless Pumps GmbH' });
      const out = await insertSupplier(app, w.organizationId, { name: 'Left Out Pumps GmbH' });
      for (const supplierId of [fine, expired, paperless]) {
        await w.as.buyer.ok(`mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: IN, reason: "Fits", source: SEARCH) { id } }`, {
          caseId: c.id,
          supplierId,
        });
      }
      await w.as.buyer.ok(`mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: OUT, reason: "Too far", source: SEARCH) { id } }`, {
        caseId: c.id,
        supplierId: out,
      });
      await w.as.buyer.ok(`mutation ($caseId: ID!) { submitShortlist(caseId: $caseId) { id } }`, { caseId: c.id });
      // Blocked after the buyer submitted: the gatekeeper still sees it.
      await w.as.gatekeeper.ok(`mutation ($id: ID!) { blockSupplier(id: $id, reason: "Counterfeit bearings found") { id } }`, { id: fine });

      // Nothing required: a supplier without any certificate is no problem for this case.
      expect(await warningsOf(c.id)).toEqual([{ supplierName: 'Fine Pumps GmbH', kind: 'BLOCKED', certificate: null, detail: 'Counterfeit bearings found' }]);

      const required = await w.as.buyer.ok(REQUIRE, { id: c.id, input: { requiredCertificates: [' ISO 9001 ', 'ISO 14001'] } });
      expect(required['updatePurchaseCase'].requiredCertificates).toEqual(['ISO 9001', 'ISO 14001']);
      expect(await warningsOf(c.id)).toEqual([
        { supplierName: 'Expired Pumps GmbH', kind: 'CERTIFICATE_EXPIRED', certificate: 'ISO 9001', detail: '2020-06-30' },
        { supplierName: 'Fine Pumps GmbH', kind: 'BLOCKED', certificate: null, detail: 'Counterfeit bearings found' },
        { supplierName: 'Paperless Pumps GmbH', kind: 'CERTIFICATE_MISSING', certificate: 'ISO 9001', detail: null },
        { supplierName: 'Paperless Pumps GmbH', kind: 'CERTIFICATE_MISSING', certificate: 'ISO 14001', detail: null },
      ]);
      expect(QualificationStatus.BLOCKED).toBe('BLOCKED');

      await w.as.gatekeeper.ok(`mutation ($caseId: ID!) { approveShortlist(caseId: $caseId, comment: "Seen; the buyer clears the papers") { id } }`, { caseId: c.id });
      const [approved] = await audit('shortlist.approved', c.id);
      expect(approved.summary.warnings).toEqual([
        { supplier: 'Expired Pumps GmbH', kind: 'CERTIFICATE_EXPIRED', certificate: 'ISO 9001', detail: '2020-06-30' },
        { supplier: 'Fine Pumps GmbH', kind: 'BLOCKED', detail: 'Counterfeit bearings found' },
        { supplier: 'Paperless Pumps GmbH', kind: 'CERTIFICATE_MISSING', certificate: 'ISO 9001' },
        { supplier: 'Paperless Pumps GmbH', kind: 'CERTIFICATE_MISSING', certificate: 'ISO 14001' },
      ]);
      const [updated] = await audit('case.updated', c.id);
      expect(updated.summary).toMatchObject({ from: { requiredCertificates: [] }, to: { requiredCertificates: ['ISO 9001', 'ISO 14001'] } });
    });

    it('takes the required certificates where a case is opened and refuses too many, a blank, a too long or a repeated one, naming the entry', async () => {
      const CREATE = `mutation ($input: CreatePurchaseCaseInput!) { createPurchaseCase(input: $input) { id requiredCertificates } }`;
      const base = { title: 'Welded frames', importance: 'ROUTINE' };
      const created = (await w.as.buyer.ok(CREATE, { input: { ...base, requiredCertificates: ['EN 1090', 'ISO 3834'] } }))['createPurchaseCase'];
      expect(created.requiredCertificates).toEqual(['EN 1090', 'ISO 3834']);

      const refused = async (op: 'create' | 'update', requiredCertificates: string[], field: string) => {
        const error = op === 'create' ? await w.as.buyer.error(CREATE, { input: { ...base, requiredCertificates } }) : await w.as.buyer.error(REQUIRE, { id: created.id, input: { requiredCertificates } });
        expect(error.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field });
        return error.message;
      };
      expect(await refused('create', ['ISO 9001', 'iso-9001'], 'input.requiredCertificates.1')).toContain('twice');
      expect(await refused('update', ['ISO 9001', ' '], 'input.requiredCertificates.1')).toBeTruthy();
      expect(await refused('update', ['x'.repeat(101)], 'input.requiredCertificates.0')).toContain('100');
      expect(await refused('update', Array.from({ length: 11 }, (_, i) => `Cert ${i}`), 'input.requiredCertificates')).toContain('10');
      // Nothing refused was kept; an empty list clears them.
      expect((await w.as.buyer.ok(REQUIRE, { id: created.id, input: { requiredCertificates: [] } }))['updatePurchaseCase'].requiredCertificates).toEqual([]);
    });
  });

  describe('closing early', () => {
    it('is refused while an invitee has neither quoted nor declined, saying how many are out; allowed once all have answered, and audited', async () => {
      const { rfqId, caseId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3 * DAY_S));
      const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
      const alpineInv = await invitationOf(w.as.alpine, rfq.reference);

      const none = await w.as.buyer.error(CLOSE_EARLY, { id: rfqId });
      expect(none.extensions).toMatchObject({ code: ErrorCode.INVITEES_OUTSTANDING, field: 'id', outstanding: 2, invited: 2 });

      await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') });
      const one = await w.as.buyer.error(CLOSE_EARLY, { id: rfqId });
      expect(one.extensions).toMatchObject({ code: ErrorCode.INVITEES_OUTSTANDING, outstanding: 1, invited: 2, suppliers: [expect.stringContaining('Alpine')] });
      expect(one.message).toContain('1 of 2');
      // A draft does not count as an answer.
      await w.as.alpine.ok(RFQ_OPS.saveDraft, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '90.00') });
      expect((await w.as.buyer.error(CLOSE_EARLY, { id: rfqId })).extensions?.code).toBe(ErrorCode.INVITEES_OUTSTANDING);
      expect(await audit('rfq.closed-early', rfqId)).toHaveLength(0);

      await w.as.alpine.ok(RFQ_OPS.decline, { invitationId: alpineInv, reason: 'No capacity this quarter' });
      const closed = (await w.as.buyer.ok(CLOSE_EARLY, { id: rfqId }))['closeRfqEarly'];
      expect(closed).toMatchObject({ status: 'CLOSED', quotesOpen: true, closesAt: rfq.closesAt, closedEarlyByName: expect.any(String) });
      expect(new Date(closed.closedAt).getTime()).toBeLessThan(new Date(rfq.closesAt).getTime());

      const [early] = await audit('rfq.closed-early', rfqId);
      expect(early.actor_user_id).toBe(await userId('buyer@nordwind.example'));
      expect(early.summary).toMatchObject({ reference: rfq.reference, invited: 2, quoted: 1, declined: 1 });
      const [opened] = await audit('rfq.closed', rfqId);
      expect(opened.summary).toMatchObject({ early: true, quotesOpened: 1 });
      expect((await app.dataSource.query(`SELECT stage FROM purchase_case WHERE id = $1`, [caseId]))[0].stage).toBe('EVALUATION');
      // The quotes are open, and nothing more is taken.
      expect((await w.as.buyer.ok(RFQ_OPS.quotes, { id: rfqId }))['rfq'].quotes).toHaveLength(1);
      const late = await w.as.supplier.error(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '80.00') });
      expect(late.extensions?.code).toBe(ErrorCode.RFQ_CLOSED);
      expect(await mailsAbout(app.dataSource, 'team.rfq-closed', rfq.reference)).not.toHaveLength(0);
      // Once closed, closing again is a conflict, not a second opening.
      expect((await w.as.buyer.error(CLOSE_EARLY, { id: rfqId })).extensions?.code).toBe(ErrorCode.CONFLICT);
      expect(await audit('rfq.closed', rfqId)).toHaveLength(1);
    });

    it('is the buyer team’s: a gatekeeper or a supplier cannot close early', async () => {
      const { rfqId } = await publishedRfq(app, w, [w.hanseSupplierId], inSeconds(3 * DAY_S));
      expect((await w.as.gatekeeper.error(CLOSE_EARLY, { id: rfqId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
      expect((await w.as.supplier.error(CLOSE_EARLY, { id: rfqId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    });
  });

  describe('a closing time in the past is refused wherever it is entered', () => {
    it('when setting up and changing a draft, and when moving the deadline of a published RFQ', async () => {
      const c = await shortlistedCase(w, [w.hanseSupplierId]);
      const past = inSeconds(-3600);
      for (const [input, field] of [
        [{ closesAt: past, questionsCloseAt: inSeconds(-7200) }, 'closesAt'],
        [{ closesAt: inSeconds(20 * DAY_S), questionsCloseAt: past }, 'questionsCloseAt'],
      ] as const) {
        const e = await w.as.buyer.error(RFQ_OPS.create, { caseId: c.id, input });
        expect([field, e.extensions]).toEqual([field, expect.objectContaining({ code: ErrorCode.DEADLINE_IN_PAST, field })]);
      }
      const draft = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt: inSeconds(20 * DAY_S), questionsCloseAt: inSeconds(10 * DAY_S) } }))['createRfq'];
      const changed = await w.as.buyer.error(RFQ_OPS.update, { id: draft.id, input: { closesAt: past, questionsCloseAt: inSeconds(-7200) } });
      expect(changed.extensions).toMatchObject({ code: ErrorCode.DEADLINE_IN_PAST, field: 'closesAt' });

      const { rfqId } = await publishedRfq(app, w, [w.hanseSupplierId], inSeconds(3 * DAY_S), inSeconds(120));
      await app.dataSource.query(`UPDATE rfq SET questions_close_at = now() - interval '1 hour' WHERE id = $1`, [rfqId]);
      const moved = await w.as.buyer.error(RFQ_OPS.extend, { id: rfqId, closesAt: inSeconds(4 * DAY_S), questionsCloseAt: inSeconds(-60), reason: 'More time' });
      expect(moved.extensions).toMatchObject({ code: ErrorCode.DEADLINE_IN_PAST, field: 'questionsCloseAt' });
    });

    it('when asking for approval or publishing a draft whose closing time has passed since', async () => {
      const c = await shortlistedCase(w, [w.hanseSupplierId]);
      const draft = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt: inSeconds(20 * DAY_S), questionsCloseAt: inSeconds(10 * DAY_S) } }))['createRfq'];
      await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: draft.id });
      await w.as.gatekeeper.ok(RFQ_OPS.approve, { id: draft.id });
      await app.dataSource.query(`UPDATE rfq SET closes_at = now() - interval '1 minute', questions_close_at = now() - interval '2 minutes' WHERE id = $1`, [draft.id]);
      expect((await w.as.buyer.error(RFQ_OPS.publish, { id: draft.id })).extensions).toMatchObject({ code: ErrorCode.DEADLINE_IN_PAST, field: 'closesAt' });
    });
  });

  describe('the minimum bidding period of the purchasing policy', () => {
    it('defaults to 10, 5 and 3 days by purchase type; admins change it, with every value checked', async () => {
      const policy = (await w.as.buyer.ok(POLICY))['purchasingPolicy'];
      expect(policy.minimumBiddingDays).toEqual([
        { purchaseType: 'NEW_TASK', days: 10 },
        { purchaseType: 'MODIFIED_REBUY', days: 5 },
        { purchaseType: 'STRAIGHT_REBUY', days: 3 },
      ]);
      const bad = await w.as.admin.error(UPDATE_POLICY, { input: { minimumBiddingDays: [{ purchaseType: 'NEW_TASK', days: 91 }] } });
      expect(bad.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.minimumBiddingDays.0.days' });
      const twice = await w.as.admin.error(UPDATE_POLICY, { input: { minimumBiddingDays: [{ purchaseType: 'NEW_TASK', days: 7 }, { purchaseType: 'NEW_TASK', days: 8 }] } });
      expect(twice.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.minimumBiddingDays.1.purchaseType' });
      expect((await w.as.buyer.error(UPDATE_POLICY, { input: { minimumBiddingDays: [{ purchaseType: 'NEW_TASK', days: 7 }] } })).extensions?.code).toBe(ErrorCode.FORBIDDEN);

      const saved = (await w.as.admin.ok(UPDATE_POLICY, { input: { minimumBiddingDays: [{ purchaseType: 'STRAIGHT_REBUY', days: 2 }] } }))['updatePurchasingPolicy'];
      expect(saved.minimumBiddingDays).toContainEqual({ purchaseType: 'STRAIGHT_REBUY', days: 2 });
      // The minimum suppliers stay as they were.
      expect((await w.as.buyer.ok(POLICY))['purchasingPolicy'].minimumSuppliers).toContainEqual({ purchaseType: 'NEW_TASK', minimum: 3 });
      const [changed] = (await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'purchasing-policy.changed' ORDER BY sequence DESC LIMIT 1`)) as Array<{
        summary: Record<string, any>;
      }>;
      expect(changed.summary['minimumBiddingDays']).toMatchObject({ from: { STRAIGHT_REBUY: 3 }, to: { STRAIGHT_REBUY: 2 } });
      await w.as.admin.ok(UPDATE_POLICY, { input: { minimumBiddingDays: [{ purchaseType: 'STRAIGHT_REBUY', days: 3 }] } });
    });

    it('a shorter period needs a written justification, which the gatekeeper sees and the case history keeps', async () => {
      const c = await shortlistedCase(w, [w.hanseSupplierId, w.alpineSupplierId]);
      const draft = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt: inSeconds(4 * DAY_S), questionsCloseAt: inSeconds(2 * DAY_S) } }))['createRfq'];
      const refused = await w.as.buyer.error(RFQ_OPS.requestApproval, { id: draft.id });
      expect(refused.extensions).toMatchObject({
        code: ErrorCode.BIDDING_PERIOD_TOO_SHORT,
        field: 'shortPeriodJustification',
        minimumDays: 10,
        purchaseType: 'NEW_TASK',
      });
      // Whitespace is no justification.
      await w.as.buyer.ok(RFQ_OPS.update, { id: draft.id, input: { shortPeriodJustification: '   ' } });
      expect((await w.as.buyer.error(RFQ_OPS.requestApproval, { id: draft.id })).extensions?.code).toBe(ErrorCode.BIDDING_PERIOD_TOO_SHORT);

      const why = 'The press line stops on the 20th; the supplier of record went bankrupt.';
      await w.as.buyer.ok(RFQ_OPS.update, { id: draft.id, input: { shortPeriodJustification: why } });
      await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: draft.id });
      const seen = (await w.as.gatekeeper.ok(GATEKEEPER_VIEW, { id: draft.id }))['rfq'];
      expect(seen).toMatchObject({ approval: 'REQUESTED', shortPeriodJustification: why, minimumBiddingDays: 10 });
      const [asked] = await audit('rfq.approval-requested', draft.id);
      expect(asked.summary.shortPeriod).toMatchObject({ short: true, minimumDays: 10, justification: why });

      await w.as.gatekeeper.ok(RFQ_OPS.approve, { id: draft.id });
      await w.as.buyer.ok(RFQ_OPS.publish, { id: draft.id });
      const [published] = await audit('rfq.published', draft.id);
      expect(published.summary.shortPeriod).toMatchObject({ short: true, minimumDays: 10, justification: why });
      // The case's history tab shows the RFQ events with the justification.
      const timeline: Array<{ action: string; summary: unknown }> = (await w.as.buyer.ok(`query ($id: ID!) { purchaseCase(id: $id) { timeline { action summary } } }`, { id: c.id }))[
        'purchaseCase'
      ].timeline;
      expect(JSON.stringify(timeline.filter((e) => e.action === 'rfq.approval-requested'))).toContain(why);
    });

    it('a period that meets the minimum needs no justification; the justification is checked for length', async () => {
      const c = await shortlistedCase(w, [w.hanseSupplierId, w.alpineSupplierId]);
      const draft = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt: inSeconds(11 * DAY_S), questionsCloseAt: inSeconds(5 * DAY_S) } }))['createRfq'];
      await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: draft.id });
      const [asked] = await audit('rfq.approval-requested', draft.id);
      expect(asked.summary.shortPeriod).toBeUndefined();
      const long = await w.as.buyer.error(RFQ_OPS.update, { id: draft.id, input: { shortPeriodJustification: 'x'.repeat(2001) } });
      expect(long.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.shortPeriodJustification' });
    });
  });
});
