import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Permission, QualificationStatus } from '@bc/shared/domain';
import {
  AddSupplierNoteGQL,
  RemoveCertificateGQL,
  RemoveSupplierContactGQL,
  RemoveSupplierDocumentGQL,
  AppError,
  BlockSupplierGQL,
  dataOf,
  errorTranslation,
  fileUrl,
  SessionStore,
  SetSupplierQualificationGQL,
  SupplierFieldsFragment,
  SupplierGQL,
  toAppError,
  UnblockSupplierGQL,
} from '@bc/web/data-access';
import { BcCpvLabelPipe, BcDatePipe } from '@bc/web/i18n';
import { askReason, CharCount, confirm, ErrorBanner } from '@bc/web/ui';
import { MatTooltipModule } from '@angular/material/tooltip';
import { SavedSupplier, SupplierEditDialog } from '../edit/supplier-edit.dialog';
import { SupplierRecordData, SupplierRecordDialog, SupplierRecordKind } from '../edit/supplier-record.dialog';
import { SupplierPortalLink } from './portal-link';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

@Component({
  selector: 'bc-supplier-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    MatTooltipModule,
    TranslatePipe,
    BcCpvLabelPipe,
    BcDatePipe,
    CharCount,
    ErrorBanner,
    SupplierPortalLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier.page.html',
  styleUrls: ['../suppliers.scss', './supplier.page.scss'],
})
export class SupplierPage {
  private readonly supplierGql = inject(SupplierGQL);
  private readonly blockGql = inject(BlockSupplierGQL);
  private readonly unblockGql = inject(UnblockSupplierGQL);
  private readonly noteGql = inject(AddSupplierNoteGQL);
  private readonly qualificationGql = inject(SetSupplierQualificationGQL);
  private readonly removeContactGql = inject(RemoveSupplierContactGQL);
  private readonly removeCertificateGql = inject(RemoveCertificateGQL);
  private readonly removeDocumentGql = inject(RemoveSupplierDocumentGQL);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly supplier = signal<SupplierFieldsFragment | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });
  protected readonly canBlock = computed(() => this.session.permissions().includes(Permission.SUPPLIER_BLOCK));
  protected readonly canManage = computed(() => this.session.permissions().includes(Permission.SUPPLIER_MANAGE));
  /** What a buyer may set; a block is the gatekeeper's, with a reason. */
  protected readonly qualifications = [QualificationStatus.PROSPECT, QualificationStatus.QUALIFIED, QualificationStatus.APPROVED];
  protected readonly canRecord = computed(() => this.session.permissions().includes(Permission.PERFORMANCE_RECORD));
  protected readonly canNote = computed(() => this.session.permissions().includes(Permission.SUPPLIER_NOTE));
  protected readonly blocked = computed(() => this.supplier()?.qualificationStatus === QualificationStatus.BLOCKED);
  protected readonly note = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] });
  protected readonly savingNote = signal(false);
  protected readonly fileUrl = fileUrl;

  protected readonly contactColumns = computed(() => ['name', 'role', 'email', 'phone', ...(this.canManage() ? ['actions'] : [])]);
  protected readonly certificateColumns = computed(() => [
    'name',
    'issuer',
    'number',
    'validFrom',
    'validUntil',
    'state',
    ...(this.canManage() ? ['actions'] : []),
  ]);
  protected readonly performanceColumns = ['occurredOn', 'kind', 'onTime', 'note'];

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected percent(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : `${Math.round(value * 100)} %`;
  }

  protected round(value: number): number {
    return Math.round(value);
  }

  protected async load(id = this.id()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const data = await dataOf(this.supplierGql.fetch({ variables: { id } }));
      this.supplier.set(data.supplier);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected block(): void {
    const supplier = this.supplier();
    if (!supplier) return;
    askReason(this.dialog, {
      title: 'supplier.blockTitle',
      text: 'supplier.blockText',
      label: 'supplier.blockReason',
      confirm: 'supplier.block',
      params: { name: supplier.name },
      destructive: true,
    }).subscribe(async (reason) => {
        if (!reason) return;
        await this.run(async () => {
          this.supplier.set((await dataOf(this.blockGql.mutate({ variables: { id: supplier.id, reason } }))).blockSupplier);
          this.notify('supplier.blocked', { name: supplier.name });
        });
      });
  }

  protected unblock(): void {
    const supplier = this.supplier();
    if (!supplier) return;
    confirm(this.dialog, {
      title: 'supplier.unblockTitle',
      message: 'supplier.unblockText',
      confirm: 'supplier.unblock',
      params: { name: supplier.name },
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      await this.run(async () => {
        this.supplier.set((await dataOf(this.unblockGql.mutate({ variables: { id: supplier.id } }))).unblockSupplier);
        this.notify('supplier.unblocked', { name: supplier.name });
      });
    });
  }

  protected async setQualification(event: MatSelectChange): Promise<void> {
    const supplier = this.supplier();
    if (!supplier) return;
    const status = event.value as QualificationStatus;
    await this.run(async () => {
      this.supplier.set(
        (await dataOf(this.qualificationGql.mutate({ variables: { id: supplier.id, status } }))).setSupplierQualification,
      );
      this.notify('supplier.qualificationSet', {
        name: supplier.name,
        status: this.translate.instant(`qualification.${status}`) as string,
      });
    });
  }

  protected edit(): void {
    const supplier = this.supplier();
    if (!supplier) return;
    this.dialog
      .open<SupplierEditDialog, SupplierFieldsFragment, SavedSupplier>(SupplierEditDialog, { data: supplier, width: '40rem' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved?.supplier) this.supplier.set(saved.supplier);
      });
  }

  protected add(kind: SupplierRecordKind): void {
    const supplier = this.supplier();
    if (!supplier) return;
    this.dialog
      .open<SupplierRecordDialog, SupplierRecordData, SupplierFieldsFragment>(SupplierRecordDialog, {
        data: { kind, supplier },
        width: '36rem',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (updated) this.supplier.set(updated);
      });
  }

  protected remove(kind: 'contact' | 'certificate' | 'document', id: string, name: string): void {
    confirm(this.dialog, {
      title: `supplierEdit.remove.${kind}`,
      message: 'supplierEdit.removeText',
      confirm: 'team.remove',
      params: { name },
      destructive: true,
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      await this.run(async () => {
        const updated =
          kind === 'contact'
            ? (await dataOf(this.removeContactGql.mutate({ variables: { contactId: id } }))).removeSupplierContact
            : kind === 'certificate'
              ? (await dataOf(this.removeCertificateGql.mutate({ variables: { certificateId: id } }))).removeCertificate
              : (await dataOf(this.removeDocumentGql.mutate({ variables: { documentId: id } }))).removeSupplierDocument;
        this.supplier.set(updated);
      });
    });
  }

  protected async addNote(): Promise<void> {
    const supplier = this.supplier();
    const text = this.note.value.trim();
    if (!supplier || !text) {
      this.note.markAsTouched();
      return;
    }
    this.savingNote.set(true);
    await this.run(async () => {
      this.supplier.set((await dataOf(this.noteGql.mutate({ variables: { supplierId: supplier.id, body: text } }))).addSupplierNote);
      this.note.reset();
    });
    this.savingNote.set(false);
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  private notify(key: string, params: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params) as string, this.translate.instant('common.close') as string, {
      duration: 5000,
    });
  }
}
