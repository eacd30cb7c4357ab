import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { OrganizationKind, Role, rolesAllowedFor } from '@bc/shared/domain';
import {
  Api,
  DisableUserGQL,
  EnableUserGQL,
  InvitationFieldsFragment,
  InvitationsGQL,
  ItemList,
  RevokeInvitationGQL,
  SessionStore,
  Submission,
  UserFieldsFragment,
  UsersGQL,
} from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { accountQuestion, IconAction, injectConfirmThen, injectNotify, LoadStatus, PagedTable, RoleChips, TableSource, TextColumn } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
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
    TranslatePipe,
    BcDatePipe,
    RoleChips,
    LoadStatus,
    PagedTable,
    TextColumn,
    IconAction,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: '../admin-page.scss',
})
export class UsersPage implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly notify = injectNotify();
  private readonly confirmThen = injectConfirmThen();
  private readonly session = inject(SessionStore);

  protected readonly organization = this.session.organization;
  protected readonly currentUserId = computed(() => this.session.user()?.id);
  protected readonly users = new ItemList<UserFieldsFragment>(async () => (await this.api.read(UsersGQL)).users);
  protected readonly invitations = new ItemList<InvitationFieldsFragment>(async () => (await this.api.read(InvitationsGQL)).invitations);
  /** A row action (disable, enable, revoke); its failure shows above the lists. */
  protected readonly acting = new Submission();
  protected readonly loading = computed(() => this.users.loading() || this.invitations.loading());
  protected readonly errorMessage = computed(
    () => this.users.errorMessage() ?? this.invitations.errorMessage() ?? this.acting.errorMessage(),
  );
  protected readonly invitationTable: TableSource<InvitationFieldsFragment> = {
    items: computed(() => this.invitations.items().filter((invitation) => isPending(invitation))),
    loading: this.invitations.loading,
  };
  protected readonly disabled = (user: UserFieldsFragment): boolean => user.disabled;
  protected readonly userColumns = ['name', 'email', 'roles', 'status', 'lastSignIn', 'actions'];
  protected readonly invitationColumns = ['email', 'roles', 'createdAt', 'expiresAt', 'actions'];
  /** The invitation columns that show a moment. */
  protected readonly invitationDateColumns = [
    { id: 'createdAt', header: 'users.invitedOn' },
    { id: 'expiresAt', header: 'users.expires' },
  ] as const;

  private readonly assignableRoles = computed<readonly Role[]>(() =>
    rolesAllowedFor(this.organization()?.kind ?? OrganizationKind.BUYING),
  );

  ngOnInit(): void {
    void this.users.load();
    void this.invitations.load();
  }

  protected invite(): void {
    this.dialog
      .open<InviteUserDialog, InviteUserDialogData, InvitationFieldsFragment>(InviteUserDialog, {
        data: { roles: this.assignableRoles() },
        width: '36rem',
      })
      .afterClosed()
      .subscribe((invitation) => {
        if (invitation) void this.invitations.load();
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
          this.users.replace(updated, sameId);
          this.notify('users.rolesSaved', { name: updated.name });
        }
      });
  }

  protected setDisabled(user: UserFieldsFragment, disable: boolean): void {
    const params = { name: user.name };
    this.confirmThen(accountQuestion('users', disable, params), () =>
      this.acting.run(async () => {
        const userId = user.id;
        const updated = disable
          ? (await this.api.write(DisableUserGQL, { userId })).disableUser
          : (await this.api.write(EnableUserGQL, { userId })).enableUser;
        this.users.replace(updated, sameId);
        this.notify(disable ? 'users.disabledDone' : 'users.enabledDone', params);
      }),
    );
  }

  protected revoke(invitation: InvitationFieldsFragment): void {
    const params = { email: invitation.email };
    const question = { title: 'users.revokeTitle', message: 'users.revokeText', confirm: 'users.revokeConfirm', params, destructive: true };
    this.confirmThen(question, () =>
      this.acting.run(async () => {
        const revoked = (await this.api.write(RevokeInvitationGQL, { invitationId: invitation.id })).revokeInvitation;
        this.invitations.replace(revoked, sameId);
        this.notify('users.revoked', params);
      }),
    );
  }
}

function sameId(a: { id: string }, b: { id: string }): boolean {
  return a.id === b.id;
}
