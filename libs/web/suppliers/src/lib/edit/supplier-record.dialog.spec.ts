import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Locale } from '@bc/shared/domain';
import { AddCertificateGQL, AddSupplierContactGQL, AddSupplierDocumentGQL, FileUploadService, RecordPerformanceGQL, SupplierFieldsFragment } from '@bc/web/data-access';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { CERTIFICATE_LIMITS, SupplierRecordDialog } from './supplier-record.dialog';

describe('adding a certificate to a supplier', () => {
  it('counts the issuer and number against the API’s limits and refuses them over it before sending', async () => {
    localStorage.clear();
    const mutate = jest.fn();
    TestBed.configureTestingModule({
      imports: [SupplierRecordDialog],
      providers: [
        provideI18n(),
        provideIcons(),
        { provide: MAT_DIALOG_DATA, useValue: { kind: 'certificate', supplier: { id: 's-1', name: 'Hanse Industrietechnik' } as SupplierFieldsFragment } },
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
        { provide: AddCertificateGQL, useValue: { mutate } },
        { provide: AddSupplierContactGQL, useValue: { mutate: jest.fn() } },
        { provide: AddSupplierDocumentGQL, useValue: { mutate: jest.fn() } },
        { provide: RecordPerformanceGQL, useValue: { mutate: jest.fn() } },
        { provide: FileUploadService, useValue: { upload: jest.fn() } },
      ],
    });
    TestBed.inject(LanguageService).use(Locale.EN);
    const fixture = TestBed.createComponent(SupplierRecordDialog);
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const type = (index: number, text: string) => {
      const input = element.querySelectorAll('input')[index] as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    };
    type(0, 'ISO 9001');
    type(1, 'x'.repeat(CERTIFICATE_LIMITS.issuer + 1));
    type(2, '7'.repeat(CERTIFICATE_LIMITS.number + 1));
    fixture.detectChanges();
    expect(element.textContent).toContain(`201 / ${CERTIFICATE_LIMITS.issuer}`);
    expect(element.textContent).toContain(`101 / ${CERTIFICATE_LIMITS.number}`);

    (element.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    await fixture.whenStable();
    expect(mutate).not.toHaveBeenCalled();
    const errors = Array.from(element.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual([expect.stringContaining('200'), expect.stringContaining('100')]);
  });
});
