import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live reverse auctions after the sealed round (issue 15): the auction and its settings, its
 * participants (suppliers with a submitted quote, their starting and current prices) and its bids
 * (append-only, one sequence per auction). Settings are frozen once the gatekeeper has approved
 * them (the trigger lets only the auction's course change: status, end time, counters).
 */
export class Auctions1766700000000 implements MigrationInterface {
  name = 'Auctions1766700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        status text NOT NULL CHECK (status IN ('SCHEDULED', 'APPROVED', 'RUNNING', 'ENDED', 'CANCELLED')),
        currency char(3) NOT NULL,
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
        bid_on text NOT NULL CHECK (bid_on IN ('TOTAL', 'LINE')),
        decrement_kind text NOT NULL CHECK (decrement_kind IN ('PERCENT', 'AMOUNT')),
        decrement numeric(16,4) NOT NULL CHECK (decrement > 0),
        soft_close_minutes integer NOT NULL CHECK (soft_close_minutes >= 0),
        extension_minutes integer NOT NULL CHECK (extension_minutes >= 0),
        cap_at timestamptz,
        visibility text NOT NULL CHECK (visibility IN ('RANK', 'LEADING_SCORE', 'BEST_PRICE', 'NONE')),
        ranking text NOT NULL CHECK (ranking IN ('PRICE', 'TOTAL_SCORE')),
        -- The RFQ's criteria, as ranked on (TOTAL_SCORE), frozen with the settings.
        criteria jsonb NOT NULL,
        -- The current end: starts_at + duration, moved by soft close, never past cap_at.
        ends_at timestamptz NOT NULL,
        scheduled_by uuid NOT NULL REFERENCES app_user(id),
        scheduled_at timestamptz NOT NULL,
        approved_by uuid REFERENCES app_user(id),
        approved_at timestamptz,
        started_at timestamptz,
        ended_at timestamptz,
        cancelled_by uuid REFERENCES app_user(id),
        cancelled_at timestamptz,
        cancel_reason text,
        bid_count integer NOT NULL DEFAULT 0,
        extensions integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (cap_at IS NULL OR cap_at >= starts_at + make_interval(mins => duration_minutes))
      )`);
    await q.query(`CREATE INDEX auction_case_idx ON auction (case_id)`);
    // One live auction per RFQ.
    await q.query(`CREATE UNIQUE INDEX auction_live_rfq_idx ON auction (rfq_id) WHERE status IN ('SCHEDULED', 'APPROVED', 'RUNNING')`);
    // The end sweep's look-up.
    await q.query(`CREATE INDEX auction_due_idx ON auction (ends_at) WHERE status IN ('APPROVED', 'RUNNING')`);
    await q.query(`
      CREATE FUNCTION auction_settings_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE course text[] := ARRAY['status', 'ends_at', 'approved_by', 'approved_at', 'started_at', 'ended_at', 'cancelled_by', 'cancelled_at', 'cancel_reason', 'bid_count', 'extensions'];
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - course) = (to_jsonb(OLD) - course) AND OLD.status NOT IN ('ENDED', 'CANCELLED') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'auction settings are frozen and auctions are kept: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER auction_settings_frozen BEFORE UPDATE OR DELETE ON auction FOR EACH ROW EXECUTE FUNCTION auction_settings_frozen()`);
    await this.participantsAndBids(q);
  }

  private async participantsAndBids(q: QueryRunner): Promise<void> {

    await q.query(`
      CREATE TABLE auction_participant (
        auction_id uuid NOT NULL REFERENCES auction(id),
        invitation_id uuid NOT NULL REFERENCES rfq_invitation(id),
        quote_id uuid NOT NULL REFERENCES quote(id),
        supplier_organization_id uuid NOT NULL REFERENCES organization(id),
        supplier_name text NOT NULL,
        -- The sealed quote's total and unit prices: the starting price.
        starting_amount numeric(18,2) NOT NULL,
        -- The last bid's (or the sealed quote's) total and lines [{ lineKey, unitPrice, quantity }].
        current_amount numeric(18,2) NOT NULL,
        current_lines jsonb NOT NULL,
        -- The evaluation's non-price scores { criterionKey: score }, held fixed.
        fixed_scores jsonb NOT NULL,
        bids integer NOT NULL DEFAULT 0,
        PRIMARY KEY (auction_id, invitation_id)
      )`);
    await q.query(`CREATE INDEX auction_participant_supplier_idx ON auction_participant (supplier_organization_id)`);

    await q.query(`
      CREATE TABLE auction_bid (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        auction_id uuid NOT NULL REFERENCES auction(id),
        invitation_id uuid NOT NULL REFERENCES rfq_invitation(id),
        sequence integer NOT NULL CHECK (sequence >= 1),
        amount numeric(18,2) NOT NULL CHECK (amount > 0),
        lines jsonb NOT NULL,
        -- The quote revision the bid is, and its receipt hash.
        quote_revision integer NOT NULL,
        receipt_sha256 char(64) NOT NULL,
        received_at timestamptz NOT NULL,
        placed_by uuid NOT NULL REFERENCES app_user(id),
        -- The auction's end after this bid; extended when the bid moved it (soft close).
        ends_at_after timestamptz NOT NULL,
        extended boolean NOT NULL,
        UNIQUE (auction_id, sequence)
      )`);
    await q.query(`CREATE INDEX auction_bid_bidder_idx ON auction_bid (auction_id, invitation_id, sequence)`);
    await q.query(`CREATE TRIGGER auction_bid_append_only BEFORE UPDATE OR DELETE ON auction_bid FOR EACH ROW EXECUTE FUNCTION purchasing_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE auction_bid`);
    await q.query(`DROP TABLE auction_participant`);
    await q.query(`DROP TABLE auction`);
    await q.query(`DROP FUNCTION auction_settings_frozen()`);
  }
}
