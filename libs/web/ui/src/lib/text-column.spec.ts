import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatTableModule } from '@angular/material/table';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
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
});
