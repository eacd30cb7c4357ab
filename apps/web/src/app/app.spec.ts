import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiLocale, SessionStore } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { App } from './app';

describe('App', () => {
  beforeEach(() => localStorage.clear());

  it('switches to the signed-in user’s language', async () => {
    const user = signal<{ locale: ApiLocale } | null>(null);
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideI18n(), { provide: SessionStore, useValue: { user } }],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('en');

    user.set({ locale: 'DE' });
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('de');
  });
});
