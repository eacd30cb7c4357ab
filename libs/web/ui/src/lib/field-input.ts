import { booleanAttribute, Directive, input } from '@angular/core';
import { FormControl } from '@angular/forms';
import { SubscriptSizing } from '@angular/material/form-field';

/**
 * What the product's form fields (`bc-text-input`, `bc-select-input`) take alike: the control, the
 * label and hint, whether it is required, and the room under the field. Each draws its
 * `mat-form-field` full width in a block host (`field-input.scss`).
 */
@Directive()
export abstract class FieldInput<T> {
  readonly control = input.required<FormControl<T>>();
  /** The label, translated. */
  readonly label = input.required<string>();
  /** A hint, translated. */
  readonly hint = input('');
  readonly required = input(false, { transform: booleanAttribute });
  readonly subscriptSizing = input<SubscriptSizing>('fixed');
}
