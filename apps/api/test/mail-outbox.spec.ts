import { APP_CONFIG, type AppConfig, Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { CLAIM_LEASE_MS, deadlineIcs, MailService, MailWorker, renderMail, type OutgoingMail } from '@bc/api/mail';
import { ErrorCode, Locale } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { advanceClock } from './support/test-clock';


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const OUTBOX = `query ($status: OutboxStatus) { mailOutbox(status: $status, limit: 200) { total items { id to subject kind status attempts nextAttemptAt lastError sentAt createdAt } } }`;
const RETRY = `mutation ($id: ID!) { retryMail(id: $id) { id status attempts } }`;

interface Row {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  message_id: string;
  sent_at: Date | null;
}

describe('the email outbox with a real SMTP server', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let mail: MailService;
  let worker: MailWorker;
  let config: AppConfig;
  let nordwindId: string;
  let hanseId: string;

  const row = async (id: string): Promise<Row> =>
    (await app.dataSource.query(`SELECT id, status, attempts, last_error, message_id, sent_at FROM outbox_message WHERE id = $1`, [id]))[0];

  const message = (overrides: Partial<OutgoingMail> = {}): OutgoingMail => {
    const content = renderMail({
      locale: Locale.DE,
      title: 'Anfrage PC-2026-0007: Hydraulikpumpen',
      paragraphs: ['Guten Tag Frau Krüger,', 'Nordwind Maschinenbau lädt Sie ein, ein Angebot abzugeben.'],
      rows: [
        ['Angebotsfrist', '01.12.2026, 11:00 Uhr'],
        ['Referenz', 'PC-2026-0007'],
      ],
      action: { label: 'Anfrage öffnen', url: 'http://localhost:3000/portal/rfq/1' },
    });
    return {
      to: { address: 'anna.krueger@hanse-industrie.example', name: 'Anna Krüger' },
      locale: Locale.DE,
      subject: 'Anfrage PC-2026-0007: Hydraulikpumpen',
      text: content.text,
      html: content.html,
      attachments: [deadlineIcs({ uid: 'rfq-1@buying-center', title: 'Angebotsfrist PC-2026-0007', at: new Date('2026-12-01T10:00:00Z'), organizer: { name: 'Einkauf', email: 'einkauf@nordwind.example' }, attendee: { name: 'Eva', email: 'eva@acme.example' } })],
      kind: 'test.invitation',
      organizationId: nordwindId,
      ...overrides,
    };
  };

  beforeAll(async () => {
    const port = await inbox.start();
    // A long poll interval: every delivery below that arrives at once proves the wake-up after commit.
    app = await startTestApp({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Einkauf Nordwind <einkauf@nordwind.example>',
      mailPollIntervalMs: 60_000,
      mailRetryBaseMs: 50,
    });
    mail = app.running.app.get(MailService);
    worker = app.running.app.get(MailWorker);
    config = app.running.app.get(APP_CONFIG);
    [{ id: nordwindId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Nordwind Maschinenbau GmbH'`);
    [{ id: hanseId }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Hanse Industrietechnik GmbH'`);
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  it('sends a text part, table-based HTML without external resources, an .ics, and correct headers', async () => {
    const before = Date.now();
    const queued = await mail.enqueue(RequestContext.system(), message());
    const [received] = await waitFor(() => inbox.withMessageId(queued.messageId).length > 0 && inbox.withMessageId(queued.messageId));

    expect(received.subject).toBe('Anfrage PC-2026-0007: Hydraulikpumpen');
    expect(received.from?.value).toEqual([{ address: 'einkauf@nordwind.example', name: 'Einkauf Nordwind' }]);
    expect(received.to).toMatchObject({ value: [{ address: 'anna.krueger@hanse-industrie.example', name: 'Anna Krüger' }] });
    expect(received.messageId).toMatch(/^<[0-9a-f-]{36}@nordwind\.example>$/);
    expect(received.date).toBeInstanceOf(Date);
    expect(Math.abs((received.date as Date).getTime() - before)).toBeLessThan(60_000);
    expect(received.headers.get('content-language')).toBe('de');

    expect(received.text).toContain('Guten Tag Frau Krüger,');
    expect(received.text).toContain('Angebotsfrist:');
    expect(received.text).toContain('http://localhost:3000/portal/rfq/1');

    const html = received.html as string;
    expect(html).toContain('<table role="presentation"');
    expect(html).toContain('Guten Tag Frau Krüger,');
    expect(html).toContain('style="');
    expect(html).not.toMatch(/<(img|link|style|script)\b/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    // The only link is the action, to the portal itself.
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['http://localhost:3000/portal/rfq/1']);

    const ics = received.attachments.find((a) => a.contentType === 'text/calendar');
    expect(ics?.filename).toBe('deadline.ics');
    const calendar = ics?.content.toString('utf8');
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toMatch(/^DTSTART:20261201T100000Z\r?$/m);
    expect(calendar).toMatch(/^SUMMARY:Angebotsfrist PC-2026-0007\r?$/m);

    // The worker records the send once the server has accepted it.
    const stored = await waitFor(async () => {
      const r = await row(queued.id);
      return r.status !== 'PENDING' && r;
    });
    expect(stored).toMatchObject({ status: 'SENT', attempts: 1, last_error: null, message_id: received.messageId });
    expect(stored.sent_at).toBeInstanceOf(Date);
  });

  it('never sends a message whose transaction rolled back', async () => {
    const ctx = RequestContext.system();
    const subject = 'Rolled back';
    await expect(
      app.running.app.get(TransactionalConnection).withTransaction(ctx, async () => {
        await mail.enqueue(ctx, message({ subject }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await worker.runOnce();
    await sleep(200);
    expect(inbox.received.filter((m) => m.subject === subject)).toEqual([]);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE subject = $1`, [subject]);
    expect(n).toBe(0);
  });

  it('keeps mail through an SMTP outage and sends it exactly once when the server returns', async () => {
    const port = inbox.port;
    await inbox.stop();
    const queued = await mail.enqueue(RequestContext.system(), message({ subject: 'Through the outage' }));
    // The worker tries (woken by the commit, then as each retry falls due) and fails while the server is down.
    const failing = await waitFor(async () => {
      await worker.runOnce();
      const r = await row(queued.id);
      return r.attempts >= 3 && r;
    });
    expect(failing.status).toBe('PENDING');
    expect(failing.last_error).toMatch(/ECONNREFUSED|connect/i);

    await inbox.start(port);
    await waitFor(async () => {
      await worker.runOnce();
      return (await row(queued.id)).status === 'SENT';
    });
    await worker.runOnce();
    await sleep(200);
    expect(inbox.withMessageId(queued.messageId)).toHaveLength(1);
    expect((await row(queued.id)).message_id).toBe(failing.message_id);
  });

  it('never lets two workers send the same message', async () => {
    inbox.delayMs = 30;
    const second = new MailWorker(app.dataSource, config, app.running.app.get(Clock));
    const third = new MailWorker(app.dataSource, config, app.running.app.get(Clock));
    try {
      const ctx = RequestContext.system();
      const queued = await app.running.app.get(TransactionalConnection).withTransaction(ctx, async () => {
        const all = [];
        for (let i = 0; i < 12; i++) all.push(await mail.enqueue(ctx, message({ subject: `Parallel ${i}`, kind: 'test.parallel' })));
        return all;
      });
      // The app's own worker (woken by the commit) and two more race for the same rows.
      await Promise.all([second.runOnce(), third.runOnce(), second.runOnce(), third.runOnce()]);
      await waitFor(async () => {
        const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'test.parallel' AND status = 'SENT'`);
        return n === 12;
      });
      await sleep(200);
      for (const q of queued) expect(inbox.withMessageId(q.messageId)).toHaveLength(1);
      const attempts = await app.dataSource.query(`SELECT DISTINCT attempts FROM outbox_message WHERE kind = 'test.parallel'`);
      expect(attempts).toEqual([{ attempts: 1 }]);
    } finally {
      inbox.delayMs = 0;
      await second.onModuleDestroy();
      await third.onModuleDestroy();
    }
  });

  describe('for admins', () => {
    let failedId: string;
    let otherOrgId: string;

    beforeAll(async () => {
      inbox.refused.add('gone@hanse-industrie.example');
      const failed = await mail.enqueue(RequestContext.system(), message({ to: { address: 'gone@hanse-industrie.example' }, subject: 'Refused', kind: 'test.refused' }));
      failedId = failed.id;
      const other = await mail.enqueue(RequestContext.system(), message({ organizationId: hanseId, to: { address: 'gone@hanse-industrie.example' }, subject: 'Other organization', kind: 'test.other' }));
      otherOrgId = other.id;
      await waitFor(async () => {
        await worker.runOnce();
        return (await row(failedId)).status === 'FAILED' && (await row(otherOrgId)).status === 'FAILED';
      });
    });

    it("shows an admin their own organization's outbox only", async () => {
      const admin = await app.as('admin@nordwind.example');
      const page = (await admin.ok(OUTBOX))['mailOutbox'];
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE organization_id = $1`, [nordwindId]);
      expect(page.total).toBe(n);
      expect(page.items.map((i: { id: string }) => i.id)).toContain(failedId);
      expect(page.items.map((i: { id: string }) => i.id)).not.toContain(otherOrgId);
      const failed = (await admin.ok(OUTBOX, { status: 'FAILED' }))['mailOutbox'];
      expect(failed.items).toEqual([
        expect.objectContaining({ id: failedId, to: 'gone@hanse-industrie.example', subject: 'Refused', kind: 'test.refused', status: 'FAILED', attempts: 1, sentAt: null }),
      ]);
      expect(failed.items[0].lastError).toMatch(/550|No such mailbox/);
    });

    it('refuses the outbox to every other role', async () => {
      for (const email of ['buyer@nordwind.example', 'gatekeeper@nordwind.example', 'supplier@hanse-industrie.example']) {
        const client = await app.as(email);
        expect((await client.error(OUTBOX)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
        expect((await client.error(RETRY, { id: failedId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
      }
      expect((await row(failedId)).status).toBe('FAILED');
    });

    it('answers retryMail for a non-UUID or another organization’s message with NOT_FOUND', async () => {
      const admin = await app.as('admin@nordwind.example');
      expect((await admin.error(RETRY, { id: 'not-a-uuid' })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
      expect((await admin.error(RETRY, { id: otherOrgId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
      expect((await admin.error(RETRY, { id: '00000000-0000-4000-8000-000000000000' })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
      expect((await row(otherOrgId)).status).toBe('FAILED');
    });

    it('sends a failed message again on request, audited', async () => {
      inbox.refused.delete('gone@hanse-industrie.example');
      const admin = await app.as('admin@nordwind.example');
      expect((await admin.ok(RETRY, { id: failedId }))['retryMail']).toMatchObject({ id: failedId, status: 'PENDING', attempts: 0 });
      const stored = await waitFor(async () => {
        const r = await row(failedId);
        return r.status === 'SENT' && r;
      });
      expect(inbox.withMessageId(stored.message_id)).toHaveLength(1);
      const [event] = await app.dataSource.query(`SELECT action, actor_name, organization_id FROM audit_event WHERE entity_id = $1`, [failedId]);
      expect(event).toEqual({ action: 'mail.retried', actor_name: 'Petra Vogel', organization_id: nordwindId });
      // Only a failed message can be retried.
      expect((await admin.error(RETRY, { id: failedId })).extensions?.code).toBe(ErrorCode.CONFLICT);
    });
  });
});

describe('the email outbox without SMTP_URL', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  beforeAll(async () => {
    await inbox.start();
    app = await startTestApp({ smtpUrl: undefined, mailPollIntervalMs: 50 });
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  it('keeps the message PENDING, and sends it once SMTP is configured', async () => {
    const [{ id: org }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Nordwind Maschinenbau GmbH'`);
    const queued = await app.running.app
      .get(MailService)
      .enqueue(RequestContext.system(), { to: { address: 'someone@example.com' }, locale: Locale.EN, subject: 'Waiting', text: 'Hello', kind: 'test.waiting', organizationId: org });
    await app.running.app.get(MailWorker).runOnce();
    await sleep(300);
    const [stored] = await app.dataSource.query(`SELECT status, attempts FROM outbox_message WHERE id = $1`, [queued.id]);
    expect(stored).toEqual({ status: 'PENDING', attempts: 0 });
    expect(inbox.received).toEqual([]);

    // The same outbox, read by a worker that has SMTP settings (as after a restart with SMTP_URL).
    const configured = new MailWorker(app.dataSource, { ...app.running.app.get<symbol, AppConfig>(APP_CONFIG), smtpUrl: `smtp://127.0.0.1:${inbox.port}` }, app.running.app.get(Clock));
    try {
      expect(await configured.runOnce()).toBe(1);
    } finally {
      await configured.onModuleDestroy();
    }
    expect(inbox.withMessageId(queued.messageId)).toHaveLength(1);
    expect(inbox.received[0].text?.trim()).toBe('Hello');
  });
});

describe('the outbox claims, sends and records in separate commits', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let org: string;
  // The app itself has no SMTP_URL, so only the workers made here send: a crash is played by
  // claiming and sending without recording, as a process killed between the two would.
  const workerWith = (overrides: Partial<AppConfig> = {}) =>
    new MailWorker(app.dataSource, { ...app.running.app.get<symbol, AppConfig>(APP_CONFIG), smtpUrl: `smtp://127.0.0.1:${inbox.port}`, ...overrides }, app.running.app.get(Clock));
  const enqueue = (subject: string) =>
    app.running.app.get(MailService).enqueue(RequestContext.system(), { to: { address: 'someone@example.com' }, locale: Locale.EN, subject, text: 'Hello', kind: 'test.claims', organizationId: org });
  const stored = async (id: string) =>
    (await app.dataSource.query(`SELECT status, attempts, claimed_at, last_error FROM outbox_message WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    await inbox.start();
    app = await startTestApp({ smtpUrl: undefined });
    [{ id: org }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Nordwind Maschinenbau GmbH'`);
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  it('counts the attempt in a committed claim before a byte goes out, and records the result after', async () => {
    const worker = workerWith();
    try {
      const queued = await enqueue('Claimed first');
      const claimed = await worker.claim();
      expect(claimed?.id).toBe(queued.id);
      // Committed: another connection sees the attempt and the claim, and nothing was sent yet.
      expect(await stored(queued.id)).toMatchObject({ status: 'PENDING', attempts: 1, claimed_at: expect.any(Date) });
      expect(inbox.withMessageId(queued.messageId)).toHaveLength(0);
      // Leased: no other run takes it while it is being sent.
      expect(await workerWith().claim()).toBeNull();
      await worker.record(claimed!, await worker.deliver(claimed!));
      expect(await stored(queued.id)).toMatchObject({ status: 'SENT', attempts: 1, claimed_at: null });
      expect(inbox.withMessageId(queued.messageId)).toHaveLength(1);
    } finally {
      worker.onModuleDestroy();
    }
  });

  it('sends again once, with the same Message-ID, when the sender died between sending and recording', async () => {
    const worker = workerWith();
    try {
      const queued = await enqueue('Sent, then the process died');
      const claimed = await worker.claim();
      await worker.deliver(claimed!);
      // No record: the process is gone. Until the claim's lease runs out nobody sends it again.
      expect(await worker.runOnce()).toBe(0);
      advanceClock(app, CLAIM_LEASE_MS + 1000);
      expect(await worker.runOnce()).toBe(1);
      expect(await worker.runOnce()).toBe(0);
      const copies = inbox.withMessageId(queued.messageId);
      expect(copies).toHaveLength(2);
      expect(copies.map((m) => m.messageId)).toEqual([queued.messageId, queued.messageId]);
      expect(await stored(queued.id)).toMatchObject({ status: 'SENT', attempts: 2, claimed_at: null });
    } finally {
      worker.onModuleDestroy();
    }
  });

  it('stops a message whose sends keep dying at its maximum attempts and shows it to admins as FAILED', async () => {
    const worker = workerWith({ mailMaxAttempts: 2 });
    try {
      const queued = await enqueue('Crashes its sender');
      for (let attempt = 1; attempt <= 2; attempt++) {
        expect((await worker.claim())?.id).toBe(queued.id);
        advanceClock(app, CLAIM_LEASE_MS + 1000);
      }
      expect(await worker.runOnce()).toBe(1);
      const failed = await stored(queued.id);
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, claimed_at: null });
      expect(failed.last_error).toMatch(/No result was recorded for attempt 2/);
      expect(inbox.withMessageId(queued.messageId)).toHaveLength(0);
      const admin = await app.as('admin@nordwind.example');
      const shown = (await admin.ok(OUTBOX, { status: 'FAILED' }))['mailOutbox'].items;
      expect(shown).toEqual([expect.objectContaining({ id: queued.id, status: 'FAILED', attempts: 2 })]);
    } finally {
      worker.onModuleDestroy();
    }
  });

  it('ignores a late record of a claim whose lease ran out and that another run claimed again', async () => {
    const slow = workerWith();
    const other = workerWith();
    try {
      const queued = await enqueue('Claimed twice');
      const first = await slow.claim();
      advanceClock(app, CLAIM_LEASE_MS + 1000);
      const second = await other.claim();
      expect(second).toMatchObject({ id: queued.id, attempts: 2 });
      await slow.record(first!, { sent: false, error: 'late', kind: 'transient' });
      expect(await stored(queued.id)).toMatchObject({ status: 'PENDING', attempts: 2, last_error: null });
      await other.record(second!, await other.deliver(second!));
      expect(await stored(queued.id)).toMatchObject({ status: 'SENT', attempts: 2 });
    } finally {
      slow.onModuleDestroy();
      other.onModuleDestroy();
    }
  });

  it('never uses up attempts while the server is unreachable, and resends at most the configured cap after it is back', async () => {
    const worker = workerWith({ mailMaxAttempts: 2, mailRetryBaseMs: 10_000, mailRetryMaxMs: 60_000 });
    const port = inbox.port;
    try {
      await inbox.stop();
      const queued = await enqueue('Through a long outage');
      for (let i = 0; i < 5; i++) {
        advanceClock(app, 60_000);
        await worker.runOnce();
      }
      const during = await stored(queued.id);
      expect(during).toMatchObject({ status: 'PENDING', attempts: 5, claimed_at: null });
      const [{ due }] = await app.dataSource.query(`SELECT next_attempt_at AS due FROM outbox_message WHERE id = $1`, [queued.id]);
      // The wait never grows past the cap, so mail resumes within a minute of the server's return.
      expect(new Date(due).getTime() - app.running.app.get(Clock).nowMs()).toBeLessThanOrEqual(60_000);
      await inbox.start(port);
      advanceClock(app, 60_000);
      expect(await worker.runOnce()).toBe(1);
      expect(await stored(queued.id)).toMatchObject({ status: 'SENT', attempts: 6 });
      expect(inbox.withMessageId(queued.messageId)).toHaveLength(1);
    } finally {
      worker.onModuleDestroy();
    }
  });
});

describe('the outbox runs on the pg-boss queue', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, mailPollIntervalMs: 500, mailRetryBaseMs: 50 });
  });
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  it('has one queue that collapses wake-ups, with a run every minute as the safety net', async () => {
    const [queue] = await app.dataSource.query(`SELECT policy FROM pgboss.queue WHERE name = 'mail.outbox'`);
    expect(queue).toEqual({ policy: 'short' });
    const [schedule] = await app.dataSource.query(`SELECT cron FROM pgboss.schedule WHERE name = 'mail.outbox'`);
    expect(schedule).toEqual({ cron: '* * * * *' });
  });

  it('retries at each due time and sends once the server is back, with no one calling the worker', async () => {
    const port = inbox.port;
    await inbox.stop();
    const [{ id: org }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Nordwind Maschinenbau GmbH'`);
    const queued = await app.running.app
      .get(MailService)
      .enqueue(RequestContext.system(), { to: { address: 'someone@example.com' }, locale: Locale.EN, subject: 'Retried by the queue', text: 'Hello', kind: 'test.queue', organizationId: org });
    const attempts = async () => (await app.dataSource.query(`SELECT attempts, status FROM outbox_message WHERE id = $1`, [queued.id]))[0];
    // The commit woke the queue (attempt 1); the retry's own job brought attempt 2.
    expect(await waitFor(async () => (await attempts()).attempts >= 2 && (await attempts()), 15_000)).toMatchObject({ status: 'PENDING' });
    await inbox.start(port);
    await waitFor(async () => (await attempts()).status === 'SENT', 20_000);
    expect(inbox.withMessageId(queued.messageId)).toHaveLength(1);
  });
});
