import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { CaseStage, Permission } from '@bc/shared/domain';
import { AwardScenarioFieldsFragment } from '@bc/web/data-access';
import { injectCan } from '@bc/web/case-kit';
import { BcAmountPipe, BcQuantityPipe } from '@bc/web/i18n';
import { LoadStatus } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { AwardScenariosFacade } from './award-scenarios.facade';
import { RfqStagePanel } from './rfq-stage-panel';
import { ScenarioDialog, ScenarioDialogData } from './scenario.dialog';
import { ScenarioRulePipe } from './scenario-rule.pipe';
import { RuleNames } from './scenario-view';

/**
 * An RFQ's award scenarios side by side (issue 16): the built-in ones (best price per line, single
 * supplier, as proposed) and the buyer's, each a column (stacked cards on a phone) with its total,
 * savings, suppliers and their shares, the price of each rule, the lines per supplier, the
 * conflicting rules of an infeasible one and whether it is stale. A buyer builds a scenario or
 * changes a custom one (the dialog saves and solves it) and, in DECISION, proposes the award a solved one found: the award
 * panel below then shows the proposal.
 */
@Component({
  selector: 'bc-award-scenarios-panel',
  imports: [LoadStatus, MatButtonModule, MatIconModule, TranslatePipe, BcAmountPipe, BcQuantityPipe, ScenarioRulePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AwardScenariosFacade],
  templateUrl: './award-scenarios-panel.html',
  styleUrls: ['./page.scss', './award-scenarios-panel.scss'],
})
export class AwardScenariosPanel extends RfqStagePanel {
  private readonly facade = inject(AwardScenariosFacade);
  protected readonly comparison = this.facade.comparison;
  protected readonly loading = this.facade.state.loading;
  protected readonly busy = this.facade.state.busy;
  protected readonly errorMessage = this.facade.state.errorMessage;
  protected readonly canRead = injectCan(Permission.QUOTE_READ);
  protected readonly inDecision = computed(() => this.stage() === CaseStage.DECISION);
  protected readonly canEdit = computed(() => !!this.comparison()?.canEdit);

  /** How each scenario's rules name suppliers, lines and its own lots, by scenario id. */
  protected readonly names = computed<Record<string, RuleNames>>(() => {
    const c = this.comparison();
    const supplier = (id: string) => c?.suppliers.find((s) => s.invitationId === id)?.supplierName ?? id;
    const linePosition = (key: string) => String(c?.lines.find((l) => l.key === key)?.position ?? key);
    return Object.fromEntries(
      (c?.scenarios ?? []).map((s) => [s.id, { supplier, linePosition, group: (key: string) => s.lineGroups.find((g) => g.key === key)?.name ?? key }]),
    );
  });

  protected load(): Promise<void> {
    return this.facade.load(this.rfq().id);
  }

  protected override mayRead(): boolean {
    return this.canRead();
  }

  protected solved(s: AwardScenarioFieldsFragment): boolean {
    return (s.status === 'OPTIMAL' || s.status === 'TIME_LIMIT' || s.status === 'EVALUATED') && !!s.result?.suppliers.length;
  }

  protected mayPropose(s: AwardScenarioFieldsFragment): boolean {
    return this.canEdit() && this.inDecision() && !s.stale && s.kind !== 'AS_PROPOSED' && this.solved(s);
  }

  protected rulePrice(s: AwardScenarioFieldsFragment, ruleId: string) {
    return s.result?.rulePrices.find((p) => p.ruleId === ruleId) ?? null;
  }

  /** Whether the allocation gives everything to the ranking's first place (else a justification is required). */
  private followsRanking(s: AwardScenarioFieldsFragment): boolean {
    const first = this.comparison()?.suppliers.find((x) => x.rank === 1)?.invitationId;
    return !!first && !!s.result && s.result.suppliers.length === 1 && s.result.suppliers[0].invitationId === first;
  }

  /** The dialog for a new scenario, or for a saved custom one to change. */
  protected edit(scenario?: AwardScenarioFieldsFragment): void {
    const c = this.comparison();
    if (!c) return;
    this.dialog
      .open<ScenarioDialog, ScenarioDialogData, AwardScenarioFieldsFragment>(ScenarioDialog, {
        data: { rfqId: this.rfq().id, suppliers: c.suppliers, lines: c.lines, currency: c.currency, scenario },
        width: '44rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((scenario) => {
        if (!scenario) return;
        this.facade.replaced(scenario);
        this.notify('award.scenarios.savedNotice', { name: scenario.name });
      });
  }

  protected async solve(s: AwardScenarioFieldsFragment): Promise<void> {
    await this.facade.solve(s.id);
  }

  protected remove(s: AwardScenarioFieldsFragment): void {
    this.ask.confirm(
      { title: 'award.scenarios.deleteTitle', message: 'award.scenarios.deleteText', confirm: 'award.scenarios.delete', params: { name: s.name }, destructive: true },
      () => this.facade.remove(s.id),
    );
  }

  protected propose(s: AwardScenarioFieldsFragment): void {
    const required = !this.followsRanking(s);
    this.ask.reason(
      {
        title: 'award.scenarios.proposeTitle',
        text: required ? 'award.scenarios.proposeTextJustify' : 'award.scenarios.proposeText',
        label: 'award.propose.justification',
        confirm: 'award.scenarios.propose',
        params: { name: s.name },
        optional: !required,
      },
      async (justification) => {
        const proposal = await this.facade.propose(s.id, justification);
        if (!proposal) return;
        this.notify('award.proposal.proposedNotice', { version: proposal.version });
        // The award panel reads the proposals afresh (any change in the app); the page the case.
        this.stageChanged.emit();
      },
    );
  }
}
