import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { LoopbackInbox } from './support/smtp-inbox';
import { startTestApp, TestApp } from './support/test-app';

const CASE_FIELDS = `id reference stage`;

export const NEGOTIATION_OPS = {
  skip: `mutation ($caseId: ID!, $reason: String!) { skipNegotiation(caseId: $caseId, reason: $reason) { ${CASE_FIELDS} } }`,
  finish: `mutation ($caseId: ID!) { finishNegotiation(caseId: $caseId) { ${CASE_FIELDS} } }`,
  score: `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!) {
    scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: "Reasoned") { id } }`,
  stage: `query ($id: ID!) { purchaseCase(id: $id) { stage } }`,
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

  /** A case in EVALUATION: its RFQ closed with quotes from Hanse and Alpine (not scored yet). */
  async function closedCase(): Promise<ClosedCase> {
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId]);
    const reference = published.rfq.reference as string;
    const hanseInv = await invitationOf(w.as.supplier, reference);
    const alpineInv = await invitationOf(w.as.alpine, reference);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') });
    await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '110.00') });
    await app.dataSource.query(`ALTER TABLE rfq DISABLE TRIGGER rfq_frozen_after_publish`);
    await app.dataSource.query(`UPDATE rfq SET closes_at = now() - interval '1 second', questions_close_at = now() - interval '1 second' WHERE id = $1`, [published.rfqId]);
    await app.dataSource.query(`ALTER TABLE rfq ENABLE TRIGGER rfq_frozen_after_publish`);
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
});
