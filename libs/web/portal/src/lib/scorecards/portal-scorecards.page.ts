import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { Api, MyScorecardsGQL, ScorecardFieldsFragment, Submission } from '@bc/web/data-access';
import { SupplierScorecardView } from '@bc/web/suppliers';
import { LoadStatus } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The supplier company's own scorecards, one per buying organization that lists or invited it:
 * the same card a buyer sees on its supplier page, without the buyer's case titles and notes (the
 * API leaves them out) and without anything of other suppliers.
 */
@Component({
  selector: 'bc-portal-scorecards-page',
  imports: [TranslatePipe, LoadStatus, SupplierScorecardView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal-scorecards.page.html',
  styleUrl: './portal-scorecards.page.scss',
})
export class PortalScorecardsPage implements OnInit {
  private readonly api = inject(Api);

  protected readonly cards = signal<ScorecardFieldsFragment[] | null>(null);
  protected readonly reading = new Submission();

  ngOnInit(): void {
    void this.reading.run(async () => this.cards.set((await this.api.read(MyScorecardsGQL)).myScorecards));
  }
}
