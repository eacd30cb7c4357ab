import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AppError, dataOf, EvaluationFieldsFragment, reloadOnDataChange, RfqEvaluationGQL, RfqFieldsFragment, toAppError } from '@bc/web/data-access';
import { BcCriterionNamePipe, BcQuantityPipe } from '@bc/web/i18n';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { rfqErrorTranslation } from './rfq-errors';
import { contribution, sensitivityView, SensitivityView } from './scoring-view';

/**
 * The ranking of a closed RFQ's suppliers (issue 5): the weighted totals in rank order with each
 * criterion's contribution, and the sensitivity check in plain words (does first place change
 * when a single weight moves by up to ±10 points, and which weight by how much would change it).
 * Asked for only once `quotesOpen` is true; the API computes every value.
 */
@Component({
  selector: 'bc-rfq-ranking',
  imports: [MatIconModule, MatProgressBarModule, TranslatePipe, BcCriterionNamePipe, BcQuantityPipe, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rfq-ranking.html',
  styleUrls: ['./page.scss', './rfq.scss', './rfq-ranking.scss'],
})
export class RfqRanking {
  private readonly evaluationGql = inject(RfqEvaluationGQL);

  readonly rfq = input.required<RfqFieldsFragment>();

  protected readonly evaluation = signal<EvaluationFieldsFragment | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? rfqErrorTranslation(error) : null;
  });

  /** Every supplier's criteria with the points they add to its total. */
  protected readonly rows = computed(() =>
    (this.evaluation()?.suppliers ?? []).map((s) => ({
      ...s,
      contributions: s.criteria.map((c) => ({ ...c, points: contribution(c.score, c.weight) })),
    })),
  );
  /** Per supplier missing a score, the criteria it misses ({ key, name } for the name pipe). */
  protected readonly missing = computed(() => {
    const e = this.evaluation();
    if (!e) return [];
    return e.suppliers
      .filter((s) => s.missing.length)
      .map((s) => ({ invitationId: s.invitationId, supplierName: s.supplierName, criteria: e.criteria.filter((c) => s.missing.includes(c.key)) }));
  });
  protected readonly sensitivity = computed<SensitivityView | null>(() => {
    const e = this.evaluation();
    return e?.sensitivity ? sensitivityView(e.criteria, e.sensitivity) : null;
  });

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load());
    effect(() => {
      const rfq = this.rfq();
      // Sealed until closed: the API refuses the evaluation before, so it is not even asked.
      if (!rfq.quotesOpen) return;
      untracked(() => void this.load());
    });
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.evaluation.set((await dataOf(this.evaluationGql.fetch({ variables: { rfqId: this.rfq().id } }))).rfqEvaluation);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }
}
