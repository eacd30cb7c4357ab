import { QualificationStatus } from '@bc/shared/domain';
import { Supplier } from '../entities/supplier.entity';

/** The columns every supplier read selects (raw SQL), with the expiry flag computed by the database's date. */
export const SUPPLIER_COLUMNS = `s.id, s.organization_id, s.name, s.description, s.country, s.website, s.tags, s.cpv_codes,
  s.category_prefixes, s.qualification_status, s.blocked_reason, s.status_before_block, s.portal_organization_id,
  s.reliability_score, s.certificate_count, to_char(s.certificate_earliest_expiry, 'YYYY-MM-DD') AS certificate_earliest_expiry,
  s.created_by, s.created_at, s.updated_at, (s.certificate_earliest_expiry < current_date) IS TRUE AS has_expired_certificate`;

export interface SupplierRow {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  country: string;
  website: string | null;
  tags: string[];
  cpv_codes: string[];
  category_prefixes: string[];
  qualification_status: QualificationStatus;
  blocked_reason: string | null;
  status_before_block: QualificationStatus | null;
  portal_organization_id: string | null;
  reliability_score: number | null;
  certificate_count: number;
  certificate_earliest_expiry: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  has_expired_certificate: boolean;
}

/** A supplier as read for display: the entity and what the database computed about it. */
export type SupplierView = Supplier & { hasExpiredCertificate: boolean };

export function supplierFromRow(r: SupplierRow): SupplierView {
  return Object.assign(new Supplier(), {
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    description: r.description,
    country: r.country,
    website: r.website,
    tags: r.tags,
    cpvCodes: r.cpv_codes,
    categoryPrefixes: r.category_prefixes,
    qualificationStatus: r.qualification_status,
    blockedReason: r.blocked_reason,
    statusBeforeBlock: r.status_before_block,
    portalOrganizationId: r.portal_organization_id,
    reliabilityScore: r.reliability_score === null ? null : Number(r.reliability_score),
    certificateCount: r.certificate_count,
    certificateEarliestExpiry: r.certificate_earliest_expiry,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    hasExpiredCertificate: r.has_expired_certificate,
  });
}
