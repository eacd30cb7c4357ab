import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { BundledTranslateLoader } from './bundled-translate-loader';
import { LanguageService } from './language.service';
import { TranslatedTitleStrategy } from './translated-title-strategy';

/** Translations, the active language, translated page titles and German locale data. */
export function provideI18n(): EnvironmentProviders {
  registerLocaleData(localeDe);
  return makeEnvironmentProviders([
    provideTranslateService({
      loader: provideTranslateLoader(BundledTranslateLoader),
      fallbackLang: 'en',
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
