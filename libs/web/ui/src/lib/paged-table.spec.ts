import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatTableModule } from '@angular/material/table';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { provideIcons } from './icons';
import { PagedTable, TableEmptyState, TableSource } from './paged-table';

interface Row {
  id: string;
  name: string;
}

describe('the paged table', () => {
  const pages: Array<{ pageIndex: number; pageSize: number }> = [];
  const items = signal<Row[]>([]);
  const loading = signal(true);
  const total = signal(0);
  const error = signal<{ key: string; params: Record<string, unknown> } | null>(null);
  const source: TableSource<Row> = {
    items,
    loading,
    total,
    errorMessage: error,
    pageIndex: signal(0),
    pageSize: signal(25),
    pageSizes: [25, 50],
    page: (event) => pages.push(event),
  };

  @Component({
    imports: [PagedTable, MatTableModule],
    template: `
      <bc-paged-table
        [source]="source"
        [columns]="['name']"
        label="list.title"
        emptyText="list.empty"
        count="list.found"
        paginatorLabel="list.paginator"
        [emptyState]="emptyState"
        [muted]="muted"
      >
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
          <td mat-cell *matCellDef="let row">{{ row.name }}</td>
        </ng-container>
      </bc-paged-table>
    `,
  })
  class Host {
    readonly source = source;
    emptyState: TableEmptyState | null = null;
    readonly muted = (row: Row) => row.id === 'b';
  }

  async function render(emptyState: TableEmptyState | null = null) {
    TestBed.configureTestingModule({ imports: [Host], providers: [provideTranslateService({ lang: 'en' }), provideIcons()] });
    TestBed.inject(TranslateService).setTranslation('en', {
      common: { loading: 'Loading…' },
      list: { title: 'Suppliers', empty: 'None match', found: '{{count}} found', paginator: 'Pages', emptyTitle: 'Nothing yet', emptyText: 'Add one' },
      errors: { NETWORK: 'No connection' },
    });
    TestBed.inject(TranslateService).use('en');
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.emptyState = emptyState;
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => {
    items.set([]);
    loading.set(true);
    total.set(0);
    error.set(null);
    pages.length = 0;
  });

  it('shows the page\'s columns and rows under the count, named, with a paginator that reports the page', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
    expect(element.querySelector('.bc-empty-cell')?.textContent?.trim()).toBe('Loading…');
    items.set([{ id: 'a', name: 'Hanse' }, { id: 'b', name: 'Alpine' }]);
    total.set(40);
    loading.set(false);
    await fixture.whenStable();
    expect(element.querySelector('mat-progress-bar')).toBeNull();
    expect(element.querySelector('table')?.getAttribute('aria-label')).toBe('Suppliers');
    expect(element.querySelector('th')?.textContent?.trim()).toBe('Name');
    const rows = Array.from(element.querySelectorAll('tr.mat-mdc-row'));
    expect(rows.map((r) => r.textContent?.trim())).toEqual(['Hanse', 'Alpine']);
    expect(rows.map((r) => r.classList.contains('bc-row--muted'))).toEqual([false, true]);
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('40 found');
    // The product's one paginator markup: the table shows bc-list-paginator, not a copy of its own.
    expect(element.querySelector('bc-list-paginator mat-paginator')?.getAttribute('aria-label')).toBe('Pages');
    element.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    expect(pages).toEqual([{ pageIndex: 1, pageSize: 25 }]);
  });

  it('says when nothing matches, and shows a failed read in its banner', async () => {
    const { fixture, element } = await render();
    loading.set(false);
    await fixture.whenStable();
    expect(element.querySelector('.bc-empty-cell')?.textContent?.trim()).toBe('None match');
    error.set({ key: 'errors.NETWORK', params: {} });
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe('No connection');
  });

  it('shows the empty state in place of the table once an empty list has loaded', async () => {
    const { fixture, element } = await render({ icon: '', heading: 'list.emptyTitle', text: 'list.emptyText' });
    const table = () => element.querySelector<HTMLElement>('.bc-table-wrap');
    expect(table()?.hidden).toBe(false);
    expect(element.querySelector('bc-empty-state')).toBeNull();
    loading.set(false);
    await fixture.whenStable();
    expect(table()?.hidden).toBe(true);
    expect(element.querySelector('bc-empty-state h2')?.textContent?.trim()).toBe('Nothing yet');
    expect(element.querySelector('bc-empty-state p')?.textContent?.trim()).toBe('Add one');
    items.set([{ id: 'a', name: 'Hanse' }]);
    total.set(1);
    await fixture.whenStable();
    expect(table()?.hidden).toBe(false);
    expect(element.querySelector('bc-empty-state')).toBeNull();
    expect(Array.from(element.querySelectorAll('tr.mat-mdc-row')).map((r) => r.textContent?.trim())).toEqual(['Hanse']);
  });
});
