import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ImportanceClass } from '@bc/shared/domain';
import { CaseFieldsFragment, dataOf, UpdatePurchaseCaseGQL, UpdatePurchaseCaseInput } from '@bc/web/data-access';
import { CpvPicker, CpvValue } from '@bc/web/suppliers';
import { BcValidators, CharCount, ErrorBanner, FieldError, showServerFieldError } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';
import { REQUIRED_CERTIFICATE_ALIASES, RequiredCertificatesField, requiredCertificatesValidator } from './required-certificates-field';

interface EditCaseForm {
  title: string;
  description: string;
  category: CpvValue | null;
  importance: ImportanceClass;
  estimatedValue: number | null;
  neededBy: string;
  budgetReference: string;
  requiredCertificates: string[];
}

/** The form's values as the API's input; an emptied field is sent empty so it is cleared. */
export function toUpdateCaseInput(form: EditCaseForm): UpdatePurchaseCaseInput {
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    importance: form.importance,
    ...(form.category ? { categoryCode: form.category.code } : {}),
    ...(form.estimatedValue === null ? {} : { estimatedValue: String(form.estimatedValue) }),
    ...(form.neededBy ? { neededBy: form.neededBy } : {}),
    budgetReference: form.budgetReference.trim(),
    // The whole list: an emptied one clears what the case required.
    requiredCertificates: form.requiredCertificates,
  };
}

/** The case's own data: title, description, category (the first step needs one), required certificates, importance, value, date, budget. */
@Component({
  selector: 'bc-edit-case-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorBanner,
    FieldError,
    CharCount,
    CpvPicker,
    RequiredCertificatesField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'cases.editTitle' | translate: { reference: source.reference } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (errorMessage(); as message) {
          <bc-error-banner class="bc-dialog-error" [messageKey]="message.key" [params]="message.params" />
        }
        <mat-form-field class="bc-field">
          <mat-label>{{ 'cases.caseTitle' | translate }}</mat-label>
          <input matInput formControlName="title" required />
          <mat-hint align="end"><bc-char-count [control]="form.controls.title" [max]="200" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <mat-form-field class="bc-field">
          <mat-label>{{ 'needs.description' | translate }}</mat-label>
          <textarea matInput rows="3" formControlName="description"></textarea>
          <mat-hint align="end"><bc-char-count [control]="form.controls.description" [max]="10000" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.description" /></mat-error>
        </mat-form-field>
        <bc-cpv-picker class="bc-field" formControlName="category" [label]="'cases.category' | translate" />
        <bc-required-certificates class="bc-field" [control]="form.controls.requiredCertificates" />
        <div class="bc-row">
          <mat-form-field>
            <mat-label>{{ 'cases.importance' | translate }}</mat-label>
            <mat-select formControlName="importance">
              @for (importance of importances; track importance) {
                <mat-option [value]="importance">{{ 'importance.' + importance | translate }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'cases.estimatedValue' | translate }} ({{ source.currency }})</mat-label>
            <input matInput type="number" min="0" formControlName="estimatedValue" />
            <mat-error><bc-field-error [control]="form.controls.estimatedValue" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'cases.neededBy' | translate }}</mat-label>
            <input matInput type="date" formControlName="neededBy" />
            <mat-error><bc-field-error [control]="form.controls.neededBy" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'cases.budgetReference' | translate }}</mat-label>
            <input matInput formControlName="budgetReference" />
            <mat-hint align="end"><bc-char-count [control]="form.controls.budgetReference" [max]="100" /></mat-hint>
            <mat-error><bc-field-error [control]="form.controls.budgetReference" /></mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'common.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .bc-field {
      display: block;
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .bc-row {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0 1rem;
    }
    .bc-dialog-error {
      margin-bottom: 1rem;
    }
  `,
})
export class EditCaseDialog {
  protected readonly source = inject<CaseFieldsFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<EditCaseDialog, CaseFieldsFragment>>(MatDialogRef);
  private readonly updateGql = inject(UpdatePurchaseCaseGQL);

  protected readonly importances = Object.values(ImportanceClass);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [this.source.title, [Validators.required, Validators.maxLength(200)]],
    description: [this.source.description ?? '', Validators.maxLength(10000)],
    category: [this.source.category ? { code: this.source.category.code, label: this.source.category.label, labelDe: this.source.category.labelDe } : (null as CpvValue | null)],
    importance: [this.source.importance],
    estimatedValue: [this.source.estimatedValue === null ? null : (Number(this.source.estimatedValue) as number | null), BcValidators.decimal(14, 2)],
    neededBy: [this.source.neededBy ?? ''],
    budgetReference: [this.source.budgetReference ?? '', Validators.maxLength(100)],
    requiredCertificates: new FormControl<string[]>([...(this.source.requiredCertificates ?? [])], { nonNullable: true, validators: requiredCertificatesValidator }),
  });
  private readonly submission = new DialogSubmission(this.ref, (error) => showServerFieldError(this.form, error, REQUIRED_CERTIFICATE_ALIASES));
  protected readonly saving = this.submission.saving;
  protected readonly errorMessage = this.submission.errorMessage;

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    // A refused field shows at the field; the banner is for what belongs to no field.
    await this.submission.submit(
      async () =>
        (await dataOf(this.updateGql.mutate({ variables: { id: this.source.id, input: toUpdateCaseInput(this.form.getRawValue()) } })))
          .updatePurchaseCase,
    );
  }
}
