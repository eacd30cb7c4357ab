import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock } from '@bc/api/core';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { mailAddress } from './mail-address';

/** How long a claimed message is left to its sender before another run may claim it again (a send takes at most ~50 s: connect, greeting and socket time-outs). */
export const CLAIM_LEASE_MS = 2 * 60 * 1000;
const BATCH = 20;

/**
 * A confidential message once sent keeps its metadata (kind, recipient, subject, status, times) and
 * nothing of what it said: the mail server has it, the outbox need not. Done in the step that
 * records the send, so no sent confidential body stays committed.
 */
export function purgeBody(message: OutboxMessage, now: Date): void {
  message.text = '';
  message.html = null;
  message.attachments = [];
  message.bodyPurgedAt = now;
}

/** The delay before attempt `attempts + 1`: base, 2×, 4× … up to `maxMs`. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
}

/** How a send ended, as far as the outbox cares. */
export type SendOutcome = { sent: true } | { sent: false; error: string; kind: 'permanent' | 'unreachable' | 'transient' };

/**
 * Sorts a nodemailer error: a 5xx answer is the server's final word on this message (unknown
 * mailbox, refused content); a connection that never came up (refused, DNS, the greeting) means the
 * server is away, not that the message is wrong, so it never uses up the message's attempts;
 * everything else may have reached the server and counts.
 */
export function outcomeOf(e: unknown): SendOutcome {
  const error = e as Error & { responseCode?: number; code?: string; command?: string };
  const message = String(error?.message ?? error).slice(0, 1000);
  if (typeof error?.responseCode === 'number' && error.responseCode >= 500) return { sent: false, error: message, kind: 'permanent' };
  if (error?.command === 'CONN' || error?.code === 'EDNS') return { sent: false, error: message, kind: 'unreachable' };
  return { sent: false, error: message, kind: 'transient' };
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
 * Sends the outbox over SMTP in three steps, each its own commit, so that neither a crash nor a
 * database restart sends a message twice behind the outbox's back:
 *
 * 1. **Claim**: one due message is taken with `FOR UPDATE SKIP LOCKED`, its attempt is counted and
 *    it is leased (`claimed_at`, and not due again for `CLAIM_LEASE_MS`); committed before a byte
 *    goes to the server. Several instances never claim the same message.
 * 2. **Send** over SMTP, outside any transaction: no row lock or connection is held meanwhile.
 * 3. **Record** `SENT` (purging a confidential body) or the error and the next attempt, only if the
 *    claim is still this run's.
 *
 * A crash between 2 and 3 leaves the claim unrecorded: once its lease runs out the message is sent
 * again, once, with the same Message-ID. A message whose claims keep ending that way uses up its
 * attempts like any other and ends `FAILED`, shown to admins, instead of being retried for ever.
 * When it runs is MailQueue's business (pg-boss). Without SMTP_URL it does nothing.
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
    while (handled < limit) {
      const claimed = await this.claim();
      if (!claimed) break;
      handled += 1;
      if (claimed.status !== OutboxStatus.PENDING) continue;
      const outcome = await this.deliver(claimed);
      await this.record(claimed, outcome);
      // The server is away: the rest of the batch would only use up their own claims.
      if (!outcome.sent && outcome.kind === 'unreachable') break;
    }
    return handled;
  }

  /**
   * Step 1: claims the next due message and counts its attempt, committed. A message whose last
   * claim was never recorded and that has no attempt left is marked FAILED here instead.
   */
  async claim(): Promise<OutboxMessage | null> {
    return this.dataSource.transaction(async (em) => {
      const now = this.clock.now();
      const [row] = (await em.query(
        `SELECT id FROM outbox_message
          WHERE status = 'PENDING' AND next_attempt_at <= $1
          ORDER BY next_attempt_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
        [now],
      )) as Array<{ id: string }>;
      if (!row) return null;
      const repo = em.getRepository(OutboxMessage);
      const message = await repo.findOneByOrFail({ id: row.id });
      if (message.claimedAt && message.attempts >= this.config.mailMaxAttempts) {
        message.status = OutboxStatus.FAILED;
        message.lastError = `No result was recorded for attempt ${message.attempts} (claimed ${message.claimedAt.toISOString()}); stopped after ${message.attempts} attempts`;
        message.claimedAt = null;
        this.logger.error({ messageId: message.id, kind: message.kind, attempts: message.attempts }, 'email failed: its sends never finished');
        return repo.save(message);
      }
      message.attempts += 1;
      message.claimedAt = now;
      message.nextAttemptAt = new Date(now.getTime() + CLAIM_LEASE_MS);
      return repo.save(message);
    });
  }

  /** Step 2: hands the claimed message to the SMTP server; never throws. */
  async deliver(message: OutboxMessage): Promise<SendOutcome> {
    try {
      await this.send(message);
      return { sent: true };
    } catch (e) {
      return outcomeOf(e);
    }
  }

  /** Step 3: records how the claimed send ended, committed; does nothing if the claim is no longer this run's (its lease ran out and another run claimed it). */
  async record(claimed: OutboxMessage, outcome: SendOutcome): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(OutboxMessage);
      const message = await repo.findOne({ where: { id: claimed.id }, lock: { mode: 'pessimistic_write' } });
      if (!message || message.status !== OutboxStatus.PENDING || message.attempts !== claimed.attempts) return;
      const now = this.clock.now();
      message.claimedAt = null;
      if (outcome.sent) {
        message.status = OutboxStatus.SENT;
        message.sentAt = now;
        message.lastError = null;
        if (message.confidential) purgeBody(message, now);
      } else {
        message.lastError = outcome.error;
        const outOfAttempts = outcome.kind === 'transient' && message.attempts >= this.config.mailMaxAttempts;
        if (outcome.kind === 'permanent' || outOfAttempts) {
          message.status = OutboxStatus.FAILED;
          this.logger.error({ messageId: message.id, kind: message.kind, attempts: message.attempts, error: message.lastError }, 'email failed');
        } else {
          message.nextAttemptAt = new Date(now.getTime() + backoffMs(message.attempts, this.config.mailRetryBaseMs, this.config.mailRetryMaxMs));
          this.logger.warn({ messageId: message.id, attempts: message.attempts, error: message.lastError }, 'email not sent, will retry');
        }
      }
      await repo.save(message);
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
