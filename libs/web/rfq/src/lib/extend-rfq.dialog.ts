import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AppError, dataOf, ExtendRfqGQL, RfqFieldsFragment } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { CharCount, ErrorBanner, FieldError } from '@bc/web/ui';
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
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, BcDatePipe, ErrorBanner, FieldError, CharCount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'rfq.extendTitle' | translate }}</h2>
    <form [formGroup]="form" novalidate (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content>
        <p>{{ 'rfq.extendText' | translate: { closesAt: (rfq.closesAt | bcDate), questionsCloseAt: (rfq.questionsCloseAt | bcDate) } }}</p>
        @if (errorMessage(); as message) {
          <bc-error-banner class="bc-dialog-error" [messageKey]="message.key" [params]="message.params" />
        }
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
        <mat-form-field class="bc-dialog-field">
          <mat-label>{{ 'rfq.extendReason' | translate }}</mat-label>
          <textarea matInput rows="3" formControlName="reason" required></textarea>
          <mat-hint>{{ 'rfq.extendReasonHint' | translate }}</mat-hint>
          <mat-hint align="end"><bc-char-count [control]="form.controls.reason" [max]="2000" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.reason" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'rfq.extend' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    @use 'case-dialog';
  `,
})
export class ExtendRfqDialog {
  private readonly gql = inject(ExtendRfqGQL);
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
    await this.submission.submit(async () =>
      (
        await dataOf(
          this.gql.mutate({
            variables: { id: this.rfq.id, closesAt, questionsCloseAt: fromLocalInput(v.questionsCloseAt), reason: v.reason.trim() },
          }),
        )
      ).extendRfq,
    );
  }

  /** The field at fault is marked; the banner above says what is wrong all the same. */
  private markField(error: AppError): boolean {
    const field = rfqFieldOf(error);
    if (field === 'closesAt' || field === 'questionsCloseAt' || field === 'reason') this.form.controls[field].markAsTouched();
    return false;
  }
}
