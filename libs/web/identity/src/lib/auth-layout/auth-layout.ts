import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { LanguageService, toLanguage } from '@bc/web/i18n';
import { LanguageSwitch } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** The frame of the pages before sign-in (also the supplier registration): brand and language switch, then one card. */
@Component({
  selector: 'bc-auth-layout',
  imports: [MatCardModule, LanguageSwitch, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="bc-auth-header">
      <span class="bc-auth-brand">{{ 'app.name' | translate }}</span>
      <bc-language-switch
        [value]="language.lang()"
        [languages]="language.languages"
        (chosen)="useLanguage($event)"
      />
    </header>
    <main id="main" class="bc-auth-main">
      <mat-card appearance="outlined" class="bc-auth-card" [class.bc-auth-card--wide]="wide()">
        <mat-card-content>
          <ng-content />
        </mat-card-content>
      </mat-card>
    </main>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
      background: var(--mat-sys-surface-container-low);
    }
    .bc-auth-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.75rem 1.5rem;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .bc-auth-brand {
      font: var(--mat-sys-title-large);
    }
    .bc-auth-main {
      flex: 1 1 auto;
      display: flex;
      justify-content: center;
      align-items: flex-start;
      padding: 3rem 1rem;
    }
    .bc-auth-card {
      width: 100%;
      max-width: 28rem;
      padding: 1rem;
    }
    .bc-auth-card--wide {
      max-width: 32rem;
    }
  `,
})
export class AuthLayout {
  /** A wider card, for a form with more to fill in (a supplier's registration). */
  readonly wide = input(false);
  protected readonly language = inject(LanguageService);

  protected useLanguage(value: string): void {
    const language = toLanguage(value);
    if (language) {
      this.language.use(language);
    }
  }
}
