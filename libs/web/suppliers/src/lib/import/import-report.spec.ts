import { TestBed } from '@angular/core/testing';
import { provideI18n } from '@bc/web/i18n';
import { ImportReport, SupplierImportReport, validRowCount } from './import-report';

const checked: SupplierImportReport = {
  totalRows: 5,
  imported: 0,
  written: false,
  rejected: [
    { line: 3, field: 'name', code: 'REQUIRED', message: 'name is required' },
    { line: 4, field: 'country', code: 'INVALID_COUNTRY', message: '"XYZ" is not an ISO 3166-1 alpha-2 country code' },
    { line: 4, field: 'categories', code: 'INVALID_CPV_CODE', message: '"12345" is not a CPV code like 42122000-0' },
    { line: 6, field: 'row', code: 'SOMETHING_NEW', message: 'A reason this client does not know yet' },
  ],
};

async function render(report: SupplierImportReport): Promise<HTMLElement> {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [ImportReport], providers: [provideI18n()] });
  const fixture = TestBed.createComponent(ImportReport);
  fixture.componentRef.setInput('report', report);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('the CSV import report', () => {
  it('counts a row with several rejections once', () => {
    expect(validRowCount(checked)).toBe(2);
  });

  it('lists every rejected row with its line, column and reason, and says nothing was imported', async () => {
    const element = await render(checked);
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      '5 rows checked: 2 valid, 3 rejected. Nothing has been imported yet.',
    );
    const rows = Array.from(element.querySelectorAll('tr.mat-mdc-row')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'name', 'Required value missing (name is required)'],
      ['4', 'country', 'Not a two-letter country code ("XYZ" is not an ISO 3166-1 alpha-2 country code)'],
      ['4', 'categories', 'Not a CPV code ("12345" is not a CPV code like 42122000-0)'],
      ['6', 'row', 'A reason this client does not know yet'],
    ]);
  });

  it('reports what was written once the valid rows are imported', async () => {
    const element = await render({ ...checked, imported: 2, written: true });
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('2 of 5 rows imported.');
  });
});
