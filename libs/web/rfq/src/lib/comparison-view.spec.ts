import { foreignCurrencies, normalizeRate, rateInputError, undecidedReason } from './comparison-view';

describe('comparison view helpers', () => {
  it('lists the quote currencies other than the RFQ’s and those missing a rate, once, sorted', () => {
    expect(
      foreignCurrencies({
        currency: 'EUR',
        missingRates: ['USD'],
        suppliers: [{ currency: 'EUR' }, { currency: 'USD' }, { currency: 'CHF' }],
      }),
    ).toEqual(['CHF', 'USD']);
    expect(foreignCurrencies({ currency: 'EUR', missingRates: [], suppliers: [{ currency: 'EUR' }] })).toEqual([]);
  });

  it('takes a decimal comma as the point', () => {
    expect(normalizeRate(' 0,9231 ')).toBe('0.9231');
    expect(normalizeRate('1.1')).toBe('1.1');
  });

  it('accepts a positive decimal with up to 8 places only', () => {
    expect(rateInputError('')).toBe('required');
    expect(rateInputError('  ')).toBe('required');
    expect(rateInputError('0,9231')).toBeNull();
    expect(rateInputError('1.12345678')).toBeNull();
    expect(rateInputError('2')).toBeNull();
    expect(rateInputError('1.123456789')).toBe('invalid');
    expect(rateInputError('0')).toBe('invalid');
    expect(rateInputError('0.000')).toBe('invalid');
    expect(rateInputError('-1')).toBe('invalid');
    expect(rateInputError('1.000,5')).toBe('invalid');
    expect(rateInputError('abc')).toBe('invalid');
  });

  it('explains a line without a best value', () => {
    const offer = (unitPrice: string | null, fullQuantity: boolean, lineTotalConverted: string | null) => ({ unitPrice, fullQuantity, lineTotalConverted });
    expect(undecidedReason({ bestDecided: true, offers: [offer('1', true, '10')] })).toBeNull();
    expect(undecidedReason({ bestDecided: false, offers: [offer(null, false, null)] })).toBe('noOffers');
    expect(undecidedReason({ bestDecided: false, offers: [offer('1', false, '5'), offer(null, false, null)] })).toBe('noFullQuantity');
    expect(undecidedReason({ bestDecided: false, offers: [offer('1', true, null), offer('2', true, '20')] })).toBe('rateMissing');
  });
});
