import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  assertId,
  Clock,
  conflict,
  countRows,
  Keyset,
  KeysetPage,
  KeysetSort,
  notFound,
  PageRequest,
  readKeysetPage,
  RequestContext,
  TransactionalConnection,
} from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { Locale } from '@bc/shared/domain';
import { OutboxAttachment, OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { MailQueue } from './mail-queue.service';
import { mailDomain } from './mail-address';

export interface OutgoingMail {
  to: { address: string; name?: string | null };
  /** The display name of From, e.g. the buying organization; the address stays `MAIL_FROM`'s. */
  fromName?: string | null;
  /** Where the reader's answer goes (the responsible buyer). */
  replyTo?: { address: string; name?: string | null } | null;
  locale: Locale;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: OutboxAttachment[];
  /** Extra headers (e.g. `List-Unsubscribe`, `Auto-Submitted`); never From, Date or Message-ID. */
  headers?: Record<string, string>;
  /** What the message is about, e.g. `rfq.invitation`. */
  kind: string;
  /** Defaults to the signed-in user's organization. */
  organizationId?: string | null;
  /**
   * About a supplier's own sealed content (its receipt with the nonce, its withdrawal): kept in the
   * outbox only until the mail server has taken it, then purged to its metadata.
   */
  confidential?: boolean;
}

const RESERVED_HEADERS = new Set(['from', 'reply-to', 'to', 'date', 'message-id', 'subject', 'content-type', 'mime-version']);

/** The outbox's one order: newest first (the indexes on (organization_id[, status], created_at DESC, id DESC) match it). */
export const OUTBOX_LIST_SORT: KeysetSort = {
  name: 'created',
  keys: [
    { expression: 'm.created_at', type: 'timestamptz', descending: true },
    { expression: 'm.id', type: 'uuid', descending: true },
  ],
};

@Injectable()
export class MailService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: MailQueue,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the message to the outbox in the caller's transaction: if the change rolls back,
   * nothing is sent. The mail queue is woken once the transaction commits.
   */
  async enqueue(ctx: RequestContext, mail: OutgoingMail): Promise<OutboxMessage> {
    for (const name of Object.keys(mail.headers ?? {})) {
      if (RESERVED_HEADERS.has(name.toLowerCase())) throw new Error(`Header ${name} is set by the outbox`);
    }
    return this.connection.withTransaction(ctx, async (em) => {
      const message = await em.getRepository(OutboxMessage).save(
        em.getRepository(OutboxMessage).create({
          organizationId: mail.organizationId !== undefined ? mail.organizationId : (ctx.session?.organizationId ?? null),
          kind: mail.kind,
          toAddress: mail.to.address.trim(),
          toName: mail.to.name?.trim() || null,
          fromName: mail.fromName?.replace(/\s+/g, ' ').trim() || null,
          replyToAddress: mail.replyTo?.address.trim() || null,
          replyToName: mail.replyTo?.name?.replace(/\s+/g, ' ').trim() || null,
          locale: mail.locale,
          subject: mail.subject,
          text: mail.text,
          html: mail.html ?? null,
          attachments: mail.attachments ?? [],
          headers: mail.headers ?? {},
          confidential: mail.confidential ?? false,
          bodyPurgedAt: null,
          messageId: `<${randomUUID()}@${mailDomain(this.config.mailFrom)}>`,
          status: OutboxStatus.PENDING,
          attempts: 0,
          nextAttemptAt: this.clock.now(),
        }),
      );
      ctx.afterCommit(() => this.queue.wake());
      return message;
    });
  }

  /** One page of the organization's outbox, newest first, by keyset (outbox_message_organization_idx, or _status_idx with a status). */
  async list(ctx: RequestContext, status: OutboxStatus | undefined, request: PageRequest): Promise<KeysetPage<OutboxMessage> & { total: number }> {
    const qb = this.connection.getRepository(ctx, OutboxMessage).createQueryBuilder('m').where('m.organization_id = :org', { org: ctx.organizationId });
    if (status) qb.andWhere('m.status = :status', { status });
    const page = await readKeysetPage(qb, new Keyset(OUTBOX_LIST_SORT, request));
    return { ...page, total: await countRows(qb) };
  }

  /** Sends a FAILED message again, from its first attempt on. */
  async retry(ctx: RequestContext, id: string): Promise<OutboxMessage> {
    assertId(id, 'Message');
    const repo = this.connection.getRepository(ctx, OutboxMessage);
    const message = await repo.findOne({ where: { id, organizationId: ctx.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!message) throw notFound('Message');
    if (message.status !== OutboxStatus.FAILED) throw conflict('Only a message that failed can be sent again', 'id');
    message.status = OutboxStatus.PENDING;
    message.attempts = 0;
    message.nextAttemptAt = this.clock.now();
    await repo.save(message);
    await this.audit.record(ctx, {
      action: 'mail.retried',
      entityType: 'OutboxMessage',
      entityId: message.id,
      summary: { kind: message.kind, to: message.toAddress, lastError: message.lastError },
    });
    ctx.afterCommit(() => this.queue.wake());
    return message;
  }
}
