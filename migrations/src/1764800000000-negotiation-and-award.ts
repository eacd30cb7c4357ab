import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 5, the rest of steps 4 and 5: two-envelope evaluation, negotiation rounds (best and final
 * offers), award proposals with their approvals, the organization's approval policy, and delivery
 * performance recorded against an award.
 *
 * What must never be rewritten is kept by the database itself: rounds, round revisions, proposals'
 * content and approvals are append-only (a proposal only ever changes its status, once, from
 * PENDING); one PENDING proposal per case; one decision per approver and proposal.
 */
/** The freeze of 1764500000000-rfqs, restored by `down`. */
const PREVIOUS_RFQ_FREEZE = `
  CREATE OR REPLACE FUNCTION rfq_frozen_after_publish() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'rfq rows are kept: DELETE refused' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.status <> 'DRAFT' AND (
         NEW.criteria IS DISTINCT FROM OLD.criteria
      OR NEW.specification_version_id IS DISTINCT FROM OLD.specification_version_id
      OR NEW.currency IS DISTINCT FROM OLD.currency
      OR NEW.title IS DISTINCT FROM OLD.title
      OR NEW.description IS DISTINCT FROM OLD.description
      OR NEW.delivery_terms IS DISTINCT FROM OLD.delivery_terms
      OR NEW.delivery_date IS DISTINCT FROM OLD.delivery_date
      OR NEW.delivery_address IS DISTINCT FROM OLD.delivery_address
      OR NEW.payment_terms IS DISTINCT FROM OLD.payment_terms
      OR NEW.validity_days IS DISTINCT FROM OLD.validity_days
      OR NEW.instructions IS DISTINCT FROM OLD.instructions
      OR NEW.case_id IS DISTINCT FROM OLD.case_id
      OR NEW.organization_id IS DISTINCT FROM OLD.organization_id) THEN
      RAISE EXCEPTION 'rfq %: terms and criteria are frozen once published', OLD.reference USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.status IN ('CLOSED', 'CANCELLED') AND NEW.status IS DISTINCT FROM OLD.status THEN
      RAISE EXCEPTION 'rfq %: % is final', OLD.reference, OLD.status USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.status = 'PUBLISHED' AND NEW.closes_at < OLD.closes_at THEN
      RAISE EXCEPTION 'rfq %: the closing time can only move later', OLD.reference USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END $$`;

export class NegotiationAndAward1764800000000 implements MigrationInterface {
  name = 'NegotiationAndAward1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await this.twoEnvelopesAndRounds(q);
    await this.roundGuardsAndProposals(q);
    await this.awardLinesAndApprovals(q);
  }

  private async twoEnvelopesAndRounds(q: QueryRunner): Promise<void> {
    // ---- two envelopes -------------------------------------------------------------------------
    await q.query(`ALTER TABLE rfq ADD COLUMN two_envelope boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE rfq ADD COLUMN technical_locked_at timestamptz`);
    await q.query(`ALTER TABLE rfq ADD COLUMN technical_locked_by uuid REFERENCES app_user(id)`);
    // The two-envelope choice freezes with the other terms; the lock is set once and stays.
    await q.query(`
      CREATE OR REPLACE FUNCTION rfq_frozen_after_publish() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'rfq rows are kept: DELETE refused' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status <> 'DRAFT' AND (
             NEW.criteria IS DISTINCT FROM OLD.criteria
          OR NEW.specification_version_id IS DISTINCT FROM OLD.specification_version_id
          OR NEW.currency IS DISTINCT FROM OLD.currency
          OR NEW.title IS DISTINCT FROM OLD.title
          OR NEW.description IS DISTINCT FROM OLD.description
          OR NEW.delivery_terms IS DISTINCT FROM OLD.delivery_terms
          OR NEW.delivery_date IS DISTINCT FROM OLD.delivery_date
          OR NEW.delivery_address IS DISTINCT FROM OLD.delivery_address
          OR NEW.payment_terms IS DISTINCT FROM OLD.payment_terms
          OR NEW.validity_days IS DISTINCT FROM OLD.validity_days
          OR NEW.instructions IS DISTINCT FROM OLD.instructions
          OR NEW.two_envelope IS DISTINCT FROM OLD.two_envelope
          OR NEW.case_id IS DISTINCT FROM OLD.case_id
          OR NEW.organization_id IS DISTINCT FROM OLD.organization_id) THEN
          RAISE EXCEPTION 'rfq %: terms and criteria are frozen once published', OLD.reference USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status IN ('CLOSED', 'CANCELLED') AND NEW.status IS DISTINCT FROM OLD.status THEN
          RAISE EXCEPTION 'rfq %: % is final', OLD.reference, OLD.status USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status = 'PUBLISHED' AND NEW.closes_at < OLD.closes_at THEN
          RAISE EXCEPTION 'rfq %: the closing time can only move later', OLD.reference USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.technical_locked_at IS NOT NULL AND (NEW.technical_locked_at IS DISTINCT FROM OLD.technical_locked_at
             OR NEW.technical_locked_by IS DISTINCT FROM OLD.technical_locked_by) THEN
          RAISE EXCEPTION 'rfq %: the technical scores are locked for good', OLD.reference USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);

    // ---- negotiation ---------------------------------------------------------------------------
    await q.query(`
      CREATE TABLE negotiation_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        number integer NOT NULL CHECK (number >= 1),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 5000),
        -- [{ lineKey, unitPrice }] in the case currency; empty when the buyer sets no targets.
        targets jsonb NOT NULL DEFAULT '[]'::jsonb,
        closes_at timestamptz NOT NULL,
        opened_by uuid NOT NULL REFERENCES app_user(id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        -- Set when the buyer ends the round before its deadline.
        ended_at timestamptz,
        ended_by uuid REFERENCES app_user(id),
        UNIQUE (rfq_id, number)
      )`);
    await q.query(`CREATE INDEX negotiation_round_case_idx ON negotiation_round (case_id)`);
    await q.query(`
      CREATE TABLE negotiation_round_invitation (
        round_id uuid NOT NULL REFERENCES negotiation_round(id),
        invitation_id uuid NOT NULL REFERENCES rfq_invitation(id),
        PRIMARY KEY (round_id, invitation_id)
      )`);
    await q.query(`CREATE INDEX negotiation_round_invitation_inv_idx ON negotiation_round_invitation (invitation_id)`);
  }

  private async roundGuardsAndProposals(q: QueryRunner): Promise<void> {
    // A round only ever gets ended, once; nothing else about it changes.
    await q.query(`
      CREATE FUNCTION negotiation_round_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL
           AND (to_jsonb(NEW) - 'ended_at' - 'ended_by') = (to_jsonb(OLD) - 'ended_at' - 'ended_by') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'negotiation rounds are kept: only ending an open round is allowed, % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER negotiation_round_kept BEFORE UPDATE OR DELETE ON negotiation_round
        FOR EACH ROW EXECUTE FUNCTION negotiation_round_kept()`);
    await q.query(`
      CREATE TRIGGER negotiation_round_invitation_append_only BEFORE UPDATE OR DELETE ON negotiation_round_invitation
        FOR EACH ROW EXECUTE FUNCTION purchasing_append_only()`);
    // A revision submitted in a round names it: sealed to the buyer until the round is over.
    await q.query(`ALTER TABLE quote_revision ADD COLUMN round_id uuid REFERENCES negotiation_round(id)`);

    // ---- approval policy -----------------------------------------------------------------------
    await q.query(`
      CREATE TABLE approval_policy (
        organization_id uuid PRIMARY KEY REFERENCES organization(id),
        mode text NOT NULL CHECK (mode IN ('SEQUENTIAL', 'PARALLEL')),
        -- [{ upTo, deciders, gatekeeper }], ascending, the last open-ended (checked by the API).
        tiers jsonb NOT NULL,
        -- { IMPORTANCE_CLASS: { deciders, gatekeeper } }
        by_importance jsonb NOT NULL DEFAULT '{}'::jsonb,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // ---- award proposals and approvals ---------------------------------------------------------
    await q.query(`
      CREATE TABLE award_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED', 'WITHDRAWN')),
        currency char(3) NOT NULL,
        total_value numeric(18, 2) NOT NULL CHECK (total_value >= 0),
        justification text,
        -- The ranking's first place when proposed, and whether the proposal follows it.
        top_ranked_invitation_id uuid REFERENCES rfq_invitation(id),
        follows_ranking boolean NOT NULL,
        -- The ranking, scores and totals the proposal was made on (for the decision record).
        evaluation_snapshot jsonb NOT NULL DEFAULT '{}'::jsonb,
        importance text NOT NULL,
        approval_mode text NOT NULL CHECK (approval_mode IN ('SEQUENTIAL', 'PARALLEL')),
        -- The route: ['DECIDER', 'DECIDER', 'GATEKEEPER'], fixed when proposed.
        approval_steps jsonb NOT NULL,
        proposed_by uuid NOT NULL REFERENCES app_user(id),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decision_reason text,
        UNIQUE (case_id, version)
      )`);
    await q.query(`CREATE UNIQUE INDEX award_proposal_one_pending ON award_proposal (case_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX award_proposal_org_status_idx ON award_proposal (organization_id, status)`);
  }

  private async awardLinesAndApprovals(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION award_proposal_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = 'PENDING' AND NEW.status <> 'PENDING'
           AND (to_jsonb(NEW) - 'status' - 'decided_at' - 'decision_reason') = (to_jsonb(OLD) - 'status' - 'decided_at' - 'decision_reason') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'award proposals are kept: only deciding a pending proposal is allowed, % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER award_proposal_kept BEFORE UPDATE OR DELETE ON award_proposal
        FOR EACH ROW EXECUTE FUNCTION award_proposal_kept()`);
    await q.query(`
      CREATE TABLE award_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES award_proposal(id),
        line_key text NOT NULL,
        invitation_id uuid NOT NULL REFERENCES rfq_invitation(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        quantity numeric(18, 4) NOT NULL CHECK (quantity > 0),
        unit_price numeric(18, 4) NOT NULL CHECK (unit_price >= 0),
        total numeric(18, 2) NOT NULL CHECK (total >= 0),
        UNIQUE (proposal_id, line_key)
      )`);
    await q.query(`CREATE INDEX award_line_invitation_idx ON award_line (invitation_id)`);
    await q.query(`
      CREATE TRIGGER award_line_append_only BEFORE UPDATE OR DELETE ON award_line
        FOR EACH ROW EXECUTE FUNCTION purchasing_append_only()`);
    await q.query(`
      CREATE TABLE award_approval (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        proposal_id uuid NOT NULL REFERENCES award_proposal(id),
        approver_id uuid NOT NULL REFERENCES app_user(id),
        role text NOT NULL CHECK (role IN ('DECIDER', 'GATEKEEPER')),
        decision text NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
        comment text,
        decided_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (proposal_id, approver_id)
      )`);
    await q.query(`
      CREATE TRIGGER award_approval_append_only BEFORE UPDATE OR DELETE ON award_approval
        FOR EACH ROW EXECUTE FUNCTION purchasing_append_only()`);

    // ---- delivery performance against the award ------------------------------------------------
    await q.query(`ALTER TABLE supplier_performance_event ADD COLUMN award_proposal_id uuid REFERENCES award_proposal(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supplier_performance_event DROP COLUMN award_proposal_id`);
    await q.query(`DROP TABLE award_approval`);
    await q.query(`DROP TABLE award_line`);
    await q.query(`DROP TABLE award_proposal`);
    await q.query(`DROP FUNCTION award_proposal_kept()`);
    await q.query(`DROP TABLE approval_policy`);
    await q.query(`ALTER TABLE quote_revision DROP COLUMN round_id`);
    await q.query(`DROP TABLE negotiation_round_invitation`);
    await q.query(`DROP TABLE negotiation_round`);
    await q.query(`DROP FUNCTION negotiation_round_kept()`);
    await q.query(PREVIOUS_RFQ_FREEZE);
    await q.query(`ALTER TABLE rfq DROP COLUMN technical_locked_by`);
    await q.query(`ALTER TABLE rfq DROP COLUMN technical_locked_at`);
    await q.query(`ALTER TABLE rfq DROP COLUMN two_envelope`);
  }
}
