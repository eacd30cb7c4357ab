import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Locale, Permission } from '@bc/shared/domain';
import { ComparisonFieldsFragment, RfqComparisonGQL, RfqFieldsFragment, SessionStore, SetRfqExchangeRateGQL } from '@bc/web/data-access';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { of, throwError } from 'rxjs';
import { RfqComparison } from './rfq-comparison';

const offer = (invitationId: string, over: Partial<ComparisonFieldsFragment['lines'][number]['offers'][number]> = {}) => ({
  invitationId,
  unitPrice: '10.00',
  quantity: '10',
  fullQuantity: true,
  lineTotal: '100.00',
  lineTotalConverted: '100.00',
  leadTimeDays: 14,
  note: '',
  best: false,
  alternatives: [],
  ...over,
});

const supplier = (invitationId: string, supplierName: string, currency: string, over: Partial<ComparisonFieldsFragment['suppliers'][number]> = {}) => ({
  invitationId,
  supplierId: `s-${invitationId}`,
  supplierName,
  supplierReference: null,
  revision: 1,
  submittedAt: '2099-01-03T10:00:00Z',
  currency,
  rate: null,
  rateMissing: false,
  total: '1000.00',
  totalConverted: '1000.00',
  validUntil: '2099-04-01',
  paymentTerms: '30 days net',
  deliveryTerms: 'DAP Stuttgart',
  linesQuoted: 2,
  complete: true,
  mustHaveNotMet: false,
  mustHaveNotMetKeys: [],
  ...over,
});

const comparison: ComparisonFieldsFragment = {
  rfqId: 'rfq-1',
  reference: 'BC-2026-0001-R1',
  currency: 'EUR',
  complete: false,
  missingRates: ['USD'],
  lineCount: 2,
  exchangeRates: [],
  suppliers: [
    supplier('inv-a', 'Alpha GmbH', 'EUR'),
    supplier('inv-b', 'Beta Inc.', 'USD', { rateMissing: true, totalConverted: null, mustHaveNotMet: true, mustHaveNotMetKeys: ['R1'] }),
  ],
  lines: [
    {
      key: 'L1',
      position: 1,
      description: 'Hydraulic pump',
      quantity: '10',
      unit: 'pcs',
      bestDecided: true,
      offers: [offer('inv-a', { best: true }), offer('inv-b', { fullQuantity: false, quantity: '5', lineTotalConverted: null })],
    },
    {
      key: 'L2',
      position: 2,
      description: 'Valve block',
      quantity: '2',
      unit: 'pcs',
      bestDecided: false,
      offers: [offer('inv-a'), offer('inv-b', { lineTotalConverted: null })],
    },
  ],
  requirements: [
    {
      key: 'R1',
      position: 1,
      kind: 'MUST_HAVE',
      text: 'CE marking',
      weight: null,
      answers: [
        { invitationId: 'inv-a', compliance: 'MET', comment: '', mustHaveNotMet: false },
        { invitationId: 'inv-b', compliance: 'NOT_MET', comment: 'In progress', mustHaveNotMet: true },
      ],
    },
  ],
} as ComparisonFieldsFragment;

async function render(permissions: Permission[], mutate = jest.fn(), language = Locale.EN, shown: ComparisonFieldsFragment = comparison) {
  localStorage.clear();
  const fetch = jest.fn().mockReturnValue(of({ data: { rfqComparison: shown } }));
  TestBed.configureTestingModule({
    imports: [RfqComparison],
    providers: [
      provideI18n(),
      provideIcons(),
      { provide: SessionStore, useValue: { permissions: signal(permissions), user: signal({ name: 'Markus Schäfer' }) } },
      { provide: RfqComparisonGQL, useValue: { fetch } },
      { provide: SetRfqExchangeRateGQL, useValue: { mutate } },
    ],
  });
  TestBed.inject(LanguageService).use(language);
  const fixture = TestBed.createComponent(RfqComparison);
  fixture.componentRef.setInput('rfq', { id: 'rfq-1', currency: 'EUR', quotesOpen: true } as RfqFieldsFragment);
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement, fetch, mutate };
}

describe('the RFQ comparison', () => {
  it('marks the best value with text, says why a line has none, and flags unmet must-haves', async () => {
    const { element, fetch } = await render([Permission.QUOTE_READ]);
    expect(fetch).toHaveBeenCalledWith(expect.objectContaining({ variables: { rfqId: 'rfq-1', lineOffset: 0, lineLimit: 20 } }));
    // Two lines: one page, no paginator.
    expect(element.querySelector('mat-paginator')).toBeNull();
    expect(element.querySelector('h2')?.textContent).toBe('Comparison');
    const best = element.querySelectorAll('.bc-cmp-best');
    expect(best).toHaveLength(1);
    expect(best[0].textContent?.trim()).toBe('Best value');
    expect(element.textContent).toContain('No best value: an offer cannot be converted because its exchange rate is missing');
    expect(element.textContent).toContain('Must-haves not met: 1');
    expect(element.textContent).toContain('Must-have not met');
    expect(element.textContent).toContain('rate missing');
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe('/api/rfqs/rfq-1/comparison.xlsx');
    // Without RFQ_MANAGE the rates are read-only.
    expect(element.querySelector('input')).toBeNull();
    expect(element.textContent).toContain('1 USD = ? EUR');
  });

  it('lets a buyer enter a rate, checked first and with the server’s field error next to the input', async () => {
    const mutate = jest
      .fn()
      .mockReturnValueOnce(throwError(() => ({ code: 'VALIDATION_FAILED', message: 'bad', field: 'rate' })))
      .mockReturnValueOnce(of({ data: { setRfqExchangeRate: { currency: 'USD', rate: '0.9231', setAt: '2099-01-11T10:00:00Z', setByName: 'Markus Schäfer' } } }));
    const { fixture, element, fetch } = await render([Permission.QUOTE_READ, Permission.RFQ_MANAGE], mutate);
    const input = element.querySelector('input') as HTMLInputElement;
    expect(element.querySelector(`label[for="${input.id}"]`)?.textContent).toContain('1 USD = ? EUR');
    const form = element.querySelector('form') as HTMLFormElement;

    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).not.toHaveBeenCalled();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Enter the value of 1 USD in EUR');

    input.value = '0,9231';
    input.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    expect(mutate).toHaveBeenLastCalledWith({ variables: { rfqId: 'rfq-1', currency: 'USD', rate: '0.9231' } });
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The rate is not valid');

    form.dispatchEvent(new Event('submit'));
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('speaks German', async () => {
    const { element } = await render([Permission.QUOTE_READ], jest.fn(), Locale.DE);
    expect(element.querySelector('h2')?.textContent).toBe('Preisspiegel');
    expect(element.textContent).toContain('Bestwert');
    expect(element.textContent).toContain('Muss-Kriterium nicht erfüllt');
    expect(element.textContent).toContain('Tabelle herunterladen (xlsx)');
  });

  it('reads the lines a page at a time when there are more than a page holds', async () => {
    const { fixture, element, fetch } = await render([Permission.QUOTE_READ], jest.fn(), Locale.EN, { ...comparison, lineCount: 45 });
    const paginator = element.querySelector('mat-paginator') as HTMLElement;
    expect(paginator.getAttribute('aria-label')).toBe('Pages of the lines');
    expect(paginator.textContent).toContain('1 – 20 of 45');
    (paginator.querySelector('button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { rfqId: 'rfq-1', lineOffset: 20, lineLimit: 20 } }));
  });
});
