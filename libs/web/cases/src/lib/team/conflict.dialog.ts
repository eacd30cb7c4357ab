import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Api, CaseFieldsFragment, DeclareConflictGQL, SupplierListFieldsFragment } from '@bc/web/data-access';
import { SupplierPicker } from '@bc/web/suppliers';
import { CharCount, DialogFrame } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';

/** The signed-in user declares a conflict of interest with a supplier on this case. */
@Component({
  selector: 'bc-conflict-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, CharCount, DialogFrame, SupplierPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); submit()">
      <bc-dialog-frame
        [heading]="'team.declareTitle' | translate"
        [error]="submission.errorMessage()"
        [busy]="submission.saving() || !supplier()"
        [submitLabel]="'team.declareSubmit' | translate"
      >
        <p>{{ 'team.declareText' | translate }}</p>
        @if (supplier(); as s) {
          <p class="bc-picked">
            {{ 'team.supplierPicked' | translate: { name: s.name } }}
            <button mat-button type="button" (click)="supplier.set(null)">{{ 'team.changeSupplier' | translate }}</button>
          </p>
        } @else {
          <bc-supplier-picker [label]="'team.supplier' | translate" (picked)="supplier.set($event)" />
        }
        <mat-form-field class="bc-field">
          <mat-label>{{ 'team.statement' | translate }}</mat-label>
          <textarea matInput rows="4" [formControl]="statement" required></textarea>
          <mat-hint align="end"><bc-char-count [control]="statement" [max]="4000" /></mat-hint>
          <mat-hint>{{ 'team.statementHint' | translate }}</mat-hint>
          @if (statement.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    .bc-field {
      width: 100%;
      margin-top: 0.75rem;
    }
    .bc-picked {
      font-weight: 500;
    }
  `,
})
export class ConflictDialog {
  private readonly purchaseCase = inject<CaseFieldsFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConflictDialog, CaseFieldsFragment>>(MatDialogRef);
  private readonly api = inject(Api);

  protected readonly supplier = signal<SupplierListFieldsFragment | null>(null);
  protected readonly statement = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] });
  protected readonly submission = new DialogSubmission(this.ref);

  protected async submit(): Promise<void> {
    const supplier = this.supplier();
    const statement = this.statement.value.trim();
    if (!supplier || !statement) {
      this.statement.markAsTouched();
      return;
    }
    await this.submission.submit(
      async () => (await this.api.write(DeclareConflictGQL, { caseId: this.purchaseCase.id, supplierId: supplier.id, statement })).declareConflict,
    );
  }
}
