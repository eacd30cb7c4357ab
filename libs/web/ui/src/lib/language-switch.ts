import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * English / Deutsch as a toggle. Names are shown in their own language, so anyone finds theirs.
 * `chosen` reports every click (and arrow-key move) on a language, also on the one already shown:
 * the group's own `change` fires only when the selection moves, and a reader who confirms the
 * language picked from the browser's locale makes a choice that is to be remembered all the same.
 */
@Component({
  selector: 'bc-language-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group hideSingleSelectionIndicator [attr.aria-label]="'language.label' | translate" [value]="value()">
      @for (language of languages(); track language) {
        <mat-button-toggle [value]="language" [attr.lang]="language" (change)="chosen.emit(language)">{{
          'language.' + language | translate
        }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
})
export class LanguageSwitch {
  readonly value = input.required<string>();
  readonly languages = input.required<readonly string[]>();
  /** The language the reader picked, whether or not it is the one shown. */
  readonly chosen = output<string>();
}
