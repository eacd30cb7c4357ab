import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CaseFieldsFragment, dataOf, DeclareConflictGQL, SupplierListFieldsFragment } from '@bc/web/data-access';
import { SupplierPicker } from '@bc/web/suppliers';
import { CharCount, ErrorBanner } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';

/** The signed-in user declares a conflict of interest with a supplier on this case. */
@Component({
  selector: 'bc-conflict-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, CharCount, ErrorBanner, SupplierPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'team.declareTitle' | translate }}</h2>
    <form (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content>
        <p>{{ 'team.declareText' | translate }}</p>
        @if (errorMessage(); as message) {
          <bc-error-banner class="bc-dialog-error" [messageKey]="message.key" [params]="message.params" />
        }
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
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving() || !supplier()">{{ 'team.declareSubmit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .bc-field {
      width: 100%;
      margin-top: 0.75rem;
    }
    .bc-dialog-error {
      margin-bottom: 1rem;
    }
    .bc-picked {
      font-weight: 500;
    }
  `,
})
export class ConflictDialog {
  private readonly purchaseCase = inject<CaseFieldsFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConflictDialog, CaseFieldsFragment>>(MatDialogRef);
  private readonly declareGql = inject(DeclareConflictGQL);

  protected readonly supplier = signal<SupplierListFieldsFragment | null>(null);
  protected readonly statement = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] });
  private readonly submission = new DialogSubmission(this.ref);
  protected readonly saving = this.submission.saving;
  protected readonly errorMessage = this.submission.errorMessage;

  protected async submit(): Promise<void> {
    const supplier = this.supplier();
    const statement = this.statement.value.trim();
    if (!supplier || !statement) {
      this.statement.markAsTouched();
      return;
    }
    await this.submission.submit(
      async () => (await dataOf(this.declareGql.mutate({ variables: { caseId: this.purchaseCase.id, supplierId: supplier.id, statement } }))).declareConflict,
    );
  }
}
