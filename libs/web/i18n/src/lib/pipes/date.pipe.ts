import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '../language.service';

export type DateFormat = 'date' | 'dateTime' | 'seconds' | 'zone';

const OPTIONS: Record<DateFormat, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** For receipts: to the second. */
  seconds: { dateStyle: 'medium', timeStyle: 'medium' },
  /** For deadlines: with the weekday and the time zone, so nobody misreads whose 17:00 it is. */
  zone: { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
};

/**
 * A date (ISO string from the API, or Date) in the active language and the browser's time zone. Impure so it follows a
 * language switch; the formatter is cached per language and format.
 */
@Pipe({ name: 'bcDate', pure: false })
export class BcDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private cacheKey = '';
  private formatter: Intl.DateTimeFormat | null = null;

  transform(value: string | Date | null | undefined, format: DateFormat = 'dateTime'): string {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) {
      return '';
    }
    const key = `${this.language.lang()}|${format}`;
    if (!this.formatter || key !== this.cacheKey) {
      this.formatter = new Intl.DateTimeFormat(this.language.lang(), OPTIONS[format]);
      this.cacheKey = key;
    }
    return this.formatter.format(date);
  }
}
