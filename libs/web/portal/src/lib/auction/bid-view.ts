import { ErrorCode } from '@bc/shared/domain';
import { AppError, PortalAuctionFieldsFragment } from '@bc/web/data-access';
import { normalizeDecimal } from '../decimal';
import { portalErrorTranslation } from '../portal-errors';

export type Translation = { key: string; params: Record<string, unknown> };
/** Formats a decimal string in the auction's currency (the page passes the active language's). */
export type MoneyFormat = (amount: string) => string;

/**
 * The view a live message makes of the one shown: whole when the message is whole (`myBidsAfter`
 * null), else the shown bids up to `myBidsAfter` and the message's bids after it (portalAuctionLive
 * sends each own bid once).
 */
export function withEarlierOwnBids(view: PortalAuctionFieldsFragment, shown: PortalAuctionFieldsFragment | null): PortalAuctionFieldsFragment {
  const after = view.myBidsAfter;
  if (after === null || after === undefined) return view;
  const earlier = (shown?.id === view.id ? shown.myBids : []).filter((b) => b.number <= after);
  return { ...view, myBidsAfter: null, myBids: [...earlier, ...view.myBids] };
}

/**
 * What the bid form says about the next bid: the highest total it may have (bidOn TOTAL), or that
 * none is left; a line auction states it per line instead (null here).
 */
export function nextValidText(view: Pick<PortalAuctionFieldsFragment, 'nextValidBid' | 'settings'>, money: MoneyFormat): Translation | null {
  if (view.settings.bidOn === 'LINE') return null;
  return view.nextValidBid === null
    ? { key: 'auction.portal.noneLeft', params: {} }
    : { key: 'auction.portal.nextValid', params: { amount: money(view.nextValidBid) } };
}

/** The words of a refused bid: the next valid bid the server names, the end, the start; else the portal's. */
export function bidErrorTranslation(error: AppError, money: MoneyFormat): Translation {
  switch (error.code) {
    case ErrorCode.AUCTION_BID_TOO_HIGH: {
      const next = error.details?.['nextValidBid'];
      return typeof next === 'string'
        ? { key: 'auction.portal.errors.AUCTION_BID_TOO_HIGH', params: { next: money(next) } }
        : { key: 'auction.portal.errors.AUCTION_BID_TOO_HIGH_NONE', params: {} };
    }
    case ErrorCode.AUCTION_ENDED:
    case ErrorCode.AUCTION_NOT_STARTED:
      return { key: `auction.portal.errors.${error.code}`, params: {} };
    default:
      return portalErrorTranslation(error);
  }
}

/** A typed price as the API takes it, only when above 0; null otherwise. */
export function bidAmount(typed: string): string | null {
  const amount = normalizeDecimal(typed);
  return amount !== null && Number(amount) > 0 ? amount : null;
}

/**
 * The line prices a line bid sends: only the lines a price was typed for. Null when one typed is not
 * a price, or none was typed.
 */
export function bidLines(typed: Readonly<Record<string, string>>): { lineKey: string; unitPrice: string }[] | null {
  const lines: { lineKey: string; unitPrice: string }[] = [];
  for (const [lineKey, value] of Object.entries(typed)) {
    if (!value.trim()) continue;
    const unitPrice = bidAmount(value);
    if (unitPrice === null) return null;
    lines.push({ lineKey, unitPrice });
  }
  return lines.length ? lines : null;
}
