import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import { CertificateFilter, ErrorCode, Locale, Permission, QualificationStatus } from '@bc/shared/domain';
import {
  Api,
  AppError,
  ExportSuppliersGQL,
  ExportSuppliersQueryVariables,
  SupplierFilter,
  SupplierListFieldsFragment,
  SuppliersGQL,
  toApiLocale,
  PagedList,
  Submission,
} from '@bc/web/data-access';
import { PagedTable, SelectInput, showServerFieldError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { BcCpvLabelPipe, LanguageService } from '@bc/web/i18n';
import { debounceTime } from 'rxjs';
import { SavedSupplier, SupplierEditDialog } from '../edit/supplier-edit.dialog';
import { CpvPicker, CpvValue } from '../pickers/cpv-picker';
import { injectCan } from '@bc/web/case-kit';

export interface FilterForm {
  search: string;
  category: CpvValue | null;
  country: string;
  status: QualificationStatus[];
  certificates: CertificateFilter | '';
  minReliability: number | null;
}

/**
 * The form's values as the API's filter: empty fields are left out. The country goes as typed:
 * the API takes a code or a name in English or German and refuses anything else by name.
 */
export function toSupplierFilter(form: FilterForm): SupplierFilter {
  const filter: SupplierFilter = {};
  if (form.search.trim()) filter.search = form.search.trim();
  if (form.category) filter.category = form.category.code;
  if (form.country.trim()) filter.country = form.country.trim();
  if (form.status.length) filter.status = form.status;
  if (form.certificates) filter.certificates = form.certificates;
  if (form.minReliability !== null && !Number.isNaN(form.minReliability)) filter.minReliability = form.minReliability;
  return filter;
}

/**
 * What the export asks for: the filtered directory, written for the reader's spreadsheet in the
 * language the page is shown in (German: semicolons and decimal commas, as German Excel expects).
 */
export function exportVariables(form: FilterForm, language: Locale): ExportSuppliersQueryVariables {
  return { filter: toSupplierFilter(form), locale: toApiLocale(language) };
}

/** The filter fields whose refusal (`filter.country`, `filter.minReliability`) shows at the field. */
const REFUSABLE_FILTERS = ['country', 'minReliability'];

@Component({
  selector: 'bc-supplier-directory-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTableModule,
    TranslatePipe,
    BcCpvLabelPipe,
    PagedTable,
    CpvPicker,
    SelectInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier-directory.page.html',
  styleUrl: '../suppliers.scss',
})
export class SupplierDirectoryPage implements OnInit {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly canManage = injectCan(Permission.SUPPLIER_MANAGE);
  protected readonly statuses = Object.values(QualificationStatus);
  protected readonly certificateFilters = Object.values(CertificateFilter);
  protected readonly columns = ['name', 'categories', 'country', 'status', 'certificates', 'reliability'];

  protected readonly filters = inject(NonNullableFormBuilder).group({
    search: [''],
    category: [null as CpvValue | null],
    country: [''],
    status: [[] as QualificationStatus[]],
    certificates: ['' as CertificateFilter | ''],
    minReliability: [null as number | null],
  });

  protected readonly suppliers = new PagedList<SupplierListFieldsFragment>(
    async (page) => (await this.api.read(SuppliersGQL, { filter: toSupplierFilter(this.filters.getRawValue()), ...page })).suppliers,
    { handleError: (error) => this.showAtFilter(error) },
  );
  private readonly export = new Submission();
  protected readonly exporting = this.export.busy;
  protected readonly blocked = (row: SupplierListFieldsFragment): boolean => row.qualificationStatus === QualificationStatus.BLOCKED;

  ngOnInit(): void {
    this.filters.valueChanges.pipe(debounceTime(300), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.suppliers.restart());
    void this.suppliers.load();
  }

  protected round(value: number): number {
    return Math.round(value);
  }

  protected create(): void {
    this.dialog
      .open<SupplierEditDialog, null, SavedSupplier>(SupplierEditDialog, { data: null, width: '40rem' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) void this.router.navigate(['/suppliers', saved.id]);
      });
  }

  protected resetFilters(): void {
    this.filters.reset();
  }

  /** A filter the API refused is marked at its field (unknown country, reliability out of range); anything else goes to the banner. */
  private showAtFilter(error: AppError): boolean {
    return error.code === ErrorCode.VALIDATION_FAILED && showServerFieldError(this.filters, error, {}, { only: REFUSABLE_FILTERS });
  }

  /** The directory as filtered, as a CSV file the browser saves. */
  protected async exportCsv(): Promise<void> {
    this.suppliers.error.set(null);
    await this.export.run(
      async () => {
        const csv = (await this.api.read(ExportSuppliersGQL, exportVariables(this.filters.getRawValue(), this.language.lang()))).exportSuppliers;
        const url = URL.createObjectURL(new Blob([csv ?? ''], { type: 'text/csv;charset=utf-8' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = `suppliers-${new Date().toISOString().slice(0, 10)}.csv`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      // The table's banner says what failed, unless a filter field does.
      (error) => {
        if (!this.showAtFilter(error)) this.suppliers.error.set(error);
        return true;
      },
    );
  }
}
