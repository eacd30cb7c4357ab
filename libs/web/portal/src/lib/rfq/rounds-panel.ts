import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { BcAmountPipe, BcDatePipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { BcRelativePipe } from '../portal-pipes';

/** A negotiation round as the supplier sees it (PortalInvitation.rounds). */
export interface PortalRoundView {
  number: number;
  message: string;
  targets: ReadonlyArray<{ lineKey: string; unitPrice: string }>;
  closesAt: string;
  status: string;
  submitted: boolean;
  submittedRevision: number | null;
}

/** The RFQ lines the targets refer to. */
export interface RoundLine {
  key: string;
  position: number;
  description: string;
  unit: string;
}

/** The open round among the supplier's rounds, if any (there is at most one at a time). */
export function openRound<T extends Pick<PortalRoundView, 'status' | 'number'>>(rounds: readonly T[] | null | undefined): T | null {
  return [...(rounds ?? [])].filter((r) => r.status === 'OPEN').sort((a, b) => b.number - a.number)[0] ?? null;
}

/**
 * The negotiation rounds the supplier's company is in, newest first: the buyer's message, the
 * target prices per line, the deadline with the time left, and whether a revised offer came in.
 */
@Component({
  selector: 'bc-rounds-panel',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, BcAmountPipe, BcDatePipe, BcRelativePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="bc-rounds" aria-labelledby="bc-rounds-heading">
      <h2 id="bc-rounds-heading">{{ 'portalRounds.title' | translate }}</h2>
      <p class="bc-muted">{{ 'portalRounds.intro' | translate }}</p>
      <ol class="bc-round-list">
        @for (r of sorted(); track r.number) {
          <li class="bc-round" [class.bc-round--open]="r.status === 'OPEN'" [attr.aria-labelledby]="'bc-round-' + r.number">
            <div class="bc-round__head">
              <h3 [id]="'bc-round-' + r.number">{{ 'portalRounds.round' | translate: { number: r.number } }}</h3>
              <span class="bc-chip bc-chip--round-{{ r.status }}">{{ 'portalRounds.' + r.status | translate }}</span>
            </div>
            <dl class="bc-facts">
              <dt>{{ 'portalRounds.deadline' | translate }}</dt>
              <dd>
                {{ r.closesAt | bcDate: 'zone' }}
                @if (r.status === 'OPEN') {
                  <span class="bc-muted">({{ r.closesAt | bcRelative }})</span>
                } @else if (endedEarly(r)) {
                  <span class="bc-muted">({{ 'portalRounds.endedEarly' | translate }})</span>
                }
              </dd>
              <dt>{{ 'portalRounds.message' | translate }}</dt>
              <dd>{{ r.message }}</dd>
            </dl>

            @if (r.targets.length) {
              <table class="bc-round__targets">
                <caption>
                  {{ 'portalRounds.targetsIntro' | translate: { currency: currency() } }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'portalRounds.line' | translate }}</th>
                    <th scope="col" class="bc-num">{{ 'portalRounds.target' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (t of r.targets; track t.lineKey) {
                    @let line = lineOf(t.lineKey);
                    <tr>
                      <td>
                        @if (line) {
                          {{ line.position }}. {{ line.description }}
                        } @else {
                          {{ t.lineKey }}
                        }
                      </td>
                      <td class="bc-num">
                        {{ t.unitPrice | bcAmount: currency() }}
                        @if (line) {
                          <span class="bc-muted">/ {{ line.unit }}</span>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            } @else {
              <p class="bc-muted">{{ 'portalRounds.noTargets' | translate }}</p>
            }

            <p class="bc-round__state" [class.bc-round__state--done]="r.submitted">
              <mat-icon [svgIcon]="r.submitted ? 'verified' : r.status === 'OPEN' ? 'pending' : 'lock'" aria-hidden="true" />
              @if (r.submitted) {
                @if (r.submittedRevision) {
                  {{ 'portalRounds.submitted' | translate: { revision: r.submittedRevision } }}
                } @else {
                  {{ 'portalRounds.submittedNoRevision' | translate }}
                }
              } @else if (r.status === 'OPEN') {
                {{ 'portalRounds.notSubmitted' | translate }}
              } @else {
                {{ 'portalRounds.missed' | translate }}
              }
            </p>
            @if (r.status === 'OPEN' && canRevise()) {
              <p class="bc-round__revise">
                {{ 'portalRounds.reviseNow' | translate }}
                <button mat-flat-button type="button" (click)="toQuote.emit()">
                  <mat-icon svgIcon="edit" aria-hidden="true" />{{ 'portalRounds.toQuote' | translate }}
                </button>
              </p>
            }
          </li>
        }
      </ol>
    </section>
  `,
  styleUrl: '../portal.scss',
  styles: `
    @use 'blocks';
    .bc-rounds {
      margin-bottom: 1.5rem;
    }
    .bc-round-list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .bc-round {
      @include blocks.framed(1rem 1.25rem);
    }
    .bc-round--open {
      border-color: var(--mat-sys-primary);
      border-width: 2px;
    }
    .bc-round__head {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      margin-bottom: 0.5rem;
    }
    .bc-round__head h3 {
      margin: 0;
    }
    .bc-chip--round-OPEN {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .bc-round__targets {
      margin: 0.75rem 0;
      border-collapse: collapse;
      min-width: 20rem;
    }
    .bc-round__targets caption {
      text-align: left;
      color: var(--mat-sys-on-surface-variant);
      padding-bottom: 0.25rem;
    }
    .bc-round__targets th,
    .bc-round__targets td {
      padding: 0.3rem 0.75rem 0.3rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
    .bc-round__targets .bc-num {
      text-align: right;
    }
    .bc-round__state {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0.75rem 0 0;
    }
    .bc-round__state mat-icon {
      width: 20px;
      height: 20px;
      flex: none;
    }
    .bc-round__state--done mat-icon {
      color: var(--mat-sys-primary);
    }
    .bc-round__revise {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      flex-wrap: wrap;
      margin: 0.75rem 0 0;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class RoundsPanel {
  readonly rounds = input.required<readonly PortalRoundView[]>();
  readonly lines = input<readonly RoundLine[]>([]);
  readonly currency = input.required<string>();
  /** The API says a revised quote can be submitted now. */
  readonly canRevise = input(false);
  /** The supplier wants the quote form. */
  readonly toQuote = output<void>();

  protected readonly sorted = computed(() => [...this.rounds()].sort((a, b) => b.number - a.number));
  private readonly byKey = computed(() => new Map(this.lines().map((l) => [l.key, l])));

  /** A closed round whose deadline has not come: the buyer ended it early. */
  protected endedEarly(r: Pick<PortalRoundView, 'status' | 'closesAt'>): boolean {
    return r.status !== 'OPEN' && new Date(r.closesAt).getTime() > Date.now();
  }

  protected lineOf(key: string): RoundLine | undefined {
    return this.byKey().get(key);
  }
}
