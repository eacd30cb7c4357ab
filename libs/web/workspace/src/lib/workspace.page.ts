import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SessionStore } from '@bc/web/data-access';
import { EmptyState, RoleChips } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** The buyer side's home. Purchase cases come with the case features; until then it says so. */
@Component({
  selector: 'bc-workspace-page',
  imports: [TranslatePipe, EmptyState, RoleChips],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'workspace.title' | translate }}</h1>
    @if (user(); as u) {
      <section class="bc-welcome" aria-labelledby="bc-welcome-heading">
        <h2 id="bc-welcome-heading">{{ 'workspace.welcome' | translate: { name: u.name } }}</h2>
        <p>{{ 'workspace.yourRoles' | translate: { organization: organization()?.name } }}</p>
        <bc-role-chips [roles]="u.roles" [label]="'profile.roles' | translate" />
      </section>
    }
    <bc-empty-state icon="work" [heading]="'workspace.emptyTitle' | translate">
      <p>{{ 'workspace.emptyText' | translate }}</p>
    </bc-empty-state>
  `,
  styles: `
    .bc-welcome {
      margin-bottom: 2rem;
    }
    .bc-welcome h2 {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-large);
    }
  `,
})
export class WorkspacePage {
  private readonly session = inject(SessionStore);
  protected readonly user = this.session.user;
  protected readonly organization = this.session.organization;
}
