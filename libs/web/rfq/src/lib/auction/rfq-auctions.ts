import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Permission } from '@bc/shared/domain';
import {
  Api,
  ApproveAuctionGQL,
  AuctionSummaryFieldsFragment,
  CancelAuctionGQL,
  reloadOnDataChange,
  RfqAuctionsGQL,
  RfqFieldsFragment,
  toAppError,
} from '@bc/web/data-access';
import { injectAsk, injectCan, injectNotify } from '@bc/web/case-kit';
import { BcDatePipe, LanguageService } from '@bc/web/i18n';
import { LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { rfqErrorTranslation } from '../rfq-errors';
import { ScheduleAuctionDialog } from './schedule-auction.dialog';
import { scrollToFragment } from './scroll-to-fragment';

type Message = { key: string; params: Record<string, unknown> };

/**
 * The RFQ's reverse auctions (issue 15) on its evaluation: each with its status and a link to the live
 * page; the buyer schedules one and cancels it before the start, a gatekeeper approves its settings
 * (the server refuses whoever scheduled it: its error shows here).
 */
@Component({
  selector: 'bc-rfq-auctions',
  imports: [ScrollRegion, RouterLink, MatButtonModule, MatIconModule, TranslatePipe, BcDatePipe, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section id="auctions" aria-labelledby="bc-auctions-heading">
      <div class="bc-auctions-head">
        <h2 id="bc-auctions-heading" tabindex="-1" #heading>{{ 'auction.panel.title' | translate }}</h2>
        @if (canSchedule() && !pending()) {
          <button mat-flat-button type="button" [disabled]="busy()" (click)="schedule()">
            <mat-icon svgIcon="add" aria-hidden="true" />{{ 'auction.panel.schedule' | translate }}
          </button>
        }
      </div>
      <p class="bc-muted">{{ 'auction.panel.intro' | translate }}</p>
      <bc-load-status [loading]="loading() || busy()" [error]="error()" />
      @if (auctions().length) {
        <div class="bc-table-wrap">
          <table class="bc-table bc-auction-table bc-panel-table" role="table" aria-labelledby="bc-auctions-heading">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{{ 'auction.panel.starts' | translate }}</th>
                <th scope="col" role="columnheader">{{ 'auction.panel.ends' | translate }}</th>
                <th scope="col" role="columnheader">{{ 'auction.panel.state' | translate }}</th>
                <th scope="col" role="columnheader" class="bc-num">{{ 'auction.panel.bids' | translate }}</th>
                <th scope="col" role="columnheader">{{ 'auction.panel.actions' | translate }}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              @for (a of auctions(); track a.id) {
                <tr role="row">
                  <td role="cell" [attr.data-label]="'auction.panel.starts' | translate">{{ a.settings.startsAt | bcDate }}</td>
                  <td role="cell" [attr.data-label]="'auction.panel.ends' | translate">{{ a.endsAt | bcDate }}</td>
                  <td role="cell">
                    <span class="bc-status bc-auction-status--{{ a.status }}">{{ 'auction.status.' + a.status | translate }}</span>
                    <div class="bc-muted">
                      @if (a.approvedByName) {
                        {{ 'auction.panel.approvedBy' | translate: { name: a.approvedByName } }}
                      } @else if (a.scheduledByName) {
                        {{ 'auction.panel.scheduledBy' | translate: { name: a.scheduledByName } }}
                      }
                    </div>
                  </td>
                  <td role="cell" class="bc-num" [attr.data-label]="'auction.panel.bids' | translate">{{ a.bidCount }}</td>
                  <td role="cell" class="bc-auction-actions">
                    <a mat-button [routerLink]="['/cases', rfq().caseId, 'rfq', 'auctions', a.id]" [attr.aria-label]="'auction.panel.openNamed' | translate: { date: (a.settings.startsAt | bcDate) }">
                      {{ 'auction.panel.open' | translate }}<mat-icon iconPositionEnd svgIcon="arrow_forward" aria-hidden="true" />
                    </a>
                    @if (canApprove() && a.status === 'SCHEDULED') {
                      <button mat-stroked-button type="button" [disabled]="busy()" (click)="approve(a)">
                        <mat-icon svgIcon="check" aria-hidden="true" />{{ 'auction.panel.approve' | translate }}
                      </button>
                    }
                    @if (canSchedule() && (a.status === 'SCHEDULED' || a.status === 'APPROVED')) {
                      <button mat-stroked-button type="button" class="bc-danger" [disabled]="busy()" (click)="cancel(a)">
                        <mat-icon svgIcon="close" aria-hidden="true" />{{ 'auction.panel.cancel' | translate }}
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else if (!loading()) {
        <p class="bc-muted">{{ 'auction.panel.none' | translate }}</p>
      }
    </section>
  `,
  styles: `
    @use 'auction';
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.75rem;
    }
    .bc-danger {
      color: var(--mat-sys-error);
    }
    .bc-auctions-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .bc-auction-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
    }
    /* On a phone each auction is a small card, its actions (approve, cancel) in reach without scrolling sideways. */
    @media (max-width: 599.98px) {
      .bc-panel-table,
      .bc-panel-table tbody,
      .bc-panel-table tr,
      .bc-panel-table td {
        display: block;
      }
      .bc-panel-table thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      .bc-panel-table tr {
        padding: 0.5rem 0.75rem;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .bc-panel-table tr:last-child {
        border-bottom: 0;
      }
      .bc-panel-table td,
      .bc-panel-table td.bc-num {
        padding: 0.125rem 0;
        border: 0;
        text-align: left;
      }
      .bc-panel-table td.bc-auction-actions {
        display: flex;
        padding-top: 0.375rem;
      }
      .bc-panel-table [data-label]::before {
        content: attr(data-label) ': ' / '';
        color: var(--mat-sys-on-surface-variant);
      }
    }
  `,
})
export class RfqAuctions {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly ask = injectAsk();
  private readonly notify = injectNotify();
  private readonly language = inject(LanguageService);

  readonly rfq = input.required<RfqFieldsFragment>();
  /** The case is where an auction may be scheduled (EVALUATION or NEGOTIATION). */
  readonly open = input(false);

  protected readonly auctions = signal<AuctionSummaryFieldsFragment[]>([]);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<Message | null>(null);
  protected readonly canSchedule = computed(() => this.canManage() && this.open());
  protected readonly canApprove = injectCan(Permission.RFQ_APPROVE);
  private readonly canManage = injectCan(Permission.NEGOTIATION_MANAGE);
  /** One live auction at a time: none is scheduled while another is pending or running. */
  protected readonly pending = computed(() => this.auctions().some((a) => a.status === 'SCHEDULED' || a.status === 'APPROVED' || a.status === 'RUNNING'));

  private readonly loaded = signal(false);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    // A gatekeeper's task links here (`#auctions`): the panel comes into view once its auctions are read.
    scrollToFragment('auctions', this.loaded, () => this.heading()?.nativeElement);
    reloadOnDataChange(() => this.load());
    effect(() => {
      const id = this.rfq().id;
      untracked(() => void this.load(id));
    });
  }

  private async load(rfqId = this.rfq().id): Promise<void> {
    this.loading.set(true);
    try {
      this.auctions.set((await this.api.read(RfqAuctionsGQL, { rfqId })).auctions);
    } catch (error) {
      this.error.set(rfqErrorTranslation(toAppError(error)));
    } finally {
      this.loading.set(false);
      this.loaded.set(true);
    }
  }

  protected schedule(): void {
    this.dialog
      .open<ScheduleAuctionDialog, { rfqId: string }, AuctionSummaryFieldsFragment>(ScheduleAuctionDialog, { data: { rfqId: this.rfq().id }, width: '44rem' })
      .afterClosed()
      .subscribe((auction) => {
        if (!auction) return;
        this.auctions.update((list) => [auction, ...list.filter((a) => a.id !== auction.id)]);
        this.notify('auction.panel.scheduledNotice', {});
      });
  }

  protected approve(a: AuctionSummaryFieldsFragment): void {
    const params = { date: this.date(a.settings.startsAt) };
    this.ask.confirm({ title: 'auction.panel.approveTitle', message: 'auction.panel.approveText', confirm: 'auction.panel.approve', params }, () =>
      this.run(async () => (await this.api.write(ApproveAuctionGQL, { id: a.id })).approveAuction, 'auction.panel.approvedNotice'),
    );
  }

  protected cancel(a: AuctionSummaryFieldsFragment): void {
    this.ask.reason({ title: 'auction.panel.cancelTitle', label: 'auction.panel.cancelReason', confirm: 'auction.panel.cancel', destructive: true }, (reason) =>
      this.run(async () => (await this.api.write(CancelAuctionGQL, { id: a.id, reason })).cancelAuction, 'auction.panel.cancelledNotice'),
    );
  }

  private async run(work: () => Promise<AuctionSummaryFieldsFragment>, notice: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const updated = await work();
      this.auctions.update((list) => list.map((x) => (x.id === updated.id ? updated : x)));
      this.notify(notice, {});
    } catch (error) {
      // Self-approval (SEPARATION_OF_DUTIES) and a start already past (AUCTION_LOCKED) are the server's to refuse.
      this.error.set(rfqErrorTranslation(toAppError(error)));
    } finally {
      this.busy.set(false);
    }
  }

  private date(iso: string): string {
    return new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
}
