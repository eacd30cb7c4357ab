import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrganizationKind, Permission, permissionsOf, Role, TaskKind } from '@bc/shared/domain';
import { SessionStore, TasksStore } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { Shell } from './shell';

function render(roles: Role[], waiting: Partial<Record<TaskKind, number>> = {}) {
  const counts = signal(waiting);
  const tasks = {
    refresh: jest.fn().mockResolvedValue(undefined),
    total: computed(() => Object.values(counts()).reduce((sum, n) => sum + (n ?? 0), 0)),
    countOf: (kinds: readonly TaskKind[]) => kinds.reduce((sum, k) => sum + (counts()[k] ?? 0), 0),
  };
  const session = {
    user: signal({ id: 'u1', name: 'Birgit Buyer', email: 'buyer@nordwind.example', roles }),
    organization: signal({ id: 'o1', name: 'Nordwind Maschinenbau GmbH', kind: OrganizationKind.BUYING }),
    permissions: signal<Permission[]>(permissionsOf(roles)),
    signOut: jest.fn(),
  };
  TestBed.configureTestingModule({
    imports: [Shell],
    providers: [provideRouter([]), provideI18n(), provideIcons(), { provide: SessionStore, useValue: session }, { provide: TasksStore, useValue: tasks }],
  });
  const fixture = TestBed.createComponent(Shell);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const navLinks = () => Array.from(element.querySelectorAll('nav a .bc-nav-label')).map((a) => a.textContent?.trim());
  return { fixture, element, navLinks, session, tasks };
}

describe('the shell', () => {
  beforeEach(() => localStorage.clear());

  it('shows a buyer the workspace, needs, the supplier directory and analytics', () => {
    expect(render([Role.BUYER]).navLinks()).toEqual(['My tasks', 'Buyer workspace', 'My needs', 'Incoming needs', 'Supplier directory', 'Analytics']);
  });

  it('shows a requester their needs but not the incoming ones, nor the case board they have no work on', () => {
    expect(render([Role.REQUESTER]).navLinks()).toEqual(['My tasks', 'My needs', 'Supplier directory']);
  });

  it('shows an admin analytics, the user administration, the purchasing policy, the audit trail and the email outbox, not the workspace', () => {
    expect(render([Role.ADMIN]).navLinks()).toEqual(['My tasks', 'Analytics', 'Users', 'Purchasing policy', 'Audit trail', 'Email outbox']);
  });

  it('shows a decider the workspace, the inbox and analytics, and a supplier only the portal and its scorecards', () => {
    expect(render([Role.DECIDER]).navLinks()).toEqual(['My tasks', 'Buyer workspace', 'Supplier directory', 'Decider inbox', 'Analytics']);
    TestBed.resetTestingModule();
    expect(render([Role.SUPPLIER]).navLinks()).toEqual(['My tasks', 'Supplier portal', 'My scorecards']);
  });

  it("shows a supplier company's admin the Colleagues page next to the portal, and nothing of the buying side", () => {
    expect(render([Role.SUPPLIER, Role.SUPPLIER_ADMIN]).navLinks()).toEqual(['My tasks', 'Supplier portal', 'My scorecards', 'Colleagues']);
  });

  it('has the landmarks and names the account menu after the user', () => {
    const { element } = render([Role.BUYER]);
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect(element.querySelector('main#main')).not.toBeNull();
    expect(element.querySelector('.bc-user-button')?.getAttribute('aria-label')).toBe('Account menu: Birgit Buyer');
  });

  it('counts what waits on My tasks (all) and on the page where it is done, as the link\'s description, not its name (issue 11)', () => {
    const { element, tasks } = render([Role.DECIDER, Role.BUYER], { [TaskKind.AWARD_APPROVAL]: 2, [TaskKind.NEED_WAITING]: 1 });
    expect(tasks.refresh).toHaveBeenCalled();
    const link = (label: string) => Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a')).find((a) => a.querySelector('.bc-nav-label')?.textContent?.trim() === label)!;
    const described = (a: HTMLAnchorElement) => {
      const id = a.getAttribute('aria-describedby');
      return id ? element.querySelector(`#${id}`)?.textContent?.trim() : null;
    };
    expect(link('My tasks').querySelector('.bc-nav-count')?.textContent?.trim()).toBe('3');
    expect(described(link('My tasks'))).toBe('3 waiting');
    expect(described(link('Decider inbox'))).toBe('2 waiting');
    expect(described(link('Incoming needs'))).toBe('1 waiting');
    expect(link('Decider inbox').querySelector('.bc-nav-count')?.getAttribute('aria-hidden')).toBe('true');
    expect(link('Supplier directory').getAttribute('aria-describedby')).toBeNull();
    expect(link('Supplier directory').querySelector('.bc-nav-count')).toBeNull();
  });
});
