import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { TransactionalConnection } from '../database/transaction';

/** How a read's JSON rows become the values its caller expects: the fields that hold timestamps (JSON has no dates). */
export interface ReadShape {
  dates?: readonly string[];
}

interface Read {
  sql: string;
  params: readonly unknown[];
}

/** Postgres types whose values JSON would round (numbers past 2^53) or that TypeORM parses from their text form. */
const AS_TEXT = new Set(['numeric', 'decimal', 'bigint', 'int8', 'money']);
const TEXT_ARRAYS = new Set(['enum', 'simple-enum', 'simple-array', 'simple-json', 'hstore', 'cube', 'vector', 'halfvec']);

/**
 * Runs the reads a request issues in one resolver wave as ONE statement. Every DataLoader of a
 * request dispatches its batch in the same tick; a batch that reads through here joins the other
 * reads of that tick, and the lot goes to PostgreSQL as `SELECT (SELECT json_agg(q) FROM (<read 1>) q),
 * (SELECT json_agg(q) FROM (<read 2>) q), …`. A case detail then costs one statement per level of
 * its nesting instead of one per nested concern (issue 14: at most 8).
 *
 * A read answers JSON rows: numbers as JSON numbers (cast numeric and bigint columns to text when
 * their precision matters) and timestamps as text, revived to `Date` for the fields named in its
 * {@link ReadShape}. Entities are read with their numeric columns as text and hydrated through
 * TypeORM's driver, as `find` would. A read's SQL numbers its parameters from $1 and must not
 * hold a `$` followed by a digit anywhere else (they are renumbered in the combined statement).
 */
@Injectable()
export class CombinedReads {
  private readonly selects = new WeakMap<EntityMetadata, { columns: ColumnMetadata[]; select: string }>();

  constructor(private readonly connection: TransactionalConnection) {}

  /** The rows of `sql`, read with the request's other reads of this tick. */
  async rows<T>(ctx: RequestContext, sql: string, params: readonly unknown[], shape: ReadShape = {}): Promise<T[]> {
    const rows = (await this.batcher(ctx).load({ sql, params })) as Array<Record<string, unknown>>;
    if (shape.dates?.length) for (const row of rows) for (const field of shape.dates) if (typeof row[field] === 'string') row[field] = new Date(row[field] as string);
    return rows as T[];
  }

  /**
   * Entities of `target` whose row (alias `t`) matches `where` (parameters from $1), in `orderBy`'s
   * order, hydrated as TypeORM's `find` hydrates them (column types, transformers).
   */
  async entities<T extends ObjectLiteral>(ctx: RequestContext, target: EntityTarget<T>, where: string, params: readonly unknown[], orderBy?: string): Promise<T[]> {
    const manager = this.connection.manager(ctx);
    const metadata = manager.connection.getMetadata(target);
    const { columns, select } = this.selectOf(metadata);
    const sql = `${select} WHERE ${where}${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
    const rows = (await this.batcher(ctx).load({ sql, params })) as Array<Record<string, unknown>>;
    return rows.map((row) => {
      const entity = metadata.create() as T;
      for (const column of columns) column.setEntityValue(entity, manager.connection.driver.prepareHydratedValue(row[column.databaseName], column));
      return entity;
    });
  }

  /** An entity's selected columns and its `SELECT … FROM table t`, worked out once per entity (a list's hot path). */
  private selectOf(metadata: EntityMetadata): { columns: ColumnMetadata[]; select: string } {
    let found = this.selects.get(metadata);
    if (!found) {
      const driver = metadata.connection.driver;
      const columns = metadata.columns.filter((c) => !c.isVirtual && c.isSelect);
      const list = columns.map((c) => `${columnSql(c, driver.normalizeType(c))} AS "${c.databaseName}"`).join(', ');
      found = { columns, select: `SELECT ${list} FROM ${metadata.tablePath.split('.').map((p) => `"${p}"`).join('.')} t` };
      this.selects.set(metadata, found);
    }
    return found;
  }

  /** The request's batcher: one statement for the reads of one tick (never cached: the part loaders cache). */
  private batcher(ctx: RequestContext): DataLoader<Read, unknown[]> {
    return ctx.loaders.batcher('core.combinedReads', (reads: readonly Read[]) => this.runCombined(ctx, reads));
  }

  private async runCombined(ctx: RequestContext, reads: readonly Read[]): Promise<unknown[][]> {
    const params: unknown[] = [];
    const columns = reads.map((read, i) => {
      const sql = renumber(read.sql, params.length, read.params.length);
      params.push(...read.params);
      return `(SELECT coalesce(json_agg(q), '[]'::json) FROM (${sql}) q) AS r${i}`;
    });
    const [row] = (await this.connection.manager(ctx).query(`SELECT ${columns.join(', ')}`, params)) as Array<Record<string, unknown[]>>;
    return reads.map((_, i) => row[`r${i}`]);
  }
}

/** The column as the combined read selects it: text where JSON would lose what the driver expects. */
function columnSql(column: ColumnMetadata, type: string): string {
  const name = `t."${column.databaseName}"`;
  if (type === 'bytea') throw new Error(`CombinedReads: ${column.entityMetadata.name}.${column.propertyName} is bytea, which a combined read cannot carry`);
  if (AS_TEXT.has(type)) return column.isArray ? `${name}::text[]` : `${name}::text`;
  if (column.isArray && TEXT_ARRAYS.has(type)) return `${name}::text`;
  if (!column.isArray && TEXT_ARRAYS.has(type) && type !== 'enum' && type !== 'simple-enum') return `${name}::text`;
  return name;
}

/** `sql` with its parameters $1…$count moved up by `offset` (the parameters of the reads before it). */
export function renumber(sql: string, offset: number, count: number): string {
  return sql.replace(/\$(\d+)/g, (match, n: string) => {
    const index = Number(n);
    if (index < 1 || index > count) throw new Error(`CombinedReads: ${match} is not one of the read's ${count} parameters`);
    return `$${index + offset}`;
  });
}
