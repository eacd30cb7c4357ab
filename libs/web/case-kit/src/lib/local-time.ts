/** Times in `datetime-local` inputs: the user's local time in the form, ISO (UTC) towards the API. */

/** A datetime-local input's value (the user's local time) for an ISO time from the API. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO time (UTC) of a datetime-local value, read as the user's local time; null when blank or broken. */
export function fromLocalInput(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  // Without an offset, a date-time string is local time (ECMAScript's Date parsing rule).
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
