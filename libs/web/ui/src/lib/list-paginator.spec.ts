import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { ListPaginator } from './list-paginator';
import { TableSource } from './paged-table';

describe('the list paginator', () => {
  const total = signal(0);
  /** A source whose `page` is a method that needs its `this`, as `PagedList`'s does. */
  class Source implements TableSource<string> {
    readonly pages: Array<{ pageIndex: number; pageSize: number }> = [];
    readonly items = signal(['a']);
    readonly loading = signal(false);
    readonly total = total;
    readonly pageIndex = signal(0);
    readonly pageSize = signal(25);
    readonly pageSizes = [25, 50];
    page(event: { pageIndex: number; pageSize: number }): void {
      this.pages.push(event);
    }
  }
  let source = new Source();
  const pages = () => source.pages;

  @Component({
    imports: [ListPaginator],
    template: `<bc-list-paginator [source]="source" label="list.paginator" [whenOnePage]="whenOnePage" />`,
  })
  class Host {
    readonly source = source;
    whenOnePage = false;
  }

  async function render(whenOnePage: boolean) {
    TestBed.configureTestingModule({ imports: [Host], providers: [provideTranslateService({ lang: 'en' })] });
    TestBed.inject(TranslateService).setTranslation('en', { list: { paginator: 'Pages' }, paginator: { firstPage: 'First page', lastPage: 'Last page' } });
    TestBed.inject(TranslateService).use('en');
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.whenOnePage = whenOnePage;
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => {
    source = new Source();
    total.set(0);
  });

  it('shows first, previous, next and last page, named in the active language, and reports the page chosen', async () => {
    total.set(60);
    const { element } = await render(false);
    expect(element.querySelector('mat-paginator')?.getAttribute('aria-label')).toBe('Pages');
    const buttons = ['first', 'previous', 'next', 'last'].map((b) => element.querySelector<HTMLButtonElement>(`.mat-mdc-paginator-navigation-${b}`));
    expect(buttons.every((b) => b !== null)).toBe(true);
    expect(buttons[0]?.getAttribute('aria-label')).toBe('First page');
    buttons[3]?.click();
    expect(pages()).toEqual([{ pageIndex: 2, pageSize: 25 }]);
  });

  it('hides under a list that fits on one page of the smallest size, unless asked to show there too', async () => {
    total.set(25);
    const cards = await render(false);
    expect(cards.element.querySelector('mat-paginator')).toBeNull();
    total.set(26);
    await cards.fixture.whenStable();
    expect(cards.element.querySelector('mat-paginator')).not.toBeNull();

    TestBed.resetTestingModule();
    total.set(3);
    const table = await render(true);
    expect(table.element.querySelector('mat-paginator')).not.toBeNull();
  });
});
