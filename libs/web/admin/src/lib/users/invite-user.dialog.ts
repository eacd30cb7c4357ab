import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Role } from '@bc/shared/domain';
import { EmailField } from '@bc/web/identity';
import { Api, InvitationFieldsFragment, InviteUserGQL, Submission } from '@bc/web/data-access';
import { DialogFrame } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface InviteUserDialogData {
  /** The roles this organization's users may hold. */
  roles: readonly Role[];
}

/**
 * Creates an invitation, then shows its link once, to be copied and sent by the admin.
 * Closes with the new invitation (or nothing if cancelled before creating one).
 */
@Component({
  selector: 'bc-invite-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    DialogFrame,
    EmailField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-user.dialog.html',
  styleUrl: './dialogs.scss',
})
export class InviteUserDialog {
  protected readonly data = inject<InviteUserDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<InviteUserDialog, InvitationFieldsFragment>>(MatDialogRef);
  private readonly api = inject(Api);
  private readonly clipboard = inject(Clipboard);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    roles: [[] as Role[], Validators.required],
  });
  protected readonly submission = new Submission();
  protected readonly created = signal<{ url: string; invitation: InvitationFieldsFragment } | null>(null);
  protected readonly copied = signal(false);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, roles } = this.form.getRawValue();
    await this.submission.run(async () => {
      this.created.set((await this.api.write(InviteUserGQL, { input: { email: email.trim(), roles } })).inviteUser);
    });
  }

  protected copy(url: string): void {
    this.copied.set(this.clipboard.copy(url));
  }

  protected close(): void {
    this.dialogRef.close(this.created()?.invitation);
  }
}
