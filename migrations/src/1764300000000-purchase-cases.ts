import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Purchase cases from need to approved shortlist: needs, cases with their team, conflict
 * declarations and stage history, versioned specifications, shortlists with their reviews, and
 * the organization's purchasing policy. Builds on the supplier directory (cpv_code, supplier,
 * stored_file of 1764200000000).
 *
 * What must never be rewritten is guarded by the database itself: stage history, conflict
 * declarations and shortlist reviews are append-only; a specification version's content never
 * changes and its status only goes DRAFT → APPROVED.
 */
export class PurchaseCases1764300000000 implements MigrationInterface {
  name = 'PurchaseCases1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await this.policyAndNeeds(q);
    await this.casesAndTeams(q);
    await this.specifications(q);
    await this.shortlists(q);
  }

  private async policyAndNeeds(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE FUNCTION purchasing_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await q.query(`
      CREATE TABLE purchasing_policy (
        organization_id uuid PRIMARY KEY REFERENCES organization(id),
        min_suppliers_new_task integer NOT NULL DEFAULT 3 CHECK (min_suppliers_new_task BETWEEN 1 AND 50),
        min_suppliers_modified_rebuy integer NOT NULL DEFAULT 2 CHECK (min_suppliers_modified_rebuy BETWEEN 1 AND 50),
        min_suppliers_straight_rebuy integer NOT NULL DEFAULT 1 CHECK (min_suppliers_straight_rebuy BETWEEN 1 AND 50),
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        requester_id uuid NOT NULL REFERENCES app_user(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        justification text NOT NULL CHECK (length(justification) BETWEEN 1 AND 5000),
        quantity numeric(14,3) CHECK (quantity > 0),
        unit text CHECK (length(unit) <= 20),
        needed_by date,
        estimated_value numeric(16,2) CHECK (estimated_value >= 0),
        currency char(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
        budget_reference text CHECK (length(budget_reference) <= 100),
        category_code char(10) REFERENCES cpv_code(code),
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        decline_reason text CHECK (status <> 'DECLINED' OR length(decline_reason) > 0),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX need_organization_idx ON need (organization_id, status, created_at DESC)`);
    await q.query(`CREATE INDEX need_requester_idx ON need (requester_id, created_at DESC)`);

    // References are numbered per organization and year by an upsert on this row, which
    // serializes concurrent allocations without a table lock.
    await q.query(`
      CREATE TABLE case_reference_counter (
        organization_id uuid NOT NULL REFERENCES organization(id),
        year integer NOT NULL,
        last_number integer NOT NULL,
        PRIMARY KEY (organization_id, year)
      )`);
  }

  private async casesAndTeams(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE purchase_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        reference text NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        category_code char(10) REFERENCES cpv_code(code),
        purchase_type text NOT NULL CHECK (purchase_type IN ('NEW_TASK', 'MODIFIED_REBUY', 'STRAIGHT_REBUY')),
        importance text NOT NULL CHECK (importance IN ('STRATEGIC', 'BOTTLENECK', 'LEVERAGE', 'ROUTINE')),
        estimated_value numeric(16,2) CHECK (estimated_value >= 0),
        currency char(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
        needed_by date,
        budget_reference text CHECK (length(budget_reference) <= 100),
        stage text NOT NULL CHECK (stage IN ('NEED', 'SPECIFICATION', 'SOURCING', 'RFQ', 'EVALUATION', 'NEGOTIATION', 'DECISION', 'AWARDED', 'CANCELLED')),
        cancel_reason text CHECK (stage <> 'CANCELLED' OR length(cancel_reason) > 0),
        source_case_id uuid REFERENCES purchase_case(id),
        need_id uuid UNIQUE REFERENCES need(id),
        -- Set by the award capability of a later issue; a straight rebuy pre-shortlists it.
        awarded_supplier_id uuid REFERENCES supplier(id),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, reference),
        CHECK ((purchase_type = 'NEW_TASK') = (source_case_id IS NULL))
      )`);
    await q.query(`CREATE INDEX purchase_case_board_idx ON purchase_case (organization_id, stage, created_at DESC)`);
    await q.query(`CREATE INDEX purchase_case_source_idx ON purchase_case (source_case_id) WHERE source_case_id IS NOT NULL`);
    // The list's search runs ILIKE on this very expression, which the trigram index serves.
    await q.query(
      `CREATE INDEX purchase_case_search_idx ON purchase_case USING gin ((reference || ' ' || title || ' ' || description) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE case_member (
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        role text NOT NULL CHECK (role IN ('REQUESTER', 'SPECIFIER', 'BUYER', 'GATEKEEPER', 'ADVISOR', 'DECIDER')),
        added_by uuid REFERENCES app_user(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, user_id, role)
      )`);
    await q.query(`CREATE INDEX case_member_user_idx ON case_member (user_id, case_id)`);

    await q.query(`
      CREATE TABLE case_conflict (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        statement text NOT NULL CHECK (length(statement) BETWEEN 1 AND 2000),
        declared_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_conflict_case_idx ON case_conflict (case_id, user_id)`);

    await q.query(`
      CREATE TABLE case_stage_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        from_stage text,
        to_stage text NOT NULL,
        reason text,
        actor_user_id uuid REFERENCES app_user(id),
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX case_stage_change_case_idx ON case_stage_change (case_id, occurred_at)`);
  }

  private async specifications(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE specification_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        version integer NOT NULL CHECK (version > 0),
        status text NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
        note text CHECK (length(note) <= 2000),
        base_version_id uuid REFERENCES specification_version(id),
        -- A rebuy's copy records the version of the earlier case it came from.
        copied_from_version_id uuid REFERENCES specification_version(id),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        approved_by uuid REFERENCES app_user(id),
        approved_at timestamptz,
        UNIQUE (case_id, version),
        CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL))
      )`);
    await q.query(`
      CREATE FUNCTION specification_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = 'DRAFT' AND NEW.status = 'APPROVED'
           AND NEW.case_id = OLD.case_id AND NEW.version = OLD.version
           AND NEW.note IS NOT DISTINCT FROM OLD.note
           AND NEW.base_version_id IS NOT DISTINCT FROM OLD.base_version_id
           AND NEW.copied_from_version_id IS NOT DISTINCT FROM OLD.copied_from_version_id
           AND NEW.created_by = OLD.created_by AND NEW.created_at = OLD.created_at THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'specification_version % is never rewritten (only DRAFT → APPROVED)', OLD.id USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER specification_version_frozen BEFORE UPDATE OR DELETE ON specification_version
        FOR EACH ROW EXECUTE FUNCTION specification_version_frozen()`);

    await q.query(`
      CREATE TABLE specification_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES specification_version(id),
        key uuid NOT NULL,
        position integer NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
        quantity numeric(14,3) NOT NULL CHECK (quantity > 0),
        unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
        attributes jsonb NOT NULL DEFAULT '[]',
        UNIQUE (version_id, key)
      )`);
    await q.query(`
      CREATE TABLE specification_requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES specification_version(id),
        key uuid NOT NULL,
        position integer NOT NULL,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        kind text NOT NULL CHECK (kind IN ('MUST_HAVE', 'NICE_TO_HAVE')),
        weight integer CHECK ((kind = 'MUST_HAVE' AND weight IS NULL) OR (kind = 'NICE_TO_HAVE' AND weight BETWEEN 1 AND 100)),
        UNIQUE (version_id, key)
      )`);
    await q.query(`
      CREATE TABLE specification_attachment (
        version_id uuid NOT NULL REFERENCES specification_version(id),
        file_id uuid NOT NULL REFERENCES stored_file(id),
        position integer NOT NULL,
        PRIMARY KEY (version_id, file_id)
      )`);
  }

  private async shortlists(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE shortlist (
        case_id uuid PRIMARY KEY REFERENCES purchase_case(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
        single_source_justification text CHECK (length(single_source_justification) <= 5000),
        submitted_by uuid REFERENCES app_user(id),
        submitted_at timestamptz,
        approved_by uuid REFERENCES app_user(id),
        approved_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE shortlist_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES shortlist(case_id),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        decision text NOT NULL CHECK (decision IN ('IN', 'OUT')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        source text NOT NULL CHECK (source IN ('SUGGESTION', 'SEARCH', 'REBUY', 'INCUMBENT')),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, supplier_id)
      )`);
    await q.query(`
      CREATE TABLE shortlist_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES shortlist(case_id),
        action text NOT NULL CHECK (action IN ('SUBMITTED', 'APPROVED', 'RETURNED', 'REOPENED')),
        comment text CHECK (length(comment) <= 5000),
        single_source_justification text,
        suppliers_in integer NOT NULL,
        actor_user_id uuid REFERENCES app_user(id),
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX shortlist_review_case_idx ON shortlist_review (case_id, occurred_at)`);

    for (const table of ['case_conflict', 'case_stage_change', 'shortlist_review']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION purchasing_append_only()`);
    }
    for (const table of ['specification_line', 'specification_requirement', 'specification_attachment']) {
      await q.query(`
        CREATE TRIGGER ${table}_frozen BEFORE UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION purchasing_append_only()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'shortlist_review',
      'shortlist_entry',
      'shortlist',
      'specification_attachment',
      'specification_requirement',
      'specification_line',
      'specification_version',
      'case_stage_change',
      'case_conflict',
      'case_member',
      'purchase_case',
      'case_reference_counter',
      'need',
      'purchasing_policy',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION specification_version_frozen()`);
    await q.query(`DROP FUNCTION purchasing_append_only()`);
  }
}
