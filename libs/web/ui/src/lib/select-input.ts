import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldError } from './field-errors';
import { FieldInput } from './field-input';

/**
 * A form's choice of one of a list of codes (an enum's values), each shown by its translation
 * `optionKey + code`: the label, the select, an "any" choice first (value '') for a filter, a hint,
 * and the control's own error message. The sibling of `bc-text-input`; a choice whose options are
 * not translated codes (people, currencies) writes its `mat-form-field` itself.
 *
 * `<bc-select-input class="bc-field" [control]="form.controls.importance" [label]="'x.importance' | translate" [options]="importances" optionKey="importance." required />`
 */
@Component({
  selector: 'bc-select-input',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TranslatePipe, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field [subscriptSizing]="subscriptSizing()">
      <mat-label>{{ label() }}</mat-label>
      <mat-select [formControl]="control()" [multiple]="multiple()" [required]="required()">
        @if (anyLabel()) {
          <mat-option value="">{{ anyLabel() }}</mat-option>
        }
        @for (option of options(); track option) {
          <mat-option [value]="option">{{ optionKey() + option | translate }}</mat-option>
        }
      </mat-select>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error><bc-field-error [control]="control()" /></mat-error>
    </mat-form-field>
  `,
  styleUrl: './field-input.scss',
})
export class SelectInput extends FieldInput<unknown> {
  /** The codes to choose from. */
  readonly options = input.required<readonly string[]>();
  /** The translation key of a code without the code, e.g. `importance.`. */
  readonly optionKey = input.required<string>();
  /** A filter's "any" choice (value ''), translated; none without it. */
  readonly anyLabel = input('');
  /** Several codes at once; fixed when the field is created. */
  readonly multiple = input(false, { transform: booleanAttribute });
}
