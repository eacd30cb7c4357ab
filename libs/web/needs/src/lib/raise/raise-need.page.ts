import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Api, RaiseNeedGQL, RaiseNeedInput, Submission } from '@bc/web/data-access';
import { CpvPicker, CpvValue } from '@bc/web/suppliers';
import { BcValidators, CharCount, ErrorBanner, FieldError, injectNotify, showServerFieldError, todayIso } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP', 'PLN', 'CZK'] as const;

/** The server's limits for a need (RaiseNeedInput in the API). */
export const NEED_LIMITS = { title: 200, description: 10000, justification: 5000, unit: 20, budgetReference: 100 } as const;

/** The need form: every rule the server keeps, so each shows its message before submitting. */
export function raiseNeedForm(fb: NonNullableFormBuilder, now: () => Date = () => new Date()) {
  return fb.group({
    title: ['', [Validators.required, Validators.maxLength(NEED_LIMITS.title)]],
    description: ['', Validators.maxLength(NEED_LIMITS.description)],
    justification: ['', [Validators.required, Validators.maxLength(NEED_LIMITS.justification)]],
    quantity: [null as number | null, BcValidators.decimal(11, 3)],
    unit: ['', Validators.maxLength(NEED_LIMITS.unit)],
    neededBy: ['', BcValidators.notInPast(now)],
    estimatedValue: [null as number | null, BcValidators.decimal(14, 2)],
    currency: ['EUR'],
    budgetReference: ['', Validators.maxLength(NEED_LIMITS.budgetReference)],
    category: [null as CpvValue | null],
  });
}

/** The form's values as the API's input: blanks left out, numbers as numbers. */
export function toRaiseNeedInput(value: {
  title: string;
  description: string;
  justification: string;
  quantity: number | null;
  unit: string;
  neededBy: string;
  estimatedValue: number | null;
  currency: string;
  budgetReference: string;
  category: CpvValue | null;
}): RaiseNeedInput {
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    title: value.title.trim(),
    justification: value.justification.trim(),
    description: text(value.description),
    quantity: value.quantity === null ? undefined : String(value.quantity),
    unit: text(value.unit),
    neededBy: text(value.neededBy),
    estimatedValue: value.estimatedValue === null ? undefined : String(value.estimatedValue),
    currency: value.currency,
    budgetReference: text(value.budgetReference),
    categoryCode: value.category?.code,
  };
}

@Component({
  selector: 'bc-raise-need-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorBanner,
    FieldError,
    CharCount,
    CpvPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './raise-need.page.html',
  styleUrls: ['../needs.scss', './raise-need.page.scss'],
})
export class RaiseNeedPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly notify = injectNotify();

  protected readonly currencies = CURRENCIES;
  protected readonly limits = NEED_LIMITS;
  protected readonly today = todayIso();
  protected readonly form = raiseNeedForm(inject(NonNullableFormBuilder));
  protected readonly submission = new Submission();

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    await this.submission.run(async () => {
      const need = (await this.api.write(RaiseNeedGQL, { input: toRaiseNeedInput(this.form.getRawValue()) })).raiseNeed;
      this.notify('needs.raised', { title: need.title });
      await this.router.navigateByUrl('/needs/mine');
    }, (error) => showServerFieldError(this.form, error));
  }
}
