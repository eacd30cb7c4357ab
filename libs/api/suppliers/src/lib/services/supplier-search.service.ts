import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Keyset, KeysetPage, KeysetSort, PageRequest, RequestContext, TransactionalConnection } from '@bc/api/core';
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

/** The directory's orders: by rank when searching (ranks are computed per search, so no index), else by name (supplier_name_idx). */
export const SUPPLIER_SORTS = {
  rank: {
    name: 'rank',
    keys: [
      { expression: 'm.rank', type: 'float8', descending: true },
      { expression: 'm.name', type: 'text' },
      { expression: 'm.id', type: 'uuid' },
    ],
  },
  name: {
    name: 'name',
    keys: [
      { expression: 's.name', type: 'text' },
      { expression: 's.id', type: 'uuid' },
    ],
  },
} satisfies Record<string, KeysetSort>;

/**
 * One keyset page of the directory and, as a second statement, the total over the same
 * conditions. By name the page stops after `limit` rows on the name index; by rank every match is
 * ranked once (narrow rows) and only the page is read in full. A cursor of the other order is refused.
 */
export function supplierPageSql(
  organizationId: string,
  q: SupplierQuery,
  request: PageRequest,
): { sql: string; params: unknown[]; countSql: string | null; countParams: unknown[]; ranked: boolean; keyset: Keyset } {
  const where = supplierSql(organizationId, q);
  const params = [...where.params];
  const bind = (value: unknown) => `$${params.push(value)}`;
  const withCte = where.cte ? `WITH ${where.cte} ` : '';
  const countSql = `${withCte}SELECT count(*)::int AS total FROM supplier s WHERE ${where.where}`;
  if (where.rank && where.cte) {
    // Ranked: every match is ranked once (narrow rows) and counted in the same statement (the count
    // needs the search's CTE); only the page is read in full. Past the end it answers one row, the total.
    const keyset = new Keyset(SUPPLIER_SORTS.rank, request);
    const outerOrder = keyset.order().map(([e, d]) => `${e.replace(/^m\./, 'p.')} ${d}`).join(', ');
    return {
      sql: `WITH ${where.cte},
        matches AS MATERIALIZED (SELECT s.id, s.name, (${where.rank})::float8 AS rank FROM supplier s WHERE ${where.where})
        SELECT t.total, p.*
          FROM (SELECT count(*)::int AS total FROM matches) t
          LEFT JOIN LATERAL (
            SELECT ${SUPPLIER_COLUMNS}, m.rank, ${keyset.select()}
              FROM (SELECT id, rank, name FROM matches m WHERE ${keyset.where(bind)} ${keyset.orderAndLimit()}) m
              JOIN supplier s ON s.id = m.id
          ) p ON true
         ORDER BY ${outerOrder}`,
      params,
      countSql: null,
      countParams: [],
      ranked: true,
      keyset,
    };
  }
  const keyset = new Keyset(SUPPLIER_SORTS.name, request);
  return {
    sql: `SELECT ${SUPPLIER_COLUMNS}, ${keyset.select()} FROM supplier s WHERE ${where.where} AND ${keyset.where(bind)} ${keyset.orderAndLimit()}`,
    params,
    countSql,
    countParams: where.params,
    ranked: false,
    keyset,
  };
}

@Injectable()
export class SupplierSearchService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cpv: CpvService,
  ) {}

  /** One page (by rank when searching, else by name) and the total. */
  async search(ctx: RequestContext, q: SupplierQuery, request: PageRequest): Promise<KeysetPage<SupplierView> & { total: number }> {
    await this.cpv.assertKnownFilter(ctx, q.category);
    const page = supplierPageSql(ctx.organizationId, q, request);
    const read = async (em: EntityManager) => {
      const rows: Array<SupplierRow & Record<string, unknown> & { total?: number }> = await em.query(page.sql, page.params);
      if (!page.countSql) return { rows: rows.filter((r) => r.id !== null), total: rows[0]?.total ?? 0 };
      const [{ total }]: Array<{ total: number }> = await em.query(page.countSql, page.countParams);
      return { rows, total };
    };
    const { rows, total } = page.ranked ? await withTrigramThreshold(this.connection, ctx, read) : await read(this.connection.manager(ctx));
    return { ...page.keyset.page(rows, supplierFromRow), total };
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
