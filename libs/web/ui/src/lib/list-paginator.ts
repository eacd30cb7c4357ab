import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { TranslatePipe } from '@ngx-translate/core';
import { TableSource } from './paged-table';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';

/**
 * The paginator of a list shown as cards rather than a table (the decider inbox, needs): first,
 * previous, next and last page of a `PagedList` (@bc/web/data-access), shown only when the list
 * holds more than one page of the smallest size.
 */
@Component({
  selector: 'bc-list-paginator',
  imports: [MatPaginatorModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  template: `
    @if (shown()) {
      <mat-paginator
        [length]="source().total?.() ?? 0"
        [pageIndex]="source().pageIndex?.() ?? 0"
        [pageSize]="source().pageSize?.() ?? 25"
        [pageSizeOptions]="source().pageSizes ?? [25, 50, 100]"
        [showFirstLastButtons]="true"
        [attr.aria-label]="label() | translate"
        (page)="source().page?.($event)"
      />
    }
  `,
})
export class ListPaginator<T> {
  readonly source = input.required<TableSource<T>>();
  /** Translation key of the paginator's accessible name. */
  readonly label = input.required<string>();
  protected readonly shown = computed(() => (this.source().total?.() ?? 0) > (this.source().pageSizes?.[0] ?? 25));
}
