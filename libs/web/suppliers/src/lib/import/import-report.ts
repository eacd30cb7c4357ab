import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ImportSuppliersMutation } from '@bc/web/data-access';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ScrollRegion } from '@bc/web/ui';

export type SupplierImportReport = ImportSuppliersMutation['importSuppliers'];

/** The rows of a checked file that were accepted: every row but those with at least one rejection. */
export function validRowCount(report: SupplierImportReport): number {
  return report.totalRows - new Set(report.rejected.map((row) => row.line)).size;
}

/**
 * What a CSV import found: how many rows, how many were imported (or would be), and every
 * rejected row with its line number, the column at fault and the reason.
 */
@Component({
  selector: 'bc-import-report',
  imports: [ScrollRegion, MatTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = report();
    <p class="bc-summary" role="status">
      @if (r.written) {
        {{ 'supplierImport.imported' | translate: { imported: r.imported, total: r.totalRows } }}
      } @else {
        {{ 'supplierImport.checked' | translate: { total: r.totalRows, valid: valid(), rejected: rejectedLines() } }}
      }
    </p>
    @if (r.rejected.length) {
      <h3 id="bc-rejected-heading">{{ 'supplierImport.rejectedTitle' | translate: { count: rejectedLines() } }}</h3>
      <div class="bc-table-wrap">
        <table mat-table [dataSource]="r.rejected" class="bc-table" aria-labelledby="bc-rejected-heading">
          <ng-container matColumnDef="line">
            <th mat-header-cell *matHeaderCellDef scope="col" class="bc-num">{{ 'supplierImport.line' | translate }}</th>
            <td mat-cell *matCellDef="let row" class="bc-num">{{ row.line }}</td>
          </ng-container>
          <ng-container matColumnDef="field">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'supplierImport.field' | translate }}</th>
            <td mat-cell *matCellDef="let row"><code>{{ row.field ?? '–' }}</code></td>
          </ng-container>
          <ng-container matColumnDef="reason">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'supplierImport.reason' | translate }}</th>
            <td mat-cell *matCellDef="let row">{{ reasonText(row) }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    }
  `,
  styles: `
    @use 'table-frame';

    .bc-summary {
      font: var(--mat-sys-title-medium);
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 1rem 0 0.5rem;
    }
    .bc-table-wrap {
      max-height: 28rem;
    }
    .bc-num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class ImportReport {
  private readonly translate = inject(TranslateService);
  readonly report = input.required<SupplierImportReport>();
  protected readonly columns = ['line', 'field', 'reason'];
  protected readonly valid = computed(() => validRowCount(this.report()));
  protected readonly rejectedLines = computed(() => new Set(this.report().rejected.map((row) => row.line)).size);

  /** The reason in the user's language by its stable code; the API's own text for a code we do not know. */
  protected reasonText(row: SupplierImportReport['rejected'][number]): string {
    const key = `csvRejection.${row.code}`;
    const text = this.translate.instant(key) as string;
    return text === key ? row.message : `${text} (${row.message})`;
  }
}
