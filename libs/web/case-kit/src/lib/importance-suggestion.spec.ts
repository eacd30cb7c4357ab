import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ImportanceClass, Locale } from '@bc/shared/domain';
import { SuggestImportanceGQL } from '@bc/web/data-access';
import { LanguageService, provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { of, throwError } from 'rxjs';
import { ImportanceSuggestion } from './importance-suggestion';

const figures = {
  code: '30200000-1',
  label: 'Computer equipment and supplies',
  labelDe: 'Computeranlagen und Zubehör',
  spend: '12000.00',
  spendShare: 42.5,
  supplyRisk: 61.25,
  quadrant: ImportanceClass.STRATEGIC,
  qualifiedSuppliers: 2,
  singleSourceShare: 50,
  hhi: 5200,
  cases: 4,
  disagreeing: 1,
  explanation: 'English text',
  chosen: [],
};

@Component({
  imports: [ImportanceSuggestion],
  template: `<bc-importance-suggestion [category]="category()" [chosen]="chosen()" (take)="chosen.set($event)" />`,
})
class Host {
  readonly category = signal<string | null>(null);
  readonly chosen = signal<ImportanceClass | null>(ImportanceClass.ROUTINE);
}

/** The answer arrives after a turn of the event loop; then the view updates. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function render(fetch: jest.Mock) {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [Host], providers: [provideI18n(), provideIcons(), { provide: SuggestImportanceGQL, useValue: { fetch } }] });
  await TestBed.inject(LanguageService).use(Locale.EN);
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement, host: fixture.componentInstance };
}

describe('the importance suggestion on a new case', () => {
  it('asks once a category is chosen, explains the suggestion and sets it only when the user takes it', async () => {
    const fetch = jest.fn(() => of({ data: { suggestImportance: { category: '30213100-6', group: '30200000-1', suggested: ImportanceClass.STRATEGIC, explanation: 'x', figures } } }));
    const { fixture, element, host } = await render(fetch);
    expect(fetch).not.toHaveBeenCalled();
    expect(element.textContent?.trim()).toBe('');

    host.category.set('30213100-6');
    await settle(fixture);
    expect(fetch).toHaveBeenCalledWith({ variables: { category: '30213100-6' } });
    const text = element.textContent ?? '';
    expect(text).toContain('Suggested from your data: Strategic');
    expect(text).toContain('Computer equipment and supplies: 42.5 % of your spend in the last 12 months, supply risk 61.3 of 100');
    expect(text).toContain('Your choice stays yours');
    // The user's choice stands until they take the suggestion.
    expect(host.chosen()).toBe(ImportanceClass.ROUTINE);
    const take = element.querySelector('button') as HTMLButtonElement;
    expect(take.textContent?.trim()).toBe('Use Strategic');
    take.click();
    await fixture.whenStable();
    expect(host.chosen()).toBe(ImportanceClass.STRATEGIC);
    expect(element.querySelector('button')).toBeNull();
  });

  it('says when the data has nothing to suggest, and shows nothing to whoever may not ask', async () => {
    const fetch = jest.fn(() => of({ data: { suggestImportance: { category: '03100000-2', group: '03100000-2', suggested: null, explanation: 'no spend', figures: null } } }));
    const { fixture, element, host } = await render(fetch);
    host.category.set('03100000-2');
    await settle(fixture);
    expect(element.textContent).toContain('No suggestion: no awarded spend in this category');

    fetch.mockImplementation(() => throwError(() => new Error('FORBIDDEN')));
    host.category.set('30200000-1');
    await settle(fixture);
    expect(element.textContent?.trim()).toBe('');
  });
});
