import { addDaysIso, isPositiveDecimal, lineTotal, normalizeDecimal, relativeParts, sumTotals } from './decimal';

describe('quote money arithmetic', () => {
  it('reads a decimal comma as a point and refuses what is not a plain decimal', () => {
    expect(normalizeDecimal(' 12,50 ')).toBe('12.50');
    expect(normalizeDecimal('1 000.5')).toBe('1000.5');
    expect(normalizeDecimal(7)).toBe('7');
    expect(normalizeDecimal('')).toBeNull();
    expect(normalizeDecimal('-1')).toBeNull();
    expect(normalizeDecimal('1.2.3')).toBeNull();
    expect(normalizeDecimal('1e3')).toBeNull();
    expect(normalizeDecimal(null)).toBeNull();
  });

  it('multiplies without float error', () => {
    expect(lineTotal('0.1', '3')).toBe('0.30');
    expect(lineTotal('19.99', '3')).toBe('59.97');
    expect(lineTotal('1.005', '1')).toBe('1.01');
    expect(lineTotal('1234567890.1234', '1000.000')).toBe('1234567890123.40');
    expect(lineTotal('0.0049', '1')).toBe('0.00');
    expect(lineTotal('0.005', '1')).toBe('0.01');
    expect(lineTotal('12,5', '2')).toBe('25.00');
  });

  it('has no line total without both price and quantity', () => {
    expect(lineTotal('', '2')).toBeNull();
    expect(lineTotal('10', null)).toBeNull();
    expect(lineTotal('abc', '2')).toBeNull();
  });

  it('sums totals exactly, skipping missing ones', () => {
    expect(sumTotals(['0.10', '0.20'])).toBe('0.30');
    expect(sumTotals(['1000000000000.01', null, '0.99'])).toBe('1000000000001.00');
    expect(sumTotals([null, undefined])).toBeNull();
    expect(sumTotals([])).toBeNull();
  });

  it('knows a positive amount', () => {
    expect(isPositiveDecimal('0.01')).toBe(true);
    expect(isPositiveDecimal('0.000')).toBe(false);
    expect(isPositiveDecimal(null)).toBe(false);
  });

  it('adds days across a month end as a local calendar day', () => {
    expect(addDaysIso(new Date(2026, 0, 25, 23, 30), 30)).toBe('2026-02-24');
    expect(addDaysIso(new Date(2026, 11, 31), 1)).toBe('2027-01-01');
  });

  it('says how far a moment is in the largest whole unit', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(relativeParts(new Date('2026-03-04T13:00:00Z'), now)).toEqual({ value: 3, unit: 'day' });
    expect(relativeParts(new Date('2026-03-01T09:59:00Z'), now)).toEqual({ value: -2, unit: 'hour' });
    expect(relativeParts(new Date('2026-03-01T12:05:30Z'), now)).toEqual({ value: 5, unit: 'minute' });
    expect(relativeParts(new Date('2026-03-01T12:00:20Z'), now)).toEqual({ value: 0, unit: 'minute' });
  });
});
