import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { CaseStage, PurchaseType } from '@bc/shared/domain';
import { CaseFieldsFragment, CreateRebuyGQL, dataOf } from '@bc/web/data-access';
import { CharCount, ErrorBanner, FieldError } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';

export interface CreatedRebuy {
  id: string;
  reference: string;
}

/** A new case that buys again what an earlier case bought: modified (editable copy) or straight. */
@Component({
  selector: 'bc-rebuy-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslatePipe, ErrorBanner, FieldError, CharCount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'rebuy.title' | translate: { reference: source.reference } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (errorMessage(); as message) {
          <bc-error-banner class="bc-dialog-error" [messageKey]="message.key" [params]="message.params" />
        }
        <mat-radio-group class="bc-types" formControlName="purchaseType" [attr.aria-label]="'cases.purchaseType' | translate">
          <mat-radio-button [value]="modified">
            <span class="bc-type">{{ 'purchaseType.MODIFIED_REBUY' | translate }}</span>
            <span class="bc-type-hint">{{ 'rebuy.modifiedHint' | translate }}</span>
          </mat-radio-button>
          <mat-radio-button [value]="straight" [disabled]="!awarded">
            <span class="bc-type">{{ 'purchaseType.STRAIGHT_REBUY' | translate }}</span>
            <span class="bc-type-hint">{{ (awarded ? 'rebuy.straightHint' : 'rebuy.straightNeedsAward') | translate }}</span>
          </mat-radio-button>
        </mat-radio-group>
        <mat-form-field class="bc-field">
          <mat-label>{{ 'rebuy.caseTitle' | translate }}</mat-label>
          <input matInput formControlName="title" />
          <mat-hint>{{ 'rebuy.caseTitleHint' | translate }}</mat-hint>
          <mat-hint align="end"><bc-char-count [control]="form.controls.title" [max]="200" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.title" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'rebuy.create' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .bc-types {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin-bottom: 1rem;
    }
    .bc-type {
      display: block;
      font-weight: 500;
    }
    .bc-type-hint {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .bc-field {
      width: 100%;
    }
    .bc-dialog-error {
      margin-bottom: 1rem;
    }
  `,
})
export class RebuyDialog {
  protected readonly source = inject<CaseFieldsFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RebuyDialog, CreatedRebuy>>(MatDialogRef);
  private readonly rebuyGql = inject(CreateRebuyGQL);

  protected readonly modified = PurchaseType.MODIFIED_REBUY;
  protected readonly straight = PurchaseType.STRAIGHT_REBUY;
  protected readonly awarded = this.source.stage === CaseStage.AWARDED;
  protected readonly form = inject(NonNullableFormBuilder).group({
    purchaseType: [PurchaseType.MODIFIED_REBUY, Validators.required],
    title: [this.source.title, Validators.maxLength(200)],
  });
  private readonly submission = new DialogSubmission(this.ref);
  protected readonly saving = this.submission.saving;
  protected readonly errorMessage = this.submission.errorMessage;

  protected async submit(): Promise<void> {
    const { purchaseType, title } = this.form.getRawValue();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    await this.submission.submit(async () => {
      const input = { sourceCaseId: this.source.id, purchaseType, title: title.trim() || undefined };
      const created = (await dataOf(this.rebuyGql.mutate({ variables: { input } }))).createRebuy;
      return { id: created.id, reference: created.reference };
    });
  }
}
