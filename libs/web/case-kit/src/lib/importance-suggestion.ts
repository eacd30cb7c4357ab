import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ImportanceClass } from '@bc/shared/domain';
import { Api, SuggestImportanceGQL, SuggestImportanceQuery } from '@bc/web/data-access';
import { LanguageService } from '@bc/web/i18n';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

type Suggestion = SuggestImportanceQuery['suggestImportance'];

/** The suggestion's explanation in the UI language from its figures; the API's own (English) text without them. */
export function suggestionText(s: Suggestion, lang: string, t: (key: string, params: Record<string, unknown>) => string): string {
  const c = s.figures;
  if (!c || !s.suggested) return s.explanation;
  const decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  return t('importanceSuggestion.figures', {
    category: lang === 'de' ? c.labelDe || c.label : c.label,
    share: `${decimal.format(c.spendShare)} %`,
    risk: decimal.format(c.supplyRisk),
    suppliers: whole.format(c.qualifiedSuppliers),
    singleSource: `${decimal.format(c.singleSourceShare ?? 0)} %`,
    hhi: whole.format(c.hhi ?? 0),
    cases: whole.format(c.cases),
  });
}

/**
 * Under a new case's importance: the class the organization's data suggests for the chosen category
 * (its Kraljic quadrant over the last 12 months), explained, with a button to take it. Never forced:
 * nothing changes unless the user takes it, and a user who may not ask sees nothing.
 */
@Component({
  selector: 'bc-importance-suggestion',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bc-suggestion-live" role="status">
      @if (suggestion(); as s) {
        <div class="bc-suggestion">
          <mat-icon svgIcon="lightbulb" aria-hidden="true" />
          <div class="bc-suggestion-body">
            @if (s.suggested) {
              <p class="bc-suggestion-title">{{ 'importanceSuggestion.title' | translate: { importance: ('importance.' + s.suggested | translate) } }}</p>
              <p class="bc-suggestion-text">{{ text() }}</p>
              <p class="bc-suggestion-text">{{ 'importanceSuggestion.chosen' | translate }}</p>
              @if (chosen() !== s.suggested) {
                <button mat-stroked-button type="button" (click)="take.emit(s.suggested)">
                  {{ 'importanceSuggestion.use' | translate: { importance: ('importance.' + s.suggested | translate) } }}
                </button>
              }
            } @else {
              <p class="bc-suggestion-text">{{ 'importanceSuggestion.none' | translate }}</p>
            }
          </div>
        </div>
      }
    </div>
  `,
  styles: `
    .bc-suggestion {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin: -0.25rem 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    mat-icon {
      flex: none;
      color: var(--mat-sys-primary);
    }
    .bc-suggestion-body {
      min-width: 0;
    }
    .bc-suggestion-body p {
      margin: 0 0 0.25rem;
      overflow-wrap: anywhere;
    }
    .bc-suggestion-title {
      font: var(--mat-sys-title-small);
    }
    .bc-suggestion-text {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ImportanceSuggestion {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** The CPV code of the category chosen (null: none yet). */
  readonly category = input<string | null>(null);
  /** The class chosen in the form, to offer the suggestion only where it differs. */
  readonly chosen = input<ImportanceClass | null>(null);
  /** The user takes the suggested class. */
  readonly take = output<ImportanceClass>();

  protected readonly suggestion = signal<Suggestion | null>(null);
  protected readonly text = signal('');
  private asked = '';

  constructor() {
    effect(() => {
      const code = this.category();
      void this.ask(code);
    });
    effect(() => {
      const s = this.suggestion();
      const lang = this.language.lang();
      this.text.set(s ? suggestionText(s, lang, (key, params) => this.translate.instant(key, params) as string) : '');
    });
  }

  private async ask(code: string | null): Promise<void> {
    this.asked = code ?? '';
    if (!code) {
      this.suggestion.set(null);
      return;
    }
    try {
      const answer = (await this.api.read(SuggestImportanceGQL, { category: code })).suggestImportance;
      if (this.asked === code) this.suggestion.set(answer);
    } catch {
      // A user who may not ask (or a category the API refuses) simply gets no suggestion.
      if (this.asked === code) this.suggestion.set(null);
    }
  }
}
