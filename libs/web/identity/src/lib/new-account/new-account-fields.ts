import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bc/shared/domain';
import { CharCount } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** The longest name the server takes for a user. */
const NAME_MAX = 200;

/** The name and password a new account is made with: a form group's controls, the server's rules on each. */
export function newAccountControls() {
  return {
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(NAME_MAX)] }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    }),
  };
}

/**
 * The name and new-password fields of a form that creates an account (accepting an invitation, a
 * supplier's registration), inside the page's `<form>` and under its own labels.
 */
@Component({
  selector: 'bc-new-account-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, CharCount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let name = controls().name;
    @let password = controls().password;
    <mat-form-field appearance="outline">
      <mat-label>{{ nameLabel() | translate }}</mat-label>
      <input matInput [formControl]="name" autocomplete="name" required />
      <mat-hint align="end"><bc-char-count [control]="name" [max]="nameMax" /></mat-hint>
      @if (name.hasError('required')) {
        <mat-error>{{ 'common.required' | translate }}</mat-error>
      }
    </mat-form-field>

    <mat-form-field appearance="outline">
      <mat-label>{{ passwordLabel() | translate }}</mat-label>
      <input matInput type="password" [formControl]="password" autocomplete="new-password" required />
      <mat-hint>{{ 'invite.passwordHint' | translate: { min, max } }}</mat-hint>
      @if (password.hasError('required')) {
        <mat-error>{{ 'common.required' | translate }}</mat-error>
      } @else if (password.hasError('minlength')) {
        <mat-error>{{ 'invite.passwordTooShort' | translate: { min } }}</mat-error>
      } @else if (password.hasError('maxlength')) {
        <mat-error>{{ 'invite.passwordTooLong' | translate: { max } }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class NewAccountFields {
  readonly controls = input.required<ReturnType<typeof newAccountControls>>();
  /** Translation keys of the two labels. */
  readonly nameLabel = input.required<string>();
  readonly passwordLabel = input.required<string>();

  protected readonly nameMax = NAME_MAX;
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly max = PASSWORD_MAX_LENGTH;
}
