import { offerForm, offerLinesText, offerWordingKey } from './offers-form';
import { checkSubmit, controlForField, PortalRfq, QuoteContent, quoteForm, toQuoteInput } from './quote-form';

const rfq = {
  currency: 'EUR',
  validityDays: 60,
  paymentTerms: '',
  deliveryTerms: '',
  lines: [
    { key: 'L2', position: 2, description: 'Die set', quantity: '4', unit: 'pcs', attributes: [] },
    { key: 'L1', position: 1, description: 'Press', quantity: '1', unit: 'pcs', attributes: [] },
  ],
  requirements: [],
} as unknown as PortalRfq;

const content = (conditionalDiscounts: QuoteContent['conditionalDiscounts']) =>
  ({
    currency: 'EUR',
    supplierReference: null,
    validUntil: '2026-05-01',
    paymentTerms: '',
    deliveryTerms: '',
    note: '',
    total: null,
    lines: [{ lineKey: 'L1', unitPrice: '100', quantity: '1', leadTimeDays: 5, note: '', total: null, alternatives: [] }],
    answers: [],
    attachments: [],
    conditionalDiscounts,
  }) as QuoteContent;

describe('conditional offers in the quote form', () => {
  it('starts from earlier offers and sends only the chosen condition, commas as points, lines in the RFQ order', () => {
    const form = quoteForm(
      rfq,
      content([
        { type: 'PERCENT', value: '2.5', minValue: '10000.00', lineKeys: [], note: 'Whole order' },
        { type: 'AMOUNT', value: '500', minValue: null, lineKeys: ['L2', 'L1'], note: '' },
      ]),
      new Date(2026, 0, 1),
    );
    const offers = form.controls.conditionalDiscounts.controls;
    expect(offers.map((o) => o.controls.condition.value)).toEqual(['MIN_VALUE', 'LINES']);
    offers[0].controls.value.setValue('3,25');
    // Switching the second offer to a minimum keeps its lines in the form but sends none.
    offers[1].controls.condition.setValue('MIN_VALUE');
    offers[1].controls.minValue.setValue(' 1000,5 ');
    expect(toQuoteInput(form, []).conditionalDiscounts).toEqual([
      { type: 'PERCENT', value: '3.25', minValue: '10000.00', lineKeys: [], note: 'Whole order' },
      { type: 'AMOUNT', value: '500', minValue: '1000.5', lineKeys: [], note: '' },
    ]);
    offers[1].controls.condition.setValue('LINES');
    expect(toQuoteInput(form, []).conditionalDiscounts?.[1]).toMatchObject({ minValue: null, lineKeys: ['L1', 'L2'] });
  });

  it('checks the value by its type and the condition it has', () => {
    const offer = offerForm();
    const c = offer.controls;
    expect(c.value.errors).toEqual({ required: true });
    expect(c.minValue.errors).toEqual({ required: true });
    expect(c.lineKeys.errors).toBeNull();
    c.value.setValue('100');
    expect(c.value.valid).toBe(true);
    for (const bad of ['100,01', '0', '2.125', '-1', 'x']) {
      c.value.setValue(bad);
      expect({ bad, errors: c.value.errors }).toEqual({ bad, errors: { offerPercent: true } });
    }
    // 250 is no percentage but a fine amount: changing the type checks the value again.
    c.value.setValue('250');
    expect(c.value.errors).toEqual({ offerPercent: true });
    c.type.setValue('AMOUNT');
    expect(c.value.valid).toBe(true);
    c.value.setValue('12.345');
    expect(c.value.errors).toEqual({ offerAmount: true });
    c.minValue.setValue('0');
    expect(c.minValue.errors).toEqual({ offerAmount: true });
    // The lines as the condition: the minimum no longer counts, a line must be chosen.
    c.condition.setValue('LINES');
    expect(c.minValue.errors).toBeNull();
    expect(c.lineKeys.errors).toEqual({ offerLines: true });
    c.lineKeys.setValue(['L1']);
    expect(c.lineKeys.valid).toBe(true);
  });

  it('refuses to submit an offer on an item the quote does not price, and lets it go once the item is priced', () => {
    const form = quoteForm(rfq, content([{ type: 'PERCENT', value: '3', minValue: null, lineKeys: ['L1', 'L2'], note: '' }]), new Date(2026, 0, 1));
    const lineKeys = form.controls.conditionalDiscounts.at(0).controls.lineKeys;
    expect(checkSubmit(form, rfq)).toEqual(['offerUnpriced']);
    expect(lineKeys.errors).toEqual({ offerUnpriced: true });
    const die = form.controls.lines.at(1).controls;
    die.unitPrice.setValue('20');
    die.leadTimeDays.setValue(3);
    expect(checkSubmit(form, rfq)).toEqual([]);
    expect(lineKeys.valid).toBe(true);
  });

  it('points a server error on one line of a condition at the offer’s lines', () => {
    const form = quoteForm(rfq, content([{ type: 'PERCENT', value: '3', minValue: null, lineKeys: ['L1'], note: '' }]), new Date(2026, 0, 1));
    expect(controlForField(form, 'input.conditionalDiscounts.0.lineKeys.3')).toBe(form.controls.conditionalDiscounts.at(0).controls.lineKeys);
    expect(controlForField(form, 'input.conditionalDiscounts.0.value')).toBe(form.controls.conditionalDiscounts.at(0).controls.value);
  });

  it('words an offer by its type and condition, its lines in the RFQ order', () => {
    expect(offerWordingKey({ type: 'PERCENT', minValue: '10000.00' })).toBe('conditionalOffer.percentMin');
    expect(offerWordingKey({ type: 'AMOUNT', minValue: null })).toBe('conditionalOffer.amountLines');
    expect(offerLinesText(['L2', 'X', 'L1'], rfq.lines)).toBe('1. Press, 2. Die set, X');
  });
});
