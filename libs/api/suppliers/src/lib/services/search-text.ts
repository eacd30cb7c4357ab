import { EntityManager } from 'typeorm';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { cpvPrefix } from '@bc/shared/domain';

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
  /** For to_tsquery: every word as a prefix, all required. */
  tsquery: string;
  /** The words, lower-cased, for trigram matching. */
  text: string;
  /**
   * Per word, its possible compound heads as tsquery alternatives (` | lager | llager`, or ''):
   * a German compound names a kind of its last part ("Kugellager" is a "Lager"), so the
   * directory offers what is listed under the head when nothing is listed under the compound.
   */
  heads: string[];
  /**
   * For to_tsquery over CPV labels (a fixed vocabulary, no word list to check against): like
   * `tsquery`, each word, one of its compound heads, or the word with two letters swapped.
   */
  tsqueryWithHeads: string;
  /** Per word, the words it becomes with two neighbouring letters swapped (see `transpositions`). */
  swaps: string[][];
}

/** The shortest compound head considered, and the shortest part before it. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/** The endings of a word that could be the head of a German compound, longest first. */
export function compoundHeads(word: string): string[] {
  const out: string[] = [];
  for (let start = MIN_MODIFIER; word.length - start >= MIN_HEAD; start++) out.push(word.slice(start));
  return out;
}

/** Words shorter than this are not tried with swapped letters (too many real words nearby). */
const MIN_SWAP_LENGTH = 5;

/**
 * The word with each pair of neighbouring letters swapped ("hydrualik" → … "hydraulik" …): the
 * commonest typo, and the one trigrams see worst (one swap breaks three trigrams, so
 * "hydrualik" is only 0.43 similar to "hydraulik").
 */
export function transpositions(word: string): string[] {
  if (word.length < MIN_SWAP_LENGTH) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length - 1; i++) {
    if (word[i] === word[i + 1]) continue;
    out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...out];
}

/** The words of what a user typed; null when nothing searchable is left. */
export function searchTerms(input: string | null | undefined): SearchTerms | null {
  const all = (input ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // A single letter (the s of "Söhne's") would only require any word starting with it.
  const longer = all.filter((w) => w.length > 1);
  const words = (longer.length > 0 ? longer : all).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const heads = words.map((w) => compoundHeads(w).map((h) => ` | ${h}`).join(''));
  const swaps = words.map(transpositions);
  return {
    words,
    tsquery: words.map((w) => `${w}:*`).join(' & '),
    text: words.join(' '),
    heads,
    tsqueryWithHeads: words.map((w, i) => `(${w}:*${heads[i]}${swaps[i].map((s) => ` | ${s}:*`).join('')})`).join(' & '),
    swaps,
  };
}

/**
 * A CPV code typed in a search box: eight digits with or without the check digit (`44440000`,
 * `44440000-5`, `444400005`; a wrong check digit is forgiven, the digits decide), or, as the whole
 * search, the first digits of one (`4444`). Answers the category's prefix and the rest of the text.
 */
export function cpvCodeInSearch(input: string | null | undefined): { prefix: string | null; rest: string } {
  const text = (input ?? '').trim();
  const compact = text.replace(/\s+/g, '');
  const full = /^(\d{8})-?\d$/.exec(compact) ?? /^(\d{2,8})$/.exec(compact);
  if (full) return { prefix: cpvPrefix(full[1].padEnd(8, '0')), rest: '' };
  const inner = /(?:^|\s)(\d{8})(?:-\d)?(?=\s|$)/.exec(text);
  if (inner) return { prefix: cpvPrefix(inner[1]), rest: `${text.slice(0, inner.index)} ${text.slice(inner.index + inner[0].length)}`.trim() };
  return { prefix: null, rest: text };
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
 * The CTE `search_query` for one directory: per search word, the word itself (as a prefix), any
 * close word of the directory's word list (trigram index on supplier_search_word), the word with
 * two neighbouring letters swapped where a word of the list starts so (the same index, by LIKE),
 * or one of its compound heads; all search words required. `exact` is the query without
 * variants, to rank exact hits higher. Both are read in English and in German (German category
 * labels are stemmed in German: "Pumpe" finds "Pumpen"). One subquery per word (at most
 * MAX_WORDS), each with its word as a bound parameter, so the planner looks the word up on the
 * trigram index. `org`, `words[i].*` and `exact` are placeholders.
 */
export function searchQueryCte(org: string, words: Array<{ word: string; heads: string; swaps: string }>, exact: string): string {
  const alternatives = words.map(
    ({ word: w, heads, swaps }) => `(SELECT '(' || string_agg(v.word || ':*', ' | ') || ${heads}::text || ')' FROM (
        SELECT ${w}::text AS word
        UNION
        (SELECT sw.word FROM supplier_search_word sw
          WHERE sw.word %> ${w}::text AND sw.organization_id = ${org}
          ORDER BY word_similarity(${w}::text, sw.word) DESC LIMIT ${MAX_WORD_VARIANTS})
        UNION
        SELECT x.swapped FROM unnest(${swaps}::text[]) AS x(swapped)
         WHERE EXISTS (SELECT 1 FROM supplier_search_word sw WHERE sw.word LIKE x.swapped || '%' AND sw.organization_id = ${org})) v)`,
  );
  return `search_query AS (
    SELECT to_tsquery('english', t.expanded) || to_tsquery('german', t.expanded) AS expanded,
           to_tsquery('english', ${exact}) || to_tsquery('german', ${exact}) AS exact
      FROM (SELECT ${alternatives.join(` || ' & ' || `)} AS expanded) t
  )`;
}
