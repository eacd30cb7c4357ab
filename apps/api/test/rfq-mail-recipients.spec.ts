import type { ParsedMail } from 'mailparser';
import { ErrorCode } from '@bc/shared/domain';
import { RfqClosingService } from '@bc/api/rfq';
import { DEMO, insertSupplier } from './support/purchasing-fixtures';
import { invitationOf, publishedRfq, RFQ_OPS, rfqWorld, RfqWorld, SUPPLIER_USERS } from './support/rfq-fixtures';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { startTestApp, TestApp } from './support/test-app';
import { testClock } from './support/test-clock';

const PUBLIC_URL = 'https://portal.nordwind.example';
const HANSE = SUPPLIER_USERS.hanse;
const ALPINE = SUPPLIER_USERS.alpine;
const CONTACT = 'anna.krueger@nordsee-pumpen.example';
const wholeHourIn = (hours: number) => new Date(Math.ceil(testClock.nowMs() / 3_600_000) * 3_600_000 + hours * 3_600_000);
const links = (text: string) => text.match(/https?:\/\/[^\s"<>]+/g) ?? [];

/**
 * Every RFQ email to a supplier is one its reader can act on: a directory contact whose company has
 * no portal account gets a registration link that works (the portal page would ask for a sign-in they
 * cannot pass), and a supplier that declined is told nothing more about the RFQ.
 */
describe('RFQ emails every recipient can act on', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let reference: string;
  let nordsee: string;

  /** The messages of `kind` to `to` about this RFQ, as the SMTP server received them (waits for at least `atLeast`). */
  async function received(kind: string, to: string, atLeast = 1): Promise<ParsedMail[]> {
    const rows: Array<{ message_id: string }> = await waitFor(async () => {
      const found = await app.dataSource.query(`SELECT message_id FROM outbox_message WHERE kind = $1 AND to_address = $2 AND subject LIKE $3`, [kind, to, `[${reference}]%`]);
      return found.length >= atLeast && found;
    }, 30_000);
    return waitFor(() => {
      const got = rows.flatMap((r) => inbox.withMessageId(r.message_id));
      return got.length === rows.length && got;
    }, 30_000);
  }

  async function kindsTo(to: string): Promise<string[]> {
    const rows: Array<{ kind: string }> = await app.dataSource.query(`SELECT kind FROM outbox_message WHERE to_address = $1 AND subject LIKE $2 ORDER BY created_at`, [to, `[${reference}]%`]);
    return rows.map((r) => r.kind);
  }

  const registrationToken = (url: string | undefined) => url && /\/portal\/register\/([A-Za-z0-9_-]+)$/.exec(url)?.[1];

  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: PUBLIC_URL, mailPollIntervalMs: 100, mailRetryBaseMs: 50, rfqReminderHours: 24 });
    w = await rfqWorld(app);
    nordsee = await insertSupplier(app, w.organizationId, { name: 'Nordsee Pumpen GmbH' });
    await app.dataSource.query(`INSERT INTO supplier_contact (organization_id, supplier_id, name, email) VALUES ($1, $2, 'Anna Krüger', $3)`, [w.organizationId, nordsee, CONTACT]);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId, nordsee], wholeHourIn(3).toISOString());
    rfqId = published.rfqId;
    reference = published.rfq.reference;

    // Alpine asks a question, then declines; afterwards the RFQ goes on: answers, a new closing time, the reminder.
    const alpineInv = await invitationOf(w.as.alpine, reference);
    const alpineQuestion = (await w.as.alpine.ok(RFQ_OPS.ask, { invitationId: alpineInv, body: 'Is a test certificate 3.1 required?' }))['askRfqQuestion'];
    await w.as.alpine.ok(RFQ_OPS.decline, { invitationId: alpineInv, reason: 'No capacity this quarter' });
    const hanseInv = await invitationOf(w.as.supplier, reference);
    const hanseQuestion = (await w.as.supplier.ok(RFQ_OPS.ask, { invitationId: hanseInv, body: 'May we deliver in two lots?' }))['askRfqQuestion'];
    await w.as.buyer.ok(RFQ_OPS.answer, { id: hanseQuestion.id, input: { answer: 'Yes, two lots are fine.', publish: true, publishedQuestion: 'May the goods come in two lots?' } });
    await w.as.buyer.ok(RFQ_OPS.answer, { id: alpineQuestion.id, input: { answer: 'Yes, 3.1 is required.', publish: false } });
    await w.as.buyer.ok(RFQ_OPS.extend, { id: rfqId, closesAt: wholeHourIn(20).toISOString(), reason: 'More time for samples' });
    expect(await app.running.app.get(RfqClosingService).remind(rfqId)).toBe(2);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  it('gives a directory contact without an account, in every follow-up, a registration link that works instead of the sign-in page', async () => {
    const tokens = new Set<string>();
    for (const kind of ['rfq.invitation', 'rfq.answer-published', 'rfq.closing-changed', 'rfq.reminder']) {
      const [mail] = await received(kind, CONTACT);
      const text = mail.text ?? '';
      const html = typeof mail.html === 'string' ? mail.html : '';
      const urls = links(text);
      expect(urls.length).toBeGreaterThan(0);
      // Nothing that needs an account: no portal page, no case page.
      expect(urls.every((u) => u.startsWith(`${PUBLIC_URL}/portal/register/`))).toBe(true);
      expect(html).not.toContain('/portal/rfqs/');
      const token = registrationToken(urls[0]) as string;
      expect(html).toContain(`href="${PUBLIC_URL}/portal/register/${token}"`);
      if (kind !== 'rfq.invitation') expect(text).toMatch(/Register and open the RFQ:|Registrieren und Anfrage öffnen:/);
      // The link opens the registration for this RFQ, for this address.
      const preview = (await app.client().ok(RFQ_OPS.registration, { token }))['supplierRegistration'];
      expect(preview).toEqual({ email: CONTACT, supplierName: 'Nordsee Pumpen GmbH', buyerName: 'Nordwind Maschinenbau GmbH', rfqReference: reference });
      tokens.add(token);
    }
    expect(tokens.size).toBe(4);
    // Portal users keep their portal link.
    const [toHanse] = await received('rfq.reminder', HANSE);
    expect(links(toHanse.text ?? '').every((u) => u.startsWith(`${PUBLIC_URL}/portal/rfqs/`))).toBe(true);
  });

  it('tells a supplier that declined nothing more about the RFQ: no answers (public or its own), no new closing time, no reminder', async () => {
    await received('rfq.reminder', HANSE);
    expect(await kindsTo(HANSE)).toEqual(expect.arrayContaining(['rfq.answer-published', 'rfq.closing-changed', 'rfq.reminder']));
    expect(await kindsTo(ALPINE)).toEqual(['rfq.invitation']);
  });

  it('on cancellation: the calendar entry goes, the contact gets the notice without a dead link and its links stop working, the declined supplier hears nothing', async () => {
    const [earlier] = await received('rfq.reminder', CONTACT);
    const token = registrationToken(links(earlier.text ?? '')[0]) as string;
    await w.as.buyer.ok(RFQ_OPS.cancel, { id: rfqId, reason: 'The line is being relocated' });

    const [toContact] = await received('rfq.cancelled', CONTACT);
    expect(toContact.text).toMatch(/(Reason|Begründung): The line is being relocated/);
    expect(links(toContact.text ?? '')).toEqual([]);
    expect(typeof toContact.html === 'string' && toContact.html).not.toContain('<a ');
    expect(toContact.attachments.filter((a) => a.contentType.startsWith('text/calendar'))).toHaveLength(1);
    expect((await app.client().error(RFQ_OPS.registration, { token })).extensions?.code).toBe(ErrorCode.INVITATION_INVALID);

    const [toHanse] = await received('rfq.cancelled', HANSE);
    expect(links(toHanse.text ?? '').every((u) => u.startsWith(`${PUBLIC_URL}/portal/rfqs/`))).toBe(true);
    expect(await kindsTo(ALPINE)).toEqual(['rfq.invitation']);
  });

  it('lets a contact decline from the link without registering: the buyer learns why, the link is spent, and no more mail follows', async () => {
    const second = await publishedRfq(app, w, [nordsee], wholeHourIn(4).toISOString());
    reference = second.rfq.reference;
    const [invitation] = await received('rfq.invitation', CONTACT);
    const token = registrationToken(links(invitation.text ?? '')[0]) as string;
    const decline = `mutation ($token: String!, $reason: String!) { declineRfqFromLink(token: $token, reason: $reason) }`;

    const blank = await app.client().error(decline, { token, reason: '  ' });
    expect(blank.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'reason' });
    expect((await app.client().ok(decline, { token, reason: 'No capacity before March' }))['declineRfqFromLink']).toBe(true);

    const rfq = (await w.as.buyer.ok(RFQ_OPS.rfq, { id: second.rfqId }))['rfq'];
    expect(rfq.invitations).toEqual([expect.objectContaining({ supplierId: nordsee, status: 'DECLINED', declineReason: 'No capacity before March' })]);
    const [toBuyer] = await received('team.supplier-declined', DEMO.buyer);
    expect(toBuyer.text).toContain('Reason: No capacity before March');
    // The link is spent: neither a second decline nor a registration.
    expect((await app.client().error(decline, { token, reason: 'Again' })).extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
    expect((await app.client().error(RFQ_OPS.registration, { token })).extensions?.code).toBe(ErrorCode.INVITATION_INVALID);

    await w.as.buyer.ok(RFQ_OPS.extend, { id: second.rfqId, closesAt: wholeHourIn(30).toISOString(), reason: 'More time' });
    expect(await app.running.app.get(RfqClosingService).remind(second.rfqId)).toBe(0);
    expect(await kindsTo(CONTACT)).toEqual(['rfq.invitation']);
  }, 300_000);
});
