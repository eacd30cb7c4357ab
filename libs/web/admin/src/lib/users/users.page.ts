import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { OrganizationKind, Role, rolesAllowedFor } from '@bc/shared/domain';
import {
  AppError,
  dataOf,
  DisableUserGQL,
  EnableUserGQL,
  errorTranslation,
  InvitationFieldsFragment,
  InvitationsGQL,
  RevokeInvitationGQL,
  SessionStore,
  toAppError,
  UserFieldsFragment,
  UsersGQL,
} from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { confirm, LoadStatus, PagedTable, RoleChips, TableSource } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { EditRolesDialog, EditRolesDialogData } from './edit-roles.dialog';
import { InviteUserDialog, InviteUserDialogData } from './invite-user.dialog';

/** Pending: neither accepted nor revoked, and not yet expired. */
export function isPending(invitation: InvitationFieldsFragment, now = Date.now()): boolean {
  return !invitation.acceptedAt && !invitation.revokedAt && new Date(invitation.expiresAt).getTime() > now;
}

@Component({
  selector: 'bc-users-page',
  imports: [
    MatTableModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    TranslatePipe,
    BcDatePipe,
    RoleChips,
    LoadStatus,
    PagedTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: '../admin-page.scss',
})
export class UsersPage implements OnInit {
  private readonly usersGql = inject(UsersGQL);
  private readonly invitationsGql = inject(InvitationsGQL);
  private readonly disableGql = inject(DisableUserGQL);
  private readonly enableGql = inject(EnableUserGQL);
  private readonly revokeGql = inject(RevokeInvitationGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly session = inject(SessionStore);

  protected readonly organization = this.session.organization;
  protected readonly currentUserId = computed(() => this.session.user()?.id);
  protected readonly users = signal<UserFieldsFragment[]>([]);
  protected readonly invitations = signal<InvitationFieldsFragment[]>([]);
  protected readonly pending = computed(() => this.invitations().filter((invitation) => isPending(invitation)));
  protected readonly loading = signal(true);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });
  protected readonly userTable: TableSource<UserFieldsFragment> = { items: this.users, loading: this.loading };
  protected readonly invitationTable: TableSource<InvitationFieldsFragment> = { items: this.pending, loading: this.loading };
  protected readonly disabled = (user: UserFieldsFragment): boolean => user.disabled;
  protected readonly userColumns = ['name', 'email', 'roles', 'status', 'lastSignIn', 'actions'];
  protected readonly invitationColumns = ['email', 'roles', 'createdAt', 'expiresAt', 'actions'];

  private readonly assignableRoles = computed<readonly Role[]>(() =>
    rolesAllowedFor(this.organization()?.kind ?? OrganizationKind.BUYING),
  );

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [users, invitations] = await Promise.all([
        dataOf(this.usersGql.fetch()),
        dataOf(this.invitationsGql.fetch()),
      ]);
      this.users.set(users.users);
      this.invitations.set(invitations.invitations);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected invite(): void {
    this.dialog
      .open<InviteUserDialog, InviteUserDialogData, InvitationFieldsFragment>(InviteUserDialog, {
        data: { roles: this.assignableRoles() },
        width: '36rem',
      })
      .afterClosed()
      .subscribe((invitation) => {
        if (invitation) {
          this.invitations.update((list) => [invitation, ...list]);
        }
      });
  }

  protected editRoles(user: UserFieldsFragment): void {
    this.dialog
      .open<EditRolesDialog, EditRolesDialogData, UserFieldsFragment>(EditRolesDialog, {
        data: { user, roles: this.assignableRoles() },
        width: '28rem',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (updated) {
          this.replaceUser(updated);
          this.notify('users.rolesSaved', { name: updated.name });
        }
      });
  }

  protected setDisabled(user: UserFieldsFragment, disable: boolean): void {
    const params = { name: user.name };
    confirm(this.dialog, {
      title: disable ? 'users.disableTitle' : 'users.enableTitle',
      message: disable ? 'users.disableText' : 'users.enableText',
      confirm: disable ? 'users.disableConfirm' : 'users.enableConfirm',
      params,
      destructive: disable,
    }).subscribe(async (confirmed) => {
      if (!confirmed) {
        return;
      }
      try {
        const updated = disable
          ? (await dataOf(this.disableGql.mutate({ variables: { userId: user.id } }))).disableUser
          : (await dataOf(this.enableGql.mutate({ variables: { userId: user.id } }))).enableUser;
        this.replaceUser(updated);
        this.notify(disable ? 'users.disabledDone' : 'users.enabledDone', params);
      } catch (error) {
        this.error.set(toAppError(error));
      }
    });
  }

  protected revoke(invitation: InvitationFieldsFragment): void {
    const params = { email: invitation.email };
    confirm(this.dialog, {
      title: 'users.revokeTitle',
      message: 'users.revokeText',
      confirm: 'users.revokeConfirm',
      params,
      destructive: true,
    }).subscribe(async (confirmed) => {
      if (!confirmed) {
        return;
      }
      try {
        const revoked = (await dataOf(this.revokeGql.mutate({ variables: { invitationId: invitation.id } })))
          .revokeInvitation;
        this.invitations.update((list) => list.map((i) => (i.id === revoked.id ? revoked : i)));
        this.notify('users.revoked', params);
      } catch (error) {
        this.error.set(toAppError(error));
      }
    });
  }

  private replaceUser(updated: UserFieldsFragment): void {
    this.users.update((list) => list.map((u) => (u.id === updated.id ? updated : u)));
  }

  private notify(key: string, params: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params) as string, this.translate.instant('common.close') as string, {
      duration: 5000,
    });
  }
}
