import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { ErrorCode, Locale, Permission, Role } from '@bc/shared/domain';
import {
  AppError,
  dataOf,
  DisableSupplierColleagueGQL,
  EnableSupplierColleagueGQL,
  errorTranslation,
  fromApiLocale,
  InvitationFieldsFragment,
  InviteSupplierColleagueGQL,
  RevokeSupplierColleagueInvitationGQL,
  SessionStore,
  SetSupplierColleagueAdminGQL,
  SupplierColleaguesGQL,
  toApiLocale,
  toAppError,
  UserFieldsFragment,
} from '@bc/web/data-access';
import { BcDatePipe, LanguageService } from '@bc/web/i18n';
import { confirm, ErrorBanner, FieldError, showServerFieldError } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

/** Longest email the server takes (RFC 5321). */
export const EMAIL_MAX = 254;

export const isAdmin = (user: Pick<UserFieldsFragment, 'roles'>) => user.roles.includes(Role.SUPPLIER_ADMIN);

/** Active admins other than `user`: while there are none, `user` keeps the admin role (and stays active). */
export function otherActiveAdmins(users: readonly UserFieldsFragment[], user: UserFieldsFragment): number {
  return users.filter((u) => u.id !== user.id && !u.disabled && isAdmin(u)).length;
}

/** Admins first, then by name; disabled colleagues last. */
export function colleagueOrder(a: UserFieldsFragment, b: UserFieldsFragment): number {
  return Number(a.disabled) - Number(b.disabled) || Number(isAdmin(b)) - Number(isAdmin(a)) || a.name.localeCompare(b.name);
}

/**
 * A supplier company's admin keeps its colleagues: who they are, who is admin, who is disabled,
 * whom the company has invited. An invitation goes to the colleague by email with a single-use
 * link into this company; the admin never sees the link.
 */
@Component({
  selector: 'bc-colleagues-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    BcDatePipe,
    ErrorBanner,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './colleagues.page.html',
  styleUrl: './colleagues.page.scss',
})
export class ColleaguesPage implements OnInit {
  private readonly listGql = inject(SupplierColleaguesGQL);
  private readonly inviteGql = inject(InviteSupplierColleagueGQL);
  private readonly revokeGql = inject(RevokeSupplierColleagueInvitationGQL);
  private readonly adminGql = inject(SetSupplierColleagueAdminGQL);
  private readonly disableGql = inject(DisableSupplierColleagueGQL);
  private readonly enableGql = inject(EnableSupplierColleagueGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly emailMax = EMAIL_MAX;
  protected readonly languages = [Locale.EN, Locale.DE];
  protected readonly company = computed(() => this.session.organization()?.name ?? '');
  protected readonly me = computed(() => this.session.user()?.id);
  protected readonly users = signal<UserFieldsFragment[]>([]);
  protected readonly sorted = computed(() => [...this.users()].sort(colleagueOrder));
  protected readonly invitations = signal<InvitationFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });
  /** The email's language starts as the company's own (colleagues mostly read it), else the page's. */
  private readonly pageLocale = inject(LanguageService).lang();
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX)]],
    locale: [this.companyLocale() ?? this.pageLocale],
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly isAdmin = isAdmin;

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const data = (await dataOf(this.listGql.fetch())).supplierColleagues;
      this.users.set(data.users);
      this.invitations.set(data.invitations);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  private companyLocale(): Locale | null {
    const company = this.session.organization();
    return company ? fromApiLocale(company.defaultLocale) : null;
  }

  protected expired(invitation: InvitationFieldsFragment): boolean {
    return new Date(invitation.expiresAt).getTime() <= Date.now();
  }

  /** Why the admin role or the account of `user` cannot be taken now, or null. */
  protected lastAdmin(user: UserFieldsFragment): boolean {
    return isAdmin(user) && !user.disabled && otherActiveAdmins(this.users(), user) === 0;
  }

  protected async invite(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { email, locale } = this.form.getRawValue();
    try {
      const invitation = (await dataOf(this.inviteGql.mutate({ variables: { input: { email: email.trim(), locale: toApiLocale(locale) } } }))).inviteSupplierColleague;
      this.invitations.update((list) => [invitation, ...list.filter((i) => i.email !== invitation.email)]);
      // A fresh form for the next colleague: not "submitted", so the empty field shows no error.
      this.formDirective().resetForm({ email: '', locale: this.form.controls.locale.value });
      this.notify('colleagues.invited', { email: invitation.email });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === ErrorCode.ACCOUNT_EXISTS) {
        this.form.controls.email.setErrors({ bcMessage: 'colleagues.accountExists' });
        this.form.controls.email.markAsTouched();
      } else if (appError.code === ErrorCode.RATE_LIMITED || !showServerFieldError(this.form, appError)) {
        this.error.set(appError);
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected revoke(invitation: InvitationFieldsFragment): void {
    const params = { email: invitation.email };
    this.ask({ title: 'colleagues.revokeTitle', message: 'colleagues.revokeText', confirm: 'colleagues.revokeConfirm', params, destructive: true }, async () => {
      await dataOf(this.revokeGql.mutate({ variables: { invitationId: invitation.id } }));
      this.invitations.update((list) => list.filter((i) => i.id !== invitation.id));
      this.notify('colleagues.revoked', params);
    });
  }

  protected setAdmin(user: UserFieldsFragment, admin: boolean): void {
    const params = { name: user.name };
    const self = user.id === this.me();
    const title = admin ? 'colleagues.grantTitle' : self ? 'colleagues.stepDownTitle' : 'colleagues.takeTitle';
    const message = admin ? 'colleagues.grantText' : self ? 'colleagues.stepDownText' : 'colleagues.takeText';
    this.ask({ title, message, confirm: admin ? 'colleagues.grantConfirm' : 'colleagues.takeConfirm', params, destructive: !admin }, async () => {
      const updated = (await dataOf(this.adminGql.mutate({ variables: { input: { userId: user.id, admin } } }))).setSupplierColleagueAdmin;
      this.replace(updated);
      this.notify(admin ? 'colleagues.granted' : 'colleagues.taken', params);
      if (self && !admin) {
        // No longer an admin: this page is not theirs any more.
        await this.session.refresh();
        if (!this.session.can(Permission.SUPPLIER_COLLEAGUES_MANAGE)) await this.router.navigateByUrl('/portal');
      }
    });
  }

  protected setDisabled(user: UserFieldsFragment, disable: boolean): void {
    const params = { name: user.name };
    this.ask(
      {
        title: disable ? 'colleagues.disableTitle' : 'colleagues.enableTitle',
        message: disable ? 'colleagues.disableText' : 'colleagues.enableText',
        confirm: disable ? 'colleagues.disableConfirm' : 'colleagues.enableConfirm',
        params,
        destructive: disable,
      },
      async () => {
        const updated = disable
          ? (await dataOf(this.disableGql.mutate({ variables: { userId: user.id } }))).disableSupplierColleague
          : (await dataOf(this.enableGql.mutate({ variables: { userId: user.id } }))).enableSupplierColleague;
        this.replace(updated);
        this.notify(disable ? 'colleagues.disabledDone' : 'colleagues.enabledDone', params);
      },
    );
  }

  private ask(question: Parameters<typeof confirm>[1], act: () => Promise<void>): void {
    confirm(this.dialog, question).subscribe(async (confirmed) => {
      if (!confirmed) return;
      this.error.set(null);
      try {
        await act();
      } catch (error) {
        this.error.set(toAppError(error));
        void this.load();
      }
    });
  }

  private replace(updated: UserFieldsFragment): void {
    this.users.update((list) => list.map((u) => (u.id === updated.id ? updated : u)));
  }

  private notify(key: string, params: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params) as string, this.translate.instant('common.close') as string, { duration: 5000 });
  }
}
