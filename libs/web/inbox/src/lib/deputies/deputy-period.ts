/**
 * The period of a deputy naming from two calendar days (yyyy-mm-dd, as date inputs give them): from
 * the start of the first day to the end of the last, in the browser's time zone. Null when the
 * last day is before the first or a day is not a date.
 */
export function periodOf(from: string, to: string): { startsAt: string; endsAt: string } | null {
  const start = localDay(from);
  const end = localDay(to);
  if (!start || !end || end.getTime() < start.getTime()) return null;
  const endsAt = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1);
  return { startsAt: start.toISOString(), endsAt: endsAt.toISOString() };
}

function localDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}
