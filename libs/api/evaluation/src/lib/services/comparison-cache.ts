import { createHash } from 'node:crypto';

/**
 * The most offers (quotes × lines) the comparisons kept at once hold: a 200 × 500 RFQ is 100 000,
 * some 40 MB with the quotes' content they are computed from.
 */
export const COMPARISON_CACHE_OFFERS = 300_000;

/** What a comparison is computed from besides the quotes' content, which its quote and revision fix. */
export interface ComparisonInputs {
  organizationId: string;
  rfq: { id: string; reference: string; currency: string };
  lines: ReadonlyArray<{ key: string; description: string; quantity: string; unit: string }>;
  requirements: ReadonlyArray<{ key: string; text: string; kind: string; weight: number | null }>;
  /** In the comparison's order (by supplier name). */
  quotes: ReadonlyArray<{ quoteId: string; invitationId: string; supplierId: string; supplierName: string; revision: number }>;
  rates: ReadonlyArray<{ currency: string; rate: string }>;
}

/**
 * The key of a comparison: a digest of all it is computed from. A submitted revision is kept for
 * good and never changes (it is sealed, and bound to its quote and number), so the quote and the
 * revision number stand for its content; a new revision (a negotiation round), another rate, another
 * specification or supplier name is another key.
 */
export function comparisonKey(inputs: ComparisonInputs): string {
  const value = [
    contentKey(inputs),
    [inputs.rfq.reference, inputs.rfq.currency],
    inputs.lines.map((l) => [l.key, l.description, l.quantity, l.unit]),
    inputs.requirements.map((r) => [r.key, r.text, r.kind, r.weight]),
    inputs.rates.map((r) => [r.currency, r.rate]),
  ];
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/**
 * The key of the quotes' content a comparison reads (each quote's latest revision, opened): which
 * quotes, whose, and which revision, in the comparison's order. Another rate or specification is the
 * same content: entering a rate neither reads nor decrypts the quotes again.
 */
export function contentKey(inputs: Pick<ComparisonInputs, 'organizationId' | 'rfq' | 'quotes'>): string {
  const value = [inputs.organizationId, inputs.rfq.id, inputs.quotes.map((q) => [q.quoteId, q.invitationId, q.supplierId, q.supplierName, q.revision])];
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/**
 * What the comparisons of closed RFQs were computed from and what they computed, lately, in this
 * process (one of each per ComparisonService), least recently used let go first, by their
 * {@link comparisonKey} or {@link contentKey}: reading a 200 × 500 comparison again (the buyer paging
 * through its lines, the scoring page) neither decrypts the quotes nor recomputes hundred thousand
 * line totals. Whoever reads from it has passed the same access checks first: it only saves the work.
 */
export class ComparisonCache<T = unknown> {
  private readonly entries = new Map<string, { value: T; offers: number }>();
  private offers = 0;
  maxOffers = COMPARISON_CACHE_OFFERS;

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T, offers: number): void {
    if (offers > this.maxOffers) return;
    const old = this.entries.get(key);
    if (old) this.offers -= old.offers;
    this.entries.delete(key);
    this.entries.set(key, { value, offers });
    this.offers += offers;
    for (const [k, e] of this.entries) {
      if (this.offers <= this.maxOffers) break;
      this.entries.delete(k);
      this.offers -= e.offers;
    }
  }
}
