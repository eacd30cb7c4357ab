import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatTableModule } from '@angular/material/table';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { PagedTable, TableSource } from './paged-table';
import { TextColumn } from './text-column';

describe('the text column', () => {
  @Component({
    imports: [MatTableModule, TextColumn],
    template: `
      <table mat-table [dataSource]="rows">
        <bc-text-column name="name" header="list.name" />
        <bc-text-column name="role" field="position" header="list.role" nowrap />
        <bc-text-column name="since" header="list.since" date="date" />
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    `,
  })
  class Host {
    readonly rows = [{ name: 'Acme', position: 'Buyer', since: '2026-03-01T10:00:00Z' }];
    readonly columns = ['name', 'role', 'since'];
  }

  it('adds its column to the table: a translated header for the column, the row field as text', async () => {
    TestBed.configureTestingModule({ imports: [Host], providers: [provideTranslateService({ lang: 'en' })] });
    TestBed.inject(TranslateService).setTranslation('en', { list: { name: 'Name', role: 'Role', since: 'Since' } });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const headers = [...element.querySelectorAll('th')];
    expect(headers.map((th) => th.textContent?.trim())).toEqual(['Name', 'Role', 'Since']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const cells = [...element.querySelectorAll('td')];
    expect(cells[0].textContent).toBe('Acme');
    expect(cells[1].textContent).toBe('Buyer');
    expect(cells[1].classList).toContain('bc-nowrap');
    expect(cells[0].classList).not.toContain('bc-nowrap');
    expect(cells[2].textContent).toMatch(/2026/);
    expect(cells[2].classList).toContain('bc-nowrap');
  });

  it('stands in a paged table as well, and shows an amount in the row\'s currency, right-aligned, and a code by its translation', async () => {
    @Component({
      imports: [PagedTable, TextColumn],
      template: `
        <bc-paged-table [source]="source" [columns]="['name', 'value', 'kind']" label="list.name">
          <bc-text-column name="name" header="list.name" />
          <bc-text-column name="value" header="list.value" amount="currency" />
          <bc-text-column name="kind" header="list.kind" key="kinds." />
        </bc-paged-table>
      `,
    })
    class PagedHost {
      readonly source: TableSource<object> = { items: signal([{ name: 'Gloves', value: '1200.50', currency: 'EUR', kind: 'GOODS' }]), loading: signal(false) };
    }
    TestBed.configureTestingModule({ imports: [PagedHost], providers: [provideTranslateService({ lang: 'en' })] });
    TestBed.inject(TranslateService).setTranslation('en', { list: { name: 'Name', value: 'Value', kind: 'Kind' }, kinds: { GOODS: 'Goods' } });
    TestBed.inject(TranslateService).use('en');
    const fixture = TestBed.createComponent(PagedHost);
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect([...element.querySelectorAll('th')].map((th) => th.textContent?.trim())).toEqual(['Name', 'Value', 'Kind']);
    expect(element.querySelectorAll('th')[1].classList).toContain('bc-num');
    const cells = [...element.querySelectorAll('td')];
    expect(cells[0].textContent).toBe('Gloves');
    expect(cells[1].textContent).toBe('€1,200.50');
    expect(cells[1].classList).toContain('bc-num');
    expect(cells[1].classList).toContain('bc-nowrap');
    expect(cells[2].textContent).toBe('Goods');
  });
});
