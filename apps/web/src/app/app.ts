import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { fromApiLocale, SessionStore } from '@bc/web/data-access/session';
import { LanguageService } from '@bc/web/i18n';

@Component({
  selector: 'bc-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<router-outlet />',
})
export class App {
  constructor() {
    const session = inject(SessionStore);
    const language = inject(LanguageService);
    // Once someone is signed in, their preferred locale applies (unless this browser has an
    // explicit choice from the language switch).
    effect(() => {
      const locale = session.user()?.locale;
      if (locale) {
        untracked(() => language.useUserLocale(fromApiLocale(locale)));
      }
    });
  }
}
