import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Api, ItemList, ReassignApprovalStepGQL, Submission, WaitingApprovalsGQL, WaitingApprovalsQuery } from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe } from '@bc/web/i18n';
import { RouteStepState } from '@bc/web/inbox';
import { CharCount, ErrorBanner, FieldError, injectNotify, showServerFieldError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

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
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslatePipe, BcAmountPipe, BcDatePipe, CharCount, ErrorBanner, FieldError, RouteStepState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './waiting-approvals.html',
  styleUrl: './waiting-approvals.scss',
})
export class WaitingApprovals {
  private readonly api = inject(Api);
  private readonly notify = injectNotify();

  protected readonly maxReason = MAX_REASSIGN_REASON;
  protected readonly approvals = new ItemList<WaitingApproval>(async () => (await this.api.read(WaitingApprovalsGQL)).waitingApprovals);
  /** The step being reassigned: proposal id and step index. */
  protected readonly editing = signal<{ proposalId: string; stepIndex: number } | null>(null);
  protected readonly reassigning = new Submission();
  protected readonly steps = reassignableSteps;

  protected readonly form = new FormGroup({
    assigneeId: new FormControl<string | null>(null, Validators.required),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASSIGN_REASON)] }),
  });

  constructor() {
    void this.approvals.load();
  }

  protected names(people: ReadonlyArray<{ name: string }>): string {
    return people.map((p) => p.name).join(', ');
  }

  protected edit(proposalId: string, stepIndex: number): void {
    this.reassigning.error.set(null);
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
    const input = { ...target, assigneeId: assigneeId!, reason: reason.trim() };
    const done = await this.reassigning.run(
      () => this.api.write(ReassignApprovalStepGQL, { input }),
      (error) => {
        showServerFieldError(this.form, error);
        return false; // a refused field shows there and in the banner
      },
    );
    if (!done) return;
    this.editing.set(null);
    this.notify('waitingApprovals.reassigned');
    await this.approvals.load();
  }
}
