import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { ErrorCode, Locale, Permission } from '@bc/shared/domain';
import {
  Api,
  ClaimSupplierInvitationGQL,
  DeclineRfqFromLinkGQL,
  RegisterSupplierGQL,
  SessionStore,
  SIGN_IN_PATH,
  Submission,
  SupplierRegistrationGQL,
  SupplierRegistrationQuery,
} from '@bc/web/data-access';
import { LanguageService, BcDatePipe } from '@bc/web/i18n';
import { CharCount, ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { portalErrorMessage } from '../portal-errors';
import { AuthLayout, NameField, newAccountControls, NewPasswordField } from '@bc/web/identity';

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
    NameField,
    NewPasswordField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier-registration.page.html',
  styleUrl: './supplier-registration.page.scss',
})
export class SupplierRegistrationPage {
  private readonly api = inject(Api);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  /** The secret from the link (route parameter). */
  readonly token = input.required<string>();

  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly form = new FormGroup({
    companyName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    ...newAccountControls(),
    locale: new FormControl(this.language.lang() as Locale, { nonNullable: true }),
  });
  /** Declining needs no account: a company that will not quote should not have to register to say so. */
  protected readonly declineForm = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
  });
  protected readonly declined = signal(false);
  protected readonly registration = signal<Registration | null>(null);
  /** Reading the link; its error means the link itself is unusable: no form, only the ways out. */
  protected readonly reading = new Submission();
  protected readonly linkError = this.reading.error;
  /** Registering, declining or claiming; a refusal of the link itself shows as `linkError`. */
  protected readonly submission = new Submission();
  /** An account with the link's email exists: sign in and open the link again. */
  protected readonly accountExists = signal(false);
  protected readonly submitErrorMessage = portalErrorMessage(this.submission.error);
  protected readonly signedIn = computed(() => this.session.status() === 'signed-in');
  protected readonly signedInAsSupplier = computed(() => this.session.permissions().includes(Permission.SUPPLIER_PORTAL_USE));
  protected readonly returnUrl = computed(() => `/portal/register/${encodeURIComponent(this.token())}`);

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.reading.run(() => this.load(token)));
    });
  }

  private async load(token: string): Promise<void> {
    const [data] = await Promise.all([this.api.read(SupplierRegistrationGQL, { token }), this.session.ensureLoaded()]);
    this.registration.set(data.supplierRegistration);
    this.form.controls.companyName.setValue(data.supplierRegistration.supplierName);
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.accountExists.set(false);
    const { companyName, name, password, locale } = this.form.getRawValue();
    const input = { token: this.token(), companyName: companyName.trim(), name: name.trim(), password, locale };
    await this.command(async () => {
      this.session.signedIn((await this.api.write(RegisterSupplierGQL, { input })).registerSupplier);
      if (locale !== this.language.lang()) this.language.use(locale);
      await this.router.navigateByUrl('/portal');
    });
  }

  protected async decline(): Promise<void> {
    if (this.declineForm.invalid || !this.declineForm.controls.reason.value.trim()) {
      this.declineForm.controls.reason.setErrors({ required: true });
      this.declineForm.markAllAsTouched();
      return;
    }
    await this.command(async () => {
      await this.api.write(DeclineRfqFromLinkGQL, { token: this.token(), reason: this.declineForm.controls.reason.value.trim() });
      this.declined.set(true);
    });
  }

  /** A signed-in supplier links the buyer's invitation to its own company and opens the RFQ. */
  protected async claim(): Promise<void> {
    await this.command(async () => {
      const invitation = (await this.api.write(ClaimSupplierInvitationGQL, { token: this.token() })).claimSupplierInvitation;
      await this.router.navigate(['/portal/rfqs', invitation.id]);
    });
  }

  /** Signed in as someone else (a buyer's user): sign out and come back to the link. */
  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl(this.returnUrl());
  }

  /** Runs one of the page's commands; an unusable link and an existing account each show in their own place. */
  private command(work: () => Promise<void>): Promise<boolean> {
    return this.submission.run(work, (error) => {
      if (error.code === ErrorCode.INVITATION_INVALID) {
        this.linkError.set(error);
      } else if (error.code === ErrorCode.CONFLICT && error.field === 'input.token') {
        this.accountExists.set(true);
      } else {
        return false;
      }
      return true;
    });
  }
}
