import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Api, AppError, reloadOnDataChange, RfqFieldsFragment, RfqQuotesGQL, RfqQuotesQuery, SpecificationVersionGQL, SpecVersionFieldsFragment, toAppError } from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe, BcFileSizePipe, BcQuantityPipe } from '@bc/web/i18n';
import { LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { leadTimeRange, shortHash } from './criteria';
import { rfqErrorTranslation } from './rfq-errors';

export type OpenedQuote = RfqQuotesQuery['rfq']['quotes'][number];

/**
 * The opened quotes of a closed RFQ: one row per supplier with total, validity, lead times,
 * revisions and the SHA-256 receipt; opened, the lines, alternatives, conditional offers (in plain
 * words; none while two envelopes hide the prices), requirement answers, attachments and the
 * earlier revisions. Asked for only once `quotesOpen` is true.
 */
@Component({
  selector: 'bc-rfq-quotes',
  imports: [ScrollRegion, LoadStatus, MatButtonModule, MatIconModule, MatTooltipModule, TranslatePipe, BcAmountPipe, BcDatePipe, BcFileSizePipe, BcQuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rfq-quotes.html',
  styleUrls: ['./page.scss', './panel.scss', './rfq-quotes.scss'],
})
export class RfqQuotes {
  private readonly api = inject(Api);

  readonly rfq = input.required<RfqFieldsFragment>();

  protected readonly quotes = signal<OpenedQuote[]>([]);
  protected readonly specification = signal<SpecVersionFieldsFragment | null>(null);
  protected readonly loading = signal(false);
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? rfqErrorTranslation(error) : null;
  });
  /** Lowest latest total first; quotes without a total last. */
  protected readonly sorted = computed(() =>
    [...this.quotes()].sort((a, b) => Number(a.latest.content.total ?? Infinity) - Number(b.latest.content.total ?? Infinity)),
  );
  protected readonly shortHash = shortHash;
  protected readonly leadTimeRange = leadTimeRange;

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load(this.rfq().id, this.rfq().specificationVersionId));
    effect(() => {
      const rfq = this.rfq();
      // Sealed until closed: the API refuses `quotes` before, so it is not even asked.
      if (!rfq.quotesOpen) return;
      untracked(() => void this.load(rfq.id, rfq.specificationVersionId));
    });
  }

  private async load(id: string, versionId: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [quotes, version] = await Promise.all([
        this.api.read(RfqQuotesGQL, { id }),
        this.api.read(SpecificationVersionGQL, { id: versionId }).catch(() => null),
      ]);
      this.quotes.set(quotes.rfq.quotes);
      this.specification.set(version?.specificationVersion ?? null);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected toggle(invitationId: string): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (next.has(invitationId)) next.delete(invitationId);
      else next.add(invitationId);
      return next;
    });
  }

  protected lineOf(key: string): { position: number; description: string; unit: string; quantity: string } | null {
    const lines = this.specification()?.lines ?? [];
    const index = lines.findIndex((l) => l.key === key);
    return index < 0 ? null : { position: index + 1, description: lines[index].description, unit: lines[index].unit, quantity: lines[index].quantity };
  }

  /** The wording of a conditional offer (`conditionalOffer.*`): by its type and its condition. */
  protected offerKey(d: { type: string; minValue: string | null }): string {
    return `conditionalOffer.${d.type === 'PERCENT' ? 'percent' : 'amount'}${d.minValue !== null ? 'Min' : 'Lines'}`;
  }

  /** The lines of an offer's condition in the specification's order: "1. Press, 2. Die set". */
  protected offerLines(keys: readonly string[]): string {
    return keys
      .map((key) => ({ key, line: this.lineOf(key) }))
      .sort((a, b) => (a.line?.position ?? Infinity) - (b.line?.position ?? Infinity))
      .map(({ key, line }) => (line ? `${line.position}. ${line.description}` : key))
      .join(', ');
  }

  protected requirementOf(key: string): string {
    return this.specification()?.requirements.find((r) => r.key === key)?.text ?? key;
  }
}
