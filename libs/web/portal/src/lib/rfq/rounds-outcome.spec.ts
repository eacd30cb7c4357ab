import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import {
  AskRfqQuestionGQL,
  DeclineRfqGQL,
  WithdrawDeclineGQL,
  FileUploadService,
  PortalInvitationFieldsFragment,
  PortalInvitationGQL,
  SaveQuoteDraftGQL,
  SubmitQuoteGQL,
  WithdrawQuoteGQL,
} from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { of } from 'rxjs';
import { PortalRfqPage } from './portal-rfq.page';

const invitation = (over: Partial<PortalInvitationFieldsFragment> = {}): PortalInvitationFieldsFragment => ({
  id: 'inv-1',
  buyerName: 'Nordwind Maschinenbau',
  rfqReference: 'RFQ-2026-0007',
  rfqTitle: 'Hydraulic press',
  rfqStatus: 'PUBLISHED',
  status: 'VIEWED',
  open: true,
  closesAt: '2099-01-10T16:00:00Z',
  questionsCloseAt: '2099-01-05T16:00:00Z',
  viewedAt: '2026-01-01T10:00:00Z',
  quotedAt: null,
  declinedAt: null,
  declineReason: null,
  canRevise: true,
  rounds: [],
  outcome: null,
  rfq: {
    reference: 'RFQ-2026-0007',
    title: 'Hydraulic press',
    status: 'PUBLISHED',
    description: 'A 250 t press',
    instructions: '',
    currency: 'EUR',
    deliveryAddress: 'Werkstraße 1',
    deliveryDate: null,
    deliveryTerms: 'DAP',
    paymentTerms: '30 days net',
    validityDays: 60,
    closesAt: '2099-01-10T16:00:00Z',
    questionsCloseAt: '2099-01-05T16:00:00Z',
    publishedAt: '2026-01-01T09:00:00Z',
    cancelReason: null,
    documentUrl: '/api/portal/invitations/inv-1/document.pdf',
    criteria: [{ key: 'PRICE', kind: 'PRICE', name: 'Price', weight: 100 }],
    lines: [{ key: 'L1', position: 1, description: 'Press', quantity: '3', unit: 'pcs', attributes: [] }],
    requirements: [{ key: 'R1', position: 1, kind: 'NICE_TO_HAVE', text: 'Remote service', weight: 10 }],
    documents: [],
  },
  questions: [],
  quote: { status: null, draftSavedAt: null, withdrawnAt: null, draft: null, revisions: [] },
  ...over,
});

async function render(start: PortalInvitationFieldsFragment, after: PortalInvitationFieldsFragment = start, save = jest.fn()) {
  const fetch = jest
    .fn()
    .mockReturnValueOnce(of({ data: { portalInvitation: start } }))
    .mockReturnValue(of({ data: { portalInvitation: after } }));
  const submit = jest.fn().mockReturnValue(
    of({ data: { submitQuote: { invitationId: 'inv-1', revision: 1, submittedAt: '2026-01-02T10:00:00Z', sha256: 'ab'.repeat(32), canonicalContent: '{}' } } }),
  );
  TestBed.configureTestingModule({
    imports: [PortalRfqPage],
    providers: [
      provideRouter([]),
      provideI18n(),
      provideIcons(),
      { provide: PortalInvitationGQL, useValue: { fetch } },
      { provide: SubmitQuoteGQL, useValue: { mutate: submit } },
      { provide: SaveQuoteDraftGQL, useValue: { mutate: save } },
      { provide: WithdrawQuoteGQL, useValue: { mutate: jest.fn() } },
      { provide: DeclineRfqGQL, useValue: { mutate: jest.fn() } },
      { provide: WithdrawDeclineGQL, useValue: { mutate: jest.fn() } },
      { provide: AskRfqQuestionGQL, useValue: { mutate: jest.fn() } },
      { provide: FileUploadService, useValue: { upload: jest.fn() } },
      { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } },
    ],
  });
  const fixture = TestBed.createComponent(PortalRfqPage);
  fixture.componentRef.setInput('id', 'inv-1');
  fixture.componentRef.setInput('tab', 'quote');
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const type = (label: string, value: string) => {
    const field = Array.from(element.querySelectorAll('mat-form-field')).find((f) => f.querySelector('mat-label')?.textContent?.trim() === label);
    const input = field?.querySelector<HTMLInputElement>('input');
    if (!input) throw new Error(`no field ${label}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  return { fixture, element, type, fetch, submit, settle };
}


const round = (over: Record<string, unknown> = {}) => ({
  number: 1,
  message: 'Please sharpen your price on the press.',
  targets: [{ lineKey: 'L1', unitPrice: '95.50' }],
  closesAt: '2099-01-20T16:00:00Z',
  status: 'OPEN',
  submitted: false,
  submittedRevision: null,
  ...over,
});

describe('negotiation rounds and the outcome in the supplier portal', () => {
  beforeEach(() => localStorage.clear());

  it('shows an open round with its message and target prices and lets the supplier revise the closed quote', async () => {
    const { element } = await render(invitation({ open: false, canRevise: true, rfqStatus: 'CLOSED', rounds: [round()] }));
    expect(element.textContent).toContain('Negotiation round 1 is open until');
    expect(element.textContent).toContain('Please sharpen your price on the press.');
    expect(element.querySelector('.bc-round__targets')?.textContent).toContain('€95.50');
    expect(element.textContent).toContain('You have not submitted a revised offer in this round.');
    expect(element.textContent).not.toContain('This request closed on');
    expect(Array.from(element.querySelectorAll('button')).some((b) => b.textContent?.includes('Revise your offer'))).toBe(true);
    expect(element.querySelector<HTMLInputElement>('.bc-quote-form input')?.disabled).toBe(false);
  });

  it('keeps the form closed once the round is over and says whether an offer came in', async () => {
    const { element } = await render(
      invitation({ open: false, canRevise: false, rfqStatus: 'CLOSED', rounds: [round({ status: 'CLOSED', submitted: true, submittedRevision: 3 })] }),
    );
    expect(element.textContent).toContain('You submitted a revised offer in this round (revision 3).');
    expect(element.textContent).toContain('This request closed on');
    expect(Array.from(element.querySelectorAll('button')).some((b) => b.textContent?.includes('Revise your offer'))).toBe(false);
  });

  it('tells an awarded supplier its lines and total', async () => {
    const { element } = await render(
      invitation({
        open: false,
        canRevise: false,
        rfqStatus: 'CLOSED',
        outcome: {
          result: 'AWARDED',
          decidedAt: '2026-02-01T10:00:00Z',
          totalValue: '286.50',
          currency: 'EUR',
          lines: [{ lineKey: 'L1', description: 'Press', unit: 'pcs', quantity: '3', unitPrice: '95.50', total: '286.50' }],
        },
      }),
    );
    expect(element.textContent).toContain('Your company has been awarded this request');
    expect(element.querySelector('.bc-outcome__total')?.textContent?.trim()).toBe('€286.50');
  });

  it('tells the others politely that the award went elsewhere, naming nobody', async () => {
    const { element } = await render(
      invitation({ open: false, canRevise: false, rfqStatus: 'CLOSED', outcome: { result: 'NOT_AWARDED', decidedAt: '2026-02-01T10:00:00Z', totalValue: null, currency: 'EUR', lines: [] } }),
    );
    expect(element.textContent).toContain('This request was awarded to another supplier');
    expect(element.querySelector('.bc-outcome__lines')).toBeNull();
  });
});
