import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Api, AwardDeliveryFieldsFragment, CaseAwardFieldsFragment, RecordDeliveryGQL } from '@bc/web/data-access';
import { DialogFrame, TextInput } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';
import { awardErrorTranslation } from './award-view';

/** Today as a date input's value (local date). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Records a delivery against an award: which awarded supplier, when, on time or late, the
 * quality incidents and a note. Feeds the supplier's reliability. Closes with the record.
 */
@Component({
  selector: 'bc-delivery-dialog',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, TranslatePipe, DialogFrame, TextInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" novalidate (submit)="$event.preventDefault(); submit()">
      <bc-dialog-frame
        [heading]="'award.delivery.dialogTitle' | translate"
        [error]="errorMessage()"
        [busy]="busy()"
        [submitLabel]="'award.delivery.submit' | translate"
      >
        <p class="bc-muted">{{ 'award.delivery.intro' | translate }}</p>
        <mat-form-field class="bc-dialog-field">
          <mat-label>{{ 'award.delivery.supplier' | translate }}</mat-label>
          <mat-select formControlName="supplierId" required>
            @for (s of proposal.supplierTotals; track s.supplierId) {
              <mat-option [value]="s.supplierId">{{ s.supplierName }}</mat-option>
            }
          </mat-select>
          @if (form.controls.supplierId.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="bc-dialog-field">
          <mat-label>{{ 'award.delivery.deliveredOn' | translate }}</mat-label>
          <input matInput type="date" formControlName="deliveredOn" required [max]="max" />
          @if (form.controls.deliveredOn.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
        @if (future()) {
          <p class="bc-dialog-warning" role="alert">{{ 'award.delivery.future' | translate }}</p>
        }
        <div class="bc-dialog-radios" role="group" [attr.aria-label]="'award.delivery.timeliness' | translate">
          <span>{{ 'award.delivery.timeliness' | translate }}</span>
          <mat-radio-group formControlName="onTime">
            <mat-radio-button [value]="true">{{ 'award.delivery.onTime' | translate }}</mat-radio-button>
            <mat-radio-button [value]="false">{{ 'award.delivery.late' | translate }}</mat-radio-button>
          </mat-radio-group>
        </div>
        <mat-form-field class="bc-dialog-field">
          <mat-label>{{ 'award.delivery.qualityIncidents' | translate }}</mat-label>
          <input matInput type="number" min="0" step="1" formControlName="qualityIncidents" required />
          <mat-hint>{{ 'award.delivery.qualityHint' | translate }}</mat-hint>
          @if (form.controls.qualityIncidents.invalid) {
            <mat-error>{{ 'award.delivery.invalidCount' | translate }}</mat-error>
          }
        </mat-form-field>
        <bc-text-input class="bc-dialog-field" [control]="form.controls.note" [label]="'award.delivery.note' | translate" [rows]="3" [max]="2000" />
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    @use 'case-dialog';
    .bc-dialog-radios {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin-bottom: 1rem;
    }
  `,
})
export class DeliveryDialog {
  private readonly api = inject(Api);
  private readonly ref = inject<MatDialogRef<DeliveryDialog, AwardDeliveryFieldsFragment>>(MatDialogRef);
  protected readonly proposal = inject<CaseAwardFieldsFragment>(MAT_DIALOG_DATA);
  protected readonly max = today();

  protected readonly form = new FormGroup({
    supplierId: new FormControl(this.proposal.supplierTotals.length === 1 ? this.proposal.supplierTotals[0].supplierId : '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    deliveredOn: new FormControl(today(), { nonNullable: true, validators: [Validators.required] }),
    onTime: new FormControl(true, { nonNullable: true }),
    qualityIncidents: new FormControl(0, { nonNullable: true, validators: [Validators.required, Validators.min(0), Validators.pattern(/^\d+$/)] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });
  private readonly submission = new DialogSubmission(this.ref, undefined, awardErrorTranslation);
  protected readonly busy = this.submission.saving;
  protected readonly future = signal(false);
  protected readonly errorMessage = this.submission.errorMessage;

  protected async submit(): Promise<void> {
    const v = this.form.getRawValue();
    this.future.set(!!v.deliveredOn && v.deliveredOn > today());
    if (this.form.invalid || this.future()) {
      this.form.markAllAsTouched();
      return;
    }
    const input = {
      proposalId: this.proposal.id,
      supplierId: v.supplierId,
      deliveredOn: v.deliveredOn,
      onTime: v.onTime,
      qualityIncidents: Number(v.qualityIncidents),
      note: v.note.trim() || null,
    };
    await this.submission.submit(async () => (await this.api.write(RecordDeliveryGQL, { input })).recordDelivery);
  }
}
