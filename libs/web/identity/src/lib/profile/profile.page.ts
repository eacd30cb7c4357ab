import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Locale } from '@bc/shared/domain';
import { Api, ChangePasswordGQL, fromApiLocale, SessionStore, Submission, toApiLocale, UpdateMyProfileGQL } from '@bc/web/data-access';
import { LanguageService } from '@bc/web/i18n';
import { ErrorBanner, injectNotify, RoleChips } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { NameField, newPasswordControl, nameControl, NewPasswordField } from '../new-account/account-fields';

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
    ErrorBanner,
    NameField,
    NewPasswordField,
    RoleChips,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.page.html',
  styleUrl: './profile.page.scss',
})
export class ProfilePage {
  private readonly api = inject(Api);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly notify = injectNotify();

  protected readonly user = this.session.user;
  protected readonly organization = this.session.organization;
  protected readonly languages = this.language.languages;

  protected readonly profileForm = new FormGroup({
    name: nameControl(),
    locale: new FormControl(Locale.EN as Locale, { nonNullable: true, validators: Validators.required }),
  });
  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    newPassword: newPasswordControl(),
  });
  protected readonly savingProfile = new Submission();
  protected readonly changingPassword = new Submission();

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
    const { name, locale } = this.profileForm.getRawValue();
    await this.savingProfile.run(async () => {
      const me = (await this.api.write(UpdateMyProfileGQL, { input: { name: name.trim(), locale: toApiLocale(locale) } })).updateMyProfile;
      this.session.userChanged(me);
      this.language.use(fromApiLocale(me.locale));
      this.notify('profile.saved');
    });
  }

  protected async changePassword(): Promise<void> {
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    await this.changingPassword.run(async () => {
      await this.api.write(ChangePasswordGQL, { input: this.passwordForm.getRawValue() });
      this.passwordForm.reset();
      this.notify('profile.passwordChanged');
    });
  }
}
