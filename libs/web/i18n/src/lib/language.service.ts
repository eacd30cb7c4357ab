import { DOCUMENT } from '@angular/common';
import { inject, Injectable, PendingTasks, signal } from '@angular/core';
import { Locale } from '@bc/shared/domain';
import { TranslateService } from '@ngx-translate/core';
import { take } from 'rxjs';

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
 * Every change updates ngx-translate and `<html lang>` (screen readers pronounce by it), once the
 * language's table has loaded: until then the page stays in the language it was in.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly current = signal<Locale>(Locale.EN);

  readonly lang = this.current.asReadonly();
  readonly languages = SUPPORTED_LANGUAGES;

  /** The language asked for last: a table that arrives after a later switch is not applied. */
  private requested: Locale | null = null;

  /** At start-up, before anyone is known to be signed in; resolves once its table has loaded. */
  init(): Promise<void> {
    const browser = toLanguage(this.document.defaultView?.navigator.language);
    return this.apply(this.storedChoice() ?? browser ?? Locale.EN);
  }

  /** An explicit switch by the user: applied and remembered in this browser. */
  use(language: Locale): Promise<void> {
    this.storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
    return this.apply(language);
  }

  /** The signed-in user's preferred locale applies unless this browser has an explicit choice. */
  useUserLocale(locale: Locale): Promise<void> {
    return this.storedChoice() ? Promise.resolve() : this.apply(locale);
  }

  /**
   * Switches once the table is there: in the same turn when it was loaded before, else when it
   * arrives. A pending task meanwhile: the application (and a test's fixture) is not stable while
   * a table loads.
   */
  private apply(language: Locale): Promise<void> {
    this.requested = language;
    const done = this.pendingTasks.add();
    return new Promise<void>((resolve) => {
      const finish = () => {
        done();
        resolve();
      };
      this.translate
        .use(language)
        .pipe(take(1))
        .subscribe({
          next: () => {
            if (this.requested === language) {
              this.current.set(language);
              this.document.documentElement.lang = language;
            }
          },
          // ngx-translate keeps the language it had and says why in the console.
          error: finish,
          complete: finish,
        });
    });
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
