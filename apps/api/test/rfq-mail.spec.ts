import type { ParsedMail } from 'mailparser';
import { MailWorker } from '@bc/api/mail';
import { RfqClosingService } from '@bc/api/rfq';
import { DEMO } from './support/purchasing-fixtures';
import { invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld, SUPPLIER_USERS } from './support/rfq-fixtures';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { passClosingTime, testClock } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** iCalendar lines may be folded at 75 octets: unfold before reading. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');
const icsUtc = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const utcClock = (at: Date) => at.toISOString().slice(11, 16);
const berlinClock = (at: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
/** A whole hour, `hours` from now: the times in the mails are shown to the minute. */
const wholeHourIn = (hours: number) => new Date(Math.ceil(testClock.nowMs() / 3_600_000) * 3_600_000 + hours * 3_600_000);

const HANSE = SUPPLIER_USERS.hanse;
const ALPINE = SUPPLIER_USERS.alpine;
/** The configured sender's address, named for the buying organization; answers go to the buyer who published the RFQ. */
const FROM = { address: 'einkauf@nordwind.example', name: 'Nordwind Maschinenbau GmbH' };
const REPLY_TO = { address: DEMO.buyer, name: 'Markus Schäfer' };
const UID_HOST = 'portal\\.nordwind\\.example';

/** The label of the row that carries the closing time, by kind and language. */
const CLOSING_LABEL: Record<string, { en: string; de: string }> = {
  default: { en: 'Closing time', de: 'Angebotsfrist' },
  'rfq.closing-changed': { en: 'New closing time', de: 'Neue Angebotsfrist' },
  'rfq.cancelled': { en: 'Was to close', de: 'Vorgesehene Angebotsfrist' },
};

/**
 * Every kind of RFQ email, sent through the outbox to a real SMTP server on loopback and parsed
 * as a mail client would: a text and an HTML part with the same key facts, our From, Date and
 * Message-ID, the recipient's language, the closing time as .ics where it matters, no quote
 * content in team mails, no asker in published answers, and delivery that survives an outage.
 */
describe('RFQ emails over SMTP', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let reference: string;
  let closesAt: Date;

  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Einkauf Nordwind <einkauf@nordwind.example>',
      publicUrl: 'https://portal.nordwind.example',
      mailPollIntervalMs: 100,
      mailRetryBaseMs: 50,
      rfqReminderHours: 24,
    });
    w = await rfqWorld(app);
    // Alpine's user reads German; everyone else English.
    await app.dataSource.query(`UPDATE app_user SET locale = 'de' WHERE email = $1`, [ALPINE]);
    closesAt = wholeHourIn(3);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], closesAt.toISOString());
    rfqId = published.rfqId;
    reference = published.rfq.reference;
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  /** The one message of `kind` to `to` about the RFQ `ref`, as the SMTP server received it. */
  async function received(kind: string, to: string, ref = reference): Promise<ParsedMail> {
    const rows: Array<{ message_id: string }> = await waitFor(async () => {
      const found = await app.dataSource.query(`SELECT message_id FROM outbox_message WHERE kind = $1 AND to_address = $2 AND subject LIKE $3`, [kind, to, `[${ref}]%`]);
      return found.length > 0 && found;
    }, 30_000);
    expect(rows).toHaveLength(1);
    const [mail] = await waitFor(() => {
      const got = inbox.withMessageId(rows[0].message_id);
      return got.length > 0 && got;
    }, 30_000);
    return mail;
  }

  /** Our From, a fresh Date, our Message-ID, the language, and reference and closing time alike in the text and the HTML part. */
  function expectWellFormed(mail: ParsedMail, o: { kind: string; locale: 'en' | 'de'; closesAt: Date; ref?: string }): { text: string; html: string } {
    const ref = o.ref ?? reference;
    expect(mail.from?.value).toEqual([FROM]);
    expect(mail.replyTo?.value).toEqual([REPLY_TO]);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@nordwind\.example>$/);
    expect(mail.date).toBeInstanceOf(Date);
    expect(Math.abs((mail.date as Date).getTime() - testClock.nowMs())).toBeLessThan(5 * 60_000);
    expect(mail.headers.get('content-language')).toBe(o.locale);
    expect(mail.subject?.startsWith(`[${ref}] `)).toBe(true);

    const text = mail.text ?? '';
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(text.length).toBeGreaterThan(0);
    expect(html).toContain(`<html lang="${o.locale}">`);
    expect(text).toContain(ref);
    expect(html).toContain(ref);

    const label = (CLOSING_LABEL[o.kind] ?? CLOSING_LABEL['default'])[o.locale];
    const row = new RegExp(`^${label}:\\s+(.+)$`, 'm').exec(text);
    expect(row).not.toBeNull();
    const shown = (row as RegExpExecArray)[1].trim();
    // Reader's zone and UTC; the HTML shows the very same value.
    expect(shown).toContain(berlinClock(o.closesAt));
    expect(shown).toContain(`${utcClock(o.closesAt)} UTC`);
    expect(html).toContain(`>${escapeHtml(shown)}</td>`);
    return { text, html };
  }

  function calendarOf(mail: ParsedMail): string {
    const ics = mail.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
    expect(ics).toHaveLength(1);
    return unfold(ics[0].content.toString('utf8'));
  }

  it('invites each supplier with a .ics of the closing time (stable UID, DTSTART in UTC), in English', async () => {
    const mail = await received('rfq.invitation', HANSE);
    const { text, html } = expectWellFormed(mail, { kind: 'rfq.invitation', locale: 'en', closesAt });
    expect(mail.subject).toContain('Invitation to quote');
    expect(mail.to).toMatchObject({ value: [{ address: HANSE, name: 'Felix Brandt' }] });
    for (const part of [text, html]) {
      expect(part).toContain('Hello Felix Brandt,');
      expect(part).toContain('Nordwind Maschinenbau GmbH');
    }
    const invitationId = await invitationOf(w.as.supplier, reference);
    expect(text).toContain(`/portal/rfqs/${invitationId}`);

    const calendar = calendarOf(mail);
    expect(mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.filename).toBe('closing.ics');
    expect(calendar).toMatch(new RegExp(`^UID:rfq-${rfqId}-closing@${UID_HOST}\\r?$`, 'm'));
    expect(calendar).toMatch(new RegExp(`^DTSTART:${icsUtc(closesAt)}\\r?$`, 'm'));
    expect(calendar).toMatch(/^SEQUENCE:0\r?$/m);
    expect(calendar).toMatch(/^METHOD:REQUEST\r?$/m);
    expect(calendar).toMatch(/^ORGANIZER;CN="Markus Schäfer":MAILTO:buyer@nordwind\.example\r?$/m);
  });

  it('writes to a supplier user whose locale is de in German', async () => {
    const mail = await received('rfq.invitation', ALPINE);
    const { text, html } = expectWellFormed(mail, { kind: 'rfq.invitation', locale: 'de', closesAt });
    expect(mail.subject).toContain('Angebotsanfrage');
    for (const part of [text, html]) {
      expect(part).toContain('Guten Tag Martina Huber,');
      expect(part).toContain('Bitte geben Sie Ihr Angebot vor Ablauf der Angebotsfrist im Portal ab');
      expect(part).not.toContain('Invitation to quote');
    }
    const calendar = calendarOf(mail);
    expect(mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.filename).toBe('angebotsfrist.ics');
    expect(calendar).toMatch(new RegExp(`^UID:rfq-${rfqId}-closing@${UID_HOST}\\r?$`, 'm'));
    expect(calendar).toMatch(new RegExp(`^DTSTART:${icsUtc(closesAt)}\\r?$`, 'm'));
  });

  it('asks the gatekeeper for the approval, naming who asked', async () => {
    const mail = await received('team.rfq-approval-requested', DEMO.gatekeeper);
    const { text, html } = expectWellFormed(mail, { kind: 'team.rfq-approval-requested', locale: 'en', closesAt });
    for (const part of [text, html]) {
      expect(part).toContain('Markus Schäfer asks you to approve the RFQ');
      expect(part).toContain(`/cases/`);
    }
    // Not to the buyer who asked.
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'team.rfq-approval-requested' AND to_address = $1`, [DEMO.buyer]);
    expect(n).toBe(0);
  });

  it('sends the supplier a receipt with the SHA-256, and tells the buyer a quote came in without any of its content', async () => {
    const invitationId = await invitationOf(w.as.supplier, reference);
    const receipt = (await w.as.supplier.ok(RFQ_OPS.submit, { invitationId, input: await quoteFor(w.as.supplier, invitationId, '7777.77', { supplierReference: 'HANSE-Q-991' }) }))['submitQuote'];

    const toSupplier = await received('quote.receipt', HANSE);
    const { text, html } = expectWellFormed(toSupplier, { kind: 'quote.receipt', locale: 'en', closesAt });
    for (const part of [text, html]) {
      expect(part).toContain(receipt.sha256);
      expect(part).toContain('HANSE-Q-991');
    }

    const toBuyer = await received('team.quote-submitted', DEMO.buyer);
    const team = expectWellFormed(toBuyer, { kind: 'team.quote-submitted', locale: 'en', closesAt });
    // The price (4 × and 8 × 7777.77 on the two lines), in any notation, the receipt and the supplier's reference.
    const secrets = ['7777.77', '7777,77', '7,777.77', '7.777,77', '31111.08', '62222.16', '93333.24', '93,333.24', receipt.sha256, 'HANSE-Q-991'];
    for (const part of [team.text, team.html, toBuyer.subject ?? '']) {
      for (const secret of secrets) expect(part).not.toContain(secret);
    }
    expect(team.text).not.toMatch(/7777/);
    expect(team.text).toContain('Hanse Industrietechnik GmbH (directory) has submitted a quote');
    expect(toBuyer.attachments).toEqual([]);
  });

  it('publishes an answer to every invitee without naming who asked', async () => {
    const hanseInv = await invitationOf(w.as.supplier, reference);
    const original = 'Hanse here: can the Kiel plant deliver in two lots?';
    const asked = (await w.as.supplier.ok(RFQ_OPS.ask, { invitationId: hanseInv, body: original }))['askRfqQuestion'];
    const reworded = 'May the goods be delivered in two lots?';
    await w.as.buyer.ok(RFQ_OPS.answer, { id: asked.id, input: { answer: 'Yes, two lots are fine.', publish: true, publishedQuestion: reworded } });

    const toAlpine = await received('rfq.answer-published', ALPINE);
    const de = expectWellFormed(toAlpine, { kind: 'rfq.answer-published', locale: 'de', closesAt });
    for (const part of [de.text, de.html]) {
      expect(part).toContain(`Frage: ${reworded}`);
      expect(part).toContain('Antwort: Yes, two lots are fine.');
      for (const trace of ['Hanse', 'Felix Brandt', 'Kiel', original]) expect(part).not.toContain(trace);
    }
    const toHanse = await received('rfq.answer-published', HANSE);
    const en = expectWellFormed(toHanse, { kind: 'rfq.answer-published', locale: 'en', closesAt });
    for (const part of [en.text, en.html]) {
      expect(part).toContain(`Question: ${reworded}`);
      for (const trace of ['Hanse Industrietechnik', 'Kiel', original]) expect(part).not.toContain(trace);
    }
  });

  it('reminds the invitees within the reminder window, each as fits its state', async () => {
    expect(await app.running.app.get(RfqClosingService).remind(rfqId)).toBe(2);
    // Once per closing time.
    expect(await app.running.app.get(RfqClosingService).remind(rfqId)).toBe(0);

    const toHanse = await received('rfq.reminder', HANSE);
    const en = expectWellFormed(toHanse, { kind: 'rfq.reminder', locale: 'en', closesAt });
    expect(toHanse.subject).toContain('Reminder');
    expect(en.text).toContain('Your quote has been received');
    const toAlpine = await received('rfq.reminder', ALPINE);
    const de = expectWellFormed(toAlpine, { kind: 'rfq.reminder', locale: 'de', closesAt });
    expect(toAlpine.subject).toContain('Erinnerung');
    expect(de.text).toContain('Von Ihrem Unternehmen liegt noch kein Angebot vor');
    expect(de.html).toContain('Von Ihrem Unternehmen liegt noch kein Angebot vor');
  });

  it('tells every invitee of a changed closing time (extendRfq) with a .ics that replaces the entry (SEQUENCE:1)', async () => {
    const previous = closesAt;
    const later = wholeHourIn(30);
    const extended = (await w.as.buyer.ok(RFQ_OPS.extend, { id: rfqId, closesAt: later.toISOString(), reason: 'A supplier asked for more time' }))['extendRfq'];
    expect(extended).toMatchObject({ closingChanges: 1, closesAt: later.toISOString() });
    closesAt = later;

    const toHanse = await received('rfq.closing-changed', HANSE);
    const en = expectWellFormed(toHanse, { kind: 'rfq.closing-changed', locale: 'en', closesAt });
    expect(en.text).toContain('Reason: A supplier asked for more time');
    expect(new RegExp(`^Previous closing time:\\s+.*${utcClock(previous)} UTC`, 'm').test(en.text)).toBe(true);
    const calendar = calendarOf(toHanse);
    expect(calendar).toMatch(new RegExp(`^UID:rfq-${rfqId}-closing@${UID_HOST}\\r?$`, 'm'));
    expect(calendar).toMatch(/^SEQUENCE:1\r?$/m);
    expect(calendar).toMatch(/^METHOD:REQUEST\r?$/m);
    expect(calendar).toMatch(new RegExp(`^DTSTART:${icsUtc(later)}\\r?$`, 'm'));

    const toAlpine = await received('rfq.closing-changed', ALPINE);
    const de = expectWellFormed(toAlpine, { kind: 'rfq.closing-changed', locale: 'de', closesAt });
    expect(de.text).toContain('Begründung: A supplier asked for more time');
    expect(calendarOf(toAlpine)).toMatch(/^SEQUENCE:1\r?$/m);
  });

  it('thanks the invitees when the RFQ closes, and tells the team how many quotes came in', async () => {
    await passClosingTime(app, rfqId);
    closesAt = (await app.dataSource.query(`SELECT closes_at FROM rfq WHERE id = $1`, [rfqId]))[0].closes_at;
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);

    const toHanse = await received('rfq.closed', HANSE);
    const en = expectWellFormed(toHanse, { kind: 'rfq.closed', locale: 'en', closesAt });
    expect(toHanse.subject).toContain('RFQ closed');
    for (const part of [en.text, en.html]) expect(part).toContain('Your last submitted quote is now with Nordwind Maschinenbau GmbH for evaluation');
    const toAlpine = await received('rfq.closed', ALPINE);
    const de = expectWellFormed(toAlpine, { kind: 'rfq.closed', locale: 'de', closesAt });
    expect(de.text).toContain('Von Ihrem Unternehmen ist kein Angebot eingegangen');

    const toTeam = await received('team.rfq-closed', DEMO.buyer);
    const team = expectWellFormed(toTeam, { kind: 'team.rfq-closed', locale: 'en', closesAt });
    expect(toTeam.subject).toContain('1 of 2 quotes received');
    expect(team.text).toMatch(/^Quotes received:\s+1 \/ 2$/m);
    expect(team.html).toContain('1 / 2');
    expect(team.text).not.toContain('7777');
  });

  it('tells every invitee when a published RFQ is cancelled, with the reason, and removes the closing time from their calendars', async () => {
    const other = wholeHourIn(5);
    const { rfqId: cancelledId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], other.toISOString());
    await w.as.buyer.ok(RFQ_OPS.cancel, { id: cancelledId, reason: 'The line is being relocated' });

    const toHanse = await received('rfq.cancelled', HANSE, rfq.reference);
    const en = expectWellFormed(toHanse, { kind: 'rfq.cancelled', locale: 'en', closesAt: other, ref: rfq.reference });
    expect(toHanse.subject).toContain('RFQ cancelled');
    for (const part of [en.text, en.html]) expect(part).toContain('Reason: The line is being relocated');
    const toAlpine = await received('rfq.cancelled', ALPINE, rfq.reference);
    const de = expectWellFormed(toAlpine, { kind: 'rfq.cancelled', locale: 'de', closesAt: other, ref: rfq.reference });
    expect(toAlpine.subject).toContain('Angebotsanfrage aufgehoben');
    expect(de.text).toContain('Begründung: The line is being relocated');

    // METHOD:CANCEL for the very entry the invitation made (same UID), outranking it (SEQUENCE 0 → 1).
    for (const mail of [toHanse, toAlpine]) {
      const calendar = calendarOf(mail);
      const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
      expect((part?.headers.get('content-type') as { params?: Record<string, string> }).params?.['method']).toBe('CANCEL');
      expect(calendar).toMatch(/^METHOD:CANCEL\r?$/m);
      expect(calendar).toMatch(/^STATUS:CANCELLED\r?$/m);
      expect(calendar).toMatch(/^SEQUENCE:1\r?$/m);
      expect(calendar).toMatch(new RegExp(`^UID:rfq-${cancelledId}-closing@${UID_HOST}\\r?$`, 'm'));
    }
    const invitation = await received('rfq.invitation', HANSE, rfq.reference);
    expect(calendarOf(invitation)).toMatch(new RegExp(`^UID:rfq-${cancelledId}-closing@${UID_HOST}\\r?$`, 'm'));
  });

  it('keeps RFQ mail through an SMTP outage and delivers every invitation exactly once when the server is back', async () => {
    const port = inbox.port;
    await inbox.stop();
    const { rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], wholeHourIn(6).toISOString());
    const outbox = async (): Promise<Array<{ message_id: string; status: string; attempts: number; to_address: string }>> =>
      app.dataSource.query(`SELECT message_id, status, attempts, to_address FROM outbox_message WHERE kind = 'rfq.invitation' AND subject LIKE $1`, [`[${rfq.reference}]%`]);
    const worker = app.running.app.get(MailWorker);

    // The worker tries while the server is down; the invitations stay pending.
    const failing = await waitFor(async () => {
      await worker.runOnce();
      const rows = await outbox();
      return rows.length === 2 && rows.every((r) => r.attempts >= 1) && rows;
    }, 30_000);
    expect(failing.map((r) => r.status)).toEqual(['PENDING', 'PENDING']);
    expect(failing.map((r) => r.to_address).sort()).toEqual([ALPINE, HANSE]);

    await inbox.start(port);
    await waitFor(async () => {
      await worker.runOnce();
      return (await outbox()).every((r) => r.status === 'SENT');
    }, 30_000);
    await worker.runOnce();
    await sleep(300);
    for (const row of await outbox()) expect(inbox.withMessageId(row.message_id)).toHaveLength(1);
    const arrived = inbox.received.filter((m) => m.subject?.startsWith(`[${rfq.reference}] `) && m.subject.includes(rfq.title ?? ''));
    expect(arrived.filter((m) => m.attachments.some((a) => a.contentType.startsWith('text/calendar'))).map((m) => (m.to as { value: Array<{ address: string }> }).value[0].address).sort()).toEqual([ALPINE, HANSE]);
  });
});
