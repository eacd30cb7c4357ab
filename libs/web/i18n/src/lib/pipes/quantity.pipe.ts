import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '../language.service';

/**
 * A quantity in the active language without padding zeros: the API's "1.000" is "1",
 * "12.5" is "12.5" in English and "12,5" in German. Impure so it follows a language switch.
 */
@Pipe({ name: 'bcQuantity', pure: false })
export class BcQuantityPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private cacheKey = '';
  private formatter: Intl.NumberFormat | null = null;

  transform(value: number | string | null | undefined): string {
    const n = typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value)) : value;
    if (n === null || n === undefined || Number.isNaN(n)) {
      return typeof value === 'string' ? value : '';
    }
    if (!this.formatter || this.cacheKey !== this.language.lang()) {
      this.formatter = new Intl.NumberFormat(this.language.lang(), { maximumFractionDigits: 3 });
      this.cacheKey = this.language.lang();
    }
    return this.formatter.format(n);
  }
}
