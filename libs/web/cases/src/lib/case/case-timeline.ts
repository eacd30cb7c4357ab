import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { BcDatePipe } from '@bc/web/i18n';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { TimelineEntry } from './timeline-facts';

/** The case's audit trail as a readable timeline, newest first (who did what, when, and why); the case page reads it. */
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
  /** Newest first; null until read. */
  readonly entries = input<readonly TimelineEntry[] | null>(null);
  /** Why the timeline could not be read. */
  readonly error = input<{ key: string; params: Record<string, unknown> } | null>(null);
  private readonly translate = inject(TranslateService);

  protected actionLabel(action: string): string {
    const key = `timeline.actions.${action}`;
    const label: string = this.translate.instant(key);
    return label && label !== key ? label : action;
  }
}
