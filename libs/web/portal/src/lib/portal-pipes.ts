import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '@bc/web/i18n';
import { relativeParts } from './decimal';

/**
 * "in 3 days" / "vor 2 Stunden" for a moment, in the active language. Impure so it follows a
 * language switch and the clock; the formatter is cached per language.
 */
@Pipe({ name: 'bcRelative', pure: false })
export class BcRelativePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private cacheKey = '';
  private formatter: Intl.RelativeTimeFormat | null = null;

  transform(value: string | Date | null | undefined, now: Date = new Date()): string {
    if (!value) return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    if (!this.formatter || this.cacheKey !== this.language.lang()) {
      this.formatter = new Intl.RelativeTimeFormat(this.language.lang(), { numeric: 'auto' });
      this.cacheKey = this.language.lang();
    }
    const { value: amount, unit } = relativeParts(date, now);
    return this.formatter.format(amount, unit);
  }
}
