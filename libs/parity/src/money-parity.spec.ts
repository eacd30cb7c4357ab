import fc from 'fast-check';
import { AppError } from '@bc/api/core';
import { buildComparison, ComparisonFacts } from '@bc/api/evaluation';
import { emptyContent, QuoteContent, quoteProblems } from '@bc/api/quotes';
import { AMOUNT_RULE, AMOUNT_TOO_LARGE, AWARD_UNIT_PRICE_RULE, decimalProblem, lineTotal, quoteTotal, sumMoney } from '@bc/shared/domain';
// The web's own computations, run against the API's: this project alone reads both sides (scope:parity).
// The files themselves, not the libraries' entry points: those pull in Angular components and Nest modules.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { awardView } from '../../web/award/src/lib/award-lines';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { lineTotal as typedLineTotal, typedQuoteTotal } from '../../web/portal/src/lib/decimal';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { planAward } from '../../api/award/src/lib/services/award-plan';

/**
 * The API and the web compute the same money, to the cent (issue 12): random quotes in several
 * currencies at random rates, each line's total and the quote's total as the supplier's quote form
 * shows them against the API's, and a random award (one supplier per line) as the buyer's award
 * dialog shows it against what the API would store (`planAward`). Where the API refuses an award's
 * amounts as too large for their columns, the dialog shows an amount beyond them too.
 * `npm test` runs a few hundred cases with a fixed seed; `npm run fuzz:money` 10 000 (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261212);
const CASE_CURRENCY = 'EUR';

const format = (units: bigint, places: number): string => {
  const digits = units.toString().padStart(places + 1, '0');
  return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
};

/** A positive decimal with 1 to `maxWhole` digits before the point and 0 to `maxPlaces` after. */
const decimal = (maxWhole: number, maxPlaces: number): fc.Arbitrary<string> =>
  fc
    .record({ whole: fc.integer({ min: 1, max: maxWhole }), places: fc.integer({ min: 0, max: maxPlaces }) })
    .chain(({ whole, places }) => fc.bigInt({ min: 1n, max: 10n ** BigInt(whole + places) - 1n }).map((units) => format(units, places)));

/** Unit prices and quantities up to their columns (12 + 4 and 11 + 3 digits), rates mostly near 1 and sometimes huge. */
const unitPrice = decimal(12, 4);
const quantity = decimal(11, 3);
const rate = fc.oneof({ weight: 4, arbitrary: decimal(2, 8) }, { weight: 1, arbitrary: decimal(10, 8) });

interface Sample {
  requested: string[];
  rates: Record<string, string>;
  quotes: Array<{ currency: string; lines: Array<{ unitPrice: string; quantity: string; comma: boolean } | null> }>;
  picks: number[];
}

const sample: fc.Arbitrary<Sample> = fc.integer({ min: 1, max: 4 }).chain((lineCount) =>
  fc.record({
    requested: fc.array(quantity, { minLength: lineCount, maxLength: lineCount }),
    rates: fc.record({ USD: rate, CHF: rate, JPY: rate, GBP: rate }),
    quotes: fc.array(
      fc.record({
        currency: fc.constantFrom(CASE_CURRENCY, 'USD', 'CHF', 'JPY', 'GBP'),
        lines: fc.array(fc.option(fc.record({ unitPrice, quantity, comma: fc.boolean() }), { nil: null, freq: 5 }), { minLength: lineCount, maxLength: lineCount }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    picks: fc.array(fc.nat(), { minLength: lineCount, maxLength: lineCount }),
  }),
);

/** The line keys, and each line's requested quantity. */
const keyOf = (i: number) => `line-${i + 1}`;

/** What a supplier types: sometimes a decimal comma. */
const typed = (value: string, comma: boolean) => (comma ? value.replace('.', ',') : value);

/** How often a sample got as far as an award, and as a refused one: the property must not hold only vacuously. */
const reached = { awards: 0, refused: 0 };

function check(s: Sample): void {
  const spec = { lines: s.requested.map((q, i) => ({ key: keyOf(i), quantity: q })), requirements: [] };
  const accepted: ComparisonFacts['quotes'][number][] = [];
  s.quotes.forEach((q, n) => {
    // The requested quantity where the supplier offers it in full (half the time), else what was drawn.
    const quoted = q.lines.flatMap((l, i) => (l === null ? [] : [{ ...l, lineKey: keyOf(i), quantity: n % 2 === 0 ? s.requested[i] : l.quantity }]));
    const lines = quoted.map((l) => ({ lineKey: l.lineKey, unitPrice: l.unitPrice, quantity: l.quantity, leadTimeDays: 5, note: '', alternatives: [] }));
    const content: QuoteContent = { ...emptyContent(q.currency), lines };

    // The quote form (web) and the API's quote: every line total and the quote total.
    const typedLines = quoted.map((l) => ({ unitPrice: typed(l.unitPrice, l.comma), quantity: l.quantity }));
    expect(typedLines.map((l) => typedLineTotal(l.unitPrice, l.quantity))).toEqual(lines.map((l) => lineTotal(l)));
    expect(typedQuoteTotal(typedLines)).toBe(quoteTotal(lines));

    const problems = quoteProblems(content, spec, false, '2026-01-01');
    if (problems.length > 0) {
      // Only amounts beyond their columns are refused here; the API never submits such a quote.
      expect(problems.every((p) => p.rule === AMOUNT_TOO_LARGE)).toBe(true);
      return;
    }
    accepted.push({
      invitation: { id: `inv-${n}`, supplierId: `sup-${n}`, supplierName: `Supplier ${n}` } as ComparisonFacts['quotes'][number]['invitation'],
      latest: { revision: 1, submittedAt: new Date(0), sha256: 'f'.repeat(64), content, canonical: '', receiptFormat: 2, nonce: null },
    });
  });
  if (accepted.length === 0) return;

  const comparison = buildComparison({
    rfq: { id: 'rfq', reference: 'R-1', currency: CASE_CURRENCY },
    lines: s.requested.map((q, i) => ({ key: keyOf(i), description: `Line ${i + 1}`, quantity: q, unit: 'pcs' })),
    requirements: [],
    quotes: accepted,
    rates: Object.entries(s.rates).map(([currency, r]) => ({ currency, rate: r, setAt: new Date(0), setByName: null })),
  });
  // One supplier per line, among those offering the full quantity.
  const choice: Record<string, string> = {};
  for (const [i, line] of comparison.lines.entries()) {
    const full = line.offers.filter((o) => o.fullQuantity);
    if (full.length === 0) return;
    choice[line.key] = full[s.picks[i] % full.length].invitationId;
  }

  const web = awardView(comparison, choice);
  reached.awards++;
  let api: ReturnType<typeof planAward>;
  try {
    api = planAward(comparison, { lines: Object.entries(choice).map(([lineKey, invitationId]) => ({ lineKey, invitationId })) });
  } catch (e) {
    reached.refused++;
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).options.details).toMatchObject({ rule: AMOUNT_TOO_LARGE });
    const beyond = web.lines.some((l) => decimalProblem(l.unitPrice, AWARD_UNIT_PRICE_RULE) !== null || decimalProblem(l.total, AMOUNT_RULE) !== null);
    expect(beyond || decimalProblem(web.total, AMOUNT_RULE) !== null).toBe(true);
    return;
  }
  expect(web.complete).toBe(true);
  const byKey = <T extends { lineKey: string }>(lines: readonly T[]): T[] => [...lines].sort((a, b) => a.lineKey.localeCompare(b.lineKey));
  expect(byKey(web.lines).map((l) => [l.lineKey, l.invitationId, l.quantity, l.unitPrice, l.total])).toEqual(
    byKey(api.lines).map((l) => [l.lineKey, l.invitationId, l.quantity, l.unitPrice, l.total]),
  );
  expect(web.total).toBe(api.totalValue);
  // Per supplier, as the API sums an award's lines (award-view.service, the mails, the outcome).
  for (const s of web.bySupplier) expect(s.total).toBe(sumMoney(api.lines.filter((l) => l.invitationId === s.invitationId).map((l) => l.total)));
}

describe('money on both sides', () => {
  it(`computes quote and award totals on the web as the API does, to the cent (seed ${SEED}, ${RUNS} runs)`, () => {
    fc.assert(fc.property(sample, check), { numRuns: RUNS, seed: SEED });
    expect(reached.awards).toBeGreaterThan(RUNS / 4);
    expect(reached.refused).toBeGreaterThan(0);
    expect(reached.refused).toBeLessThan(reached.awards / 2);
  });

  it('is not fooled by a case where the formulas used to differ', () => {
    // Two lines of half a cent: each line shows 0.01, and the quote total is their sum on both sides.
    const lines = [
      { unitPrice: '0.005', quantity: '1' },
      { unitPrice: '0,005', quantity: '1' },
    ];
    expect(typedQuoteTotal(lines)).toBe('0.02');
    expect(quoteTotal(lines.map((l) => ({ ...l, unitPrice: l.unitPrice.replace(',', '.') })))).toBe('0.02');
  });
});
