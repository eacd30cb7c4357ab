import { computed, Signal, signal, WritableSignal } from '@angular/core';
import { AppError, errorTranslation, toAppError } from '../errors/app-error';

/**
 * One page as the API answers it: `{ items, total }` of every paginated query, and for a keyset
 * list the cursors of its first and last rows.
 */
export interface Page<T> {
  items: readonly T[];
  total: number;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * Which page to read, as the API's list arguments take it: the first (no cursor), the one `after`
 * a page's endCursor (next), the one `before` its startCursor (previous), or the `last`.
 */
export interface PageRequest {
  limit: number;
  after?: string;
  before?: string;
  last?: boolean;
}

/** Reads one page. */
export type PageFetch<T> = (page: PageRequest) => Promise<Page<T>>;

/** Where the reader is: the page shown (its number, size and cursors). */
export interface PagePlace {
  pageIndex: number;
  pageSize: number;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * The request that takes the reader from one page to another with the paginator's buttons (first,
 * previous, next, last), and the page number it lands on. A keyset list cannot jump to page N;
 * a move the cursors cannot make (another page size, a lost cursor) starts again from the first page.
 */
export function pageMove(from: PagePlace, to: { pageIndex: number; pageSize: number }, total: number): { request: PageRequest; pageIndex: number } {
  const limit = to.pageSize;
  const lastIndex = Math.max(0, Math.ceil(total / limit) - 1);
  if (to.pageSize !== from.pageSize || to.pageIndex <= 0) return { request: { limit }, pageIndex: 0 };
  if (to.pageIndex === from.pageIndex + 1 && from.endCursor) return { request: { limit, after: from.endCursor }, pageIndex: to.pageIndex };
  if (to.pageIndex === from.pageIndex - 1 && from.startCursor) return { request: { limit, before: from.startCursor }, pageIndex: to.pageIndex };
  if (to.pageIndex >= lastIndex) return { request: { limit, last: true }, pageIndex: lastIndex };
  return { request: { limit }, pageIndex: 0 };
}

/**
 * The reader's place in a keyset-paginated list and the request for the page shown: what
 * `PagedList` and a page that reads its list itself (the case board) share.
 */
export class PagePosition {
  readonly pageIndex = signal(0);
  readonly pageSize: WritableSignal<number>;
  private cursors: { startCursor: string | null; endCursor: string | null } = { startCursor: null, endCursor: null };
  private current: PageRequest;

  constructor(readonly pageSizes: readonly number[] = [25, 50, 100]) {
    this.pageSize = signal(pageSizes[0]);
    this.current = { limit: pageSizes[0] };
  }

  /** The request for the page shown (read again after a change, the same page comes back). */
  request(): PageRequest {
    return this.current;
  }

  /** The page read arrived: its cursors are where the next move starts from. */
  received(page: Page<unknown> | readonly unknown[]): void {
    this.cursors = 'items' in page ? { startCursor: page.startCursor ?? null, endCursor: page.endCursor ?? null } : { startCursor: null, endCursor: null };
  }

  /** The reader moved (a paginator's `page` event). */
  move(event: { pageIndex: number; pageSize: number }, total: number): void {
    const { request, pageIndex } = pageMove({ pageIndex: this.pageIndex(), pageSize: this.pageSize(), ...this.cursors }, event, total);
    this.current = request;
    this.pageIndex.set(pageIndex);
    this.pageSize.set(event.pageSize);
  }

  /** Back to the first page (the filter changed). */
  reset(): void {
    this.current = { limit: this.pageSize() };
    this.pageIndex.set(0);
  }
}

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
      this.received(page);
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

  /** A page arrived (before its rows are shown). */
  protected received(page: Page<T> | readonly T[]): void {
    void page;
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
 * knows where the reader is, and reads pages by the API's cursors (`pageMove`).
 */
export class PagedList<T> extends ItemList<T> {
  private readonly position: PagePosition;
  readonly pageSizes: readonly number[];
  readonly pageIndex: Signal<number>;
  readonly pageSize: Signal<number>;

  constructor(fetch: PageFetch<T>, options: PagedListOptions = {}) {
    super(() => fetch(this.position.request()), options);
    this.position = new PagePosition(options.pageSizes ?? [25, 50, 100]);
    this.pageSizes = this.position.pageSizes;
    this.pageIndex = this.position.pageIndex.asReadonly();
    this.pageSize = this.position.pageSize.asReadonly();
  }

  protected override received(page: Page<T> | readonly T[]): void {
    this.position.received(page);
  }

  /** The reader moved to another page or page size (a paginator's `page` event). */
  page(event: { pageIndex: number; pageSize: number }): void {
    this.position.move(event, this.total());
    void this.load();
  }

  /** The filter changed: back to the first page. */
  restart(): void {
    this.position.reset();
    void this.load();
  }
}
