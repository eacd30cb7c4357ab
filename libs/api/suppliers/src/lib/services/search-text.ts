import { EntityManager } from 'typeorm';
import { RequestContext, TransactionalConnection } from '@bc/api/core';

/**
 * How close a misspelt word must be to a word of the text (pg_trgm word_similarity) to count:
 * 0.5 lets "hydralik" find "hydraulic" (0.56) as well as "Hydraulik" (0.78) while "pump" does
 * not find "lamp". The extension's default (0.6) is too strict for that.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
const MAX_WORDS = 8;

export interface SearchTerms {
  /** For to_tsquery('english', …): every word as a prefix, all required. */
  tsquery: string;
  /** The words, lower-cased, for trigram matching. */
  text: string;
}

/** The words of what a user typed; null when nothing searchable is left. */
export function searchTerms(input: string | null | undefined): SearchTerms | null {
  const words = (input ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS) ?? [];
  if (words.length === 0) return null;
  return { tsquery: words.map((w) => `${w}:*`).join(' & '), text: words.join(' ') };
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
