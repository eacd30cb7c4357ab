import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CertificateFilter, cpvPrefix, QualificationStatus } from '@bc/shared/domain';
import { CpvService } from './cpv.service';
import { SUPPLIER_COLUMNS, SupplierRow, supplierFromRow, SupplierView } from './supplier-rows';
import { cpvCodeInSearch, searchQueryCte, searchTerms, withTrigramThreshold } from './search-text';

export interface SupplierQuery {
  search?: string | null;
  category?: string | null;
  country?: string | null;
  status?: QualificationStatus[] | null;
  certificates?: CertificateFilter | null;
  minReliability?: number | null;
  tags?: string[] | null;
}

/** A WHERE clause over `supplier s` with its parameters, and the rank expression and CTE when searching. */
export interface SupplierSql {
  /** `search_query AS (…)` when searching: put it in the statement's WITH. */
  cte: string | null;
  where: string;
  params: unknown[];
  rank: string | null;
}

/**
 * The directory's filters as SQL. Every condition has an index behind it (see SEARCH.md):
 * full text on a GIN over the weighted `search_vector` (typos: close words from the
 * directory's word list, found on a trigram GIN, join the query), categories on a GIN over
 * `category_prefixes`, tags on a GIN, the rest on btrees led by organization_id.
 */
export function supplierSql(organizationId: string, q: SupplierQuery): SupplierSql {
  const params: unknown[] = [organizationId];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['s.organization_id = $1'];
  let rank: string | null = null;
  let cte: string | null = null;
  // A CPV code in the search box means its category (and sub-codes); the other words are searched.
  const typed = cpvCodeInSearch(q.search);
  if (typed.prefix) where.push(`s.category_prefixes @> ARRAY[${p(typed.prefix)}]::text[]`);
  const terms = searchTerms(typed.rest);
  if (terms) {
    cte = searchQueryCte('$1', terms.words.map((w, i) => ({ word: p(w), heads: p(terms.heads[i]), swaps: p(terms.swaps[i]) })), p(terms.tsquery));
    const text = p(terms.text);
    where.push(`s.search_vector @@ (SELECT expanded FROM search_query)`);
    // Full-text rank weighs the name (A) above tags and categories (B) above the description (C);
    // a whole-name hit and closeness of the name to the words come first, exact words before variants.
    rank = `(CASE WHEN lower(s.name) = ${text} THEN 2 ELSE 0 END
      + word_similarity(${text}, lower(s.name))
      + ts_rank('{0.05, 0.2, 0.5, 1.0}', s.search_vector, (SELECT exact FROM search_query))
      + 0.5 * ts_rank('{0.05, 0.2, 0.5, 1.0}', s.search_vector, (SELECT expanded FROM search_query)))`;
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
  return { cte, where: where.join(' AND '), params, rank };
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

/** The statement behind `rankForCategory`, for callers that extend the ranking in SQL (and for the bench). */
export function rankForCategorySql(organizationId: string, cpvCode: string, limit: number): { sql: string; params: unknown[] } {
  const w = SUGGESTION_WEIGHTS;
  return {
    sql: `SELECT * FROM (
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
    params: [organizationId, cpvPrefix(cpvCode), cpvCode, limit],
  };
}

/**
 * One page of the directory and the total, as one statement: the count and the page are two
 * subqueries over the same conditions, so the count reads only index entries and the page stops
 * after `limit` rows on the name index (or keeps only the top `limit` by rank) — no window over
 * every matching row. Past the last page it still answers one row, with the total and no supplier.
 */
export function supplierPageSql(organizationId: string, q: SupplierQuery, offset: number, limit: number): { sql: string; params: unknown[]; ranked: boolean } {
  const where = supplierSql(organizationId, q);
  const n = where.params.length;
  const params = [...where.params, offset, limit];
  if (where.rank && where.cte) {
    // Ranked: every match is ranked once (narrow rows), counted, and only the top page is read in full.
    return {
      sql: `WITH ${where.cte},
        matches AS MATERIALIZED (SELECT s.id, s.name, ${where.rank} AS rank FROM supplier s WHERE ${where.where})
        SELECT t.total, p.*
          FROM (SELECT count(*)::int AS total FROM matches) t
          LEFT JOIN LATERAL (
            SELECT ${SUPPLIER_COLUMNS}, m.rank
              FROM (SELECT id, rank, name FROM matches ORDER BY rank DESC, name, id OFFSET $${n + 1} LIMIT $${n + 2}) m
              JOIN supplier s ON s.id = m.id
          ) p ON true
         ORDER BY p.rank DESC, p.name, p.id`,
      params,
      ranked: true,
    };
  }
  return {
    sql: `SELECT t.total, p.*
        FROM (SELECT count(*)::int AS total FROM supplier s WHERE ${where.where}) t
        LEFT JOIN LATERAL (
          SELECT ${SUPPLIER_COLUMNS} FROM supplier s WHERE ${where.where}
           ORDER BY s.name, s.id OFFSET $${n + 1} LIMIT $${n + 2}
        ) p ON true
       ORDER BY p.name, p.id`,
    params,
    ranked: false,
  };
}

@Injectable()
export class SupplierSearchService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cpv: CpvService,
  ) {}

  /** One page and the total, in one statement: by rank when searching, else by name. */
  async search(ctx: RequestContext, q: SupplierQuery, offset: number, limit: number): Promise<{ items: SupplierView[]; total: number }> {
    await this.cpv.assertKnownFilter(ctx, q.category);
    const page = supplierPageSql(ctx.organizationId, q, offset, limit);
    const rows: Array<SupplierRow & { total: number }> = page.ranked
      ? await withTrigramThreshold(this.connection, ctx, (em) => em.query(page.sql, page.params))
      : await this.connection.manager(ctx).query(page.sql, page.params);
    return { items: rows.filter((r) => r.id !== null).map(supplierFromRow), total: rows[0]?.total ?? 0 };
  }

  /**
   * Suppliers listed under `cpvCode` or any of its sub-codes, not blocked, best first for a
   * shortlist: qualification, reliability and certificate validity (SUGGESTION_WEIGHTS), then
   * exact category, then name. One statement on the category GIN index.
   */
  async rankForCategory(ctx: RequestContext, cpvCode: string, limit = 20): Promise<RankedSupplier[]> {
    const { sql, params } = rankForCategorySql(ctx.organizationId, cpvCode, limit);
    const rows: Array<SupplierRow & { q: number; r: number; c: number; exact: boolean }> = await this.connection.manager(ctx).query(sql, params);
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
