import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Locale, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bc/shared/domain';
import {
  AppError,
  ChangePasswordGQL,
  dataOf,
  errorTranslation,
  fromApiLocale,
  SessionStore,
  toApiLocale,
  toAppError,
  UpdateMyProfileGQL,
} from '@bc/web/data-access';
import { LanguageService } from '@bc/web/i18n';
import { CharCount, ErrorBanner, RoleChips } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

@Component({
  selector: 'bc-profile-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslatePipe,
    CharCount,
    ErrorBanner,
    RoleChips,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.page.html',
  styleUrl: './profile.page.scss',
})
export class ProfilePage {
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly updateProfileGql = inject(UpdateMyProfileGQL);
  private readonly changePasswordGql = inject(ChangePasswordGQL);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly user = this.session.user;
  protected readonly organization = this.session.organization;
  protected readonly languages = this.language.languages;
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly max = PASSWORD_MAX_LENGTH;

  protected readonly profileForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    locale: [Locale.EN as Locale, Validators.required],
  });
  protected readonly passwordForm = this.fb.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });

  protected readonly savingProfile = signal(false);
  protected readonly profileError = signal<AppError | null>(null);
  protected readonly profileErrorMessage = computed(() => {
    const error = this.profileError();
    return error ? errorTranslation(error) : null;
  });
  protected readonly changingPassword = signal(false);
  protected readonly passwordError = signal<AppError | null>(null);
  protected readonly passwordErrorMessage = computed(() => {
    const error = this.passwordError();
    return error ? errorTranslation(error) : null;
  });

  constructor() {
    effect(() => {
      const user = this.user();
      if (user) {
        untracked(() => this.profileForm.reset({ name: user.name, locale: fromApiLocale(user.locale) }));
      }
    });
  }

  protected async saveProfile(): Promise<void> {
    if (this.profileForm.invalid) {
      this.profileForm.markAllAsTouched();
      return;
    }
    this.savingProfile.set(true);
    this.profileError.set(null);
    const { name, locale } = this.profileForm.getRawValue();
    try {
      const data = await dataOf(this.updateProfileGql.mutate({ variables: { input: { name: name.trim(), locale: toApiLocale(locale) } } }));
      this.session.userChanged(data.updateMyProfile);
      this.language.use(fromApiLocale(data.updateMyProfile.locale));
      this.notify('profile.saved');
    } catch (error) {
      this.profileError.set(toAppError(error));
    } finally {
      this.savingProfile.set(false);
    }
  }

  protected async changePassword(): Promise<void> {
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    this.changingPassword.set(true);
    this.passwordError.set(null);
    try {
      await dataOf(this.changePasswordGql.mutate({ variables: { input: this.passwordForm.getRawValue() } }));
      this.passwordForm.reset();
      this.notify('profile.passwordChanged');
    } catch (error) {
      this.passwordError.set(toAppError(error));
    } finally {
      this.changingPassword.set(false);
    }
  }

  private notify(key: string): void {
    this.snackBar.open(this.translate.instant(key) as string, this.translate.instant('common.close') as string, {
      duration: 5000,
    });
  }
}
