import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { TranslatePipe } from '@ngx-translate/core';
import type { TableSource } from './paged-table';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';

/**
 * The product's one paginator: first, previous, next and last page of a `TableSource` (a
 * `PagedList` of @bc/web/data-access), with its page sizes, named for screen readers in the active
 * language. `bc-paged-table` shows it under its table; a list shown as cards (the decider inbox,
 * needs, the supplier portal) shows it under its cards, and there only when the list holds more
 * than one page of the smallest size (`whenOnePage` false): one page needs no paging.
 */
@Component({
  selector: 'bc-list-paginator',
  imports: [MatPaginatorModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  template: `
    @if (shown()) {
      <mat-paginator
        [length]="length()"
        [pageIndex]="source().pageIndex?.() ?? 0"
        [pageSize]="source().pageSize?.() ?? 25"
        [pageSizeOptions]="source().pageSizes ?? [25, 50, 100]"
        [showFirstLastButtons]="true"
        [attr.aria-label]="label() | translate"
        (page)="changePage($event)"
      />
    }
  `,
})
export class ListPaginator<T> {
  readonly source = input.required<TableSource<T>>();
  /** Translation key of the paginator's accessible name. */
  readonly label = input.required<string>();
  /** Shown also when everything fits on one page (a table's paginator says "1 – 3 of 3"). */
  readonly whenOnePage = input(false);

  /** The whole list's length: its total, or the rows held when the source does not count. */
  protected readonly length = computed(() => this.source().total?.() ?? this.source().items().length);
  protected readonly shown = computed(() => this.whenOnePage() || this.length() > (this.source().pageSizes?.[0] ?? 25));

  /**
   * Called on the source, as its method: a template's `source().page?.(…)` would call it unbound,
   * and a `PagedList` moves its own position in `page`.
   */
  protected changePage(event: { pageIndex: number; pageSize: number }): void {
    this.source().page?.({ pageIndex: event.pageIndex, pageSize: event.pageSize });
  }
}
