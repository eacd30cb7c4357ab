import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { LanguageService } from './language.service';
import { LazyTranslateLoader } from './lazy-translate-loader';
import { TranslatedTitleStrategy } from './translated-title-strategy';

/**
 * Translations, the active language, translated page titles and German locale data. The app
 * starts once the active language's table has loaded (the initializer waits for it), so no page
 * ever shows translation keys.
 */
export function provideI18n(): EnvironmentProviders {
  registerLocaleData(localeDe);
  return makeEnvironmentProviders([
    provideTranslateService({
      // No fallback language: German has exactly the English keys (its type checks it), and a
      // fallback would load the English table for German users too.
      loader: provideTranslateLoader(LazyTranslateLoader),
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
