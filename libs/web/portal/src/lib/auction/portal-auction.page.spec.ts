import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode } from '@bc/shared/domain';
import { Api, PortalAuctionFieldsFragment, PortalAuctionGQL, PortalAuctionLinesGQL } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { Subject } from 'rxjs';
import { PortalAuctionPage } from './portal-auction.page';

const view = (over: Partial<PortalAuctionFieldsFragment> = {}): PortalAuctionFieldsFragment => ({
  id: 'a1',
  invitationId: 'i1',
  buyerName: 'Nordwind',
  rfqReference: 'PC-1-R1',
  rfqTitle: 'Rails',
  status: 'RUNNING',
  currency: 'EUR',
  endsAt: '2026-12-07T10:10:00.000Z',
  serverNow: '2026-12-07T10:00:00.000Z',
  currentAmount: '1000.00',
  startingAmount: '1100.00',
  nextValidBid: '995.00',
  rank: 2,
  leading: false,
  leadingPrice: null,
  leadingScore: null,
  myScore: null,
  bestPrice: null,
  settings: {
    bidOn: 'TOTAL',
    capAt: null,
    decrement: '0.5',
    decrementKind: 'PERCENT',
    durationMinutes: 10,
    extensionMinutes: 2,
    ranking: 'PRICE',
    softCloseMinutes: 2,
    startsAt: '2026-12-07T09:50:00.000Z',
    visibility: 'RANK',
  },
  currentLines: [],
  nextValidLinePrices: [],
  myBids: [],
  ...over,
});

async function render(write: jest.Mock, read: jest.Mock = jest.fn()) {
  const live = new Subject<{ portalAuctionLive: PortalAuctionFieldsFragment }>();
  TestBed.configureTestingModule({
    imports: [PortalAuctionPage],
    providers: [provideRouter([]), provideI18n(), provideIcons(), { provide: Api, useValue: { live: () => live, write, read } }],
  });
  const fixture = TestBed.createComponent(PortalAuctionPage);
  fixture.componentRef.setInput('id', 'a1');
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return { fixture, element: fixture.nativeElement as HTMLElement, live, settle };
}

describe('the bidder’s live auction page', () => {
  beforeEach(() => {
    localStorage.clear();
    // The client clock is 10:00:05 when the server says 10:00:00: the countdown follows the server.
    jest.useFakeTimers({ now: Date.parse('2026-12-07T10:00:05.000Z'), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick', 'setImmediate'] });
  });
  afterEach(() => jest.useRealTimers());

  it('counts down by the server clock and states the next valid bid from each live view', async () => {
    const { element, live, settle } = await render(jest.fn());
    live.next({ portalAuctionLive: view() });
    await settle();
    expect(element.querySelector('.bc-clock')?.textContent?.trim()).toBe('10:00');
    expect(element.querySelector('.bc-next-valid')?.textContent).toContain('€995.00');
    live.next({ portalAuctionLive: view({ nextValidBid: null }) });
    await settle();
    expect(element.querySelector('.bc-next-valid')?.textContent).toContain('no further bid is possible');
  });

  it('counts down to the start by the server clock within its last day, and names the date further ahead', async () => {
    const { element, live, settle } = await render(jest.fn());
    live.next({ portalAuctionLive: view({ status: 'APPROVED', settings: { ...view().settings, startsAt: '2026-12-07T10:02:30.000Z' }, endsAt: '2026-12-07T10:12:30.000Z' }) });
    await settle();
    expect(element.querySelector('.bc-auction-clock')?.textContent).toContain('Starts in');
    expect(element.querySelector('.bc-clock')?.textContent?.trim()).toBe('2:30');
    live.next({ portalAuctionLive: view({ status: 'APPROVED', settings: { ...view().settings, startsAt: '2026-12-09T10:00:00.000Z' }, endsAt: '2026-12-09T10:10:00.000Z' }) });
    await settle();
    expect(element.querySelector('.bc-auction-clock')?.textContent).not.toContain('Starts in');
    expect(element.querySelector('.bc-clock')).toBeNull();
  });

  it('sends the typed bid and says a bid too high in words, with the next valid bid', async () => {
    const write = jest.fn().mockRejectedValue({ code: ErrorCode.AUCTION_BID_TOO_HIGH, message: 'too high', details: { nextValidBid: '990.00' } });
    const { element, live, fixture, settle } = await render(write);
    live.next({ portalAuctionLive: view() });
    await settle();
    const input = element.querySelector<HTMLInputElement>('input[name=amount]');
    if (!input) throw new Error('no bid field');
    input.value = '999,50';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    fixture.detectChanges();
    expect(write).toHaveBeenCalledWith(expect.anything(), { input: { auctionId: 'a1', amount: '999.50' } });
    expect(element.querySelector('[role=alert]')?.textContent).toContain('at most €990.00');
  });

  it('reads the view once when the countdown reaches the start, and once at the end, without waiting for an event', async () => {
    // The server says 10:00:00; the auction starts at 10:00:03 and ends at 10:00:08. No event comes.
    const approved = view({ status: 'APPROVED', endsAt: '2026-12-07T10:00:08.000Z', settings: { ...view().settings, startsAt: '2026-12-07T10:00:03.000Z' } });
    const read = jest
      .fn()
      .mockResolvedValueOnce({ portalAuction: { ...approved, status: 'RUNNING', serverNow: '2026-12-07T10:00:03.100Z' } })
      .mockResolvedValueOnce({ portalAuction: { ...approved, status: 'ENDED', serverNow: '2026-12-07T10:00:08.100Z' } });
    const { element, live, settle } = await render(jest.fn(), read);
    live.next({ portalAuctionLive: approved });
    await settle();
    const status = () => element.querySelector('.bc-status')?.textContent?.trim();
    expect(status()).toBe('Approved');
    expect(element.querySelector('input[name=amount]')).toBeNull();

    jest.advanceTimersByTime(2000);
    await settle();
    expect(read).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1000);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith(PortalAuctionGQL, { id: 'a1' });
    expect(status()).toBe('Running');
    expect(element.querySelector('input[name=amount]')).not.toBeNull();

    // Ticking on reads nothing more until the end.
    jest.advanceTimersByTime(4000);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1000);
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
    expect(status()).toBe('Ended');
    expect(element.querySelector('input[name=amount]')).toBeNull();
    jest.advanceTimersByTime(5000);
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('names each line of a line bid as the RFQ does, with the unit price now and the next valid one to four places', async () => {
    const lines = view({
      status: 'RUNNING',
      nextValidBid: null,
      settings: { ...view().settings, bidOn: 'LINE', ranking: 'TOTAL_SCORE', visibility: 'LEADING_SCORE' },
      currentLines: [{ lineKey: 'L1', quantity: '40000.000', unitPrice: '0.1820' }],
      nextValidLinePrices: [{ lineKey: 'L1', quantity: '40000.000', unitPrice: '0.1811' }],
      rank: null,
      leading: true,
      leadingPrice: '1000.00',
      myScore: 90.48,
      leadingScore: 90.48,
    });
    const read = jest.fn().mockResolvedValue({
      portalInvitation: { id: 'i1', rfq: { lines: [{ key: 'L1', position: 1, description: 'Hexagon socket head cap screw ISO 4762', unit: 'pcs' }] } },
    });
    const { element, live, settle } = await render(jest.fn(), read);
    live.next({ portalAuctionLive: lines });
    await settle();
    expect(read).toHaveBeenCalledWith(PortalAuctionLinesGQL, { invitationId: 'i1' });
    const group = element.querySelector('[role=group]');
    const name = group && element.querySelector(`#${group.getAttribute('aria-labelledby')}`);
    expect(name?.textContent?.trim()).toBe('1. Hexagon socket head cap screw ISO 4762');
    expect(group?.querySelector('mat-hint')?.textContent?.trim()).toBe('Now €0.182, at most €0.1811 per unit · 40,000 pcs');
    // The leader's leading price is its own: not shown as news.
    expect(element.textContent).not.toContain('The price at which you would lead');
    expect(element.textContent).toContain('90.48');
    // Another view of the same auction does not read the lines again.
    live.next({ portalAuctionLive: { ...lines, currentAmount: '990.00' } });
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
  });
});
