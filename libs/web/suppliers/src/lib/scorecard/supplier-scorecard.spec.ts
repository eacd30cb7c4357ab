import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PerformanceEventKind } from '@bc/shared/domain';
import { ScorecardFieldsFragment } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { scorePoints, SupplierScorecardView } from './supplier-scorecard';

type History = ScorecardFieldsFragment['history'];
const event = (score: number | null) => ({ score }) as History[number];

const CARD: ScorecardFieldsFragment = {
  supplierId: 's1',
  supplierName: 'Hanse Industrietechnik GmbH',
  buyingOrganizationId: 'o1',
  buyingOrganizationName: 'Nordwind Maschinenbau GmbH',
  meta: { refreshedAt: '2030-03-31T10:00:00Z', currency: 'EUR', from: '2030-01-01', to: '2030-03-31' },
  invitations: 3,
  responses: 2,
  responseRate: 66.67,
  wins: 2,
  winRate: 100,
  awarded: '1900.00',
  deliveries: 2,
  onTimeDeliveries: 1,
  onTimeRate: 50,
  qualityIncidents: 1,
  reliability: { score: 56.67, deliveries: 3, lateDeliveries: 1, qualityIncidents: 1, awards: 1 },
  history: [
    { id: 'e2', occurredOn: '2030-02-12', kind: PerformanceEventKind.DELIVERY, onTime: false, scoreBefore: 100, score: 66.67, caseId: 'c2', reference: 'SC-2', title: 'Pumps', note: 'Two days late' },
    { id: 'e1', occurredOn: '2030-01-25', kind: PerformanceEventKind.DELIVERY, onTime: true, scoreBefore: null, score: 100, caseId: 'c1', reference: 'SC-1', title: 'Valves', note: null },
  ],
  certificates: [
    { id: 'x1', name: 'ISO 9001', issuer: 'TÜV', validUntil: '2020-01-01', expired: true, daysLeft: -3000 },
    { id: 'x2', name: 'ISO 14001', issuer: null, validUntil: '2030-04-30', expired: false, daysLeft: 30 },
    { id: 'x3', name: 'Registered', issuer: null, validUntil: null, expired: false, daysLeft: null },
  ],
};

async function render(card: ScorecardFieldsFragment, linkCases: boolean): Promise<HTMLElement> {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [SupplierScorecardView], providers: [provideI18n(), provideRouter([]), provideIcons()] });
  const fixture = TestBed.createComponent(SupplierScorecardView);
  fixture.componentRef.setInput('card', card);
  fixture.componentRef.setInput('linkCases', linkCases);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const rows = (table: Element | null | undefined) =>
  Array.from(table?.querySelectorAll('tr.mat-mdc-row') ?? []).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim()));

describe('the score line', () => {
  it('runs from the oldest event (the history comes newest first) to the newest, 100 at the top', () => {
    expect(scorePoints([event(50), event(100)], 300, 80)).toBe('0,0 300,40');
  });

  it('leaves out events before there was a score, and is empty without one', () => {
    expect(scorePoints([event(40), event(null)], 300, 80)).toBe('0,48');
    expect(scorePoints([event(null)], 300, 80)).toBe('');
  });
});

describe('the supplier scorecard', () => {
  it('shows the figures, each event with the score it left and its change, and the certificates by expiry', async () => {
    const element = await render(CARD, true);
    const figures = Array.from(element.querySelectorAll('.bc-figures > div')).map((d) =>
      Array.from(d.querySelectorAll('dt, dd > span'))
        .map((part) => part.textContent?.trim())
        .join(' '),
    );
    expect(figures).toEqual([
      'Invitations 3',
      'Quotes submitted 2 66.7 % of invitations',
      'Awards won 2 100 % of quotes',
      'Awarded value €1,900.00',
      'On-time deliveries 50 % 1 of 2',
      'Quality incidents 1',
    ]);
    const [history, certificates] = Array.from(element.querySelectorAll('table'));
    expect(rows(history)).toEqual([
      ['Feb 12, 2030', 'Delivery (late)', '66.7 −33.3', 'SC-2 Pumps', 'Two days late'],
      ['Jan 25, 2030', 'Delivery (on time)', '100', 'SC-1 Valves', ''],
    ]);
    expect(history.querySelector('a')?.getAttribute('href')).toBe('/cases/c2');
    expect(rows(certificates).map((r) => r[3])).toEqual(['Expired', 'Expires in 30 days', 'Valid']);
  });

  it("has no column for notes on a supplier's own card (the API sends none)", async () => {
    const element = await render({ ...CARD, history: CARD.history.map((e) => ({ ...e, note: null, caseId: null })) }, false);
    const headers = Array.from(element.querySelectorAll('table')[0].querySelectorAll('th')).map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Date', 'Event', 'Score', 'Reference']);
    expect(element.querySelector('table a')).toBeNull();
  });
});
