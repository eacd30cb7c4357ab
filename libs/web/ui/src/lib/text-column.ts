import { booleanAttribute, ChangeDetectionStrategy, Component, inject, Input, OnDestroy, OnInit, ViewChild } from '@angular/core';
import { MatCellDef, MatColumnDef, MatHeaderCellDef, MatTable, MatTableModule } from '@angular/material/table';
import { BcAmountPipe, BcDatePipe, DateFormat } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * Where a column outside the table's own content registers: a component that wraps a `mat-table`
 * (`bc-paged-table`) provides it, so that columns among its children find the table inside it.
 */
export abstract class ColumnHost {
  abstract addColumnDef(def: MatColumnDef): void;
  abstract removeColumnDef(def: MatColumnDef): void;
}

/**
 * A table column that shows one field of the row as text, under a translated header — the column
 * most tables repeat. Works like Material's `mat-text-column` (it registers its column with the
 * parent table, or with the `bc-paged-table` it stands in) but keeps the header's `scope="col"`,
 * can show the field as a date, as an amount in the row's currency or as a code's translation, and can
 * keep the cell on one line:
 *
 * `<bc-text-column name="validFrom" header="supplier.validFrom" date="date" />`
 * `<bc-text-column name="role" field="position" header="supplier.contactRole" />`
 * `<bc-text-column name="estimatedValue" header="needs.estimatedValue" amount="currency" />`
 * `<bc-text-column name="role" header="team.role" key="roles." />`
 */
@Component({
  selector: 'bc-text-column',
  imports: [MatTableModule, TranslatePipe, BcDatePipe, BcAmountPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container matColumnDef>
      <th mat-header-cell *matHeaderCellDef scope="col" [class.bc-num]="amount">{{ header | translate }}</th>
      <td mat-cell *matCellDef="let row" [class.bc-num]="amount" [class.bc-nowrap]="nowrap || date || amount">{{
        date ? (value(row) | bcDate: date) : amount ? (value(row) | bcAmount: currency(row)) : key ? (key + value(row) | translate) : value(row)
      }}</td>
    </ng-container>
  `,
  styleUrl: './text-column.scss',
})
export class TextColumn<T> implements OnInit, OnDestroy {
  private readonly table = inject(ColumnHost, { optional: true }) ?? inject<MatTable<T>>(MatTable, { optional: true });

  /** The column's name, as the table's displayed columns list it; the row's field unless `field` says otherwise. */
  @Input({ required: true }) name!: string;
  /** The translation key of the header. */
  @Input({ required: true }) header!: string;
  @Input() field?: string;
  /** Shows the field as a date in this format (and on one line). */
  @Input() date?: DateFormat;
  /** Shows the field, a code, as the translation of this key followed by the code (`roles.` → `roles.BUYER`). */
  @Input() key?: string;
  /** Shows the field as an amount in the currency of the row's field of this name (right-aligned, on one line). */
  @Input() amount?: string;
  @Input({ transform: booleanAttribute }) nowrap = false;

  @ViewChild(MatColumnDef, { static: true }) private columnDef!: MatColumnDef;
  @ViewChild(MatCellDef, { static: true }) private cell!: MatCellDef;
  @ViewChild(MatHeaderCellDef, { static: true }) private headerCell!: MatHeaderCellDef;

  ngOnInit(): void {
    this.columnDef.name = this.name;
    this.columnDef.cell = this.cell;
    this.columnDef.headerCell = this.headerCell;
    this.table?.addColumnDef(this.columnDef);
  }

  ngOnDestroy(): void {
    this.table?.removeColumnDef(this.columnDef);
  }

  protected value(row: T): string | null {
    return (row as Record<string, string | null>)[this.field ?? this.name];
  }

  protected currency(row: T): string {
    return (row as Record<string, string>)[this.amount ?? ''];
  }
}
