import fc from 'fast-check';
import { RequirementCompliance, RequirementKind } from '@bc/shared/domain';
import { emptyContent, QuoteContent, QuoteLine } from '@bc/api/quotes';
import { ComparisonCache, comparisonKey, ComparisonInputs, contentKey } from './comparison-cache';
import { buildComparison, compareQuotes, ComparisonFacts, comparisonView } from './comparison.service';

/** Numbers in [0, 1) that fast-check draws from a fixed seed: the same RFQ on every run. */
function random(seed: number): () => number {
  const draws = fc.sample(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { seed, numRuns: 20_000 });
  let next = 0;
  return () => draws[next++ % draws.length];
}

/**
 * An RFQ of `suppliers` quotes × `lines` lines drawn at random: quotes in EUR, USD (rated) and one
 * in CHF (no rate), lines left out, quoted without a price, in part or over the quantity, repeated, with
 * alternatives and prices with up to 4 places; ties on purpose (prices from a short list).
 */
function randomFacts(seed: number, suppliers: number, lines: number): ComparisonFacts {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const specLines = Array.from({ length: lines }, (_, i) => ({ key: `l${i}`, description: `Line ${i}`, quantity: pick(['1', '4.000', '8', '2.5', '100']), unit: 'pcs' }));
  const requirements = [
    { key: 'm1', text: 'ATEX', kind: RequirementKind.MUST_HAVE, weight: null },
    { key: 'n1', text: 'Fast', kind: RequirementKind.NICE_TO_HAVE, weight: 30 },
  ];
  const quotes = Array.from({ length: suppliers }, (_, s) => {
    // One supplier quotes in CHF, without a rate: the lines it quotes (every third) cannot be decided.
    const currency = s === 1 ? 'CHF' : pick(['EUR', 'EUR', 'USD']);
    const quoted: QuoteLine[] = [];
    for (const [i, l] of specLines.entries()) {
      const roll = r();
      if (roll < 0.1 || (currency === 'CHF' && i % 3 !== 0)) continue;
      const unitPrice = roll < 0.15 ? null : pick(['10.00', '9.9999', '12.5', '0.01', '1234.5678', '10']);
      const quantity = roll < 0.25 ? '1' : roll < 0.3 ? '1000' : l.quantity;
      const alternatives = roll > 0.9 ? [{ description: 'Other make', unitPrice: pick(['8.00', '11.25']), quantity: l.quantity, leadTimeDays: 5 }] : [];
      quoted.push({ lineKey: l.key, unitPrice, quantity, leadTimeDays: Math.floor(r() * 60), note: roll > 0.95 ? 'note' : '', alternatives });
      if (roll > 0.97) quoted.push({ lineKey: l.key, unitPrice: '0.50', quantity: l.quantity, leadTimeDays: 1, note: 'a second offer', alternatives: [] });
    }
    const answers = r() < 0.8 ? [{ requirementKey: 'm1', compliance: pick([RequirementCompliance.MET, RequirementCompliance.NOT_MET]), comment: '' }] : [];
    const content: QuoteContent = { ...emptyContent(currency), lines: quoted, answers };
    return {
      invitation: { id: `inv${s}`, supplierId: `sup${s}`, supplierName: `Supplier ${String(s).padStart(3, '0')}` } as ComparisonFacts['quotes'][number]['invitation'],
      latest: { revision: 1, submittedAt: new Date(0), sha256: 'f'.repeat(64), content, canonical: '', receiptFormat: 2 as const, nonce: null },
    };
  });
  return {
    rfq: { id: 'rfq', reference: 'R-1', currency: 'EUR' },
    lines: specLines,
    requirements,
    quotes,
    rates: [{ currency: 'USD', rate: '0.92314567', setAt: new Date(0), setByName: 'Buyer' }],
  };
}

/**
 * The comparison the GraphQL field reads is computed once per content (then kept) and its lines made
 * a page at a time: whatever the pages asked, and however often the kept computation is read again,
 * it must be the whole comparison as `buildComparison` makes it.
 */
describe('the comparison read a page of lines at a time from a kept computation', () => {
  const facts = randomFacts(14, 23, 57);
  const whole = buildComparison(facts);
  const compared = compareQuotes(facts);

  it('has the whole comparison besides the lines, and says how many lines there are', () => {
    const { lines: _lines, ...rest } = whole;
    void _lines;
    const { linesAt: _linesAt, ...view } = comparisonView(facts, compared);
    void _linesAt;
    expect(view).toEqual({ ...rest, lineCount: 57 });
    // Some of everything the rule distinguishes is in the drawn RFQ.
    expect(whole.missingRates).toEqual(['CHF']);
    expect(whole.lines.some((l) => l.bestDecided) && whole.lines.some((l) => !l.bestDecided)).toBe(true);
    expect(whole.lines.some((l) => l.offers.filter((o) => o.best).length > 1)).toBe(true);
  });

  it('makes any page of lines as the whole comparison has them, numbered in the whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 1, max: 20 })), (offset, limit) => {
        const page = comparisonView(facts, compared).linesAt(offset, limit);
        expect(page).toEqual(whole.lines.slice(offset, limit === null ? undefined : offset + limit));
      }),
      { numRuns: 40 },
    );
    const pages = [0, 20, 40].flatMap((offset) => comparisonView(facts, compared).linesAt(offset, 20));
    expect(pages).toEqual(whole.lines);
  });

  it('is not changed by what a reader does to the answer it was given', () => {
    const first = comparisonView(facts, compared);
    first.suppliers[0].total = 'changed';
    first.suppliers[0].mustHaveNotMetKeys.push('x');
    first.missingRates.push('XXX');
    first.linesAt(0, 5)[0].offers[0].best = !whole.lines[0].offers[0].best;
    const again = comparisonView(facts, compared);
    expect(again.suppliers).toEqual(whole.suppliers);
    expect(again.missingRates).toEqual(whole.missingRates);
    expect(again.linesAt(0, 5)).toEqual(whole.lines.slice(0, 5));
  });
});

describe('the key of a kept comparison', () => {
  const inputs: ComparisonInputs = {
    organizationId: 'org',
    rfq: { id: 'rfq', reference: 'R-1', currency: 'EUR' },
    lines: [{ key: 'a', description: 'Pump', quantity: '4', unit: 'pcs' }],
    requirements: [{ key: 'm', text: 'ATEX', kind: RequirementKind.MUST_HAVE, weight: null }],
    quotes: [{ quoteId: 'q1', invitationId: 'i1', supplierId: 's1', supplierName: 'Hanse', revision: 1 }],
    rates: [{ currency: 'USD', rate: '0.92' }],
  };

  it('is another key when anything the comparison is computed from changes: a new revision, a rate, the specification, the tenant', () => {
    const key = comparisonKey(inputs);
    expect(comparisonKey({ ...inputs })).toBe(key);
    const changed: ComparisonInputs[] = [
      { ...inputs, quotes: [{ ...inputs.quotes[0], revision: 2 }] },
      { ...inputs, quotes: [{ ...inputs.quotes[0], supplierName: 'Hanse GmbH' }] },
      { ...inputs, quotes: [] },
      { ...inputs, rates: [{ currency: 'USD', rate: '0.93' }] },
      { ...inputs, rates: [] },
      { ...inputs, lines: [{ ...inputs.lines[0], quantity: '5' }] },
      { ...inputs, requirements: [{ ...inputs.requirements[0], kind: RequirementKind.NICE_TO_HAVE }] },
      { ...inputs, rfq: { ...inputs.rfq, currency: 'CHF' } },
      { ...inputs, organizationId: 'other' },
    ];
    for (const c of changed) expect(comparisonKey(c)).not.toBe(key);
  });

  it('reads the same content for another rate or specification, and other content for another revision, quote or tenant', () => {
    const key = contentKey(inputs);
    for (const same of [{ ...inputs, rates: [] }, { ...inputs, lines: [] }, { ...inputs, requirements: [] }, { ...inputs, rfq: { ...inputs.rfq, currency: 'CHF' } }]) {
      expect(contentKey(same)).toBe(key);
    }
    const other: ComparisonInputs[] = [
      { ...inputs, quotes: [{ ...inputs.quotes[0], revision: 2 }] },
      { ...inputs, quotes: [{ ...inputs.quotes[0], quoteId: 'q2' }] },
      { ...inputs, quotes: [...inputs.quotes, { quoteId: 'q2', invitationId: 'i2', supplierId: 's2', supplierName: 'Alpine', revision: 1 }] },
      { ...inputs, rfq: { ...inputs.rfq, id: 'rfq2' } },
      { ...inputs, organizationId: 'other' },
    ];
    for (const c of other) expect(contentKey(c)).not.toBe(key);
  });

  it('keeps the comparisons used last within its limit of offers', () => {
    const cache = new ComparisonCache<string>();
    cache.maxOffers = 100;
    cache.set('a', 'A', 40);
    cache.set('b', 'B', 40);
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C', 40);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    cache.set('huge', 'H', 101);
    expect(cache.get('huge')).toBeUndefined();
  });
});
