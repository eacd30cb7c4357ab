import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Domain events, written in the transaction of the change they report and handled after it
 * commits (mail, notifications): `handled_at` is set in the handlers' own transaction, so an
 * event is handled once; one whose handler failed waits for `next_attempt_at`.
 */
export class DomainEvents1766200000000 implements MigrationInterface {
  name = 'DomainEvents1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE domain_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        payload jsonb NOT NULL,
        actor jsonb,
        request_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        handled_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);
    await q.query(`CREATE INDEX domain_event_waiting ON domain_event (next_attempt_at) WHERE handled_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE domain_event`);
  }
}
