import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import { CaseStage, PurchaseType } from '@bc/shared/domain';
import { Api, CaseFieldsFragment, CreateRebuyGQL } from '@bc/web/data-access';
import { DialogFrame, TextInput } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';

export interface CreatedRebuy {
  id: string;
  reference: string;
}

/** A new case that buys again what an earlier case bought: modified (editable copy) or straight. */
@Component({
  selector: 'bc-rebuy-dialog',
  imports: [ReactiveFormsModule, MatRadioModule, TranslatePipe, DialogFrame, TextInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <bc-dialog-frame
        [heading]="'rebuy.title' | translate: { reference: source.reference }"
        [error]="submission.errorMessage()"
        [busy]="submission.saving()"
        [submitLabel]="'rebuy.create' | translate"
      >
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
        <bc-text-input
          class="bc-field"
          [control]="form.controls.title"
          [label]="'rebuy.caseTitle' | translate"
          [hint]="'rebuy.caseTitleHint' | translate"
          [max]="200"
        />
      </bc-dialog-frame>
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
  `,
})
export class RebuyDialog {
  protected readonly source = inject<CaseFieldsFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RebuyDialog, CreatedRebuy>>(MatDialogRef);
  private readonly api = inject(Api);

  protected readonly modified = PurchaseType.MODIFIED_REBUY;
  protected readonly straight = PurchaseType.STRAIGHT_REBUY;
  protected readonly awarded = this.source.stage === CaseStage.AWARDED;
  protected readonly form = inject(NonNullableFormBuilder).group({
    purchaseType: [PurchaseType.MODIFIED_REBUY, Validators.required],
    title: [this.source.title, Validators.maxLength(200)],
  });
  protected readonly submission = new DialogSubmission(this.ref);

  protected async submit(): Promise<void> {
    const { purchaseType, title } = this.form.getRawValue();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    await this.submission.submit(async () => {
      const input = { sourceCaseId: this.source.id, purchaseType, title: title.trim() || undefined };
      const created = (await this.api.write(CreateRebuyGQL, { input })).createRebuy;
      return { id: created.id, reference: created.reference };
    });
  }
}
