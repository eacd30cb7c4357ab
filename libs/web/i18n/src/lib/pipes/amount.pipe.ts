import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '../language.service';

/**
 * A money amount in the active language: `1234.5 | bcAmount` is "€1,234.50" in English and
 * "1.234,50 €" in German. Impure so it follows a language switch; the formatter is cached.
 */
@Pipe({ name: 'bcAmount', pure: false })
export class BcAmountPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private cacheKey = '';
  private formatter: Intl.NumberFormat | null = null;

  /** The API sends money as decimal strings ("12500.00"); numbers are taken too. */
  transform(value: number | string | null | undefined, currency = 'EUR'): string {
    const amount = typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value)) : value;
    if (amount === null || amount === undefined || Number.isNaN(amount)) {
      return '';
    }
    const key = `${this.language.lang()}|${currency}`;
    if (!this.formatter || key !== this.cacheKey) {
      this.formatter = new Intl.NumberFormat(this.language.lang(), { style: 'currency', currency });
      this.cacheKey = key;
    }
    return this.formatter.format(amount);
  }
}
