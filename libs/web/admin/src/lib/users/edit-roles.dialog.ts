import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Role } from '@bc/shared/domain';
import {
  Api,
  SetUserRolesGQL,
  Submission,
  UserFieldsFragment,
} from '@bc/web/data-access';
import { DialogFrame } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface EditRolesDialogData {
  user: UserFieldsFragment;
  roles: readonly Role[];
}

/** Sets a user's roles; closes with the updated user. */
@Component({
  selector: 'bc-edit-roles-dialog',
  imports: [ReactiveFormsModule, MatCheckboxModule, TranslatePipe, DialogFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <bc-dialog-frame
        [heading]="'users.editRolesTitle' | translate: { name: data.user.name }"
        titleId="bc-edit-roles-title"
        [error]="submission.errorMessage()"
        [busy]="submission.busy()"
        [submitLabel]="'common.save' | translate"
      >
        <fieldset class="bc-role-options" aria-labelledby="bc-edit-roles-title">
          @for (role of data.roles; track role) {
            <mat-checkbox [checked]="form.controls.roles.value.includes(role)" (change)="toggle(role, $event.checked)">
              {{ 'roles.' + role | translate }}
            </mat-checkbox>
          }
        </fieldset>
        @if (form.controls.roles.touched && form.controls.roles.invalid) {
          <p class="bc-field-error" role="alert">{{ 'users.rolesRequired' | translate }}</p>
        }
      </bc-dialog-frame>
    </form>
  `,
  styleUrl: './dialogs.scss',
})
export class EditRolesDialog {
  protected readonly data = inject<EditRolesDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<EditRolesDialog, UserFieldsFragment>>(MatDialogRef);
  private readonly api = inject(Api);

  protected readonly form = inject(NonNullableFormBuilder).group({
    roles: [[...this.data.user.roles] as Role[], Validators.required],
  });
  protected readonly submission = new Submission();

  protected toggle(role: Role, checked: boolean): void {
    const roles = this.form.controls.roles.value.filter((r) => r !== role);
    // Keep the order of the offered roles, so the chips read the same everywhere.
    const next = checked ? this.data.roles.filter((r) => r === role || roles.includes(r)) : roles;
    this.form.controls.roles.setValue(next);
    this.form.controls.roles.markAsTouched();
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    await this.submission.run(async () => {
      const input = { userId: this.data.user.id, roles: this.form.controls.roles.value };
      this.dialogRef.close((await this.api.write(SetUserRolesGQL, { input })).setUserRoles);
    });
  }
}
