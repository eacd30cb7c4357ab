import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analytics (issue 17): per-case facts, kept as materialized views that a pg-boss job refreshes
 * (every 15 minutes and shortly after an award, a closing or a stage change), so a chart reads a
 * few thousand prepared rows of one organization instead of joining the whole case history.
 *
 * - `analytics_case_fact`: one row per purchase case: its filters (category, its CPV group, type,
 *   importance, buyers), its dates, the time spent in each stage, the RFQ's competition counts and
 *   the money of its approved award, with the rate that converts the RFQ currency into the
 *   organization's reporting currency (`recorded_rate`, from `rfq_exchange_rate`, through `analytics_to_reporting`).
 * - `analytics_supplier_fact`: one row per invitation of a case's live RFQ: whether the supplier
 *   answered with a quote, won (has a line in the approved award) and for how much.
 * - `analytics_approval_fact`: one row per step of the route of an approved award proposal: when
 *   the step could start and when its approval came.
 *
 * Sealed rules: nothing here reads quote content. The only quote-derived amount is the first-round
 * best total that an award proposal froze in its evaluation snapshot (written after closing), and
 * award lines (written when an award is proposed). Invitations count a submitted quote as an
 * answer, which buyers may see before closing; the charts only count RFQs that have closed.
 *
 * - `analytics_category_supply`: qualified or approved suppliers per organization and CPV division or group.
 *
 * `organization.reporting_currency` is the currency analytics totals are shown in (EUR unless set).
 */
export class AnalyticsFacts1767100000000 implements MigrationInterface {
  name = 'AnalyticsFacts1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization ADD COLUMN reporting_currency char(3) NOT NULL DEFAULT 'EUR' CHECK (reporting_currency ~ '^[A-Z]{3}$')`);

    // The one conversion of an RFQ-currency amount into the reporting currency: unchanged when they
    // are the same; else divided by the RFQ's recorded rate for the reporting currency, to the cent
    // (half away from zero, as PostgreSQL's round and the money rules do); null without a rate.
    await q.query(`
      CREATE FUNCTION analytics_to_reporting(amount numeric, rfq_currency bpchar, reporting bpchar, rate numeric) RETURNS numeric
      LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN amount IS NULL THEN NULL WHEN rfq_currency = reporting THEN amount ELSE round(amount / rate, 2) END
      $$`);
    await this.caseFacts(q);
    await this.supplierFacts(q);
    await this.approvalFacts(q);
    // Qualified (or approved) suppliers per CPV division and group prefix: the Kraljic matrix's supply side.
    await q.query(`
      CREATE MATERIALIZED VIEW analytics_category_supply AS
      SELECT s.organization_id, p AS prefix, count(*)::int AS qualified
        FROM supplier s CROSS JOIN unnest(s.category_prefixes) p
       WHERE s.qualification_status IN ('QUALIFIED', 'APPROVED') AND length(p) <= 3
       GROUP BY s.organization_id, p
    `);
    await q.query(`CREATE UNIQUE INDEX analytics_category_supply_pk ON analytics_category_supply (organization_id, prefix)`);

    await q.query(`CREATE INDEX supplier_performance_org_idx ON supplier_performance_event (organization_id, occurred_on)`);

    await q.query(`
      CREATE TABLE analytics_refresh (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        refreshed_at timestamptz NOT NULL,
        took_ms integer NOT NULL
      )`);
  }

  /** One row per purchase case (see above), with its indexes for the charts' filters. */
  private async caseFacts(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE MATERIALIZED VIEW analytics_case_fact AS
      WITH live_rfq AS (
        SELECT DISTINCT ON (case_id) id, case_id, currency, status, published_at, closed_at
          FROM rfq WHERE status <> 'CANCELLED' ORDER BY case_id, created_at DESC
      ), approved AS (
        SELECT DISTINCT ON (case_id) id, case_id, currency, total_value, decided_at, proposed_at,
               NULLIF(evaluation_snapshot->>'firstBestTotal', '')::numeric AS first_best_total
          FROM award_proposal WHERE status = 'APPROVED' ORDER BY case_id, version DESC
      ), visits AS (
        SELECT case_id, to_stage, occurred_at,
               lead(occurred_at) OVER (PARTITION BY case_id ORDER BY occurred_at, id) AS left_at
          FROM case_stage_change
      ), stage_time AS (
        SELECT case_id,
               sum(extract(epoch FROM left_at - occurred_at)) FILTER (WHERE to_stage = 'NEED') AS need_s,
               sum(extract(epoch FROM left_at - occurred_at)) FILTER (WHERE to_stage = 'SPECIFICATION') AS specification_s,
               sum(extract(epoch FROM left_at - occurred_at)) FILTER (WHERE to_stage = 'SOURCING') AS sourcing_s,
               sum(extract(epoch FROM left_at - occurred_at)) FILTER (WHERE to_stage = 'RFQ') AS rfq_s,
               sum(extract(epoch FROM left_at - occurred_at)) FILTER (WHERE to_stage = 'EVALUATION') AS evaluation_s,
               sum(extract(epoch FROM left_at - occurred_at)) FILTER (WHERE to_stage = 'NEGOTIATION') AS negotiation_s,
               sum(extract(epoch FROM left_at - occurred_at)) FILTER (WHERE to_stage = 'DECISION') AS decision_s,
               min(occurred_at) AS opened_at,
               max(occurred_at) FILTER (WHERE to_stage = 'AWARDED') AS awarded_at
          FROM visits WHERE left_at IS NOT NULL OR to_stage = 'AWARDED' GROUP BY case_id
      ), invited AS (
        SELECT i.rfq_id, count(*)::int AS invitations,
               count(*) FILTER (WHERE qt.status = 'SUBMITTED')::int AS responses
          FROM rfq_invitation i LEFT JOIN quote qt ON qt.invitation_id = i.id
         GROUP BY i.rfq_id
      ), base AS (
        SELECT c.id AS case_id, c.organization_id, c.reference, c.title, c.stage, c.purchase_type, c.importance,
               c.category_code, grp.code AS category_group, c.source_case_id, c.currency AS case_currency,
               c.estimated_value, c.created_at,
               ARRAY(SELECT DISTINCT u FROM unnest(array_append(ARRAY(SELECT m.user_id FROM case_member m WHERE m.case_id = c.id AND m.role = 'BUYER'), c.created_by)) u) AS buyer_ids,
               o.reporting_currency,
               st.need_s, st.specification_s, st.sourcing_s, st.rfq_s, st.evaluation_s, st.negotiation_s, st.decision_s,
               st.awarded_at,
               CASE WHEN st.awarded_at IS NOT NULL THEN extract(epoch FROM st.awarded_at - c.created_at) END AS end_to_end_s,
               r.id AS rfq_id, r.currency AS rfq_currency, r.closed_at,
               COALESCE(inv.invitations, 0) AS invitations, COALESCE(inv.responses, 0) AS responses,
               sh.single_source_justification,
               a.id AS proposal_id, a.total_value AS awarded_total, a.first_best_total,
               -- The rate recorded on the RFQ for the reporting currency (1 reporting = rate RFQ currency).
               xr.rate AS recorded_rate
          FROM purchase_case c
          JOIN organization o ON o.id = c.organization_id
          LEFT JOIN cpv_code cc ON cc.code = c.category_code
          LEFT JOIN LATERAL (SELECT g.code FROM cpv_code g WHERE g.prefix IN (left(cc.prefix, 3), left(cc.prefix, 2))
                              ORDER BY length(g.prefix) DESC LIMIT 1) grp ON true
          LEFT JOIN stage_time st ON st.case_id = c.id
          LEFT JOIN live_rfq r ON r.case_id = c.id
          LEFT JOIN invited inv ON inv.rfq_id = r.id
          LEFT JOIN shortlist sh ON sh.case_id = c.id
          LEFT JOIN approved a ON a.case_id = c.id
          LEFT JOIN rfq_exchange_rate xr ON xr.rfq_id = r.id AND xr.currency = o.reporting_currency AND r.currency <> o.reporting_currency
      )
      SELECT b.*,
             analytics_to_reporting(b.awarded_total, b.rfq_currency, b.reporting_currency, b.recorded_rate) AS awarded_reporting,
             analytics_to_reporting(b.first_best_total, b.rfq_currency, b.reporting_currency, b.recorded_rate) AS first_best_reporting,
             -- The estimate is in the case currency: converted when that is the reporting currency or the RFQ's.
             CASE WHEN b.case_currency = b.reporting_currency THEN b.estimated_value
                  WHEN b.case_currency = b.rfq_currency THEN analytics_to_reporting(b.estimated_value, b.rfq_currency, b.reporting_currency, b.recorded_rate) END AS estimate_reporting,
             -- A rebuy's last price paid: the awarded total of the case it was bought again from.
             analytics_to_reporting(src.awarded_total, src.rfq_currency, src.reporting_currency, src.recorded_rate) AS last_price_reporting,
             src.reference AS source_reference
        FROM base b
        LEFT JOIN base src ON src.case_id = b.source_case_id AND src.proposal_id IS NOT NULL
    `);
    await q.query(`CREATE UNIQUE INDEX analytics_case_fact_pk ON analytics_case_fact (case_id)`);
    await q.query(`CREATE INDEX analytics_case_fact_awarded_idx ON analytics_case_fact (organization_id, awarded_at)`);
    await q.query(`CREATE INDEX analytics_case_fact_closed_idx ON analytics_case_fact (organization_id, closed_at)`);
    await q.query(`CREATE INDEX analytics_case_fact_category_idx ON analytics_case_fact (organization_id, category_group)`);
    await q.query(`CREATE INDEX analytics_case_fact_buyers_idx ON analytics_case_fact USING gin (buyer_ids)`);
  }

  /** One row per invitation of a case's live RFQ: answered, won, for how much. */
  private async supplierFacts(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE MATERIALIZED VIEW analytics_supplier_fact AS
      SELECT i.id AS invitation_id, f.case_id, f.organization_id, i.supplier_id, s.name AS supplier_name,
             (qt.status = 'SUBMITTED') IS TRUE AS responded,
             won.total IS NOT NULL AS won,
             won.total AS awarded_total,
             analytics_to_reporting(won.total, f.rfq_currency, f.reporting_currency, f.recorded_rate) AS awarded_reporting
        FROM analytics_case_fact f
        JOIN rfq_invitation i ON i.rfq_id = f.rfq_id
        JOIN supplier s ON s.id = i.supplier_id
        LEFT JOIN quote qt ON qt.invitation_id = i.id
        LEFT JOIN LATERAL (SELECT sum(l.total) AS total FROM award_line l WHERE l.proposal_id = f.proposal_id AND l.invitation_id = i.id) won ON won.total IS NOT NULL
    `);
    await q.query(`CREATE UNIQUE INDEX analytics_supplier_fact_pk ON analytics_supplier_fact (invitation_id)`);
    await q.query(`CREATE INDEX analytics_supplier_fact_case_idx ON analytics_supplier_fact (case_id)`);
    await q.query(`CREATE INDEX analytics_supplier_fact_org_idx ON analytics_supplier_fact (organization_id, supplier_id)`);
  }

  /** One row per step of an approved award's route: when it could start, when its approval came. */
  private async approvalFacts(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE MATERIALIZED VIEW analytics_approval_fact AS
      WITH approvals AS (
        SELECT p.id AS proposal_id, p.case_id, p.organization_id, p.approval_mode, p.proposed_at, a.role, a.decided_at,
               -- Each approval fills the first open step of its role (deciders first, then the gatekeeper).
               CASE WHEN a.role = 'DECIDER' THEN row_number() OVER (PARTITION BY p.id, a.role ORDER BY a.decided_at, a.id) - 1
                    ELSE (SELECT count(*) FROM jsonb_array_elements_text(p.approval_steps) s WHERE s = 'DECIDER') END AS step_index
          FROM award_proposal p JOIN award_approval a ON a.proposal_id = p.id AND a.decision = 'APPROVED'
         WHERE p.status = 'APPROVED'
      )
      SELECT proposal_id, case_id, organization_id, step_index::int AS step_index, role, decided_at AS completed_at,
             CASE WHEN approval_mode = 'PARALLEL' THEN proposed_at
                  ELSE COALESCE(lag(decided_at) OVER (PARTITION BY proposal_id ORDER BY step_index), proposed_at) END AS started_at
        FROM approvals
    `);
    await q.query(`CREATE UNIQUE INDEX analytics_approval_fact_pk ON analytics_approval_fact (proposal_id, step_index)`);
    await q.query(`CREATE INDEX analytics_approval_fact_case_idx ON analytics_approval_fact (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_refresh`);
    await q.query(`DROP INDEX supplier_performance_org_idx`);
    await q.query(`DROP MATERIALIZED VIEW analytics_category_supply`);
    await q.query(`DROP MATERIALIZED VIEW analytics_approval_fact`);
    await q.query(`DROP MATERIALIZED VIEW analytics_supplier_fact`);
    await q.query(`DROP MATERIALIZED VIEW analytics_case_fact`);
    await q.query(`DROP FUNCTION analytics_to_reporting(numeric, bpchar, bpchar, numeric)`);
    await q.query(`ALTER TABLE organization DROP COLUMN reporting_currency`);
  }
}
