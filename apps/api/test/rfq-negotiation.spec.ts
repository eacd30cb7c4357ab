import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { AWARD_OPS } from './support/award-fixtures';
import { DEMO, insertSupplier } from './support/purchasing-fixtures';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SUPPLIER_USERS } from './support/rfq-fixtures';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { advanceClockTo, passClosingTime, testClock } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const CASE_FIELDS = `id reference stage`;
const ROUND_FIELDS = `id number message targets { lineKey unitPrice } closesAt openedAt endedAt status openedByName
  invitations { invitationId supplierName responded respondedAt }`;
const PORTAL_ROUNDS = `query ($id: ID!) { portalInvitation(id: $id) { id open canRevise rounds { number message targets { lineKey unitPrice } closesAt status submitted submittedRevision } } }`;

export const NEGOTIATION_OPS = {
  skip: `mutation ($caseId: ID!, $reason: String!) { skipNegotiation(caseId: $caseId, reason: $reason) { ${CASE_FIELDS} } }`,
  finish: `mutation ($caseId: ID!) { finishNegotiation(caseId: $caseId) { ${CASE_FIELDS} } }`,
  score: `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!) {
    scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: "Reasoned") { id } }`,
  stage: `query ($id: ID!) { purchaseCase(id: $id) { stage } }`,
  open: `mutation ($input: OpenNegotiationRoundInput!) { openNegotiationRound(input: $input) { ${ROUND_FIELDS} } }`,
  end: `mutation ($roundId: ID!) { endNegotiationRound(roundId: $roundId) { ${ROUND_FIELDS} } }`,
  rounds: `query ($id: ID!) { rfq(id: $id) { id negotiationRounds { ${ROUND_FIELDS} } } }`,
  evaluation: `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { rankingComplete suppliers { invitationId comparableTotal criteria { criterionKey score } } } }`,
  comparison: `query ($rfqId: ID!) { rfqComparison(rfqId: $rfqId) { suppliers { invitationId total revision } } }`,
  quotes: `query ($id: ID!) { rfq(id: $id) { id quotes { invitationId latest { revision content { total } } revisions { revision } } } }`,
};

interface ClosedCase {
  caseId: string;
  rfqId: string;
  reference: string;
  hanseInv: string;
  alpineInv: string;
}

/**
 * Negotiation after the RFQ (issue 5): skipping it with a reason once the evaluation is complete,
 * rounds of best and final offers with chosen suppliers (sealed to the buyer until the round is
 * over), and finishing it. Quotes are in EUR (no rates needed): Hanse 100.00, Alpine 110.00 per unit.
 */
describe('negotiation', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, mailPollIntervalMs: 100, mailRetryBaseMs: 50 });
    w = await rfqWorld(app);
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  const codeOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) => (await client.error(query, variables)).extensions;
  const stageOf = async (caseId: string) => (await w.as.buyer.ok(NEGOTIATION_OPS.stage, { id: caseId }))['purchaseCase'].stage as string;
  const audits = async (action: string, entityId: string) =>
    app.dataSource.query(`SELECT summary, actor_user_id FROM audit_event WHERE action = $1 AND entity_id = $2 ORDER BY sequence`, [action, entityId]);

  /** A case in EVALUATION: its RFQ closed with quotes from Hanse and Alpine (not scored yet); `extra` suppliers invited too, without a quote. */
  async function closedCase(extra: string[] = []): Promise<ClosedCase> {
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId, ...extra]);
    const reference = published.rfq.reference as string;
    const hanseInv = await invitationOf(w.as.supplier, reference);
    const alpineInv = await invitationOf(w.as.alpine, reference);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') });
    await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '110.00') });
    await passClosingTime(app, published.rfqId);
    expect(await app.running.app.get(RfqClosingService).close(published.rfqId)).toBe(true);
    return { caseId: published.caseId, rfqId: published.rfqId, reference, hanseInv, alpineInv };
  }

  /** Every supplier scored on every evaluators' criterion (DELIVERY by the buyer, QUALITY by the specifier, RELIABILITY by both). */
  async function scoreAll(c: ClosedCase): Promise<void> {
    for (const invitationId of [c.hanseInv, c.alpineInv]) {
      await w.as.buyer.ok(NEGOTIATION_OPS.score, { rfqId: c.rfqId, invitationId, criterionKey: 'DELIVERY', score: 7 });
      await w.as.specifier.ok(NEGOTIATION_OPS.score, { rfqId: c.rfqId, invitationId, criterionKey: 'QUALITY', score: 8 });
      await w.as.buyer.ok(NEGOTIATION_OPS.score, { rfqId: c.rfqId, invitationId, criterionKey: 'RELIABILITY', score: 6 });
    }
  }

  describe('skipping the negotiation', () => {
    let c: ClosedCase;
    beforeAll(async () => {
      c = await closedCase();
    });

    it('is refused with EVALUATION_INCOMPLETE while suppliers miss scores, and with REASON_REQUIRED without a reason; nothing moves', async () => {
      expect(await stageOf(c.caseId)).toBe('EVALUATION');
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.skip, { caseId: c.caseId, reason: 'Prices are fair' })).toMatchObject({
        code: ErrorCode.TRANSITION_REFUSED,
        from: 'EVALUATION',
        to: 'DECISION',
        blockers: ['EVALUATION_INCOMPLETE'],
      });
      await scoreAll(c);
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.skip, { caseId: c.caseId, reason: '   ' })).toMatchObject({
        code: ErrorCode.TRANSITION_REFUSED,
        blockers: ['REASON_REQUIRED'],
      });
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.skip, { caseId: c.caseId, reason: 'x'.repeat(2001) })).toMatchObject({
        code: ErrorCode.VALIDATION_FAILED,
        field: 'reason',
      });
      expect(await stageOf(c.caseId)).toBe('EVALUATION');
      expect(await audits('negotiation.skipped', c.caseId)).toEqual([]);
    });

    it('cannot finish a negotiation that never started', async () => {
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.finish, { caseId: c.caseId })).toMatchObject({ code: ErrorCode.TRANSITION_REFUSED });
    });

    it('refuses the requester, the specifier and a supplier (FORBIDDEN)', async () => {
      for (const client of [w.as.requester, w.as.specifier, w.as.supplier]) {
        expect(await codeOf(client, NEGOTIATION_OPS.skip, { caseId: c.caseId, reason: 'Prices are fair' })).toMatchObject({ code: ErrorCode.FORBIDDEN });
        expect(await codeOf(client, NEGOTIATION_OPS.finish, { caseId: c.caseId })).toMatchObject({ code: ErrorCode.FORBIDDEN });
      }
      expect(await stageOf(c.caseId)).toBe('EVALUATION');
    });

    it('moves the complete evaluation to DECISION with the reason, audited; a second skip is refused', async () => {
      const moved = (await w.as.buyer.ok(NEGOTIATION_OPS.skip, { caseId: c.caseId, reason: '  Both prices are at the market level  ' }))['skipNegotiation'];
      expect(moved).toMatchObject({ id: c.caseId, stage: 'DECISION' });
      const [change] = await app.dataSource.query(`SELECT from_stage, to_stage, reason FROM case_stage_change WHERE case_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [c.caseId]);
      expect(change).toEqual({ from_stage: 'EVALUATION', to_stage: 'DECISION', reason: 'Both prices are at the market level' });
      const [event] = await audits('negotiation.skipped', c.caseId);
      expect(event.summary).toMatchObject({ rfq: c.reference, reason: 'Both prices are at the market level' });
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.skip, { caseId: c.caseId, reason: 'Again' })).toMatchObject({ code: ErrorCode.TRANSITION_REFUSED });
    });
  });

  describe('the next steps', () => {
    const STEPS = `query ($id: ID!) { purchaseCase(id: $id) { stage nextSteps { to blockers needsReason via } } }`;
    const stepsOf = async (caseId: string, client: GraphQLClient = w.as.buyer) => (await client.ok(STEPS, { id: caseId }))['purchaseCase'];
    const cancel = { to: 'CANCELLED', blockers: [], needsReason: true, via: null };

    it('name every blocker of the moves after the RFQ, as the stage machine declares them, to every reader of the case', async () => {
      const c = await closedCase();
      const evaluating = [
        { to: 'NEGOTIATION', blockers: ['EVALUATION_INCOMPLETE'], needsReason: false, via: 'NEGOTIATION_OPEN' },
        { to: 'DECISION', blockers: ['EVALUATION_INCOMPLETE'], needsReason: true, via: 'NEGOTIATION_SKIP' },
        cancel,
      ];
      expect(await stepsOf(c.caseId)).toEqual({ stage: 'EVALUATION', nextSteps: evaluating });
      // A requester on the team may not see the quotes or their scores, yet is told the same.
      const [requester] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [DEMO.requester]);
      await w.as.buyer.ok(`mutation ($caseId: ID!, $userId: ID!) { addCaseMember(caseId: $caseId, userId: $userId, role: REQUESTER) { id } }`, { caseId: c.caseId, userId: requester.id });
      expect(await stepsOf(c.caseId, w.as.requester)).toEqual({ stage: 'EVALUATION', nextSteps: evaluating });
      await scoreAll(c);
      const evaluated = [
        { to: 'NEGOTIATION', blockers: [], needsReason: false, via: 'NEGOTIATION_OPEN' },
        { to: 'DECISION', blockers: [], needsReason: true, via: 'NEGOTIATION_SKIP' },
        cancel,
      ];
      expect((await stepsOf(c.caseId)).nextSteps).toEqual(evaluated);
      expect((await stepsOf(c.caseId, w.as.requester)).nextSteps).toEqual(evaluated);

      const round = (
        await w.as.buyer.ok(NEGOTIATION_OPS.open, { input: { rfqId: c.rfqId, invitationIds: [c.hanseInv], message: 'Your best price, please', closesAt: inSeconds(3600) } })
      )['openNegotiationRound'];
      expect(await stepsOf(c.caseId)).toEqual({
        stage: 'NEGOTIATION',
        nextSteps: [{ to: 'DECISION', blockers: ['NEGOTIATION_ROUND_OPEN'], needsReason: false, via: 'NEGOTIATION_FINISH' }, cancel],
      });
      await w.as.buyer.ok(NEGOTIATION_OPS.end, { roundId: round.id });
      expect((await stepsOf(c.caseId)).nextSteps[0]).toEqual({ to: 'DECISION', blockers: [], needsReason: false, via: 'NEGOTIATION_FINISH' });

      await w.as.buyer.ok(NEGOTIATION_OPS.finish, { caseId: c.caseId });
      expect(await stepsOf(c.caseId)).toEqual({
        stage: 'DECISION',
        nextSteps: [
          { to: 'NEGOTIATION', blockers: [], needsReason: false, via: 'NEGOTIATION_OPEN' },
          { to: 'AWARDED', blockers: ['AWARD_NOT_APPROVED'], needsReason: false, via: 'AWARD_APPROVAL' },
          cancel,
        ],
      });
      await app.dataSource.query(
        `INSERT INTO award_proposal (organization_id, case_id, rfq_id, version, status, currency, total_value, follows_ranking, importance, approval_mode, approval_steps, proposed_by)
         SELECT organization_id, case_id, id, 1, 'PENDING', currency, 1000.00, true, 'ROUTINE', 'PARALLEL', '["DECIDER"]'::jsonb, created_by FROM rfq WHERE id = $1`,
        [c.rfqId],
      );
      expect((await stepsOf(c.caseId)).nextSteps.slice(0, 2)).toEqual([
        { to: 'NEGOTIATION', blockers: ['AWARD_PENDING'], needsReason: false, via: 'NEGOTIATION_OPEN' },
        { to: 'AWARDED', blockers: ['AWARD_NOT_APPROVED'], needsReason: false, via: 'AWARD_APPROVAL' },
      ]);
    });
  });

  describe('rounds of best and final offers', () => {
    let c: ClosedCase;
    let other: ClosedCase;
    let silentInv: string;
    let lineKeys: string[];
    let round1: Record<string, any>;

    const input = (over: Record<string, unknown> = {}) => ({
      rfqId: c.rfqId,
      invitationIds: [c.hanseInv],
      message: 'Please give us your best price for the pumps',
      closesAt: inSeconds(3600),
      ...over,
    });
    const roundsInDb = async () => Number((await app.dataSource.query(`SELECT count(*) FROM negotiation_round WHERE rfq_id = $1`, [c.rfqId]))[0].count);
    const evaluation = async () => (await w.as.buyer.ok(NEGOTIATION_OPS.evaluation, { rfqId: c.rfqId }))['rfqEvaluation'];
    const supplierIn = (e: Record<string, any>, inv: string) => e['suppliers'].find((s: { invitationId: string }) => s.invitationId === inv);
    const priceOf = (e: Record<string, any>, inv: string) => supplierIn(e, inv).criteria.find((x: { criterionKey: string }) => x.criterionKey === 'PRICE').score;
    const comparedOf = async (inv: string) =>
      (await w.as.buyer.ok(NEGOTIATION_OPS.comparison, { rfqId: c.rfqId }))['rfqComparison'].suppliers.find((s: { invitationId: string }) => s.invitationId === inv);
    const portal = async (client: GraphQLClient, id: string) => (await client.ok(PORTAL_ROUNDS, { id }))['portalInvitation'];
    const outbox = async (kind: string, to: string) =>
      app.dataSource.query(`SELECT subject, text_body FROM outbox_message WHERE kind = $1 AND to_address = $2 AND subject LIKE $3 ORDER BY created_at`, [kind, to, `[${c.reference}]%`]);
    /** Lets the round's deadline pass: the app's clock moves on past it. */
    const pastDeadline = async (roundId: string) => {
      const [{ closes_at }] = await app.dataSource.query(`SELECT closes_at FROM negotiation_round WHERE id = $1`, [roundId]);
      advanceClockTo(app, new Date(new Date(closes_at).getTime() + 1000));
    };

    beforeAll(async () => {
      const silent = await insertSupplier(app, w.organizationId, { name: 'Silent Pumps GmbH' });
      c = await closedCase([silent]);
      [{ id: silentInv }] = await app.dataSource.query(`SELECT id FROM rfq_invitation WHERE rfq_id = $1 AND supplier_id = $2`, [c.rfqId, silent]);
      other = await closedCase();
      const one = (await w.as.supplier.ok(RFQ_OPS.portalOne, { id: c.hanseInv }))['portalInvitation'];
      lineKeys = one.rfq.lines.map((l: { key: string }) => l.key);
      expect(lineKeys.length).toBeGreaterThanOrEqual(2);
    });

    it('is refused with EVALUATION_INCOMPLETE before every supplier is scored, writing nothing', async () => {
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.open, { input: input() })).toMatchObject({ code: ErrorCode.TRANSITION_REFUSED, blockers: ['EVALUATION_INCOMPLETE'] });
      expect(await roundsInDb()).toBe(0);
      expect(await stageOf(c.caseId)).toBe('EVALUATION');
      await scoreAll(c);
    });

    it('names the field of every bad input (VALIDATION_FAILED) and writes nothing', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ invitationIds: [] }, 'input.invitationIds'],
        [{ invitationIds: [c.hanseInv, 'not-an-id'] }, 'input.invitationIds.1'],
        [{ invitationIds: [c.hanseInv, c.hanseInv] }, 'input.invitationIds.1'],
        // Invited but no quote; and an invitation of another RFQ.
        [{ invitationIds: [silentInv] }, 'input.invitationIds.0'],
        [{ invitationIds: [c.alpineInv, other.hanseInv] }, 'input.invitationIds.1'],
        [{ message: '   ' }, 'input.message'],
        [{ message: 'x'.repeat(5001) }, 'input.message'],
        [{ closesAt: inSeconds(30) }, 'input.closesAt'],
        [{ closesAt: inSeconds(61 * 86_400) }, 'input.closesAt'],
        [{ targets: [{ lineKey: 'NO_SUCH_LINE', unitPrice: '90.00' }] }, 'input.targets.0.lineKey'],
        [{ targets: [{ lineKey: lineKeys[0], unitPrice: '90.00' }, { lineKey: lineKeys[1], unitPrice: '0' }] }, 'input.targets.1.unitPrice'],
        [{ targets: [{ lineKey: lineKeys[0], unitPrice: '-5' }] }, 'input.targets.0.unitPrice'],
        [{ targets: [{ lineKey: lineKeys[0], unitPrice: '90.00' }, { lineKey: lineKeys[0], unitPrice: '80.00' }] }, 'input.targets.1.lineKey'],
      ];
      for (const [over, field] of cases) {
        expect([field, await codeOf(w.as.buyer, NEGOTIATION_OPS.open, { input: input(over) })]).toEqual([field, expect.objectContaining({ code: ErrorCode.VALIDATION_FAILED, field })]);
      }
      // A deadline already passed is named as such, not as too short a round.
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.open, { input: input({ closesAt: inSeconds(-60) }) })).toEqual(
        expect.objectContaining({ code: ErrorCode.DEADLINE_IN_PAST, field: 'input.closesAt' }),
      );
      expect(await roundsInDb()).toBe(0);
      expect(await stageOf(c.caseId)).toBe('EVALUATION');
    });

    it('refuses the requester, the specifier and a supplier (FORBIDDEN)', async () => {
      for (const client of [w.as.requester, w.as.specifier, w.as.supplier]) {
        expect(await codeOf(client, NEGOTIATION_OPS.open, { input: input() })).toMatchObject({ code: ErrorCode.FORBIDDEN });
      }
      expect(await roundsInDb()).toBe(0);
    });

    it('opens round 1 with Hanse: the case moves to NEGOTIATION, the trail says who and until when (not the message), Hanse is mailed', async () => {
      const closesAt = new Date(Math.ceil(testClock.nowMs() / 60_000) * 60_000 + 3_600_000);
      round1 = (
        await w.as.buyer.ok(NEGOTIATION_OPS.open, {
          input: input({ closesAt: closesAt.toISOString(), targets: [{ lineKey: lineKeys[0], unitPrice: '90.50' }] }),
        })
      )['openNegotiationRound'];
      expect(round1).toMatchObject({
        number: 1,
        message: 'Please give us your best price for the pumps',
        targets: [{ lineKey: lineKeys[0], unitPrice: '90.5' }],
        closesAt: closesAt.toISOString(),
        endedAt: null,
        status: 'OPEN',
        openedByName: expect.any(String),
        invitations: [{ invitationId: c.hanseInv, supplierName: expect.stringContaining('Hanse'), responded: false, respondedAt: null }],
      });
      expect(await stageOf(c.caseId)).toBe('NEGOTIATION');
      const [event] = await audits('negotiation.round-opened', c.rfqId);
      expect(event.summary).toMatchObject({ reference: c.reference, round: 1, suppliers: [expect.stringContaining('Hanse')], closesAt: closesAt.toISOString(), targets: 1 });
      expect(JSON.stringify(event.summary)).not.toContain('best price');

      const [mail] = await waitFor(async () => {
        const rows = await outbox('negotiation.round', SUPPLIER_USERS.hanse);
        return rows.length > 0 && rows;
      });
      expect(mail.subject).toContain('Negotiation round 1');
      expect(mail.text_body).toContain('Please give us your best price for the pumps');
      // The target as an amount in the reader's format (en: 90.50 EUR), not the raw decimal.
      expect(mail.text_body).toContain('90.50 EUR');
      expect(await outbox('negotiation.round', SUPPLIER_USERS.alpine)).toEqual([]);
      // Through SMTP, with the round deadline as a calendar entry.
      const received = await waitFor(() => {
        const got = inbox.received.filter((m) => m.subject?.startsWith(`[${c.reference}] Negotiation round 1`));
        return got.length > 0 && got;
      }, 30_000);
      expect(received).toHaveLength(1);
      const ics = received[0].attachments.find((a) => a.contentType.startsWith('text/calendar'));
      // The UID's domain is the public URL's host (localhost in this test).
      expect(ics?.content.toString()).toContain(`UID:rfq-${c.rfqId}-round-1@localhost`);
    });

    it('opens no second round while one is open, and does not finish (NEGOTIATION_ROUND_OPEN)', async () => {
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.open, { input: input({ invitationIds: [c.alpineInv] }) })).toMatchObject({ code: ErrorCode.CONFLICT });
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.finish, { caseId: c.caseId })).toMatchObject({
        code: ErrorCode.TRANSITION_REFUSED,
        blockers: ['NEGOTIATION_ROUND_OPEN'],
      });
      expect(await roundsInDb()).toBe(1);
      for (const client of [w.as.requester, w.as.specifier, w.as.supplier]) {
        expect(await codeOf(client, NEGOTIATION_OPS.end, { roundId: round1.id })).toMatchObject({ code: ErrorCode.FORBIDDEN });
      }
    });

    it("shows Hanse its round in the portal (it may revise), Alpine none; Alpine's submission is RFQ_CLOSED, Hanse may not withdraw", async () => {
      const hanse = await portal(w.as.supplier, c.hanseInv);
      expect(hanse).toMatchObject({ open: false, canRevise: true });
      expect(hanse.rounds).toEqual([
        { number: 1, message: 'Please give us your best price for the pumps', targets: [{ lineKey: lineKeys[0], unitPrice: '90.5' }], closesAt: round1.closesAt, status: 'OPEN', submitted: false, submittedRevision: null },
      ]);
      const alpine = await portal(w.as.alpine, c.alpineInv);
      expect(alpine).toMatchObject({ open: false, canRevise: false, rounds: [] });
      const offer = await quoteFor(w.as.alpine, c.alpineInv, '80.00');
      expect(await codeOf(w.as.alpine, RFQ_OPS.submit, { invitationId: c.alpineInv, input: offer })).toMatchObject({ code: ErrorCode.RFQ_CLOSED });
      expect(await codeOf(w.as.supplier, RFQ_OPS.withdraw, { invitationId: c.hanseInv, reason: 'No' })).toMatchObject({ code: ErrorCode.CONFLICT });
    });

    it("takes Hanse's best and final offer as a new revision of the round with a receipt, sealed to the buyer while the round is open", async () => {
      const before = await evaluation();
      const receipt = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: c.hanseInv, input: await quoteFor(w.as.supplier, c.hanseInv, '90.00') }))['submitQuote'];
      expect(receipt).toMatchObject({ revision: 2, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const [row] = await app.dataSource.query(
        `SELECT r.round_id, r.content_sha256 FROM quote_revision r JOIN quote q ON q.id = r.quote_id WHERE q.invitation_id = $1 AND r.revision = 2`,
        [c.hanseInv],
      );
      expect(row).toEqual({ round_id: round1.id, content_sha256: receipt.sha256 });
      const receipts = await waitFor(async () => {
        const rows = (await outbox('quote.receipt', SUPPLIER_USERS.hanse)).filter((m: { subject: string }) => m.subject.includes('revision 2'));
        return rows.length > 0 && rows;
      });
      expect(receipts[0].text_body).toContain(receipt.sha256);
      expect(receipts[0].text_body).toContain('negotiation round 1');
      // The buyer is told that Hanse answered the round, never what.
      const team = await waitFor(async () => {
        const rows = (await outbox('team.quote-submitted', DEMO.buyer)).filter((m: { subject: string; text_body: string }) => m.text_body.includes('revision 2'));
        return rows.length > 0 && rows;
      });
      expect(team[0].text_body).toContain('negotiation round 1');
      expect(team[0].text_body).not.toMatch(/90[.,]00|1080/);
      expect((await portal(w.as.supplier, c.hanseInv)).rounds[0]).toMatchObject({ submitted: true, submittedRevision: 2 });

      // The buyer still sees revision 1: in the evaluation, the comparison and the quotes.
      const during = await evaluation();
      expect(supplierIn(during, c.hanseInv).comparableTotal).toBe('1200.00');
      expect(priceOf(during, c.hanseInv)).toBe(priceOf(before, c.hanseInv));
      expect(await comparedOf(c.hanseInv)).toMatchObject({ total: '1200.00', revision: 1 });
      const quotes = (await w.as.buyer.ok(NEGOTIATION_OPS.quotes, { id: c.rfqId }))['rfq'].quotes;
      const hanseQuote = quotes.find((q: { invitationId: string }) => q.invitationId === c.hanseInv);
      expect(hanseQuote.latest).toEqual({ revision: 1, content: { total: '1200.00' } });
      expect(hanseQuote.revisions).toEqual([{ revision: 1 }]);
      // That Hanse answered may be shown; what it answered is not.
      const [listed] = (await w.as.buyer.ok(NEGOTIATION_OPS.rounds, { id: c.rfqId }))['rfq'].negotiationRounds;
      expect(listed.invitations).toEqual([expect.objectContaining({ invitationId: c.hanseInv, responded: true, respondedAt: expect.any(String) })]);
    });

    it('opens the revision when the buyer ends the round: comparison and scores follow it; the round then takes nothing more (ROUND_CLOSED)', async () => {
      const ended = (await w.as.buyer.ok(NEGOTIATION_OPS.end, { roundId: round1.id }))['endNegotiationRound'];
      expect(ended).toMatchObject({ number: 1, status: 'CLOSED', endedAt: expect.any(String) });
      const [event] = await audits('negotiation.round-ended', c.rfqId);
      expect(event.summary).toMatchObject({ round: 1, responded: 1 });

      const after = await evaluation();
      // 4 pumps + 8 seal kits at 90.00 = 1080.00; Alpine 1320.00 → 100 × 1080 / 1320 = 81.82.
      expect(supplierIn(after, c.hanseInv).comparableTotal).toBe('1080.00');
      expect(priceOf(after, c.hanseInv)).toBe(100);
      expect(priceOf(after, c.alpineInv)).toBe(81.82);
      expect(await comparedOf(c.hanseInv)).toMatchObject({ total: '1080.00', revision: 2 });
      const quotes = (await w.as.buyer.ok(NEGOTIATION_OPS.quotes, { id: c.rfqId }))['rfq'].quotes;
      expect(quotes.find((q: { invitationId: string }) => q.invitationId === c.hanseInv).revisions).toEqual([{ revision: 1 }, { revision: 2 }]);

      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.end, { roundId: round1.id })).toMatchObject({ code: ErrorCode.ROUND_CLOSED });
      const late = await quoteFor(w.as.supplier, c.hanseInv, '85.00');
      expect(await codeOf(w.as.supplier, RFQ_OPS.submit, { invitationId: c.hanseInv, input: late })).toMatchObject({ code: ErrorCode.ROUND_CLOSED, field: 'invitationId' });
      expect(await portal(w.as.supplier, c.hanseInv)).toMatchObject({ canRevise: false, rounds: [expect.objectContaining({ status: 'CLOSED' })] });
    });

    it('numbers the next round 2; its deadline passing by the server clock closes it', async () => {
      const round2 = (await w.as.buyer.ok(NEGOTIATION_OPS.open, { input: input({ invitationIds: [c.alpineInv, c.hanseInv], message: 'Last call' }) }))['openNegotiationRound'];
      expect(round2).toMatchObject({ number: 2, status: 'OPEN', targets: [] });
      expect(round2.invitations.map((i: { invitationId: string }) => i.invitationId).sort()).toEqual([c.alpineInv, c.hanseInv].sort());
      // Alpine sees only its own round: not who else was asked, not round 1.
      const alpine = await portal(w.as.alpine, c.alpineInv);
      expect(alpine).toMatchObject({ canRevise: true, rounds: [expect.objectContaining({ number: 2, status: 'OPEN', submitted: false })] });
      expect(JSON.stringify(alpine)).not.toContain('Hanse');
      await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: c.alpineInv, input: await quoteFor(w.as.alpine, c.alpineInv, '85.00') });
      expect(supplierIn(await evaluation(), c.alpineInv).comparableTotal).toBe('1320.00');

      await pastDeadline(round2.id);
      const [listed] = (await w.as.buyer.ok(NEGOTIATION_OPS.rounds, { id: c.rfqId }))['rfq'].negotiationRounds.filter((r: { number: number }) => r.number === 2);
      expect(listed).toMatchObject({ status: 'CLOSED', endedAt: null });
      expect(await codeOf(w.as.alpine, RFQ_OPS.submit, { invitationId: c.alpineInv, input: await quoteFor(w.as.alpine, c.alpineInv, '70.00') })).toMatchObject({
        code: ErrorCode.ROUND_CLOSED,
      });
      // 12 × 85.00 = 1020.00, now the lowest.
      const e = await evaluation();
      expect(supplierIn(e, c.alpineInv).comparableTotal).toBe('1020.00');
      expect(priceOf(e, c.alpineInv)).toBe(100);
    });

    it('finishes the negotiation to DECISION, audited', async () => {
      const moved = (await w.as.buyer.ok(NEGOTIATION_OPS.finish, { caseId: c.caseId }))['finishNegotiation'];
      expect(moved).toMatchObject({ stage: 'DECISION' });
      const [event] = await audits('negotiation.finished', c.caseId);
      expect(event.summary).toMatchObject({ rfq: c.reference, rounds: 2 });
    });

    it('goes back from DECISION to NEGOTIATION only without a pending award proposal (AWARD_PENDING)', async () => {
      const [proposal] = await app.dataSource.query(
        `INSERT INTO award_proposal (organization_id, case_id, rfq_id, version, status, currency, total_value, follows_ranking, importance, approval_mode, approval_steps, proposed_by)
         SELECT organization_id, case_id, id, 1, 'PENDING', currency, 1020.00, true, 'ROUTINE', 'PARALLEL', '["DECIDER"]'::jsonb, created_by FROM rfq WHERE id = $1
         RETURNING id`,
        [c.rfqId],
      );
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.open, { input: input() })).toMatchObject({ code: ErrorCode.TRANSITION_REFUSED, blockers: ['AWARD_PENDING'] });
      expect(await roundsInDb()).toBe(2);
      await app.dataSource.query(`UPDATE award_proposal SET status = 'WITHDRAWN', decided_at = now() WHERE id = $1`, [proposal.id]);
      const round3 = (await w.as.buyer.ok(NEGOTIATION_OPS.open, { input: input() }))['openNegotiationRound'];
      expect(round3.number).toBe(3);
      expect(await stageOf(c.caseId)).toBe('NEGOTIATION');
    });

    it(`allows at most 5 rounds per RFQ`, async () => {
      for (let n = 3; n <= 5; n++) {
        const [open] = (await w.as.buyer.ok(NEGOTIATION_OPS.rounds, { id: c.rfqId }))['rfq'].negotiationRounds.filter((r: { status: string }) => r.status === 'OPEN');
        expect(open.number).toBe(n);
        await w.as.buyer.ok(NEGOTIATION_OPS.end, { roundId: open.id });
        if (n < 5) expect((await w.as.buyer.ok(NEGOTIATION_OPS.open, { input: input() }))['openNegotiationRound'].number).toBe(n + 1);
      }
      expect(await codeOf(w.as.buyer, NEGOTIATION_OPS.open, { input: input() })).toMatchObject({ code: ErrorCode.CONFLICT, max: 5 });
      expect(await roundsInDb()).toBe(5);
    });

    it("puts the rounds in the award's decision record: who opened each, who was asked and answered, and the round each revision answered", async () => {
      const [open] = (await w.as.buyer.ok(NEGOTIATION_OPS.rounds, { id: c.rfqId }))['rfq'].negotiationRounds.filter((r: { status: string }) => r.status === 'OPEN');
      if (open) await w.as.buyer.ok(NEGOTIATION_OPS.end, { roundId: open.id });
      await w.as.buyer.ok(NEGOTIATION_OPS.finish, { caseId: c.caseId });
      const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv, justification: 'Hanse keeps the pumps we run' } }))['proposeAward'];
      for (const approver of [w.as.decider, w.as.gatekeeper]) await approver.request(AWARD_OPS.approve, { proposalId: proposal.id });

      const res = await fetch(`${app.url}/api/cases/${c.caseId}/decision-record.json`, { headers: { cookie: w.as.buyer.sessionCookie ?? '' } });
      expect(res.status).toBe(200);
      const record = await res.json();
      const [buyer] = await app.dataSource.query(`SELECT name FROM app_user WHERE email = $1`, [DEMO.buyer]);
      expect(record.negotiation.skippedReason).toBeNull();
      expect(record.negotiation.rounds.map((r: { number: number }) => r.number)).toEqual([1, 2, 3, 4, 5]);
      expect(record.negotiation.rounds[0]).toMatchObject({
        message: 'Please give us your best price for the pumps',
        openedBy: buyer.name,
        targets: [{ lineKey: lineKeys[0], unitPrice: 90.5 }],
        suppliers: [{ supplier: expect.stringContaining('Hanse'), responded: true }],
      });
      expect(record.negotiation.rounds[1].suppliers).toEqual([
        { supplier: expect.stringContaining('Alpine'), responded: true },
        { supplier: expect.stringContaining('Hanse'), responded: false },
      ]);
      const hanse = record.quotes.find((q: { supplier: string }) => q.supplier.includes('Hanse'));
      expect(hanse.revisions.map((r: { round: number | null }) => r.round)).toEqual([null, 1]);
      expect(record.approvals).toEqual([expect.objectContaining({ role: 'DECIDER', decision: 'APPROVED', approver: expect.any(String) })]);
    });
  });
});
