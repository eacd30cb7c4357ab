import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { DialogFrame } from './dialog-frame';
import { CharCount, FieldError } from './field-errors';

const MAX_REASON = 4000;

/** Translation keys for a question that needs a written reason (block, decline, cancel, …). */
export interface ReasonDialogData {
  title: string;
  text?: string;
  label: string;
  confirm: string;
  params?: Record<string, unknown>;
  destructive?: boolean;
  /** An optional reason (e.g. an approval comment): the dialog then closes with '' too. */
  optional?: boolean;
  /** What the decider must see before deciding (a justification, warnings about suppliers), above the reason field. */
  notes?: ReasonDialogNote[];
}

/** One fact shown in the dialog: a translated heading and, if given, the user's own text under it (never translated). */
export interface ReasonDialogNote {
  key: string;
  params?: Record<string, unknown>;
  text?: string | null;
  warning?: boolean;
}

/** Asks for a reason; closes with the trimmed text, or undefined when cancelled. */
@Component({
  selector: 'bc-reason-dialog',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldError, CharCount, DialogFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); submit()">
      <bc-dialog-frame
        [heading]="data.title | translate: data.params"
        [submitLabel]="data.confirm | translate: data.params"
        [destructive]="!!data.destructive"
      >
        @if (data.text) {
          <p>{{ data.text | translate: data.params }}</p>
        }
        @if (data.notes?.length) {
          <ul class="bc-reason-notes">
            @for (note of data.notes; track $index) {
              <li [class.bc-reason-note--warning]="note.warning">
                <strong>{{ note.key | translate: note.params }}</strong>
                @if (note.text) {
                  <span class="bc-reason-note__text">{{ note.text }}</span>
                }
              </li>
            }
          </ul>
        }
        <mat-form-field class="bc-reason-field">
          <mat-label>{{ data.label | translate: data.params }}</mat-label>
          <textarea matInput rows="4" [formControl]="reason" cdkFocusInitial></textarea>
          <mat-hint align="end"><bc-char-count [control]="reason" [max]="max" /></mat-hint>
          <mat-error><bc-field-error [control]="reason" /></mat-error>
        </mat-form-field>
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    .bc-reason-field {
      width: 100%;
    }
    .bc-reason-notes {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .bc-reason-notes li {
      padding: 0.5rem 0.75rem;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      overflow-wrap: anywhere;
    }
    .bc-reason-notes li.bc-reason-note--warning {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .bc-reason-note__text {
      display: block;
      white-space: pre-line;
    }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly max = MAX_REASON;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: this.data.optional ? [Validators.maxLength(MAX_REASON)] : [Validators.required, Validators.maxLength(MAX_REASON)],
  });

  protected submit(): void {
    const text = this.reason.value.trim();
    if (!this.data.optional && !text) this.reason.setValue('');
    // A reason over the limit is refused here with its message, not sent to be refused by the server.
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close(text);
  }
}

/** Opens the reason dialog; emits the reason, or undefined when cancelled. */
export function askReason(dialog: MatDialog, data: ReasonDialogData): Observable<string | undefined> {
  return dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '32rem' }).afterClosed();
}
