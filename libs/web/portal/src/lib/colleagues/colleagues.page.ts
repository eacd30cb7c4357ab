import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { ErrorCode, Locale, Permission, Role } from '@bc/shared/domain';
import {
  Api,
  DisableSupplierColleagueGQL,
  EnableSupplierColleagueGQL,
  fromApiLocale,
  InvitationFieldsFragment,
  InviteSupplierColleagueGQL,
  RevokeSupplierColleagueInvitationGQL,
  SessionStore,
  SetSupplierColleagueAdminGQL,
  Submission,
  SupplierColleaguesGQL,
  toApiLocale,
  UserFieldsFragment,
} from '@bc/web/data-access';
import { BcDatePipe, LanguageService } from '@bc/web/i18n';
import { accountQuestion, ConfirmDialogData, FieldError, injectConfirmThen, injectNotify, LoadStatus, markServerError, showServerFieldError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

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
    MatSelectModule,
    TranslatePipe,
    BcDatePipe,
    LoadStatus,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './colleagues.page.html',
  styleUrl: './colleagues.page.scss',
})
export class ColleaguesPage implements OnInit {
  private readonly api = inject(Api);
  private readonly notify = injectNotify();
  private readonly confirmThen = injectConfirmThen();
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly emailMax = EMAIL_MAX;
  protected readonly languages = [Locale.EN, Locale.DE];
  protected readonly company = computed(() => this.session.organization()?.name ?? '');
  protected readonly me = computed(() => this.session.user()?.id);
  protected readonly users = signal<UserFieldsFragment[]>([]);
  protected readonly sorted = computed(() => [...this.users()].sort(colleagueOrder));
  protected readonly invitations = signal<InvitationFieldsFragment[]>([]);
  /** Reading the colleagues, and each change to them: one banner says what failed. */
  protected readonly reading = new Submission();
  protected readonly acting = new Submission();
  protected readonly errorMessage = computed(() => this.reading.errorMessage() ?? this.acting.errorMessage());
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
    await this.reading.run(async () => {
      const data = (await this.api.read(SupplierColleaguesGQL)).supplierColleagues;
      this.users.set(data.users);
      this.invitations.set(data.invitations);
    });
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
    const { email, locale } = this.form.getRawValue();
    const input = { email: email.trim(), locale: toApiLocale(locale) };
    await this.acting.run(
      async () => {
        const invitation = (await this.api.write(InviteSupplierColleagueGQL, { input })).inviteSupplierColleague;
        this.invitations.update((list) => [invitation, ...list.filter((i) => i.email !== invitation.email)]);
        // A fresh form for the next colleague: not "submitted", so the empty field shows no error.
        this.formDirective().resetForm({ email: '', locale: this.form.controls.locale.value });
        this.notify('colleagues.invited', { email: invitation.email });
      },
      (error) => {
        if (error.code === ErrorCode.ACCOUNT_EXISTS) {
          markServerError(this.form.controls.email, { bcMessage: 'colleagues.accountExists' });
          return true;
        }
        return error.code !== ErrorCode.RATE_LIMITED && showServerFieldError(this.form, error);
      },
    );
  }

  protected revoke(invitation: InvitationFieldsFragment): void {
    const params = { email: invitation.email };
    this.ask({ title: 'colleagues.revokeTitle', message: 'colleagues.revokeText', confirm: 'colleagues.revokeConfirm', params, destructive: true }, async () => {
      await this.api.write(RevokeSupplierColleagueInvitationGQL, { invitationId: invitation.id });
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
      const updated = (await this.api.write(SetSupplierColleagueAdminGQL, { input: { userId: user.id, admin } })).setSupplierColleagueAdmin;
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
    this.ask(accountQuestion('colleagues', disable, params), async () => {
      const userId = user.id;
      const updated = disable
        ? (await this.api.write(DisableSupplierColleagueGQL, { userId })).disableSupplierColleague
        : (await this.api.write(EnableSupplierColleagueGQL, { userId })).enableSupplierColleague;
      this.replace(updated);
      this.notify(disable ? 'colleagues.disabledDone' : 'colleagues.enabledDone', params);
    });
  }

  /** Confirms, then acts; when the change fails, the list is read again (it may be stale). */
  private ask(question: ConfirmDialogData, act: () => Promise<void>): void {
    this.confirmThen(question, async () => {
      if (!(await this.acting.run(act))) await this.load();
    });
  }

  private replace(updated: UserFieldsFragment): void {
    this.users.update((list) => list.map((u) => (u.id === updated.id ? updated : u)));
  }
}
