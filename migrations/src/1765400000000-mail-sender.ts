import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, emails every recipient can act on: an email names the buying organization in its From
 * (the address stays the configured sender, whose domain is authorised to send) and answers go to
 * the responsible buyer (Reply-To), both fixed when the email is written, like its Message-ID.
 */
export class MailSender1765400000000 implements MigrationInterface {
  name = 'MailSender1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message
      ADD COLUMN from_name text,
      ADD COLUMN reply_to_address text,
      ADD COLUMN reply_to_name text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message DROP COLUMN from_name, DROP COLUMN reply_to_address, DROP COLUMN reply_to_name`);
  }
}
