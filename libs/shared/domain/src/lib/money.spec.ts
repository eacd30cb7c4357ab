import { atLowest, compareDecimals, convertedLineTotal, convertMoney, convertUnitPrice, isDecimal, lineTotal, lowerDecimal, MissingRateError, MONEY_ROUNDING, percentOf, quoteTotal, roundMoney, roundUnitPrice, subtractMoney, sumMoney, toCaseCurrency, trimDecimal } from './money';
import { Decimal } from 'decimal.js';

describe('the rounding rule', () => {
  it('rounds half away from zero, to the cent for amounts and to 4 places for unit prices', () => {
    expect(MONEY_ROUNDING).toBe(Decimal.ROUND_HALF_UP);
    expect(roundMoney('2.345')).toBe('2.35');
    expect(roundMoney('2.344999')).toBe('2.34');
    expect(roundMoney('-2.345')).toBe('-2.35');
    expect(roundMoney('-0.004')).toBe('0.00');
    expect(roundMoney('7')).toBe('7.00');
    expect(roundUnitPrice('1.23455')).toBe('1.2346');
    expect(roundUnitPrice('3')).toBe('3.0000');
  });

  it('never changes the library\'s global settings', () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding };
    roundMoney('1.005');
    expect({ precision: Decimal.precision, rounding: Decimal.rounding }).toEqual(before);
  });

  it('takes only plain decimal strings', () => {
    expect(isDecimal('12.50')).toBe(true);
    expect(isDecimal('-3')).toBe(true);
    for (const bad of ['1e3', '0x10', '1,5', '', ' 1', '.5', 'Infinity', 'NaN']) expect(isDecimal(bad)).toBe(false);
    expect(() => roundMoney('1e3')).toThrow(/Amount is not a decimal number: "1e3"/);
    expect(() => lineTotal({ unitPrice: 'abc', quantity: '1' })).toThrow(RangeError);
  });
});

describe('line and quote totals', () => {
  it('multiplies exactly and rounds each line to the cent', () => {
    expect(lineTotal({ unitPrice: '0.1', quantity: '3' })).toBe('0.30');
    expect(lineTotal({ unitPrice: '10.005', quantity: '3' })).toBe('30.02');
    // (10^12 − 10^-4) × (10^11 − 10^-3) = 10^23 − 1 010 000 000 + 10^-7.
    expect(lineTotal({ unitPrice: '999999999999.9999', quantity: '99999999999.999' })).toBe('99999999999998990000000.00');
    expect(lineTotal({ unitPrice: '20.1234', quantity: '6' })).toBe('120.74');
    expect(lineTotal({ unitPrice: null, quantity: '6' })).toBeNull();
    expect(lineTotal({ unitPrice: '1', quantity: null })).toBeNull();
  });

  it('sums the rounded line totals, so a total is the sum of the lines shown above it', () => {
    // 0.005 + 0.005: each line shows 0.01, the total 0.02 (not 0.01 from rounding the exact sum).
    expect(quoteTotal([{ unitPrice: '0.005', quantity: '1' }, { unitPrice: '0.005', quantity: '1' }])).toBe('0.02');
    expect(quoteTotal([{ unitPrice: '1050.00', quantity: '4' }, { unitPrice: '20.1234', quantity: '6' }, { unitPrice: null, quantity: null }])).toBe('4320.74');
    expect(quoteTotal([{ unitPrice: null, quantity: '2' }])).toBeNull();
    expect(quoteTotal([])).toBeNull();
  });
});

describe('conversion to the case currency', () => {
  const rates = { USD: '0.9231' };

  it('multiplies by the rate exactly and rounds half-up to the cent', () => {
    // 1 234 567.89 × 0.9231 = 1 139 629.619259 → 1 139 629.62.
    expect(toCaseCurrency('1234567.89', 'USD', 'EUR', rates)).toBe('1139629.62');
    // 50.00 × 0.9231 = 46.155 exactly → half-up 46.16; a credit of −50.00 → −46.16.
    expect(toCaseCurrency('50.00', 'USD', 'EUR', rates)).toBe('46.16');
    expect(toCaseCurrency('-50.00', 'USD', 'EUR', rates)).toBe('-46.16');
    // 0.01 × 0.9231 = 0.009231 → 0.01; 0.005 USD → 0.0046155 → 0.00 (no "-0.00" either way).
    expect(toCaseCurrency('0.01', 'USD', 'EUR', rates)).toBe('0.01');
    expect(toCaseCurrency('-0.005', 'USD', 'EUR', rates)).toBe('0.00');
  });

  it('only brings an amount already in the case currency to 2 places', () => {
    expect(toCaseCurrency('100.5', 'EUR', 'EUR', {})).toBe('100.50');
    expect(toCaseCurrency('7', 'EUR', 'EUR', {})).toBe('7.00');
    expect(toCaseCurrency('2.345', 'EUR', 'EUR', {})).toBe('2.35');
  });

  it('names the currency without a rate', () => {
    expect(() => toCaseCurrency('10.00', 'CHF', 'EUR', rates)).toThrow(MissingRateError);
    expect(() => toCaseCurrency('10.00', 'CHF', 'EUR', rates)).toThrow('No exchange rate from CHF to EUR');
    const thrown = ((): unknown => {
      try {
        return toCaseCurrency('10.00', 'CHF', 'EUR', rates);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toMatchObject({ name: 'MissingRateError', currency: 'CHF', caseCurrency: 'EUR' });
    // Not fooled by inherited properties.
    expect(() => toCaseCurrency('10.00', 'toString', 'EUR', rates)).toThrow(MissingRateError);
  });

  it('refuses a rate that is not a positive decimal and an amount that is not a decimal', () => {
    expect(() => toCaseCurrency('10.00', 'USD', 'EUR', { USD: '0' })).toThrow(/rate for USD must be above 0/);
    expect(() => toCaseCurrency('10.00', 'USD', 'EUR', { USD: 'abc' })).toThrow(RangeError);
    expect(() => toCaseCurrency('1e3', 'USD', 'EUR', rates)).toThrow(/Amount is not a decimal/);
  });
});

describe('exact money (moved from the award lib, where multiplyDecimals and compareMoney were its copies)', () => {
  it('sums to the cent without binary drift', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['1000.40', '79.92'])).toBe('1080.32');
    expect(sumMoney([])).toBe('0.00');
    expect(sumMoney(['12.345'])).toBe('12.35');
  });

  it('converts a unit price at a rate to 4 places, half-up', () => {
    expect(convertUnitPrice('125.00', '0.9')).toBe('112.5000');
    expect(convertUnitPrice('9.99', '1')).toBe('9.9900');
    expect(convertUnitPrice('1.23456', '1')).toBe('1.2346');
    expect(convertUnitPrice('0.00005', '1')).toBe('0.0001');
  });

  it('compares decimals exactly', () => {
    expect(compareDecimals('1080.80', '1080.8')).toBe(0);
    expect(compareDecimals('999.99', '1000')).toBeLessThan(0);
    expect(compareDecimals('10.01', '10.001')).toBeGreaterThan(0);
  });
});


describe('an award line in the case currency', () => {
  it('converts the line total, not the unit price times the quantity', () => {
    // 3 × 10.005 USD = 30.02 (30.015 rounded) → × 0.9 = 27.02 (27.018); 3 × 9.0045 (the unit price converted) would be 27.01.
    expect(convertedLineTotal({ unitPrice: '10.005', quantity: '3' }, '0.9')).toBe('27.02');
    expect(convertUnitPrice('10.005', '0.9')).toBe('9.0045');
    expect(convertedLineTotal({ unitPrice: '10.005', quantity: '3' }, null)).toBe('30.02');
    expect(convertedLineTotal({ unitPrice: null, quantity: '3' }, '0.9')).toBeNull();
    expect(convertMoney('50.00', '0.9231')).toBe('46.16');
    expect(() => convertMoney('50.00', '0', 'USD')).toThrow(/rate for USD must be above 0/);
  });
});

describe('comparing and shares', () => {
  it('compares decimals exactly and shows rates without trailing zeros (moved from the comparison service)', () => {
    expect(compareDecimals('4', '4.000')).toBe(0);
    expect(compareDecimals('3.999', '4')).toBeLessThan(0);
    expect(compareDecimals('10.01', '9.999')).toBeGreaterThan(0);
    expect(trimDecimal('0.92310000')).toBe('0.9231');
    expect(trimDecimal('2.00000000')).toBe('2');
  });

  it('drops padding zeros only after a decimal point (moved from the portal)', () => {
    expect(trimDecimal('2.000')).toBe('2');
    expect(trimDecimal('12.50')).toBe('12.5');
    expect(trimDecimal('100')).toBe('100');
    expect(trimDecimal('')).toBe('');
  });

  it('picks the lower, subtracts to the cent and gives a share in percent', () => {
    expect(lowerDecimal('10.0', '9.99')).toBe('9.99');
    expect(lowerDecimal('4', '4.00')).toBe('4');
    expect(subtractMoney('1200.00', '1080.004')).toBe('120.00');
    expect(subtractMoney('1000', '1050')).toBe('-50.00');
    // 100 × 6 667 / 20 000 = 33.335 exactly → 33.34; 100 × 80 000 / 90 000 = 88.888… → 88.89.
    expect(percentOf('6667.00', '20000.00')).toBe(33.34);
    expect(percentOf('80000', '90000.00')).toBe(88.89);
    expect(percentOf('-50.00', '1000.00', 1)).toBe(-5);
    expect(() => percentOf('1', '0')).toThrow(RangeError);
  });

  it('marks every value at the lowest, exactly, each value read once', () => {
    expect(atLowest(['12.50', '9.99', '9.990', '10'])).toEqual([false, true, true, false]);
    expect(atLowest(['0.1', '0.10000000000000000001'])).toEqual([true, false]);
    expect(atLowest([])).toEqual([]);
    expect(() => atLowest(['1', '1e3'])).toThrow(RangeError);
  });

  it('gives an amount already to the cent back as it is, and still writes every other one by the rule', () => {
    expect(toCaseCurrency('1234.50', 'EUR', 'EUR', {})).toBe('1234.50');
    expect(toCaseCurrency('-0.00', 'EUR', 'EUR', {})).toBe('0.00');
    expect(toCaseCurrency('007.50', 'EUR', 'EUR', {})).toBe('7.50');
    expect(toCaseCurrency('-0.004', 'EUR', 'EUR', {})).toBe('0.00');
    expect(() => toCaseCurrency('1,5', 'EUR', 'EUR', {})).toThrow(RangeError);
    expect(() => toCaseCurrency('1,5', 'USD', 'EUR', {})).toThrow(RangeError);
    expect(sumMoney(['0.10', '-0.00', '00.20', '0.005'])).toBe('0.31');
  });
});
