import { guardCell, unguardCell } from './supplier-csv.service';
import { categoryPrefixes } from './supplier-directory.service';
import { reliabilityScore, onTimeRate } from './reliability';
import { searchTerms } from './search-text';

describe('the reliability score', () => {
  const counts = (deliveries: number, lateDeliveries: number, qualityIncidents: number, awards = 0) => ({ deliveries, lateDeliveries, qualityIncidents, awards });

  it('is unknown without deliveries or incidents, whatever the awards', () => {
    expect(reliabilityScore(counts(0, 0, 0, 5))).toBeNull();
    expect(onTimeRate(counts(0, 0, 0))).toBeNull();
  });

  it('is the on-time rate less 10 points per quality incident, within 0..100', () => {
    expect(reliabilityScore(counts(4, 1, 1))).toBe(65);
    expect(reliabilityScore(counts(10, 0, 0))).toBe(100);
    expect(reliabilityScore(counts(3, 1, 0))).toBe(66.67);
    expect(reliabilityScore(counts(2, 2, 3))).toBe(0);
    expect(reliabilityScore(counts(0, 0, 2))).toBe(80);
  });
});

describe('CSV cells', () => {
  it.each(['=1+1', '+49 40 1', '-5', '@SUM(A1)', '\tx', '\rx'])('quotes %j on export and unquotes it on import', (value) => {
    expect(guardCell(value)).toBe(`'${value}`);
    expect(unguardCell(guardCell(value))).toBe(value);
  });

  it('leaves other cells, and quotes a user typed, alone', () => {
    expect(guardCell('Weser Pumpen')).toBe('Weser Pumpen');
    expect(unguardCell("'quoted'")).toBe("'quoted'");
  });
});

describe('category prefixes', () => {
  it('holds every level above each code, once', () => {
    expect(categoryPrefixes(['42122130-0', '42121100-4'])).toEqual(['42', '421', '4212', '42121', '421211', '42122', '421221', '4212213']);
    expect(categoryPrefixes([])).toEqual([]);
  });
});

describe('search terms', () => {
  it('keeps letters and digits of up to 8 words (no single letters beside longer words), lower-cased, each a required prefix', () => {
    expect(searchTerms("  Müller & Söhne's   O'Brien-Pumpen ")).toEqual({
      words: ['müller', 'söhne', 'brien', 'pumpen'],
      tsquery: 'müller:* & söhne:* & brien:* & pumpen:*',
      text: 'müller söhne brien pumpen',
    });
    expect(searchTerms(' !!! ')).toBeNull();
    expect(searchTerms('aa bb cc dd ee ff gg hh ii jj')?.words).toHaveLength(8);
    expect(searchTerms('x')?.words).toEqual(['x']);
  });
});
