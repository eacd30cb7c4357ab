import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, output, signal, untracked } from '@angular/core';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { CriterionKind, ErrorCode, MAX_CRITERIA } from '@bc/shared/domain';
import { Api, AppError, CriterionKind as ApiCriterionKind, RfqFieldsFragment, RfqInput, toAppError, UpdateRfqGQL } from '@bc/web/data-access';
import { BcCriterionNamePipe } from '@bc/web/i18n';
import { CharCount, ErrorBanner, FieldError, IconAction, ScrollRegion, TextInput } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { fromLocalInput, toLocalInput } from '@bc/web/case-kit';
import { criteriaIssues, criteriaSum, CriterionValue, CUSTOM_KINDS, customCriterionKey } from './criteria';
import { rfqErrorTranslation, rfqFieldOf } from './rfq-errors';

export type CriterionForm = FormGroup<{
  key: FormControl<string>;
  name: FormControl<string>;
  kind: FormControl<string>;
  weight: FormControl<number | null>;
}>;

function criterionForm(c: CriterionValue): CriterionForm {
  return new FormGroup({
    key: new FormControl(c.key, { nonNullable: true }),
    name: new FormControl(c.name, { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    kind: new FormControl<string>(c.kind, { nonNullable: true }),
    weight: new FormControl<number | null>(c.weight, [Validators.required, Validators.min(1), Validators.max(100), Validators.pattern(/^\d+$/)]),
  });
}

/** The question deadline may not be after the closing time. */
function deadlineOrder(group: AbstractControl): ValidationErrors | null {
  const closes = fromLocalInput(group.get('closesAt')?.value as string);
  const questions = fromLocalInput(group.get('questionsCloseAt')?.value as string);
  return closes && questions && questions > closes ? { deadlineOrder: true } : null;
}

/**
 * The draft RFQ's terms and evaluation criteria: closing time and question deadline in the
 * user's local time, the criteria with their live sum (100 to be saved), the defaults of the
 * case's importance class to go back to. Saves with `updateRfq`.
 */
@Component({
  selector: 'bc-rfq-terms-form',
  imports: [ScrollRegion, 
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTooltipModule,
    TranslatePipe,
    ErrorBanner,
    FieldError,
    CharCount,
    TextInput,
    BcCriterionNamePipe,
    IconAction,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rfq-terms-form.html',
  styleUrls: ['./page.scss', './panel.scss', './rfq-terms-form.scss'],
})
export class RfqTermsForm {
  private readonly api = inject(Api);

  readonly rfq = input.required<RfqFieldsFragment>();
  readonly canEdit = input(false);
  readonly saved = output<RfqFieldsFragment>();

  protected readonly form = new FormGroup(
    {
      title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10000)] }),
      closesAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      questionsCloseAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      deliveryTerms: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
      deliveryDate: new FormControl('', { nonNullable: true }),
      deliveryAddress: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
      paymentTerms: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
      validityDays: new FormControl<number | null>(90, [Validators.required, Validators.min(1), Validators.max(730), Validators.pattern(/^\d+$/)]),
      instructions: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10000)] }),
      shortPeriodJustification: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
      twoEnvelope: new FormControl(false, { nonNullable: true }),
      criteria: new FormArray<CriterionForm>([]),
    },
    { validators: deadlineOrder },
  );
  protected readonly criteria = this.form.controls.criteria;
  protected readonly newName = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] });
  protected readonly newKind = new FormControl<string>(CriterionKind.TECHNICAL, { nonNullable: true });

  protected readonly customKinds = CUSTOM_KINDS;
  protected readonly maxCriteria = MAX_CRITERIA;
  /** The local time zone the datetime inputs are in, e.g. Europe/Berlin. */
  protected readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  /** Whether there are unsaved changes (the page holds back approval and publishing then). */
  readonly dirty = signal(false);
  protected readonly criteriaValue = signal<CriterionValue[]>([]);
  protected readonly sum = computed(() => criteriaSum(this.criteriaValue()));
  protected readonly issues = computed(() => criteriaIssues(this.criteriaValue()));
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? rfqErrorTranslation(error) : null;
  });
  /** A change after approval was asked for or given takes it back: the gatekeeper decides again. */
  protected readonly resetsApproval = computed(() => this.rfq().approval === 'REQUESTED' || this.rfq().approval === 'APPROVED');

  constructor() {
    const subscription = this.form.valueChanges.subscribe(() => {
      this.dirty.set(this.form.dirty);
      this.criteriaValue.set(this.criteria.getRawValue());
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    effect(() => {
      const rfq = this.rfq();
      const canEdit = this.canEdit();
      untracked(() => this.fill(rfq, canEdit));
    });
  }

  private fill(rfq: RfqFieldsFragment, canEdit: boolean): void {
    this.form.reset(
      {
        title: rfq.title,
        description: rfq.description,
        closesAt: toLocalInput(rfq.closesAt),
        questionsCloseAt: toLocalInput(rfq.questionsCloseAt),
        deliveryTerms: rfq.deliveryTerms,
        deliveryDate: rfq.deliveryDate ?? '',
        deliveryAddress: rfq.deliveryAddress,
        paymentTerms: rfq.paymentTerms,
        validityDays: rfq.validityDays,
        instructions: rfq.instructions,
        shortPeriodJustification: rfq.shortPeriodJustification ?? '',
        twoEnvelope: rfq.twoEnvelope,
      },
      { emitEvent: false },
    );
    // After the reset, which would blank the weights of the criteria there were.
    this.criteria.clear({ emitEvent: false });
    for (const c of rfq.criteria) this.criteria.push(criterionForm(c), { emitEvent: false });
    if (canEdit) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
    this.form.markAsPristine();
    this.form.markAsUntouched();
    this.criteriaValue.set(this.criteria.getRawValue());
    this.dirty.set(false);
  }

  protected isCustomKind(kind: string): boolean {
    return (CUSTOM_KINDS as readonly string[]).includes(kind);
  }

  protected addCriterion(): void {
    const name = this.newName.value.trim();
    if (!name || this.criteria.length >= MAX_CRITERIA) return;
    const key = customCriterionKey(name, this.criteria.getRawValue().map((c) => c.key));
    this.criteria.push(criterionForm({ key, name, kind: this.newKind.value, weight: null }));
    this.criteria.markAsDirty();
    this.newName.reset('');
    this.dirty.set(true);
    this.criteriaValue.set(this.criteria.getRawValue());
  }

  protected removeCriterion(index: number): void {
    this.criteria.removeAt(index);
    this.criteria.markAsDirty();
    this.dirty.set(true);
  }

  protected resetCriteria(): void {
    this.criteria.clear();
    for (const c of this.rfq().defaultCriteria) this.criteria.push(criterionForm(c));
    this.criteria.markAsDirty();
    this.dirty.set(true);
    this.criteriaValue.set(this.criteria.getRawValue());
  }

  protected discard(): void {
    this.error.set(null);
    this.fill(this.rfq(), this.canEdit());
  }

  private toInput(): RfqInput {
    const v = this.form.getRawValue();
    return {
      title: v.title.trim(),
      description: v.description.trim(),
      closesAt: fromLocalInput(v.closesAt) ?? undefined,
      questionsCloseAt: fromLocalInput(v.questionsCloseAt) ?? undefined,
      deliveryTerms: v.deliveryTerms.trim(),
      deliveryDate: v.deliveryDate || null,
      deliveryAddress: v.deliveryAddress.trim(),
      paymentTerms: v.paymentTerms.trim(),
      validityDays: v.validityDays ?? undefined,
      instructions: v.instructions.trim(),
      shortPeriodJustification: v.shortPeriodJustification.trim() || null,
      twoEnvelope: v.twoEnvelope,
      criteria: v.criteria.map((c) => ({ key: c.key, name: c.name.trim(), kind: c.kind as ApiCriterionKind, weight: c.weight ?? 0 })),
    };
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.issues().length > 0) {
      this.form.markAllAsTouched();
      this.error.set({ code: ErrorCode.VALIDATION_FAILED, message: 'The form has errors' });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const updated = (await this.api.write(UpdateRfqGQL, { id: this.rfq().id, input: this.toInput() })).updateRfq;
      this.saved.emit(updated);
    } catch (error) {
      const appError = toAppError(error);
      this.error.set(appError);
      const field = rfqFieldOf(appError);
      const control = field && field !== 'criteria' ? this.form.get(field) : null;
      if (control) {
        control.setErrors({ ...(control.errors ?? {}), server: true });
        control.markAsTouched();
      }
    } finally {
      this.saving.set(false);
    }
  }
}
