import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Permission, PRE_RFQ_STAGES, QualificationStatus, ShortlistDecision, ShortlistSource, ShortlistStatus } from '@bc/shared/domain';
import { CaseFieldsFragment, SessionStore, SupplierListFieldsFragment } from '@bc/web/data-access';
import { LanguageService } from '@bc/web/i18n';
import { SupplierPicker } from '@bc/web/suppliers';
import { CharCount, FieldError, LoadStatus, PagedTable, rowsSource, TextColumn } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { approvalNotes } from './approval-notes';
import { ShortlistFacade, Suggestion } from './shortlist.facade';
import { injectAsk } from '@bc/web/case-kit';

type Entry = NonNullable<CaseFieldsFragment['shortlist']>['entries'][number];

/** Suppliers taken in. */
export function inCount(entries: readonly Pick<Entry, 'decision'>[]): number {
  return entries.filter((e) => e.decision === ShortlistDecision.IN).length;
}

/**
 * The case's shortlist: suggestions with the reasons they were suggested, suppliers added from
 * them or from a search with a reason for each in or out, the single-source justification when
 * fewer than the policy's minimum are in, submission; and the gatekeeper's approve or return.
 */
@Component({
  selector: 'bc-shortlist-panel',
  imports: [
    LoadStatus,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    TranslatePipe,
    FieldError,
    CharCount,
    PagedTable,
    TextColumn,
    SupplierPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shortlist-panel.html',
  styleUrl: './shortlist-panel.scss',
  providers: [ShortlistFacade],
})
export class ShortlistPanel {
  private readonly facade = inject(ShortlistFacade);
  private readonly session = inject(SessionStore);
  private readonly ask = injectAsk();
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly purchaseCase = input.required<CaseFieldsFragment>();
  /** The shortlist changed; the case (its blockers) is to be read again. */
  readonly changed = output<CaseFieldsFragment | null>();

  protected readonly shortlist = computed(() => this.purchaseCase().shortlist);
  protected readonly entries = computed(() => this.shortlist()?.entries ?? []);
  protected readonly table = rowsSource(this.entries);
  protected readonly inCount = computed(() => inCount(this.entries()));
  protected readonly minimum = computed(() => this.shortlist()?.minimumSuppliers ?? 0);
  protected readonly belowMinimum = computed(() => this.inCount() < this.minimum());
  /** The shortlist is built before the RFQ; afterwards it is a record. */
  protected readonly closed = computed(() => !PRE_RFQ_STAGES.includes(this.purchaseCase().stage));
  protected readonly canEdit = computed(() => this.session.can(Permission.SHORTLIST_EDIT) && !this.closed());
  protected readonly canSubmit = computed(() => {
    const status = this.shortlist()?.status;
    return this.canEdit() && (status === ShortlistStatus.DRAFT || status === ShortlistStatus.RETURNED) && this.entries().length > 0;
  });
  protected readonly canReview = computed(
    () =>
      this.session.can(Permission.SHORTLIST_APPROVE) &&
      this.shortlist()?.status === ShortlistStatus.SUBMITTED &&
      !this.closed(),
  );
  protected readonly suggestions = this.facade.suggestions;
  /** Suggestions not yet decided on. */
  protected readonly openSuggestions = computed(() => {
    const decided = new Set(this.entries().map((e) => e.supplier.id));
    return this.suggestions().filter((s) => !decided.has(s.supplier.id));
  });
  protected readonly loadingSuggestions = this.facade.loadingSuggestions;
  protected readonly justification = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] });
  protected readonly busy = this.facade.state.busy;
  protected readonly errorMessage = this.facade.state.errorMessage;
  protected readonly columns = computed(() =>
    this.canEdit() ? ['supplier', 'decision', 'reason', 'source', 'actions'] : ['supplier', 'decision', 'reason', 'source'],
  );
  protected readonly IN = ShortlistDecision.IN;

  constructor() {
    effect(() => {
      const c = this.purchaseCase();
      untracked(() => {
        if (!this.justification.dirty) this.justification.setValue(c.shortlist?.singleSourceJustification ?? '');
      });
    });
    effect(() => {
      const id = this.purchaseCase().id;
      if (this.canEdit()) untracked(() => void this.facade.loadSuggestions(id));
    });
  }

  /** A suggestion's reason in the user's language; an unknown code shows the API's detail. */
  protected reasonText(reason: Suggestion['reasons'][number]): string {
    const key = `suggestionReason.${reason.code}`;
    // A qualification comes as its status code, which has a translation of its own.
    const detail =
      reason.code === 'QUALIFICATION' && reason.detail in QualificationStatus
        ? (this.translate.instant(`qualification.${reason.detail}`) as string)
        : reason.detail;
    const text = this.translate.instant(key, { detail }) as string;
    return text === key ? (reason.detail ?? reason.code) : text;
  }

  protected score(value: number): number {
    return Math.round(value);
  }

  protected decide(
    supplier: Pick<SupplierListFieldsFragment, 'id' | 'name'>,
    decision: ShortlistDecision,
    source: ShortlistSource,
  ): void {
    this.ask.reason({
      title: decision === ShortlistDecision.IN ? 'shortlist.inTitle' : 'shortlist.outTitle',
      text: decision === ShortlistDecision.IN ? 'shortlist.inText' : 'shortlist.outText',
      label: 'shortlist.reason',
      confirm: decision === ShortlistDecision.IN ? 'shortlist.takeIn' : 'shortlist.leaveOut',
      params: { name: supplier.name },
    }, async (reason) => {
      this.changedIf(await this.facade.decide(this.purchaseCase().id, supplier.id, decision, reason, source));
    });
  }

  protected pickedFromSearch(supplier: SupplierListFieldsFragment): void {
    this.decide(supplier, ShortlistDecision.IN, ShortlistSource.SEARCH);
  }

  protected switchDecision(entry: Entry): void {
    const to = entry.decision === ShortlistDecision.IN ? ShortlistDecision.OUT : ShortlistDecision.IN;
    this.decide(entry.supplier, to, entry.source);
  }

  protected suggestionSource = ShortlistSource.SUGGESTION;
  /** A suggestion's two answers, leaving out first and quieter than taking in. */
  protected readonly suggestionChoices = [
    { decision: ShortlistDecision.OUT, appearance: 'outlined', label: 'shortlist.leaveOut', named: 'shortlist.leaveOutNamed' },
    { decision: ShortlistDecision.IN, appearance: 'filled', label: 'shortlist.takeIn', named: 'shortlist.takeInNamed' },
  ] as const;

  protected async submit(): Promise<void> {
    const justification = this.justification.value.trim();
    if (this.belowMinimum() && !justification) {
      this.justification.setErrors({ required: true });
      this.justification.markAsTouched();
      return;
    }
    if (this.justification.invalid) {
      this.justification.markAsTouched();
      return;
    }
    if (!(await this.facade.submit(this.purchaseCase().id, this.belowMinimum() ? justification : null))) return;
    this.justification.markAsPristine();
    this.changed.emit(null);
  }

  protected approve(): void {
    this.ask.reason({
      title: 'shortlist.approveTitle',
      text: 'shortlist.approveText',
      label: 'shortlist.comment',
      confirm: 'shortlist.approve',
      optional: true,
      // Blocked suppliers and required certificates missing or expired: seen before approving, not after.
      notes: approvalNotes(this.shortlist()?.approvalWarnings ?? [], this.purchaseCase().requiredCertificates, this.language.lang()),
    }, async (comment) => {
      this.changedIf(await this.facade.approve(this.purchaseCase().id, comment || null));
    });
  }

  protected sendBack(): void {
    this.ask.reason({
      title: 'shortlist.returnTitle',
      text: 'shortlist.returnText',
      label: 'shortlist.comment',
      confirm: 'shortlist.return',
      destructive: true,
    }, async (comment) => {
      this.changedIf(await this.facade.sendBack(this.purchaseCase().id, comment));
    });
  }

  /** A command went through: the case (its blockers) is to be read again. */
  private changedIf(done: true | undefined): void {
    if (done) this.changed.emit(null);
  }
}
