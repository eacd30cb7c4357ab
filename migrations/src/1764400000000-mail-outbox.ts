import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The email outbox: a message is written in the same transaction as the change it reports, so a
 * rolled-back change sends nothing, and a worker sends it later with retries, so a mail server
 * outage loses nothing. The Message-ID is fixed when the message is written: a retry after a
 * send whose outcome was unknown carries the same id, and receivers can drop the duplicate.
 */
export class MailOutbox1764400000000 implements MigrationInterface {
  name = 'MailOutbox1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid REFERENCES organization(id),
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
        to_address text NOT NULL CHECK (length(to_address) BETWEEN 3 AND 320 AND to_address LIKE '%_@_%'),
        to_name text CHECK (length(to_name) <= 200),
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'de')),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
        text_body text NOT NULL,
        html_body text,
        attachments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attachments) = 'array'),
        headers jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(headers) = 'object'),
        message_id text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz CHECK (status <> 'SENT' OR sent_at IS NOT NULL),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The worker's question: what is due now. Only pending rows are in this index.
    await q.query(`CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX outbox_message_organization_idx ON outbox_message (organization_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_message`);
  }
}
