import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ErrorCode, PerformanceEventKind } from '@bc/shared/domain';
import {
  AddCertificateGQL,
  AddSupplierContactGQL,
  AddSupplierDocumentGQL,
  dataOf,
  FileUploadService,
  RecordPerformanceGQL,
  Submission,
  SupplierFieldsFragment,
  toAppError,
  UploadedFile,
} from '@bc/web/data-access';
import { CharCount, DialogFrame, FieldError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** The API's limits of a certificate's issuer and number (CertificateInput, supplier_certificate). */
export const CERTIFICATE_LIMITS = { issuer: 200, number: 100 } as const;

export type SupplierRecordKind = 'contact' | 'certificate' | 'document' | 'performance';

export interface SupplierRecordData {
  kind: SupplierRecordKind;
  supplier: SupplierFieldsFragment;
}

const blank = (s: string): string | null => (s.trim() ? s.trim() : null);

/** Adds one record to a supplier: a contact, a certificate (with its file), a document, a performance event. */
@Component({
  selector: 'bc-supplier-record-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    CharCount,
    FieldError,
    DialogFrame,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <bc-dialog-frame
        [heading]="'supplierEdit.add.' + data.kind | translate: { name: data.supplier.name }"
        [error]="submission.errorMessage()"
        [busy]="submission.busy() || uploading()"
        [submitLabel]="'common.save' | translate"
      >
        @switch (data.kind) {
          @case ('contact') {
            <mat-form-field class="bc-field">
              <mat-label>{{ 'supplier.contactName' | translate }}</mat-label>
              <input matInput formControlName="name" required />
              <mat-hint align="end"><bc-char-count [control]="form.controls.name" [max]="200" /></mat-hint>
            </mat-form-field>
            <mat-form-field class="bc-field">
              <mat-label>{{ 'supplier.contactRole' | translate }}</mat-label>
              <input matInput formControlName="position" />
            </mat-form-field>
            <mat-form-field class="bc-field">
              <mat-label>{{ 'supplier.email' | translate }}</mat-label>
              <input matInput type="email" formControlName="email" />
            </mat-form-field>
            <mat-form-field class="bc-field">
              <mat-label>{{ 'supplier.phone' | translate }}</mat-label>
              <input matInput type="tel" formControlName="phone" />
            </mat-form-field>
          }
          @case ('certificate') {
            <mat-form-field class="bc-field">
              <mat-label>{{ 'supplier.certificate' | translate }}</mat-label>
              <input matInput formControlName="name" required placeholder="ISO 9001" />
              <mat-hint align="end"><bc-char-count [control]="form.controls.name" [max]="200" /></mat-hint>
              <mat-error><bc-field-error [control]="form.controls.name" /></mat-error>
            </mat-form-field>
            <div class="bc-row">
              <mat-form-field>
                <mat-label>{{ 'supplier.issuer' | translate }}</mat-label>
                <input matInput formControlName="issuer" />
                <mat-hint align="end"><bc-char-count [control]="form.controls.issuer" [max]="limits.issuer" /></mat-hint>
                <mat-error><bc-field-error [control]="form.controls.issuer" /></mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'supplier.number' | translate }}</mat-label>
                <input matInput formControlName="number" />
                <mat-hint align="end"><bc-char-count [control]="form.controls.number" [max]="limits.number" /></mat-hint>
                <mat-error><bc-field-error [control]="form.controls.number" /></mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'supplier.validFrom' | translate }}</mat-label>
                <input matInput type="date" formControlName="validFrom" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'supplier.validUntil' | translate }}</mat-label>
                <input matInput type="date" formControlName="validUntil" />
              </mat-form-field>
            </div>
          }
          @case ('document') {
            <mat-form-field class="bc-field">
              <mat-label>{{ 'supplierEdit.documentTitle' | translate }}</mat-label>
              <input matInput formControlName="name" required />
            </mat-form-field>
          }
          @case ('performance') {
            <div class="bc-row">
              <mat-form-field>
                <mat-label>{{ 'supplier.kind' | translate }}</mat-label>
                <mat-select formControlName="kind">
                  @for (kind of kinds; track kind) {
                    <mat-option [value]="kind">{{ 'performanceKind.' + kind | translate }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'supplier.occurredOn' | translate }}</mat-label>
                <input matInput type="date" formControlName="occurredOn" required />
              </mat-form-field>
            </div>
            @if (form.controls.kind.value === delivery) {
              <mat-checkbox formControlName="onTime">{{ 'supplierEdit.deliveredOnTime' | translate }}</mat-checkbox>
            }
            <mat-form-field class="bc-field">
              <mat-label>{{ 'supplier.note' | translate }}</mat-label>
              <textarea matInput rows="2" formControlName="note"></textarea>
            </mat-form-field>
          }
        }
        @if (data.kind === 'certificate' || data.kind === 'document') {
          <div class="bc-file">
            <input #fileInput class="bc-file-input" type="file" tabindex="-1" aria-hidden="true" (change)="upload($event)" />
            <button mat-stroked-button type="button" [disabled]="uploading()" (click)="fileInput.click()">
              <mat-icon svgIcon="attach_file" aria-hidden="true" />{{ (uploading() ? 'spec.uploading' : 'supplierEdit.chooseFile') | translate }}
            </button>
            <span role="status">{{ file()?.name ?? (data.kind === 'document' ? ('supplierEdit.fileRequired' | translate) : '') }}</span>
          </div>
        }
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    .bc-field {
      display: block;
      width: 100%;
      margin-bottom: 0.25rem;
    }
    .bc-row {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0 1rem;
    }
    .bc-file {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin-top: 0.5rem;
    }
    .bc-file-input {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class SupplierRecordDialog {
  protected readonly data = inject<SupplierRecordData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SupplierRecordDialog, SupplierFieldsFragment>>(MatDialogRef);
  private readonly uploads = inject(FileUploadService);
  private readonly contactGql = inject(AddSupplierContactGQL);
  private readonly certificateGql = inject(AddCertificateGQL);
  private readonly documentGql = inject(AddSupplierDocumentGQL);
  private readonly performanceGql = inject(RecordPerformanceGQL);

  protected readonly limits = CERTIFICATE_LIMITS;
  protected readonly kinds = Object.values(PerformanceEventKind);
  protected readonly delivery = PerformanceEventKind.DELIVERY;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', this.data.kind === 'performance' ? [] : [Validators.required, Validators.maxLength(200)]],
    position: [''],
    email: ['', Validators.email],
    phone: [''],
    issuer: ['', Validators.maxLength(CERTIFICATE_LIMITS.issuer)],
    number: ['', Validators.maxLength(CERTIFICATE_LIMITS.number)],
    validFrom: [''],
    validUntil: [''],
    kind: [PerformanceEventKind.DELIVERY],
    occurredOn: [new Date().toISOString().slice(0, 10), this.data.kind === 'performance' ? Validators.required : []],
    onTime: [true],
    note: [''],
  });
  protected readonly file = signal<UploadedFile | null>(null);
  protected readonly uploading = signal(false);
  protected readonly submission = new Submission();

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    this.uploading.set(true);
    this.submission.error.set(null);
    try {
      this.file.set(await this.uploads.upload(chosen));
    } catch (error) {
      this.submission.error.set(toAppError(error));
    } finally {
      this.uploading.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid || (this.data.kind === 'document' && !this.file())) {
      this.form.markAllAsTouched();
      if (this.data.kind === 'document' && !this.file()) {
        this.submission.error.set({ code: ErrorCode.VALIDATION_FAILED, message: 'A document needs its file' });
      }
      return;
    }
    const v = this.form.getRawValue();
    const supplierId = this.data.supplier.id;
    await this.submission.run(async () => {
      let supplier: SupplierFieldsFragment;
      switch (this.data.kind) {
        case 'contact':
          supplier = (
            await dataOf(
              this.contactGql.mutate({
                variables: { supplierId, input: { name: v.name.trim(), position: blank(v.position), email: blank(v.email), phone: blank(v.phone) } },
              }),
            )
          ).addSupplierContact;
          break;
        case 'certificate':
          supplier = (
            await dataOf(
              this.certificateGql.mutate({
                variables: {
                  supplierId,
                  input: {
                    name: v.name.trim(),
                    issuer: blank(v.issuer),
                    number: blank(v.number),
                    validFrom: blank(v.validFrom),
                    validUntil: blank(v.validUntil),
                    fileId: this.file()?.id ?? null,
                  },
                },
              }),
            )
          ).addCertificate;
          break;
        case 'document':
          supplier = (
            await dataOf(this.documentGql.mutate({ variables: { supplierId, input: { title: v.name.trim(), fileId: this.file()?.id ?? '' } } }))
          ).addSupplierDocument;
          break;
        case 'performance':
          supplier = (
            await dataOf(
              this.performanceGql.mutate({
                variables: {
                  input: {
                    supplierId,
                    kind: v.kind,
                    occurredOn: v.occurredOn,
                    onTime: v.kind === PerformanceEventKind.DELIVERY ? v.onTime : null,
                    note: blank(v.note),
                  },
                },
              }),
            )
          ).recordPerformance;
          break;
      }
      this.ref.close(supplier);
    });
  }
}
