import { countryCode } from './country';

describe('a country as people type it', () => {
  it('is its ISO code from a code in any case or a name in English or German', () => {
    for (const typed of ['DE', 'de', ' De ', 'Germany', 'germany', 'Deutschland', 'DEUTSCHLAND']) expect(countryCode(typed)).toBe('DE');
    expect(countryCode('Österreich')).toBe('AT');
    expect(countryCode('Osterreich')).toBe('AT');
    expect(countryCode('Schweiz')).toBe('CH');
    expect(countryCode('Switzerland')).toBe('CH');
    expect(countryCode('UK')).toBe('GB');
    expect(countryCode('Vereinigtes Königreich')).toBe('GB');
    expect(countryCode('Czech Republic')).toBe('CZ');
    expect(countryCode('Tschechien')).toBe('CZ');
  });

  it('is nothing for what is no country', () => {
    for (const typed of ['Atlantis', 'XX', 'EU', '', 'D']) expect(countryCode(typed)).toBeNull();
  });
});
