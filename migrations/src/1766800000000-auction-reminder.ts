import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The auction's reminder before its start (issue 15): `reminded_at` is set by the one guarded
 * UPDATE that sends it, so the reminder goes out once however often its job runs. It is part of
 * the auction's course, not of its settings: the frozen-settings trigger lets it change.
 */
export class AuctionReminder1766800000000 implements MigrationInterface {
  name = 'AuctionReminder1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auction ADD COLUMN reminded_at timestamptz`);
    await this.frozen(q, ['reminded_at']);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.frozen(q, []);
    await q.query(`ALTER TABLE auction DROP COLUMN reminded_at`);
  }

  /** The trigger function of 1766700000000-auctions with more columns of the course. */
  private async frozen(q: QueryRunner, more: string[]): Promise<void> {
    const course = ['status', 'ends_at', 'approved_by', 'approved_at', 'started_at', 'ended_at', 'cancelled_by', 'cancelled_at', 'cancel_reason', 'bid_count', 'extensions', ...more];
    await q.query(`
      CREATE OR REPLACE FUNCTION auction_settings_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE course text[] := ARRAY[${course.map((c) => `'${c}'`).join(', ')}];
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - course) = (to_jsonb(OLD) - course) AND OLD.status NOT IN ('ENDED', 'CANCELLED') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'auction settings are frozen and auctions are kept: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }
}
