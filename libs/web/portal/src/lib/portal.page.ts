import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { SessionStore } from '@bc/web/data-access';
import { EmptyState } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** A supplier company's home. RFQ invitations come with the RFQ features. */
@Component({
  selector: 'bc-portal-page',
  imports: [TranslatePipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'portal.title' | translate }}</h1>
    <p class="bc-company">{{ 'portal.company' | translate: { company: company() } }}</p>
    <bc-empty-state icon="store" [heading]="'portal.emptyTitle' | translate">
      <p>{{ 'portal.emptyText' | translate: { company: company() } }}</p>
    </bc-empty-state>
  `,
  styles: `
    .bc-company {
      margin-bottom: 1.5rem;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class PortalPage {
  private readonly session = inject(SessionStore);
  protected readonly company = computed(() => this.session.organization()?.name ?? '');
}
