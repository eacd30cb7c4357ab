import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { RoleChips } from './role-chips';

describe('role chips', () => {
  it('show each role by its translated name', async () => {
    TestBed.configureTestingModule({ imports: [RoleChips], providers: [provideTranslateService({ lang: 'en' })] });
    TestBed.inject(TranslateService).setTranslation('en', { roles: { BUYER: 'Buyer', DECIDER: 'Decider' } });
    const fixture = TestBed.createComponent(RoleChips);
    fixture.componentRef.setInput('roles', ['BUYER', 'DECIDER']);
    fixture.componentRef.setInput('label', 'Roles');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(Array.from(element.querySelectorAll('mat-chip')).map((c) => c.textContent?.trim())).toEqual(['Buyer', 'Decider']);
    expect(element.querySelector('mat-chip-set')?.getAttribute('aria-label')).toBe('Roles');
  });
});
