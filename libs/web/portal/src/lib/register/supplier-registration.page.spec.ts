import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ErrorCode, Permission } from '@bc/shared/domain';
import { ClaimSupplierInvitationGQL, DeclineRfqFromLinkGQL, RegisterSupplierGQL, SessionStore, SupplierRegistrationGQL } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { of, throwError } from 'rxjs';
import { SupplierRegistrationPage } from './supplier-registration.page';

const preview = {
  buyerName: 'Nordwind Maschinenbau',
  supplierName: 'Hanse Industrie GmbH',
  rfqReference: 'RFQ-2026-0007',
  rfqTitle: 'Hydraulic press',
  closesAt: '2099-01-10T16:00:00Z',
  email: 'sales@hanse.example',
};

async function render(options: { fetch: jest.Mock; permissions?: Permission[] }) {
  const permissions = signal<Permission[]>(options.permissions ?? []);
  const session = {
    status: computed(() => (options.permissions ? 'signed-in' : 'signed-out')),
    permissions,
    user: () => ({ name: 'Felix Brandt' }),
    organization: () => ({ name: 'Hanse Industrie GmbH' }),
    ensureLoaded: jest.fn().mockResolvedValue(options.permissions ? {} : null),
    signedIn: jest.fn(),
  };
  const register = jest.fn();
  const claim = jest.fn().mockReturnValue(of({ data: { claimSupplierInvitation: { id: 'inv-9' } } }));
  const decline = jest.fn().mockReturnValue(of({ data: { declineRfqFromLink: true } }));
  TestBed.configureTestingModule({
    imports: [SupplierRegistrationPage],
    providers: [
      provideRouter([]),
      provideI18n(),
      provideIcons(),
      { provide: SessionStore, useValue: session },
      { provide: SupplierRegistrationGQL, useValue: { fetch: options.fetch } },
      { provide: RegisterSupplierGQL, useValue: { mutate: register } },
      { provide: ClaimSupplierInvitationGQL, useValue: { mutate: claim } },
      { provide: DeclineRfqFromLinkGQL, useValue: { mutate: decline } },
    ],
  });
  const fixture = TestBed.createComponent(SupplierRegistrationPage);
  fixture.componentRef.setInput('token', 'x'.repeat(40));
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  return { element: fixture.nativeElement as HTMLElement, settle, claim, decline, navigate };
}

describe('the supplier registration page', () => {
  beforeEach(() => localStorage.clear());

  it('shows what the link is for and prefills the company', async () => {
    const { element } = await render({ fetch: jest.fn().mockReturnValue(of({ data: { supplierRegistration: preview } })) });
    expect(element.textContent).toContain('Nordwind Maschinenbau invites you to quote');
    expect(element.textContent).toContain('RFQ-2026-0007');
    const company = element.querySelector<HTMLInputElement>('input[autocomplete=organization]');
    expect(company?.value).toBe('Hanse Industrie GmbH');
  });

  it('says clearly when the link is no longer valid', async () => {
    const invalid = { code: ErrorCode.INVITATION_INVALID, message: 'invalid' };
    const { element } = await render({ fetch: jest.fn().mockReturnValue(throwError(() => invalid)) });
    expect(element.querySelector('[role=alert]')?.textContent).toContain('This link can no longer be used.');
    expect(element.querySelector('form')).toBeNull();
  });

  it('lets a signed-in supplier link the invitation to its account', async () => {
    const { element, settle, claim, navigate } = await render({
      fetch: jest.fn().mockReturnValue(of({ data: { supplierRegistration: preview } })),
      permissions: [Permission.SUPPLIER_PORTAL_USE],
    });
    expect(element.querySelector('form')).toBeNull();
    const button = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes('Link to my account'));
    button?.click();
    await settle();
    expect(claim).toHaveBeenCalledWith({ variables: { token: 'x'.repeat(40) } });
    expect(navigate).toHaveBeenCalledWith(['/portal/rfqs', 'inv-9']);
  });

  it('lets a company that will not quote decline with a reason, without registering', async () => {
    const { element, settle, decline } = await render({ fetch: jest.fn().mockReturnValue(of({ data: { supplierRegistration: preview } })) });
    const button = () => Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes('Decline this request')) as HTMLButtonElement;
    button().click();
    await settle();
    // No reason, no decline: the buyer should learn why.
    expect(decline).not.toHaveBeenCalled();
    const reason = element.querySelector<HTMLTextAreaElement>('textarea') as HTMLTextAreaElement;
    reason.value = '  No capacity before March ';
    reason.dispatchEvent(new Event('input'));
    button().click();
    await settle();
    expect(decline).toHaveBeenCalledWith({ variables: { token: 'x'.repeat(40), reason: 'No capacity before March' } });
    expect(element.querySelector('[role=status]')?.textContent).toContain('You have declined this request.');
    expect(element.querySelector('form')).toBeNull();
  });
});
