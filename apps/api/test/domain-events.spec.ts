import { defineEvent, DOMAIN_EVENTS_QUEUE, DomainEventBus, JobQueue, RequestContext, TransactionalConnection } from '@bc/api/core';
import { MailService } from '@bc/api/mail';
import { Locale } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/smtp-inbox';

/** A test's own event: its handler puts one mail to `to` in the outbox, and fails after it when told to. */
const Ping = defineEvent<{ to: string }>('test.ping');

describe('domain events, handled after commit', () => {
  let app: TestApp;
  let bus: DomainEventBus;
  let connection: TransactionalConnection;
  const calls: string[] = [];
  /** Addresses whose handler fails once, after it has written its mail. */
  const failOnce = new Set<string>();

  const mails = async (to: string): Promise<number> =>
    (await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'test.ping' AND to_address = $1`, [to]))[0].n;
  const event = async (to: string): Promise<{ id: string; handled_at: Date | null; attempts: number; last_error: string | null } | undefined> =>
    (await app.dataSource.query(`SELECT id, handled_at, attempts, last_error FROM domain_event WHERE type = 'test.ping' AND payload->>'to' = $1`, [to]))[0];

  /** Publishes a ping in a transaction of its own, which `work` may still roll back. */
  const publish = (to: string, work: () => Promise<void> = async () => undefined) => {
    const ctx = RequestContext.system();
    return connection.withTransaction(ctx, async () => {
      await ctx.publish(Ping, { to });
      await work();
    });
  };

  beforeAll(async () => {
    app = await startTestApp({ smtpUrl: undefined });
    bus = app.running.app.get(DomainEventBus);
    connection = app.running.app.get(TransactionalConnection);
    const mail = app.running.app.get(MailService);
    bus.subscribe(Ping, async (ctx, { to }) => {
      calls.push(to);
      await mail.enqueue(ctx, { to: { address: to }, locale: Locale.EN, subject: 'Ping', text: 'Ping', kind: 'test.ping', organizationId: null });
      if (failOnce.delete(to)) throw new Error('handler failed once');
    });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('publishes nothing for a rolled-back change', async () => {
    const to = 'rolled-back@example.com';
    await expect(
      publish(to, async () => {
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await event(to)).toBeUndefined();
    expect(await mails(to)).toBe(0);
    expect(calls).not.toContain(to);
  });

  it('is published only inside a transaction', async () => {
    await expect(RequestContext.system().publish(Ping, { to: 'nowhere@example.com' })).rejects.toThrow('outside a transaction');
  });

  it('is handled once the change commits, and a second try does nothing', async () => {
    const to = 'committed@example.com';
    await publish(to);
    // Handled before the change's transaction call returned: the mail is in the outbox already.
    const handled = await event(to);
    expect(handled?.handled_at).toBeInstanceOf(Date);
    expect(await mails(to)).toBe(1);

    // pg-boss delivers at least once: the queue's worker, or another instance, may try it again.
    expect(await bus.handle(handled?.id ?? '')).toBe(false);
    expect(await mails(to)).toBe(1);
    expect(calls.filter((c) => c === to)).toHaveLength(1);
  });

  it('keeps the change when a handler fails, and retries the handler without sending its mail twice', async () => {
    const to = 'retried@example.com';
    failOnce.add(to);
    await publish(to);
    const failed = await event(to);
    expect(failed).toMatchObject({ handled_at: null, attempts: 1, last_error: 'handler failed once' });
    // The failed try's mail went with its rollback.
    expect(await mails(to)).toBe(0);

    expect(await bus.handle(failed?.id ?? '')).toBe(true);
    expect(await bus.handle(failed?.id ?? '')).toBe(false);
    expect(await mails(to)).toBe(1);
    expect(calls.filter((c) => c === to)).toHaveLength(2);
    expect((await event(to))?.handled_at).toBeInstanceOf(Date);
  });

  it('handles an event whose process died right after the commit on the queue’s next run', async () => {
    const to = 'crashed@example.com';
    // Committed, but never handed to the handlers: as if the process had died right after the commit.
    await app.dataSource.query(`INSERT INTO domain_event (type, payload, request_id) VALUES ('test.ping', $1, 'crashed')`, [JSON.stringify({ to })]);
    await app.running.app.get(JobQueue).wake(DOMAIN_EVENTS_QUEUE);
    await waitFor(async () => (await mails(to)) === 1);
    expect((await event(to))?.handled_at).toBeInstanceOf(Date);
  });
});
