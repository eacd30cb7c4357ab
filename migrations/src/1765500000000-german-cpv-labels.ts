import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The official German CPV 2008 labels (Regulation (EC) No 213/2008, the same 9 454 codes as the
 * English file), kept in the repository as data and loaded with `require` so that the JSON is
 * bundled with the migrations wherever they run.
 */
const CPV_2008_DE = require('./data/cpv-2008-de.json') as Record<string, string>;

/** The search fields as they were before German labels (for `down`). */
const ENGLISH_ONLY_SEARCH_FIELDS = `
  CREATE OR REPLACE FUNCTION supplier_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE labels text;
  BEGIN
    SELECT coalesce(string_agg(label, ' ' ORDER BY code), '') INTO labels FROM cpv_code WHERE code = ANY (NEW.cpv_codes::char(10)[]);
    NEW.search_vector :=
      setweight(to_tsvector('english', NEW.name), 'A') ||
      setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B') ||
      setweight(to_tsvector('english', labels), 'B') ||
      setweight(to_tsvector('english', NEW.description), 'C');
    INSERT INTO supplier_search_word (organization_id, word)
    SELECT DISTINCT NEW.organization_id, w
      FROM regexp_split_to_table(lower(NEW.name || ' ' || array_to_string(NEW.tags, ' ') || ' ' || labels || ' ' || NEW.description), '[[:space:]!-/:-@\\[-\`{-~]+') AS w
     WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING;
    RETURN NEW;
  END $$`;

/**
 * German category names in the directory: every CPV code gets its German label; label search and
 * supplier search read both languages (German words with the German stemmer, so "Pumpe" finds
 * "Pumpen"), and the directory's word list (typo tolerance) learns the German words.
 */
export class GermanCpvLabels1765500000000 implements MigrationInterface {
  name = 'GermanCpvLabels1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cpv_code ADD COLUMN label_de text`);
    await q.query(
      `UPDATE cpv_code c SET label_de = r.label
         FROM jsonb_each_text($1::jsonb) AS r(code, label)
        WHERE c.code = r.code::char(10)`,
      [JSON.stringify(CPV_2008_DE)],
    );
    await q.query(`ALTER TABLE cpv_code ALTER COLUMN label_de SET NOT NULL`);
    await q.query(`ALTER TABLE cpv_code ADD CONSTRAINT cpv_code_label_de_check CHECK (length(label_de) > 0)`);
    // A generated column's expression cannot be altered: replaced, with its index.
    await q.query(`ALTER TABLE cpv_code DROP COLUMN label_vector`);
    await q.query(
      `ALTER TABLE cpv_code ADD COLUMN label_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', label) || to_tsvector('german', label_de)) STORED`,
    );
    await q.query(`CREATE INDEX cpv_code_label_fts_idx ON cpv_code USING gin (label_vector)`);
    await q.query(`CREATE INDEX cpv_code_label_de_trgm_idx ON cpv_code USING gin (label_de gin_trgm_ops)`);

    await q.query(`
      CREATE OR REPLACE FUNCTION supplier_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE labels text; labels_de text;
      BEGIN
        -- Compared as char(10), the type of cpv_code.code, so that the primary key finds them.
        SELECT coalesce(string_agg(label, ' ' ORDER BY code), ''), coalesce(string_agg(label_de, ' ' ORDER BY code), '')
          INTO labels, labels_de FROM cpv_code WHERE code = ANY (NEW.cpv_codes::char(10)[]);
        NEW.search_vector :=
          setweight(to_tsvector('english', NEW.name), 'A') ||
          setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B') ||
          setweight(to_tsvector('english', labels), 'B') ||
          setweight(to_tsvector('german', labels_de), 'B') ||
          setweight(to_tsvector('english', NEW.description), 'C');
        -- Split on spaces and ASCII punctuation only, whatever the server's locale: umlauts stay in their words.
        INSERT INTO supplier_search_word (organization_id, word)
        SELECT DISTINCT NEW.organization_id, w
          FROM regexp_split_to_table(lower(NEW.name || ' ' || array_to_string(NEW.tags, ' ') || ' ' || labels || ' ' || labels_de || ' ' || NEW.description), '[[:space:]!-/:-@\\[-\`{-~]+') AS w
         WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$`);
    // Every supplier's search fields again, now with the German labels of its categories.
    await q.query(`UPDATE supplier SET cpv_codes = cpv_codes WHERE cardinality(cpv_codes) > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(ENGLISH_ONLY_SEARCH_FIELDS);
    await q.query(`UPDATE supplier SET cpv_codes = cpv_codes WHERE cardinality(cpv_codes) > 0`);
    await q.query(`DROP INDEX cpv_code_label_de_trgm_idx`);
    await q.query(`ALTER TABLE cpv_code DROP COLUMN label_vector`);
    await q.query(`ALTER TABLE cpv_code DROP COLUMN label_de`);
    await q.query(`ALTER TABLE cpv_code ADD COLUMN label_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', label)) STORED`);
    await q.query(`CREATE INDEX cpv_code_label_fts_idx ON cpv_code USING gin (label_vector)`);
  }
}
