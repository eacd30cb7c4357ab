import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { ErrorCode, Locale, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, Permission } from '@bc/shared/domain';
import {
  AppError,
  ClaimSupplierInvitationGQL,
  dataOf,
  DeclineRfqFromLinkGQL,
  RegisterSupplierGQL,
  SessionStore,
  SIGN_IN_PATH,
  SupplierRegistrationGQL,
  SupplierRegistrationQuery,
  toAppError,
} from '@bc/web/data-access';
import { LanguageService, BcDatePipe } from '@bc/web/i18n';
import { CharCount, ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { portalErrorTranslation } from '../portal-errors';
import { AuthLayout } from '@bc/web/identity';

type Registration = SupplierRegistrationQuery['supplierRegistration'];

/**
 * `/portal/register/:token`, from the RFQ invitation email of a supplier without a portal account:
 * creates the supplier company and its first user and signs in. A supplier user who is signed in
 * already links the invitation to their company instead.
 */
@Component({
  selector: 'bc-supplier-registration-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    CharCount,
    ErrorBanner,
    BcDatePipe,
    AuthLayout,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier-registration.page.html',
  styleUrl: './supplier-registration.page.scss',
})
export class SupplierRegistrationPage {
  private readonly registrationGql = inject(SupplierRegistrationGQL);
  private readonly registerGql = inject(RegisterSupplierGQL);
  private readonly claimGql = inject(ClaimSupplierInvitationGQL);
  private readonly declineGql = inject(DeclineRfqFromLinkGQL);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  /** The secret from the link (route parameter). */
  readonly token = input.required<string>();

  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly max = PASSWORD_MAX_LENGTH;
  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    companyName: ['', [Validators.required, Validators.maxLength(200)]],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
    locale: [this.language.lang() as Locale],
  });
  /** Declining needs no account: a company that will not quote should not have to register to say so. */
  protected readonly declineForm = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
  });
  protected readonly declined = signal(false);
  protected readonly registration = signal<Registration | null>(null);
  protected readonly loading = signal(true);
  /** The link itself is unusable: no form, only the ways out. */
  protected readonly linkError = signal<AppError | null>(null);
  protected readonly submitError = signal<AppError | null>(null);
  protected readonly busy = signal(false);
  /** An account with the link's email exists: sign in and open the link again. */
  protected readonly accountExists = signal(false);
  protected readonly submitErrorMessage = computed(() => {
    const error = this.submitError();
    return error ? portalErrorTranslation(error) : null;
  });
  protected readonly signedIn = computed(() => this.session.status() === 'signed-in');
  protected readonly signedInAsSupplier = computed(() => this.session.permissions().includes(Permission.SUPPLIER_PORTAL_USE));
  protected readonly returnUrl = computed(() => `/portal/register/${encodeURIComponent(this.token())}`);

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  private async load(token: string): Promise<void> {
    this.loading.set(true);
    this.linkError.set(null);
    try {
      const [data] = await Promise.all([
        dataOf(this.registrationGql.fetch({ variables: { token } })),
        this.session.ensureLoaded(),
      ]);
      this.registration.set(data.supplierRegistration);
      this.form.controls.companyName.setValue(data.supplierRegistration.supplierName);
    } catch (error) {
      this.linkError.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.submitError.set(null);
    this.accountExists.set(false);
    const { companyName, name, password, locale } = this.form.getRawValue();
    try {
      const me = (
        await dataOf(
          this.registerGql.mutate({
            variables: { input: { token: this.token(), companyName: companyName.trim(), name: name.trim(), password, locale } },
          }),
        )
      ).registerSupplier;
      this.session.signedIn(me);
      if (locale !== this.language.lang()) this.language.use(locale);
      await this.router.navigateByUrl('/portal');
    } catch (error) {
      this.fail(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async decline(): Promise<void> {
    if (this.declineForm.invalid || !this.declineForm.controls.reason.value.trim()) {
      this.declineForm.controls.reason.setErrors({ required: true });
      this.declineForm.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.submitError.set(null);
    try {
      await dataOf(this.declineGql.mutate({ variables: { token: this.token(), reason: this.declineForm.controls.reason.value.trim() } }));
      this.declined.set(true);
    } catch (error) {
      this.fail(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** A signed-in supplier links the buyer's invitation to its own company and opens the RFQ. */
  protected async claim(): Promise<void> {
    this.busy.set(true);
    this.submitError.set(null);
    try {
      const invitation = (await dataOf(this.claimGql.mutate({ variables: { token: this.token() } }))).claimSupplierInvitation;
      await this.router.navigate(['/portal/rfqs', invitation.id]);
    } catch (error) {
      this.fail(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** Signed in as someone else (a buyer's user): sign out and come back to the link. */
  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl(this.returnUrl());
  }

  private fail(error: AppError): void {
    if (error.code === ErrorCode.INVITATION_INVALID) {
      this.linkError.set(error);
    } else if (error.code === ErrorCode.CONFLICT && error.field === 'input.token') {
      this.accountExists.set(true);
    } else {
      this.submitError.set(error);
    }
  }
}
