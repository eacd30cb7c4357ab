import { TestBed } from '@angular/core/testing';
import { Locale } from '@bc/shared/domain';
import { LanguageService } from '../language.service';
import { provideI18n } from '../provide-i18n';
import { BcAmountPipe } from './amount.pipe';
import { BcDatePipe } from './date.pipe';
import { BcPluralPipe } from './plural.pipe';
import { fileSize } from './file-size.pipe';

/** Intl separates the amount and a trailing currency sign with a no-break space. */
const normalizeSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the locale pipes', () => {
  let language: LanguageService;
  let amount: BcAmountPipe;
  let date: BcDatePipe;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18n(), BcAmountPipe, BcDatePipe, BcPluralPipe] });
    language = TestBed.inject(LanguageService);
    amount = TestBed.inject(BcAmountPipe);
    date = TestBed.inject(BcDatePipe);
  });

  it('format 1234.5 EUR as "€1,234.50" in English and "1.234,50 €" in German', () => {
    language.use(Locale.EN);
    expect(amount.transform(1234.5)).toBe('€1,234.50');
    language.use(Locale.DE);
    expect(normalizeSpaces(amount.transform(1234.5))).toBe('1.234,50 €');
  });

  it('follow the language for dates too', () => {
    const moment = '2026-03-05T14:30:00Z';
    language.use(Locale.EN);
    expect(date.transform(moment, 'date')).toBe('Mar 5, 2026');
    language.use(Locale.DE);
    expect(date.transform(moment, 'date')).toBe('05.03.2026');
  });

  it('show a deadline with its weekday and time zone, and a receipt to the second', () => {
    const moment = new Date(2026, 2, 5, 14, 30, 15);
    language.use(Locale.EN);
    const deadline = date.transform(moment, 'zone');
    expect(deadline).toMatch(/^Thu, Mar 5, 2026, 0?2:30\sPM\s\S+/);
    expect(normalizeSpaces(date.transform(moment, 'seconds'))).toBe('Mar 5, 2026, 2:30:15 PM');
    language.use(Locale.DE);
    expect(date.transform(moment, 'zone')).toMatch(/^Do\., 5\. März 2026, 14:30 \S+/);
    expect(date.transform(moment, 'seconds')).toBe('05.03.2026, 14:30:15');
  });

  it('count in the plural form of the language: one task, two tasks; eine Aufgabe, zwei Aufgaben', () => {
    const plural = TestBed.inject(BcPluralPipe);
    language.use(Locale.EN);
    expect(plural.transform('tasks.waiting', 1)).toBe('1 task waiting for you');
    expect(plural.transform('tasks.waiting', 2)).toBe('2 tasks waiting for you');
    expect(plural.transform('policy.biddingDefault', 1)).toBe('Default: 1 day');
    language.use(Locale.DE);
    expect(plural.transform('tasks.waiting', 1)).toBe('1 Aufgabe wartet auf Sie');
    expect(plural.transform('portalList.roundTargets', 3)).toBe('Zielpreise für 3 Positionen');
    expect(plural.transform('portalList.roundTargets', 1)).toBe('Zielpreis für 1 Position');
  });

  it('size a file exactly below a kilobyte and to one decimal above, in the language: a 58-byte file is not "1 KB"', () => {
    expect(fileSize(58, 'en')).toBe('58 byte');
    expect(fileSize(1536, 'en')).toBe('1.5 kB');
    expect(fileSize(3.4 * 1024 * 1024, 'de')).toBe('3,4 MB');
    expect(fileSize(58, 'de')).toBe('58 Byte');
  });

  it('show nothing for a missing value', () => {
    expect(amount.transform(null)).toBe('');
    expect(date.transform(undefined)).toBe('');
    expect(date.transform('not a date')).toBe('');
  });
});
