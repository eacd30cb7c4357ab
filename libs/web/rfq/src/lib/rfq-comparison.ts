import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ErrorCode, Permission } from '@bc/shared/domain';
import {
  Api,
  ComparisonFieldsFragment,
  reloadOnDataChange,
  RfqComparisonGQL,
  RfqFieldsFragment,
  SetRfqExchangeRateGQL,
  toAppError,
} from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe, BcQuantityPipe } from '@bc/web/i18n';
import { LoadStatus, ScrollRegion, TranslatedPaginatorIntl } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { foreignCurrencies, normalizeRate, rateInputError, undecidedReason } from './comparison-view';
import { rfqErrorTranslation } from './rfq-errors';
import { ActionState, injectCan } from '@bc/web/case-kit';

/** Lines per page of the comparison; the first is the default. */
const LINE_PAGE_SIZES = [20, 50, 100];

type RateRow = {
  currency: string;
  rate: string | null;
  setAt: string | null;
  setByName: string | null;
  missing: boolean;
};

/**
 * The buyer's side-by-side comparison of a closed RFQ (issue 5): the exchange rates of the quote
 * currencies (entered by RFQ_MANAGE, read-only otherwise), the supplier totals, every line with
 * each supplier's offer and the best value marked, the requirements answered, and the
 * spreadsheet. Asked for only once `quotesOpen` is true; the API computes every value. The lines
 * come a page at a time (200 suppliers × 500 lines are 100 000 offers); the spreadsheet has them all.
 */
@Component({
  selector: 'bc-rfq-comparison',
  imports: [ScrollRegion, 
    LoadStatus,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatTooltipModule,
    TranslatePipe,
    BcAmountPipe,
    BcDatePipe,
    BcQuantityPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './rfq-comparison.html',
  styleUrls: ['./page.scss', './panel.scss', './rfq-comparison.scss'],
})
export class RfqComparison {
  private readonly api = inject(Api);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly rfq = input.required<RfqFieldsFragment>();

  protected readonly comparison = signal<ComparisonFieldsFragment | null>(null);
  /** The page of lines shown: its first line (0-based) and how many. */
  protected readonly lineOffset = signal(0);
  protected readonly lineLimit = signal(LINE_PAGE_SIZES[0]);
  protected readonly linePageSizes = LINE_PAGE_SIZES;
  private readonly state = new ActionState(undefined, false, rfqErrorTranslation);
  protected readonly loading = this.state.loading;
  protected readonly errorMessage = this.state.errorMessage;
  protected readonly canManage = injectCan(Permission.RFQ_MANAGE);

  /** What is typed per currency, the error shown next to its field, and the one being saved. */
  protected readonly drafts = signal<Readonly<Record<string, string>>>({});
  protected readonly rateErrors = signal<Readonly<Record<string, { key: string; params: Record<string, unknown> }>>>({});
  protected readonly saving = signal<string | null>(null);

  protected readonly rates = computed<RateRow[]>(() => {
    const c = this.comparison();
    if (!c) return [];
    return foreignCurrencies(c).map((currency) => {
      const entered = c.exchangeRates.find((r) => r.currency === currency);
      return {
        currency,
        rate: entered?.rate ?? null,
        setAt: entered?.setAt ?? null,
        setByName: entered?.setByName ?? null,
        missing: c.missingRates.includes(currency),
      };
    });
  });
  protected readonly xlsxUrl = computed(() => `/api/rfqs/${encodeURIComponent(this.rfq().id)}/comparison.xlsx`);
  protected readonly undecidedReason = undecidedReason;

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load());
    effect(() => {
      const rfq = this.rfq();
      // Sealed until closed: the API refuses the comparison before, so it is not even asked.
      if (!rfq.quotesOpen) return;
      untracked(() => {
        this.lineOffset.set(0);
        void this.load(rfq.id);
      });
    });
  }

  protected async load(id = this.rfq().id): Promise<void> {
    await this.state.load(async () => {
      const comparison = (await this.api.read(RfqComparisonGQL, { rfqId: id, lineOffset: this.lineOffset(), lineLimit: this.lineLimit() })).rfqComparison;
      this.comparison.set(comparison);
    });
  }

  /** Another page of lines (or another page size), read from the API. */
  protected async page(event: PageEvent): Promise<void> {
    this.lineOffset.set(event.pageIndex * event.pageSize);
    this.lineLimit.set(event.pageSize);
    await this.load();
  }

  protected draftOf(row: RateRow): string {
    return this.drafts()[row.currency] ?? row.rate ?? '';
  }

  protected edit(currency: string, value: string): void {
    this.drafts.update((d) => ({ ...d, [currency]: value }));
    if (this.rateErrors()[currency]) this.setRateError(currency, null);
  }

  protected async saveRate(row: RateRow): Promise<void> {
    const text = this.draftOf(row);
    const problem = rateInputError(text);
    if (problem) {
      this.setRateError(row.currency, { key: `comparison.rateErrors.${problem}`, params: { currency: row.currency, rfqCurrency: this.rfq().currency } });
      return;
    }
    this.saving.set(row.currency);
    this.setRateError(row.currency, null);
    try {
      await this.api.write(SetRfqExchangeRateGQL, { rfqId: this.rfq().id, currency: row.currency, rate: normalizeRate(text) });
      this.drafts.update((d) => {
        const next = { ...d };
        delete next[row.currency];
        return next;
      });
      this.snackBar.open(this.translate.instant('comparison.rateSaved', { currency: row.currency }), undefined, { duration: 4000 });
      await this.load();
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === ErrorCode.VALIDATION_FAILED && (appError.field === 'rate' || appError.field === 'currency')) {
        this.setRateError(row.currency, {
          key: `comparison.rateErrors.${appError.field}`,
          params: { currency: row.currency, rfqCurrency: this.rfq().currency },
        });
      } else if (appError.code === ErrorCode.CONFLICT) {
        this.setRateError(row.currency, { key: 'comparison.rateErrors.conflict', params: {} });
      } else {
        this.setRateError(row.currency, rfqErrorTranslation(appError));
      }
    } finally {
      this.saving.set(null);
    }
  }

  private setRateError(currency: string, message: { key: string; params: Record<string, unknown> } | null): void {
    this.rateErrors.update((errors) => {
      const next = { ...errors };
      if (message) next[currency] = message;
      else delete next[currency];
      return next;
    });
  }
}
