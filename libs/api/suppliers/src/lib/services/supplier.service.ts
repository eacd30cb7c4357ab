import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError, assertId, CombinedReads, notFound, RequestContext, TransactionalConnection } from '@bc/api/core';
import { CertificateOnFile, ErrorCode, QualificationStatus } from '@bc/shared/domain';
import { Supplier } from '../entities/supplier.entity';
import { SUPPLIER_COLUMNS, SupplierRow, supplierFromRow, SupplierView } from './supplier-rows';

/** The error code in `details.reason` when a blocked supplier is used. */
export const SUPPLIER_BLOCKED = 'SUPPLIER_BLOCKED';

/**
 * Reading the directory by id, for this library and for others (purchasing). Every read is
 * scoped to the caller's organization: another organization's supplier is NOT_FOUND.
 */
/** A supplier a shortlist suggestion considers (see candidatesForCategory). */
export interface CategoryCandidate {
  id: string;
  name: string;
  qualification_status: QualificationStatus;
  reliability_score: number | null;
  certificate_count: number;
  has_expired_certificate: boolean;
  /** Only when the case requires certificates. */
  certificates: CertificateOnFile[];
  /** The database's date, as the warnings take it. */
  today: string;
  matches: Array<{ code: string; label: string }>;
}

/** A supplier's qualification as the shortlist's warnings read it. */
export interface SupplierQualification {
  id: string;
  name: string;
  status: QualificationStatus;
  blockedReason: string | null;
  certificates: CertificateOnFile[];
}

@Injectable()
export class SupplierService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
  ) {}

  async get(ctx: RequestContext, id: string, lock = false): Promise<Supplier> {
    assertId(id, 'Supplier');
    const supplier = await this.connection.getRepository(ctx, Supplier).findOne({
      where: { id, organizationId: ctx.organizationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!supplier) throw notFound('Supplier');
    return supplier;
  }

  /** The organization's suppliers among `ids`, by id; unknown and foreign ids are left out. One statement. */
  async getMany(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, Supplier>> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    if (valid.length === 0) return new Map();
    const rows = await this.reads.entities(ctx, Supplier, 't.id = ANY ($1::uuid[]) AND t.organization_id = $2', [valid, ctx.organizationId]);
    return new Map(rows.map((s) => [s.id, s]));
  }

  /** Suppliers as shown (with what the database computes, e.g. the expiry flag), by id, in one statement. */
  async views(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, SupplierView>> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    if (valid.length === 0) return new Map();
    const rows: SupplierRow[] = await this.connection
      .manager(ctx)
      .query(`SELECT ${SUPPLIER_COLUMNS} FROM supplier s WHERE s.organization_id = $1 AND s.id = ANY($2::uuid[])`, [ctx.organizationId, valid]);
    return new Map(rows.map((r) => [r.id, supplierFromRow(r)]));
  }

  async view(ctx: RequestContext, id: string): Promise<SupplierView> {
    assertId(id, 'Supplier');
    const found = (await this.views(ctx, [id])).get(id);
    if (!found) throw notFound('Supplier');
    return found;
  }

  /**
   * The supplier, if it may be used (shortlisted, invited): NOT_FOUND for a foreign or unknown id,
   * VALIDATION_FAILED on `field` with `details.reason = SUPPLIER_BLOCKED` for a blocked one.
   */
  async assertUsable(ctx: RequestContext, id: string, field = 'supplierId'): Promise<Supplier> {
    const supplier = await this.get(ctx, id);
    if (supplier.qualificationStatus === QualificationStatus.BLOCKED) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, `${supplier.name} is blocked: ${supplier.blockedReason ?? ''}`.trim(), {
        field,
        details: { reason: SUPPLIER_BLOCKED },
      });
    }
    return supplier;
  }

  /** A supplier's directory contacts with an email, one per address (the first recorded): whom RFQ emails go to without a portal account. */
  mailContacts(ctx: RequestContext, supplierId: string, organizationId: string): Promise<Array<{ email: string; name: string }>> {
    return this.connection.manager(ctx).query(
      `SELECT DISTINCT ON (lower(email)) email, name FROM supplier_contact
        WHERE supplier_id = $1 AND organization_id = $2 AND email IS NOT NULL AND email <> '' ORDER BY lower(email), created_at`,
      [supplierId, organizationId],
    );
  }

  /** Qualification of these suppliers of the organization, by name, with their certificates on file when `withCertificates` (what a gatekeeper is warned of). */
  async qualifications(ctx: RequestContext, ids: readonly string[], withCertificates: boolean): Promise<SupplierQualification[]> {
    if (ids.length === 0) return [];
    return this.reads.rows(
      ctx,
      `SELECT s.id, s.name, s.qualification_status AS status, s.blocked_reason AS "blockedReason",
              (SELECT coalesce(json_agg(json_build_object('name', c.name, 'validUntil', to_char(c.valid_until, 'YYYY-MM-DD'))), '[]')
                 FROM supplier_certificate c WHERE c.supplier_id = s.id AND $3) AS certificates
         FROM supplier s
        WHERE s.id = ANY ($1::uuid[]) AND s.organization_id = $2
        ORDER BY s.name`,
      [[...ids], ctx.organizationId, withCertificates],
    );
  }

  /**
   * Suppliers of the organization registered for a category prefix (or a code under it), not
   * blocked, not among `excludeIds`: what a shortlist suggestion ranks, with the CPV codes that
   * matched, the expiry flag, the database's today and, when `withCertificates`, the certificates on file.
   */
  candidatesForCategory(ctx: RequestContext, prefix: string, excludeIds: readonly string[], withCertificates: boolean): Promise<CategoryCandidate[]> {
    return this.connection.manager(ctx).query(
      `SELECT s.id, s.name, s.qualification_status, s.reliability_score, s.certificate_count,
              (s.certificate_earliest_expiry < current_date) IS TRUE AS has_expired_certificate,
              (SELECT coalesce(json_agg(json_build_object('name', sc.name, 'validUntil', to_char(sc.valid_until, 'YYYY-MM-DD'))), '[]')
                 FROM supplier_certificate sc WHERE sc.supplier_id = s.id AND $4) AS certificates,
              to_char(current_date, 'YYYY-MM-DD') AS today,
              (SELECT coalesce(json_agg(json_build_object('code', c.code, 'label', c.label) ORDER BY c.code), '[]')
                 FROM cpv_code c WHERE c.code = ANY (s.cpv_codes) AND c.prefix LIKE $3 || '%') AS matches
         FROM supplier s
        WHERE s.organization_id = $1
          AND s.category_prefixes @> ARRAY[$3]::text[]
          AND s.qualification_status <> 'BLOCKED'
          AND NOT (s.id = ANY ($2::uuid[]))`,
      [ctx.organizationId, [...excludeIds], prefix, withCertificates],
    );
  }
}
