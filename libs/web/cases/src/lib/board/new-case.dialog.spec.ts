import { ErrorCode, ImportanceClass } from '@bc/shared/domain';
import { newCaseControlOf, toCreateCaseInput } from './new-case.dialog';

const blank = {
  title: '',
  description: '',
  category: null,
  estimatedValue: null,
  currency: 'EUR',
  neededBy: '',
  budgetReference: '',
  requiredCertificates: [] as string[],
};

describe('opening a new purchase case', () => {
  it('sends what was filled in, trimmed, with the value as the decimal string the API takes', () => {
    expect(
      toCreateCaseInput({
        ...blank,
        title: '  Laser cutting machine ',
        description: ' 6 kW fibre laser ',
        category: { code: '42636100-4', label: 'Hydraulic presses' },
        importance: ImportanceClass.STRATEGIC,
        estimatedValue: 420000.5,
        currency: 'CHF',
        neededBy: '2027-06-30',
        budgetReference: 'CAPEX-27',
        requiredCertificates: ['ISO 9001', 'EN 1090'],
      }),
    ).toEqual({
      title: 'Laser cutting machine',
      description: '6 kW fibre laser',
      categoryCode: '42636100-4',
      importance: ImportanceClass.STRATEGIC,
      estimatedValue: '420000.5',
      currency: 'CHF',
      neededBy: '2027-06-30',
      budgetReference: 'CAPEX-27',
      requiredCertificates: ['ISO 9001', 'EN 1090'],
    });
  });

  it('leaves out what was left empty', () => {
    const input = toCreateCaseInput({ ...blank, title: 'Gloves', importance: ImportanceClass.ROUTINE });
    expect(input).toEqual({ title: 'Gloves', importance: ImportanceClass.ROUTINE, currency: 'EUR' });
  });

  it('shows a refused value on its field, the category on the picker', () => {
    const refused = (field?: string) => ({ code: ErrorCode.VALIDATION_FAILED, message: 'no', field });
    expect(newCaseControlOf(refused('input.categoryCode'))).toBe('category');
    expect(newCaseControlOf(refused('input.neededBy'))).toBe('neededBy');
    expect(newCaseControlOf(refused('input.requiredCertificates.3'))).toBe('requiredCertificates');
    expect(newCaseControlOf(refused('input.requiredCertificates'))).toBe('requiredCertificates');
    expect(newCaseControlOf(refused('input.somethingElse'))).toBeNull();
    expect(newCaseControlOf(refused())).toBeNull();
  });
});
