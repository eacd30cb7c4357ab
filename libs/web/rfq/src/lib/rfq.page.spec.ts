import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CaseStage, ImportanceClass, Locale, Permission } from '@bc/shared/domain';
import {
  AnswerRfqQuestionGQL,
  ApproveRfqGQL,
  CancelRfqGQL,
  CaseRfqGQL,
  CloseRfqEarlyGQL,
  CreateRfqGQL,
  ExtendRfqGQL,
  PublishRfqGQL,
  RequestRfqApprovalGQL,
  ReturnRfqGQL,
  SetRfqExchangeRateGQL,
  RfqFieldsFragment,
  RfqComparisonGQL,
  RfqQuotesGQL,
  SessionStore,
  SpecificationVersionGQL,
  UpdateRfqGQL,
} from '@bc/web/data-access';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { of } from 'rxjs';
import { RfqPage } from './rfq.page';

const rfq = (over: Partial<RfqFieldsFragment> = {}): RfqFieldsFragment => ({
  id: 'rfq-1',
  caseId: 'case-1',
  reference: 'BC-2026-0001-R1',
  status: 'DRAFT',
  title: 'Hydraulic press',
  description: 'A 250 t press',
  importance: ImportanceClass.ROUTINE,
  currency: 'EUR',
  closesAt: '2099-01-10T16:00:00Z',
  questionsCloseAt: '2099-01-05T16:00:00Z',
  closingChanges: 0,
  deliveryTerms: 'DAP Stuttgart',
  deliveryDate: null,
  deliveryAddress: 'Werkstraße 1',
  paymentTerms: '30 days net',
  validityDays: 90,
  instructions: '',
  documentUrl: '/api/rfqs/rfq-1/document.pdf',
  specificationVersion: 2,
  specificationVersionId: 'spec-2',
  approval: 'NONE',
  approvalComment: null,
  approvalRequestedAt: null,
  approvalRequestedByName: null,
  approvalDecidedAt: null,
  approvalDecidedByName: null,
  publishedAt: null,
  closedAt: null,
  cancelledAt: null,
  cancelReason: null,
  quotesOpen: false,
  criteria: [
    { key: 'PRICE', name: 'Price', kind: 'PRICE', weight: 60 },
    { key: 'DELIVERY', name: 'Lead time and terms', kind: 'COMMERCIAL', weight: 40 },
  ],
  defaultCriteria: [
    { key: 'PRICE', name: 'Price', kind: 'PRICE', weight: 60 },
    { key: 'DELIVERY', name: 'Lead time and terms', kind: 'COMMERCIAL', weight: 40 },
  ],
  invitations: [],
  questions: [],
  ...over,
});

const invitation = {
  id: 'inv-1',
  supplierId: 'sup-1',
  supplierName: 'Hydraulik Nord GmbH',
  status: 'QUOTED' as const,
  hasPortalAccount: true,
  viewedAt: '2099-01-02T10:00:00Z',
  declinedAt: null,
  declineReason: null,
  quoteStatus: 'SUBMITTED' as const,
  submittedAt: '2099-01-03T10:00:00Z',
  revisions: 2,
};

const question = {
  id: 'q-1',
  body: 'Hydraulik Nord asks: may we offer a 60 Hz motor?',
  askedAt: '2099-01-03T09:00:00Z',
  supplierName: 'Hydraulik Nord GmbH',
  answer: null,
  answeredAt: null,
  answeredByName: null,
  visibility: 'PRIVATE' as const,
  publishedQuestion: null,
};

async function render(current: RfqFieldsFragment | null, permissions: Permission[], language = Locale.EN) {
  localStorage.clear();
  const quotesFetch = jest.fn().mockReturnValue(
    of({
      data: {
        rfq: {
          id: 'rfq-1',
          quotesOpen: true,
          quotes: [
            {
              invitationId: 'inv-1',
              supplierId: 'sup-1',
              supplierName: 'Hydraulik Nord GmbH',
              latest: {
                revision: 2,
                submittedAt: '2099-01-03T10:00:00Z',
                sha256: 'abcdef01'.repeat(7) + '12345678',
                content: {
                  currency: 'EUR',
                  total: '125000.00',
                  validUntil: '2099-04-01',
                  deliveryTerms: 'DAP',
                  paymentTerms: '30 days net',
                  note: '',
                  supplierReference: null,
                  lines: [{ lineKey: 'L1', unitPrice: '125000.00', quantity: '1', total: '125000.00', leadTimeDays: 56, note: '', alternatives: [] }],
                  answers: [],
                  attachments: [],
                },
              },
              revisions: [
                { revision: 1, submittedAt: '2099-01-02T10:00:00Z', sha256: 'f'.repeat(64), content: { currency: 'EUR', total: '130000.00' } },
                { revision: 2, submittedAt: '2099-01-03T10:00:00Z', sha256: 'abcdef01'.repeat(7) + '12345678', content: { currency: 'EUR', total: '125000.00' } },
              ],
            },
          ],
        },
      },
    }),
  );
  const purchaseCase = { id: 'case-1', reference: 'BC-2026-0001', title: 'Press', stage: CaseStage.SOURCING, importance: ImportanceClass.ROUTINE, rfq: current };
  const none = { mutate: jest.fn(), fetch: jest.fn() };
  const answer = jest.fn().mockImplementation(({ variables }) =>
    of({
      data: {
        answerRfqQuestion: {
          ...question,
          answer: variables.input.answer,
          answeredAt: '2099-01-04T10:00:00Z',
          answeredByName: 'Markus Schäfer',
          visibility: variables.input.publish ? 'PUBLISHED' : 'PRIVATE',
          publishedQuestion: variables.input.publishedQuestion,
        },
      },
    }),
  );
  TestBed.configureTestingModule({
    imports: [RfqPage],
    providers: [
      provideRouter([]),
      provideI18n(),
      provideIcons(),
      { provide: SessionStore, useValue: { permissions: signal(permissions), user: signal({ name: 'Markus Schäfer' }) } },
      { provide: CaseRfqGQL, useValue: { fetch: jest.fn().mockReturnValue(of({ data: { purchaseCase } })) } },
      { provide: RfqQuotesGQL, useValue: { fetch: quotesFetch } },
      { provide: RfqComparisonGQL, useValue: { fetch: jest.fn().mockReturnValue(of({ data: { rfqComparison: comparison } })) } },
      { provide: SetRfqExchangeRateGQL, useValue: none },
      { provide: SpecificationVersionGQL, useValue: { fetch: jest.fn().mockReturnValue(of({ data: null })) } },
      { provide: AnswerRfqQuestionGQL, useValue: { mutate: answer } },
      ...[CreateRfqGQL, UpdateRfqGQL, RequestRfqApprovalGQL, ApproveRfqGQL, ReturnRfqGQL, PublishRfqGQL, CancelRfqGQL, CloseRfqEarlyGQL, ExtendRfqGQL].map(
        (token) => ({ provide: token, useValue: none }),
      ),
    ],
  });
  TestBed.inject(LanguageService).use(language);
  const fixture = TestBed.createComponent(RfqPage);
  fixture.componentRef.setInput('id', 'case-1');
  await fixture.whenStable();
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement, quotesFetch, answer };
}

const comparison = {
  rfqId: 'rfq-1',
  reference: 'BC-2026-0001-R1',
  currency: 'EUR',
  complete: true,
  missingRates: [],
  lineCount: 0,
  exchangeRates: [],
  suppliers: [],
  lines: [],
  requirements: [],
};

const buttons = (element: HTMLElement) => Array.from(element.querySelectorAll('button')).map((b) => ({ text: b.textContent?.trim() ?? '', disabled: b.disabled }));

describe('the RFQ page', () => {
  it('offers to set up an RFQ when the case in sourcing has none', async () => {
    const { element } = await render(null, [Permission.RFQ_MANAGE, Permission.RFQ_READ]);
    expect(element.querySelector('h1')?.textContent).toContain('RFQ of BC-2026-0001');
    expect(buttons(element).some((b) => b.text.includes('Set up RFQ') && !b.disabled)).toBe(true);
  });

  it('shows the live sum of the weights and holds back publishing until approved', async () => {
    const { fixture, element } = await render(rfq(), [Permission.RFQ_MANAGE, Permission.RFQ_READ]);
    expect(element.querySelector('#bc-rfq-sum')?.textContent?.trim()).toBe('100 of 100 %');
    expect(buttons(element).find((b) => b.text.includes('Publish'))?.disabled).toBe(true);
    expect(buttons(element).find((b) => b.text.includes('Ask for approval'))?.disabled).toBe(false);

    const weight = element.querySelectorAll<HTMLInputElement>('.bc-rfq-criteria__weight input')[1];
    weight.value = '30';
    weight.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    fixture.detectChanges();

    expect(element.querySelector('#bc-rfq-sum')?.textContent?.trim()).toBe('90 of 100 %');
    expect(element.textContent).toContain('The weights add up to 90; they must add up to 100.');
    // Unsaved changes: no asking for approval until saved.
    expect(buttons(element).find((b) => b.text.includes('Ask for approval'))?.disabled).toBe(true);
  });

  it('lets a gatekeeper approve or return a requested draft, not edit it', async () => {
    const { element } = await render(
      rfq({ approval: 'REQUESTED', approvalRequestedByName: 'Markus Schäfer', approvalRequestedAt: '2099-01-01T10:00:00Z' }),
      [Permission.RFQ_APPROVE, Permission.RFQ_READ],
    );
    const texts = buttons(element).map((b) => b.text);
    expect(texts.some((t) => t.includes('Approve'))).toBe(true);
    expect(texts.some((t) => t.includes('Return with comment'))).toBe(true);
    expect(texts.some((t) => t.includes('Save draft'))).toBe(false);
    // Read, not a disabled form.
    expect(element.querySelectorAll('input').length).toBe(0);
    expect(element.textContent).toContain('Waiting for approval');
  });

  it('keeps quotes sealed while published: who submitted, not what, and never asks for them', async () => {
    const { element, quotesFetch } = await render(rfq({ status: 'PUBLISHED', publishedAt: '2099-01-01T09:00:00Z', invitations: [invitation] }), [
      Permission.RFQ_MANAGE,
      Permission.RFQ_READ,
      Permission.QUOTE_READ,
    ]);
    expect(element.textContent).toContain('Quotes are sealed until');
    expect(element.textContent).toContain('you see who has submitted, not what.');
    expect(element.querySelector('.bc-rfq-sealed')?.textContent).toContain('Sealed');
    expect(element.textContent).toContain('Revisions: 2');
    expect(quotesFetch).not.toHaveBeenCalled();
  });

  it('publishes an answer to every invitee in a wording without the asker', async () => {
    const { fixture, element, answer } = await render(rfq({ status: 'PUBLISHED', invitations: [invitation], questions: [question] }), [
      Permission.RFQ_MANAGE,
      Permission.RFQ_READ,
    ]);
    Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Answer')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    const text = element.querySelector<HTMLTextAreaElement>('.bc-rfq-answer-form textarea');
    if (!text) throw new Error('no answer form');
    text.value = 'Yes, as an alternative on line 1.';
    text.dispatchEvent(new Event('input'));
    element.querySelectorAll<HTMLInputElement>('.bc-rfq-answer-form input[type=radio]')[1].click();
    await fixture.whenStable();
    fixture.detectChanges();
    const wording = element.querySelectorAll<HTMLTextAreaElement>('.bc-rfq-answer-form textarea')[1];
    expect(wording.value).toBe(question.body);
    wording.value = 'May we offer a 60 Hz motor?';
    wording.dispatchEvent(new Event('input'));
    element.querySelector('.bc-rfq-answer-form')?.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();

    expect(answer).toHaveBeenCalledWith({
      variables: { id: 'q-1', input: { answer: 'Yes, as an alternative on line 1.', publish: true, publishedQuestion: 'May we offer a 60 Hz motor?' } },
    });
    expect(element.textContent).toContain('Published to all');
    expect(element.textContent).toContain('Published as: May we offer a 60 Hz motor?');
  });

  it('opens the quotes once closed, with the receipt shortened', async () => {
    const { fixture, element, quotesFetch } = await render(
      rfq({ status: 'CLOSED', quotesOpen: true, closedAt: '2099-01-10T16:00:00Z', invitations: [invitation] }),
      [Permission.RFQ_READ, Permission.QUOTE_READ],
    );
    // The quotes are fetched by the quotes panel once it sees the RFQ open.
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    expect(quotesFetch).toHaveBeenCalled();
    const hash = element.querySelector('.bc-rfq-hash');
    expect(hash?.textContent).toBe('abcdef01…12345678');
    expect(hash?.getAttribute('title')).toBe('abcdef01'.repeat(7) + '12345678');
    expect(element.textContent).toContain('Hydraulik Nord GmbH');
    // The comparison follows the opened quotes.
    expect(element.querySelector('#bc-comparison-heading')?.textContent).toBe('Comparison');
  });

  it('speaks German', async () => {
    const { element } = await render(rfq({ status: 'PUBLISHED', invitations: [invitation] }), [Permission.RFQ_MANAGE, Permission.RFQ_READ], Locale.DE);
    expect(element.querySelector('h1')?.textContent).toContain('Angebotsanfrage zu BC-2026-0001');
    expect(element.textContent).toContain('Die Angebote bleiben bis');
    expect(element.textContent).toContain('Angebotsfrist verlängern');
  });
});
