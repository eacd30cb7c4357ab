import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrganizationKind, Permission, permissionsOf, Role } from '@bc/shared/domain';
import { SessionStore } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { Shell } from './shell';

function render(roles: Role[]) {
  const session = {
    user: signal({ id: 'u1', name: 'Birgit Buyer', email: 'buyer@nordwind.example', roles }),
    organization: signal({ id: 'o1', name: 'Nordwind Maschinenbau GmbH', kind: OrganizationKind.BUYING }),
    permissions: signal<Permission[]>(permissionsOf(roles)),
    signOut: jest.fn(),
  };
  TestBed.configureTestingModule({
    imports: [Shell],
    providers: [provideRouter([]), provideI18n(), provideIcons(), { provide: SessionStore, useValue: session }],
  });
  const fixture = TestBed.createComponent(Shell);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const navLinks = () => Array.from(element.querySelectorAll('nav a')).map((a) => a.textContent?.trim());
  return { fixture, element, navLinks, session };
}

describe('the shell', () => {
  beforeEach(() => localStorage.clear());

  it('shows a buyer the workspace, needs and the supplier directory', () => {
    expect(render([Role.BUYER]).navLinks()).toEqual(['Buyer workspace', 'My needs', 'Incoming needs', 'Supplier directory']);
  });

  it('shows a requester their needs but not the incoming ones, nor the case board they have no work on', () => {
    expect(render([Role.REQUESTER]).navLinks()).toEqual(['My needs', 'Supplier directory']);
  });

  it('shows an admin the user administration, the purchasing policy, the audit trail and the email outbox, not the workspace', () => {
    expect(render([Role.ADMIN]).navLinks()).toEqual(['Users', 'Purchasing policy', 'Audit trail', 'Email outbox']);
  });

  it('shows a decider the workspace and the inbox, and a supplier only the portal', () => {
    expect(render([Role.DECIDER]).navLinks()).toEqual(['Buyer workspace', 'Supplier directory', 'Decider inbox']);
    TestBed.resetTestingModule();
    expect(render([Role.SUPPLIER]).navLinks()).toEqual(['Supplier portal']);
  });

  it('has the landmarks and names the account menu after the user', () => {
    const { element } = render([Role.BUYER]);
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect(element.querySelector('main#main')).not.toBeNull();
    expect(element.querySelector('.bc-user-button')?.getAttribute('aria-label')).toBe('Account menu: Birgit Buyer');
  });
});
