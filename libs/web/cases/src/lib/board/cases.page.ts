import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CASE_STAGE_ORDER, CaseStage, CLOSED_STAGES, ImportanceClass, Permission, PurchaseType } from '@bc/shared/domain';
import {
  Api,
  CaseListFieldsFragment,
  PurchaseCaseCountsGQL,
  PurchaseCaseFilter,
  PagePosition,
  PurchaseCasesGQL,
  SessionStore,
} from '@bc/web/data-access';
import { BcCpvLabelPipe, BcDatePipe } from '@bc/web/i18n';
import { EmptyState, LoadStatus, PagedTable, ScrollRegion, SelectInput, TableSource, TextColumn } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime } from 'rxjs';
import { ActionState, injectCan, injectNotify, StageBadge } from '@bc/web/case-kit';
import { CreatedCase, NewCaseDialog } from './new-case.dialog';

export type CasesView = 'board' | 'table';

/** The stages a board shows, one column each: every stage of a case still under way. */
export const OPEN_STAGES: readonly CaseStage[] = CASE_STAGE_ORDER.filter((s) => !CLOSED_STAGES.includes(s));

/** The most a board column is given; beyond it the table (paginated) is the way in. */
const BOARD_LIMIT = 100;

/** Cases grouped by stage in board order; stages without cases get an empty column. */
export function groupByStage(cases: readonly CaseListFieldsFragment[]): Map<CaseStage, CaseListFieldsFragment[]> {
  const columns = new Map<CaseStage, CaseListFieldsFragment[]>(OPEN_STAGES.map((stage) => [stage, []]));
  for (const c of cases) columns.get(c.stage)?.push(c);
  return columns;
}

@Component({
  selector: 'bc-cases-page',
  imports: [ScrollRegion, 
    LoadStatus,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTableModule,
    TranslatePipe,
    BcCpvLabelPipe,
    BcDatePipe,
    EmptyState,
    PagedTable,
    SelectInput,
    TextColumn,
    StageBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cases.page.html',
  styleUrls: ['../cases.scss', './cases.page.scss'],
})
export class CasesPage implements OnInit {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly notify = injectNotify();

  protected readonly organization = inject(SessionStore).organization;
  protected readonly canTriage = injectCan(Permission.NEED_TRIAGE);
  protected readonly canRaise = injectCan(Permission.NEED_RAISE);
  protected readonly canCreate = injectCan(Permission.CASE_MANAGE);
  protected readonly openStages = OPEN_STAGES;
  protected readonly allStages = CASE_STAGE_ORDER;
  protected readonly columns = ['reference', 'title', 'stage', 'purchaseType', 'importance', 'estimatedValue', 'neededBy'];
  /** Columns that show a choice by its translated name: heading `cases.<column>`, value `<column>.<value>`. */
  protected readonly choiceColumns = ['purchaseType', 'importance'] as const;
  /** The values of each choice column, which the filters offer too. */
  protected readonly choices = { purchaseType: Object.values(PurchaseType), importance: Object.values(ImportanceClass) };

  protected readonly view = signal<CasesView>(inject(ActivatedRoute).snapshot.queryParamMap.get('view') === 'table' ? 'table' : 'board');
  protected readonly filters = inject(NonNullableFormBuilder).group({
    search: [''],
    purchaseType: ['' as PurchaseType | ''],
    importance: ['' as ImportanceClass | ''],
    stages: [[] as CaseStage[]],
    mine: [false],
  });

  protected readonly cases = signal<CaseListFieldsFragment[]>([]);
  protected readonly total = signal(0);
  protected readonly counts = signal<Partial<Record<CaseStage, number>>>({});
  protected readonly filtered = signal(false);
  /** The table view's place in the list (the board reads its first BOARD_LIMIT cases). */
  private readonly position = new PagePosition([25, 50, 100]);
  private readonly state = new ActionState(undefined, true);
  protected readonly loading = this.state.loading;
  protected readonly errorMessage = this.state.errorMessage;
  protected readonly board = computed(() => groupByStage(this.cases()));
  /** The table view's page of cases; loading and errors show above it, for both views. */
  protected readonly table: TableSource<CaseListFieldsFragment> = {
    items: this.cases,
    loading: this.loading,
    total: this.total,
    pageIndex: this.position.pageIndex,
    pageSize: this.position.pageSize,
    pageSizes: this.position.pageSizes,
    page: (event) => this.page(event),
  };

  constructor() {
    this.filters.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe(() => {
      this.position.reset();
      void this.load();
    });
  }

  ngOnInit(): void {
    void this.load();
  }

  protected setView(view: CasesView): void {
    this.view.set(view);
    this.position.reset();
    void this.router.navigate([], { queryParams: { view: view === 'table' ? 'table' : null }, replaceUrl: true });
    void this.load();
  }

  /** A buyer opens a new purchase without a need, then works on it on its page. */
  protected newCase(): void {
    this.dialog
      .open<NewCaseDialog, undefined, CreatedCase>(NewCaseDialog, { width: '40rem', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notify('newCase.created', { reference: created.reference });
        void this.router.navigate(['/cases', created.id]);
      });
  }

  private page(event: { pageIndex: number; pageSize: number }): void {
    this.position.move(event, this.total());
    void this.load();
  }

  protected columnCount(stage: CaseStage, shown: number): number {
    return this.filtered() ? shown : (this.counts()[stage] ?? shown);
  }

  protected async load(): Promise<void> {
    const form = this.filters.getRawValue();
    const filter: PurchaseCaseFilter = {};
    if (form.search.trim()) filter.search = form.search.trim();
    if (form.purchaseType) filter.purchaseType = form.purchaseType;
    if (form.importance) filter.importance = form.importance;
    if (form.mine) filter.mine = true;
    this.filtered.set(Object.keys(filter).length > 0);
    const board = this.view() === 'board';
    if (board) filter.stage = [...OPEN_STAGES];
    else if (form.stages.length) filter.stage = form.stages;
    const page = board ? { limit: BOARD_LIMIT } : this.position.request();
    await this.state.load(async () => {
      const [data, counts] = await Promise.all([
        this.api.read(PurchaseCasesGQL, { filter, ...page }),
        board ? this.api.read(PurchaseCaseCountsGQL) : Promise.resolve(null),
      ]);
      if (!board) this.position.received(data.purchaseCases);
      this.cases.set(data.purchaseCases.items);
      this.total.set(data.purchaseCases.total);
      if (counts) {
        this.counts.set(Object.fromEntries(counts.purchaseCaseCounts.map((c) => [c.stage, c.count])));
      }
    });
  }
}
