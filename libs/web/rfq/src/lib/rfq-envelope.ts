import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Permission } from '@bc/shared/domain';
import { Api, LockTechnicalScoresGQL, reloadOnDataChange, RfqEnvelopeGQL, RfqEnvelopeQuery, RfqFieldsFragment } from '@bc/web/data-access';
import { BcCriterionNamePipe, BcDatePipe } from '@bc/web/i18n';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { rfqErrorTranslation } from './rfq-errors';
import { ActionState, injectAsk, injectCan, injectNotify } from '@bc/web/case-kit';

type Envelope = RfqEnvelopeQuery['rfqEvaluation'];

/**
 * Two envelopes (issue 5) on a closed RFQ: while the technical scoring is open, prices stay hidden
 * from every evaluator; this panel says so, lists the technical scores still missing (supplier,
 * criterion, specifier), and lets the buyer lock the technical scores once none is missing, which
 * opens the prices. After the lock it says when and by whom.
 */
@Component({
  selector: 'bc-rfq-envelope',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, BcDatePipe, BcCriterionNamePipe, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = rfq();
    <section class="bc-envelope" [class.bc-envelope--locked]="!!r.technicalLockedAt" aria-labelledby="bc-envelope-heading">
      <mat-icon [svgIcon]="r.technicalLockedAt ? 'lock' : 'policy'" class="bc-envelope__icon" aria-hidden="true" />
      <div class="bc-envelope__body">
        <h2 id="bc-envelope-heading">{{ 'envelope.heading' | translate }}</h2>
        @if (r.technicalLockedAt) {
          <p>{{ 'envelope.locked' | translate: { at: (r.technicalLockedAt | bcDate), name: r.technicalLockedByName ?? '' } }}</p>
        } @else {
          <p>{{ 'envelope.hidden' | translate }}</p>
          @if (envelope(); as e) {
            @if (e.technicalOutstanding.length > 0) {
              <p class="bc-envelope__missing-heading">{{ 'envelope.missing' | translate: { count: e.technicalOutstanding.length } }}</p>
              <ul class="bc-envelope__missing">
                @for (o of e.technicalOutstanding; track o.invitationId + o.criterionKey + (o.evaluatorId ?? '')) {
                  <li>
                    {{ o.supplierName }} – {{ criterionOf(o.criterionKey) | bcCriterionName }}
                    @if (o.evaluatorName) {
                      – {{ 'envelope.by' | translate: { name: o.evaluatorName } }}
                    }
                  </li>
                }
              </ul>
            } @else {
              <p class="bc-envelope__ready">{{ 'envelope.ready' | translate }}</p>
            }
          }
          @if (state.errorMessage(); as m) {
            <bc-error-banner [messageKey]="m.key" [params]="m.params" />
          }
          @if (canManage()) {
            <button mat-flat-button type="button" [disabled]="state.busy() || !envelope() || envelope()!.technicalOutstanding.length > 0" (click)="lock()">
              <mat-icon svgIcon="lock" aria-hidden="true" />
              {{ 'envelope.lock' | translate }}
            </button>
          }
        }
      </div>
    </section>
  `,
  styles: `
    .bc-envelope {
      display: flex;
      gap: 1rem;
      padding: 1rem 1.25rem;
      border: 1px solid #c9a227;
      border-left-width: 4px;
      border-radius: 4px;
      background: #fdf8e6;
    }
    .bc-envelope--locked {
      border-color: #2e7d32;
      background: #eef7ee;
    }
    .bc-envelope__icon {
      flex: none;
      margin-top: 0.2rem;
    }
    .bc-envelope__body h2 {
      margin: 0 0 0.4rem;
      font-size: 1.05rem;
    }
    .bc-envelope__body p {
      margin: 0 0 0.5rem;
    }
    .bc-envelope__missing {
      margin: 0 0 0.75rem;
      padding-left: 1.25rem;
    }
    .bc-envelope__missing-heading,
    .bc-envelope__ready {
      font-weight: 500;
    }
  `,
})
export class RfqEnvelope {
  private readonly api = inject(Api);
  private readonly ask = injectAsk();
  private readonly notify = injectNotify();

  readonly rfq = input.required<RfqFieldsFragment>();
  /** After the lock: the page reads the RFQ again (prices now shown). */
  readonly locked = output<void>();

  protected readonly envelope = signal<Envelope | null>(null);
  /** A failed lock reads the envelope afresh. */
  protected readonly state = new ActionState(() => this.load(), false, rfqErrorTranslation);
  protected readonly canManage = injectCan(Permission.RFQ_MANAGE);

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load());
    effect(() => {
      const rfq = this.rfq();
      if (!rfq.twoEnvelope || rfq.technicalLockedAt || !rfq.quotesOpen) return;
      untracked(() => void this.load(rfq.id));
    });
  }

  protected criterionOf(key: string): { key: string; name: string } {
    return this.rfq().criteria.find((c) => c.key === key) ?? { key, name: key };
  }

  protected async load(id = this.rfq().id): Promise<void> {
    await this.state.load(async () => this.envelope.set((await this.api.read(RfqEnvelopeGQL, { rfqId: id })).rfqEvaluation));
  }

  protected lock(): void {
    const r = this.rfq();
    this.ask.confirm({ title: 'envelope.lockTitle', message: 'envelope.lockText', confirm: 'envelope.lock', params: { reference: r.reference } }, async () => {
      await this.state.run(async () => {
        await this.api.write(LockTechnicalScoresGQL, { rfqId: r.id });
        this.notify('envelope.lockedNotice', { reference: r.reference });
        this.locked.emit();
      });
    });
  }
}
