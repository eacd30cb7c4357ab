/** One fact of a timeline entry, for display: a translation key for its label and its value. */
export interface TimelineFact {
  label: string;
  value: string;
  /** The value is a stage: translate it as `stages.<value>`. */
  stage?: boolean;
}

/** An audit entry as the timeline shows it. */
export interface TimelineEntry {
  id: string;
  action: string;
  actorName: string | null;
  occurredAt: string;
  facts: TimelineFact[];
}

/** The summary keys a person reads in a timeline, in this order; anything else stays in the audit view. */
const FACT_KEYS = ['from', 'to', 'reason', 'comment', 'supplier', 'decision', 'revision', 'role', 'user', 'question', 'answer', 'quotesOpened', 'invited', 'version'] as const;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ') || null;
  return null;
}

/**
 * The readable facts of an audit entry's summary (JSON, as the API gives it): stages, reasons,
 * comments, the supplier, and counts, with long texts shortened. Unknown or nested values are left
 * out; a summary that does not parse gives none.
 */
export function timelineFacts(summaryJson: string, max = 240): TimelineFact[] {
  let summary: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(summaryJson);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
    summary = parsed as Record<string, unknown>;
  } catch {
    return [];
  }
  const facts: TimelineFact[] = [];
  for (const key of FACT_KEYS) {
    const value = text(summary[key]);
    if (value === null) continue;
    const shortened = value.length > max ? `${value.slice(0, max - 1)}…` : value;
    facts.push({ label: `timeline.facts.${key}`, value: shortened, ...(key === 'from' || key === 'to' ? { stage: true } : {}) });
  }
  return facts;
}
