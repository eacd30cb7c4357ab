import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ErrorCode, MAX_SCORE_COMMENT, Permission } from '@bc/shared/domain';
import { Api, AppError, RfqFieldsFragment, RfqScoringGQL, RfqScoringQuery, ScoreQuoteGQL, SessionStore, toAppError } from '@bc/web/data-access';
import { BcCriterionNamePipe, BcDatePipe, BcQuantityPipe, LanguageService } from '@bc/web/i18n';
import { CharCount, LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { rfqErrorTranslation } from './rfq-errors';
import { BlockedReason, cellState, parseScore, ScoreInputErrors, scoreInputErrors } from './scoring-view';
import { ActionState, injectCan } from '@bc/web/case-kit';

type Evaluation = RfqScoringQuery['rfqEvaluation'];
type SupplierEvaluation = Evaluation['suppliers'][number];
type CriterionEvaluation = SupplierEvaluation['criteria'][number];
type EvaluatorScore = CriterionEvaluation['scores'][number];
/** A message to translate; `field` when the API named the input at fault. */
type Message = { key: string; params: Record<string, unknown>; field?: 'score' | 'comment' };

/** One cell of my grid: a supplier on a criterion, what I may do there and my current score. */
interface MyCell {
  id: string;
  invitationId: string;
  supplierName: string;
  criterionKey: string;
  criterionName: string;
  kind: string;
  /** Open to me; else `reason` says why not. */
  open: boolean;
  reason: BlockedReason | null;
  /** My score here counts (false: advisory). */
  counted: boolean;
  performanceScore: number | null;
  mine: EvaluatorScore | null;
}

/** A criterion the evaluators score (price is computed, not scored): one row in each table. */
interface CriterionRow {
  criterionKey: string;
  name: string;
  kind: string;
  weight: number;
}

interface MyRow extends CriterionRow {
  cells: MyCell[];
}

/** Per criterion, per supplier: the evaluators' scores, counted ones apart from the others. */
interface AllRow extends CriterionRow {
  suppliers: Array<{ invitationId: string; supplierName: string; criterion: CriterionEvaluation; counted: EvaluatorScore[]; notCounted: EvaluatorScore[] }>;
}

const cellId = (invitationId: string, criterionKey: string): string => `${invitationId}\u0000${criterionKey}`;

/** The rows of the scored criteria, in the evaluation's order, each with what `rest` adds. */
function criterionRows<T extends object>(e: Evaluation, rest: (c: Evaluation['criteria'][number]) => T): Array<CriterionRow & T> {
  return e.criteria
    .filter((c) => c.kind !== 'PRICE')
    .map((c) => ({ criterionKey: c.key, name: c.name, kind: c.kind, weight: c.weight, ...rest(c) }));
}

/**
 * The evaluators' scoring of a closed RFQ (issue 5): the signed-in user's grid of suppliers ×
 * criteria (0–10 with a required comment, saved one cell at a time with `scoreQuote`; cells the
 * user may not score are shown closed with the reason), and every evaluator's current scores
 * per criterion and supplier with the consensus and the wide-spread flag. Asked for only once
 * `quotesOpen` is true; the API decides every value and refuses what is not allowed.
 */
@Component({
  selector: 'bc-rfq-scoring',
  imports: [ScrollRegion, NgTemplateOutlet, LoadStatus, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, BcCriterionNamePipe, BcDatePipe, BcQuantityPipe, CharCount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rfq-scoring.html',
  styleUrls: ['./page.scss', './panel.scss', './rfq-scoring.scss'],
})
export class RfqScoring {
  private readonly api = inject(Api);
  protected readonly maxComment = MAX_SCORE_COMMENT;
  private readonly session = inject(SessionStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly criterionName = new BcCriterionNamePipe();

  readonly rfq = input.required<RfqFieldsFragment>();

  protected readonly data = signal<RfqScoringQuery | null>(null);
  protected readonly evaluation = computed(() => this.data()?.rfqEvaluation ?? null);
  private readonly state = new ActionState(undefined, false, rfqErrorTranslation);
  protected readonly loading = this.state.loading;
  protected readonly errorMessage = this.state.errorMessage;

  protected readonly canScore = injectCan(Permission.QUOTE_SCORE);
  /** The roles I act in on the case that score something (SPECIFIER, BUYER, ADVISOR). */
  protected readonly scoringRoles = computed(() => (this.data()?.purchaseCase.myRoles ?? []).filter((r) => r === 'SPECIFIER' || r === 'BUYER' || r === 'ADVISOR'));
  private readonly conflicted = computed(() => {
    const me = this.session.user()?.id;
    return new Set((this.data()?.purchaseCase.conflicts ?? []).filter((c) => c.user.id === me).map((c) => c.supplier.id));
  });
  /** The suppliers by name: the grid keeps its columns while scores move the ranking. */
  protected readonly suppliers = computed(() =>
    [...(this.evaluation()?.suppliers ?? [])].sort((a, b) => a.supplierName.localeCompare(b.supplierName) || a.invitationId.localeCompare(b.invitationId)),
  );
  protected readonly priceCriteria = computed(() => this.evaluation()?.criteria.filter((c) => c.kind === 'PRICE') ?? []);

  protected readonly myRows = computed<MyRow[]>(() => {
    const e = this.evaluation();
    if (!e) return [];
    const me = this.session.user()?.id;
    const roles = this.data()?.purchaseCase.myRoles ?? [];
    const conflicted = this.conflicted();
    return criterionRows(e, (c) => ({
      cells: this.suppliers().map((s): MyCell => {
        const criterion = s.criteria.find((x) => x.criterionKey === c.key);
        const state = cellState({ kind: c.kind, source: criterion?.source ?? 'EVALUATORS', roles, conflicted: conflicted.has(s.supplierId) });
        return {
          id: cellId(s.invitationId, c.key),
          invitationId: s.invitationId,
          supplierName: s.supplierName,
          criterionKey: c.key,
          criterionName: c.name,
          kind: c.kind,
          open: state.open,
          reason: state.open ? null : state.reason,
          counted: state.open && state.counted,
          performanceScore: s.performanceScore,
          mine: criterion?.scores.find((x) => x.evaluatorId === me) ?? null,
        };
      }),
    }));
  });
  /** Whether any cell is open to me: else the grid is replaced by the reason. */
  protected readonly anyOpen = computed(() => this.myRows().some((r) => r.cells.some((c) => c.open)));

  protected readonly allRows = computed<AllRow[]>(() => {
    const e = this.evaluation();
    if (!e) return [];
    return criterionRows(e, (c) => ({
      suppliers: this.suppliers().flatMap((s) => {
        const criterion = s.criteria.find((x) => x.criterionKey === c.key);
        return criterion
          ? [
              {
                invitationId: s.invitationId,
                supplierName: s.supplierName,
                criterion,
                counted: criterion.scores.filter((x) => x.counted),
                notCounted: criterion.scores.filter((x) => !x.counted),
              },
            ]
          : [];
      }),
    }));
  });

  /** What is typed per cell, the errors shown in it, and the one being saved. */
  protected readonly drafts = signal<Readonly<Record<string, { score: string; comment: string }>>>({});
  protected readonly inputErrors = signal<Readonly<Record<string, ScoreInputErrors>>>({});
  protected readonly cellErrors = signal<Readonly<Record<string, Message>>>({});
  protected readonly saving = signal<string | null>(null);

  constructor() {
    effect(() => {
      const rfq = this.rfq();
      // Sealed until closed: the API refuses the evaluation before, so it is not even asked.
      if (!rfq.quotesOpen) return;
      untracked(() => void this.load());
    });
  }

  protected async load(): Promise<void> {
    const rfq = this.rfq();
    await this.state.load(async () => {
      this.data.set(await this.api.read(RfqScoringGQL, { caseId: rfq.caseId, rfqId: rfq.id }));
    });
  }

  protected scoreText(cell: MyCell): string {
    return this.drafts()[cell.id]?.score ?? (cell.mine ? String(cell.mine.score) : '');
  }

  protected commentText(cell: MyCell): string {
    return this.drafts()[cell.id]?.comment ?? cell.mine?.comment ?? '';
  }

  protected dirty(cell: MyCell): boolean {
    const draft = this.drafts()[cell.id];
    if (!draft) return false;
    return draft.score !== (cell.mine ? String(cell.mine.score) : '') || draft.comment !== (cell.mine?.comment ?? '');
  }

  protected edit(cell: MyCell, part: 'score' | 'comment', value: string): void {
    this.drafts.update((d) => {
      const current = d[cell.id] ?? { score: this.scoreText(cell), comment: this.commentText(cell) };
      return { ...d, [cell.id]: { ...current, [part]: value } };
    });
    const errors = this.inputErrors()[cell.id];
    if (errors?.[part]) this.setInputErrors(cell.id, { ...errors, [part]: undefined });
    if (this.cellErrors()[cell.id]) this.setCellError(cell.id, null);
  }

  protected async save(cell: MyCell): Promise<void> {
    const scoreText = this.scoreText(cell);
    const comment = this.commentText(cell);
    const problems = scoreInputErrors(scoreText, comment);
    this.setInputErrors(cell.id, problems);
    this.setCellError(cell.id, null);
    if (problems.score || problems.comment) return;
    this.saving.set(cell.id);
    try {
      await this.api.write(ScoreQuoteGQL, { rfqId: this.rfq().id, invitationId: cell.invitationId, criterionKey: cell.criterionKey, score: parseScore(scoreText) ?? -1, comment });
      this.drafts.update((d) => {
        const next = { ...d };
        delete next[cell.id];
        return next;
      });
      this.snackBar.open(this.translate.instant('scoring.mine.saved', {
        supplier: cell.supplierName,
        criterion: this.criterionName.transform({ key: cell.criterionKey, name: cell.criterionName }),
      }), undefined, {
        duration: 4000,
      });
      await this.load();
    } catch (error) {
      this.setCellError(cell.id, scoreErrorMessage(toAppError(error)));
    } finally {
      this.saving.set(null);
    }
  }

  protected blockedParams(cell: MyCell): Record<string, unknown> {
    const score = cell.performanceScore === null ? '' : new Intl.NumberFormat(this.language.lang(), { maximumFractionDigits: 2 }).format(cell.performanceScore);
    return { score, kind: this.translate.instant(`scoring.kindsInText.${cell.kind}`) };
  }

  /** Why a score is left out of the consensus: a conflict of interest, an advisor's, or the role's. */
  protected notCountedReason(x: EvaluatorScore): string {
    return x.conflictOfInterest ? 'scoring.all.conflict' : x.role === 'ADVISOR' ? 'scoring.all.advisor' : 'roles.' + x.role;
  }

  private setInputErrors(id: string, errors: ScoreInputErrors): void {
    this.inputErrors.update((all) => ({ ...all, [id]: errors }));
  }

  private setCellError(id: string, message: Message | null): void {
    this.cellErrors.update((errors) => {
      const next = { ...errors };
      if (message) next[id] = message;
      else delete next[id];
      return next;
    });
  }
}

/** The message for a refused score: the field the API names, else its code in scoring words. */
export function scoreErrorMessage(error: AppError): Message {
  if (error.code === ErrorCode.VALIDATION_FAILED && error.field) {
    const field = error.field.split('.').pop() ?? '';
    if (field === 'score' || field === 'comment') return { key: `scoring.errors.${field}`, params: {}, field };
    if (field === 'criterionKey' || field === 'invitationId') return { key: `scoring.errors.${field}`, params: {} };
  }
  if (error.code === ErrorCode.CONFLICT_OF_INTEREST || error.code === ErrorCode.FORBIDDEN || error.code === ErrorCode.CONFLICT) {
    return { key: `scoring.errors.${error.code}`, params: {} };
  }
  return rfqErrorTranslation(error);
}
