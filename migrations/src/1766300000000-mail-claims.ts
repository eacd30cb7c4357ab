import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail worker claims a message (and counts the attempt) in a commit of its own before it
 * talks to the SMTP server, and records the result in another: `claimed_at` is set between the
 * two, so a claim that was never recorded (the sender died mid-send) can be told apart.
 */
export class MailClaims1766300000000 implements MigrationInterface {
  name = 'MailClaims1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message ADD COLUMN claimed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message DROP COLUMN claimed_at`);
  }
}
