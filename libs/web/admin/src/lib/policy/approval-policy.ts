import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ApprovalMode, ErrorCode, ImportanceClass } from '@bc/shared/domain';
import { Api, AppError, ApprovalPolicyFieldsFragment, ApprovalPolicyGQL, Submission, UpdateApprovalPolicyGQL } from '@bc/web/data-access';
import { BcDatePipe, BcPluralPipe, LanguageService } from '@bc/web/i18n';
import { injectNotify, LoadStatus } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import {
  DECIDERS_RANGE,
  FormProblem,
  formPathOf,
  MAX_TIERS,
  OverrideValue,
  POLICY_IMPORTANCE,
  PolicyFormValue,
  policyFormProblems,
  serverProblemKey,
  TierValue,
  toFormValue,
  toPolicyInput,
} from './approval-policy-form';
import { PolicyActions } from './policy-actions';

type TierForm = FormGroup<{ upTo: FormControl<number | null>; deciders: FormControl<number | null>; gatekeeper: FormControl<boolean> }>;
type OverrideForm = FormGroup<{ on: FormControl<boolean>; deciders: FormControl<number | null>; gatekeeper: FormControl<boolean> }>;

function tierForm(t: TierValue, last: boolean): TierForm {
  const upTo = new FormControl<number | null>(t.upTo === null || t.upTo === '' ? null : Number(t.upTo));
  if (last) upTo.disable();
  return new FormGroup({
    upTo,
    deciders: new FormControl<number | null>(t.deciders === null ? null : Number(t.deciders)),
    gatekeeper: new FormControl(t.gatekeeper, { nonNullable: true }),
  });
}

function overrideForm(o: OverrideValue): OverrideForm {
  return new FormGroup({
    on: new FormControl(o.on, { nonNullable: true }),
    deciders: new FormControl<number | null>(o.deciders === null ? null : Number(o.deciders)),
    gatekeeper: new FormControl(o.gatekeeper, { nonNullable: true }),
  });
}

/**
 * The organization's approval policy on the admin's policy page: sequential or parallel, tiers by
 * award value (the last one open-ended), and importance classes that need at least a given route.
 */
@Component({
  selector: 'bc-approval-policy',
  imports: [BcPluralPipe, 
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatTooltipModule,
    TranslatePipe,
    BcDatePipe,
    LoadStatus,
    PolicyActions,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './approval-policy.html',
  styleUrls: ['../admin-page.scss', './policy.page.scss', './approval-policy.scss'],
})
export class ApprovalPolicyEditor implements OnInit {
  private readonly api = inject(Api);
  private readonly notify = injectNotify();
  private readonly destroyRef = inject(DestroyRef);
  private readonly language = inject(LanguageService);

  protected readonly modes = [ApprovalMode.SEQUENTIAL, ApprovalMode.PARALLEL];
  protected readonly classes = POLICY_IMPORTANCE;
  protected readonly range = DECIDERS_RANGE;
  protected readonly maxTiers = MAX_TIERS;

  protected readonly form = new FormGroup({
    mode: new FormControl<ApprovalMode>(ApprovalMode.SEQUENTIAL, { nonNullable: true }),
    tiers: new FormArray<TierForm>([]),
    byImportance: new FormGroup(
      Object.fromEntries(POLICY_IMPORTANCE.map((k) => [k, overrideForm({ on: false, deciders: 1, gatekeeper: false })])) as Record<ImportanceClass, OverrideForm>,
    ),
  });
  protected readonly policy = signal<ApprovalPolicyFieldsFragment | null>(null);
  protected readonly reading = new Submission();
  protected readonly saving = new Submission();
  /** Set by the first attempt to save: from then on the form is checked as the admin types. */
  private readonly checking = signal(false);
  /** Problems not at a single field (e.g. too many tiers). */
  protected readonly formProblem = signal<FormProblem | null>(null);
  protected readonly errorMessage = computed(() => this.reading.errorMessage() ?? this.saving.errorMessage());

  ngOnInit(): void {
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      if (this.checking()) this.applyProblems(policyFormProblems(this.value()));
    });
    void this.reading.run(async () => this.show((await this.api.read(ApprovalPolicyGQL)).approvalPolicy));
  }

  protected get tiers(): FormArray<TierForm> {
    return this.form.controls.tiers;
  }

  protected override(k: ImportanceClass): OverrideForm {
    return this.form.controls.byImportance.controls[k];
  }

  protected show(policy: ApprovalPolicyFieldsFragment): void {
    this.policy.set(policy);
    this.checking.set(false);
    this.formProblem.set(null);
    const value = toFormValue(policy);
    this.tiers.clear({ emitEvent: false });
    value.tiers.forEach((t, i) => this.tiers.push(tierForm(t, i === value.tiers.length - 1), { emitEvent: false }));
    this.form.controls.mode.setValue(value.mode as ApprovalMode, { emitEvent: false });
    for (const k of POLICY_IMPORTANCE) {
      const o = value.byImportance[k];
      this.override(k).setValue({ on: o.on, deciders: o.deciders === null ? null : Number(o.deciders), gatekeeper: o.gatekeeper }, { emitEvent: false });
    }
    this.form.markAsPristine();
    this.form.markAsUntouched();
    this.applyProblems([]);
  }

  /** A new tier before the open-ended last one, starting above the tier before it. */
  protected addTier(): void {
    if (this.tiers.length >= MAX_TIERS) return;
    const at = this.tiers.length - 1;
    const before = at > 0 ? this.tiers.at(at - 1).controls.upTo.value : null;
    const suggested = before ? before * 10 : null;
    const last = this.tiers.at(at);
    this.tiers.insert(at, tierForm({ upTo: suggested, deciders: last?.controls.deciders.value ?? 1, gatekeeper: false }, false));
    this.tiers.markAsDirty();
  }

  /** Removes a tier; when the last one goes, the one before becomes the open-ended last tier. */
  protected removeTier(index: number): void {
    if (this.tiers.length <= 1) return;
    this.tiers.removeAt(index);
    const last = this.tiers.at(this.tiers.length - 1);
    last.controls.upTo.setValue(null);
    last.controls.upTo.disable();
    this.tiers.markAsDirty();
  }

  /** The lower bound the last tier starts above (the upper limit of the tier before it). */
  protected lastLowerBound(): number | null {
    if (this.tiers.length < 2) return null;
    const v = this.tiers.at(this.tiers.length - 2).controls.upTo.value;
    return v === null || Number.isNaN(Number(v)) ? null : Number(v);
  }

  /** An amount without currency (tiers apply in each case's currency), in the active language. */
  protected amount(value: number): string {
    return new Intl.NumberFormat(this.language.lang(), { maximumFractionDigits: 2 }).format(value);
  }

  /** What keeps the saved rule of an importance class from being completed (shown until the form changes). */
  protected shortfallsOf(policy: ApprovalPolicyFieldsFragment, k: ImportanceClass): ApprovalPolicyFieldsFragment['gatekeeperApprovalShortfalls'] {
    return policy.byImportance.find((b) => b.importance === k)?.shortfalls ?? [];
  }

  protected problemOf(control: AbstractControl): FormProblem | null {
    const problem = control.errors?.['problem'] as FormProblem | undefined;
    return problem ?? null;
  }

  protected async submit(): Promise<void> {
    this.checking.set(true);
    const problems = policyFormProblems(this.value());
    this.applyProblems(problems);
    if (problems.length) {
      this.form.markAllAsTouched();
      return;
    }
    const input = toPolicyInput(this.value());
    await this.saving.run(
      async () => {
        this.show((await this.api.write(UpdateApprovalPolicyGQL, { input })).updateApprovalPolicy);
        this.notify('approvalPolicy.saved');
      },
      (error) => {
        this.showServerProblems(error, input);
        return false; // the banner says it too
      },
    );
  }

  /** A refusal that names fields puts each problem at its control. */
  private showServerProblems(error: AppError, input: ReturnType<typeof toPolicyInput>): void {
    if (error.code !== ErrorCode.VALIDATION_FAILED) return;
    const listed = error.details?.['problems'];
    const serverProblems = (Array.isArray(listed) ? (listed as Array<{ field?: string; rule?: string }>) : [{ field: error.field, rule: error.details?.['rule'] as string | undefined }])
      .map((p) => {
        const path = formPathOf(p.field, input);
        return path ? { path, ...serverProblemKey(p.rule) } : null;
      })
      .filter((p): p is FormProblem => p !== null);
    this.applyProblems(serverProblems);
    this.form.markAllAsTouched();
  }

  private value(): PolicyFormValue {
    return this.form.getRawValue() as PolicyFormValue;
  }

  /** Puts each problem on its control (replacing the problems shown before); `tiers` goes above the table. */
  private applyProblems(problems: FormProblem[]): void {
    const controls: Array<[string, AbstractControl]> = [];
    this.tiers.controls.forEach((t, i) => {
      controls.push([`tiers.${i}.upTo`, t.controls.upTo], [`tiers.${i}.deciders`, t.controls.deciders], [`tiers.${i}.gatekeeper`, t.controls.deciders]);
    });
    for (const k of POLICY_IMPORTANCE) {
      const o = this.override(k);
      controls.push([`byImportance.${k}.deciders`, o.controls.deciders], [`byImportance.${k}.gatekeeper`, o.controls.deciders]);
    }
    const seen = new Set<AbstractControl>();
    for (const [, control] of controls) {
      if (seen.has(control)) continue;
      seen.add(control);
      if (control.errors?.['problem']) control.setErrors(null, { emitEvent: false });
    }
    for (const problem of problems) {
      const control = controls.find(([path]) => path === problem.path)?.[1];
      if (control) {
        control.setErrors({ problem }, { emitEvent: false });
        control.markAsTouched();
      }
    }
    this.formProblem.set(problems.find((p) => p.path === 'tiers') ?? null);
  }
}
