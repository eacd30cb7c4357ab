import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { ImportanceClass } from '@bc/shared/domain';
import { Api, AppError, CreatePurchaseCaseGQL, CreatePurchaseCaseInput, fieldNameOf } from '@bc/web/data-access';
import { CpvValue } from '@bc/web/suppliers';
import { BcValidators, DialogFrame, markServerError } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';
import { caseFieldControls, CaseFields } from '../case/case-fields';

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
  imports: [ReactiveFormsModule, TranslatePipe, DialogFrame, CaseFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <bc-dialog-frame
        [heading]="'newCase.title' | translate"
        [error]="submission.errorMessage()"
        [busy]="submission.saving()"
        [submitLabel]="(submission.saving() ? 'common.saving' : 'newCase.create') | translate"
      >
        <p class="bc-intro">{{ 'newCase.intro' | translate }}</p>
        <bc-case-fields [form]="form" [creating]="true" [currencies]="currencies" />
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    .bc-intro {
      margin-top: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NewCaseDialog {
  private readonly ref = inject<MatDialogRef<NewCaseDialog, CreatedCase>>(MatDialogRef);
  private readonly api = inject(Api);

  protected readonly currencies = CASE_CURRENCIES;
  protected readonly form = new FormGroup({
    ...caseFieldControls(null),
    currency: new FormControl('EUR', { nonNullable: true }),
    neededBy: new FormControl('', { nonNullable: true, validators: BcValidators.notInPast() }),
  });
  protected readonly submission = new DialogSubmission(this.ref, (error) => this.placeAtField(error));

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    const importance = value.importance;
    if (this.form.invalid || !importance || !value.title.trim()) {
      if (!value.title.trim()) this.form.controls.title.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    await this.submission.submit(async () => {
      const created = (await this.api.write(CreatePurchaseCaseGQL, { input: toCreateCaseInput({ ...value, importance }) })).createPurchaseCase;
      return { id: created.id, reference: created.reference };
    });
  }

  /** A refused field shows at the field; the banner is for what belongs to no field. */
  private placeAtField(error: AppError): boolean {
    const name = newCaseControlOf(error);
    if (!name) return false;
    markServerError(this.form.controls[name]);
    return true;
  }
}
