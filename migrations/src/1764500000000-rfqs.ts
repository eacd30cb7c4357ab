import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * RFQs, invitations, supplier registration tokens, questions, and sealed quotes (issue 4).
 *
 * Quote content is only ever stored encrypted (AES-256-GCM, `sealed` columns): a read of the
 * tables shows who quoted and when, never what. Submitted revisions are append-only, and an RFQ's
 * criteria, specification and terms cannot change once it is out: the database refuses both.
 */
export class Rfqs1764500000000 implements MigrationInterface {
  name = 'Rfqs1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await this.rfqs(q);
    await this.rfqFreezeAndInvitations(q);
    await this.questionsAndQuotes(q);
  }

  private async rfqs(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rfq (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 60),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        specification_version_id uuid NOT NULL REFERENCES specification_version(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED')),
        approval text NOT NULL DEFAULT 'NONE' CHECK (approval IN ('NONE', 'REQUESTED', 'APPROVED', 'RETURNED')),
        approval_requested_by uuid REFERENCES app_user(id),
        approval_requested_at timestamptz,
        approval_decided_by uuid REFERENCES app_user(id),
        approval_decided_at timestamptz,
        approval_comment text CHECK (length(approval_comment) <= 2000),
        closes_at timestamptz NOT NULL,
        questions_close_at timestamptz NOT NULL,
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        delivery_terms text NOT NULL DEFAULT '' CHECK (length(delivery_terms) <= 500),
        delivery_date date,
        delivery_address text NOT NULL DEFAULT '' CHECK (length(delivery_address) <= 500),
        payment_terms text NOT NULL DEFAULT '' CHECK (length(payment_terms) <= 500),
        validity_days integer NOT NULL DEFAULT 90 CHECK (validity_days BETWEEN 1 AND 730),
        instructions text NOT NULL DEFAULT '' CHECK (length(instructions) <= 10000),
        criteria jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'array'),
        closing_changes integer NOT NULL DEFAULT 0 CHECK (closing_changes >= 0),
        reminder_sent_for timestamptz,
        published_at timestamptz,
        published_by uuid REFERENCES app_user(id),
        closed_at timestamptz,
        cancelled_at timestamptz,
        cancel_reason text CHECK (length(cancel_reason) <= 2000),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (questions_close_at <= closes_at),
        CHECK (status = 'DRAFT' OR published_at IS NOT NULL OR status = 'CANCELLED'),
        CHECK (status <> 'CLOSED' OR closed_at IS NOT NULL),
        CHECK (status <> 'CANCELLED' OR (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL))
      )`);
    // One live RFQ per case; a cancelled one leaves room for the next.
    await q.query(`CREATE UNIQUE INDEX rfq_one_live_per_case ON rfq (case_id) WHERE status <> 'CANCELLED'`);
    await q.query(`CREATE UNIQUE INDEX rfq_reference_uq ON rfq (organization_id, reference)`);
    await q.query(`CREATE INDEX rfq_organization_idx ON rfq (organization_id, status)`);
    // What the closing sweep asks: published RFQs whose time has come.
    await q.query(`CREATE INDEX rfq_due_idx ON rfq (closes_at) WHERE status = 'PUBLISHED'`);
  }

  private async rfqFreezeAndInvitations(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION rfq_frozen_after_publish() RETURNS trigger LANGUAGE plpgsql AS $$
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
      END $$`);
    await q.query(`
      CREATE TRIGGER rfq_frozen_after_publish BEFORE UPDATE OR DELETE ON rfq
        FOR EACH ROW EXECUTE FUNCTION rfq_frozen_after_publish()`);

    await q.query(`
      CREATE TABLE rfq_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        supplier_name text NOT NULL,
        supplier_organization_id uuid REFERENCES organization(id),
        status text NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT', 'VIEWED', 'DECLINED', 'QUOTED')),
        viewed_at timestamptz,
        declined_at timestamptz,
        decline_reason text CHECK (length(decline_reason) <= 2000),
        quoted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (rfq_id, supplier_id),
        CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX rfq_invitation_supplier_org_idx ON rfq_invitation (supplier_organization_id, created_at DESC)`);
    await q.query(`CREATE INDEX rfq_invitation_supplier_idx ON rfq_invitation (supplier_id)`);

    // The single-use link that lets a supplier without a portal account register (or link an
    // existing account) from the invitation email. Only the SHA-256 of the token is kept.
    await q.query(`
      CREATE TABLE supplier_portal_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        invitation_id uuid NOT NULL REFERENCES rfq_invitation(id),
        email text NOT NULL,
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        used_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supplier_portal_token_invitation_idx ON supplier_portal_token (invitation_id)`);
  }

  private async questionsAndQuotes(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rfq_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        invitation_id uuid NOT NULL REFERENCES rfq_invitation(id),
        asked_by uuid NOT NULL REFERENCES app_user(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        asked_at timestamptz NOT NULL DEFAULT now(),
        answer text CHECK (length(answer) <= 8000),
        answered_by uuid REFERENCES app_user(id),
        answered_at timestamptz,
        visibility text NOT NULL DEFAULT 'PRIVATE' CHECK (visibility IN ('PRIVATE', 'PUBLISHED')),
        published_question text CHECK (length(published_question) <= 4000),
        published_at timestamptz,
        CHECK (visibility = 'PRIVATE' OR (answer IS NOT NULL AND published_question IS NOT NULL AND published_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX rfq_question_rfq_idx ON rfq_question (rfq_id, asked_at)`);

    await q.query(`
      CREATE TABLE quote (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        invitation_id uuid NOT NULL UNIQUE REFERENCES rfq_invitation(id),
        supplier_organization_id uuid NOT NULL REFERENCES organization(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
        draft_sealed bytea,
        draft_saved_at timestamptz,
        draft_saved_by uuid REFERENCES app_user(id),
        current_revision integer CHECK (current_revision >= 1),
        submitted_at timestamptz,
        withdrawn_at timestamptz,
        withdraw_reason text CHECK (length(withdraw_reason) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'SUBMITTED' OR (current_revision IS NOT NULL AND submitted_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX quote_rfq_idx ON quote (rfq_id)`);
    await q.query(`CREATE INDEX quote_supplier_org_idx ON quote (supplier_organization_id)`);
    await q.query(`
      CREATE TABLE quote_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        quote_id uuid NOT NULL REFERENCES quote(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        revision integer NOT NULL CHECK (revision >= 1),
        sealed bytea NOT NULL,
        content_sha256 char(64) NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        submitted_by uuid NOT NULL REFERENCES app_user(id),
        UNIQUE (quote_id, revision)
      )`);
    await q.query(`
      CREATE TRIGGER quote_revision_append_only BEFORE UPDATE OR DELETE ON quote_revision
        FOR EACH ROW EXECUTE FUNCTION purchasing_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE quote_revision`);
    await q.query(`DROP TABLE quote`);
    await q.query(`DROP TABLE rfq_question`);
    await q.query(`DROP TABLE supplier_portal_token`);
    await q.query(`DROP TABLE rfq_invitation`);
    await q.query(`DROP TABLE rfq`);
    await q.query(`DROP FUNCTION rfq_frozen_after_publish()`);
  }
}
