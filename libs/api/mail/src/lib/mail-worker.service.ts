import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock } from '@bc/api/core';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { mailAddress } from './mail-address';

/** After this many failed attempts a message is FAILED; an admin may send it again. */
export const MAX_ATTEMPTS = 10;
const MAX_BACKOFF_MS = 60 * 60 * 1000;
const BATCH = 20;

/**
 * A confidential message once sent keeps its metadata (kind, recipient, subject, status, times) and
 * nothing of what it said: the mail server has it, the outbox need not. Done in the sending
 * transaction, so no sent confidential body is ever committed.
 */
export function purgeBody(message: OutboxMessage, now: Date): void {
  message.text = '';
  message.html = null;
  message.attachments = [];
  message.bodyPurgedAt = now;
}

/** The delay before attempt `attempts + 1`: base, 2×, 4× … up to an hour. */
export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/** SMTP settings from `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://` (TLS from the start). */
export function smtpOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

/**
 * Sends the outbox over SMTP. Each message is claimed with `FOR UPDATE SKIP LOCKED` in its own
 * transaction that stays open while it is sent, so several instances never send the same
 * message; if the process dies mid-send the lock goes with it and the message is tried again
 * (with the same Message-ID). When it runs is MailQueue's business (pg-boss). Without SMTP_URL
 * it does nothing: mail waits in the outbox.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MailWorker');
  private transport?: Transporter;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.smtpUrl) this.logger.warn('SMTP_URL is not set: emails stay in the outbox until it is');
  }

  onModuleDestroy(): void {
    this.stopped = true;
    this.transport?.close();
  }

  /** Sends batches until no due message is left (or the application stops). */
  async drain(): Promise<void> {
    while (!this.stopped && (await this.runOnce()) === BATCH);
  }

  /** Sends up to a batch of due messages; returns how many it handled. Public for tests. */
  async runOnce(limit = BATCH): Promise<number> {
    if (!this.config.smtpUrl) return 0;
    let handled = 0;
    while (handled < limit && (await this.sendNext())) handled += 1;
    return handled;
  }

  private async sendNext(): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const [row] = (await em.query(
        `SELECT id FROM outbox_message
          WHERE status = 'PENDING' AND next_attempt_at <= $1
          ORDER BY next_attempt_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
        [this.clock.now()],
      )) as Array<{ id: string }>;
      if (!row) return false;
      const repo = em.getRepository(OutboxMessage);
      const message = await repo.findOneByOrFail({ id: row.id });
      message.attempts += 1;
      try {
        await this.send(message);
        message.status = OutboxStatus.SENT;
        message.sentAt = this.clock.now();
        message.lastError = null;
        if (message.confidential) purgeBody(message, message.sentAt);
      } catch (e) {
        const error = e as Error & { responseCode?: number };
        // A 5xx answer is the server's final word on this message (unknown mailbox, refused content).
        const permanent = typeof error.responseCode === 'number' && error.responseCode >= 500;
        message.lastError = String(error.message ?? error).slice(0, 1000);
        if (permanent || message.attempts >= MAX_ATTEMPTS) {
          message.status = OutboxStatus.FAILED;
          this.logger.error({ messageId: message.id, kind: message.kind, attempts: message.attempts, error: message.lastError }, 'email failed');
        } else {
          message.nextAttemptAt = new Date(this.clock.nowMs() + backoffMs(message.attempts, this.config.mailRetryBaseMs));
          this.logger.warn({ messageId: message.id, attempts: message.attempts, error: message.lastError }, 'email not sent, will retry');
        }
      }
      await repo.save(message);
      return true;
    });
  }

  private async send(message: OutboxMessage): Promise<void> {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set');
    this.transport ??= createTransport(smtpOptions(this.config.smtpUrl));
    await this.transport.sendMail({
      // The organization's name with our own address: SPF and DKIM stay aligned with MAIL_FROM's domain.
      from: message.fromName ? { name: message.fromName, address: mailAddress(this.config.mailFrom) } : this.config.mailFrom,
      replyTo: message.replyToAddress ? { name: message.replyToName ?? '', address: message.replyToAddress } : undefined,
      to: message.toName ? { name: message.toName, address: message.toAddress } : message.toAddress,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
      messageId: message.messageId,
      date: this.clock.now(),
      headers: { 'Content-Language': message.locale, 'Auto-Submitted': 'auto-generated', ...message.headers },
      attachments: message.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.encoding === 'base64' ? Buffer.from(a.content, 'base64') : a.content,
      })),
    });
  }
}
