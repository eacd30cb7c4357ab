import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Award scenarios (issue 16): a buyer's objective and rules for awarding a closed RFQ, and the
 * optimizer's answer. A scenario is kept with the fingerprint of the inputs it was solved on (the
 * quotes' revisions, rates, scores), so a result solved before a quote changed is known to be stale.
 * Deleting one only marks it: an award proposal made from it keeps pointing at it.
 *
 * An award proposal made from a scenario records it (`scenario_id`, and `scenario`: what the
 * decision record shows of it, frozen when proposed). Its lines may now split a line's quantity
 * between suppliers: a line is awarded once per supplier (was: once).
 */
export class AwardScenarios1766900000000 implements MigrationInterface {
  name = 'AwardScenarios1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE award_scenario (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        case_id uuid NOT NULL REFERENCES purchase_case(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        -- CUSTOM: the buyer's; a built-in one is stored only when an award is proposed from it (frozen).
        kind text NOT NULL CHECK (kind IN ('CUSTOM', 'BEST_PRICE_PER_LINE', 'SINGLE_SUPPLIER', 'AS_PROPOSED')),
        objective text NOT NULL CHECK (objective IN ('MIN_COST', 'MAX_SCORE')),
        -- MAX_SCORE: the most the award may cost (case currency); null: no budget.
        budget numeric(18, 2) CHECK (budget >= 0),
        -- The optimizer's line groups [{ id, name, lineIds }] and rules [{ id, kind, … }] (@bc/api/award-optimizer).
        line_groups jsonb NOT NULL DEFAULT '[]'::jsonb,
        rules jsonb NOT NULL DEFAULT '[]'::jsonb,
        status text NOT NULL CHECK (status IN ('UNSOLVED', 'OPTIMAL', 'TIME_LIMIT', 'INFEASIBLE', 'EVALUATED')),
        -- The solved result: { result: ScenarioResult, rulePrices: RulePrice[] }; null until solved.
        result jsonb,
        -- SHA-256 of the problem's inputs when solved (lines, suppliers, offers, discounts).
        inputs_fingerprint char(64),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        solved_by uuid REFERENCES app_user(id),
        solved_at timestamptz,
        deleted_at timestamptz,
        CHECK ((status = 'UNSOLVED') = (result IS NULL)),
        CHECK (objective = 'MAX_SCORE' OR budget IS NULL)
      )`);
    await q.query(`CREATE INDEX award_scenario_rfq_idx ON award_scenario (organization_id, rfq_id, created_at) WHERE deleted_at IS NULL`);

    await q.query(`ALTER TABLE award_proposal ADD COLUMN scenario_id uuid REFERENCES award_scenario(id), ADD COLUMN scenario jsonb`);
    await q.query(`ALTER TABLE award_line DROP CONSTRAINT award_line_proposal_id_line_key_key`);
    await q.query(`ALTER TABLE award_line ADD CONSTRAINT award_line_proposal_line_invitation_key UNIQUE (proposal_id, line_key, invitation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE award_line DROP CONSTRAINT award_line_proposal_line_invitation_key`);
    await q.query(`ALTER TABLE award_line ADD CONSTRAINT award_line_proposal_id_line_key_key UNIQUE (proposal_id, line_key)`);
    await q.query(`ALTER TABLE award_proposal DROP COLUMN scenario, DROP COLUMN scenario_id`);
    await q.query(`DROP TABLE award_scenario`);
  }
}
