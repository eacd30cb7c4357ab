import { NO_ERRORS_SCHEMA } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Api, AuctionFieldsFragment, AuctionGQL } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { Subject } from 'rxjs';
import { AuctionChart } from './auction-chart';
import { AuctionPage } from './auction.page';

const view = (over: Partial<AuctionFieldsFragment> = {}): AuctionFieldsFragment => ({
  id: 'a1',
  rfqId: 'r1',
  caseId: 'c1',
  rfqReference: 'PC-1-R1',
  rfqTitle: 'Rails',
  status: 'APPROVED',
  currency: 'EUR',
  endsAt: '2026-12-07T10:00:08.000Z',
  extensions: 0,
  bidCount: 0,
  scheduledAt: '2026-12-06T10:00:00.000Z',
  scheduledByName: 'Markus Schäfer',
  approvedAt: '2026-12-06T11:00:00.000Z',
  approvedByName: 'Claudia Richter',
  startedAt: null,
  endedAt: null,
  cancelledAt: null,
  cancelReason: null,
  serverNow: '2026-12-07T10:00:00.000Z',
  settings: {
    bidOn: 'TOTAL',
    capAt: null,
    decrement: '0.5',
    decrementKind: 'PERCENT',
    durationMinutes: 5,
    extensionMinutes: 1,
    ranking: 'PRICE',
    softCloseMinutes: 1,
    startsAt: '2026-12-07T10:00:03.000Z',
    visibility: 'RANK',
  },
  participants: [],
  bids: [],
  ...over,
});

describe('the buyer’s live auction page', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers({ now: Date.parse('2026-12-07T10:00:00.000Z'), doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick', 'setImmediate'] });
  });
  afterEach(() => jest.useRealTimers());

  it('reads the view once when the countdown reaches the start, and once at the end, without waiting for an event', async () => {
    const live = new Subject<{ auctionLive: AuctionFieldsFragment }>();
    const read = jest
      .fn()
      .mockResolvedValueOnce({ auction: view({ status: 'RUNNING', startedAt: '2026-12-07T10:00:03.000Z', serverNow: '2026-12-07T10:00:03.100Z' }) })
      .mockResolvedValueOnce({ auction: view({ status: 'ENDED', endedAt: '2026-12-07T10:00:08.000Z', serverNow: '2026-12-07T10:00:08.100Z' }) });
    TestBed.configureTestingModule({
      imports: [AuctionPage],
      providers: [provideRouter([]), provideI18n(), provideIcons(), { provide: Api, useValue: { live: () => live, read } }],
    });
    // The page without its chart: ECharts is an ES module jest does not load, and the chart is not what this is about.
    TestBed.overrideComponent(AuctionPage, { remove: { imports: [AuctionChart] }, add: { schemas: [NO_ERRORS_SCHEMA] } });
    const fixture = TestBed.createComponent(AuctionPage);
    fixture.componentRef.setInput('id', 'c1');
    fixture.componentRef.setInput('auctionId', 'a1');
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    const status = () => element.querySelector('.bc-status')?.textContent?.trim();
    await settle();
    live.next({ auctionLive: view() });
    await settle();
    expect(status()).toBe('Approved');
    // Named by its RFQ, as the bidders' page is.
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Reverse auction · PC-1-R1');
    expect(element.querySelector('.bc-intro')?.textContent?.trim()).toBe('Rails');

    jest.advanceTimersByTime(2000);
    await settle();
    expect(read).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1000);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith(AuctionGQL, { id: 'a1' });
    expect(status()).toBe('Running');

    jest.advanceTimersByTime(5000);
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
    expect(status()).toBe('Ended');
    jest.advanceTimersByTime(5000);
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
