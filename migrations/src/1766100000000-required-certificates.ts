import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue "Approving a shortlist": a purchase case names the certificates it requires (free text,
 * matched to the suppliers' certificates by `certificateMeets`); the gatekeeper is warned about
 * shortlisted suppliers missing one of them or holding it expired. At most 10 names of 1..100
 * characters (the API refuses more with the entry named; the CHECK is the last line).
 */
export class RequiredCertificates1766100000000 implements MigrationInterface {
  name = 'RequiredCertificates1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE purchase_case
        ADD COLUMN required_certificates text[] NOT NULL DEFAULT '{}'
          CHECK (cardinality(required_certificates) <= 10 AND array_position(required_certificates, NULL) IS NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE purchase_case DROP COLUMN required_certificates`);
  }
}
