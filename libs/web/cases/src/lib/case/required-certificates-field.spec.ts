import { FormControl } from '@angular/forms';
import { TestBed } from '@angular/core/testing';
import { Locale } from '@bc/shared/domain';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { REQUIRED_CERTIFICATE_ALIASES, RequiredCertificatesField, requiredCertificatesValidator, withRequiredCertificate } from './required-certificates-field';

describe('the certificates a case requires, in its dialogs', () => {
  it('adds a typed name trimmed, and refuses one the API would refuse, saying why', () => {
    expect(withRequiredCertificate(['ISO 9001'], '  EN 1090 ')).toEqual({ list: ['ISO 9001', 'EN 1090'] });
    expect(withRequiredCertificate(['ISO 9001'], '  ')).toEqual({ list: ['ISO 9001'] });
    expect(withRequiredCertificate(['ISO 9001'], 'iso-9001')).toEqual({
      error: { bcMessage: { key: 'cases.certificateProblem.DUPLICATE', params: { max: 100, name: 'iso-9001' } } },
    });
    expect(withRequiredCertificate([], 'x'.repeat(101))).toEqual({ error: { bcMessage: { key: 'cases.certificateProblem.TOO_LONG', params: expect.objectContaining({ max: 100 }) } } });
    const ten = Array.from({ length: 10 }, (_, i) => `Cert ${i}`);
    expect(withRequiredCertificate(ten, 'One more')).toEqual({ error: { bcMessage: { key: 'cases.certificateProblem.TOO_MANY', params: expect.objectContaining({ max: 10 }) } } });
  });

  it('validates the whole list by the same rule, and shows an entry the API refused on the list', () => {
    expect(requiredCertificatesValidator(new FormControl(['ISO 9001', 'ATEX'], { nonNullable: true }))).toBeNull();
    expect(requiredCertificatesValidator(new FormControl(['ATEX', 'atex'], { nonNullable: true }))).toMatchObject({ bcMessage: { key: 'cases.certificateProblem.DUPLICATE' } });
    expect(REQUIRED_CERTIFICATE_ALIASES['requiredCertificates.3']).toBe('requiredCertificates');
  });

  it('shows each required certificate as a chip, with how many of the limit are used', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [RequiredCertificatesField], providers: [provideI18n(), provideIcons()] });
    TestBed.inject(LanguageService).use(Locale.DE);
    const fixture = TestBed.createComponent(RequiredCertificatesField);
    fixture.componentRef.setInput('control', new FormControl(['ISO 9001', 'EN 1090'], { nonNullable: true }));
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(Array.from(element.querySelectorAll('mat-chip-row')).map((c) => c.textContent?.trim())).toEqual(['ISO 9001', 'EN 1090']);
    expect(element.textContent).toContain('2 von 10');
    expect(element.querySelector('button[matChipRemove]')?.getAttribute('aria-label')).toBe('ISO 9001 entfernen');
  });
});
