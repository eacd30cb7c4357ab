import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Api, AppError, ExtendRfqGQL, RfqFieldsFragment } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { DialogFrame, TextInput } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { DialogSubmission, fromLocalInput, toLocalInput } from '@bc/web/case-kit';
import { rfqErrorTranslation, rfqFieldOf } from './rfq-errors';

/** The new closing time must be later than the current one; the question deadline not after it. */
function extendRules(current: RfqFieldsFragment) {
  return (group: AbstractControl): ValidationErrors | null => {
    const closes = fromLocalInput(group.get('closesAt')?.value as string);
    const questions = fromLocalInput(group.get('questionsCloseAt')?.value as string);
    const errors: ValidationErrors = {};
    if (closes && Date.parse(closes) <= Date.parse(current.closesAt)) errors['notLater'] = true;
    if (closes && questions && questions > closes) errors['deadlineOrder'] = true;
    if (questions && Date.parse(questions) < Date.parse(current.questionsCloseAt)) errors['questionsEarlier'] = true;
    return Object.keys(errors).length ? errors : null;
  };
}

/**
 * Moves a published RFQ's closing time later (and the question deadline with it, if wanted).
 * The reason is required: every invitee is told. Closes with the updated RFQ.
 */
@Component({
  selector: 'bc-extend-rfq-dialog',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, BcDatePipe, DialogFrame, TextInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" novalidate (submit)="$event.preventDefault(); submit()">
      <bc-dialog-frame
        [heading]="'rfq.extendTitle' | translate"
        [error]="errorMessage()"
        [busy]="busy()"
        [submitLabel]="'rfq.extend' | translate"
      >
        <p>{{ 'rfq.extendText' | translate: { closesAt: (rfq.closesAt | bcDate), questionsCloseAt: (rfq.questionsCloseAt | bcDate) } }}</p>
        <mat-form-field class="bc-dialog-field">
          <mat-label>{{ 'rfq.newClosesAt' | translate }}</mat-label>
          <input matInput type="datetime-local" formControlName="closesAt" required cdkFocusInitial />
          <mat-hint>{{ 'rfq.localTime' | translate: { zone: timeZone } }}</mat-hint>
          @if (form.controls.closesAt.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="bc-dialog-field">
          <mat-label>{{ 'rfq.newQuestionsCloseAt' | translate }}</mat-label>
          <input matInput type="datetime-local" formControlName="questionsCloseAt" />
          <mat-hint>{{ 'rfq.newQuestionsHint' | translate }}</mat-hint>
        </mat-form-field>
        @if (form.hasError('notLater') && form.controls.closesAt.touched) {
          <p class="bc-dialog-warning" role="alert">{{ 'rfq.extendNotLater' | translate }}</p>
        }
        @if (form.hasError('deadlineOrder')) {
          <p class="bc-dialog-warning" role="alert">{{ 'rfq.errors.fields.questionsCloseAt' | translate }}</p>
        }
        @if (form.hasError('questionsEarlier')) {
          <p class="bc-dialog-warning" role="alert">{{ 'rfq.extendQuestionsEarlier' | translate }}</p>
        }
        <bc-text-input
          class="bc-dialog-field"
          [control]="form.controls.reason"
          [label]="'rfq.extendReason' | translate"
          [rows]="3"
          [hint]="'rfq.extendReasonHint' | translate"
          [max]="2000"
          required
        />
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    @use 'case-dialog';
  `,
})
export class ExtendRfqDialog {
  private readonly api = inject(Api);
  private readonly ref = inject<MatDialogRef<ExtendRfqDialog, RfqFieldsFragment>>(MatDialogRef);
  protected readonly rfq = inject<RfqFieldsFragment>(MAT_DIALOG_DATA);
  protected readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  protected readonly form = new FormGroup(
    {
      closesAt: new FormControl(toLocalInput(this.rfq.closesAt), { nonNullable: true, validators: [Validators.required] }),
      questionsCloseAt: new FormControl('', { nonNullable: true }),
      reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    },
    { validators: extendRules(this.rfq) },
  );
  private readonly submission = new DialogSubmission(this.ref, (error) => this.markField(error), rfqErrorTranslation);
  protected readonly busy = this.submission.saving;
  protected readonly errorMessage = this.submission.errorMessage;

  protected async submit(): Promise<void> {
    const v = this.form.getRawValue();
    if (!v.reason.trim()) this.form.controls.reason.setValue('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const closesAt = fromLocalInput(v.closesAt);
    if (!closesAt) return;
    const variables = { id: this.rfq.id, closesAt, questionsCloseAt: fromLocalInput(v.questionsCloseAt), reason: v.reason.trim() };
    await this.submission.submit(async () => (await this.api.write(ExtendRfqGQL, variables)).extendRfq);
  }

  /** The field at fault is marked; the banner above says what is wrong all the same. */
  private markField(error: AppError): boolean {
    const field = rfqFieldOf(error);
    if (field === 'closesAt' || field === 'questionsCloseAt' || field === 'reason') this.form.controls[field].markAsTouched();
    return false;
  }
}
