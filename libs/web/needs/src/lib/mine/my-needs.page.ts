import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { NeedStatus } from '@bc/shared/domain';
import { Api, MyNeedsGQL, NeedFieldsFragment, PagedList, runOnRow, WithdrawNeedGQL } from '@bc/web/data-access';
import { BcCpvLabelPipe } from '@bc/web/i18n';
import { IconAction, injectConfirmThen, PagedTable, TableEmptyState, TextColumn } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { NeedStatusBadge } from '../need-status';

/** The requester's own needs and where each stands: waiting, declined (why), or which case and stage. */
@Component({
  selector: 'bc-my-needs-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    TranslatePipe,
    BcCpvLabelPipe,
    PagedTable,
    TextColumn,
    NeedStatusBadge,
    IconAction,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-needs.page.html',
  styleUrl: '../needs.scss',
})
export class MyNeedsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly confirmThen = injectConfirmThen();

  protected readonly needs = new PagedList<NeedFieldsFragment>(async (page) => (await this.api.read(MyNeedsGQL, page)).myNeeds);
  protected readonly emptyState: TableEmptyState = { icon: 'assignment', heading: 'needs.mineEmptyTitle', text: 'needs.mineEmptyText' };
  protected readonly columns = ['title', 'status', 'case', 'neededBy', 'estimatedValue', 'createdAt', 'actions'];
  protected readonly submitted = NeedStatus.SUBMITTED;

  ngOnInit(): void {
    void this.needs.load();
  }

  protected withdraw(need: NeedFieldsFragment): void {
    const question = { title: 'needs.withdrawTitle', message: 'needs.withdrawText', confirm: 'needs.withdraw', params: { title: need.title }, destructive: true };
    this.confirmThen(question, () =>
      runOnRow(this.needs, async () => {
        const updated = (await this.api.write(WithdrawNeedGQL, { id: need.id })).withdrawNeed;
        this.needs.replace(updated, (a, b) => a.id === b.id);
      }),
    );
  }
}
