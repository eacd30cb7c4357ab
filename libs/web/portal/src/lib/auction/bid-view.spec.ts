import { ErrorCode } from '@bc/shared/domain';
import type { AppError } from '@bc/web/data-access';
import { bidAmount, bidErrorTranslation, bidLines, nextValidText } from './bid-view';

const money = (amount: string) => `EUR ${amount}`;
const settings = (bidOn: 'TOTAL' | 'LINE') => ({ bidOn }) as never;
const error = (code: string, details?: Record<string, unknown>): AppError => ({ code, message: code, ...(details ? { details } : {}) }) as AppError;

describe('bid view', () => {
  it('states the next valid bid, or that none is left', () => {
    expect(nextValidText({ nextValidBid: '950.00', settings: settings('TOTAL') }, money)).toEqual({
      key: 'auction.portal.nextValid',
      params: { amount: 'EUR 950.00' },
    });
    expect(nextValidText({ nextValidBid: null, settings: settings('TOTAL') }, money)).toEqual({ key: 'auction.portal.noneLeft', params: {} });
    expect(nextValidText({ nextValidBid: null, settings: settings('LINE') }, money)).toBeNull();
  });

  it('maps a bid too high to the next valid bid the server names', () => {
    expect(bidErrorTranslation(error(ErrorCode.AUCTION_BID_TOO_HIGH, { nextValidBid: '900.00' }), money)).toEqual({
      key: 'auction.portal.errors.AUCTION_BID_TOO_HIGH',
      params: { next: 'EUR 900.00' },
    });
    expect(bidErrorTranslation(error(ErrorCode.AUCTION_BID_TOO_HIGH), money).key).toBe('auction.portal.errors.AUCTION_BID_TOO_HIGH_NONE');
  });

  it('maps the end and the start in words, anything else to the portal wording', () => {
    expect(bidErrorTranslation(error(ErrorCode.AUCTION_ENDED), money).key).toBe('auction.portal.errors.AUCTION_ENDED');
    expect(bidErrorTranslation(error(ErrorCode.AUCTION_NOT_STARTED), money).key).toBe('auction.portal.errors.AUCTION_NOT_STARTED');
    expect(bidErrorTranslation(error(ErrorCode.FORBIDDEN), money).key).toBe('errors.FORBIDDEN');
  });

  it('reads typed prices with a decimal comma, above 0 only', () => {
    expect(bidAmount('1 234,50')).toBe('1234.50');
    expect(bidAmount('0')).toBeNull();
    expect(bidAmount('abc')).toBeNull();
    expect(bidLines({ a: '12,5', b: '' })).toEqual([{ lineKey: 'a', unitPrice: '12.5' }]);
    expect(bidLines({ a: 'x' })).toBeNull();
    expect(bidLines({ a: ' ' })).toBeNull();
  });
});
