import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Api, FileUploadService, ImportSuppliersGQL, Submission } from '@bc/web/data-access';
import { ErrorBanner, LoadStatus, ScrollRegion } from '@bc/web/ui';
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
  imports: [ScrollRegion, LoadStatus, BcPluralPipe, RouterLink, MatButtonModule, MatIconModule, TranslatePipe, ErrorBanner, ImportReport],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier-import.page.html',
  styleUrls: ['../suppliers.scss', './supplier-import.page.scss'],
})
export class SupplierImportPage {
  private readonly api = inject(Api);
  private readonly uploads = inject(FileUploadService);

  protected readonly fileName = signal<string | null>(null);
  /** What the import reads: the text itself, or the id of the uploaded file. */
  private readonly source = signal<{ csv: string } | { fileId: string } | null>(null);
  protected readonly report = signal<SupplierImportReport | null>(null);
  private readonly submission = new Submission();
  protected readonly busy = this.submission.busy;
  protected readonly errorMessage = this.submission.errorMessage;
  protected readonly tooLarge = signal(false);
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
    this.submission.error.set(null);
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
      const uploaded = await this.submission.run(async () => this.source.set({ fileId: (await this.uploads.upload(file)).id }));
      if (!uploaded) return;
    }
    await this.run(false);
  }

  protected importValid(): Promise<void> {
    return this.run(true);
  }

  private async run(importValidRows: boolean): Promise<void> {
    const source = this.source();
    if (source === null) return;
    await this.submission.run(async () => this.report.set((await this.api.write(ImportSuppliersGQL, { ...source, importValidRows })).importSuppliers));
  }
}
