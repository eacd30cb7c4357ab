import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  Api,
  ApprovalDeputiesGQL,
  ApprovalDeputyFieldsFragment,
  ApprovalDeputiesQuery,
  NameApprovalDeputyGQL,
  RevokeApprovalDeputyGQL,
  SessionStore,
  Submission,
} from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { ErrorBanner, injectNotify } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { periodOf } from './deputy-period';

/**
 * Out of office: an approver names a deputy holding the same approving role for a period (from the
 * first day's start to the last day's end, in the browser's zone), sees who stands in for them and
 * for whom they stand in, and ends a naming early.
 */
@Component({
  selector: 'bc-deputy-panel',
  imports: [NgTemplateOutlet, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslatePipe, BcDatePipe, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deputy-panel.html',
  styleUrl: './deputy-panel.scss',
})
export class DeputyPanel {
  private readonly api = inject(Api);
  private readonly session = inject(SessionStore);
  private readonly notify = injectNotify();

  protected readonly deputies = signal<ApprovalDeputyFieldsFragment[]>([]);
  protected readonly choices = signal<ApprovalDeputiesQuery['approverChoices']>([]);
  /** Reading the namings and ending one; naming a deputy. One banner says what failed. */
  protected readonly reading = new Submission();
  protected readonly saving = new Submission();
  protected readonly errorMessage = computed(() => this.reading.errorMessage() ?? this.saving.errorMessage());
  private readonly me = computed(() => this.session.user()?.id ?? null);
  /** Namings still running or to come, of the viewer either side. */
  protected readonly current = computed(() => this.deputies().filter((d) => !d.revokedAt && new Date(d.endsAt).getTime() > Date.now()));
  protected readonly mine = computed(() => this.current().filter((d) => d.principalId === this.me()));
  protected readonly forOthers = computed(() => this.current().filter((d) => d.deputyId === this.me()));
  /** Others holding one of the viewer's approving roles. */
  protected readonly candidates = computed(() => {
    const me = this.choices().find((c) => c.id === this.me());
    return this.choices().filter((c) => c.id !== this.me() && (!me || c.roles.some((r) => me.roles.includes(r))));
  });

  protected readonly form = new FormGroup({
    deputyId: new FormControl<string | null>(null, Validators.required),
    from: new FormControl<string | null>(null, Validators.required),
    to: new FormControl<string | null>(null, Validators.required),
  });
  protected readonly fieldError = signal<{ field: string; key: string } | null>(null);

  constructor() {
    void this.reading.run(() => this.load());
  }

  private async load(): Promise<void> {
    const data = await this.api.read(ApprovalDeputiesGQL);
    this.deputies.set(data.approvalDeputies);
    this.choices.set(data.approverChoices);
  }

  protected async name(): Promise<void> {
    this.fieldError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { deputyId, from, to } = this.form.getRawValue();
    const period = periodOf(from!, to!);
    if (!period) {
      this.fieldError.set({ field: 'to', key: 'deputies.errors.endsBeforeStart' });
      return;
    }
    this.reading.error.set(null);
    await this.saving.run(async () => {
      await this.api.write(NameApprovalDeputyGQL, { input: { deputyId: deputyId!, startsAt: period.startsAt, endsAt: period.endsAt } });
      this.form.reset();
      this.notify('deputies.named');
      await this.load();
    });
  }

  protected async revoke(d: ApprovalDeputyFieldsFragment): Promise<void> {
    this.saving.error.set(null);
    await this.reading.run(async () => {
      await this.api.write(RevokeApprovalDeputyGQL, { id: d.id });
      await this.load();
    });
  }
}
