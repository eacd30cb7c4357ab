import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';
import { InvitationStatus } from '@bc/shared/domain';

/** One shortlisted supplier invited to an RFQ (`organizationId`: the buying organization). */
@Entity('rfq_invitation')
export class RfqInvitation extends OrganizationRow {
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  /** The buyer's directory record. */
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text', { name: 'supplier_name' }) supplierName!: string;
  /** The supplier company's portal organization: set at publishing when linked, else when the supplier registers. */
  @Column('uuid', { name: 'supplier_organization_id', nullable: true }) supplierOrganizationId!: string | null;
  @Column('text') status!: InvitationStatus;
  @Column('timestamptz', { name: 'viewed_at', nullable: true }) viewedAt!: Date | null;
  @Column('timestamptz', { name: 'declined_at', nullable: true }) declinedAt!: Date | null;
  @Column('text', { name: 'decline_reason', nullable: true }) declineReason!: string | null;
  @Column('timestamptz', { name: 'quoted_at', nullable: true }) quotedAt!: Date | null;
  /** When the supplier last took back a decline (while the RFQ was open). */
  @Column('timestamptz', { name: 'decline_withdrawn_at', nullable: true }) declineWithdrawnAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
}

/** A single-use registration link from an invitation email; only its SHA-256 is stored. */
@Entity('supplier_portal_token')
export class SupplierPortalToken extends OrganizationRow {
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('uuid', { name: 'invitation_id' }) invitationId!: string;
  @Column('text') email!: string;
  @Column('char', { name: 'token_hash', length: 64 }) tokenHash!: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
  @Column('uuid', { name: 'used_by', nullable: true }) usedBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
