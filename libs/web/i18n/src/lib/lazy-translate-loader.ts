import { Injectable } from '@angular/core';
import { Locale } from '@bc/shared/domain';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { from, Observable, of } from 'rxjs';

/** Each language's table is a chunk of its own, fetched when the language is first used. */
const TABLES: Record<Locale, () => Promise<TranslationObject>> = {
  [Locale.EN]: () => import('@bc/shared/i18n/en').then((m) => m.en),
  [Locale.DE]: () => import('@bc/shared/i18n/de').then((m) => m.de),
};

/** The tables fetched so far: a language used again switches at once. */
const loaded = new Map<string, TranslationObject>();

/**
 * Tables that are there from the start, as if fetched already. The web's specs preload both
 * (jest.lib.cjs), so that a component renders translated in the same turn, as it does in the app
 * once its language has loaded.
 */
export function preloadTranslations(tables: Readonly<Partial<Record<Locale, TranslationObject>>>): void {
  for (const [lang, table] of Object.entries(tables)) if (table) loaded.set(lang, table);
}

/**
 * The tables are large (every screen's words), so neither is in the initial bundle: the active
 * language's table is loaded before the app first renders (LanguageService.init runs as an app
 * initializer), and the other one only when someone switches to it. No server serves JSON files:
 * the catalogue lives in @bc/shared/i18n, where the API's documents read it too.
 */
@Injectable()
export class LazyTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    const language = lang in TABLES ? (lang as Locale) : Locale.EN;
    const table = loaded.get(language);
    if (table) return of(table);
    return from(
      TABLES[language]().then((fetched) => {
        loaded.set(language, fetched);
        return fetched;
      }),
    );
  }
}
