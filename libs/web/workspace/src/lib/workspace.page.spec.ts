import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Role } from '@bc/shared/domain';
import { SessionStore } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { WorkspacePage } from './workspace.page';

describe('the buyer workspace', () => {
  it('welcomes the user with their roles and says honestly that there are no cases yet', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [WorkspacePage],
      providers: [
        provideI18n(),
        provideIcons(),
        {
          provide: SessionStore,
          useValue: {
            user: signal({ name: 'Birgit Buyer', roles: [Role.BUYER, Role.GATEKEEPER] }),
            organization: signal({ name: 'Nordwind Maschinenbau GmbH' }),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(WorkspacePage);
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Buyer workspace');
    expect(text).toContain('Welcome, Birgit Buyer');
    expect(text).toContain('Gatekeeper');
    expect(text).toContain('No purchase cases yet');
  });
});
