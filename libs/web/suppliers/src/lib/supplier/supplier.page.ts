import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Permission, QualificationStatus } from '@bc/shared/domain';
import {
  AddSupplierNoteGQL,
  Api,
  BlockSupplierGQL,
  fileUrl,
  RemoveCertificateGQL,
  RemoveSupplierContactGQL,
  RemoveSupplierDocumentGQL,
  SetSupplierQualificationGQL,
  SupplierFieldsFragment,
  SupplierGQL,
  SupplierScorecardGQL,
  ScorecardFieldsFragment,
  UnblockSupplierGQL,
} from '@bc/web/data-access';
import { ActionState, injectAsk, injectCan, injectNotify } from '@bc/web/case-kit';
import { BcCpvLabelPipe, BcDatePipe, LanguageService } from '@bc/web/i18n';
import { CharCount, IconAction, LoadStatus, PagedTable, ScrollRegion, TextColumn, rowsSource } from '@bc/web/ui';
import { SavedSupplier, SupplierEditDialog } from '../edit/supplier-edit.dialog';
import { SupplierRecordData, SupplierRecordDialog, SupplierRecordKind } from '../edit/supplier-record.dialog';
import { SupplierPortalLink } from './portal-link';
import { SupplierScorecardView } from '../scorecard/supplier-scorecard';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

@Component({
  selector: 'bc-supplier-page',
  imports: [ScrollRegion, 
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    BcCpvLabelPipe,
    BcDatePipe,
    CharCount,
    LoadStatus,
    SupplierPortalLink,
    IconAction,
    TextColumn,
    PagedTable,
    NgTemplateOutlet,
    SupplierScorecardView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier.page.html',
  styleUrls: ['../suppliers.scss', './supplier.page.scss'],
})
export class SupplierPage {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly ask = injectAsk();
  private readonly translate = inject(TranslateService);
  private readonly notify = injectNotify();
  private readonly language = inject(LanguageService);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly supplier = signal<SupplierFieldsFragment | null>(null);
  protected readonly state = new ActionState(undefined, true);
  protected readonly canBlock = injectCan(Permission.SUPPLIER_BLOCK);
  protected readonly canManage = injectCan(Permission.SUPPLIER_MANAGE);
  protected readonly canRecord = injectCan(Permission.PERFORMANCE_RECORD);
  protected readonly canNote = injectCan(Permission.SUPPLIER_NOTE);
  /** The scorecard's figures are the analytics' (buyers, deciders, admins). */
  protected readonly canScorecard = injectCan(Permission.ANALYTICS_READ);
  protected readonly scorecard = signal<ScorecardFieldsFragment | null>(null);
  protected readonly scorecardState = new ActionState(undefined, true);
  /** What a buyer may set; a block is the gatekeeper's, with a reason. */
  protected readonly qualifications = [QualificationStatus.PROSPECT, QualificationStatus.QUALIFIED, QualificationStatus.APPROVED];
  protected readonly blocked = computed(() => this.supplier()?.qualificationStatus === QualificationStatus.BLOCKED);
  protected readonly note = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] });
  protected readonly fileUrl = fileUrl;

  protected readonly contacts = rowsSource(() => this.supplier()?.contacts ?? []);
  protected readonly performanceEvents = rowsSource(() => this.supplier()?.performanceEvents ?? []);
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

  /** To one decimal in the page's language, as the scorecard shows the score and its changes. */
  protected round(value: number): string {
    return value.toLocaleString(this.language.lang(), { maximumFractionDigits: 1 });
  }

  protected async load(id = this.id()): Promise<void> {
    await this.state.load(async () => this.supplier.set((await this.api.read(SupplierGQL, { id })).supplier));
    if (this.canScorecard()) await this.loadScorecard(id);
  }

  protected async loadScorecard(id = this.id()): Promise<void> {
    await this.scorecardState.load(async () => this.scorecard.set((await this.api.read(SupplierScorecardGQL, { supplierId: id })).supplierScorecard));
  }

  protected block(): void {
    const supplier = this.supplier();
    if (!supplier) return;
    this.ask.reason({
      title: 'supplier.blockTitle',
      text: 'supplier.blockText',
      label: 'supplier.blockReason',
      confirm: 'supplier.block',
      params: { name: supplier.name },
      destructive: true,
    }, async (reason) => {
      const done = await this.change(async () => (await this.api.write(BlockSupplierGQL, { id: supplier.id, reason })).blockSupplier);
      if (done) this.notify('supplier.blocked', { name: supplier.name });
    });
  }

  protected unblock(): void {
    const supplier = this.supplier();
    if (!supplier) return;
    this.ask.confirm({
      title: 'supplier.unblockTitle',
      message: 'supplier.unblockText',
      confirm: 'supplier.unblock',
      params: { name: supplier.name },
    }, async () => {
      const done = await this.change(async () => (await this.api.write(UnblockSupplierGQL, { id: supplier.id })).unblockSupplier);
      if (done) this.notify('supplier.unblocked', { name: supplier.name });
    });
  }

  protected async setQualification(event: MatSelectChange): Promise<void> {
    const supplier = this.supplier();
    if (!supplier) return;
    const status = event.value as QualificationStatus;
    const done = await this.change(async () => (await this.api.write(SetSupplierQualificationGQL, { id: supplier.id, status })).setSupplierQualification);
    if (done) this.notify('supplier.qualificationSet', { name: supplier.name, status: this.translate.instant(`qualification.${status}`) as string });
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
        if (!updated) return;
        this.supplier.set(updated);
        // A performance event or certificate moves the scorecard too.
        if (this.canScorecard()) void this.loadScorecard(updated.id);
      });
  }

  protected remove(kind: 'contact' | 'certificate' | 'document', id: string, name: string): void {
    this.ask.confirm({
      title: `supplierEdit.remove.${kind}`,
      message: 'supplierEdit.removeText',
      confirm: 'team.remove',
      params: { name },
      destructive: true,
    }, async () => {
      await this.change(async () =>
        kind === 'contact'
          ? (await this.api.write(RemoveSupplierContactGQL, { contactId: id })).removeSupplierContact
          : kind === 'certificate'
            ? (await this.api.write(RemoveCertificateGQL, { certificateId: id })).removeCertificate
            : (await this.api.write(RemoveSupplierDocumentGQL, { documentId: id })).removeSupplierDocument,
      );
    });
  }

  protected async addNote(): Promise<void> {
    const supplier = this.supplier();
    const text = this.note.value.trim();
    if (!supplier || !text) {
      this.note.markAsTouched();
      return;
    }
    const done = await this.change(async () => (await this.api.write(AddSupplierNoteGQL, { supplierId: supplier.id, body: text })).addSupplierNote);
    if (done) this.note.reset();
  }

  /** Runs a command that answers the supplier as it now is, and shows it; false when it failed (the banner says why). */
  private async change(work: () => Promise<SupplierFieldsFragment>): Promise<boolean> {
    const updated = await this.state.run(work);
    if (updated) this.supplier.set(updated);
    return !!updated;
  }
}
