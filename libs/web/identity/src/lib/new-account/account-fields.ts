import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bc/shared/domain';
import { CharCount } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** The longest name the server takes for a user. */
const NAME_MAX = 200;

/** A user's name, as the server takes it. */
export function nameControl(): FormControl<string> {
  return new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(NAME_MAX)] });
}

/** A new password, as the server takes it. */
export function newPasswordControl(): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
  });
}

/** The name and password a new account is made with (accepting an invitation, a supplier's registration). */
export function newAccountControls() {
  return { name: nameControl(), password: newPasswordControl() };
}

/** A user's name field (`nameControl`), inside the page's form and under its own label. */
@Component({
  selector: 'bc-name-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, CharCount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() | translate }}</mat-label>
      <input matInput [formControl]="control()" autocomplete="name" required />
      <mat-hint align="end"><bc-char-count [control]="control()" [max]="max" /></mat-hint>
      @if (control().hasError('required')) {
        <mat-error>{{ 'common.required' | translate }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class NameField {
  readonly control = input.required<FormControl<string>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  protected readonly max = NAME_MAX;
}

/** A new password's field (`newPasswordControl`) with the rules in its hint and errors. */
@Component({
  selector: 'bc-new-password-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let password = control();
    <mat-form-field appearance="outline">
      <mat-label>{{ label() | translate }}</mat-label>
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
export class NewPasswordField {
  readonly control = input.required<FormControl<string>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly max = PASSWORD_MAX_LENGTH;
}

/** An email field (required, a valid address) under the page's label, inside its form. */
@Component({
  selector: 'bc-email-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let email = control();
    <mat-form-field appearance="outline">
      <mat-label>{{ label() | translate }}</mat-label>
      <input matInput type="email" [formControl]="email" [autocomplete]="autocomplete()" required [attr.cdkFocusInitial]="focusFirst() ? '' : null" />
      @if (email.hasError('required')) {
        <mat-error>{{ 'common.required' | translate }}</mat-error>
      } @else if (email.hasError('email')) {
        <mat-error>{{ 'common.invalidEmail' | translate }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class EmailField {
  readonly control = input.required<FormControl<string>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  readonly autocomplete = input('username');
  /** In a dialog: the field the dialog focuses first. */
  readonly focusFirst = input(false);
}
