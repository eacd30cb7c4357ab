import { booleanAttribute, ChangeDetectionStrategy, Component, inject, Input, OnDestroy, OnInit, ViewChild } from '@angular/core';
import { MatCellDef, MatColumnDef, MatHeaderCellDef, MatTable, MatTableModule } from '@angular/material/table';
import { BcDatePipe, DateFormat } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A table column that shows one field of the row as text, under a translated header — the column
 * most tables repeat. Works like Material's `mat-text-column` (it registers its column with the
 * parent table) but keeps the header's `scope="col"`, can show the field as a date, and can keep
 * the cell on one line:
 *
 * `<bc-text-column name="validFrom" header="supplier.validFrom" date="date" />`
 * `<bc-text-column name="role" field="position" header="supplier.contactRole" />`
 */
@Component({
  selector: 'bc-text-column',
  imports: [MatTableModule, TranslatePipe, BcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container matColumnDef>
      <th mat-header-cell *matHeaderCellDef scope="col">{{ header | translate }}</th>
      <td mat-cell *matCellDef="let row" [class.bc-nowrap]="nowrap || date">{{ date ? (value(row) | bcDate: date) : value(row) }}</td>
    </ng-container>
  `,
})
export class TextColumn<T> implements OnInit, OnDestroy {
  private readonly table = inject<MatTable<T>>(MatTable, { optional: true });

  /** The column's name, as the table's displayed columns list it; the row's field unless `field` says otherwise. */
  @Input({ required: true }) name!: string;
  /** The translation key of the header. */
  @Input({ required: true }) header!: string;
  @Input() field?: string;
  /** Shows the field as a date in this format (and on one line). */
  @Input() date?: DateFormat;
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
}
