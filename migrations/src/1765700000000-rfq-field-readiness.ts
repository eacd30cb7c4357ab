import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, RFQ closing and publishing, the supplier portal:
 * - the purchasing policy's minimum bidding period per purchase type (days between publishing and
 *   the closing time), and the buyer's written justification of a shorter one on the RFQ;
 * - who closed an RFQ early (every invitee had quoted or declined);
 * - when a supplier took back its decline (the buyer sees it).
 */
export class RfqFieldReadiness1765700000000 implements MigrationInterface {
  name = 'RfqFieldReadiness1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE purchasing_policy
        ADD COLUMN min_bidding_days_new_task integer NOT NULL DEFAULT 10 CHECK (min_bidding_days_new_task BETWEEN 0 AND 90),
        ADD COLUMN min_bidding_days_modified_rebuy integer NOT NULL DEFAULT 5 CHECK (min_bidding_days_modified_rebuy BETWEEN 0 AND 90),
        ADD COLUMN min_bidding_days_straight_rebuy integer NOT NULL DEFAULT 3 CHECK (min_bidding_days_straight_rebuy BETWEEN 0 AND 90)`);
    await q.query(`ALTER TABLE rfq ADD COLUMN short_period_justification text CHECK (length(short_period_justification) BETWEEN 1 AND 2000)`);
    await q.query(`ALTER TABLE rfq ADD COLUMN closed_early_by uuid REFERENCES app_user(id)`);
    await q.query(`ALTER TABLE rfq_invitation ADD COLUMN decline_withdrawn_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rfq_invitation DROP COLUMN decline_withdrawn_at`);
    await q.query(`ALTER TABLE rfq DROP COLUMN closed_early_by`);
    await q.query(`ALTER TABLE rfq DROP COLUMN short_period_justification`);
    await q.query(`
      ALTER TABLE purchasing_policy
        DROP COLUMN min_bidding_days_new_task,
        DROP COLUMN min_bidding_days_modified_rebuy,
        DROP COLUMN min_bidding_days_straight_rebuy`);
  }
}
