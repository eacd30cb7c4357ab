import { computed, signal, WritableSignal } from '@angular/core';
import { AppError, errorTranslation, toAppError } from '../errors/app-error';

/** One page as the API answers it (`{ items, total }` of every paginated query). */
export interface Page<T> {
  items: readonly T[];
  total: number;
}

/** Reads one page: `limit` rows from `offset` on. */
export type PageFetch<T> = (limit: number, offset: number) => Promise<Page<T>>;

export interface ListOptions {
  /**
   * Gets a failed read first: true when it has shown the error itself (at a form field, say);
   * the list is then emptied instead of showing the banner.
   */
  handleError?: (error: AppError) => boolean;
}

export interface PagedListOptions extends ListOptions {
  /** The page sizes the reader can choose; the first is the default. */
  pageSizes?: readonly number[];
}

/**
 * A list a page reads from the API: its rows, loading, the last error and its message. What
 * `bc-paged-table` (@bc/web/ui) shows; the page supplies only how to read the list.
 */
export class ItemList<T> {
  protected readonly rows = signal<readonly T[]>([]);
  readonly items = this.rows.asReadonly();
  readonly total = signal(0);
  readonly loading = signal(true);
  readonly error = signal<AppError | null>(null);
  readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });
  /** Loaded, no error, and nothing there. */
  readonly empty = computed(() => !this.loading() && !this.error() && this.total() === 0);

  constructor(
    private readonly read: () => Promise<Page<T> | readonly T[]>,
    private readonly options: ListOptions = {},
  ) {}

  /** Reads the list (the current page of it) again. */
  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.read();
      const items = 'items' in page ? page.items : (page as readonly T[]);
      this.rows.set(items);
      this.total.set('total' in page ? page.total : items.length);
    } catch (thrown) {
      const error = toAppError(thrown);
      if (this.options.handleError?.(error)) {
        this.rows.set([]);
        this.total.set(0);
      } else {
        this.error.set(error);
      }
    } finally {
      this.loading.set(false);
    }
  }

  /** Takes rows out (after a mutation removed them from what the list shows). */
  remove(match: (row: T) => boolean): void {
    const before = this.rows().length;
    this.rows.update((list) => list.filter((row) => !match(row)));
    this.total.update((total) => Math.max(0, total - (before - this.rows().length)));
  }

  /** Puts a changed row in place (after a mutation answered with it). */
  replace(updated: T, same: (a: T, b: T) => boolean): void {
    this.rows.update((list) => list.map((row) => (same(row, updated) ? updated : row)));
  }
}

/**
 * A paginated list (audit trail, email outbox, supplier directory…): an `ItemList` that also
 * knows where the reader is.
 */
export class PagedList<T> extends ItemList<T> {
  readonly pageSizes: readonly number[];
  readonly pageIndex = signal(0);
  readonly pageSize: WritableSignal<number>;

  constructor(fetch: PageFetch<T>, options: PagedListOptions = {}) {
    super(() => fetch(this.pageSize(), this.pageIndex() * this.pageSize()), options);
    this.pageSizes = options.pageSizes ?? [25, 50, 100];
    this.pageSize = signal(this.pageSizes[0]);
  }

  /** The reader moved to another page or page size (a paginator's `page` event). */
  page(event: { pageIndex: number; pageSize: number }): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  /** The filter changed: back to the first page. */
  restart(): void {
    this.pageIndex.set(0);
    void this.load();
  }
}
