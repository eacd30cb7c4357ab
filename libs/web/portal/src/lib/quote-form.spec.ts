import { alternativeForm, checkSubmit, controlForField, formGrandTotal, formLineTotal, PortalRfq, QuoteContent, quoteForm, toQuoteInput } from './quote-form';

const rfq = {
  currency: 'EUR',
  validityDays: 60,
  paymentTerms: '30 days net',
  deliveryTerms: 'DAP Stuttgart',
  lines: [
    { key: 'L2', position: 2, description: 'Die set', quantity: '4.000', unit: 'pcs', attributes: [] },
    { key: 'L1', position: 1, description: 'Press', quantity: '1', unit: 'pcs', attributes: [] },
  ],
  requirements: [
    { key: 'R1', position: 1, kind: 'MUST_HAVE', text: 'CE marking', weight: null },
    { key: 'R2', position: 2, kind: 'NICE_TO_HAVE', text: 'Remote service', weight: 10 },
  ],
} as unknown as PortalRfq;

describe('the quote form', () => {
  it('starts from the RFQ: its lines in order with the requested quantity, its currency, terms and validity', () => {
    const form = quoteForm(rfq, null, new Date(2026, 0, 1));
    const v = form.getRawValue();
    expect(v.lines.map((l) => [l.lineKey, l.quantity, l.unitPrice])).toEqual([
      ['L1', '1', ''],
      ['L2', '4', ''],
    ]);
    expect(v.currency).toBe('EUR');
    expect(v.validUntil).toBe('2026-03-02');
    expect(v.paymentTerms).toBe('30 days net');
    expect(v.answers.map((a) => a.requirementKey)).toEqual(['R1', 'R2']);
  });

  it('is filled from earlier content where it has the line', () => {
    const content = {
      currency: 'USD',
      supplierReference: 'Q-77',
      validUntil: '2026-05-01',
      paymentTerms: '',
      deliveryTerms: 'FCA',
      note: '',
      total: null,
      lines: [
        { lineKey: 'L2', unitPrice: '12.5', quantity: '3', leadTimeDays: 20, note: 'x', total: null, alternatives: [{ description: 'Cheaper', unitPrice: '10', quantity: '3', leadTimeDays: null, total: '30.00' }] },
      ],
      answers: [{ requirementKey: 'R1', compliance: 'MET', comment: 'yes' }],
      attachments: [],
    } as QuoteContent;
    const form = quoteForm(rfq, content, new Date(2026, 0, 1));
    const input = toQuoteInput(form, ['f1']);
    expect(input.currency).toBe('USD');
    expect(input.lines[0]).toEqual({ lineKey: 'L1', unitPrice: null, quantity: '1', leadTimeDays: null, note: '', alternatives: [] });
    expect(input.lines[1]).toEqual({
      lineKey: 'L2',
      unitPrice: '12.5',
      quantity: '3',
      leadTimeDays: 20,
      note: 'x',
      alternatives: [{ description: 'Cheaper', unitPrice: '10', quantity: '3', leadTimeDays: null }],
    });
    expect(input.answers?.[0]).toEqual({ requirementKey: 'R1', compliance: 'MET', comment: 'yes' });
    expect(input.attachmentIds).toEqual(['f1']);
    expect(input.supplierReference).toBe('Q-77');
  });

  it('sends decimal commas as points and totals the lines exactly', () => {
    const form = quoteForm(rfq, null, new Date(2026, 0, 1));
    form.controls.lines.at(0).patchValue({ unitPrice: '0,1', quantity: '3' });
    form.controls.lines.at(1).patchValue({ unitPrice: '0.2', quantity: '1' });
    expect(toQuoteInput(form, []).lines[0].unitPrice).toBe('0.1');
    expect(formGrandTotal(form)).toBe('0.50');
  });

  it('never totals an invalid number: a 20-digit unit price leaves the line and the quote without a total', () => {
    const form = quoteForm(rfq, null, new Date(2026, 0, 1));
    const [l1, l2] = form.controls.lines.controls;
    l1.patchValue({ unitPrice: '20000000000000000000', quantity: '3' });
    l2.patchValue({ unitPrice: '10', quantity: '4' });
    expect(l1.controls.unitPrice.invalid).toBe(true);
    expect(formLineTotal(l1)).toBeNull();
    expect(formLineTotal(l2)).toBe('40.00');
    expect(formGrandTotal(form)).toBeNull();
    l1.patchValue({ unitPrice: '2', quantity: '-1' });
    expect(formLineTotal(l1)).toBeNull();
    expect(formGrandTotal(form)).toBeNull();
    l1.patchValue({ quantity: '3' });
    expect(formGrandTotal(form)).toBe('46.00');
    const alternative = alternativeForm();
    alternative.patchValue({ description: 'x', unitPrice: '1e30', quantity: '1' });
    expect(formLineTotal(alternative)).toBeNull();
  });

  it('finds what a submission still lacks', () => {
    const form = quoteForm(rfq, null, new Date(2026, 0, 1));
    form.controls.validUntil.setValue('');
    form.controls.lines.at(0).patchValue({ unitPrice: '100' });
    expect(checkSubmit(form, rfq).sort()).toEqual(['mustHave', 'noLineQuoted', 'validUntil']);
    expect(form.controls.lines.at(0).controls.leadTimeDays.hasError('required')).toBe(true);
    form.controls.lines.at(0).patchValue({ leadTimeDays: 30 });
    form.controls.answers.at(0).patchValue({ compliance: 'PARTLY_MET' });
    form.controls.validUntil.setValue('2026-02-01');
    expect(checkSubmit(form, rfq)).toEqual([]);
  });

  it('finds the control a server error points at', () => {
    const form = quoteForm(rfq, null, new Date(2026, 0, 1));
    expect(controlForField(form, 'input.lines.1.unitPrice')).toBe(form.controls.lines.at(1).controls.unitPrice);
    expect(controlForField(form, 'input.validUntil')).toBe(form.controls.validUntil);
    expect(controlForField(form, 'invitationId')).toBeNull();
  });
});
