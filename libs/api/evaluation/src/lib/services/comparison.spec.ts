import { RequirementCompliance, RequirementKind } from '@bc/shared/domain';
import { buildComparison, ComparisonFacts } from './comparison.service';
import { emptyContent, QuoteContent, QuoteLine } from '@bc/api/quotes';

const line = (lineKey: string, unitPrice: string | null, quantity: string | null): QuoteLine => ({ lineKey, unitPrice, quantity, leadTimeDays: 10, note: '', alternatives: [] });

function quote(id: string, currency: string, lines: QuoteLine[], answers: QuoteContent['answers'] = []): ComparisonFacts['quotes'][number] {
  const content: QuoteContent = { ...emptyContent(currency), lines, answers };
  return {
    invitation: { id, supplierId: `s-${id}`, supplierName: id } as ComparisonFacts['quotes'][number]['invitation'],
    latest: { revision: 1, submittedAt: new Date(0), sha256: 'f'.repeat(64), content, canonical: '', receiptFormat: 2, nonce: null },
  };
}

const facts = (quotes: ComparisonFacts['quotes'], rates: Record<string, string> = {}): ComparisonFacts => ({
  rfq: { id: 'rfq', reference: 'R-1', currency: 'EUR' },
  lines: [
    { key: 'a', description: 'Pump', quantity: '4.000', unit: 'pcs' },
    { key: 'b', description: 'Seal kit', quantity: '8.000', unit: 'pcs' },
  ],
  requirements: [
    { key: 'm', text: 'ATEX', kind: RequirementKind.MUST_HAVE, weight: null },
    { key: 'n', text: 'Fast', kind: RequirementKind.NICE_TO_HAVE, weight: 30 },
  ],
  quotes,
  rates: Object.entries(rates).map(([currency, rate]) => ({ currency, rate, setAt: new Date(0), setByName: null })),
});

describe('buildComparison', () => {
  it('marks every offer at the lowest converted total of a line best (ties), only among full quantities', () => {
    const c = buildComparison(
      facts(
        [
          quote('x', 'EUR', [line('a', '100', '4'), line('b', '1', '7')]),
          quote('y', 'USD', [line('a', '125', '4'), line('b', '2', '8')]),
          quote('z', 'EUR', [line('a', '100.00', '4.000')]),
        ],
        { USD: '0.8' },
      ),
    );
    // 125 × 4 × 0.8 = 400.00 = 100 × 4: a tie of three.
    expect(c.lines[0].offers.map((o) => [o.lineTotalConverted, o.best])).toEqual([
      ['400.00', true],
      ['400.00', true],
      ['400.00', true],
    ]);
    // x quotes 7 of 8 (cheaper, not ranked); z does not quote the line.
    expect(c.lines[1].offers.map((o) => [o.fullQuantity, o.best])).toEqual([
      [false, false],
      [true, true],
      [false, false],
    ]);
    expect(c.suppliers.map((s) => s.complete)).toEqual([false, true, false]);
    expect(c.complete).toBe(false);
    expect(c.missingRates).toEqual([]);
  });

  it('marks nothing on a line where a full-quantity offer has no rate, and lists the currency once', () => {
    const c = buildComparison(facts([quote('x', 'EUR', [line('a', '100', '4')]), quote('y', 'USD', [line('a', '1', '4')]), quote('w', 'USD', [line('b', '1', '8')])]));
    expect(c.missingRates).toEqual(['USD']);
    expect(c.lines[0].bestDecided).toBe(false);
    expect(c.lines[0].offers.some((o) => o.best)).toBe(false);
    expect(c.suppliers[1]).toMatchObject({ rate: null, rateMissing: true, total: '4.00', totalConverted: null });
  });

  it('flags a must-have answered NOT_MET or not answered, never a nice-to-have', () => {
    const c = buildComparison(
      facts([
        quote('x', 'EUR', [line('a', '1', '4')], [{ requirementKey: 'm', compliance: RequirementCompliance.PARTLY_MET, comment: '' }]),
        quote('y', 'EUR', [line('a', '1', '4')], [{ requirementKey: 'n', compliance: RequirementCompliance.NOT_MET, comment: '' }]),
      ]),
    );
    expect(c.suppliers.map((s) => s.mustHaveNotMetKeys)).toEqual([[], ['m']]);
    expect(c.requirements[1].answers.map((a) => a.mustHaveNotMet)).toEqual([false, false]);
  });
});
