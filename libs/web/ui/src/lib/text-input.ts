import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CharCount, FieldError } from './field-errors';
import { FieldInput } from './field-input';

/**
 * A form's text field as the product writes it: the label, the input (or a text area with `rows`),
 * a hint, "n / max" under it when the text has a limit, and the control's own error message. For a
 * number, a date or a choice the page writes its `mat-form-field` itself.
 *
 * `<bc-text-input class="bc-field" [control]="form.controls.title" [label]="'x.title' | translate" [max]="200" required />`
 */
@Component({
  selector: 'bc-text-input',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldError, CharCount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field [subscriptSizing]="subscriptSizing()">
      <mat-label>{{ label() }}</mat-label>
      @if (rows()) {
        <textarea matInput [rows]="rows()" [formControl]="control()" [required]="required()"></textarea>
      } @else {
        <input
          matInput
          [type]="type()"
          [formControl]="control()"
          [required]="required()"
          [attr.placeholder]="placeholder() || null"
          [attr.autocomplete]="autocomplete() || null"
          [attr.cdkFocusInitial]="focusInitial() ? '' : null"
        />
      }
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (max()) {
        <mat-hint align="end"><bc-char-count [control]="control()" [max]="max()" /></mat-hint>
      }
      <mat-error><bc-field-error [control]="control()" /></mat-error>
    </mat-form-field>
  `,
  styleUrl: './field-input.scss',
})
export class TextInput extends FieldInput<string> {
  /** A text field's kind: text, email, url, tel, search. */
  readonly type = input<'text' | 'email' | 'url' | 'tel' | 'search'>('text');
  /** Lines of a text area; 0 for a one-line field. */
  readonly rows = input(0);
  /** The longest text the API takes; 0 for none shown. */
  readonly max = input(0);
  readonly placeholder = input('');
  readonly autocomplete = input('');
  /** The field a dialog focuses first. */
  readonly focusInitial = input(false, { transform: booleanAttribute });
}
