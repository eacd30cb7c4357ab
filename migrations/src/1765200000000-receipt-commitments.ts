import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, receipts that reveal nothing. A receipt of format 1 is the SHA-256 of the canonical
 * quote with nothing secret in it: whoever sees the hash and the rest of the quote can try prices
 * until one matches. Format 2 puts a random nonce (256 bits) inside the hashed document; the
 * nonce is sealed like the content and given only to the supplier (and to the buying side with
 * the content, once it may read it). Rows written before keep format 1 and keep verifying.
 *
 * Mail to a supplier about its own quote (its receipt, its withdrawal) is kept under the
 * supplier's organization, not in the buying organization's outbox.
 */
export class ReceiptCommitments1765200000000 implements MigrationInterface {
  name = 'ReceiptCommitments1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE quote_revision
        ADD COLUMN receipt_format smallint NOT NULL DEFAULT 1 CHECK (receipt_format IN (1, 2)),
        ADD COLUMN receipt_nonce_sealed bytea,
        ADD CONSTRAINT quote_revision_receipt_nonce CHECK ((receipt_format = 1) = (receipt_nonce_sealed IS NULL))`);
    // Existing rows are format 1; a new row says its format.
    await q.query(`ALTER TABLE quote_revision ALTER COLUMN receipt_format DROP DEFAULT`);
    await q.query(`
      UPDATE outbox_message m SET organization_id = u.organization_id
        FROM app_user u
       WHERE m.kind IN ('quote.receipt', 'quote.withdrawn') AND lower(u.email) = lower(m.to_address)
         AND m.organization_id IS DISTINCT FROM u.organization_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quote_revision DROP CONSTRAINT quote_revision_receipt_nonce, DROP COLUMN receipt_nonce_sealed, DROP COLUMN receipt_format`);
  }
}
