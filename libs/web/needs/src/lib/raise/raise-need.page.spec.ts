import { toRaiseNeedInput } from './raise-need.page';

const blank = {
  title: '',
  description: '',
  justification: '',
  quantity: null,
  unit: '',
  neededBy: '',
  estimatedValue: null,
  currency: 'EUR',
  budgetReference: '',
  category: null,
};

describe('raising a need', () => {
  it('sends what was filled in, trimmed, with numbers as the decimal strings the API takes', () => {
    expect(
      toRaiseNeedInput({
        ...blank,
        title: '  Hydraulic press 250 t ',
        justification: 'Line 3 stops weekly',
        quantity: 2,
        unit: 'pcs',
        neededBy: '2027-03-31',
        estimatedValue: 185000.5,
        budgetReference: 'CAPEX-14',
        category: { code: '42636100-4', label: 'Hydraulic presses' },
      }),
    ).toEqual({
      title: 'Hydraulic press 250 t',
      justification: 'Line 3 stops weekly',
      description: undefined,
      quantity: '2',
      unit: 'pcs',
      neededBy: '2027-03-31',
      estimatedValue: '185000.5',
      currency: 'EUR',
      budgetReference: 'CAPEX-14',
      categoryCode: '42636100-4',
    });
  });

  it('leaves out what was left empty', () => {
    const input = toRaiseNeedInput({ ...blank, title: 'Gloves', justification: 'Stock runs out' });
    expect(input.quantity).toBeUndefined();
    expect(input.estimatedValue).toBeUndefined();
    expect(input.categoryCode).toBeUndefined();
    expect(input.neededBy).toBeUndefined();
  });
});
