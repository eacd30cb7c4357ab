import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluators' scores of a closed RFQ's quotes (issue 5, scoring). One row per score given: a new
 * score by the same evaluator for the same supplier and criterion supersedes the previous one
 * (`superseded_at` is set on it), so every score is kept and none is overwritten. At most one
 * current score per evaluator, supplier and criterion. The only change a row ever takes is being
 * superseded, once; nothing is deleted.
 */
export class EvaluationScores1764700000000 implements MigrationInterface {
  name = 'EvaluationScores1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation_score (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        invitation_id uuid NOT NULL REFERENCES rfq_invitation(id),
        criterion_key text NOT NULL,
        evaluator_id uuid NOT NULL REFERENCES app_user(id),
        evaluator_role text NOT NULL CHECK (evaluator_role IN ('SPECIFIER', 'BUYER', 'ADVISOR')),
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
        comment text NOT NULL CHECK (length(comment) BETWEEN 1 AND 2000),
        counted boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz
      )`);
    await q.query(`
      CREATE UNIQUE INDEX evaluation_score_current ON evaluation_score (rfq_id, invitation_id, criterion_key, evaluator_id)
        WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX evaluation_score_rfq_idx ON evaluation_score (rfq_id, created_at)`);
    await q.query(`
      CREATE FUNCTION evaluation_score_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL
             AND (to_jsonb(NEW) - 'superseded_at') = (to_jsonb(OLD) - 'superseded_at') THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'evaluation_score is kept: only superseding a current score is allowed, % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER evaluation_score_kept BEFORE UPDATE OR DELETE ON evaluation_score
        FOR EACH ROW EXECUTE FUNCTION evaluation_score_kept()`);
    await q.query(`
      CREATE TRIGGER evaluation_score_no_truncate BEFORE TRUNCATE ON evaluation_score
        FOR EACH STATEMENT EXECUTE FUNCTION evaluation_score_kept()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE evaluation_score`);
    await q.query(`DROP FUNCTION evaluation_score_kept()`);
  }
}
