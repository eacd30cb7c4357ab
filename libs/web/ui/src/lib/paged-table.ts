import { AfterContentInit, ChangeDetectionStrategy, Component, computed, contentChildren, forwardRef, input, Signal, signal, ViewChild } from '@angular/core';
import { MatColumnDef, MatTable, MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { EmptyState } from './empty-state';
import { ListPaginator } from './list-paginator';
import { LoadStatus } from './load-status';
import { ScrollRegion } from './scroll-region';
import { ColumnHost } from './text-column';

/**
 * What a table shows: its rows and whether they are loading; for a paginated list also the total,
 * the page and a `page` handler; for a page that shows its errors here, the error's message.
 * `PagedList` (@bc/web/data-access) is one.
 */
export interface TableSource<T> {
  readonly items: Signal<readonly T[]>;
  readonly loading: Signal<boolean>;
  readonly errorMessage?: Signal<{ key: string; params: Record<string, unknown> } | null>;
  readonly total?: Signal<number>;
  readonly pageIndex?: Signal<number>;
  readonly pageSize?: Signal<number>;
  readonly pageSizes?: readonly number[];
  page?(event: { pageIndex: number; pageSize: number }): void;
}

/** The source of rows the page already holds (a case's team, a supplier's contacts): never loading, one page. */
export function rowsSource<T>(rows: () => readonly T[]): TableSource<T> {
  return { items: computed(rows), loading: signal(false).asReadonly() };
}

/** Translation keys of the empty state shown in place of the table when a loaded list is empty. */
export interface TableEmptyState {
  icon: string;
  heading: string;
  text: string;
}

/**
 * The product's one list table: error banner and loading bar, the result count, the bordered
 * table with its "nothing here" row or an empty state, and the paginator. The page declares only
 * its columns, as `<ng-container matColumnDef>` children (Material's wrapped-table pattern) or as
 * `<bc-text-column>` children, which register through the `ColumnHost` this table provides.
 */
@Component({
  selector: 'bc-paged-table',
  imports: [MatTableModule, TranslatePipe, EmptyState, LoadStatus, ListPaginator, ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: ColumnHost, useExisting: forwardRef(() => PagedTable) }],
  templateUrl: './paged-table.html',
  styleUrl: './paged-table.scss',
})
export class PagedTable<T> implements AfterContentInit, ColumnHost {
  readonly source = input.required<TableSource<T>>();
  readonly columns = input.required<readonly string[]>();
  /** Translation key of the table's accessible name (or `labelledBy`, the id of a heading). */
  readonly label = input('');
  readonly labelledBy = input('');
  /** Translation key of the row shown when the loaded list is empty. */
  readonly emptyText = input('');
  readonly emptyState = input<TableEmptyState | null>(null);
  /** Translation key of the "n found" line, with `count`. */
  readonly count = input('');
  /** Translation key of the paginator's accessible name; the paginator shows when the source pages. */
  readonly paginatorLabel = input('');
  /** False when the page shows loading and errors itself (one banner for several tables). */
  readonly status = input(true);
  readonly muted = input<(row: T) => boolean>(() => false);

  private readonly columnDefs = contentChildren(MatColumnDef);
  @ViewChild(MatTable, { static: true }) private table!: MatTable<T>;

  protected readonly total = computed(() => this.source().total?.() ?? this.source().items().length);
  protected readonly paged = computed(() => !!this.source().page && !!this.paginatorLabel());
  protected readonly showEmptyState = computed(() => {
    const source = this.source();
    return !!this.emptyState() && !source.loading() && !source.errorMessage?.() && this.total() === 0;
  });
  protected readonly noDataText = computed(() => (this.source().loading() || !this.emptyText() ? 'common.loading' : this.emptyText()));

  ngAfterContentInit(): void {
    for (const def of this.columnDefs()) this.table.addColumnDef(def);
  }

  addColumnDef(def: MatColumnDef): void {
    this.table.addColumnDef(def);
  }

  removeColumnDef(def: MatColumnDef): void {
    this.table.removeColumnDef(def);
  }
}
