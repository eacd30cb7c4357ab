import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode } from '@bc/shared/domain';
import { Api, PortalAuctionFieldsFragment } from '@bc/web/data-access';
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

async function render(write: jest.Mock) {
  const live = new Subject<{ portalAuctionLive: PortalAuctionFieldsFragment }>();
  TestBed.configureTestingModule({
    imports: [PortalAuctionPage],
    providers: [provideRouter([]), provideI18n(), provideIcons(), { provide: Api, useValue: { live: () => live, write } }],
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
});
