import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Api, PagedList, PortalInvitationGroup, PortalInvitationsGQL, PortalInvitationSummaryFieldsFragment, reloadOnDataChange, SessionStore } from '@bc/web/data-access';
import { EmptyState, ErrorBanner, ListPaginator } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { portalErrorMessage } from './portal-errors';
import { BcRelativePipe } from './portal-pipes';
import { PortalAuctions } from './auction/portal-auctions';
import { BcPluralPipe, BcDatePipe } from '@bc/web/i18n';

/**
 * A supplier company's home: its RFQ invitations in three groups, the negotiation rounds to answer,
 * the requests open for quotes and the past ones. The API pages each group on its own, in the
 * group's order, so a heading and its count belong to the whole group and its paginator walks
 * through it: no group is split over a page of another, nor shown twice.
 */
@Component({
  selector: 'bc-portal-page',
  imports: [BcPluralPipe, 
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    EmptyState,
    ErrorBanner,
    ListPaginator,
    BcDatePipe,
    BcRelativePipe,
    PortalAuctions,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bc-page-header">
      <div>
        <h1>{{ 'portal.title' | translate }}</h1>
        <p class="bc-intro">{{ 'portal.company' | translate: { company: company() } }}</p>
      </div>
    </div>

    @if (errorMessage(); as message) {
      <bc-error-banner class="bc-page-error" [messageKey]="message.key" [params]="message.params" />
      <button mat-stroked-button type="button" (click)="load()">{{ 'common.retry' | translate }}</button>
    }
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }

    <bc-portal-auctions />
    @if (read() && !error()) {
      @if (empty()) {
        <bc-empty-state icon="store" [heading]="'portal.emptyTitle' | translate">
          <p>{{ 'portal.emptyText' | translate: { company: company() } }}</p>
        </bc-empty-state>
      } @else {
        @if (rounds().length > 0) {
          <section class="bc-rounds" aria-labelledby="bc-rounds-heading">
            <h2 id="bc-rounds-heading">{{ 'portalList.rounds' | translate }} ({{ inRound.total() }})</h2>
            <p class="bc-muted">{{ 'portalList.roundsIntro' | translate }}</p>
            <ul class="bc-cards">
              @for (item of rounds(); track item.invitation.id + '-' + item.round.number) {
                <li>
                  <mat-card appearance="outlined" class="bc-card bc-card--round">
                    <mat-card-content>
                      <div class="bc-card__top">
                        <span class="bc-muted">{{ item.invitation.buyerName }}</span>
                        <span class="bc-chip bc-chip--IN_ROUND">{{ 'portalList.round' | translate: { number: item.round.number } }}</span>
                      </div>
                      <h3 class="bc-card__title">
                        <a [routerLink]="['/portal/rfqs', item.invitation.id]">
                          <span class="bc-card__reference">{{ item.invitation.rfqReference }}</span> {{ item.invitation.rfqTitle }}
                        </a>
                      </h3>
                      <p class="bc-card__due">
                        <mat-icon svgIcon="pending" aria-hidden="true" />
                        {{ 'portalList.roundDue' | translate: { time: (item.round.closesAt | bcDate: 'zone'), relative: (item.round.closesAt | bcRelative) } }}
                      </p>
                      <blockquote class="bc-card__message">{{ item.round.message }}</blockquote>
                      <p class="bc-card__closing">
                        @if (item.round.targets.length > 0) {
                          {{ 'portalList.roundTargets' | bcPlural: item.round.targets.length }}
                        } @else {
                          {{ 'portalList.roundNoTargets' | translate }}
                        }
                        ·
                        @if (item.round.submitted) {
                          {{ 'portalList.roundAnswered' | translate }}
                        } @else {
                          <strong>{{ 'portalList.roundWaiting' | translate }}</strong>
                        }
                      </p>
                    </mat-card-content>
                    <mat-card-actions align="end">
                      <a mat-flat-button [routerLink]="['/portal/rfqs', item.invitation.id]">
                        {{ 'portalList.answerRound' | translate: { number: item.round.number } }}<mat-icon iconPositionEnd svgIcon="arrow_forward" aria-hidden="true" />
                      </a>
                    </mat-card-actions>
                  </mat-card>
                </li>
              }
            </ul>
            <bc-list-paginator [source]="inRound" label="portalList.roundsPaginator" />
          </section>
        }
        <section [class.bc-section]="rounds().length > 0" aria-labelledby="bc-open-heading">
          <h2 id="bc-open-heading">{{ 'portalList.open' | translate }} ({{ open.total() }})</h2>
          <ul class="bc-cards">
            @for (invitation of open.items(); track invitation.id) {
              <ng-container *ngTemplateOutlet="card; context: { $implicit: invitation }" />
            } @empty {
              <li class="bc-muted">{{ 'portalList.noneOpen' | translate }}</li>
            }
          </ul>
          <bc-list-paginator [source]="open" label="portalList.openPaginator" />
        </section>
        @if (past.total() > 0) {
          <section class="bc-section" aria-labelledby="bc-past-heading">
            <h2 id="bc-past-heading">{{ 'portalList.past' | translate }} ({{ past.total() }})</h2>
            <ul class="bc-cards">
              @for (invitation of past.items(); track invitation.id) {
                <ng-container *ngTemplateOutlet="card; context: { $implicit: invitation }" />
              }
            </ul>
            <bc-list-paginator [source]="past" label="portalList.pastPaginator" />
          </section>
        }
      }
    }

    <ng-template #card let-invitation>
      <li>
        <mat-card appearance="outlined" class="bc-card">
          <mat-card-content>
            <div class="bc-card__top">
              <span class="bc-muted">{{ invitation.buyerName }}</span>
              <span class="bc-card__chips">
                <span class="bc-chip bc-chip--{{ invitation.state }}">{{ 'portalInvitationState.' + invitation.state | translate }}</span>
              </span>
            </div>
            <h3 class="bc-card__title">
              <a [routerLink]="['/portal/rfqs', invitation.id]">
                <span class="bc-card__reference">{{ invitation.rfqReference }}</span> {{ invitation.rfqTitle }}
              </a>
            </h3>
            <p class="bc-card__closing">
              @if (invitation.rfqStatus === 'CANCELLED') {
                {{ 'portalList.cancelled' | translate }}
              } @else if (invitation.open) {
                {{ 'portalList.closes' | translate: { time: (invitation.closesAt | bcDate: 'zone'), relative: (invitation.closesAt | bcRelative) } }}
              } @else {
                {{ 'portalList.closed' | translate: { time: (invitation.closesAt | bcDate: 'zone') } }}
              }
            </p>
          </mat-card-content>
          <mat-card-actions align="end">
            @if (invitation.auction; as auction) {
              <a mat-button [routerLink]="['/portal/auctions', auction.id]" [attr.aria-label]="'auction.portal.cardLinkNamed' | translate: { reference: invitation.rfqReference }">
                {{ 'auction.portal.cardLink' | translate }} · {{ 'auction.status.' + auction.status | translate }}
              </a>
            }
            <a mat-button [routerLink]="['/portal/rfqs', invitation.id]" [attr.aria-label]="'portalList.openNamed' | translate: { reference: invitation.rfqReference }">
              {{ 'portalList.openRfq' | translate }}<mat-icon iconPositionEnd svgIcon="arrow_forward" aria-hidden="true" />
            </a>
          </mat-card-actions>
        </mat-card>
      </li>
    </ng-template>
  `,
  styleUrl: './portal.scss',
  styles: `
    .bc-cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
      gap: 1rem;
    }
    .bc-card {
      height: 100%;
    }
    .bc-card__top {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
    }
    .bc-card__chips {
      display: inline-flex;
      gap: 0.25rem;
      flex-wrap: wrap;
      justify-content: flex-end;
    }
    .bc-chip--AWARDED {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .bc-chip--INVITED,
    .bc-chip--IN_ROUND {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .bc-chip--SUBMITTED,
    .bc-chip--REVISED {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .bc-chip--DECLINED,
    .bc-chip--WITHDRAWN,
    .bc-chip--NOT_AWARDED {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .bc-card--round {
      border-color: var(--mat-sys-tertiary);
    }
    .bc-card__due {
      display: flex;
      align-items: center;
      gap: 0.375rem;
      margin: 0 0 0.5rem;
      font-weight: 600;
    }
    .bc-card__message {
      margin: 0 0 0.5rem;
      padding-left: 0.75rem;
      border-left: 3px solid var(--mat-sys-outline-variant);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .bc-card__title {
      margin: 0.5rem 0;
      font: var(--mat-sys-title-medium);
    }
    .bc-card__title a {
      color: inherit;
    }
    .bc-card__reference {
      font-weight: 600;
    }
    .bc-card__closing {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PortalPage {
  private readonly session = inject(SessionStore);
  private readonly api = inject(Api);

  protected readonly company = computed(() => this.session.organization()?.name ?? '');
  /** Invitations asked into a negotiation round open now, the round closing soonest first. */
  protected readonly inRound = this.group('IN_ROUND');
  /** Invitations to RFQs open for quotes, the one closing soonest first. */
  protected readonly open = this.group('OPEN');
  /** The other invitations (closed, cancelled, decided), newest first. */
  protected readonly past = this.group('PAST');
  private readonly groups = [this.inRound, this.open, this.past];

  /** Each open round of the invitations on the round group's page, in the group's order. */
  protected readonly rounds = computed(() =>
    this.inRound.items().flatMap((invitation) => invitation.rounds.filter((round) => round.status === 'OPEN').map((round) => ({ invitation, round }))),
  );
  protected readonly loading = computed(() => this.groups.some((group) => group.loading()));
  protected readonly error = computed(() => this.groups.map((group) => group.error()).find((error) => !!error) ?? null);
  protected readonly errorMessage = portalErrorMessage(this.error);
  /** The groups were read once: a later read (another page, a change) keeps the page as it is meanwhile. */
  protected readonly read = signal(false);
  protected readonly empty = computed(() => this.groups.every((group) => group.total() === 0));

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load());
    void this.load();
  }

  protected async load(): Promise<void> {
    await Promise.all(this.groups.map((group) => group.load()));
    this.read.set(true);
  }

  /** One group of the company's invitations, read a page at a time in the group's order. */
  private group(group: PortalInvitationGroup): PagedList<PortalInvitationSummaryFieldsFragment> {
    return new PagedList(async (page) => (await this.api.read(PortalInvitationsGQL, { ...page, group })).portalInvitations, { pageSizes: [50, 100, 200] });
  }
}
