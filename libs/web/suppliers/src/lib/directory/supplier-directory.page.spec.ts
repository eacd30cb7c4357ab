import { Locale } from '@bc/shared/domain';
import { cpvLabelIn } from '@bc/web/i18n';
import { exportVariables, FilterForm, toSupplierFilter } from './supplier-directory.page';

const FORM: FilterForm = { search: '', category: null, country: '', status: [], certificates: '', minReliability: null };

describe('the directory’s filters and export', () => {
  it('sends the country as typed (code or name; the API maps and refuses), empty fields left out', () => {
    expect(toSupplierFilter({ ...FORM, country: ' Deutschland ' })).toEqual({ country: 'Deutschland' });
    expect(toSupplierFilter({ ...FORM, country: 'de', search: ' 4444 ' })).toEqual({ country: 'de', search: '4444' });
    expect(toSupplierFilter(FORM)).toEqual({});
  });

  it('asks for the CSV in the language the page is shown in: German for German Excel, English otherwise', () => {
    expect(exportVariables({ ...FORM, country: 'Germany' }, Locale.DE)).toEqual({ filter: { country: 'Germany' }, locale: 'DE' });
    expect(exportVariables(FORM, Locale.EN)).toEqual({ filter: {}, locale: 'EN' });
  });

  it('shows a CPV label in the page’s language', () => {
    const bearings = { label: 'Bearings', labelDe: 'Lager' };
    expect(cpvLabelIn(Locale.DE, bearings)).toBe('Lager');
    expect(cpvLabelIn(Locale.EN, bearings)).toBe('Bearings');
    expect(cpvLabelIn(Locale.DE, { label: 'Bearings' })).toBe('Bearings');
  });
});
