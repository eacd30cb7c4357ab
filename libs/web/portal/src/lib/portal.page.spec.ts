import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PortalInvitationsGQL, PortalInvitationsQueryVariables, PortalInvitationSummaryFieldsFragment, SessionStore } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { of } from 'rxjs';
import { PortalPage } from './portal.page';

const card = (id: string, over: Partial<PortalInvitationSummaryFieldsFragment> = {}): PortalInvitationSummaryFieldsFragment => ({
  id,
  buyerName: 'Nordwind Maschinenbau',
  rfqReference: `RFQ-${id}`,
  rfqTitle: `Request ${id}`,
  rfqStatus: 'PUBLISHED',
  status: 'VIEWED',
  open: true,
  closesAt: '2099-01-10T16:00:00Z',
  questionsCloseAt: '2099-01-05T16:00:00Z',
  viewedAt: null,
  quotedAt: null,
  declinedAt: null,
  declineReason: null,
  declineWithdrawnAt: null,
  state: 'VIEWED',
  rounds: [],
  outcome: null,
  auction: null,
  ...over,
});
const closed = (id: string) => card(id, { open: false, rfqStatus: 'CLOSED', closesAt: '2026-01-10T16:00:00Z' });
const inRound = (id: string, closesAt: string) =>
  card(id, { ...closed(id), state: 'IN_ROUND', rounds: [{ number: 1, message: 'Best and final', closesAt, status: 'OPEN', submitted: false, targets: [] }] });

/** The API's pages of each group (as the server pages them), by the page's cursor. */
const PAGES: Record<string, Record<string, { items: PortalInvitationSummaryFieldsFragment[]; total: number }>> = {
  IN_ROUND: { first: { items: [inRound('r1', '2099-01-01T10:00:00Z'), inRound('r2', '2099-01-02T10:00:00Z')], total: 2 } },
  OPEN: { first: { items: [card('o1'), card('o2')], total: 2 } },
  PAST: {
    first: { items: Array.from({ length: 50 }, (_, i) => closed(`p${i}`)), total: 60 },
    'after:p-end': { items: Array.from({ length: 10 }, (_, i) => closed(`p${50 + i}`)), total: 60 },
  },
};

async function render() {
  const fetch = jest.fn(({ variables }: { variables: PortalInvitationsQueryVariables }) => {
    const page = PAGES[variables.group as string][variables.after ? `after:${variables.after}` : 'first'];
    const end = variables.group === 'PAST' && !variables.after ? 'p-end' : null;
    return of({ data: { portalInvitations: { ...page, startCursor: null, endCursor: end, hasNextPage: !!end, hasPreviousPage: !!variables.after } } });
  });
  TestBed.configureTestingModule({
    imports: [PortalPage],
    providers: [
      provideRouter([]),
      provideI18n(),
      provideIcons(),
      { provide: PortalInvitationsGQL, useValue: { fetch } },
      { provide: SessionStore, useValue: { organization: signal({ name: 'Hanse Industrie' }) } },
    ],
  });
  const fixture = TestBed.createComponent(PortalPage);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return { fixture, element: fixture.nativeElement as HTMLElement, fetch, settle };
}

describe('the supplier portal’s list', () => {
  beforeEach(() => localStorage.clear());

  it('reads each group on its own and heads it with the whole group’s count, whatever page another group is on', async () => {
    const { element, fetch, settle } = await render();
    expect(fetch.mock.calls.map(([o]) => o.variables.group).sort()).toEqual(['IN_ROUND', 'OPEN', 'PAST']);
    const headings = () => Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings()).toEqual(['Negotiation rounds open now (2)', 'Open requests (2)', 'Past requests (60)']);
    const cards = (section: string) => Array.from(element.querySelectorAll(`[aria-labelledby=${section}] .bc-card__reference`)).map((r) => r.textContent?.trim());
    expect(cards('bc-rounds-heading')).toEqual(['RFQ-r1', 'RFQ-r2']);
    // Only the past group is longer than a page: only it has a paginator.
    const paginators = () => Array.from(element.querySelectorAll('mat-paginator')).map((p) => p.getAttribute('aria-label'));
    expect(paginators()).toEqual(['Pages of the past requests']);

    fetch.mockClear();
    element.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    await settle();
    // The next page of the past group, after its own cursor; the other groups stay as they are.
    expect(fetch.mock.calls.map(([o]) => [o.variables.group, o.variables.after])).toEqual([['PAST', 'p-end']]);
    expect(cards('bc-past-heading')).toEqual(Array.from({ length: 10 }, (_, i) => `RFQ-p${50 + i}`));
    expect(headings()).toEqual(['Negotiation rounds open now (2)', 'Open requests (2)', 'Past requests (60)']);
    expect(cards('bc-open-heading')).toEqual(['RFQ-o1', 'RFQ-o2']);
  });
});
