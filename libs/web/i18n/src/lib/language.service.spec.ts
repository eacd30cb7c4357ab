import { TestBed } from '@angular/core/testing';
import { Locale } from '@bc/shared/domain';
import { TranslateService } from '@ngx-translate/core';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language.service';
import { provideI18n } from './provide-i18n';

describe('the active language', () => {
  async function start(): Promise<LanguageService> {
    TestBed.configureTestingModule({ providers: [provideI18n()] });
    const language = TestBed.inject(LanguageService);
    await language.init();
    return language;
  }

  beforeEach(() => localStorage.clear());

  it('follows the signed-in user when this browser made no choice, and sets <html lang>', async () => {
    const language = await start();
    await language.useUserLocale(Locale.DE);
    expect(language.lang()).toBe(Locale.DE);
    expect(document.documentElement.lang).toBe('de');
    expect(TestBed.inject(TranslateService).instant('titles.workspace')).toBe('Einkaufsarbeitsplatz');
  });

  it('keeps an explicit switch over the user locale, across a reload', async () => {
    await (await start()).use(Locale.DE);
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');

    TestBed.resetTestingModule();
    const reloaded = await start();
    await reloaded.useUserLocale(Locale.EN);
    expect(reloaded.lang()).toBe(Locale.DE);
  });
});
