import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Role, TEAM_ROLES } from '@bc/shared/domain';
import {
  Api,
  AddCaseMemberGQL,
  CaseFieldsFragment,
  RemoveCaseMemberGQL,
  UserFieldsFragment,
  UsersGQL,
} from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { ErrorBanner, IconAction, PagedTable, rowsSource, TextColumn } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { ConflictDialog } from './conflict.dialog';
import { ActionState, injectAsk } from '@bc/web/case-kit';

/** The team roles a user can take on a case: those they hold in the organization. */
export function teamRolesOf(user: Pick<UserFieldsFragment, 'roles'> | null | undefined): Role[] {
  return user ? TEAM_ROLES.filter((role) => user.roles.includes(role)) : [];
}

/** A case's team (add and remove members with their role) and its declared conflicts of interest. */
@Component({
  selector: 'bc-team-panel',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    BcDatePipe,
    ErrorBanner,
    IconAction,
    PagedTable,
    TextColumn,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-panel.html',
  styleUrl: './team-panel.scss',
})
export class TeamPanel implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly ask = injectAsk();

  readonly purchaseCase = input.required<CaseFieldsFragment>();
  readonly canManage = input(false);
  readonly changed = output<CaseFieldsFragment | null>();

  protected readonly users = signal<UserFieldsFragment[]>([]);
  protected readonly form = inject(NonNullableFormBuilder).group({
    userId: ['', Validators.required],
    role: ['' as Role | '', Validators.required],
  });
  private readonly selectedUserId = signal('');
  protected readonly roleOptions = computed(() => teamRolesOf(this.users().find((u) => u.id === this.selectedUserId())));
  private readonly state = new ActionState();
  protected readonly busy = this.state.busy;
  protected readonly errorMessage = this.state.errorMessage;
  protected readonly team = rowsSource(() => this.purchaseCase().team);
  protected readonly columns = computed(() => (this.canManage() ? ['name', 'role', 'actions'] : ['name', 'role']));

  ngOnInit(): void {
    this.form.controls.userId.valueChanges.subscribe((id) => {
      this.selectedUserId.set(id);
      const roles = this.roleOptions();
      this.form.controls.role.setValue(roles.length === 1 ? roles[0] : '');
    });
    if (this.canManage()) void this.loadUsers();
  }

  private async loadUsers(): Promise<void> {
    await this.state.during(null, async () => {
      const data = await this.api.read(UsersGQL);
      this.users.set(data.users.filter((u) => !u.disabled && teamRolesOf(u).length > 0));
    });
  }

  protected async add(): Promise<void> {
    const { userId, role } = this.form.getRawValue();
    if (!userId || !role) {
      this.form.markAllAsTouched();
      return;
    }
    await this.state.run(async () => {
      const updated = (await this.api.write(AddCaseMemberGQL, { caseId: this.purchaseCase().id, userId, role: role as Role })).addCaseMember;
      this.form.reset();
      this.changed.emit(updated);
    });
  }

  protected remove(member: CaseFieldsFragment['team'][number]): void {
    this.ask.confirm({
      title: 'team.removeTitle',
      message: 'team.removeText',
      confirm: 'team.remove',
      params: { name: member.user.name, role: member.role },
      destructive: true,
    }, async () => {
      await this.state.run(async () => {
        const updated = (await this.api.write(RemoveCaseMemberGQL, { caseId: this.purchaseCase().id, memberId: member.id })).removeCaseMember;
        this.changed.emit(updated);
      });
    });
  }

  protected declareConflict(): void {
    this.dialog
      .open<ConflictDialog, CaseFieldsFragment, CaseFieldsFragment>(ConflictDialog, { data: this.purchaseCase(), width: '36rem' })
      .afterClosed()
      .subscribe((updated) => {
        if (updated) this.changed.emit(updated);
      });
  }
}
