import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { NeedStatus } from '@bc/shared/domain';
import { Api, DeclineNeedGQL, NeedFieldsFragment, NeedsGQL, PagedList, runOnRow } from '@bc/web/data-access';
import { BcCpvLabelPipe, BcAmountPipe, BcDatePipe, BcQuantityPipe } from '@bc/web/i18n';
import { askReason, EmptyState, injectNotify, ListPaginator, LoadStatus } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { AcceptedCase, AcceptNeedDialog } from './accept-need.dialog';

/** Needs waiting for a buyer: accept one into a purchase case, or decline it with a reason. */
@Component({
  selector: 'bc-incoming-needs-page',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, BcCpvLabelPipe, BcDatePipe, BcAmountPipe, BcQuantityPipe, EmptyState, LoadStatus, ListPaginator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './incoming-needs.page.html',
  styleUrls: ['../needs.scss', './incoming-needs.page.scss'],
})
export class IncomingNeedsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notify = injectNotify();

  protected readonly needs = new PagedList<NeedFieldsFragment>(async (page) => (await this.api.read(NeedsGQL, { status: NeedStatus.SUBMITTED, ...page })).needs);

  ngOnInit(): void {
    void this.needs.load();
  }

  protected accept(need: NeedFieldsFragment): void {
    this.dialog
      .open<AcceptNeedDialog, NeedFieldsFragment, AcceptedCase>(AcceptNeedDialog, { data: need, width: '36rem' })
      .afterClosed()
      .subscribe(async (created) => {
        if (!created) return;
        this.notify('needs.accepted', { reference: created.reference });
        await this.router.navigate(['/cases', created.id]);
      });
  }

  protected decline(need: NeedFieldsFragment): void {
    askReason(this.dialog, {
      title: 'needs.declineTitle',
      text: 'needs.declineText',
      label: 'needs.declineReason',
      confirm: 'needs.decline',
      params: { title: need.title, requester: need.requester.name },
      destructive: true,
    }).subscribe(async (reason) => {
      if (!reason) return;
      await runOnRow(this.needs, async () => {
        await this.api.write(DeclineNeedGQL, { id: need.id, reason });
        this.needs.remove((n) => n.id === need.id);
        this.notify('needs.declined', { title: need.title });
      });
    });
  }
}
