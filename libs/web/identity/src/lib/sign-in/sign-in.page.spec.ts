import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ErrorCode, Permission } from '@bc/shared/domain';
import { AppError, SessionStore } from '@bc/web/data-access';
import { provideI18n } from '@bc/web/i18n';
import { provideIcons } from '@bc/web/ui/icons';
import { SignInPage } from './sign-in.page';

async function render(signIn: jest.Mock, returnUrl?: string) {
  TestBed.configureTestingModule({
    imports: [SignInPage],
    providers: [provideRouter([]), provideI18n(), provideIcons(), { provide: SessionStore, useValue: { signIn } }],
  });
  const fixture = TestBed.createComponent(SignInPage);
  if (returnUrl) {
    fixture.componentRef.setInput('returnUrl', returnUrl);
  }
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const type = (selector: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    type('input[type=email]', 'buyer@nordwind.example');
    type('input[type=password]', 'secret-password');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { element, submit, navigate };
}

describe('the sign-in page', () => {
  beforeEach(() => localStorage.clear());

  it('says clearly that the credentials are wrong', async () => {
    const refusal: AppError = { code: ErrorCode.INVALID_CREDENTIALS, message: 'Invalid credentials' };
    const { element, submit, navigate } = await render(jest.fn().mockRejectedValue(refusal));
    expect(element.querySelector('h1')?.textContent).toBe('Sign in');

    await submit();

    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'The email address or password is not correct.',
    );
    expect(navigate).not.toHaveBeenCalled();
  });

  it('goes back where the user was heading once signed in', async () => {
    const me = { permissions: [Permission.WORKSPACE_USE] };
    const signIn = jest.fn().mockResolvedValue(me);
    const { submit, navigate } = await render(signIn, '/admin/audit');

    await submit();

    expect(signIn).toHaveBeenCalledWith('buyer@nordwind.example', 'secret-password');
    expect(navigate).toHaveBeenCalledWith('/admin/audit');
  });
});
