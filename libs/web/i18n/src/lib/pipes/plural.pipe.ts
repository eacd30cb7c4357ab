import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../language.service';

/**
 * A counted phrase in the active language's plural form: `'tasks.waiting' | bcPlural: n` reads the
 * translation `tasks.waiting.one` or `tasks.waiting.other` (the CLDR categories of
 * `Intl.PluralRules`, so a language with more forms adds keys, not code), with `count` and any
 * further `params` interpolated. A category a language leaves out falls back to `other`.
 */
@Pipe({ name: 'bcPlural', pure: false })
export class BcPluralPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private rulesLang = '';
  private rules: Intl.PluralRules | null = null;

  transform(key: string, count: number, params: Record<string, unknown> = {}): string {
    const lang = this.language.lang();
    if (!this.rules || this.rulesLang !== lang) {
      this.rules = new Intl.PluralRules(lang);
      this.rulesLang = lang;
    }
    const values = { ...params, count };
    const exact = `${key}.${this.rules.select(count)}`;
    const text: string = this.translate.instant(exact, values);
    return text !== exact ? text : (this.translate.instant(`${key}.other`, values) as string);
  }
}
