import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DEFAULT_MINIMUM_BIDDING_DAYS, DEFAULT_MINIMUM_SUPPLIERS, PurchaseType } from '@bc/shared/domain';
import {
  Api,
  AppError,
  PurchasingPolicyFieldsFragment,
  PurchasingPolicyGQL,
  Submission,
  UpdatePurchasingPolicyGQL,
  UpdatePurchasingPolicyInput,
} from '@bc/web/data-access';
import { BcDatePipe, BcPluralPipe } from '@bc/web/i18n';
import { injectNotify, LoadStatus, markServerError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { WaitingApprovals } from '../approvals/waiting-approvals';
import { OpenDataSettingsSection } from '../open-data/open-data-settings';
import { ApprovalPolicyEditor } from './approval-policy';
import { PolicyActions } from './policy-actions';

/** The purchase types in the order the page lists them (and sends them). */
export const POLICY_PURCHASE_TYPES: readonly PurchaseType[] = [
  PurchaseType.NEW_TASK,
  PurchaseType.MODIFIED_REBUY,
  PurchaseType.STRAIGHT_REBUY,
];

/** The range the API accepts for a minimum (UpdatePurchasingPolicyInput). */
export const POLICY_MINIMUM = { min: 1, max: 50 } as const;

/** The range the API accepts for a minimum bidding period, in days. */
export const POLICY_BIDDING_DAYS = { min: 0, max: 90 } as const;

export type PolicyMinimums = Record<PurchaseType, number | null>;

/** The policy's minimum bidding periods by purchase type; a type the API left out keeps the shared default. */
export function biddingDaysOf(policy: PurchasingPolicyFieldsFragment): Record<PurchaseType, number> {
  const days = { ...DEFAULT_MINIMUM_BIDDING_DAYS };
  for (const d of policy.minimumBiddingDays) days[d.purchaseType] = d.days;
  return days;
}

/** The policy's minimums by purchase type; a type the API left out keeps the shared default. */
export function minimumsOf(policy: PurchasingPolicyFieldsFragment): Record<PurchaseType, number> {
  const minimums = { ...DEFAULT_MINIMUM_SUPPLIERS };
  for (const m of policy.minimumSuppliers) minimums[m.purchaseType] = m.minimum;
  return minimums;
}

/** One whole-number field per purchase type, each required within `range`. */
function perPurchaseType(range: { min: number; max: number }): Record<PurchaseType, FormControl<number | null>> {
  const field = () =>
    new FormControl<number | null>(null, [Validators.required, Validators.min(range.min), Validators.max(range.max), Validators.pattern(/^\d+$/)]);
  return Object.fromEntries(POLICY_PURCHASE_TYPES.map((type) => [type, field()])) as Record<PurchaseType, FormControl<number | null>>;
}

/** The form's values as the API's input, every purchase type in the page's order. */
export function toPolicyInput(values: PolicyMinimums, days?: PolicyMinimums): UpdatePurchasingPolicyInput {
  return {
    minimumSuppliers: POLICY_PURCHASE_TYPES.map((purchaseType) => ({ purchaseType, minimum: Number(values[purchaseType]) })),
    ...(days ? { minimumBiddingDays: POLICY_PURCHASE_TYPES.map((purchaseType) => ({ purchaseType, days: Number(days[purchaseType]) })) } : {}),
  };
}

/**
 * The purchase type whose field the API refused: its error names the item by its index in what
 * was sent (`input.minimumSuppliers.1.minimum`).
 */
export function purchaseTypeAtFault(error: AppError, sent: UpdatePurchasingPolicyInput, list: 'minimumSuppliers' | 'minimumBiddingDays' = 'minimumSuppliers'): PurchaseType | null {
  const match = new RegExp(`(?:^|\\.)${list}\\.(\\d+)(?:\\.|$)`).exec(error.field ?? '');
  if (!match) return null;
  const items = sent[list];
  const item = Array.isArray(items) ? items[Number(match[1])] : undefined;
  return item?.purchaseType ?? null;
}

/** The organization's purchasing policy: how many suppliers a shortlist needs, per kind of purchase. */
@Component({
  selector: 'bc-policy-page',
  imports: [BcPluralPipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, BcDatePipe, LoadStatus, PolicyActions, ApprovalPolicyEditor, WaitingApprovals, OpenDataSettingsSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './policy.page.html',
  styleUrls: ['../admin-page.scss', './policy.page.scss'],
})
export class PolicyPage implements OnInit {
  private readonly api = inject(Api);
  private readonly notify = injectNotify();

  protected readonly types = POLICY_PURCHASE_TYPES;
  protected readonly range = POLICY_MINIMUM;
  protected readonly defaults = DEFAULT_MINIMUM_SUPPLIERS;
  protected readonly form = new FormGroup(perPurchaseType(POLICY_MINIMUM));
  protected readonly daysRange = POLICY_BIDDING_DAYS;
  protected readonly defaultDays = DEFAULT_MINIMUM_BIDDING_DAYS;
  protected readonly days = new FormGroup(perPurchaseType(POLICY_BIDDING_DAYS));
  protected readonly policy = signal<PurchasingPolicyFieldsFragment | null>(null);
  protected readonly reading = new Submission();
  protected readonly saving = new Submission();
  protected readonly errorMessage = computed(() => this.reading.errorMessage() ?? this.saving.errorMessage());

  ngOnInit(): void {
    void this.reading.run(async () => this.show((await this.api.read(PurchasingPolicyGQL)).purchasingPolicy));
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid || this.days.invalid) {
      this.form.markAllAsTouched();
      this.days.markAllAsTouched();
      return;
    }
    const input = toPolicyInput(this.form.getRawValue(), this.days.getRawValue());
    await this.saving.run(
      async () => {
        this.show((await this.api.write(UpdatePurchasingPolicyGQL, { input })).updatePurchasingPolicy);
        this.notify('policy.saved');
      },
      (error) => {
        const type = purchaseTypeAtFault(error, input);
        const dayType = purchaseTypeAtFault(error, input, 'minimumBiddingDays');
        const control = type ? this.form.controls[type] : dayType ? this.days.controls[dayType] : null;
        if (control) markServerError(control);
        return false; // the banner says it too
      },
    );
  }

  protected show(policy: PurchasingPolicyFieldsFragment): void {
    this.policy.set(policy);
    this.form.reset(minimumsOf(policy));
    this.days.reset(biddingDaysOf(policy));
  }
}
