import { createHash, randomUUID } from 'node:crypto';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { insertSupplier } from './support/purchasing-fixtures';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { passClosingTime } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Everything a supplier can read of one invitation: the RFQ, the questions and its own quote. */
const PORTAL_FULL = `query ($id: ID!) { portalInvitation(id: $id) { id status rfqReference open
  rfq { reference title status currency lines { key quantity } requirements { key kind text } }
  questions { id question answer answeredAt askedAt mine published }
  quote { status withdrawnAt draftSavedAt draft { currency total lines { lineKey unitPrice quantity } }
    revisions { revision sha256 canonicalContent submittedAt content { total supplierReference lines { lineKey unitPrice quantity } } } } } }`;

const BUYER_RFQ_QUOTES_SEALED = `query ($id: ID!) { rfq(id: $id) { id quotes { supplierName } } }`;

/**
 * The supplier's side of an RFQ: a supplier sees only its own company's invitations (never a
 * draft), never another's quote or private question; every submission is a kept revision with a
 * receipt that matches what is stored; nothing is taken after the closing time by the server's
 * clock; published answers name nobody; bad quotes are refused naming the field; suppliers
 * without an account register from a single-use link.
 */
describe('the supplier portal', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(() => app.close());

  const revisionRows = async (invitationId: string): Promise<Array<{ revision: number; content_sha256: string }>> =>
    app.dataSource.query(
      `SELECT r.revision, r.content_sha256 FROM quote_revision r JOIN quote q ON q.id = r.quote_id WHERE q.invitation_id = $1 ORDER BY r.revision`,
      [invitationId],
    );
  const quoteRow = async (invitationId: string): Promise<{ status: string; current_revision: number | null; has_draft: boolean } | undefined> =>
    (await app.dataSource.query(`SELECT status, current_revision, draft_sealed IS NOT NULL AS has_draft FROM quote WHERE invitation_id = $1`, [invitationId]))[0];
  const invitationRow = async (invitationId: string): Promise<{ status: string; decline_reason: string | null }> =>
    (await app.dataSource.query(`SELECT status, decline_reason FROM rfq_invitation WHERE id = $1`, [invitationId]))[0];
  const questionCount = async (rfqId: string): Promise<number> =>
    (await app.dataSource.query(`SELECT count(*)::int AS n FROM rfq_question WHERE rfq_id = $1`, [rfqId]))[0].n;
  const portal = async (client: GraphQLClient, id: string) => (await client.ok(PORTAL_FULL, { id }))['portalInvitation'];
  const code = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) => (await client.error(query, variables)).extensions?.code;

  /** Lets the closing time pass: the app's clock moves on past it. */
  async function closeByClock(rfqId: string): Promise<void> {
    await passClosingTime(app, rfqId);
  }

  describe('isolation between suppliers', () => {
    it('shows a supplier that was not invited nothing: not listed, and the invitation and every action on it are NOT_FOUND', async () => {
      const { rfq, rfqId } = await publishedRfq(app, w, [w.hanseSupplierId]);
      const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
      const input = await quoteFor(w.as.supplier, hanseInv, '100.00');

      const alpineList: Array<{ rfqReference: string }> = (await w.as.alpine.ok(RFQ_OPS.portalList))['portalInvitations'].items;
      expect(alpineList.map((i) => i.rfqReference)).not.toContain(rfq.reference);
      expect(await code(w.as.alpine, PORTAL_FULL, { id: hanseInv })).toBe(ErrorCode.NOT_FOUND);
      expect(await code(w.as.alpine, RFQ_OPS.submit, { invitationId: hanseInv, input })).toBe(ErrorCode.NOT_FOUND);
      expect(await code(w.as.alpine, RFQ_OPS.saveDraft, { invitationId: hanseInv, input })).toBe(ErrorCode.NOT_FOUND);
      expect(await code(w.as.alpine, RFQ_OPS.ask, { invitationId: hanseInv, body: 'What is the target price?' })).toBe(ErrorCode.NOT_FOUND);
      expect(await code(w.as.alpine, RFQ_OPS.decline, { invitationId: hanseInv, reason: 'No capacity' })).toBe(ErrorCode.NOT_FOUND);
      expect(await code(w.as.alpine, RFQ_OPS.withdraw, { invitationId: hanseInv, reason: null })).toBe(ErrorCode.NOT_FOUND);

      // Nothing was written on the other company's invitation.
      expect(await quoteRow(hanseInv)).toBeUndefined();
      expect(await questionCount(rfqId)).toBe(0);
      expect((await invitationRow(hanseInv)).status).toBe('VIEWED');
    });

    it("never shows a supplier another's quote or private question, on the same RFQ", async () => {
      const { rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId]);
      const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
      const alpineInv = await invitationOf(w.as.alpine, rfq.reference);
      const receipt = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '4711.13', { supplierReference: 'HANSE-REF-77' }) }))['submitQuote'];
      await w.as.supplier.ok(RFQ_OPS.saveDraft, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '4242.42') });
      const privateQuestion = 'Hanse asks privately: can our Kiel plant deliver in two lots?';
      await w.as.supplier.ok(RFQ_OPS.ask, { invitationId: hanseInv, body: privateQuestion });

      const alpineView = await portal(w.as.alpine, alpineInv);
      expect(alpineView.quote).toEqual({ status: null, withdrawnAt: null, draftSavedAt: null, draft: null, revisions: [] });
      expect(alpineView.questions).toEqual([]);
      const seen = JSON.stringify(alpineView);
      for (const trace of ['4711.13', '4242.42', 'HANSE-REF-77', receipt.sha256, privateQuestion, 'Kiel', hanseInv]) expect(seen).not.toContain(trace);
      // The Hanse view has it all: the same query, another company.
      const hanseView = JSON.stringify(await portal(w.as.supplier, hanseInv));
      for (const trace of ['4711.13', '4242.42', receipt.sha256, privateQuestion]) expect(hanseView).toContain(trace);
    });

    it('keeps a draft RFQ invisible to suppliers, even with an invitation row for it', async () => {
      const c = await w.walker.inSourcing();
      const draft = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt: inSeconds(7200), questionsCloseAt: inSeconds(3600) } }))['createRfq'];
      expect(draft.status).toBe('DRAFT');
      const hanseOrg = (await app.dataSource.query(`SELECT portal_organization_id FROM supplier WHERE id = $1`, [w.hanseSupplierId]))[0].portal_organization_id;
      // Publishing is what writes invitations; one written for a draft must still not show.
      const [{ id: invitationId }] = await app.dataSource.query(
        `INSERT INTO rfq_invitation (organization_id, rfq_id, supplier_id, supplier_name, supplier_organization_id, status)
         VALUES ($1, $2, $3, 'Hanse Industrietechnik GmbH (directory)', $4, 'SENT') RETURNING id`,
        [w.organizationId, draft.id, w.hanseSupplierId, hanseOrg],
      );
      const list: Array<{ id: string; rfqReference: string }> = (await w.as.supplier.ok(RFQ_OPS.portalList))['portalInvitations'].items;
      expect(list.map((i) => i.rfqReference)).not.toContain(draft.reference);
      expect(list.map((i) => i.id)).not.toContain(invitationId);
      expect(await code(w.as.supplier, PORTAL_FULL, { id: invitationId })).toBe(ErrorCode.NOT_FOUND);
      expect(await code(w.as.supplier, RFQ_OPS.ask, { invitationId, body: 'When will this go out?' })).toBe(ErrorCode.NOT_FOUND);
      expect(await code(w.as.supplier, RFQ_OPS.decline, { invitationId, reason: 'Not for us' })).toBe(ErrorCode.NOT_FOUND);
      expect(await questionCount(draft.id)).toBe(0);
      await app.dataSource.query(`DELETE FROM rfq_invitation WHERE id = $1`, [invitationId]);
    });

    it('refuses buyer queries to a supplier user with FORBIDDEN, even for an RFQ it is invited to', async () => {
      const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId]);
      await invitationOf(w.as.supplier, rfq.reference);
      expect(await code(w.as.supplier, RFQ_OPS.rfq, { id: rfqId })).toBe(ErrorCode.FORBIDDEN);
      expect(await code(w.as.supplier, BUYER_RFQ_QUOTES_SEALED, { id: rfqId })).toBe(ErrorCode.FORBIDDEN);
      expect(await code(w.as.alpine, RFQ_OPS.rfq, { id: rfqId })).toBe(ErrorCode.FORBIDDEN);
    });
  });

  describe('revisions and receipts', () => {
    it('keeps each submission as its own revision (1, 2, 3 with distinct hashes); the database refuses to change or delete one', async () => {
      const { rfq } = await publishedRfq(app, w, [w.hanseSupplierId]);
      const inv = await invitationOf(w.as.supplier, rfq.reference);
      const receipts = [];
      for (const price of ['100.00', '99.50', '98.25']) {
        receipts.push((await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, price) }))['submitQuote']);
      }
      expect(receipts.map((r) => r.revision)).toEqual([1, 2, 3]);
      expect(new Set(receipts.map((r) => r.sha256)).size).toBe(3);
      const rows = await revisionRows(inv);
      expect(rows.map((r) => r.revision)).toEqual([1, 2, 3]);
      expect(rows.map((r) => r.content_sha256)).toEqual(receipts.map((r) => r.sha256));

      await expect(
        app.dataSource.query(`UPDATE quote_revision SET content_sha256 = $2 WHERE quote_id = (SELECT id FROM quote WHERE invitation_id = $1) AND revision = 1`, [inv, 'f'.repeat(64)]),
      ).rejects.toThrow('quote_revision is append-only: UPDATE refused');
      await expect(app.dataSource.query(`DELETE FROM quote_revision WHERE quote_id = (SELECT id FROM quote WHERE invitation_id = $1)`, [inv])).rejects.toThrow(
        'quote_revision is append-only: DELETE refused',
      );
      expect(await revisionRows(inv)).toEqual(rows);
      const portalRevisions = (await portal(w.as.supplier, inv)).quote.revisions;
      expect(portalRevisions.map((r: { revision: number; content: { lines: Array<{ unitPrice: string }> } }) => [r.revision, r.content.lines[0].unitPrice])).toEqual([
        [1, '100.00'],
        [2, '99.50'],
        [3, '98.25'],
      ]);
    });

    it("gives a receipt whose sha256 is the SHA-256 of its canonical content and the stored revision's hash, as the supplier's quote shows", async () => {
      const { rfq } = await publishedRfq(app, w, [w.hanseSupplierId]);
      const inv = await invitationOf(w.as.supplier, rfq.reference);
      const receipt = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '123.45') }))['submitQuote'];
      expect(receipt.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(sha256(receipt.canonicalContent)).toBe(receipt.sha256);
      const canonical = JSON.parse(receipt.canonicalContent);
      expect(canonical).toMatchObject({ rfq: rfq.reference, revision: 1, quote: { currency: 'EUR', supplierReference: 'Q-4711' } });
      expect(canonical.quote.lines.map((l: { unitPrice: string }) => l.unitPrice)).toEqual(['123.45', '123.45']);
      const [stored] = await revisionRows(inv);
      expect(stored.content_sha256).toBe(receipt.sha256);
      const [shown] = (await portal(w.as.supplier, inv)).quote.revisions;
      expect(shown).toMatchObject({ revision: 1, sha256: receipt.sha256, canonicalContent: receipt.canonicalContent });
      expect(sha256(shown.canonicalContent)).toBe(shown.sha256);
    });

    it('withdraws a quote: WITHDRAWN, the invitation back to VIEWED, revisions kept; a new submission is the next revision', async () => {
      const { rfq, rfqId } = await publishedRfq(app, w, [w.hanseSupplierId]);
      const inv = await invitationOf(w.as.supplier, rfq.reference);
      await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '100.00') });
      await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '90.00') });

      const withdrawn = (await w.as.supplier.ok(RFQ_OPS.withdraw, { invitationId: inv, reason: 'Price error' }))['withdrawQuote'];
      expect(withdrawn.status).toBe('VIEWED');
      const view = await portal(w.as.supplier, inv);
      expect(view.status).toBe('VIEWED');
      expect(view.quote.status).toBe('WITHDRAWN');
      expect(view.quote.withdrawnAt).not.toBeNull();
      expect(view.quote.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
      expect((await revisionRows(inv)).map((r) => r.revision)).toEqual([1, 2]);
      const buyerInv = (await w.as.buyer.ok(RFQ_OPS.rfq, { id: rfqId }))['rfq'].invitations[0];
      expect(buyerInv).toMatchObject({ status: 'VIEWED', quoteStatus: 'WITHDRAWN', revisions: 2 });
      // Nothing to withdraw now.
      expect(await code(w.as.supplier, RFQ_OPS.withdraw, { invitationId: inv, reason: null })).toBe(ErrorCode.CONFLICT);

      const again = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '95.00') }))['submitQuote'];
      expect(again.revision).toBe(3);
      expect((await revisionRows(inv)).map((r) => r.revision)).toEqual([1, 2, 3]);
      expect(await quoteRow(inv)).toMatchObject({ status: 'SUBMITTED', current_revision: 3 });
      expect((await invitationRow(inv)).status).toBe('QUOTED');
    });
  });

  describe('by the server clock', () => {
    it('refuses submit, saveDraft, withdraw, ask and decline with RFQ_CLOSED once the closing time has passed', async () => {
      const { rfq, rfqId } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId]);
      const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
      const alpineInv = await invitationOf(w.as.alpine, rfq.reference);
      const input = await quoteFor(w.as.supplier, hanseInv, '100.00');
      await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input });
      const alpineInput = await quoteFor(w.as.alpine, alpineInv, '80.00');
      await closeByClock(rfqId);

      expect(await code(w.as.supplier, RFQ_OPS.submit, { invitationId: hanseInv, input })).toBe(ErrorCode.RFQ_CLOSED);
      expect(await code(w.as.supplier, RFQ_OPS.saveDraft, { invitationId: hanseInv, input })).toBe(ErrorCode.RFQ_CLOSED);
      expect(await code(w.as.supplier, RFQ_OPS.withdraw, { invitationId: hanseInv, reason: 'Too late?' })).toBe(ErrorCode.RFQ_CLOSED);
      expect(await code(w.as.supplier, RFQ_OPS.ask, { invitationId: hanseInv, body: 'Still open?' })).toBe(ErrorCode.RFQ_CLOSED);
      expect(await code(w.as.supplier, RFQ_OPS.decline, { invitationId: hanseInv, reason: 'Changed our mind' })).toBe(ErrorCode.RFQ_CLOSED);
      expect(await code(w.as.alpine, RFQ_OPS.submit, { invitationId: alpineInv, input: alpineInput })).toBe(ErrorCode.RFQ_CLOSED);
      expect(await code(w.as.alpine, RFQ_OPS.saveDraft, { invitationId: alpineInv, input: alpineInput })).toBe(ErrorCode.RFQ_CLOSED);
      expect(await code(w.as.alpine, RFQ_OPS.decline, { invitationId: alpineInv, reason: 'No capacity' })).toBe(ErrorCode.RFQ_CLOSED);

      // Nothing changed: Hanse's one revision stands, Alpine has no quote and did not decline, no question was taken.
      expect(await quoteRow(hanseInv)).toMatchObject({ status: 'SUBMITTED', current_revision: 1, has_draft: false });
      expect(await revisionRows(hanseInv)).toHaveLength(1);
      expect(await quoteRow(alpineInv)).toBeUndefined();
      expect(await invitationRow(alpineInv)).toMatchObject({ status: 'VIEWED', decline_reason: null });
      expect(await questionCount(rfqId)).toBe(0);
      expect((await portal(w.as.supplier, hanseInv)).open).toBe(false);
    });

    it('refuses questions after the question deadline with QUESTION_PERIOD_OVER while quotes are still taken', async () => {
      const { rfq, rfqId } = await publishedRfq(app, w, [w.hanseSupplierId], inSeconds(3600), inSeconds(1800));
      const inv = await invitationOf(w.as.supplier, rfq.reference);
      await app.dataSource.query(`UPDATE rfq SET questions_close_at = now() - interval '1 second' WHERE id = $1`, [rfqId]);

      expect(await code(w.as.supplier, RFQ_OPS.ask, { invitationId: inv, body: 'One more question' })).toBe(ErrorCode.QUESTION_PERIOD_OVER);
      expect(await questionCount(rfqId)).toBe(0);
      const receipt = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '100.00') }))['submitQuote'];
      expect(receipt.revision).toBe(1);
      expect((await portal(w.as.supplier, inv)).open).toBe(true);
    });
  });

  describe('questions and answers', () => {
    let rfqId: string;
    let hanseInv: string;
    let alpineInv: string;

    beforeAll(async () => {
      const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId]);
      rfqId = published.rfqId;
      hanseInv = await invitationOf(w.as.supplier, published.rfq.reference);
      alpineInv = await invitationOf(w.as.alpine, published.rfq.reference);
    });

    it('publishes a reworded question with its answer to every invitee without naming who asked; the asker sees its own', async () => {
      const original = 'We at Hanse would like to offer our HX-316L pump instead: acceptable?';
      const asked = (await w.as.supplier.ok(RFQ_OPS.ask, { invitationId: hanseInv, body: original }))['askRfqQuestion'];
      expect(asked).toMatchObject({ question: original, mine: true });

      const buyerQuestions = (await w.as.buyer.ok(RFQ_OPS.rfq, { id: rfqId }))['rfq'].questions;
      expect(buyerQuestions).toEqual([expect.objectContaining({ id: asked.id, body: original, supplierName: 'Hanse Industrietechnik GmbH (directory)', visibility: 'PRIVATE', answer: null })]);

      const reworded = 'May a 316L stainless variant be offered instead of the specified pump?';
      const answer = 'Yes, as an alternative on the same line.';
      const answered = (await w.as.buyer.ok(RFQ_OPS.answer, { id: asked.id, input: { answer, publish: true, publishedQuestion: reworded } }))['answerRfqQuestion'];
      expect(answered).toMatchObject({ visibility: 'PUBLISHED', publishedQuestion: reworded, answer, supplierName: 'Hanse Industrietechnik GmbH (directory)' });

      const alpineQuestions = (await portal(w.as.alpine, alpineInv)).questions;
      expect(alpineQuestions).toEqual([{ id: asked.id, question: reworded, answer, answeredAt: expect.any(String), askedAt: null, mine: false, published: true }]);
      const alpineSeen = JSON.stringify(alpineQuestions);
      for (const trace of ['Hanse', 'HX-316L', original, 'Felix Brandt']) expect(alpineSeen).not.toContain(trace);

      const hanseQuestions = (await portal(w.as.supplier, hanseInv)).questions;
      expect(hanseQuestions).toEqual([{ id: asked.id, question: original, answer, answeredAt: expect.any(String), askedAt: expect.any(String), mine: true, published: true }]);
    });

    it('shows a private answer only to the supplier who asked', async () => {
      const question = 'Alpine asks: may we deliver to the Linz warehouse instead?';
      const asked = (await w.as.alpine.ok(RFQ_OPS.ask, { invitationId: alpineInv, body: question }))['askRfqQuestion'];
      const answer = 'No, delivery is to Hamburg only.';
      const answered = (await w.as.buyer.ok(RFQ_OPS.answer, { id: asked.id, input: { answer, publish: false } }))['answerRfqQuestion'];
      expect(answered).toMatchObject({ visibility: 'PRIVATE', publishedQuestion: null, answer, supplierName: 'Alpine Components AG (directory)' });

      const alpineQuestions = (await portal(w.as.alpine, alpineInv)).questions;
      expect(alpineQuestions).toContainEqual({ id: asked.id, question, answer, answeredAt: expect.any(String), askedAt: expect.any(String), mine: true, published: false });

      const hanseQuestions: Array<{ id: string }> = (await portal(w.as.supplier, hanseInv)).questions;
      expect(hanseQuestions.map((q) => q.id)).not.toContain(asked.id);
      const hanseSeen = JSON.stringify(hanseQuestions);
      for (const trace of ['Linz', 'Hamburg', 'Alpine']) expect(hanseSeen).not.toContain(trace);
    });
  });

  describe('quote validation', () => {
    let inv: string;
    let base: { lines: Array<Record<string, unknown>>; answers: Array<{ requirementKey: string }> } & Record<string, unknown>;
    let mustHaveKey: string;

    beforeAll(async () => {
      const { rfq } = await publishedRfq(app, w, [w.hanseSupplierId]);
      inv = await invitationOf(w.as.supplier, rfq.reference);
      base = (await quoteFor(w.as.supplier, inv, '100.00')) as typeof base;
      const requirements: Array<{ key: string; kind: string }> = (await portal(w.as.supplier, inv)).rfq.requirements;
      const mustHave = requirements.find((r) => r.kind === 'MUST_HAVE');
      if (!mustHave) throw new Error('The specification has no must-have requirement');
      mustHaveKey = mustHave.key;
    });

    const withLine = (patch: Record<string, unknown>) => ({ ...base, lines: base.lines.map((l, i) => (i === 0 ? { ...l, ...patch } : l)) });
    const alternative = (n: number) => ({ description: `Variant ${n}`, unitPrice: '90.00', quantity: '4', leadTimeDays: 14 });
    const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

    const CASES: Array<{ name: string; input: () => Record<string, unknown>; field: string; draftToo: boolean }> = [
      { name: 'a negative unit price', input: () => withLine({ unitPrice: '-5' }), field: 'input.lines.0.unitPrice', draftToo: true },
      { name: 'a unit price in exponent notation', input: () => withLine({ unitPrice: '1e5' }), field: 'input.lines.0.unitPrice', draftToo: true },
      { name: 'a line key the RFQ does not have', input: () => withLine({ lineKey: randomUUID() }), field: 'input.lines.0.lineKey', draftToo: true },
      {
        name: 'a must-have requirement left unanswered (on submit)',
        input: () => ({ ...base, answers: base.answers.filter((a) => a.requirementKey !== mustHaveKey) }),
        field: 'input.answers',
        draftToo: false,
      },
      { name: 'validUntil in the past (on submit)', input: () => ({ ...base, validUntil: yesterday() }), field: 'input.validUntil', draftToo: false },
      { name: 'four alternatives on a line', input: () => withLine({ alternatives: [1, 2, 3, 4].map(alternative) }), field: 'input.lines.0.alternatives', draftToo: true },
    ];

    it.each(CASES)('refuses $name with VALIDATION_FAILED naming $field, and writes nothing', async ({ input, field, draftToo }) => {
      const submitted = await w.as.supplier.error(RFQ_OPS.submit, { invitationId: inv, input: input() });
      expect(submitted.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field });
      if (draftToo) {
        const drafted = await w.as.supplier.error(RFQ_OPS.saveDraft, { invitationId: inv, input: input() });
        expect(drafted.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field });
      }
      expect(await revisionRows(inv)).toEqual([]);
      const quote = await quoteRow(inv);
      expect(quote?.current_revision ?? null).toBeNull();
      expect(quote?.has_draft ?? false).toBe(false);
      expect((await invitationRow(inv)).status).not.toBe('QUOTED');
    });

    it('takes the same quote once it is right (the cases above fail for their own reason)', async () => {
      const receipt = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: withLine({ alternatives: [1, 2, 3].map(alternative) }) }))['submitQuote'];
      expect(receipt.revision).toBe(1);
    });
  });

  describe('registration from the invitation email', () => {
    const contactEmail = 'anna.krueger@nordsee-pumpen.example';
    let supplierId: string;
    let reference: string;
    let token: string;

    /** The registration link's token from the invitation mail in the outbox. */
    async function tokenMailedTo(email: string, rfqReference: string): Promise<string> {
      const rows: Array<{ text_body: string }> = await app.dataSource.query(
        `SELECT text_body FROM outbox_message WHERE to_address = $1 AND kind = 'rfq.invitation' AND subject LIKE $2`,
        [email, `[${rfqReference}]%`],
      );
      expect(rows).toHaveLength(1);
      const match = /\/portal\/register\/([A-Za-z0-9_-]+)/.exec(rows[0].text_body);
      if (!match) throw new Error(`No registration link in the invitation to ${email}`);
      return match[1];
    }

    async function unregisteredSupplier(name: string, email: string): Promise<string> {
      const id = await insertSupplier(app, w.organizationId, { name });
      await app.dataSource.query(`INSERT INTO supplier_contact (organization_id, supplier_id, name, email) VALUES ($1, $2, 'Anna Krüger', $3)`, [w.organizationId, id, email]);
      return id;
    }

    beforeAll(async () => {
      supplierId = await unregisteredSupplier('Nordsee Pumpen GmbH', contactEmail);
      const published = await publishedRfq(app, w, [supplierId]);
      reference = published.rfq.reference;
      expect(published.rfq.invitations).toEqual([expect.objectContaining({ supplierId, hasPortalAccount: false, status: 'SENT' })]);
      token = await tokenMailedTo(contactEmail, reference);
    });

    it('keeps only a hash of the token', async () => {
      const rows: Array<{ row: string; token_hash: string }> = await app.dataSource.query(
        `SELECT t::text AS row, token_hash FROM supplier_portal_token t WHERE supplier_id = $1`,
        [supplierId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(sha256(token));
      expect(rows[0].row).not.toContain(token);
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM supplier_portal_token t WHERE t::text LIKE '%' || $1 || '%'`, [token]);
      expect(n).toBe(0);
    });

    it('previews what the link is for', async () => {
      const preview = (await app.client().ok(RFQ_OPS.registration, { token }))['supplierRegistration'];
      expect(preview).toEqual({ email: contactEmail, supplierName: 'Nordsee Pumpen GmbH', buyerName: 'Nordwind Maschinenbau GmbH', rfqReference: reference });
    });

    it('registers the company and its first user, signed in on the same client, who then sees the invitation', async () => {
      const client = app.client();
      const me = (await client.ok(RFQ_OPS.register, { input: { token, name: 'Anna Krüger', password: 'Nordsee pumps run deep 2026' } }))['registerSupplier'];
      expect(me.user).toEqual({ email: contactEmail, roles: ['SUPPLIER', 'SUPPLIER_ADMIN'] });

      const [org] = await app.dataSource.query(
        `SELECT o.name, o.kind FROM organization o JOIN supplier s ON s.portal_organization_id = o.id WHERE s.id = $1`,
        [supplierId],
      );
      expect(org).toEqual({ name: 'Nordsee Pumpen GmbH', kind: 'SUPPLIER' });
      const list: Array<{ rfqReference: string; buyerName: string }> = (await client.ok(RFQ_OPS.portalList))['portalInvitations'].items;
      expect(list).toEqual([expect.objectContaining({ rfqReference: reference, buyerName: 'Nordwind Maschinenbau GmbH' })]);
      const inv = await invitationOf(client, reference);
      expect((await portal(client, inv)).rfq.reference).toBe(reference);
    });

    it('takes the link only once: a second use is INVITATION_INVALID', async () => {
      const other = app.client();
      const err = await other.error(RFQ_OPS.register, { input: { token, name: 'Someone Else', password: 'Another long passphrase 2026' } });
      expect(err.extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
      expect((await other.error(RFQ_OPS.registration, { token })).extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE name = 'Someone Else'`);
      expect(n).toBe(0);
    });

    it('refuses an expired link with INVITATION_INVALID', async () => {
      const email = 'einkauf@ostsee-armaturen.example';
      const id = await unregisteredSupplier('Ostsee Armaturen GmbH', email);
      const published = await publishedRfq(app, w, [id]);
      const expiring = await tokenMailedTo(email, published.rfq.reference);
      // Usable until its expiry...
      expect((await app.client().ok(RFQ_OPS.registration, { token: expiring }))['supplierRegistration'].email).toBe(email);
      await app.dataSource.query(`UPDATE supplier_portal_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(expiring)]);
      const client = app.client();
      expect((await client.error(RFQ_OPS.registration, { token: expiring })).extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
      const err = await client.error(RFQ_OPS.register, { input: { token: expiring, name: 'Olaf Ostsee', password: 'Baltic valves hold tight 2026' } });
      expect(err.extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email]);
      expect(n).toBe(0);
      const [s] = await app.dataSource.query(`SELECT portal_organization_id FROM supplier WHERE id = $1`, [id]);
      expect(s.portal_organization_id).toBeNull();
    });
  });
});
