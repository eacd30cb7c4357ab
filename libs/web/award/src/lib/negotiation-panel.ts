import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { CaseStage, MAX_NEGOTIATION_ROUNDS, Permission } from '@bc/shared/domain';
import { NegotiationRoundFieldsFragment } from '@bc/web/data-access';
import { injectCan } from '@bc/web/case-kit';
import { BcAmountPipe, BcDatePipe } from '@bc/web/i18n';
import { LoadStatus } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { NegotiationFacade, RfqLine } from './negotiation.facade';
import { OpenRoundData, OpenRoundDialog } from './open-round.dialog';
import { RfqStagePanel } from './rfq-stage-panel';

/**
 * The negotiation of a closed RFQ (issue 5), on the RFQ page from the evaluation on: every round
 * (message, targets, deadline, open or closed, the suppliers asked and who answered, never what),
 * and for the buyer opening a round, ending one early, skipping the negotiation with a reason or
 * finishing it. Skipping and finishing move the case to DECISION: `stageChanged` tells the page.
 */
@Component({
  selector: 'bc-negotiation-panel',
  imports: [LoadStatus, MatButtonModule, MatIconModule, TranslatePipe, BcDatePipe, BcAmountPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [NegotiationFacade],
  template: `
    <section aria-labelledby="bc-negotiation-heading">
      <h2 id="bc-negotiation-heading">{{ 'award.negotiation.title' | translate }}</h2>
      <p class="bc-muted">{{ 'award.negotiation.intro' | translate }}</p>
      <bc-load-status [loading]="loading() || busy()" [error]="errorMessage()" />

      @for (round of rounds(); track round.id) {
        <article class="bc-round" [class.bc-round--open]="round.status === 'OPEN'" [attr.aria-labelledby]="'bc-round-' + round.id">
          <div class="bc-round__head">
            <h3 [id]="'bc-round-' + round.id">{{ 'award.negotiation.round' | translate: { number: round.number } }}</h3>
            <span class="bc-status bc-round-status--{{ round.status }}">{{ 'award.negotiation.status.' + round.status | translate }}</span>
            <span>{{ 'award.negotiation.closesAt' | translate: { date: (round.closesAt | bcDate) } }}</span>
            @if (round.endedAt) {
              <span class="bc-muted">{{ 'award.negotiation.endedAt' | translate: { date: (round.endedAt | bcDate) } }}</span>
            }
            @if (canManage() && round.status === 'OPEN') {
              <button mat-stroked-button type="button" class="bc-round__end" [disabled]="busy()" (click)="end(round)">
                <mat-icon svgIcon="close" aria-hidden="true" />{{ 'award.negotiation.end' | translate }}
              </button>
            }
          </div>
          <p class="bc-muted bc-round__meta">
            @if (round.openedByName) {
              {{ 'award.negotiation.openedBy' | translate: { name: round.openedByName, date: (round.openedAt | bcDate) } }}
            } @else {
              {{ 'award.negotiation.openedOn' | translate: { date: (round.openedAt | bcDate) } }}
            }
          </p>
          <div class="bc-round__body">
            <div>
              <h4>{{ 'award.negotiation.message' | translate }}</h4>
              <blockquote class="bc-rfq-comment">{{ round.message }}</blockquote>
              @if (round.targets.length) {
                <h4>{{ 'award.negotiation.targets' | translate }}</h4>
                <ul class="bc-round__list">
                  @for (t of round.targets; track t.lineKey) {
                    <li>
                      @if (lineOf(t.lineKey); as line) {
                        {{ 'award.negotiation.targetLine' | translate: { position: line.position, description: line.description } }}
                      } @else {
                        {{ t.lineKey }}
                      }
                      · <strong>{{ t.unitPrice | bcAmount: rfq().currency }}</strong>
                    </li>
                  }
                </ul>
              }
            </div>
            <div>
              <h4>{{ 'award.negotiation.asked' | translate }}</h4>
              <ul class="bc-round__list">
                @for (i of round.invitations; track i.invitationId) {
                  <li>
                    <strong>{{ i.supplierName }}</strong> ·
                    @if (i.responded) {
                      <span class="bc-round__answered"
                        ><mat-icon svgIcon="check" aria-hidden="true" class="bc-inline-icon" />{{
                          'award.negotiation.responded' | translate: { date: (i.respondedAt | bcDate) }
                        }}</span
                      >
                    } @else {
                      <span class="bc-muted">{{ 'award.negotiation.notResponded' | translate }}</span>
                    }
                  </li>
                }
              </ul>
            </div>
          </div>
        </article>
      } @empty {
        @if (!loading()) {
          <p class="bc-muted">{{ 'award.negotiation.none' | translate }}</p>
        }
      }

      @if (canManage() && negotiating()) {
        <div class="bc-rfq-actions">
          @if (!openRound() && rounds().length < maxRounds) {
            <!-- In the decision, proposing is the main way on: negotiating again is the second. -->
            @if (stage() === 'DECISION') {
              <button mat-stroked-button type="button" [disabled]="busy() || loading()" (click)="open()">
                <mat-icon svgIcon="add" aria-hidden="true" />{{ 'award.negotiation.open' | translate }}
              </button>
            } @else {
              <button mat-flat-button type="button" [disabled]="busy() || loading()" (click)="open()">
                <mat-icon svgIcon="add" aria-hidden="true" />{{ 'award.negotiation.open' | translate }}
              </button>
            }
          }
          @if (stage() === 'EVALUATION') {
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="skip()">
              <mat-icon svgIcon="arrow_forward" aria-hidden="true" />{{ 'award.negotiation.skip' | translate }}
            </button>
          }
          @if (stage() === 'NEGOTIATION') {
            <button mat-flat-button type="button" [disabled]="busy() || !!openRound()" (click)="finish()">
              <mat-icon svgIcon="arrow_forward" aria-hidden="true" />{{ 'award.negotiation.finish' | translate }}
            </button>
          }
        </div>
        <p class="bc-muted">
          @if (openRound()) {
            {{ 'award.negotiation.roundOpenHint' | translate }}
          }
          {{ 'award.negotiation.maxRounds' | translate: { max: maxRounds } }}
          @if (stage() === 'EVALUATION') {
            {{ 'award.negotiation.evaluationHint' | translate }}
          }
        </p>
      } @else if (negotiating()) {
        <p class="bc-muted">{{ 'award.negotiation.buyerActs' | translate }}</p>
      }
    </section>
  `,
  styleUrls: ['./page.scss', './award.scss'],
  styles: `
    @use 'blocks';
    .bc-round {
      margin: 0.75rem 0;
      @include blocks.framed(0.75rem 1rem);
    }
    .bc-round--open {
      border-color: var(--mat-sys-primary);
    }
    .bc-round__end {
      margin-left: auto;
    }
    .bc-round__meta {
      margin: 0.25rem 0 0.5rem;
    }
    .bc-round__body {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 0.5rem 2rem;
      h4 {
        margin: 0.5rem 0 0.25rem;
        font: var(--mat-sys-title-small);
      }
    }
    .bc-round__list {
      margin: 0;
      padding-left: 1.25rem;
      li {
        margin: 0.15rem 0;
      }
    }
    .bc-round__answered {
      color: var(--mat-sys-primary);
    }
    .bc-round-status--OPEN {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .bc-round-status--CLOSED {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class NegotiationPanel extends RfqStagePanel {
  private readonly facade = inject(NegotiationFacade);

  protected readonly maxRounds = MAX_NEGOTIATION_ROUNDS;
  protected readonly rounds = this.facade.rounds;
  protected readonly loading = this.facade.state.loading;
  protected readonly busy = this.facade.state.busy;
  protected readonly errorMessage = this.facade.state.errorMessage;
  protected readonly canManage = injectCan(Permission.NEGOTIATION_MANAGE);
  /**
   * Rounds are opened while the case is evaluated, negotiated or decided (from DECISION only without
   * a pending proposal: the server says AWARD_PENDING); skipping is from EVALUATION, finishing from NEGOTIATION.
   */
  protected readonly negotiating = computed(() =>
    ([CaseStage.EVALUATION, CaseStage.NEGOTIATION, CaseStage.DECISION] as string[]).includes(this.stage()),
  );
  protected readonly openRound = computed(() => this.rounds().find((r) => r.status === 'OPEN') ?? null);

  protected load(): Promise<void> {
    return this.facade.load(this.rfq().id);
  }

  /** A line of the RFQ's specification, for naming a target (by key alone if the lines cannot be read). */
  protected lineOf(lineKey: string): RfqLine | null {
    return this.facade.lines().get(lineKey) ?? null;
  }

  protected open(): void {
    const rfq = this.rfq();
    const number = Math.max(0, ...this.rounds().map((r) => r.number)) + 1;
    this.dialog
      .open<OpenRoundDialog, OpenRoundData, NegotiationRoundFieldsFragment>(OpenRoundDialog, { data: { rfq, number }, width: '48rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((round) => {
        if (!round) return;
        this.facade.opened(round);
        this.notify('award.negotiation.openedNotice', { number: round.number });
        // The first round moves the case into NEGOTIATION.
        if (this.stage() !== CaseStage.NEGOTIATION) this.stageChanged.emit();
      });
  }

  protected end(round: NegotiationRoundFieldsFragment): void {
    this.ask.confirm({
      title: 'award.negotiation.endTitle',
      message: 'award.negotiation.endText',
      confirm: 'award.negotiation.end',
      params: { number: round.number },
      destructive: true,
    }, async () => {
      if (await this.facade.end(round.id)) this.notify('award.negotiation.endedNotice', { number: round.number });
    });
  }

  protected skip(): void {
    const rfq = this.rfq();
    this.ask.reason({
      title: 'award.negotiation.skipTitle',
      text: 'award.negotiation.skipText',
      label: 'award.negotiation.skipReason',
      confirm: 'award.negotiation.skip',
    }, async (reason) => {
      if (await this.facade.skip(rfq.caseId, reason)) this.movedOn('award.negotiation.skippedNotice');
    });
  }

  protected finish(): void {
    const rfq = this.rfq();
    this.ask.confirm({
      title: 'award.negotiation.finishTitle',
      message: 'award.negotiation.finishText',
      confirm: 'award.negotiation.finish',
    }, async () => {
      if (await this.facade.finish(rfq.caseId)) this.movedOn('award.negotiation.finishedNotice');
    });
  }

  /** Skipped or finished: the case moved to DECISION, the page reads it afresh. */
  private movedOn(key: string): void {
    this.notify(key, {});
    this.stageChanged.emit();
  }
}
