import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { LanguageSwitch } from './language-switch';

describe('the language switch', () => {
  it('reports a click on the language already shown as a choice, as it does one on the other', async () => {
    TestBed.configureTestingModule({ imports: [LanguageSwitch], providers: [provideTranslateService({ lang: 'en' })] });
    const fixture = TestBed.createComponent(LanguageSwitch);
    fixture.componentRef.setInput('value', 'en');
    fixture.componentRef.setInput('languages', ['en', 'de']);
    const chosen: string[] = [];
    fixture.componentInstance.chosen.subscribe((language) => chosen.push(language));
    await fixture.whenStable();

    const button = (lang: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(`mat-button-toggle[lang=${lang}] button`);
    expect(button('en')?.getAttribute('aria-checked')).toBe('true');
    button('en')?.click();
    button('de')?.click();
    expect(chosen).toEqual(['en', 'de']);
  });
});
