import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MAX_ROUND_MESSAGE_LENGTH } from '@bc/shared/domain';
import {
  Api,
  ComparisonFieldsFragment,
  NegotiationRoundFieldsFragment,
  OpenNegotiationRoundGQL,
  RfqFieldsFragment,
} from '@bc/web/data-access';
import { BcAmountPipe, BcQuantityPipe } from '@bc/web/i18n';
import { CharCount, DialogFrame, FieldError, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { DialogSubmission, fromLocalInput, toLocalInput } from '@bc/web/case-kit';
import { RfqEvaluationReader } from './rfq-evaluation.reader';
import { awardErrorTranslation, defaultRoundInvitations, normalizeDecimal, RankedSupplier, targetPriceError } from './award-view';

export interface OpenRoundData {
  rfq: RfqFieldsFragment;
  /** The number the new round gets. */
  number: number;
}

/**
 * Opens a negotiation round: the suppliers asked (those that quoted; the two best ranked
 * preselected), a message, the deadline, and a target unit price per line if wanted. The
 * comparison and the ranking are read for the defaults; the server checks everything again.
 * Closes with the new round.
 */
@Component({
  selector: 'bc-open-round-dialog',
  imports: [ScrollRegion, 
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    BcAmountPipe,
    BcQuantityPipe,
    DialogFrame, FieldError, CharCount,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" novalidate (submit)="$event.preventDefault(); submit()">
      <bc-dialog-frame
        [heading]="'award.openRound.title' | translate: { number: data.number }"
        [error]="errorMessage()"
        [busy]="busy() || !quoted().length"
        [submitLabel]="'award.openRound.submit' | translate"
      >
        <p>{{ 'award.openRound.intro' | translate }}</p>
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }

        <fieldset class="bc-dialog-fieldset">
          <legend>{{ 'award.openRound.suppliers' | translate }}</legend>
          <p class="bc-muted">{{ 'award.openRound.suppliersHint' | translate }}</p>
          @for (s of quoted(); track s.id) {
            <mat-checkbox [checked]="chosen().includes(s.id)" (change)="toggle(s.id, $event.checked)">
              {{ s.supplierName }}
              @if (rankOf(s.id); as rank) {
                <span class="bc-muted">· {{ 'award.openRound.rank' | translate: { rank } }}</span>
              }
            </mat-checkbox>
          } @empty {
            <p class="bc-muted">{{ 'award.openRound.noQuoted' | translate }}</p>
          }
          @if (triedSubmit() && !chosen().length) {
            <p class="bc-dialog-warning" role="alert">{{ 'award.openRound.chooseOne' | translate }}</p>
          }
        </fieldset>

        <mat-form-field class="bc-dialog-field">
          <mat-label>{{ 'award.openRound.message' | translate }}</mat-label>
          <textarea matInput rows="4" formControlName="message" required cdkFocusInitial></textarea>
          <mat-hint>{{ 'award.openRound.messageHint' | translate }}</mat-hint>
          <mat-hint align="end"><bc-char-count [control]="form.controls.message" [max]="maxMessage" /></mat-hint>
          <mat-error><bc-field-error [control]="form.controls.message" /></mat-error>
        </mat-form-field>

        <mat-form-field class="bc-dialog-field">
          <mat-label>{{ 'award.openRound.closesAt' | translate }}</mat-label>
          <input matInput type="datetime-local" formControlName="closesAt" required />
          <mat-hint>{{ 'award.openRound.localTime' | translate: { zone: timeZone } }}</mat-hint>
          @if (form.controls.closesAt.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
        @if (deadlinePast()) {
          <p class="bc-dialog-warning" role="alert">{{ 'award.openRound.deadlinePast' | translate }}</p>
        }

        @if (comparison(); as c) {
          <h3 class="bc-dialog-subhead">{{ 'award.openRound.targets' | translate }}</h3>
          <p class="bc-muted">{{ 'award.openRound.targetsHint' | translate: { currency: c.currency } }}</p>
          <div class="bc-table-wrap">
            <table class="bc-table bc-round-targets bc-dialog-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'award.openRound.line' | translate }}</th>
                  <th scope="col" class="bc-num">{{ 'award.openRound.quantity' | translate }}</th>
                  <th scope="col" class="bc-num">{{ 'award.openRound.bestOffer' | translate }}</th>
                  <th scope="col">{{ 'award.openRound.target' | translate: { currency: c.currency } }}</th>
                </tr>
              </thead>
              <tbody>
                @for (line of c.lines; track line.key) {
                  <tr>
                    <td>{{ line.position }}. {{ line.description }}</td>
                    <td class="bc-num">{{ line.quantity | bcQuantity }} {{ line.unit }}</td>
                    <td class="bc-num">
                      @if (bestUnitPrice(line); as best) {
                        {{ best.unitPrice | bcAmount: best.currency }}
                      } @else {
                        –
                      }
                    </td>
                    <td>
                      <input
                        class="bc-target-input"
                        type="text"
                        inputmode="decimal"
                        [attr.aria-label]="'award.openRound.targetFor' | translate: { position: line.position }"
                        [attr.aria-invalid]="!!targetError(line.key)"
                        [value]="targets()[line.key] ?? ''"
                        (input)="setTarget(line.key, $any($event.target).value)"
                      />
                      @if (targetError(line.key)) {
                        <div class="bc-dialog-warning bc-small" role="alert">{{ 'award.openRound.invalidPrice' | translate }}</div>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    @use 'case-dialog';
    .bc-small {
      font: var(--mat-sys-body-small);
    }
    .bc-dialog-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      display: flex;
      flex-direction: column;
      legend {
        font: var(--mat-sys-title-small);
        margin-bottom: 0.25rem;
      }
      p {
        margin: 0 0 0.25rem;
      }
    }
    .bc-dialog-subhead {
      font: var(--mat-sys-title-small);
      margin: 0.5rem 0 0.25rem;
    }
    .bc-num {
      text-align: right;
      white-space: nowrap;
    }
    .bc-target-input {
      width: 8rem;
      padding: 0.35rem 0.5rem;
      font: inherit;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .bc-target-input[aria-invalid='true'] {
      border-color: var(--mat-sys-error);
    }
  `,
})
export class OpenRoundDialog {
  private readonly api = inject(Api);
  private readonly reader = inject(RfqEvaluationReader);
  private readonly ref = inject<MatDialogRef<OpenRoundDialog, NegotiationRoundFieldsFragment>>(MatDialogRef);
  protected readonly data = inject<OpenRoundData>(MAT_DIALOG_DATA);
  protected readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  protected readonly maxMessage = MAX_ROUND_MESSAGE_LENGTH;

  protected readonly ranking = signal<RankedSupplier[]>([]);
  /** The invitations that submitted a quote, in rank order: only these can be asked. */
  protected readonly quoted = computed(() =>
    this.data.rfq.invitations
      .filter((i) => i.quoteStatus === 'SUBMITTED')
      .sort((a, b) => (this.rankOf(a.id) ?? Number.MAX_SAFE_INTEGER) - (this.rankOf(b.id) ?? Number.MAX_SAFE_INTEGER)),
  );
  protected readonly comparison = signal<ComparisonFieldsFragment | null>(null);
  protected readonly chosen = signal<string[]>([]);
  protected readonly targets = signal<Readonly<Partial<Record<string, string>>>>({});

  protected readonly form = new FormGroup({
    message: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_ROUND_MESSAGE_LENGTH)] }),
    // A week ahead by default, at the full hour.
    closesAt: new FormControl(toLocalInput(new Date(Math.ceil((Date.now() + 7 * 86_400_000) / 3_600_000) * 3_600_000).toISOString()), {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  protected readonly loading = signal(true);
  private readonly submission = new DialogSubmission(this.ref, undefined, awardErrorTranslation);
  protected readonly busy = this.submission.saving;
  protected readonly triedSubmit = signal(false);
  protected readonly deadlinePast = signal(false);
  protected readonly errorMessage = this.submission.errorMessage;

  constructor() {
    this.chosen.set(defaultRoundInvitations(this.quoted().map((q) => q.id), []));
    void this.loadDefaults();
  }

  /** The ranking for the preselection and the comparison for the lines; either may be missing (not complete, prices hidden). */
  private async loadDefaults(): Promise<void> {
    const { ranking, comparison } = await this.reader.read(this.data.rfq.id);
    if (ranking) {
      this.ranking.set(ranking);
      this.chosen.set(defaultRoundInvitations(this.quoted().map((q) => q.id), ranking));
    }
    if (comparison.status === 'fulfilled') this.comparison.set(comparison.value);
    this.loading.set(false);
  }

  protected rankOf(invitationId: string): number | null {
    return this.ranking().find((r) => r.invitationId === invitationId)?.rank ?? null;
  }

  protected toggle(invitationId: string, checked: boolean): void {
    this.chosen.update((ids) => (checked ? [...ids.filter((id) => id !== invitationId), invitationId] : ids.filter((id) => id !== invitationId)));
  }

  protected setTarget(lineKey: string, value: string): void {
    this.targets.update((t) => ({ ...t, [lineKey]: value }));
  }

  protected targetError(lineKey: string): boolean {
    return targetPriceError(this.targets()[lineKey]) !== null;
  }

  /** The lowest full-quantity unit price quoted for a line, in its quote currency (for orientation only). */
  protected bestUnitPrice(line: ComparisonFieldsFragment['lines'][number]): { unitPrice: string; currency: string } | null {
    const c = this.comparison();
    const best = line.offers.find((o) => o.best && o.unitPrice !== null);
    if (!c || !best?.unitPrice) return null;
    const currency = c.suppliers.find((s) => s.invitationId === best.invitationId)?.currency ?? c.currency;
    return { unitPrice: best.unitPrice, currency };
  }

  protected async submit(): Promise<void> {
    this.triedSubmit.set(true);
    const v = this.form.getRawValue();
    if (!v.message.trim()) this.form.controls.message.setValue('');
    const closesAt = fromLocalInput(v.closesAt);
    this.deadlinePast.set(!!closesAt && Date.parse(closesAt) <= Date.now());
    const targetKeys = Object.keys(this.targets()).filter((k) => normalizeDecimal(this.targets()[k]) !== '');
    if (this.form.invalid || !closesAt || this.deadlinePast() || !this.chosen().length || targetKeys.some((k) => this.targetError(k))) {
      this.form.markAllAsTouched();
      return;
    }
    const input = {
      rfqId: this.data.rfq.id,
      invitationIds: this.chosen(),
      message: v.message.trim(),
      closesAt,
      targets: targetKeys.map((lineKey) => ({ lineKey, unitPrice: normalizeDecimal(this.targets()[lineKey]) })),
    };
    await this.submission.submit(async () => (await this.api.write(OpenNegotiationRoundGQL, { input })).openNegotiationRound);
  }
}
