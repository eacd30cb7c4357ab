import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AUCTION_BOUNDS } from '@bc/shared/domain';
import { Api, AuctionSummaryFieldsFragment, ScheduleAuctionGQL } from '@bc/web/data-access';
import { DialogFrame, FieldError, SelectInput } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { DialogSubmission, fromLocalInput, toLocalInput } from '@bc/web/case-kit';
import { rfqErrorTranslation } from '../rfq-errors';

const int = (min: number, max: number, value: number) =>
  new FormControl<number | null>(value, { validators: [Validators.required, Validators.min(min), Validators.max(max)] });

/** A start a quarter of an hour ahead, on the minute: a sensible default the buyer changes. */
export function defaultAuctionStart(now = Date.now()): string {
  return new Date(Math.ceil((now + 15 * 60_000) / 60_000) * 60_000).toISOString();
}

/**
 * Schedules a live reverse auction on a closed RFQ (issue 15): start, duration, what a bid names,
 * the minimum decrement, soft close (N minutes, extension M, optional cap), what bidders see and the
 * ranking. A gatekeeper approves it next; the server checks every bound again. Closes with the auction.
 */
@Component({
  selector: 'bc-schedule-auction-dialog',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, DialogFrame, FieldError, SelectInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" novalidate (submit)="$event.preventDefault(); submit()">
      <bc-dialog-frame [heading]="'auction.schedule.title' | translate" [error]="errorMessage()" [busy]="busy()" [submitLabel]="'auction.schedule.submit' | translate">
        <p>{{ 'auction.schedule.intro' | translate }}</p>
        <div class="bc-auction-row">
          <mat-form-field class="bc-dialog-field" subscriptSizing="dynamic">
            <mat-label>{{ 'auction.schedule.startsAt' | translate }}</mat-label>
            <input matInput type="datetime-local" formControlName="startsAt" required cdkFocusInitial />
            <mat-hint>{{ 'auction.schedule.localTime' | translate: { zone: timeZone } }}</mat-hint>
            <mat-error><bc-field-error [control]="form.controls.startsAt" /></mat-error>
          </mat-form-field>
          <mat-form-field class="bc-dialog-field" subscriptSizing="dynamic">
            <mat-label>{{ 'auction.schedule.durationMinutes' | translate }}</mat-label>
            <input matInput type="number" formControlName="durationMinutes" required [min]="bounds.minDurationMinutes" [max]="bounds.maxDurationMinutes" />
            <mat-hint>{{ 'auction.schedule.range' | translate: { min: bounds.minDurationMinutes, max: bounds.maxDurationMinutes } }}</mat-hint>
            <mat-error><bc-field-error [control]="form.controls.durationMinutes" /></mat-error>
          </mat-form-field>
        </div>
        <div class="bc-auction-row">
          <bc-select-input class="bc-dialog-field" [control]="form.controls.bidOn" [label]="'auction.schedule.bidOn' | translate" [options]="bidOns" optionKey="auction.bidOn." required />
          <bc-select-input class="bc-dialog-field" [control]="form.controls.decrementKind" [label]="'auction.schedule.decrementKind' | translate" [options]="kinds" optionKey="auction.decrementKind." required />
          <mat-form-field class="bc-dialog-field" subscriptSizing="dynamic">
            <mat-label>{{ 'auction.schedule.decrement' | translate }}</mat-label>
            <input matInput inputmode="decimal" formControlName="decrement" required />
            <mat-hint>{{ (kind() === 'PERCENT' ? 'auction.schedule.decrementHintPercent' : 'auction.schedule.decrementHintAmount') | translate }}</mat-hint>
            <mat-error><bc-field-error [control]="form.controls.decrement" /></mat-error>
          </mat-form-field>
        </div>
        <fieldset class="bc-auction-fieldset">
          <legend>{{ 'auction.schedule.softClose' | translate }}</legend>
          <div class="bc-auction-row">
            <mat-form-field class="bc-dialog-field" subscriptSizing="dynamic">
              <mat-label>{{ 'auction.schedule.softCloseMinutes' | translate }}</mat-label>
              <input matInput type="number" formControlName="softCloseMinutes" required min="0" [max]="bounds.maxSoftCloseMinutes" />
              <mat-hint>{{ 'auction.schedule.softCloseHint' | translate }}</mat-hint>
              <mat-error><bc-field-error [control]="form.controls.softCloseMinutes" /></mat-error>
            </mat-form-field>
            <mat-form-field class="bc-dialog-field" subscriptSizing="dynamic">
              <mat-label>{{ 'auction.schedule.extensionMinutes' | translate }}</mat-label>
              <input matInput type="number" formControlName="extensionMinutes" required min="0" [max]="bounds.maxExtensionMinutes" />
              <mat-hint>{{ 'auction.schedule.extensionHint' | translate }}</mat-hint>
              <mat-error><bc-field-error [control]="form.controls.extensionMinutes" /></mat-error>
            </mat-form-field>
            <mat-form-field class="bc-dialog-field" subscriptSizing="dynamic">
              <mat-label>{{ 'auction.schedule.maxExtensionMinutes' | translate }}</mat-label>
              <input matInput type="number" formControlName="maxExtensionMinutes" min="0" />
              <mat-hint>{{ 'auction.schedule.capHint' | translate }}</mat-hint>
              <mat-error><bc-field-error [control]="form.controls.maxExtensionMinutes" /></mat-error>
            </mat-form-field>
          </div>
        </fieldset>
        <div class="bc-auction-row">
          <bc-select-input class="bc-dialog-field" [control]="form.controls.visibility" [label]="'auction.schedule.visibility' | translate" [options]="visibilities" optionKey="auction.visibility." required />
          <bc-select-input class="bc-dialog-field" [control]="form.controls.ranking" [label]="'auction.schedule.ranking' | translate" [options]="rankings" optionKey="auction.ranking." required />
        </div>
      </bc-dialog-frame>
    </form>
  `,
  styles: `
    @use 'case-dialog';
    .bc-auction-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      > * {
        flex: 1 1 13rem;
      }
    }
    .bc-auction-fieldset {
      border: 0;
      padding: 0;
      margin: 0.5rem 0 0;
      legend {
        font: var(--mat-sys-title-small);
        margin-bottom: 0.5rem;
      }
    }
  `,
})
export class ScheduleAuctionDialog {
  private readonly api = inject(Api);
  private readonly ref = inject<MatDialogRef<ScheduleAuctionDialog, AuctionSummaryFieldsFragment>>(MatDialogRef);
  private readonly rfqId = inject<{ rfqId: string }>(MAT_DIALOG_DATA).rfqId;
  protected readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  protected readonly bounds = AUCTION_BOUNDS;
  protected readonly bidOns = ['TOTAL', 'LINE'] as const;
  protected readonly kinds = ['PERCENT', 'AMOUNT'] as const;
  protected readonly visibilities = ['RANK', 'LEADING_SCORE', 'BEST_PRICE', 'NONE'] as const;
  protected readonly rankings = ['PRICE', 'TOTAL_SCORE'] as const;

  protected readonly form = new FormGroup({
    startsAt: new FormControl(toLocalInput(defaultAuctionStart()), { nonNullable: true, validators: [Validators.required] }),
    durationMinutes: int(AUCTION_BOUNDS.minDurationMinutes, AUCTION_BOUNDS.maxDurationMinutes, 30),
    bidOn: new FormControl<string>('TOTAL', { nonNullable: true, validators: [Validators.required] }),
    decrementKind: new FormControl<string>('PERCENT', { nonNullable: true, validators: [Validators.required] }),
    decrement: new FormControl('0.5', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^\s*\d+([.,]\d+)?\s*$/)] }),
    softCloseMinutes: int(0, AUCTION_BOUNDS.maxSoftCloseMinutes, 2),
    extensionMinutes: int(0, AUCTION_BOUNDS.maxExtensionMinutes, 2),
    maxExtensionMinutes: new FormControl<number | null>(null, { validators: [Validators.min(0)] }),
    visibility: new FormControl<string>('RANK', { nonNullable: true, validators: [Validators.required] }),
    ranking: new FormControl<string>('PRICE', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly kind = toSignal(this.form.controls.decrementKind.valueChanges, { initialValue: this.form.controls.decrementKind.value });
  private readonly submission = new DialogSubmission(this.ref, () => false, rfqErrorTranslation);
  protected readonly busy = this.submission.saving;
  protected readonly errorMessage = this.submission.errorMessage;

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const startsAt = fromLocalInput(v.startsAt);
    if (!startsAt) return;
    const input = {
      rfqId: this.rfqId,
      startsAt,
      durationMinutes: Number(v.durationMinutes),
      bidOn: v.bidOn as 'TOTAL' | 'LINE',
      decrementKind: v.decrementKind as 'PERCENT' | 'AMOUNT',
      decrement: v.decrement.trim().replace(',', '.'),
      softCloseMinutes: Number(v.softCloseMinutes),
      extensionMinutes: Number(v.extensionMinutes),
      maxExtensionMinutes: v.maxExtensionMinutes === null || (v.maxExtensionMinutes as unknown) === '' ? null : Number(v.maxExtensionMinutes),
      visibility: v.visibility as 'RANK' | 'LEADING_SCORE' | 'BEST_PRICE' | 'NONE',
      ranking: v.ranking as 'PRICE' | 'TOTAL_SCORE',
    };
    await this.submission.submit(async () => (await this.api.write(ScheduleAuctionGQL, { input })).scheduleAuction);
  }
}
