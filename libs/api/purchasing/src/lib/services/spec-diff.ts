/** What changed between two versions of a specification, matched by the stable key of each line and requirement. */

export enum ChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface KeyedChange<T> {
  change: ChangeKind;
  key: string;
  fields: string[];
  changes: FieldChange[];
  before: T | null;
  after: T | null;
}

const asText = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * Lines or requirements of two versions, matched by `key`: in `after` only → ADDED, in `before`
 * only → REMOVED, in both with a differing field → CHANGED (with each field's before and after).
 * Order follows `after`, then the removed ones in their old order. Position is not compared:
 * moving a line is not a change of what is asked for.
 */
export function diffByKey<T extends { key: string }>(before: readonly T[], after: readonly T[], fields: ReadonlyArray<keyof T & string>): KeyedChange<T>[] {
  const old = new Map(before.map((item) => [item.key, item]));
  const next = new Set(after.map((item) => item.key));
  const out: KeyedChange<T>[] = [];
  for (const item of after) {
    const was = old.get(item.key);
    if (!was) {
      out.push({ change: ChangeKind.ADDED, key: item.key, fields: [], changes: [], before: null, after: item });
      continue;
    }
    const changes = fields
      .map((field) => ({ field, before: asText(was[field]), after: asText(item[field]) }))
      .filter((c) => c.before !== c.after);
    if (changes.length > 0) {
      out.push({ change: ChangeKind.CHANGED, key: item.key, fields: changes.map((c) => c.field), changes, before: was, after: item });
    }
  }
  for (const item of before) {
    if (!next.has(item.key)) out.push({ change: ChangeKind.REMOVED, key: item.key, fields: [], changes: [], before: item, after: null });
  }
  return out;
}

/** Files attached in one version and not the other. */
export function diffAttachments(before: readonly string[], after: readonly string[]): Array<{ change: ChangeKind; fileId: string }> {
  const old = new Set(before);
  const next = new Set(after);
  return [
    ...after.filter((id) => !old.has(id)).map((fileId) => ({ change: ChangeKind.ADDED, fileId })),
    ...before.filter((id) => !next.has(id)).map((fileId) => ({ change: ChangeKind.REMOVED, fileId })),
  ];
}
