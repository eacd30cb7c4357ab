import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ErrorCode } from '@bc/shared/domain';
import {
  AcceptInvitationGQL,
  Api,
  InvitationPreviewGQL,
  InvitationPreviewQuery,
  landingPathFor,
  SessionStore,
  SIGN_IN_PATH,
  Submission,
  toApiLocale,
} from '@bc/web/data-access';
import { LanguageService } from '@bc/web/i18n';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthLayout } from '../auth-layout/auth-layout';
import { NameField, newAccountControls, NewPasswordField } from '../new-account/account-fields';

type Preview = InvitationPreviewQuery['invitationPreview'];

@Component({
  selector: 'bc-accept-invitation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    AuthLayout,
    ErrorBanner,
    NameField,
    NewPasswordField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation.page.html',
  styleUrl: '../identity-forms.scss',
})
export class AcceptInvitationPage {
  private readonly api = inject(Api);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  /** The secret from the link (route parameter). */
  readonly token = input.required<string>();

  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly form = new FormGroup(newAccountControls());
  protected readonly preview = signal<Preview | null>(null);
  /** Reading the link; its error means the link itself is unusable: no form, only the way to sign-in. */
  protected readonly reading = new Submission();
  protected readonly submission = new Submission();

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.reading.run(async () => this.preview.set((await this.api.read(InvitationPreviewGQL, { token })).invitationPreview)));
    });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, password } = this.form.getRawValue();
    await this.submission.run(
      async () => {
        const input = { token: this.token(), name: name.trim(), password, locale: toApiLocale(this.language.lang()) };
        const me = (await this.api.write(AcceptInvitationGQL, { input })).acceptInvitation;
        this.session.signedIn(me);
        await this.router.navigateByUrl(landingPathFor(me.permissions));
      },
      // An unusable link replaces the form; anything else shows above it.
      (error) => {
        if (error.code !== ErrorCode.INVITATION_INVALID) return false;
        this.reading.error.set(error);
        return true;
      },
    );
  }
}
