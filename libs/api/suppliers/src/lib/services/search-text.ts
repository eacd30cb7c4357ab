import { EntityManager } from 'typeorm';
import { RequestContext, TransactionalConnection } from '@bc/api/core';

/**
 * How close a misspelt word must be to a known word (pg_trgm word_similarity) to count:
 * 0.5 lets "hydralik" find "hydraulic" (0.56) as well as "Hydraulik" (0.78) while "pump" does
 * not find "lamp". The extension's default (0.6) is too strict for that.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
const MAX_WORDS = 8;

export interface SearchTerms {
  /** The words, lower-cased: letters and digits only, so they are safe in a tsquery. */
  words: string[];
  /** For to_tsquery('english', …): every word as a prefix, all required. */
  tsquery: string;
  /** The words, lower-cased, for trigram matching. */
  text: string;
}

/** The words of what a user typed; null when nothing searchable is left. */
export function searchTerms(input: string | null | undefined): SearchTerms | null {
  const all = (input ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // A single letter (the s of "Söhne's") would only require any word starting with it.
  const longer = all.filter((w) => w.length > 1);
  const words = (longer.length > 0 ? longer : all).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return { words, tsquery: words.map((w) => `${w}:*`).join(' & '), text: words.join(' ') };
}

/**
 * Runs `work` with the trigram threshold set for its statements: in the caller's transaction
 * when there is one, else in a short read-only one of its own (SET LOCAL lasts until its end).
 */
export async function withTrigramThreshold<T>(
  connection: TransactionalConnection,
  ctx: RequestContext,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const run = async (em: EntityManager) => {
    await em.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(WORD_SIMILARITY_THRESHOLD)]);
    return work(em);
  };
  if (ctx.transactionManager) return run(ctx.transactionManager);
  return connection.dataSource.transaction('READ COMMITTED', run);
}

/** How many known words, at most, stand in for one misspelt search word. */
export const MAX_WORD_VARIANTS = 10;

/**
 * The CTE `search_query` for one directory: per search word, the word itself (as a prefix) or
 * any close word of the directory's word list (trigram index on supplier_search_word); all
 * search words required. `exact` is the query without variants, to rank exact hits higher.
 * One subquery per word (at most MAX_WORDS), each with its word as a bound parameter, so the
 * planner looks the word up on the trigram index. `org`, `words[i]` and `exact` are placeholders.
 */
export function searchQueryCte(org: string, words: string[], exact: string): string {
  const alternatives = words.map(
    (w) => `(SELECT '(' || string_agg(v.word || ':*', ' | ') || ')' FROM (
        SELECT ${w}::text AS word
        UNION
        (SELECT sw.word FROM supplier_search_word sw
          WHERE sw.word %> ${w}::text AND sw.organization_id = ${org}
          ORDER BY word_similarity(${w}::text, sw.word) DESC LIMIT ${MAX_WORD_VARIANTS})) v)`,
  );
  return `search_query AS (
    SELECT to_tsquery('english', ${alternatives.join(` || ' & ' || `)}) AS expanded,
           to_tsquery('english', ${exact}) AS exact
  )`;
}
