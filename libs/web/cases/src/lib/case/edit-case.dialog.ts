import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ImportanceClass } from '@bc/shared/domain';
import { Api, CaseFieldsFragment, UpdatePurchaseCaseGQL, UpdatePurchaseCaseInput } from '@bc/web/data-access';
import { CpvValue } from '@bc/web/suppliers';
import { DialogFrame, showServerFieldError } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';
import { caseFieldControls, CaseFields } from './case-fields';
import { REQUIRED_CERTIFICATE_ALIASES } from './required-certificates-field';

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
  imports: [ReactiveFormsModule, TranslatePipe, DialogFrame, CaseFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <bc-dialog-frame
        [heading]="'cases.editTitle' | translate: { reference: source.reference }"
        [error]="submission.errorMessage()"
        [busy]="submission.saving()"
        [submitLabel]="'common.save' | translate"
      >
        <bc-case-fields [form]="form" [currency]="source.currency" />
      </bc-dialog-frame>
    </form>
  `,
})
export class EditCaseDialog {
  protected readonly source = inject<CaseFieldsFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<EditCaseDialog, CaseFieldsFragment>>(MatDialogRef);
  private readonly api = inject(Api);

  protected readonly form = new FormGroup(caseFieldControls(this.source));
  // A refused field shows at the field; the banner is for what belongs to no field.
  protected readonly submission = new DialogSubmission(this.ref, (error) => showServerFieldError(this.form, error, REQUIRED_CERTIFICATE_ALIASES));

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    const importance = value.importance;
    if (this.form.invalid || !importance) {
      this.form.markAllAsTouched();
      return;
    }
    await this.submission.submit(
      async () => (await this.api.write(UpdatePurchaseCaseGQL, { id: this.source.id, input: toUpdateCaseInput({ ...value, importance }) })).updatePurchaseCase,
    );
  }
}
