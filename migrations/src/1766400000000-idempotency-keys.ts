import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of changes (the `Idempotency-Key` header): claimed in the change's own
 * transaction, with the first answer, for 24 hours. Scoped to the user and the operation.
 */
export class IdempotencyKeys1766400000000 implements MigrationInterface {
  name = 'IdempotencyKeys1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        operation text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        answer text,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, operation, key)
      )`);
    await q.query(`CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
