import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that match the order of every paginated list, so a page is found by its boundary row
 * (keyset) instead of sorting the organization's whole history: the case list (newest first, with
 * and without a stage filter), the email outbox and the needs (newest first, with and without a
 * status filter; a requester's own), a supplier company's portal invitations,
 * and a case's latest RFQ (the only index on rfq.case_id was partial, so the lookup scanned the
 * table). The audit trail's UNIQUE (chain, sequence) and the directory's (organization_id, name,
 * id) already match their orders.
 */
export class KeysetIndexes1766500000000 implements MigrationInterface {
  name = 'KeysetIndexes1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX purchase_case_list_idx ON purchase_case (organization_id, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX purchase_case_board_idx`);
    await q.query(`CREATE INDEX purchase_case_board_idx ON purchase_case (organization_id, stage, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX outbox_message_organization_idx`);
    await q.query(`CREATE INDEX outbox_message_organization_idx ON outbox_message (organization_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX outbox_message_status_idx ON outbox_message (organization_id, status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX rfq_case_idx ON rfq (case_id, created_at DESC)`);
    await q.query(`CREATE INDEX need_list_idx ON need (organization_id, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX need_organization_idx`);
    await q.query(`CREATE INDEX need_organization_idx ON need (organization_id, status, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX need_requester_idx`);
    await q.query(`CREATE INDEX need_requester_idx ON need (requester_id, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX rfq_invitation_supplier_org_idx`);
    await q.query(`CREATE INDEX rfq_invitation_supplier_org_idx ON rfq_invitation (supplier_organization_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX rfq_invitation_supplier_org_idx`);
    await q.query(`CREATE INDEX rfq_invitation_supplier_org_idx ON rfq_invitation (supplier_organization_id, created_at DESC)`);
    await q.query(`DROP INDEX need_requester_idx`);
    await q.query(`CREATE INDEX need_requester_idx ON need (requester_id, created_at DESC)`);
    await q.query(`DROP INDEX need_organization_idx`);
    await q.query(`CREATE INDEX need_organization_idx ON need (organization_id, status, created_at DESC)`);
    await q.query(`DROP INDEX need_list_idx`);
    await q.query(`DROP INDEX rfq_case_idx`);
    await q.query(`DROP INDEX outbox_message_status_idx`);
    await q.query(`DROP INDEX outbox_message_organization_idx`);
    await q.query(`CREATE INDEX outbox_message_organization_idx ON outbox_message (organization_id, created_at DESC)`);
    await q.query(`DROP INDEX purchase_case_board_idx`);
    await q.query(`CREATE INDEX purchase_case_board_idx ON purchase_case (organization_id, stage, created_at DESC)`);
    await q.query(`DROP INDEX purchase_case_list_idx`);
  }
}
