import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ImportanceClass } from '@bc/shared/domain';
import { AppError, CreatePurchaseCaseGQL, CreatePurchaseCaseInput, dataOf, fieldNameOf } from '@bc/web/data-access';
import { CpvPicker, CpvValue } from '@bc/web/suppliers';
import { BcValidators, CharCount, ErrorBanner, FieldError } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';
import { RequiredCertificatesField, requiredCertificatesValidator } from '../case/required-certificates-field';

/** The currencies a case's estimate may be given in (the same as a need's). */
export const CASE_CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP', 'PLN', 'CZK'] as const;

export interface NewCaseForm {
  title: string;
  description: string;
  category: CpvValue | null;
  importance: ImportanceClass | null;
  estimatedValue: number | null;
  currency: string;
  neededBy: string;
  budgetReference: string;
  requiredCertificates: string[];
}

export interface CreatedCase {
  id: string;
  reference: string;
}

/** The form's values as the API's input: trimmed, blanks left out, numbers as decimal strings. */
export function toCreateCaseInput(form: NewCaseForm & { importance: ImportanceClass }): CreatePurchaseCaseInput {
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    title: form.title.trim(),
    description: text(form.description),
    categoryCode: form.category?.code,
    importance: form.importance,
    estimatedValue: form.estimatedValue === null ? undefined : String(form.estimatedValue),
    currency: form.currency,
    neededBy: text(form.neededBy),
    budgetReference: text(form.budgetReference),
    ...(form.requiredCertificates.length ? { requiredCertificates: form.requiredCertificates } : {}),
  };
}

/** The form control an API error names (`input.categoryCode` is the category picker). */
export function newCaseControlOf(error: AppError): keyof NewCaseForm | null {
  // An entry of the list (`input.requiredCertificates.2`) is shown on the list.
  if (/^input\.requiredCertificates(\.\d+)?$/.test(error.field ?? '')) return 'requiredCertificates';
  const field = fieldNameOf(error);
  if (!field) return null;
  if (field === 'categoryCode') return 'category';
  const controls: readonly (keyof NewCaseForm)[] = [
    'title',
    'description',
    'importance',
    'estimatedValue',
    'currency',
    'neededBy',
    'budgetReference',
  ];
  return controls.find((c) => c === field) ?? null;
}

/** A new purchase (NEW_TASK) opened by a buyer without a need; closes with the case opened. */
@Component({
  selector: 'bc-new-case-dialog',
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
    <h2 mat-dialog-title>{{ 'newCase.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="bc-intro">{{ 'newCase.intro' | translate }}</p>
        @if (errorMessage(); as message) {
          <bc-error-banner class="bc-dialog-error" [messageKey]="message.key" [params]="message.params" />
        }
        <mat-form-field class="bc-field">
          <mat-label>{{ 'newCase.caseTitle' | translate }}</mat-label>
          <input matInput formControlName="title" required cdkFocusInitial />
          <mat-hint>{{ 'newCase.titleHint' | translate }}</mat-hint>
          <mat-hint align="end"><bc-char-count [control]="form.controls.title" [max]="200" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <mat-form-field class="bc-field">
          <mat-label>{{ 'newCase.description' | translate }}</mat-label>
          <textarea matInput rows="3" formControlName="description"></textarea>
          <mat-hint align="end"><bc-char-count [control]="form.controls.description" [max]="10000" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.description" /></mat-error>
        </mat-form-field>
        <bc-cpv-picker class="bc-field" formControlName="category" [label]="'newCase.category' | translate" />
        @if (form.controls.category.hasError('server')) {
          <p class="bc-field-error" role="alert">{{ 'newCase.notAccepted' | translate }}</p>
        }
        <bc-required-certificates class="bc-field" [control]="form.controls.requiredCertificates" />
        <mat-form-field class="bc-field">
          <mat-label>{{ 'newCase.importance' | translate }}</mat-label>
          <mat-select formControlName="importance" required>
            @for (importance of importances; track importance) {
              <mat-option [value]="importance">{{ 'importance.' + importance | translate }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'newCase.importanceHint' | translate }}</mat-hint>
          <mat-error><bc-field-error [control]="form.controls.importance" /></mat-error>
        </mat-form-field>
        <div class="bc-row">
          <mat-form-field>
            <mat-label>{{ 'newCase.estimatedValue' | translate }}</mat-label>
            <input matInput type="number" min="0" step="100" formControlName="estimatedValue" />
            <mat-error><bc-field-error [control]="form.controls.estimatedValue" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'newCase.currency' | translate }}</mat-label>
            <mat-select formControlName="currency">
              @for (currency of currencies; track currency) {
                <mat-option [value]="currency">{{ currency }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'newCase.neededBy' | translate }}</mat-label>
            <input matInput type="date" formControlName="neededBy" />
            <mat-error><bc-field-error [control]="form.controls.neededBy" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'newCase.budgetReference' | translate }}</mat-label>
            <input matInput formControlName="budgetReference" />
            <mat-hint>{{ 'newCase.budgetReferenceHint' | translate }}</mat-hint>
            <mat-hint align="end"><bc-char-count [control]="form.controls.budgetReference" [max]="100" /></mat-hint>
            <mat-error><bc-field-error [control]="form.controls.budgetReference" /></mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (saving() ? 'common.saving' : 'newCase.create') | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .bc-intro {
      margin-top: 0;
      color: var(--mat-sys-on-surface-variant);
    }
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
    .bc-field-error {
      margin: -0.5rem 0 0.75rem;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class NewCaseDialog {
  private readonly ref = inject<MatDialogRef<NewCaseDialog, CreatedCase>>(MatDialogRef);
  private readonly createGql = inject(CreatePurchaseCaseGQL);

  protected readonly importances = Object.values(ImportanceClass);
  protected readonly currencies = CASE_CURRENCIES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(10000)],
    category: [null as CpvValue | null],
    importance: [null as ImportanceClass | null, Validators.required],
    estimatedValue: [null as number | null, BcValidators.decimal(14, 2)],
    currency: ['EUR'],
    neededBy: ['', BcValidators.notInPast()],
    budgetReference: ['', Validators.maxLength(100)],
    requiredCertificates: new FormControl<string[]>([], { nonNullable: true, validators: requiredCertificatesValidator }),
  });
  private readonly submission = new DialogSubmission(this.ref, (error) => this.placeAtField(error));
  protected readonly saving = this.submission.saving;
  protected readonly errorMessage = this.submission.errorMessage;

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    const importance = value.importance;
    if (this.form.invalid || !importance || !value.title.trim()) {
      if (!value.title.trim()) this.form.controls.title.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    await this.submission.submit(async () => {
      const created = (await dataOf(this.createGql.mutate({ variables: { input: toCreateCaseInput({ ...value, importance }) } })))
        .createPurchaseCase;
      return { id: created.id, reference: created.reference };
    });
  }

  /** A refused field shows at the field; the banner is for what belongs to no field. */
  private placeAtField(error: AppError): boolean {
    const name = newCaseControlOf(error);
    if (!name) return false;
    const control = this.form.controls[name];
    control.setErrors({ server: true });
    control.markAsTouched();
    return true;
  }
}
