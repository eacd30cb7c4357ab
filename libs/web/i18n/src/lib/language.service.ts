import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { Locale } from '@bc/shared/domain';
import { TranslateService } from '@ngx-translate/core';

export const SUPPORTED_LANGUAGES: readonly Locale[] = [Locale.EN, Locale.DE];

/** Where this browser remembers an explicit language choice. */
export const LANGUAGE_STORAGE_KEY = 'bc.language';

export function toLanguage(value: string | null | undefined): Locale | null {
  const short = value?.slice(0, 2).toLowerCase();
  return SUPPORTED_LANGUAGES.find((language) => language === short) ?? null;
}

/**
 * The active language. Precedence: a choice made with the language switch in this browser,
 * then the signed-in user's preferred locale, then the browser's language, then English.
 * Every change updates ngx-translate and `<html lang>` (screen readers pronounce by it).
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(Locale.EN);

  readonly lang = this.current.asReadonly();
  readonly languages = SUPPORTED_LANGUAGES;

  /** At start-up, before anyone is known to be signed in. */
  init(): void {
    const browser = toLanguage(this.document.defaultView?.navigator.language);
    this.apply(this.storedChoice() ?? browser ?? Locale.EN);
  }

  /** An explicit switch by the user: applied and remembered in this browser. */
  use(language: Locale): void {
    this.storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
    this.apply(language);
  }

  /** The signed-in user's preferred locale applies unless this browser has an explicit choice. */
  useUserLocale(locale: Locale): void {
    if (!this.storedChoice()) {
      this.apply(locale);
    }
  }

  private apply(language: Locale): void {
    this.current.set(language);
    this.translate.use(language);
    this.document.documentElement.lang = language;
  }

  private storedChoice(): Locale | null {
    return toLanguage(this.storage()?.getItem(LANGUAGE_STORAGE_KEY));
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      // Storage can be blocked by privacy settings; the choice then lasts for this page only.
      return null;
    }
  }
}
