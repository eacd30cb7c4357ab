import type { OcdsRecord, OcdsRelease } from './ocds.types';

/**
 * OCDS 1.1 merging (https://standard.open-contracting.org/1.1/en/schema/merging/), for the fields
 * this export writes. There is no maintained JavaScript implementation (the reference one is the
 * Python ocdsmerge), so the rules are written here and tested on their own:
 *
 * - releases are merged in date order; a later value replaces an earlier one;
 * - objects merge field by field; a `null` removes the field;
 * - arrays of objects that all carry an `id` merge by identifier (an element with a new id is
 *   appended, one with a known id is merged into it);
 * - any other array (strings, or objects without ids) is replaced whole;
 * - `id`, `date` and `tag` of the compiled release are its own (`<ocid>-compiled`, the latest date, `compiled`).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const identified = (v: Json[]): v is Array<Record<string, Json>> => v.length > 0 && v.every((e) => isObject(e) && (typeof e['id'] === 'string' || typeof e['id'] === 'number'));

function mergeArray(earlier: Json | undefined, later: Json[]): Json[] {
  if (!identified(later) || !Array.isArray(earlier) || !identified(earlier)) return later.map((e) => mergeValue(undefined, e) ?? null);
  const merged = earlier.map((e) => ({ ...e }));
  for (const element of later) {
    const at = merged.findIndex((e) => String(e['id']) === String(element['id']));
    if (at < 0) merged.push(mergeValue(undefined, element) as Record<string, Json>);
    else merged[at] = mergeValue(merged[at], element) as Record<string, Json>;
  }
  return merged;
}

/** Merges `later` over `earlier`; `undefined` means the field is absent (a removed field stays removed). */
export function mergeValue(earlier: Json | undefined, later: Json): Json | undefined {
  if (later === null) return undefined;
  if (Array.isArray(later)) return mergeArray(earlier, later);
  if (!isObject(later)) return later;
  const merged: Record<string, Json> = isObject(earlier) ? { ...earlier } : {};
  for (const [key, value] of Object.entries(later)) {
    const next = mergeValue(merged[key], value);
    if (next === undefined) delete merged[key];
    else merged[key] = next;
  }
  return merged;
}

/** The compiled release of one contracting process (its releases, in any order). */
export function compileReleases(releases: readonly OcdsRelease[]): Record<string, unknown> {
  if (releases.length === 0) throw new Error('A record needs at least one release');
  const ordered = [...releases].sort((a, b) => a.date.localeCompare(b.date) || 0);
  let compiled: Json | undefined = {};
  for (const release of ordered) compiled = mergeValue(compiled, release as unknown as Json);
  const last = ordered[ordered.length - 1];
  return { ...(compiled as Record<string, Json>), id: `${last.ocid}-compiled`, date: last.date, tag: ['compiled'] };
}

export function recordOf(releases: readonly OcdsRelease[]): OcdsRecord {
  return { ocid: releases[0].ocid, releases: [...releases], compiledRelease: compileReleases(releases) };
}
