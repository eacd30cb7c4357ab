import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { REQUIRED_CERTIFICATE_LIMITS, requiredCertificatesProblem, RequiredCertificatesProblem } from '@bc/shared/domain';
import { CharCount, FieldError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** The message of a problem of the list (`requiredCertificatesProblem`, the rule the API applies), as a field error. */
function problemError(problem: RequiredCertificatesProblem, list: readonly string[]): ValidationErrors {
  const name = problem.index === null ? '' : list[problem.index].trim();
  const params = { max: problem.rule === 'TOO_MANY' ? REQUIRED_CERTIFICATE_LIMITS.count : REQUIRED_CERTIFICATE_LIMITS.length, name };
  return { bcMessage: { key: `cases.certificateProblem.${problem.rule}`, params } };
}

/** Validator of a case's required certificates: the shared rule, so the form refuses what the API would. */
export function requiredCertificatesValidator(control: AbstractControl<string[]>): ValidationErrors | null {
  const list = control.value ?? [];
  const problem = requiredCertificatesProblem(list);
  return problem ? problemError(problem, list) : null;
}

/** The list with `typed` added (trimmed), or the error that refuses it; blank adds nothing. */
export function withRequiredCertificate(list: readonly string[], typed: string): { list: string[] } | { error: ValidationErrors } {
  const name = typed.trim();
  if (!name) return { list: [...list] };
  const next = [...list, name];
  const problem = requiredCertificatesProblem(next);
  return problem ? { error: problemError(problem, next) } : { list: next };
}

/** The API names an entry (`input.requiredCertificates.3`): it is shown on the whole field. */
export const REQUIRED_CERTIFICATE_ALIASES: Record<string, string> = Object.fromEntries(
  Array.from({ length: REQUIRED_CERTIFICATE_LIMITS.count + 1 }, (_, i) => [`requiredCertificates.${i}`, 'requiredCertificates']),
);

/**
 * The certificates a case requires, as chips: a name is added with Enter (or a comma, or on
 * leaving the field), removed with its chip's button; the count and the typed name's length show
 * their limits as the user goes.
 */
@Component({
  selector: 'bc-required-certificates',
  imports: [ReactiveFormsModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, CharCount, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="bc-certificates" subscriptSizing="dynamic">
      <mat-label>{{ 'cases.requiredCertificates' | translate }}</mat-label>
      <mat-chip-grid #grid [formControl]="control()">
        @for (name of control().value; track $index) {
          <mat-chip-row (removed)="remove($index)">
            {{ name }}
            <button matChipRemove type="button" [attr.aria-label]="'cases.removeCertificate' | translate: { name }">
              <mat-icon svgIcon="close" aria-hidden="true" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Beside the grid, not in it: a grid holds rows only (axe, aria-required-children). -->
      <input
        [formControl]="entry"
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="separators"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
        [placeholder]="control().value.length ? '' : 'ISO 9001'"
        autocomplete="off"
      />
      <mat-hint>{{ 'cases.requiredCertificatesHint' | translate: { count: control().value.length, max: limits.count } }}</mat-hint>
      <mat-hint align="end"><bc-char-count [control]="entry" [max]="limits.length" /></mat-hint>
      <mat-error><bc-field-error [control]="control()" /></mat-error>
    </mat-form-field>
  `,
  styles: `
    .bc-certificates {
      display: block;
      width: 100%;
    }
    bc-char-count {
      white-space: nowrap;
    }
  `,
})
export class RequiredCertificatesField {
  /** The form's control holding the list. */
  readonly control = input.required<FormControl<string[]>>();
  protected readonly limits = REQUIRED_CERTIFICATE_LIMITS;
  protected readonly separators = [ENTER, COMMA, SEMICOLON];
  /** The name being typed. */
  protected readonly entry = new FormControl('', { nonNullable: true });

  protected add(event: MatChipInputEvent): void {
    const control = this.control();
    const result = withRequiredCertificate(control.value, event.value);
    if ('error' in result) {
      // The typed name stays, the message says why it was not added.
      control.setErrors(result.error);
      control.markAsTouched();
      return;
    }
    if (result.list.length !== control.value.length) {
      control.setValue(result.list);
      control.markAsDirty();
    }
    event.chipInput.clear();
    this.entry.setValue('');
  }

  protected remove(index: number): void {
    const control = this.control();
    control.setValue(control.value.filter((_, i) => i !== index));
    control.markAsDirty();
  }
}
