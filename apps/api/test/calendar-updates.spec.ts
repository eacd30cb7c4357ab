import type { ParsedMail } from 'mailparser';
import { evaluatedCase } from './support/award-fixtures';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SUPPLIER_USERS } from './support/rfq-fixtures';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { startTestApp, TestApp } from './support/test-app';
import { testClock } from './support/test-clock';

const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');
const icsUtc = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const HANSE = SUPPLIER_USERS.hanse;

/**
 * A deadline in a supplier's calendar follows the deadline: one entry per deadline (same UID), a
 * moved deadline updates it (higher SEQUENCE), a deadline that no longer applies is removed
 * (METHOD:CANCEL, same UID, a SEQUENCE above the last update). Proven on the mails as a real SMTP
 * server receives them: the RFQ's closing time moved and then closed early, a negotiation round
 * ended before its deadline.
 */
describe('calendar entries follow deadlines', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: 'https://portal.nordwind.example', mailPollIntervalMs: 100 });
    w = await rfqWorld(app);
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  /** The calendars of every `kind` mail to `to` whose subject names `ref`, oldest first, as received over SMTP. */
  async function calendars(kind: string, to: string, ref: string, count = 1): Promise<string[]> {
    const rows: Array<{ message_id: string }> = await waitFor(async () => {
      const found = await app.dataSource.query(`SELECT message_id FROM outbox_message WHERE kind = $1 AND to_address = $2 AND subject LIKE $3 ORDER BY created_at`, [
        kind,
        to,
        `[${ref}]%`,
      ]);
      return found.length >= count && found;
    }, 30_000);
    const mails: ParsedMail[] = [];
    for (const row of rows) mails.push(...(await waitFor(() => inbox.withMessageId(row.message_id).length > 0 && inbox.withMessageId(row.message_id), 30_000)));
    return mails.map((m) => {
      const ics = m.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
      expect(ics).toHaveLength(1);
      return unfold(ics[0].content.toString('utf8'));
    });
  }
  const line = (ics: string, name: string) => new RegExp(`^${name}:(.*?)\\r?$`, 'm').exec(ics)?.[1];

  it('the closing time: invited (SEQUENCE 0), moved later (same UID, SEQUENCE 1), closed early (CANCEL, same UID, SEQUENCE 2)', async () => {
    const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId], inSeconds(3600));
    const ref = rfq['reference'] as string;
    const later = new Date(Math.ceil(testClock.nowMs() / 60_000) * 60_000 + 2 * 3_600_000);
    await w.as.buyer.ok(RFQ_OPS.extend, { id: rfqId, closesAt: later.toISOString(), reason: 'More time for samples' });
    const invitationId = await invitationOf(w.as.supplier, ref);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId, input: await quoteFor(w.as.supplier, invitationId, '100.00') });
    await w.as.buyer.ok(`mutation ($id: ID!) { closeRfqEarly(id: $id) { id status } }`, { id: rfqId });

    const [invited] = await calendars('rfq.invitation', HANSE, ref);
    const [moved] = await calendars('rfq.closing-changed', HANSE, ref);
    const [closed] = await calendars('rfq.closed', HANSE, ref);
    const uid = line(invited, 'UID');
    expect(uid).toBe(`rfq-${rfqId}-closing@portal.nordwind.example`);
    expect([line(invited, 'METHOD'), line(invited, 'SEQUENCE')]).toEqual(['REQUEST', '0']);
    expect([line(moved, 'UID'), line(moved, 'METHOD'), line(moved, 'SEQUENCE'), line(moved, 'DTSTART')]).toEqual([uid, 'REQUEST', '1', icsUtc(later)]);
    expect([line(closed, 'UID'), line(closed, 'METHOD'), line(closed, 'SEQUENCE'), line(closed, 'STATUS')]).toEqual([uid, 'CANCEL', '2', 'CANCELLED']);
  });

  it('a negotiation round: its deadline is sent (own UID, SEQUENCE 0) and, when the buyer ends the round early, cancelled (SEQUENCE 1)', async () => {
    const c = await evaluatedCase(app, w);
    const closesAt = new Date(Math.ceil(testClock.nowMs() / 60_000) * 60_000 + 3_600_000);
    const round = (
      await w.as.buyer.ok(`mutation ($input: OpenNegotiationRoundInput!) { openNegotiationRound(input: $input) { id number } }`, {
        input: { rfqId: c.rfqId, invitationIds: [c.hanseInv], message: 'Your best price, please', closesAt: closesAt.toISOString() },
      })
    )['openNegotiationRound'];
    await w.as.buyer.ok(`mutation ($roundId: ID!) { endNegotiationRound(roundId: $roundId) { id status } }`, { roundId: round.id });

    const [opened] = await calendars('negotiation.round', HANSE, c.rfqReference);
    const [ended] = await calendars('negotiation.round-ended', HANSE, c.rfqReference);
    const uid = `rfq-${c.rfqId}-round-1@portal.nordwind.example`;
    expect([line(opened, 'UID'), line(opened, 'METHOD'), line(opened, 'SEQUENCE'), line(opened, 'DTSTART')]).toEqual([uid, 'REQUEST', '0', icsUtc(closesAt)]);
    expect([line(ended, 'UID'), line(ended, 'METHOD'), line(ended, 'SEQUENCE'), line(ended, 'STATUS')]).toEqual([uid, 'CANCEL', '1', 'CANCELLED']);
    // Only the supplier asked in the round hears of its end.
    const toAlpine = await app.dataSource.query(`SELECT 1 FROM outbox_message WHERE kind = 'negotiation.round-ended' AND to_address = $1`, [SUPPLIER_USERS.alpine]);
    expect(toAlpine).toHaveLength(0);
  });

  describe('when the case is cancelled', () => {
    const cancel = (caseId: string, reason: string) =>
      w.as.buyer.ok(`mutation ($caseId: ID!, $reason: String!) { cancelCase(caseId: $caseId, reason: $reason) { id stage } }`, { caseId, reason });
    const cancelledWith = async (caseId: string) =>
      (await w.as.buyer.ok(`query ($id: ID!) { purchaseCase(id: $id) { timeline { action summary } } }`, { id: caseId }))['purchaseCase'].timeline
        .filter((e: { action: string }) => e.action === 'case.cancelled')
        .map((e: { summary: string }) => JSON.parse(e.summary)['withdrawn']);

    it('its published RFQ is cancelled with it (audited in the case history), and the invitees get the CANCEL of the closing-time entry', async () => {
      const { caseId, rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId], inSeconds(3600));
      const ref = rfq['reference'] as string;
      await cancel(caseId, 'The line is not built after all');
      const [row] = await app.dataSource.query(`SELECT status, cancel_reason FROM rfq WHERE id = $1`, [rfqId]);
      expect(row).toEqual({ status: 'CANCELLED', cancel_reason: 'The line is not built after all' });
      expect(await cancelledWith(caseId)).toEqual([[{ kind: 'rfq', reference: ref }]]);
      const [invited] = await calendars('rfq.invitation', HANSE, ref);
      const [cancelled] = await calendars('rfq.cancelled', HANSE, ref);
      expect([line(cancelled, 'UID'), line(cancelled, 'METHOD'), line(cancelled, 'STATUS')]).toEqual([line(invited, 'UID'), 'CANCEL', 'CANCELLED']);
    });

    it('its open negotiation round ends with it, and the suppliers asked get the CANCEL of the round entry', async () => {
      const c = await evaluatedCase(app, w);
      const closesAt = new Date(Math.ceil(testClock.nowMs() / 60_000) * 60_000 + 3_600_000);
      await w.as.buyer.ok(`mutation ($input: OpenNegotiationRoundInput!) { openNegotiationRound(input: $input) { id number } }`, {
        input: { rfqId: c.rfqId, invitationIds: [c.hanseInv], message: 'Your best price, please', closesAt: closesAt.toISOString() },
      });
      await cancel(c.caseId, 'Budget frozen');
      const [round] = await app.dataSource.query(`SELECT ended_at IS NOT NULL AS ended FROM negotiation_round WHERE rfq_id = $1`, [c.rfqId]);
      expect(round.ended).toBe(true);
      expect(await cancelledWith(c.caseId)).toEqual([[{ kind: 'negotiation-round', round: 1 }]]);
      const [ended] = await calendars('negotiation.round-ended', HANSE, c.rfqReference);
      expect([line(ended, 'UID'), line(ended, 'METHOD')]).toEqual([`rfq-${c.rfqId}-round-1@portal.nordwind.example`, 'CANCEL']);
    });
  });
});
