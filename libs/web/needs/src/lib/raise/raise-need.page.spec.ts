import { AbstractControl, FormBuilder } from '@angular/forms';
import { fieldErrorMessage } from '@bc/web/ui';
import { NEED_LIMITS, raiseNeedForm, toRaiseNeedInput } from './raise-need.page';

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

describe('the need form says what is wrong', () => {
  const form = () => raiseNeedForm(new FormBuilder().nonNullable, () => new Date(2026, 11, 6, 10, 0));
  const messageOf = (control: AbstractControl) => fieldErrorMessage(control.errors)?.key;

  it('gives negative, too large and too long values and past dates a message each, not only a red frame', () => {
    const f = form();
    f.patchValue({ quantity: -2, estimatedValue: 1e19, neededBy: '2026-12-05', unit: 'x'.repeat(NEED_LIMITS.unit + 1), title: 't'.repeat(NEED_LIMITS.title + 1) });
    expect(messageOf(f.controls.quantity)).toBe('fieldErrors.min');
    expect(messageOf(f.controls.estimatedValue)).toBe('fieldErrors.decimal');
    expect(messageOf(f.controls.neededBy)).toBe('fieldErrors.pastDate');
    expect(messageOf(f.controls.unit)).toBe('fieldErrors.maxlength');
    expect(messageOf(f.controls.title)).toBe('fieldErrors.maxlength');
    f.patchValue({ quantity: 2.5, estimatedValue: 185000.5, neededBy: '2026-12-06', unit: 'pcs', title: 'Press' });
    expect([f.controls.quantity, f.controls.estimatedValue, f.controls.neededBy, f.controls.unit, f.controls.title].map((c) => c.errors)).toEqual([null, null, null, null, null]);
  });

  it('keeps the server\'s limits (RaiseNeedInput), so nothing it refuses passes the form', () => {
    const f = form();
    f.patchValue({ description: 'd'.repeat(10000), justification: 'j'.repeat(5000), budgetReference: 'b'.repeat(100) });
    expect(f.controls.description.valid && f.controls.justification.valid && f.controls.budgetReference.valid).toBe(true);
    f.patchValue({ description: 'd'.repeat(10001), justification: 'j'.repeat(5001), budgetReference: 'b'.repeat(101) });
    expect([f.controls.description, f.controls.justification, f.controls.budgetReference].map(messageOf)).toEqual(['fieldErrors.maxlength', 'fieldErrors.maxlength', 'fieldErrors.maxlength']);
  });
});
