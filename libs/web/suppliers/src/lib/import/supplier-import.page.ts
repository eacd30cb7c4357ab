import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AppError, dataOf, errorTranslation, FileUploadService, ImportSuppliersGQL, toAppError } from '@bc/web/data-access';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { ImportReport, SupplierImportReport, validRowCount } from './import-report';
import { BcPluralPipe } from '@bc/web/i18n';

/** Upper bound the browser checks before sending; the API has its own. */
const MAX_CSV_BYTES = 5 * 1024 * 1024;
/** Up to this size the text goes in the mutation; a larger file is uploaded and named by its id. */
const INLINE_CSV_BYTES = 1024 * 1024;

/**
 * CSV import in two steps: the file is checked first (nothing is written when a row is
 * rejected); the user sees every rejected row and may then import the valid rows.
 */
@Component({
  selector: 'bc-supplier-import-page',
  imports: [BcPluralPipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, ErrorBanner, ImportReport],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier-import.page.html',
  styleUrls: ['../suppliers.scss', './supplier-import.page.scss'],
})
export class SupplierImportPage {
  private readonly importGql = inject(ImportSuppliersGQL);
  private readonly uploads = inject(FileUploadService);

  protected readonly fileName = signal<string | null>(null);
  /** What the import reads: the text itself, or the id of the uploaded file. */
  private readonly source = signal<{ csv: string } | { fileId: string } | null>(null);
  protected readonly report = signal<SupplierImportReport | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly tooLarge = signal(false);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });
  protected readonly validRows = computed(() => {
    const report = this.report();
    return report ? validRowCount(report) : 0;
  });
  /** Checked, nothing written, and some rows would go in. */
  protected readonly canImportValid = computed(() => {
    const report = this.report();
    return !!report && !report.written && this.validRows() > 0;
  });

  protected async choose(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.report.set(null);
    this.error.set(null);
    this.tooLarge.set(false);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      this.tooLarge.set(true);
      return;
    }
    this.fileName.set(file.name);
    this.source.set(null);
    if (file.size <= INLINE_CSV_BYTES) {
      this.source.set({ csv: await file.text() });
    } else {
      this.busy.set(true);
      try {
        this.source.set({ fileId: (await this.uploads.upload(file)).id });
      } catch (error) {
        this.error.set(toAppError(error));
        return;
      } finally {
        this.busy.set(false);
      }
    }
    await this.run(false);
  }

  protected importValid(): Promise<void> {
    return this.run(true);
  }

  private async run(importValidRows: boolean): Promise<void> {
    const source = this.source();
    if (source === null) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const data = await dataOf(this.importGql.mutate({ variables: { ...source, importValidRows } }));
      this.report.set(data.importSuppliers);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
