import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { ImportanceClass, PurchaseType, Role } from '@bc/shared/domain';
import {
  AnalyticsApprovalLeadTimesGQL,
  AnalyticsApprovalLeadTimesQuery,
  AnalyticsChart,
  AnalyticsCompetitionGQL,
  AnalyticsCompetitionQuery,
  AnalyticsConcentrationGQL,
  AnalyticsConcentrationQuery,
  AnalyticsCycleTimeGQL,
  AnalyticsCycleTimeQuery,
  AnalyticsDeliveryGQL,
  AnalyticsDeliveryQuery,
  AnalyticsFilter,
  AnalyticsKraljicGQL,
  AnalyticsKraljicQuery,
  AnalyticsSavingsGQL,
  AnalyticsSavingsQuery,
  AnalyticsSpendGQL,
  AnalyticsSpendQuery,
  AnalyticsTailSpendGQL,
  AnalyticsTailSpendQuery,
  AnalyticsWinRatesGQL,
  AnalyticsWinRatesQuery,
  Api,
  CycleTimeDimension,
  RefreshAnalyticsGQL,
  SessionStore,
  Submission,
  UsersGQL,
} from '@bc/web/data-access';
import { BcDatePipe, LanguageService } from '@bc/web/i18n';
import { CpvPicker, CpvValue } from '@bc/web/suppliers';
import { ErrorBanner, ScrollRegion, SelectInput } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { exportUrl, NO_FILTER, toAnalyticsFilter } from './analytics-filter';
import { ChartCard, DrillRequest } from './chart-card';
import { ChartLocale, ChartView, Formats } from './chart-format';
import { ChartLoad } from './chart-load';
import {
  approvalView,
  competitionView,
  concentrationView,
  cycleTimeView,
  cycleTrendView,
  deliveryView,
  savingsView,
  spendView,
  tailSpendView,
  winRatesView,
} from './chart-views';
import { DrillDownDialog, DrillDownData } from './drill-down.dialog';
import { explainQuadrant, kraljicView, QUADRANT_COLOURS } from './kraljic-view';

type Chart = AnalyticsChart;

/**
 * The analytics page (issue 17): the filter bar, when the figures were computed (and a refresh),
 * and one card per chart, each with its definition, its table, its exports and its drill-down.
 * Each chart is read on its own, so a slow one holds up no other.
 */
@Component({
  selector: 'bc-analytics-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    BcDatePipe,
    CpvPicker,
    SelectInput,
    ErrorBanner,
    ScrollRegion,
    ChartCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './analytics.page.html',
  styleUrl: './analytics.page.scss',
})
export class AnalyticsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);

  protected readonly organization = this.session.organization;
  protected readonly purchaseTypes = Object.values(PurchaseType);
  protected readonly importances = Object.values(ImportanceClass);
  protected readonly dimensions: CycleTimeDimension[] = ['PURCHASE_TYPE', 'IMPORTANCE', 'CATEGORY'];
  protected readonly quadrantColours = QUADRANT_COLOURS;

  protected readonly filters = new FormGroup({
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
    category: new FormControl<CpvValue | null>(null),
    purchaseTypes: new FormControl<PurchaseType[]>([], { nonNullable: true }),
    importances: new FormControl<ImportanceClass[]>([], { nonNullable: true }),
    buyerId: new FormControl('', { nonNullable: true }),
  });
  protected readonly dimension = new FormControl<CycleTimeDimension>('PURCHASE_TYPE', { nonNullable: true });
  protected readonly buyers = signal<{ id: string; name: string }[]>([]);
  /** The filter the charts show. */
  protected readonly applied = signal<AnalyticsFilter>({});
  private readonly appliedDimension = signal<CycleTimeDimension>('PURCHASE_TYPE');

  protected readonly cycle = new ChartLoad<AnalyticsCycleTimeQuery['analyticsCycleTime']>();
  protected readonly trend = new ChartLoad<AnalyticsCycleTimeQuery['analyticsCycleTime']>();
  protected readonly savings = new ChartLoad<AnalyticsSavingsQuery['analyticsSavings']>();
  protected readonly competition = new ChartLoad<AnalyticsCompetitionQuery['analyticsCompetition']>();
  protected readonly winRates = new ChartLoad<AnalyticsWinRatesQuery['analyticsWinRates']>();
  protected readonly spend = new ChartLoad<AnalyticsSpendQuery['analyticsSpend']>();
  protected readonly concentration = new ChartLoad<AnalyticsConcentrationQuery['analyticsConcentration']>();
  protected readonly tail = new ChartLoad<AnalyticsTailSpendQuery['analyticsTailSpend']>();
  protected readonly approvals = new ChartLoad<AnalyticsApprovalLeadTimesQuery['analyticsApprovalLeadTimes']>();
  protected readonly delivery = new ChartLoad<AnalyticsDeliveryQuery['analyticsDelivery']>();
  protected readonly kraljic = new ChartLoad<AnalyticsKraljicQuery['analyticsKraljic']>();

  /** The period, currency and refresh time every answer carries (the Kraljic matrix's, read first). */
  protected readonly meta = computed(() => this.kraljic.data()?.meta ?? this.spend.data()?.meta ?? null);
  protected readonly refreshing = new Submission();
  protected readonly refreshAsked = signal(false);

  protected readonly locale = computed<ChartLocale>(() => ({
    lang: this.language.lang(),
    t: (key, params) => this.translate.instant(key, params) as string,
    currency: this.meta()?.currency ?? 'EUR',
  }));
  protected readonly formats = computed(() => new Formats(this.locale()));

  protected readonly views = computed(() => {
    const l = this.locale();
    const view = <T>(load: ChartLoad<T>, build: (data: T, locale: ChartLocale) => ChartView) => {
      const data = load.data();
      return data ? build(data, l) : null;
    };
    return {
      cycle: view(this.cycle, cycleTimeView),
      trend: view(this.trend, cycleTrendView),
      savings: view(this.savings, savingsView),
      competition: view(this.competition, competitionView),
      winRates: view(this.winRates, winRatesView),
      spend: view(this.spend, spendView),
      concentration: view(this.concentration, concentrationView),
      tail: view(this.tail, tailSpendView),
      approvals: view(this.approvals, approvalView),
      delivery: view(this.delivery, deliveryView),
      kraljic: view(this.kraljic, kraljicView),
    };
  });

  /** Categories whose cases chose another class than the data's quadrant, with the explanation in words. */
  protected readonly disagreements = computed(() => {
    const k = this.kraljic.data();
    if (!k) return [];
    return k.categories.filter((c) => c.disagreeing > 0).map((c) => ({ category: c, explanation: explainQuadrant(c, k.thresholds, this.locale()) }));
  });

  ngOnInit(): void {
    void this.loadBuyers();
    this.load();
  }

  protected apply(): void {
    const v = this.filters.getRawValue();
    this.applied.set(toAnalyticsFilter({ ...NO_FILTER, ...v }));
    this.load();
  }

  protected reset(): void {
    this.filters.reset();
    this.apply();
  }

  protected changeDimension(): void {
    this.appliedDimension.set(this.dimension.value);
    const filter = this.applied();
    void this.cycle.run(async () => (await this.api.read(AnalyticsCycleTimeGQL, { filter, dimension: this.dimension.value })).analyticsCycleTime);
  }

  /** The export of a chart with the page's filter, in the UI language. */
  protected exportHref(chart: Chart, format: 'csv' | 'xlsx', dimension?: CycleTimeDimension): string {
    return exportUrl(chart, format, this.applied(), this.language.lang(), dimension);
  }

  protected cycleDimension(): CycleTimeDimension {
    return this.appliedDimension();
  }

  protected async refresh(): Promise<void> {
    await this.refreshing.run(async () => {
      await this.api.write(RefreshAnalyticsGQL);
      this.refreshAsked.set(true);
    });
  }

  /** The cases behind a point, in a dialog titled with the chart (its heading's key) and the point. */
  protected openDrill(chart: Chart, headingKey: string, point: DrillRequest): void {
    const heading = this.translate.instant(headingKey) as string;
    const data: DrillDownData = { chart, key: point.key, point: `${heading}: ${point.label}`, filter: this.applied() };
    this.dialog.open(DrillDownDialog, { data, width: '960px', maxWidth: '96vw', autoFocus: 'dialog' });
  }

  private load(): void {
    const filter = this.applied();
    const read = this.api;
    void this.kraljic.run(async () => (await read.read(AnalyticsKraljicGQL, { filter })).analyticsKraljic);
    void this.cycle.run(async () => (await read.read(AnalyticsCycleTimeGQL, { filter, dimension: this.appliedDimension() })).analyticsCycleTime);
    void this.trend.run(async () => (await read.read(AnalyticsCycleTimeGQL, { filter, dimension: 'MONTH' })).analyticsCycleTime);
    void this.savings.run(async () => (await read.read(AnalyticsSavingsGQL, { filter })).analyticsSavings);
    void this.competition.run(async () => (await read.read(AnalyticsCompetitionGQL, { filter })).analyticsCompetition);
    void this.winRates.run(async () => (await read.read(AnalyticsWinRatesGQL, { filter, limit: 50 })).analyticsWinRates);
    void this.spend.run(async () => (await read.read(AnalyticsSpendGQL, { filter })).analyticsSpend);
    void this.concentration.run(async () => (await read.read(AnalyticsConcentrationGQL, { filter })).analyticsConcentration);
    void this.tail.run(async () => (await read.read(AnalyticsTailSpendGQL, { filter })).analyticsTailSpend);
    void this.approvals.run(async () => (await read.read(AnalyticsApprovalLeadTimesGQL, { filter })).analyticsApprovalLeadTimes);
    void this.delivery.run(async () => (await read.read(AnalyticsDeliveryGQL, { filter })).analyticsDelivery);
  }

  /** The organization's buyers for the buyer filter; without the right to list users the filter is left out. */
  private async loadBuyers(): Promise<void> {
    try {
      const users = (await this.api.read(UsersGQL)).users;
      this.buyers.set(users.filter((u) => u.roles.includes(Role.BUYER) && !u.disabled).map((u) => ({ id: u.id, name: u.name })));
    } catch {
      this.buyers.set([]);
    }
  }
}
