import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bc/shared/domain';
import {
  AcceptInvitationGQL,
  AppError,
  dataOf,
  errorTranslation,
  InvitationPreviewGQL,
  InvitationPreviewQuery,
  landingPathFor,
  SessionStore,
  SIGN_IN_PATH,
  Submission,
  toApiLocale,
  toAppError,
} from '@bc/web/data-access';
import { LanguageService } from '@bc/web/i18n';
import { CharCount, ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthLayout } from '../auth-layout/auth-layout';

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
    CharCount,
    ErrorBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation.page.html',
  styleUrl: '../identity-forms.scss',
})
export class AcceptInvitationPage {
  private readonly previewGql = inject(InvitationPreviewGQL);
  private readonly acceptGql = inject(AcceptInvitationGQL);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);

  /** The secret from the link (route parameter). */
  readonly token = input.required<string>();

  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly max = PASSWORD_MAX_LENGTH;
  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });
  protected readonly preview = signal<Preview | null>(null);
  protected readonly loading = signal(true);
  /** The link itself is unusable: no form, only the way to sign-in. */
  protected readonly linkError = signal<AppError | null>(null);
  protected readonly submission = new Submission();
  protected readonly linkErrorMessage = computed(() => {
    const error = this.linkError();
    return error ? errorTranslation(error) : null;
  });

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
      const data = await dataOf(this.previewGql.fetch({ variables: { token } }));
      this.preview.set(data.invitationPreview);
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
    const { name, password } = this.form.getRawValue();
    await this.submission.run(
      async () => {
        const data = await dataOf(
          this.acceptGql.mutate({
            variables: { input: { token: this.token(), name: name.trim(), password, locale: toApiLocale(this.language.lang()) } },
          }),
        );
        this.session.signedIn(data.acceptInvitation);
        await this.router.navigateByUrl(landingPathFor(data.acceptInvitation.permissions));
      },
      // An unusable link replaces the form; anything else shows above it.
      (error) => {
        if (error.code !== ErrorCode.INVITATION_INVALID) return false;
        this.linkError.set(error);
        return true;
      },
    );
  }
}
