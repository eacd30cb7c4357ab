import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CertificateFilter, cpvPrefix, QualificationStatus } from '@bc/shared/domain';
import { SUPPLIER_COLUMNS, SupplierRow, supplierFromRow, SupplierView } from './supplier-rows';
import { searchTerms, withTrigramThreshold } from './search-text';

export interface SupplierQuery {
  search?: string | null;
  category?: string | null;
  country?: string | null;
  status?: QualificationStatus[] | null;
  certificates?: CertificateFilter | null;
  minReliability?: number | null;
  tags?: string[] | null;
}

/** A WHERE clause over `supplier s` with its parameters, and the rank expression when searching. */
export interface SupplierSql {
  where: string;
  params: unknown[];
  rank: string | null;
}

/**
 * The directory's filters as SQL. Every condition has an index behind it (see SEARCH.md):
 * full text on a GIN over the weighted `search_vector`, typos on a trigram GIN over
 * `search_text`, categories on a GIN over `category_prefixes`, tags on a GIN, the rest on
 * btrees led by organization_id.
 */
export function supplierSql(organizationId: string, q: SupplierQuery): SupplierSql {
  const params: unknown[] = [organizationId];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['s.organization_id = $1'];
  let rank: string | null = null;
  const terms = searchTerms(q.search);
  if (terms) {
    const tsq = `to_tsquery('english', ${p(terms.tsquery)})`;
    const text = p(terms.text);
    where.push(`(s.search_vector @@ ${tsq} OR ${text} <% s.search_text)`);
    // Full-text rank weighs the name (A) above tags and categories (B) above the description (C);
    // closeness of the name to the words, and a whole-name hit, come first.
    rank = `(CASE WHEN lower(s.name) = ${text} THEN 2 ELSE 0 END
      + word_similarity(${text}, lower(s.name))
      + ts_rank('{0.05, 0.2, 0.5, 1.0}', s.search_vector, ${tsq})
      + 0.3 * word_similarity(${text}, s.search_text))`;
  }
  if (q.category) where.push(`s.category_prefixes @> ARRAY[${p(cpvPrefix(q.category))}]::text[]`);
  if (q.country) where.push(`s.country = ${p(q.country)}`);
  if (q.status?.length) where.push(`s.qualification_status = ANY(${p(q.status)}::text[])`);
  if (q.tags?.length) where.push(`s.tags @> ${p(q.tags)}::text[]`);
  if (q.minReliability !== null && q.minReliability !== undefined) where.push(`s.reliability_score >= ${p(q.minReliability)}`);
  switch (q.certificates) {
    case CertificateFilter.ALL_VALID:
      where.push(`s.certificate_count > 0 AND (s.certificate_earliest_expiry IS NULL OR s.certificate_earliest_expiry >= current_date)`);
      break;
    case CertificateFilter.SOME_EXPIRED:
      where.push(`s.certificate_earliest_expiry < current_date`);
      break;
    case CertificateFilter.NONE:
      where.push(`s.certificate_count = 0`);
      break;
    default:
      break;
  }
  return { where: where.join(' AND '), params, rank };
}

/** How a suggestion for a category is ranked; the parts are returned so that callers may add their own. */
export const SUGGESTION_WEIGHTS = {
  /** By qualification: APPROVED, QUALIFIED, PROSPECT. */
  qualification: { APPROVED: 40, QUALIFIED: 25, PROSPECT: 10 },
  /** reliability score (0..100) x this; a supplier without history gets the neutral half. */
  reliability: 0.4,
  noHistory: 20,
  /** At least one certificate and none expired / no certificate / an expired one. */
  certificatesValid: 20,
  noCertificates: 5,
  certificateExpired: 0,
} as const;

export interface RankedSupplier {
  supplier: SupplierView;
  /** 0..100 from the parts below, by SUGGESTION_WEIGHTS. */
  score: number;
  qualificationPoints: number;
  reliabilityPoints: number;
  certificatePoints: number;
  /** The supplier is listed under exactly this code (not only under a sub-code). */
  exactCategory: boolean;
}

@Injectable()
export class SupplierSearchService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** One page and the total, in one statement: by rank when searching, else by name. */
  async search(ctx: RequestContext, q: SupplierQuery, offset: number, limit: number): Promise<{ items: SupplierView[]; total: number }> {
    const sql = supplierSql(ctx.organizationId, q);
    const n = sql.params.length;
    const order = sql.rank ? `${sql.rank} DESC, s.name, s.id` : 's.name, s.id';
    const statement = `SELECT ${SUPPLIER_COLUMNS}, count(*) OVER ()::int AS total
        FROM supplier s WHERE ${sql.where}
       ORDER BY ${order} OFFSET $${n + 1} LIMIT $${n + 2}`;
    const params = [...sql.params, offset, limit];
    const rows: Array<SupplierRow & { total: number }> = sql.rank
      ? await withTrigramThreshold(this.connection, ctx, (em) => em.query(statement, params))
      : await this.connection.manager(ctx).query(statement, params);
    if (rows.length === 0 && offset > 0) {
      // Past the end: the window count is gone with the rows; count on its own.
      const [{ total }] = await this.count(ctx, q);
      return { items: [], total };
    }
    return { items: rows.map(supplierFromRow), total: rows[0]?.total ?? 0 };
  }

  private count(ctx: RequestContext, q: SupplierQuery): Promise<Array<{ total: number }>> {
    const sql = supplierSql(ctx.organizationId, q);
    const statement = `SELECT count(*)::int AS total FROM supplier s WHERE ${sql.where}`;
    return sql.rank
      ? withTrigramThreshold(this.connection, ctx, (em) => em.query(statement, sql.params))
      : this.connection.manager(ctx).query(statement, sql.params);
  }

  /**
   * Suppliers listed under `cpvCode` or any of its sub-codes, not blocked, best first for a
   * shortlist: qualification, reliability and certificate validity (SUGGESTION_WEIGHTS), then
   * exact category, then name. One statement on the category GIN index.
   */
  async rankForCategory(ctx: RequestContext, cpvCode: string, limit = 20): Promise<RankedSupplier[]> {
    const w = SUGGESTION_WEIGHTS;
    const rows: Array<SupplierRow & { q: number; r: number; c: number; exact: boolean }> = await this.connection.manager(ctx).query(
      `SELECT * FROM (
         SELECT ${SUPPLIER_COLUMNS},
                CASE s.qualification_status WHEN 'APPROVED' THEN ${w.qualification.APPROVED}
                     WHEN 'QUALIFIED' THEN ${w.qualification.QUALIFIED} ELSE ${w.qualification.PROSPECT} END AS q,
                coalesce(s.reliability_score * ${w.reliability}, ${w.noHistory})::float8 AS r,
                CASE WHEN s.certificate_count = 0 THEN ${w.noCertificates}
                     WHEN s.certificate_earliest_expiry < current_date THEN ${w.certificateExpired}
                     ELSE ${w.certificatesValid} END AS c,
                $3 = ANY(s.cpv_codes) AS exact
           FROM supplier s
          WHERE s.organization_id = $1 AND s.category_prefixes @> ARRAY[$2]::text[] AND s.qualification_status <> 'BLOCKED'
       ) ranked
       ORDER BY q + r + c DESC, exact DESC, name, id
       LIMIT $4`,
      [ctx.organizationId, cpvPrefix(cpvCode), cpvCode, limit],
    );
    return rows.map((r) => ({
      supplier: supplierFromRow(r),
      qualificationPoints: r.q,
      reliabilityPoints: Number(r.r),
      certificatePoints: r.c,
      score: Math.round((r.q + Number(r.r) + r.c) * 10) / 10,
      exactCategory: r.exact,
    }));
  }
}
