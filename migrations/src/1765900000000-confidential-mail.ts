import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail about a supplier's own sealed quote (its receipt with the nonce, its withdrawal) is
 * confidential: once the mail server has taken it, the outbox keeps only what it was (kind,
 * recipient, subject, status, times), not its body, HTML or attachments. Receipts and withdrawals
 * sent before are purged now.
 */
export class ConfidentialMail1765900000000 implements MigrationInterface {
  name = 'ConfidentialMail1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message ADD COLUMN confidential boolean NOT NULL DEFAULT false, ADD COLUMN body_purged_at timestamptz`);
    await q.query(`UPDATE outbox_message SET confidential = true WHERE kind IN ('quote.receipt', 'quote.withdrawn')`);
    await q.query(`
      UPDATE outbox_message SET text_body = '', html_body = NULL, attachments = '[]'::jsonb, body_purged_at = now()
       WHERE confidential AND status = 'SENT'`);
    await q.query(`
      ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_purged_body_empty
        CHECK (body_purged_at IS NULL OR (text_body = '' AND html_body IS NULL AND attachments = '[]'::jsonb))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_purged_body_empty`);
    await q.query(`ALTER TABLE outbox_message DROP COLUMN body_purged_at, DROP COLUMN confidential`);
  }
}
