import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { CaseTimelineGQL, dataOf, errorTranslation, reloadOnDataChange, toAppError } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { TimelineFact, timelineFacts } from './timeline-facts';

interface Entry {
  id: string;
  action: string;
  actorName: string | null;
  occurredAt: string;
  facts: TimelineFact[];
}

/** The case's audit trail as a readable timeline, newest first (who did what, when, and why). */
@Component({
  selector: 'bc-case-timeline',
  imports: [MatIconModule, TranslatePipe, BcDatePipe, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="bc-timeline__heading">{{ 'timeline.title' | translate }}</h2>
    <p class="bc-muted">{{ 'timeline.intro' | translate }}</p>
    @if (error(); as e) {
      <bc-error-banner [messageKey]="e.key" [params]="e.params" />
    }
    @if (entries(); as list) {
      @if (list.length === 0) {
        <p class="bc-muted">{{ 'timeline.empty' | translate }}</p>
      } @else {
        <ol class="bc-timeline">
          @for (e of list; track e.id) {
            <li class="bc-timeline__entry">
              <div class="bc-timeline__when">{{ e.occurredAt | bcDate }}</div>
              <div class="bc-timeline__what">
                <span class="bc-timeline__action">{{ actionLabel(e.action) }}</span>
                <span class="bc-muted"> · {{ e.actorName ?? ('timeline.system' | translate) }}</span>
                @if (e.facts.length) {
                  <dl class="bc-timeline__facts">
                    @for (f of e.facts; track f.label) {
                      <div>
                        <dt>{{ f.label | translate }}</dt>
                        <dd>{{ f.stage ? ('stages.' + f.value | translate) : f.value }}</dd>
                      </div>
                    }
                  </dl>
                }
              </div>
            </li>
          }
        </ol>
      }
    }
  `,
  styles: `
    .bc-timeline__heading {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.25rem;
    }
    .bc-timeline {
      list-style: none;
      margin: 1rem 0 0;
      padding: 0;
      border-left: 2px solid var(--mat-sys-outline-variant);
    }
    .bc-timeline__entry {
      display: grid;
      grid-template-columns: 11rem 1fr;
      gap: 1rem;
      padding: 0.5rem 0 0.75rem 1rem;
      position: relative;
    }
    .bc-timeline__entry::before {
      content: '';
      position: absolute;
      left: -6px;
      top: 0.85rem;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .bc-timeline__when {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      padding-top: 0.15rem;
    }
    .bc-timeline__action {
      font: var(--mat-sys-title-small);
    }
    .bc-timeline__facts {
      margin: 0.25rem 0 0;
      display: grid;
      gap: 0.1rem;
      font: var(--mat-sys-body-small);
    }
    .bc-timeline__facts div {
      display: flex;
      gap: 0.5rem;
    }
    .bc-timeline__facts dt {
      color: var(--mat-sys-on-surface-variant);
      min-width: 7rem;
    }
    .bc-timeline__facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .bc-muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CaseTimeline {
  readonly caseId = input.required<string>();
  private readonly timelineGql = inject(CaseTimelineGQL);
  private readonly translate = inject(TranslateService);
  protected readonly entries = signal<Entry[] | null>(null);
  protected readonly error = signal<{ key: string; params: Record<string, unknown> } | null>(null);

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load(this.caseId()));
    effect(() => void this.load(this.caseId()));
  }

  protected actionLabel(action: string): string {
    const key = `timeline.actions.${action}`;
    const label: string = this.translate.instant(key);
    return label && label !== key ? label : action;
  }

  private async load(id: string): Promise<void> {
    try {
      const data = await dataOf(this.timelineGql.fetch({ variables: { id } }));
      const events = data.purchaseCase.timeline;
      this.entries.set(
        [...events].reverse().map((e) => ({ id: e.id, action: e.action, actorName: e.actorName, occurredAt: e.occurredAt, facts: timelineFacts(e.summary) })),
      );
      this.error.set(null);
    } catch (e) {
      this.error.set(errorTranslation(toAppError(e)));
    }
  }
}
