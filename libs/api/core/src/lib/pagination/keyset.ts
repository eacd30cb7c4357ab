import { createHash } from 'node:crypto';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { validationFailed } from '../errors/app-error';

/** The SQL type of a sort key: how its value is written into a cursor and read back as a parameter. */
export type KeyType = 'timestamptz' | 'text' | 'uuid' | 'bigint' | 'float8';

export interface SortKey {
  /** The SQL expression the list orders by (`c.created_at`). */
  expression: string;
  type: KeyType;
  descending?: boolean;
}

/**
 * One sort order a list offers: its name (written into every cursor, so a cursor of another sort is
 * refused) and its keys, the last of which is unique (the id). No key may be NULL.
 */
export interface KeysetSort {
  name: string;
  keys: readonly SortKey[];
}

/** What a client asks for: the first page (nothing), the page after or before a cursor, or the last page. */
export interface PageRequest {
  after?: string | null;
  before?: string | null;
  last?: boolean | null;
  limit: number;
}

/** One page with the cursors of its first and last rows. */
export interface KeysetPage<T> {
  items: T[];
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** The stable rule codes of a refused cursor (`details.rule`). */
export const CursorRule = {
  INVALID: 'CURSOR_INVALID',
  OTHER_SORT: 'CURSOR_OTHER_SORT',
  BOTH_DIRECTIONS: 'CURSOR_BOTH_DIRECTIONS',
} as const;

const KEY_PATTERNS: Record<KeyType, RegExp> = {
  timestamptz: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  bigint: /^-?\d{1,19}$/,
  float8: /^-?(\d+(\.\d+)?(e[-+]?\d+)?|Infinity)$/,
  text: /^[^]{0,1000}$/,
};

/** The text of a key as a cursor holds it: timestamps in UTC to the microsecond (a JS Date would lose them). */
function keyText(key: SortKey): string {
  return key.type === 'timestamptz' ? `to_char(${key.expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : `(${key.expression})::text`;
}

/** A short checksum of a cursor's payload: a cursor changed by hand (or cut) is refused, not read as another position. */
const checksum = (payload: string): string => createHash('sha256').update(payload).digest('base64url').slice(0, 8);

/** `<payload>.<checksum>`, the payload base64url JSON `[sort, ...keys]`. */
const encode = (sort: string, keys: readonly string[]): string => {
  const payload = Buffer.from(JSON.stringify([sort, ...keys]), 'utf8').toString('base64url');
  return `${payload}.${checksum(payload)}`;
};

/** The keys a cursor holds, checked against the sort; anything else is refused naming the field. */
export function decodeCursor(sort: KeysetSort, cursor: string, field: string): string[] {
  const refuse = () => validationFailed(field, 'This is not a cursor of this list; start again from the first page', { rule: CursorRule.INVALID });
  let decoded: unknown;
  try {
    const [, payload, check] = /^([A-Za-z0-9_-]{1,4000})\.([A-Za-z0-9_-]{8})$/.exec(cursor) ?? [];
    if (!payload || check !== checksum(payload)) throw refuse();
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length < 1 || typeof decoded[0] !== 'string') throw refuse();
  const [name, ...keys] = decoded as unknown[];
  if (name !== sort.name) {
    throw validationFailed(field, 'The cursor belongs to another sort order; start again from the first page', { rule: CursorRule.OTHER_SORT });
  }
  if (keys.length !== sort.keys.length || keys.some((k, i) => typeof k !== 'string' || !KEY_PATTERNS[sort.keys[i].type].test(k))) throw refuse();
  return keys as string[];
}

/**
 * Keyset pagination over hand-written SQL: a page is found by the sort key of its boundary row, not
 * by counting rows, so page N costs what page 1 costs when an index matches the sort. The caller
 * adds `select()` to its select list, `where()` to its conditions and `orderBy()`/`limit` at the end,
 * then hands the rows to `page()`.
 */
export class Keyset {
  /** The boundary row's keys (null: the first or the last page). */
  readonly cursor: string[] | null;
  /** True when rows are read against the list's order (before a cursor, or the last page). */
  readonly backwards: boolean;

  constructor(
    private readonly sort: KeysetSort,
    private readonly request: PageRequest,
  ) {
    if (request.after && request.before) {
      throw validationFailed('before', 'Ask for the page after or before a cursor, not both', { rule: CursorRule.BOTH_DIRECTIONS });
    }
    const after = request.after ? decodeCursor(sort, request.after, 'after') : null;
    const before = request.before ? decodeCursor(sort, request.before, 'before') : null;
    this.cursor = after ?? before;
    this.backwards = !!before || (!after && !!request.last);
  }

  /** The sort keys as text, each with its alias `keyset_<n>` (for a query builder's addSelect). */
  selects(): Array<[expression: string, alias: string]> {
    return this.sort.keys.map((k, i) => [keyText(k), `keyset_${i}`]);
  }

  /** The same as a select list. */
  select(): string {
    return this.selects().map(([expression, alias]) => `${expression} AS ${alias}`).join(', ');
  }

  /** The condition "beyond the cursor" in the direction read, or TRUE without one. */
  where(bind: (value: unknown) => string): string {
    if (!this.cursor) return 'TRUE';
    const values = this.cursor.map((v, i) => `CAST(${bind(v)} AS ${this.sort.keys[i].type})`);
    const greater = (key: SortKey) => !!key.descending === this.backwards;
    const keys = this.sort.keys;
    if (keys.every((k) => greater(k) === greater(keys[0]))) {
      // One direction for every key: a row comparison, which a matching index answers directly.
      return `(${keys.map((k) => k.expression).join(', ')}) ${greater(keys[0]) ? '>' : '<'} (${values.join(', ')})`;
    }
    const terms = keys.map((key, i) => {
      const equal = keys.slice(0, i).map((k, j) => `${k.expression} = ${values[j]}`);
      return `(${[...equal, `${key.expression} ${greater(key) ? '>' : '<'} ${values[i]}`].join(' AND ')})`;
    });
    return `(${terms.join(' OR ')})`;
  }

  /** The order rows are read in: the list's, or its reverse when reading backwards. */
  order(): Array<[expression: string, direction: 'ASC' | 'DESC']> {
    return this.sort.keys.map((k) => [k.expression, !!k.descending !== this.backwards ? 'DESC' : 'ASC']);
  }

  /** One row more than the page, to tell whether the list goes on. */
  get readLimit(): number {
    return this.request.limit + 1;
  }

  /** ORDER BY … LIMIT … for a raw statement. */
  orderAndLimit(): string {
    return `ORDER BY ${this.order().map(([e, d]) => `${e} ${d}`).join(', ')} LIMIT ${this.readLimit}`;
  }

  /** The page in the list's order, with its cursors; `rows` as read (with the `keyset_n` columns). */
  page<R extends Record<string, unknown>, T>(rows: readonly R[], map: (row: R) => T): KeysetPage<T> {
    const more = rows.length > this.request.limit;
    const read = rows.slice(0, this.request.limit);
    const ordered = this.backwards ? [...read].reverse() : read;
    const cursorOf = (row: R | undefined) => (row ? encode(this.sort.name, this.sort.keys.map((_, i) => String(row[`keyset_${i}`]))) : null);
    return {
      items: ordered.map(map),
      startCursor: cursorOf(ordered[0]),
      endCursor: cursorOf(ordered[ordered.length - 1]),
      hasNextPage: this.backwards ? !!this.request.before : more,
      hasPreviousPage: this.backwards ? more : !!this.request.after,
    };
  }
}

/**
 * Reads one keyset page of entities through a TypeORM query builder that holds the list's
 * conditions (no joins: a raw row per entity). The builder itself is left as it was, for the count.
 */
export async function readKeysetPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, keyset: Keyset): Promise<KeysetPage<T>> {
  const read = qb.clone();
  let n = 0;
  read.andWhere(
    keyset.where((value) => {
      const name = `keyset${n++}`;
      read.setParameter(name, value);
      return `:${name}`;
    }),
  );
  for (const [expression, alias] of keyset.selects()) read.addSelect(expression, alias);
  keyset.order().forEach(([expression, direction], i) => (i === 0 ? read.orderBy(expression, direction) : read.addOrderBy(expression, direction)));
  const { entities, raw } = await read.limit(keyset.readLimit).getRawAndEntities<Record<string, unknown>>();
  // Only the sort keys of a raw row are read (for the cursors): copied alone, not the row's every column.
  const aliases = keyset.selects().map(([, alias]) => alias);
  const rows = raw.map((row, i) => {
    const kept: Record<string, unknown> & { entity: T } = { entity: entities[i] };
    for (const alias of aliases) kept[alias] = row[alias];
    return kept;
  });
  return keyset.page(rows, (row) => row.entity);
}

/** How many rows the builder's conditions match: `count(*)`, which an index on the list's order answers. */
export async function countRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<number> {
  const row = await qb.clone().select('count(*)', 'n').orderBy().getRawOne<{ n: string }>();
  return Number(row?.n ?? 0);
}

/** A JS Date as a cursor's timestamp key (the pattern holds microseconds; a Date has milliseconds). */
export const timestampKey = (at: Date): string => at.toISOString().replace('Z', '000Z');

/**
 * A keyset page of rows already read in the list's order, for a list whose condition is a rule
 * in code rather than SQL, or a short list read whole (the portal's open rounds). The keys are compared as text, so
 * each must sort as text like its value (`timestampKey`, uuids).
 */
export function keysetPageOf<T>(sort: KeysetSort, request: PageRequest, rows: readonly T[], keysOf: (row: T) => string[]): KeysetPage<T> {
  const keyset = new Keyset(sort, request);
  const compare = (keys: string[], cursor: string[]) => {
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== cursor[i]) return (keys[i] < cursor[i] ? -1 : 1) * (sort.keys[i].descending ? -1 : 1);
    }
    return 0;
  };
  const cursor = keyset.cursor;
  let candidates = cursor ? rows.filter((row) => compare(keysOf(row), cursor) * (keyset.backwards ? -1 : 1) > 0) : [...rows];
  if (keyset.backwards) candidates = candidates.reverse();
  const read = candidates.slice(0, keyset.readLimit).map((row) => ({ row, ...Object.fromEntries(keysOf(row).map((k, i) => [`keyset_${i}`, k])) }));
  return keyset.page(read, (r) => r.row);
}
