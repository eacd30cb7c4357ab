import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AppError, dataOf, errorTranslation, ReassignApprovalStepGQL, toAppError, WaitingApprovalsGQL, WaitingApprovalsQuery } from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe } from '@bc/web/i18n';
import { CharCount, ErrorBanner, FieldError, showServerFieldError } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

export type WaitingApproval = WaitingApprovalsQuery['waitingApprovals'][number];

/** The API's limit on a reassignment's reason (ReassignApprovalStepInput). */
export const MAX_REASSIGN_REASON = 2000;

/** The steps of a waiting proposal an admin may reassign: those taking an approval now. */
export function reassignableSteps(item: WaitingApproval): WaitingApproval['proposal']['steps'] {
  return item.proposal.steps.filter((s) => s.open && !s.approval);
}

/**
 * The admin's view of the organization's waiting award approvals: who can decide each one now, a
 * warning where nobody can, and reassigning a waiting step to a named approver with a reason.
 */
@Component({
  selector: 'bc-waiting-approvals',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslatePipe, BcAmountPipe, BcDatePipe, CharCount, ErrorBanner, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './waiting-approvals.html',
  styleUrl: './waiting-approvals.scss',
})
export class WaitingApprovals {
  private readonly listGql = inject(WaitingApprovalsGQL);
  private readonly reassignGql = inject(ReassignApprovalStepGQL);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly maxReason = MAX_REASSIGN_REASON;
  protected readonly items = signal<WaitingApproval[] | null>(null);
  /** The step being reassigned: proposal id and step index. */
  protected readonly editing = signal<{ proposalId: string; stepIndex: number } | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });
  protected readonly steps = reassignableSteps;

  protected readonly form = new FormGroup({
    assigneeId: new FormControl<string | null>(null, Validators.required),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASSIGN_REASON)] }),
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.items.set((await dataOf(this.listGql.fetch())).waitingApprovals);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  protected names(people: ReadonlyArray<{ name: string }>): string {
    return people.map((p) => p.name).join(', ');
  }

  protected edit(proposalId: string, stepIndex: number): void {
    this.error.set(null);
    this.form.reset({ assigneeId: null, reason: '' });
    this.editing.set({ proposalId, stepIndex });
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected async reassign(): Promise<void> {
    const target = this.editing();
    if (!target) return;
    if (!this.form.controls.reason.value.trim()) this.form.controls.reason.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { assigneeId, reason } = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    try {
      await dataOf(this.reassignGql.mutate({ variables: { input: { ...target, assigneeId: assigneeId!, reason: reason.trim() } } }));
      this.editing.set(null);
      this.snackBar.open(this.translate.instant('waitingApprovals.reassigned') as string, this.translate.instant('common.close') as string, { duration: 5000 });
      await this.load();
    } catch (error) {
      const appError = toAppError(error);
      this.error.set(appError);
      showServerFieldError(this.form, appError);
    } finally {
      this.saving.set(false);
    }
  }
}
