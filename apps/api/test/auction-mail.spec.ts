import type { ParsedMail } from 'mailparser';
import { AuctionCourseService } from '@bc/api/auction';
import { evaluatedCase, DecisionCase } from './support/award-fixtures';
import { AUCTION_OPS, AuctionCase, AuctionSettings, bid, endAuction, scheduleInput } from './support/auction-fixtures';
import { DEMO } from './support/purchasing-fixtures';
import { rfqWorld, RfqWorld, SUPPLIER_USERS } from './support/rfq-fixtures';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { advanceClockTo } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const HANSE = SUPPLIER_USERS.hanse;
const ALPINE = SUPPLIER_USERS.alpine;
const MINUTE = 60_000;
/** Walking a case to EVALUATION through the API takes a while on a busy machine. */
const SETUP_TIMEOUT = 180_000;
/** A mail part without its links: ids in URLs are hex and may contain any digits, so prices are looked for in the rest. */
const unlinked = (part: string) => part.replace(/https?:\/\/[^\s"<]+/g, '');
/** "HH:MM UTC" as the mails give every time. */
const utc = (at: Date) => `${at.toISOString().slice(11, 16)} UTC`;

/**
 * The live auction's emails (issue 15) through the outbox to a real SMTP server on loopback,
 * parsed as a mail client would: the reminder by its durable job, the start notice, the end with
 * each bidder's result and the buyer's result, and the cancellation; each exactly once to the
 * right people, and a bidder's mail never names another bidder or its price (but the lowest
 * price, without who, under BEST_PRICE). Hanse (EN) starts at 1200.00 EUR, Alpine (reads DE) at 1320.00.
 */
describe('live auction emails over SMTP', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let w: RfqWorld;
  let c: DecisionCase;

  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Einkauf Nordwind <einkauf@nordwind.example>', mailPollIntervalMs: 100, mailRetryBaseMs: 50 });
    w = await rfqWorld(app);
    await app.dataSource.query(`UPDATE app_user SET locale = 'de' WHERE email = $1`, [ALPINE]);
    c = await evaluatedCase(app, w);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  const course = () => app.running.app.get(AuctionCourseService);

  /** The outbox rows of `kind` about this auction (its id is in every link), by recipient. */
  const rows = async (kind: string, auctionId: string): Promise<Array<{ to_address: string; message_id: string }>> =>
    app.dataSource.query(`SELECT to_address, message_id FROM outbox_message WHERE kind = $1 AND strpos(text_body, $2) > 0 ORDER BY to_address, created_at`, [kind, auctionId]);

  /** Exactly one message of `kind` about the auction to each of `to`, as the SMTP server received it, by recipient. */
  async function delivered(kind: string, auctionId: string, to: string[]): Promise<Record<string, { mail: ParsedMail; text: string; html: string }>> {
    const found = await waitFor(async () => {
      const got = await rows(kind, auctionId);
      return got.length >= to.length && got;
    }, 30_000);
    expect(found.map((r) => r.to_address)).toEqual([...to].sort());
    const out: Record<string, { mail: ParsedMail; text: string; html: string }> = {};
    for (const row of found) {
      const [mail] = await waitFor(() => {
        const got = inbox.withMessageId(row.message_id);
        return got.length > 0 && got;
      }, 30_000);
      expect(inbox.withMessageId(row.message_id)).toHaveLength(1);
      out[row.to_address] = { mail, text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' };
    }
    return out;
  }

  async function approved(s: AuctionSettings): Promise<AuctionCase> {
    const scheduled = (await w.as.buyer.ok(AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId, s) }))['scheduleAuction'];
    const a = (await w.as.gatekeeper.ok(AUCTION_OPS.approve, { id: scheduled.id }))['approveAuction'];
    return { ...c, auctionId: a.id, startsAt: new Date(a.settings.startsAt), endsAt: new Date(a.endsAt) };
  }

  /** Lets the reminder job run now (pg-boss waits by the machine's time, the suite moves the app's clock) and waits until it has. */
  async function runReminderJob(auctionId: string): Promise<void> {
    await app.dataSource.query(`UPDATE pgboss.job SET start_after = now() WHERE name = 'auction.remind' AND data->>'auctionId' = $1`, [auctionId]);
    await waitFor(async () => {
      const [job] = await app.dataSource.query(`SELECT state::text AS state FROM pgboss.job WHERE name = 'auction.remind' AND data->>'auctionId' = $1`, [auctionId]);
      return job?.state === 'completed';
    }, 30_000);
  }

  const accepted = async (client: typeof w.as.supplier, auctionId: string, amount: string) => {
    const res = await bid(client, auctionId, amount);
    if (res.errors?.length) throw new Error(`Bid refused: ${JSON.stringify(res.errors)}`);
  };

  it('reminds each bidder once an hour before the start, announces the start once, and ends with each bidder its own result and the buyer every one', async () => {
    const a = await approved({ startsInMinutes: 120, durationMinutes: 10, visibility: 'RANK' });
    const invitations = await delivered('auction.invitation', a.auctionId, [ALPINE, HANSE]);
    expect(invitations[HANSE].text).toContain(`/portal/auctions/${a.auctionId}`);
    // The reminder waits for its job, written with the approval, an hour before the start.
    const [remind] = await app.dataSource.query(`SELECT start_after FROM pgboss.job WHERE name = 'auction.remind' AND data->>'auctionId' = $1`, [a.auctionId]);
    const [start] = await app.dataSource.query(`SELECT start_after FROM pgboss.job WHERE name = 'auction.start' AND data->>'auctionId' = $1`, [a.auctionId]);
    expect(new Date(start.start_after).getTime() - new Date(remind.start_after).getTime()).toBe(60 * MINUTE);
    expect(await rows('auction.reminder', a.auctionId)).toEqual([]);

    advanceClockTo(app, new Date(a.startsAt.getTime() - 59 * MINUTE));
    await runReminderJob(a.auctionId);
    // Whoever runs it again (a retry, a second instance) finds it sent.
    expect(await Promise.all([course().remind(a.auctionId), course().remind(a.auctionId)])).toEqual([false, false]);
    const reminders = await delivered('auction.reminder', a.auctionId, [ALPINE, HANSE]);
    const en = reminders[HANSE];
    expect(en.mail.subject).toMatch(new RegExp(`^\\[${c.rfqReference}\\] Reminder – live auction starts `));
    for (const part of [en.text, en.html]) {
      expect(part).toContain(`/portal/auctions/${a.auctionId}`);
      expect(part).toContain('runs for 10 minutes');
      expect(part).toContain(utc(a.startsAt));
      expect(part).toContain('You bid a new total price');
      expect(part).toContain('at least 1 % below your own last price');
      expect(part).toContain('Soft close: a bid in the last 2 minutes extends the auction so that 3 minutes remain');
      expect(part).toContain('You see your own rank and whether you lead.');
      expect(part).toContain('1,200.00 EUR');
    }
    const de = reminders[ALPINE];
    expect(de.mail.subject).toContain('Erinnerung – Live-Auktion beginnt');
    expect(de.text).toContain('Sie sehen Ihren eigenen Rang und ob Sie führen.');
    expect(de.text).toContain('1.320,00 EUR');
    for (const [mine, other] of [[en, ['Alpine', '1,320.00', '1.320,00']], [de, ['Hanse', '1,200.00', '1.200,00']]] as const) {
      for (const mark of other) expect(unlinked(mine.text) + unlinked(mine.html)).not.toContain(mark);
    }

    // Started once, of any number of tries at once.
    advanceClockTo(app, a.startsAt);
    // (The minute's sweep may have been first: then none of these; the mail below is once either way.)
    expect((await Promise.all([course().start(a.auctionId), course().start(a.auctionId)])).filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(await course().start(a.auctionId)).toBe(false);
    const started = await delivered('auction.started', a.auctionId, [ALPINE, HANSE]);
    expect(started[HANSE].mail.subject).toContain('Live auction started – bids until');
    expect(started[HANSE].text).toContain(`/portal/auctions/${a.auctionId}`);
    expect(started[HANSE].text).toContain(`Bids are taken in the portal until `);
    expect(started[HANSE].text).toContain(utc(a.endsAt));
    expect(started[ALPINE].mail.subject).toContain('Live-Auktion läuft – Gebote bis');

    await accepted(w.as.supplier, a.auctionId, '1150.00');
    await accepted(w.as.alpine, a.auctionId, '1140.00');
    // A late bid: soft close extends the end.
    advanceClockTo(app, new Date(a.endsAt.getTime() - MINUTE));
    await accepted(w.as.supplier, a.auctionId, '1100.00');
    expect(await endAuction(app, a.auctionId)).toBe(true);
    expect(await course().end(a.auctionId)).toBe(false);

    const ended = await delivered('auction.ended', a.auctionId, [ALPINE, HANSE]);
    const hanse = ended[HANSE];
    expect(hanse.mail.subject).toContain('Live auction ended – your result');
    expect(hanse.text).toMatch(/Your final price:\s+1,100\.00 EUR/);
    expect(hanse.text).toMatch(/Your bids:\s+2/);
    expect(hanse.text).toMatch(/Your final rank:\s+1\n/);
    expect(hanse.text).toMatch(/Leading at the end:\s+Yes/);
    expect(hanse.text).toContain('The auction does not award the contract.');
    const alpine = ended[ALPINE];
    expect(alpine.text).toMatch(/Ihr Endpreis:\s+1\.140,00 EUR/);
    expect(alpine.text).toMatch(/Ihr Rang am Ende:\s+2\n/);
    expect(alpine.text).toMatch(/Am Ende führend:\s+Nein/);
    expect(alpine.text).toContain('Die Auktion vergibt den Auftrag nicht.');
    for (const [mine, other] of [[hanse, ['Alpine', a.alpineInv, '1,140.00', '1.140,00', '1,320.00', '1.320,00']], [alpine, ['Hanse', a.hanseInv, '1,100.00', '1.100,00', '1,150.00', '1.150,00', '1,200.00', '1.200,00']]] as const) {
      for (const mark of other) expect(unlinked(mine.text) + unlinked(mine.html)).not.toContain(mark);
    }

    // The buyer who scheduled it: every bidder, in the final order, with the link to its live page.
    const result = (await delivered('team.auction-result', a.auctionId, [DEMO.buyer]))[DEMO.buyer];
    expect(result.mail.subject).toMatch(new RegExp(`^\\[${c.rfqReference}\\] Live auction result: `));
    expect(result.text).toMatch(/Bids:\s+3\n/);
    expect(result.text).toMatch(/Extensions:\s+1\n/);
    expect(result.text).toMatch(/1\. Hanse[^\n]*:\s+1,100\.00 EUR \(from 1,200\.00 EUR, 2 bids\)/);
    expect(result.text).toMatch(/2\. Alpine[^\n]*:\s+1,140\.00 EUR \(from 1,320\.00 EUR, 1 bid\)/);
    expect(result.text).toContain(`/cases/${c.caseId}/rfq/auctions/${a.auctionId}`);
    // Nobody else on the buying side got it, and no bidder.
    expect((await rows('team.auction-result', a.auctionId)).map((r) => r.to_address)).toEqual([DEMO.buyer]);
  }, SETUP_TIMEOUT);

  it('under BEST_PRICE tells each bidder the lowest final price without who bid it; a start nearer than an hour reminds at the approval', async () => {
    // Starting prices are now the last bids: Hanse 1100.00, Alpine 1140.00.
    const a = await approved({ startsInMinutes: 10, visibility: 'BEST_PRICE' });
    await delivered('auction.reminder', a.auctionId, [ALPINE, HANSE]);
    advanceClockTo(app, a.startsAt);
    // The first bid after the start time starts it (and so announces it).
    await accepted(w.as.alpine, a.auctionId, '1080.00');
    expect(await course().start(a.auctionId)).toBe(false);
    await delivered('auction.started', a.auctionId, [ALPINE, HANSE]);
    expect(await endAuction(app, a.auctionId)).toBe(true);
    const ended = await delivered('auction.ended', a.auctionId, [ALPINE, HANSE]);
    const hanse = ended[HANSE];
    expect(hanse.text).toMatch(/Lowest final price \(bidder not named\):\s+1,080\.00 EUR/);
    expect(hanse.text).toMatch(/Your final price:\s+1,100\.00 EUR/);
    expect(hanse.text).not.toMatch(/Your final rank|Leading at the end/);
    for (const mark of ['Alpine', a.alpineInv, '1,140.00']) expect(unlinked(hanse.text) + unlinked(hanse.html)).not.toContain(mark);
    const alpine = ended[ALPINE];
    expect(alpine.text).toMatch(/Niedrigster Endpreis \(Bieter nicht genannt\):\s+1\.080,00 EUR/);
    for (const mark of ['Hanse', a.hanseInv, '1.100,00', '1,100.00']) expect(unlinked(alpine.text) + unlinked(alpine.html)).not.toContain(mark);
  }, SETUP_TIMEOUT);

  it('tells the bidders of a cancellation once they were invited, and the reminder of a cancelled auction goes to nobody', async () => {
    // Scheduled but never approved: nobody was told, so nobody is told of the cancellation.
    const scheduled = (await w.as.buyer.ok(AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId, { startsInMinutes: 120 }) }))['scheduleAuction'];
    await w.as.buyer.ok(AUCTION_OPS.cancel, { id: scheduled.id, reason: 'Wrong settings' });

    const a = await approved({ startsInMinutes: 120 });
    await delivered('auction.invitation', a.auctionId, [ALPINE, HANSE]);
    await w.as.buyer.ok(AUCTION_OPS.cancel, { id: a.auctionId, reason: 'The demand moved to next quarter' });
    const cancelled = await delivered('auction.cancelled', a.auctionId, [ALPINE, HANSE]);
    expect(cancelled[HANSE].mail.subject).toContain('Live auction cancelled');
    expect(cancelled[HANSE].text).toContain('Reason: The demand moved to next quarter');
    expect(cancelled[HANSE].text).toContain('your quote stands as submitted');
    expect(cancelled[ALPINE].mail.subject).toContain('Live-Auktion abgesagt');
    // The calendar entry of the invitation is cancelled: same UID, a higher SEQUENCE.
    const ics = cancelled[HANSE].mail.attachments.find((f) => f.filename === 'auction.ics');
    const lines = (ics?.content.toString('utf8') ?? '').replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines).toContain('SEQUENCE:1');
    expect(lines.find((l) => l.startsWith('UID:'))).toContain(`-auction-${a.auctionId}@`);

    advanceClockTo(app, new Date(a.startsAt.getTime() - 59 * MINUTE));
    await runReminderJob(a.auctionId);
    expect(await rows('auction.reminder', a.auctionId)).toEqual([]);
    expect(await rows('auction.cancelled', scheduled.id)).toEqual([]);
    expect(await rows('auction.invitation', scheduled.id)).toEqual([]);
    expect((await rows('auction.cancelled', a.auctionId)).map((r) => r.to_address)).toEqual([ALPINE, HANSE]);
  }, SETUP_TIMEOUT);
});
