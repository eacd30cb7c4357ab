import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslatePipe } from '@ngx-translate/core';

/** English / Deutsch as a toggle. Names are shown in their own language, so anyone finds theirs. */
@Component({
  selector: 'bc-language-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [attr.aria-label]="'language.label' | translate"
      [value]="value()"
      (change)="valueChange.emit($event.value)"
    >
      @for (language of languages(); track language) {
        <mat-button-toggle [value]="language" [attr.lang]="language">{{
          'language.' + language | translate
        }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
})
export class LanguageSwitch {
  readonly value = input.required<string>();
  readonly languages = input.required<readonly string[]>();
  readonly valueChange = output<string>();
}
