import { dateBoundsProblem, dateTimeBoundsProblem, decimalProblem, EXCHANGE_RATE_RULE, MONEY_RULE, QUANTITY_RULE } from './input-bounds';

describe('the input bounds', () => {
  it('takes a quantity the column numeric(14,3) with CHECK (quantity > 0) holds, and nothing else', () => {
    for (const ok of ['1', '0.001', '99999999999.999', '00012.5']) expect(decimalProblem(ok, QUANTITY_RULE)).toBeNull();
    expect(decimalProblem('0', QUANTITY_RULE)).toBe('is greater than 0');
    expect(decimalProblem('0.000', QUANTITY_RULE)).toBe('is greater than 0');
    expect(decimalProblem('100000000000', QUANTITY_RULE)).toMatch(/at most 11 digits/);
    expect(decimalProblem('1.0001', QUANTITY_RULE)).toMatch(/at most 3 decimal places/);
    for (const bad of ['-1', '1e3', '1,5', ' 1', '.5', '5.', '', 'NaN']) expect(decimalProblem(bad, QUANTITY_RULE)).toMatch(/decimal number/);
    expect(decimalProblem(5, QUANTITY_RULE)).toMatch(/as text/);
  });

  it('takes a money amount of 0 (numeric(16,2), CHECK >= 0) and an exchange rate only above 0', () => {
    expect(decimalProblem('0.00', MONEY_RULE)).toBeNull();
    expect(decimalProblem('99999999999999.99', MONEY_RULE)).toBeNull();
    expect(decimalProblem('999999999999999', MONEY_RULE)).toMatch(/at most 14 digits/);
    expect(decimalProblem('0.00000000', EXCHANGE_RATE_RULE)).toBe('is greater than 0');
    expect(decimalProblem('0.00000001', EXCHANGE_RATE_RULE)).toBeNull();
  });

  it('takes dates from 2000 to 10 years ahead, real days of the calendar only', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    expect(dateBoundsProblem('2000-01-01', now)).toBeNull();
    expect(dateBoundsProblem('2036-12-06', now)).toBeNull();
    expect(dateBoundsProblem('1999-12-31', now)).toBe('is not before 2000');
    expect(dateBoundsProblem('2036-12-07', now)).toBe('is at most 10 years ahead');
    expect(dateBoundsProblem('9999-12-31', now)).toBe('is at most 10 years ahead');
    expect(dateBoundsProblem('2026-02-30', now)).toBe('is not a date of the calendar');
    expect(dateBoundsProblem('2026-1-5', now)).toBe('is a date YYYY-MM-DD');
    expect(dateTimeBoundsProblem(new Date('9999-12-31T00:00:00Z'), now)).toBe('is at most 10 years ahead');
    expect(dateTimeBoundsProblem(new Date('2027-01-01T00:00:00Z'), now)).toBeNull();
  });
});
