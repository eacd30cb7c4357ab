import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Locale } from '@bc/shared/domain';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { ReasonDialog, ReasonDialogData } from '@bc/web/ui';
import { approvalNotes, calendarDate } from './approval-notes';

const WARNINGS = [
  { supplierName: 'Hanse Industrietechnik', kind: 'CERTIFICATE_MISSING', certificate: 'ISO 9001', detail: null },
  { supplierName: 'Hanse Industrietechnik', kind: 'CERTIFICATE_EXPIRED', certificate: 'ATEX', detail: '2026-10-01' },
  { supplierName: 'Alpine Fluid AG', kind: 'BLOCKED', certificate: null, detail: 'Counterfeit bearings found' },
];

/** The gatekeeper's approval dialog as the shortlist panel opens it, in one language. */
async function dialogText(language: Locale, required: string[]): Promise<string[]> {
  localStorage.clear();
  const data: ReasonDialogData = {
    title: 'shortlist.approveTitle',
    text: 'shortlist.approveText',
    label: 'shortlist.comment',
    confirm: 'shortlist.approve',
    optional: true,
    notes: approvalNotes(WARNINGS, required, language),
  };
  TestBed.configureTestingModule({
    imports: [ReasonDialog],
    providers: [provideI18n(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close: jest.fn() } }],
  });
  TestBed.inject(LanguageService).use(language);
  const fixture = TestBed.createComponent(ReasonDialog);
  await fixture.whenStable();
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  return Array.from(element.querySelectorAll('.bc-reason-notes li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

describe('the gatekeeper’s approval dialog', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('names each supplier and required certificate missing or expired, and a block with its reason, in English', async () => {
    expect(await dialogText(Locale.EN, ['ISO 9001', 'ATEX'])).toEqual([
      'The case requires: ISO 9001, ATEX',
      'Hanse Industrietechnik: ISO 9001 missing',
      'Hanse Industrietechnik: ATEX expired on Oct 1, 2026',
      expect.stringMatching(/^Alpine Fluid AG is blocked: .*Counterfeit bearings found$/),
    ]);
  });

  it('says the same in German, with the date as Germans write it', async () => {
    expect(await dialogText(Locale.DE, ['ISO 9001', 'ATEX'])).toEqual([
      'Der Vorgang fordert: ISO 9001, ATEX',
      'Hanse Industrietechnik: ISO 9001 fehlt',
      'Hanse Industrietechnik: ATEX am 01.10.2026 abgelaufen',
      expect.stringMatching(/^Alpine Fluid AG ist gesperrt.*Counterfeit bearings found$/),
    ]);
  });

  it('shows no list of requirements for a case that requires none, and a calendar day stays that day', () => {
    expect(approvalNotes([], [], 'en')).toEqual([]);
    expect(calendarDate('2026-01-01', 'de')).toBe('01.01.2026');
  });
});
