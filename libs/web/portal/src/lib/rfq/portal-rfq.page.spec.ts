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
import { of, throwError } from 'rxjs';
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

describe('the RFQ page of the supplier portal', () => {
  beforeEach(() => localStorage.clear());

  it('shows the request and totals the quote exactly as it is typed', async () => {
    const { element, type, settle } = await render(invitation());
    expect(element.querySelector('h1')?.textContent).toContain('RFQ-2026-0007');
    expect(element.textContent).toContain('Nordwind Maschinenbau');

    type('Unit price', '0,1');
    await settle();

    expect(element.querySelector('.bc-line-total__value')?.textContent?.trim()).toBe('€0.30');
    expect(element.querySelector('.bc-grand-total strong')?.textContent?.trim()).toBe('€0.30');
  });

  it('refuses to submit a line without lead time, then submits and reloads for the receipt', async () => {
    const revision = {
      revision: 1,
      submittedAt: '2026-01-02T10:00:00Z',
      sha256: 'ab'.repeat(32),
      canonicalContent: '{}',
      receiptFormat: 2,
      nonce: 'cd'.repeat(32),
      content: {
        currency: 'EUR',
        supplierReference: null,
        validUntil: '2026-03-01',
        paymentTerms: '',
        deliveryTerms: '',
        note: '',
        total: '3751.50',
        lines: [],
        answers: [],
        attachments: [],
      },
    };
    const submitted = invitation({ status: 'QUOTED', quote: { status: 'SUBMITTED', draftSavedAt: null, withdrawnAt: null, draft: null, revisions: [revision] } });
    const { element, type, submit, fetch, settle } = await render(invitation(), submitted);
    type('Unit price', '1250.5');
    await settle();
    const submitButton = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes('Submit quote'));
    submitButton?.click();
    await settle();
    expect(submit).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Quote at least one item in full');

    type('Lead time (days)', '30');
    await settle();
    submitButton?.click();
    await settle();

    expect(submit).toHaveBeenCalledTimes(1);
    const input = submit.mock.calls[0][0].variables.input;
    expect(input.lines).toEqual([{ lineKey: 'L1', unitPrice: '1250.5', quantity: '3', leadTimeDays: 30, note: '', alternatives: [] }]);
    expect(input.currency).toBe('EUR');
    expect(fetch).toHaveBeenCalledTimes(2);
    const receipt = element.querySelector('.bc-receipt');
    expect(receipt?.textContent).toContain('Quote submitted – here is your receipt');
    expect(receipt?.querySelector('code')?.textContent).toBe('ab'.repeat(32));
    // The nonce that makes the receipt a commitment, how to verify it, and the document to verify.
    expect(Array.from(receipt?.querySelectorAll('code') ?? []).map((c) => c.textContent)).toContain('cd'.repeat(32));
    expect(receipt?.querySelector('details summary')?.textContent).toContain('How to verify this receipt');
    expect(receipt?.textContent).toContain('sha256sum receipt-');
    expect(Array.from(receipt?.querySelectorAll('button') ?? []).some((b) => b.textContent?.includes('Download the receipt document (.json)'))).toBe(true);
    expect(element.textContent).toContain('Submit revised quote');
  });

  it('shows a refused field next to the field itself', async () => {
    const refusal = { code: 'VALIDATION_FAILED', message: 'A unit price is a positive amount', field: 'input.lines.0.unitPrice' };
    const save = jest.fn().mockReturnValue(throwError(() => refusal));
    const { element, type, settle } = await render(invitation(), invitation(), save);
    type('Unit price', '12');
    await settle();
    Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes('Save draft'))?.click();
    await settle();
    expect(save).toHaveBeenCalled();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('A positive price with up to 4 decimals');
  });

  it('says so when the request has closed and offers no form actions', async () => {
    const { element } = await render(invitation({ open: false, canRevise: false, rfqStatus: 'CLOSED' }));
    expect(element.textContent).toContain('This request closed on');
    expect(Array.from(element.querySelectorAll('button')).some((b) => b.textContent?.includes('Submit quote'))).toBe(false);
  });
});
