import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open data (issue 17): an organization's OCDS settings. The ocid prefix is the one the
 * organization registered with the Open Contracting Partnership (`ocds-` and six lowercase
 * letters or digits); contacts and public publishing are off until an admin turns them on.
 * Without a row an organization has no prefix and publishes nothing.
 */
export class OpenDataSettings1767000000000 implements MigrationInterface {
  name = 'OpenDataSettings1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE open_data_settings (
        organization_id uuid PRIMARY KEY REFERENCES organization(id),
        ocid_prefix text CHECK (ocid_prefix ~ '^ocds-[a-z0-9]{6}$'),
        include_contacts boolean NOT NULL DEFAULT false,
        public_publishing boolean NOT NULL DEFAULT false,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT open_data_public_needs_prefix CHECK (NOT public_publishing OR ocid_prefix IS NOT NULL)
      )`);
    // Two organizations cannot publish under one prefix: their ocids would collide.
    await q.query(`CREATE UNIQUE INDEX open_data_settings_prefix_key ON open_data_settings (ocid_prefix) WHERE ocid_prefix IS NOT NULL`);
    // The bulk export and the public feed walk an organization's cases in id order, a batch at a time.
    await q.query(`CREATE INDEX purchase_case_org_id_idx ON purchase_case (organization_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX purchase_case_org_id_idx`);
    await q.query(`DROP TABLE open_data_settings`);
  }
}
