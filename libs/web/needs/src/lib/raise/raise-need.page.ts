import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { AppError, dataOf, errorTranslation, fieldNameOf, RaiseNeedGQL, RaiseNeedInput, toAppError } from '@bc/web/data-access';
import { CpvPicker, CpvValue } from '@bc/web/suppliers';
import { ErrorBanner } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP', 'PLN', 'CZK'] as const;

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
    CpvPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './raise-need.page.html',
  styleUrls: ['../needs.scss', './raise-need.page.scss'],
})
export class RaiseNeedPage {
  private readonly raiseGql = inject(RaiseNeedGQL);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly currencies = CURRENCIES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(4000)],
    justification: ['', [Validators.required, Validators.maxLength(4000)]],
    quantity: [null as number | null, Validators.min(0)],
    unit: ['', Validators.maxLength(40)],
    neededBy: [''],
    estimatedValue: [null as number | null, Validators.min(0)],
    currency: ['EUR'],
    budgetReference: ['', Validators.maxLength(100)],
    category: [null as CpvValue | null],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const need = (await dataOf(this.raiseGql.mutate({ variables: { input: toRaiseNeedInput(this.form.getRawValue()) } })))
        .raiseNeed;
      this.snackBar.open(
        this.translate.instant('needs.raised', { title: need.title }) as string,
        this.translate.instant('common.close') as string,
        { duration: 5000 },
      );
      await this.router.navigateByUrl('/needs/mine');
    } catch (error) {
      const appError = toAppError(error);
      this.error.set(appError);
      const field = fieldNameOf(appError);
      const control = field ? this.form.get(field === 'categoryCode' ? 'category' : field) : null;
      control?.setErrors({ server: true });
      control?.markAsTouched();
    } finally {
      this.saving.set(false);
    }
  }
}
