import { Injectable } from '@nestjs/common';
import { CombinedReads, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { CPV_CODE } from '@bc/shared/domain';
import { CpvCode } from '../entities/cpv-code.entity';
import { SearchTerms, searchTerms, withTrigramThreshold } from './search-text';
import { SupplierCaseLinks } from './supplier-case-links';

/**
 * Label search in both languages, ranked for one organization: categories in use there (its
 * suppliers listed under the code or a sub-code, its purchase cases of the code or a sub-code)
 * come first, then those of a division it uses (the first two digits: machinery, not food), so
 * that "Lager" offers bearings, not lager beer, in a machine builder's directory; then a label that is exactly the words, a full-text match (every word as a prefix, or a
 * compound's head: "Kugellager" finds "Lager"), trigram closeness (typos), general codes first.
 */
export function cpvLabelSearchSql(organizationId: string, terms: SearchTerms, limit: number, caseCategories: readonly string[]): { sql: string; params: unknown[] } {
  return {
    sql: `WITH q AS (SELECT to_tsquery('english', $1) || to_tsquery('german', $1) AS ts)
      SELECT c.code, c.label, c.label_de, c.prefix, c.level, c.parent_code, u.suppliers AS used_by_suppliers, u.cases AS used_by_cases
        FROM cpv_code c, q,
             LATERAL (SELECT EXISTS (SELECT 1 FROM supplier s WHERE s.organization_id = $4 AND s.category_prefixes @> ARRAY[c.prefix]::text[]) AS suppliers,
                             EXISTS (SELECT 1 FROM unnest($5::text[]) AS used (code) WHERE used.code LIKE c.prefix || '%') AS cases,
                             EXISTS (SELECT 1 FROM supplier s WHERE s.organization_id = $4 AND s.category_prefixes @> ARRAY[left(c.prefix, 2)]::text[])
                          OR EXISTS (SELECT 1 FROM unnest($5::text[]) AS used (code) WHERE used.code LIKE left(c.prefix, 2) || '%') AS division) u
       WHERE c.label_vector @@ q.ts OR $2 <% c.label OR $2 <% c.label_de
       ORDER BY (u.suppliers::int * 4 + u.cases::int * 2 + u.division::int) DESC,
                (lower(c.label) = $2 OR lower(c.label_de) = $2) DESC,
                (c.label_vector @@ q.ts) DESC,
                greatest(word_similarity($2, c.label), word_similarity($2, c.label_de)) DESC, c.level ASC, c.code ASC
       LIMIT $3`,
    params: [terms.tsqueryWithHeads, terms.text, limit, organizationId, [...caseCategories]],
  };
}

/** The CPV vocabulary: look-up by code, and search by words of a label or digits of a code. */
@Injectable()
export class CpvService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
    private readonly caseLinks: SupplierCaseLinks,
  ) {}

  async get(ctx: RequestContext, code: string): Promise<CpvCode | null> {
    if (!CPV_CODE.test(code)) return null;
    return this.connection.getRepository(ctx, CpvCode).findOne({ where: { code } });
  }

  async getMany(ctx: RequestContext, codes: readonly string[]): Promise<Map<string, CpvCode>> {
    const valid = [...new Set(codes.filter((c) => CPV_CODE.test(c)))];
    if (valid.length === 0) return new Map();
    const rows = await this.reads.entities(ctx, CpvCode, 't.code = ANY ($1::text[])', [valid]);
    return new Map(rows.map((c) => [c.code, c]));
  }

  /**
   * Refuses (VALIDATION_FAILED on `field`) a category filter that is no CPV 2008 code: a
   * well-formed but unknown code would otherwise silently find nothing.
   */
  async assertKnownFilter(ctx: RequestContext, code: string | null | undefined, field = 'filter.category'): Promise<void> {
    if (code && !(await this.get(ctx, code))) throw validationFailed(field, `${code} is not a CPV 2008 code`);
  }

  /** Refuses (VALIDATION_FAILED on `field.i`) the first code that is not in the vocabulary. */
  async assertKnown(ctx: RequestContext, codes: readonly string[], field: string): Promise<CpvCode[]> {
    const known = await this.getMany(ctx, codes);
    const i = codes.findIndex((c) => !known.has(c));
    if (i >= 0) throw validationFailed(`${field}.${i}`, `${codes[i]} is not a CPV 2008 code`);
    return codes.flatMap((c) => known.get(c) ?? []);
  }

  /**
   * Digits (with or without the check digit) find the codes that start with them, shortest
   * first; words find labels in English or German (`cpvLabelSearchSql`), categories in use by
   * the organization first.
   */
  async search(ctx: RequestContext, search: string, limit: number): Promise<CpvCode[]> {
    // Eight digits and a check digit: the digits decide (a mistyped check digit still finds the code).
    const digits = search.replace(/[\s-]/g, '').replace(/^(\d{8})\d$/, '$1');
    if (/^\d+$/.test(digits)) {
      return this.connection
        .getRepository(ctx, CpvCode)
        .createQueryBuilder('c')
        .where(`c.code LIKE :p`, { p: `${digits.slice(0, 8)}%` })
        .orderBy('c.level', 'ASC')
        .addOrderBy('c.code', 'ASC')
        .limit(limit)
        .getMany();
    }
    const terms = searchTerms(search);
    if (!terms) return [];
    const { sql, params } = cpvLabelSearchSql(ctx.organizationId, terms, limit, await this.caseLinks.caseCategories(ctx));
    const rows: Array<{ code: string; label: string; label_de: string; prefix: string; level: number; parent_code: string | null }> =
      await withTrigramThreshold(this.connection, ctx, (em) => em.query(sql, params));
    return rows.map((r) =>
      Object.assign(new CpvCode(), { code: r.code, label: r.label, labelDe: r.label_de, prefix: r.prefix, level: r.level, parentCode: r.parent_code }),
    );
  }
}
