import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  Api,
  CaseAwardFieldsFragment,
  ComparisonFieldsFragment,
  ProposeAwardGQL,
  toAppError,
} from '@bc/web/data-access';
import { BcAmountPipe, BcPluralPipe, BcQuantityPipe } from '@bc/web/i18n';
import { CharCount, DialogFrame, ScrollRegion } from '@bc/web/ui';
import { DialogSubmission } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';
import { RfqEvaluationReader } from './rfq-evaluation.reader';
import { awardErrorTranslation, awardView, cheapestChoice, followsRanking, RankedSupplier, singleChoice, topRanked } from './award-view';

export interface ProposeAwardData {
  caseId: string;
  rfqId: string;
}

const MAX_JUSTIFICATION = 5000;

/**
 * Proposes an award: one supplier for every line (the ranking's first preselected) or a split
 * per line, showing each line's unit price and total in the case currency and the award value as
 * the server computes it; a justification is required when the proposal does not follow the
 * ranking, and the dialog says so before submitting. Closes with the new proposal.
 */
@Component({
  selector: 'bc-propose-award-dialog',
  imports: [ScrollRegion, BcPluralPipe, 
    FormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    BcAmountPipe,
    BcQuantityPipe,
    CharCount,
    DialogFrame,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form novalidate (submit)="$event.preventDefault(); submit()">
      <bc-dialog-frame
        [heading]="'award.propose.title' | translate"
        [error]="errorMessage()"
        [busy]="busy() || !comparison() || !view().complete"
        [submitLabel]="'award.propose.submit' | translate"
      >
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
        @if (comparison(); as c) {
          <p>{{ 'award.propose.intro' | translate: { currency: c.currency } }}</p>
          <mat-radio-group class="bc-award-mode" [attr.aria-label]="'award.propose.mode' | translate" [ngModel]="mode()" (ngModelChange)="setMode($event)" name="mode">
            <mat-radio-button value="single">{{ 'award.propose.single' | translate }}</mat-radio-button>
            <mat-radio-button value="split">{{ 'award.propose.split' | translate }}</mat-radio-button>
          </mat-radio-group>

          @if (mode() === 'single') {
            <fieldset class="bc-award-suppliers">
              <legend>{{ 'award.propose.supplier' | translate }}</legend>
              <mat-radio-group class="bc-award-supplier-list" [ngModel]="single()" (ngModelChange)="setSingle($event)" name="single">
                @for (s of suppliers(); track s.invitationId) {
                  <mat-radio-button [value]="s.invitationId">
                    {{ s.supplierName }}
                    @if (s.rank) {
                      <span class="bc-muted">&nbsp;· {{ 'award.propose.ranked' | translate: { rank: s.rank } }}</span>
                    }
                    @if (s.invitationId === top()) {
                      <span class="bc-muted">&nbsp;({{ 'award.propose.first' | translate }})</span>
                    }
                    @if (s.total !== null) {
                      <span class="bc-muted">&nbsp;· {{ s.total | bcAmount: c.currency }}</span>
                    }
                  </mat-radio-button>
                }
              </mat-radio-group>
            </fieldset>
          }

          <div class="bc-table-wrap">
            <table class="bc-table bc-award-lines bc-dialog-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'award.propose.line' | translate }}</th>
                  <th scope="col">{{ 'award.propose.supplier' | translate }}</th>
                  <th scope="col" class="bc-num">{{ 'award.propose.quantity' | translate }}</th>
                  <th scope="col" class="bc-num">{{ 'award.propose.unitPrice' | translate }}</th>
                  <th scope="col" class="bc-num">{{ 'award.propose.lineTotal' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (line of view().lines; track line.lineKey) {
                  <tr>
                    <td>{{ line.position }}. {{ line.description }}</td>
                    <td>
                      @if (mode() === 'split') {
                        <mat-form-field class="bc-award-line-select" subscriptSizing="dynamic">
                          <mat-select
                            [attr.aria-label]="'award.propose.supplierFor' | translate: { position: line.position }"
                            [ngModel]="line.invitationId"
                            (ngModelChange)="setLine(line.lineKey, $event)"
                            [name]="'line-' + line.lineKey"
                          >
                            @for (s of suppliers(); track s.invitationId) {
                              <mat-option [value]="s.invitationId">{{ s.supplierName }}</mat-option>
                            }
                          </mat-select>
                        </mat-form-field>
                      } @else {
                        {{ line.supplierName }}
                      }
                    </td>
                    <td class="bc-num">{{ line.quantity | bcQuantity }} {{ line.unit }}</td>
                    <td class="bc-num">
                      @if (line.unitPrice !== null) {
                        {{ line.unitPrice | bcAmount: c.currency }}
                      } @else {
                        <span class="bc-warning-text">{{ 'award.propose.notQuoted' | translate }}</span>
                      }
                    </td>
                    <td class="bc-num">
                      @if (line.total !== null) {
                        {{ line.total | bcAmount: c.currency }}
                      } @else {
                        –
                      }
                    </td>
                  </tr>
                }
              </tbody>
              <tfoot>
                @if (view().bySupplier.length > 1) {
                  @for (s of view().bySupplier; track s.invitationId) {
                    <tr class="bc-award-subtotal">
                      <td colspan="4">{{ s.supplierName }} · {{ 'award.proposal.linesCount' | bcPlural: s.lines }}</td>
                      <td class="bc-num">{{ s.total | bcAmount: c.currency }}</td>
                    </tr>
                  }
                }
                <tr class="bc-award-total">
                  <th scope="row" colspan="4">{{ 'award.propose.awardTotal' | translate }}</th>
                  <td class="bc-num">
                    <strong>{{ view().total | bcAmount: c.currency }}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          @if (!view().complete) {
            <p class="bc-dialog-warning" role="alert">{{ 'award.propose.incomplete' | translate: { currency: c.currency } }}</p>
          }
          @if (!top()) {
            <p class="bc-muted">{{ 'award.propose.noRanking' | translate }}</p>
          }

          @if (justificationRequired()) {
            <p class="bc-award-flag" role="note">{{ 'award.propose.justificationRequired' | translate: { name: topName() } }}</p>
          } @else {
            <p class="bc-muted">{{ 'award.propose.justificationOptional' | translate }}</p>
          }
          <mat-form-field class="bc-dialog-field">
            <mat-label>{{ 'award.propose.justification' | translate }}</mat-label>
            <textarea
              matInput
              rows="4"
              name="justification"
              [maxlength]="maxJustification"
              [required]="justificationRequired()"
              [ngModel]="justification()"
              (ngModelChange)="justification.set($event)"
            ></textarea>
            <mat-hint align="end"><bc-char-count [text]="justification()" [max]="maxJustification" /></mat-hint>
            @if (triedSubmit() && justificationRequired() && !justification().trim()) {
              <mat-hint class="bc-dialog-warning">{{ 'common.required' | translate }}</mat-hint>
            }
          </mat-form-field>
        }
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    @use 'case-dialog';
    // This dialog's fields keep their distance above, not below.
    .bc-dialog-field {
      margin-top: 0.5rem;
      margin-bottom: 0;
    }
    .bc-warning-text {
      color: var(--mat-sys-error);
    }
    .bc-award-mode {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
      margin-bottom: 0.5rem;
    }
    .bc-award-suppliers {
      border: 0;
      padding: 0;
      margin: 0 0 0.75rem;
      legend {
        font: var(--mat-sys-title-small);
      }
    }
    .bc-award-supplier-list {
      display: flex;
      flex-direction: column;
    }
    .bc-award-line-select {
      min-width: 12rem;
    }
    .bc-num {
      text-align: right;
      white-space: nowrap;
    }
    .bc-award-total th {
      text-align: right;
    }
    .bc-award-subtotal td {
      color: var(--mat-sys-on-surface-variant);
    }
    .bc-award-flag {
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class ProposeAwardDialog {
  private readonly api = inject(Api);
  private readonly reader = inject(RfqEvaluationReader);
  private readonly ref = inject<MatDialogRef<ProposeAwardDialog, CaseAwardFieldsFragment>>(MatDialogRef);
  protected readonly data = inject<ProposeAwardData>(MAT_DIALOG_DATA);
  protected readonly maxJustification = MAX_JUSTIFICATION;

  protected readonly comparison = signal<ComparisonFieldsFragment | null>(null);
  protected readonly ranking = signal<RankedSupplier[]>([]);
  protected readonly mode = signal<'single' | 'split'>('single');
  protected readonly single = signal<string | null>(null);
  protected readonly split = signal<Record<string, string | null>>({});
  protected readonly justification = signal('');
  protected readonly loading = signal(true);
  private readonly submission = new DialogSubmission(this.ref, undefined, awardErrorTranslation);
  protected readonly busy = this.submission.saving;
  protected readonly triedSubmit = signal(false);
  protected readonly errorMessage = this.submission.errorMessage;

  protected readonly top = computed(() => topRanked(this.ranking()));
  protected readonly topName = computed(() => this.comparison()?.suppliers.find((s) => s.invitationId === this.top())?.supplierName ?? '');
  /** The suppliers that quoted, in rank order, with their total in the case currency. */
  protected readonly suppliers = computed(() => {
    const c = this.comparison();
    if (!c) return [];
    const rankOf = (id: string) => this.ranking().find((r) => r.invitationId === id)?.rank ?? null;
    return c.suppliers
      .filter((s) => s.linesQuoted > 0)
      .map((s) => ({ invitationId: s.invitationId, supplierName: s.supplierName, rank: rankOf(s.invitationId), total: s.totalConverted }))
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  });
  protected readonly choice = computed(() => {
    const c = this.comparison();
    if (!c) return {};
    return this.mode() === 'single' ? singleChoice(c, this.single()) : this.split();
  });
  protected readonly view = computed(() => {
    const c = this.comparison();
    return c ? awardView(c, this.choice()) : { lines: [], bySupplier: [], total: '0.00', complete: false };
  });
  protected readonly justificationRequired = computed(() => !followsRanking(this.choice(), this.top()));

  constructor() {
    void this.loadData();
  }

  private async loadData(): Promise<void> {
    try {
      const { ranking, comparison } = await this.reader.read(this.data.rfqId);
      if (ranking) this.ranking.set(ranking);
      if (comparison.status === 'rejected') throw comparison.reason;
      const c = comparison.value;
      this.comparison.set(c);
      const first = this.top() ?? this.suppliers()[0]?.invitationId ?? null;
      this.single.set(first);
      this.split.set(cheapestChoice(c, first));
    } catch (error) {
      this.submission.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected setMode(mode: 'single' | 'split'): void {
    const c = this.comparison();
    // Switching to a split starts from the one supplier chosen so far.
    if (mode === 'split' && c) this.split.set(singleChoice(c, this.single()));
    this.mode.set(mode);
  }

  protected setSingle(invitationId: string): void {
    this.single.set(invitationId);
  }

  protected setLine(lineKey: string, invitationId: string): void {
    this.split.update((s) => ({ ...s, [lineKey]: invitationId }));
  }

  protected async submit(): Promise<void> {
    this.triedSubmit.set(true);
    const justification = this.justification().trim();
    if (!this.view().complete || (this.justificationRequired() && !justification)) return;
    const choice = this.choice();
    const chosen = [...new Set(Object.values(choice))];
    const input =
      chosen.length === 1 && chosen[0]
        ? { caseId: this.data.caseId, invitationId: chosen[0], justification: justification || null }
        : {
            caseId: this.data.caseId,
            lines: Object.entries(choice).map(([lineKey, invitationId]) => ({ lineKey, invitationId: invitationId ?? '' })),
            justification: justification || null,
          };
    await this.submission.submit(async () => (await this.api.write(ProposeAwardGQL, { input })).proposeAward);
  }
}
