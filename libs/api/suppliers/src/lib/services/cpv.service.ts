import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { CPV_CODE } from '@bc/shared/domain';
import { CpvCode } from '../entities/cpv-code.entity';
import { searchTerms, withTrigramThreshold } from './search-text';

/** Label search: `$1` a prefix tsquery, `$2` the words for trigrams, `$3` the limit. */
export const CPV_LABEL_SEARCH_SQL = `SELECT code, label, prefix, level, parent_code
   FROM cpv_code
  WHERE label_vector @@ to_tsquery('english', $1) OR $2 <% label
  ORDER BY (label_vector @@ to_tsquery('english', $1)) DESC,
           word_similarity($2, label) DESC, level ASC, code ASC
  LIMIT $3`;

/** The CPV vocabulary: look-up by code, and search by words of a label or digits of a code. */
@Injectable()
export class CpvService {
  constructor(private readonly connection: TransactionalConnection) {}

  async get(ctx: RequestContext, code: string): Promise<CpvCode | null> {
    if (!CPV_CODE.test(code)) return null;
    return this.connection.getRepository(ctx, CpvCode).findOne({ where: { code } });
  }

  async getMany(ctx: RequestContext, codes: readonly string[]): Promise<Map<string, CpvCode>> {
    const valid = [...new Set(codes.filter((c) => CPV_CODE.test(c)))];
    if (valid.length === 0) return new Map();
    const rows = await this.connection.getRepository(ctx, CpvCode).find({ where: { code: In(valid) } });
    return new Map(rows.map((c) => [c.code, c]));
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
   * first; words find labels by full text (every word as a prefix, English stemming) or by
   * trigram similarity (typos), best match first, general codes before specific ones.
   */
  async search(ctx: RequestContext, search: string, limit: number): Promise<CpvCode[]> {
    const digits = search.replace(/[\s-]/g, '');
    if (/^\d+$/.test(digits)) {
      return this.connection
        .getRepository(ctx, CpvCode)
        .createQueryBuilder('c')
        .where(`replace(c.code, '-', '') LIKE :p`, { p: `${digits.slice(0, 9)}%` })
        .orderBy('c.level', 'ASC')
        .addOrderBy('c.code', 'ASC')
        .limit(limit)
        .getMany();
    }
    const terms = searchTerms(search);
    if (!terms) return [];
    const rows: Array<{ code: string; label: string; prefix: string; level: number; parent_code: string | null }> =
      await withTrigramThreshold(this.connection, ctx, (em) =>
        em.query(CPV_LABEL_SEARCH_SQL, [terms.tsquery, terms.text, limit]),
      );
    return rows.map((r) => Object.assign(new CpvCode(), { code: r.code, label: r.label, prefix: r.prefix, level: r.level, parentCode: r.parent_code }));
  }
}
