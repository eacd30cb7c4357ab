import { ErrorCode } from '@bc/shared/domain';
import type { AppError, PortalAuctionFieldsFragment } from '@bc/web/data-access';
import { bidAmount, bidErrorTranslation, bidLines, nextValidText, withEarlierOwnBids } from './bid-view';

const money = (amount: string) => `EUR ${amount}`;
const settings = (bidOn: 'TOTAL' | 'LINE') => ({ bidOn }) as never;
const error = (code: string, details?: Record<string, unknown>): AppError => ({ code, message: code, ...(details ? { details } : {}) }) as AppError;

describe('bid view', () => {
  it("adds a live message's own bids to those shown, or takes a whole view as it is", () => {
    const bid = (number: number) => ({ number, amount: `${1000 - number}.00` });
    const view = (numbers: number[], myBidsAfter: number | null, id = 'a') => ({ id, myBidsAfter, myBids: numbers.map(bid) }) as unknown as PortalAuctionFieldsFragment;
    const numbers = (v: PortalAuctionFieldsFragment) => v.myBids.map((b) => b.number);
    const shown = view([1, 2, 3], null);
    expect(numbers(withEarlierOwnBids(view([4, 5], 3), shown))).toEqual([1, 2, 3, 4, 5]);
    expect(withEarlierOwnBids(view([4, 5], 3), shown).myBidsAfter).toBeNull();
    // Shown from a newer answer (bid 4 placed): the message's later bids replace those after myBidsAfter.
    expect(numbers(withEarlierOwnBids(view([4], 3), view([1, 2, 3, 4], null)))).toEqual([1, 2, 3, 4]);
    // A whole view (the first message, a reconnect) is taken as it is; another auction's bids are never kept.
    expect(numbers(withEarlierOwnBids(view([1, 2], null), shown))).toEqual([1, 2]);
    expect(numbers(withEarlierOwnBids(view([4], 3, 'b'), shown))).toEqual([4]);
  });

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
