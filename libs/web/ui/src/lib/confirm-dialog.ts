import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { DialogFrame } from './dialog-frame';

/** Translation keys (and their parameters) for a yes/no question. */
export interface ConfirmDialogData {
  title: string;
  message: string;
  confirm: string;
  params?: Record<string, unknown>;
  /** A destructive action gets the error colour. */
  destructive?: boolean;
}

@Component({
  selector: 'bc-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe, DialogFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bc-dialog-frame [heading]="data.title | translate: data.params" [cancelResult]="false">
      <p>{{ data.message | translate: data.params }}</p>
      <button bcDialogAction mat-flat-button type="button" cdkFocusInitial [class.bc-destructive]="data.destructive" [mat-dialog-close]="true">
        {{ data.confirm | translate: data.params }}
      </button>
    </bc-dialog-frame>
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the confirmation; emits true only if the user confirmed. */
export function confirm(dialog: MatDialog, data: ConfirmDialogData): Observable<boolean | undefined> {
  return dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '28rem' }).afterClosed();
}
