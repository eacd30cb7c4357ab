import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** Where deciders approve or reject award proposals. Proposals come with the award features. */
@Component({
  selector: 'bc-inbox-page',
  imports: [TranslatePipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'inbox.title' | translate }}</h1>
    <p class="bc-intro">{{ 'inbox.intro' | translate }}</p>
    <bc-empty-state icon="inbox" [heading]="'inbox.emptyTitle' | translate">
      <p>{{ 'inbox.emptyText' | translate }}</p>
    </bc-empty-state>
  `,
  styles: `
    .bc-intro {
      margin-bottom: 1.5rem;
    }
  `,
})
export class InboxPage {}
