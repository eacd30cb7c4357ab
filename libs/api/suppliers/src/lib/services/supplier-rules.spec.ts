import { guardCell, unguardCell } from './supplier-csv-format';
import { categoryPrefixes } from './supplier-directory.service';
import { reliabilityHistory, reliabilityScore, onTimeRate, windowStart } from './reliability';
import { compoundHeads, cpvCodeInSearch, searchTerms, transpositions } from './search-text';

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

  it('is followed over time: the score after each event, from the events up to it inside the window', () => {
    const ev = (occurredOn: string, kind: string, onTime: boolean | null = null) => ({ occurredOn, kind, onTime });
    const history = reliabilityHistory([
      ev('2030-02-12', 'DELIVERY', false),
      ev('2030-01-25', 'DELIVERY', true),
      ev('2030-02-20', 'AWARD'),
      ev('2030-03-05', 'QUALITY_INCIDENT'),
      // three years and a day after the first delivery: it has left the window
      ev('2033-01-26', 'DELIVERY', true),
    ]);
    expect(history.map((p) => [p.event.occurredOn, p.before, p.score])).toEqual([
      ['2030-01-25', null, 100],
      ['2030-02-12', 100, 50],
      ['2030-02-20', 50, 50],
      ['2030-03-05', 50, 40],
      // the late delivery of 02-12 and the incident remain: 1 of 2 on time, less 10
      ['2033-01-26', 40, 40],
    ]);
    expect(windowStart('2032-02-29')).toBe('2029-02-28');
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
    expect(searchTerms("  Müller & Söhne's   O'Brien-Pumpen ")).toMatchObject({
      words: ['müller', 'söhne', 'brien', 'pumpen'],
      tsquery: 'müller:* & söhne:* & brien:* & pumpen:*',
      text: 'müller söhne brien pumpen',
    });
    expect(searchTerms(' !!! ')).toBeNull();
    expect(searchTerms('aa bb cc dd ee ff gg hh ii jj')?.words).toHaveLength(8);
    expect(searchTerms('x')?.words).toEqual(['x']);
  });

  it('offers the heads of a German compound as alternatives: a Kugellager is a Lager', () => {
    expect(compoundHeads('kugellager')).toEqual(['ellager', 'llager', 'lager', 'ager']);
    expect(compoundHeads('lager')).toEqual([]);
    expect(searchTerms('Kugellager Nord')?.tsqueryWithHeads).toMatch(/^\(kugellager:\* \| ellager \| llager \| lager \| ager \| .*\) & \(nord:\*\)$/);
  });

  it('tries swapped neighbouring letters, the typo trigrams miss, on words of 5 letters or more', () => {
    expect(transpositions('hydrualik')).toContain('hydraulik');
    expect(transpositions('lager')).toEqual(['alger', 'lgaer', 'laegr', 'lagre']);
    expect(transpositions('pump')).toEqual([]);
    expect(transpositions('ssss')).toEqual([]);
  });
});

describe('a CPV code typed in the search box', () => {
  it('is its category, with or without the check digit, or its first digits as the whole search', () => {
    expect(cpvCodeInSearch('44440000')).toEqual({ prefix: '4444', rest: '' });
    expect(cpvCodeInSearch('44440000-5')).toEqual({ prefix: '4444', rest: '' });
    expect(cpvCodeInSearch('444400006')).toEqual({ prefix: '4444', rest: '' });
    expect(cpvCodeInSearch(' 4444 ')).toEqual({ prefix: '4444', rest: '' });
    expect(cpvCodeInSearch('42000000-6 Zahnräder')).toEqual({ prefix: '42', rest: 'Zahnräder' });
    // Digits among words are words (a company "Pumpen 2000"), unless they are a whole code.
    expect(cpvCodeInSearch('Pumpen 2000')).toEqual({ prefix: null, rest: 'Pumpen 2000' });
    expect(cpvCodeInSearch('Hydraulik')).toEqual({ prefix: null, rest: 'Hydraulik' });
  });
});
