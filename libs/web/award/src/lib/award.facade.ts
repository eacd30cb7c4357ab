import { computed, Injectable, signal } from '@angular/core';
import { ErrorCode } from '@bc/shared/domain';
import {
  AwardDeliveriesGQL,
  AwardDeliveryFieldsFragment,
  AwardProposalsGQL,
  CaseAwardFieldsFragment,
  toAppError,
  WithdrawAwardProposalGQL,
} from '@bc/web/data-access';
import { ActionState, FeatureFacade, reloadOn } from '@bc/web/case-kit';
import { awardErrorTranslation } from './award-view';

/** Codes after which the panel shows the proposals as they now are. */
const RELOAD_ON: readonly string[] = [ErrorCode.CONFLICT, ErrorCode.STALE, ErrorCode.NOT_FOUND, ErrorCode.STAGE_LOCKED];

/**
 * The award panel's data: a case's award proposals (every version) and, once awarded, the
 * deliveries recorded against the approved one; withdrawing a proposal. Provided by the panel.
 */
@Injectable()
export class AwardFacade extends FeatureFacade {
  private caseId = '';
  readonly state = new ActionState(reloadOn(RELOAD_ON, () => this.load(this.caseId, this.awarded, true)), false, awardErrorTranslation);
  private awarded = false;
  readonly proposals = signal<CaseAwardFieldsFragment[]>([]);
  readonly deliveries = signal<AwardDeliveryFieldsFragment[]>([]);
  readonly deliveryError = signal<{ key: string; params: Record<string, unknown> } | null>(null);

  /** Newest first, as the API sends them. */
  private readonly sorted = computed(() => [...this.proposals()].sort((a, b) => b.version - a.version));
  readonly pending = computed(() => this.sorted().find((p) => p.status === 'PENDING') ?? null);
  readonly approved = computed(() => this.sorted().find((p) => p.status === 'APPROVED') ?? null);
  /** The proposal shown in full: the approved one, else the pending one, else the latest (e.g. rejected, its reason first). */
  readonly current = computed(() => this.approved() ?? this.pending() ?? this.sorted()[0] ?? null);
  readonly history = computed(() => this.sorted().filter((p) => p.id !== this.current()?.id));

  /** Reads the proposals of case `caseId`; in an awarded case, the deliveries too. */
  async load(caseId = this.caseId, awarded = this.awarded, keepError = false): Promise<void> {
    this.caseId = caseId;
    this.awarded = awarded;
    await this.state.load(async () => {
      this.proposals.set((await this.api.read(AwardProposalsGQL, { caseId })).awardProposals);
      const approved = this.approved();
      if (awarded && approved) await this.loadDeliveries(approved.id);
    }, keepError);
  }

  private async loadDeliveries(proposalId: string): Promise<void> {
    this.deliveryError.set(null);
    try {
      this.deliveries.set((await this.api.read(AwardDeliveriesGQL, { proposalId })).awardDeliveries);
    } catch (error) {
      this.deliveryError.set(awardErrorTranslation(toAppError(error)));
    }
  }

  withdraw(proposalId: string, reason: string): Promise<CaseAwardFieldsFragment | undefined> {
    return this.state.run(async () => {
      const withdrawn = (await this.api.write(WithdrawAwardProposalGQL, { proposalId, reason })).withdrawAwardProposal;
      this.proposals.update((list) => list.map((x) => (x.id === withdrawn.id ? withdrawn : x)));
      return withdrawn;
    });
  }

  /** A delivery the dialog recorded, shown first. */
  recorded(record: AwardDeliveryFieldsFragment): void {
    this.deliveries.update((list) => [record, ...list.filter((d) => d.id !== record.id)]);
  }
}
