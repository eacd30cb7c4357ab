import { Directive, effect, inject, input, output, untracked } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CaseStage } from '@bc/shared/domain';
import { reloadOnDataChange, RfqFieldsFragment } from '@bc/web/data-access';
import { injectAsk, injectNotify } from '@bc/web/case-kit';

/**
 * What the panels of a case's RFQ after its quotes share (negotiation, award): the RFQ and the
 * case's stage they show, their dialogs and notices, and when they read: as the RFQ or the stage
 * changes, and after any change in the app (one freshness rule). The case may move on through a
 * panel: it tells the page (`stageChanged`), which reads the case afresh.
 */
@Directive()
export abstract class RfqStagePanel {
  protected readonly dialog = inject(MatDialog);
  protected readonly ask = injectAsk();
  protected readonly notify = injectNotify();

  readonly rfq = input.required<RfqFieldsFragment>();
  readonly stage = input.required<CaseStage | string>();
  readonly stageChanged = output<void>();

  constructor() {
    reloadOnDataChange(() => this.load());
    effect(() => {
      this.rfq();
      this.stage();
      if (this.mayRead()) untracked(() => void this.load());
    });
  }

  /** Reads the panel's data for the current RFQ. */
  protected abstract load(): Promise<void>;

  /** Whether the user may read what the panel shows. */
  protected mayRead(): boolean {
    return true;
  }
}
