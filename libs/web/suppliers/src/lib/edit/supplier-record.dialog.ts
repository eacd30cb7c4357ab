import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ErrorCode, PerformanceEventKind } from '@bc/shared/domain';
import {
  AddCertificateGQL,
  AddSupplierContactGQL,
  AddSupplierDocumentGQL,
  Api,
  FileUploadService,
  RecordPerformanceGQL,
  Submission,
  SupplierFieldsFragment,
  toAppError,
  UploadedFile,
} from '@bc/web/data-access';
import { DialogFrame, SelectInput, TextInput } from '@bc/web/ui';
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
    TranslatePipe,
    DialogFrame,
    SelectInput,
    TextInput,
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
            <bc-text-input class="bc-field" [control]="form.controls.name" [label]="'supplier.contactName' | translate" [max]="200" required />
            <bc-text-input class="bc-field" [control]="form.controls.position" [label]="'supplier.contactRole' | translate" />
            <bc-text-input class="bc-field" [control]="form.controls.email" [label]="'supplier.email' | translate" type="email" />
            <bc-text-input class="bc-field" [control]="form.controls.phone" [label]="'supplier.phone' | translate" type="tel" />
          }
          @case ('certificate') {
            <bc-text-input
              class="bc-field"
              [control]="form.controls.name"
              [label]="'supplier.certificate' | translate"
              [max]="200"
              placeholder="ISO 9001"
              required
            />
            <div class="bc-row">
              <bc-text-input [control]="form.controls.issuer" [label]="'supplier.issuer' | translate" [max]="limits.issuer" />
              <bc-text-input [control]="form.controls.number" [label]="'supplier.number' | translate" [max]="limits.number" />
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
            <bc-text-input class="bc-field" [control]="form.controls.name" [label]="'supplierEdit.documentTitle' | translate" required />
          }
          @case ('performance') {
            <div class="bc-row">
              <bc-select-input [control]="form.controls.kind" [label]="'supplier.kind' | translate" [options]="kinds" optionKey="performanceKind." />
              <mat-form-field>
                <mat-label>{{ 'supplier.occurredOn' | translate }}</mat-label>
                <input matInput type="date" formControlName="occurredOn" required />
              </mat-form-field>
            </div>
            @if (form.controls.kind.value === delivery) {
              <mat-checkbox formControlName="onTime">{{ 'supplierEdit.deliveredOnTime' | translate }}</mat-checkbox>
            }
            <bc-text-input class="bc-field" [control]="form.controls.note" [label]="'supplier.note' | translate" [rows]="2" />
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
  private readonly api = inject(Api);

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
    await this.submission.run(async () => this.ref.close(await this.save()));
  }

  /** The command of the dialog's kind, from the form; it answers the supplier as it now is. */
  private async save(): Promise<SupplierFieldsFragment> {
    const v = this.form.getRawValue();
    const supplierId = this.data.supplier.id;
    const fileId = this.file()?.id ?? null;
    switch (this.data.kind) {
      case 'contact': {
        const input = { name: v.name.trim(), position: blank(v.position), email: blank(v.email), phone: blank(v.phone) };
        return (await this.api.write(AddSupplierContactGQL, { supplierId, input })).addSupplierContact;
      }
      case 'certificate': {
        const input = { name: v.name.trim(), issuer: blank(v.issuer), number: blank(v.number), validFrom: blank(v.validFrom), validUntil: blank(v.validUntil), fileId };
        return (await this.api.write(AddCertificateGQL, { supplierId, input })).addCertificate;
      }
      case 'document':
        return (await this.api.write(AddSupplierDocumentGQL, { supplierId, input: { title: v.name.trim(), fileId: fileId ?? '' } })).addSupplierDocument;
      case 'performance': {
        const onTime = v.kind === PerformanceEventKind.DELIVERY ? v.onTime : null;
        const input = { supplierId, kind: v.kind, occurredOn: v.occurredOn, onTime, note: blank(v.note) };
        return (await this.api.write(RecordPerformanceGQL, { input })).recordPerformance;
      }
    }
  }
}
