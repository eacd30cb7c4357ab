import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { NeedStatus } from '@bc/shared/domain';
import { AppError, dataOf, errorTranslation, MyNeedsGQL, NeedFieldsFragment, toAppError, WithdrawNeedGQL } from '@bc/web/data-access';
import { BcCpvLabelPipe, BcAmountPipe, BcDatePipe } from '@bc/web/i18n';
import { confirm, EmptyState, ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { NeedStatusBadge } from '../need-status';

/** The requester's own needs and where each stands: waiting, declined (why), or which case and stage. */
@Component({
  selector: 'bc-my-needs-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    MatTooltipModule,
    TranslatePipe,
    BcCpvLabelPipe,
    BcDatePipe,
    BcAmountPipe,
    EmptyState,
    ErrorBanner,
    NeedStatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-needs.page.html',
  styleUrl: '../needs.scss',
})
export class MyNeedsPage implements OnInit {
  private readonly myNeedsGql = inject(MyNeedsGQL);
  private readonly withdrawGql = inject(WithdrawNeedGQL);
  private readonly dialog = inject(MatDialog);

  protected readonly needs = signal<NeedFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });
  protected readonly columns = ['title', 'status', 'case', 'neededBy', 'estimatedValue', 'createdAt', 'actions'];
  protected readonly submitted = NeedStatus.SUBMITTED;

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.needs.set((await dataOf(this.myNeedsGql.fetch())).myNeeds);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected withdraw(need: NeedFieldsFragment): void {
    confirm(this.dialog, {
      title: 'needs.withdrawTitle',
      message: 'needs.withdrawText',
      confirm: 'needs.withdraw',
      params: { title: need.title },
      destructive: true,
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      try {
        const updated = (await dataOf(this.withdrawGql.mutate({ variables: { id: need.id } }))).withdrawNeed;
        this.needs.update((list) => list.map((n) => (n.id === updated.id ? updated : n)));
      } catch (error) {
        this.error.set(toAppError(error));
      }
    });
  }
}
