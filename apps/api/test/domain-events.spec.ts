import { defineEvent, DOMAIN_EVENTS_QUEUE, DomainEventBus, JobQueue, RequestContext, TransactionalConnection } from '@bc/api/core';
import { hashToken } from '@bc/api/identity';
import { MailService } from '@bc/api/mail';
import { RfqService } from '@bc/api/rfq';
import { Locale } from '@bc/shared/domain';
import { DEMO, insertSupplier } from './support/purchasing-fixtures';
import { RFQ_OPS, rfqWorld, SHORT_PERIOD, shortlistedCase, inSeconds, SUPPLIER_USERS } from './support/rfq-fixtures';
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

  describe('an RFQ’s invitations', () => {
    const CONTACT = 'contact@ostsee-armaturen.example';
    let rfqId: string;
    let reference: string;

    const invitationMails = async (): Promise<Array<{ to_address: string; text_body: string }>> =>
      app.dataSource.query(`SELECT to_address, text_body FROM outbox_message WHERE kind = 'rfq.invitation' AND subject LIKE $1 ORDER BY to_address`, [`[${reference}]%`]);
    const publishedEvents = async (): Promise<Array<{ id: string; handled_at: Date | null }>> =>
      app.dataSource.query(`SELECT id, handled_at FROM domain_event WHERE type = 'rfq.published' AND payload->>'rfqId' = $1`, [rfqId]);
    const links = async (): Promise<Array<{ token_hash: string; email: string }>> =>
      app.dataSource.query(`SELECT t.token_hash, t.email FROM supplier_portal_token t JOIN rfq_invitation i ON i.id = t.invitation_id WHERE i.rfq_id = $1`, [rfqId]);

    beforeAll(async () => {
      const w = await rfqWorld(app);
      // A supplier without a portal account: its contact is invited with a registration link, written by the mail's handler.
      const ostsee = await insertSupplier(app, w.organizationId, { name: 'Ostsee Armaturen GmbH' });
      await app.dataSource.query(`INSERT INTO supplier_contact (organization_id, supplier_id, name, email) VALUES ($1, $2, 'Jan Ostsee', $3)`, [w.organizationId, ostsee, CONTACT]);
      const c = await shortlistedCase(w, [w.hanseSupplierId, ostsee]);
      const closesAt = inSeconds(3600);
      const created = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt, questionsCloseAt: closesAt, shortPeriodJustification: SHORT_PERIOD } }))['createRfq'];
      await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: created.id });
      await w.as.gatekeeper.ok(RFQ_OPS.approve, { id: created.id });
      rfqId = created.id;
      reference = created.reference;
    }, 300_000);

    it('sends no invitation for a publish that rolls back', async () => {
      const [buyer] = await app.dataSource.query(`SELECT id, organization_id, roles, name FROM app_user WHERE email = $1`, [DEMO.buyer]);
      const ctx = RequestContext.system({ sessionId: 'test', userId: buyer.id, organizationId: buyer.organization_id, roles: buyer.roles, userName: buyer.name });
      await expect(
        connection.withTransaction(ctx, async () => {
          await app.running.app.get(RfqService).publish(ctx, rfqId);
          throw new Error('the publish fails after it');
        }),
      ).rejects.toThrow('the publish fails after it');
      expect((await app.dataSource.query(`SELECT status FROM rfq WHERE id = $1`, [rfqId]))[0].status).toBe('DRAFT');
      expect(await publishedEvents()).toEqual([]);
      expect(await invitationMails()).toEqual([]);
      expect(await links()).toEqual([]);
    });

    it('sends each invitation exactly once for a publish that commits, with a registration link that exists', async () => {
      const as = await app.as(DEMO.buyer);
      await as.ok(RFQ_OPS.publish, { id: rfqId });
      const sent = await invitationMails();
      const to = sent.map((m) => m.to_address);
      expect(to).toEqual(expect.arrayContaining([SUPPLIER_USERS.hanse, CONTACT]));
      expect(new Set(to).size).toBe(to.length);
      // The contact's link is on record (as a hash) with the mail that carries it, and is the only one written.
      const token = /\/portal\/register\/([A-Za-z0-9_-]+)/.exec(sent.find((m) => m.to_address === CONTACT)?.text_body ?? '')?.[1] ?? '';
      expect(await links()).toEqual([{ token_hash: hashToken(token), email: CONTACT }]);

      // A second try of the handled event (the queue's, or another instance's) sends nothing again.
      const [published] = await publishedEvents();
      expect(published.handled_at).toBeInstanceOf(Date);
      expect(await bus.handle(published.id)).toBe(false);
      expect(await invitationMails()).toHaveLength(sent.length);
      expect(await links()).toHaveLength(1);
    });
  });
});
