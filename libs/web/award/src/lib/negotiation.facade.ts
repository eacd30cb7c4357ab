import { Injectable, signal } from '@angular/core';
import { ErrorCode } from '@bc/shared/domain';
import {
  EndNegotiationRoundGQL,
  FinishNegotiationGQL,
  NegotiationRoundFieldsFragment,
  NegotiationRoundsGQL,
  RfqComparisonWholeGQL,
  SkipNegotiationGQL,
} from '@bc/web/data-access';
import { ActionState, FeatureFacade, reloadOn } from '@bc/web/case-kit';
import { awardErrorTranslation } from './award-view';

/** Codes after which the panel shows the rounds as they now are (someone else acted, or the clock did). */
const RELOAD_ON: readonly string[] = [ErrorCode.CONFLICT, ErrorCode.STALE, ErrorCode.ROUND_CLOSED, ErrorCode.NOT_FOUND, ErrorCode.STAGE_LOCKED];

export interface RfqLine {
  position: number;
  description: string;
}

/**
 * The negotiation panel's data: an RFQ's rounds (newest first) and its lines by key for naming the
 * targets; ending a round, skipping and finishing the negotiation. A command answers `true`, or
 * `undefined` when it failed and `state.error` says why. Provided by the panel.
 */
@Injectable()
export class NegotiationFacade extends FeatureFacade {
  private rfqId = '';
  readonly state = new ActionState(reloadOn(RELOAD_ON, () => this.load(this.rfqId, true)), false, awardErrorTranslation);
  readonly rounds = signal<NegotiationRoundFieldsFragment[]>([]);
  /** The RFQ's lines by key (from the comparison; empty if it cannot be read). */
  readonly lines = signal(new Map<string, RfqLine>());

  async load(rfqId = this.rfqId, keepError = false): Promise<void> {
    this.rfqId = rfqId;
    await this.state.load(async () => {
      const rfq = (await this.api.read(NegotiationRoundsGQL, { rfqId })).rfq;
      this.rounds.set([...(rfq?.negotiationRounds ?? [])].sort((a, b) => b.number - a.number));
      if (this.rounds().some((r) => r.targets.length) && !this.lines().size) await this.loadLines(rfqId);
    }, keepError);
  }

  private async loadLines(rfqId: string): Promise<void> {
    try {
      const comparison = (await this.api.read(RfqComparisonWholeGQL, { rfqId })).rfqComparison;
      this.lines.set(new Map(comparison.lines.map((l) => [l.key, { position: l.position, description: l.description }])));
    } catch {
      // Prices hidden (two envelopes) or no access: the targets show their line keys.
    }
  }

  /** A round the dialog opened, shown first. */
  opened(round: NegotiationRoundFieldsFragment): void {
    this.rounds.update((rounds) => [round, ...rounds.filter((r) => r.id !== round.id)]);
  }

  end(roundId: string): Promise<true | undefined> {
    return this.state.run(async () => {
      const ended = (await this.api.write(EndNegotiationRoundGQL, { roundId })).endNegotiationRound;
      this.rounds.update((rounds) => rounds.map((r) => (r.id === ended.id ? ended : r)));
      return true as const;
    });
  }

  skip(caseId: string, reason: string): Promise<true | undefined> {
    return this.done(() => this.api.write(SkipNegotiationGQL, { caseId, reason }));
  }

  finish(caseId: string): Promise<true | undefined> {
    return this.done(() => this.api.write(FinishNegotiationGQL, { caseId }));
  }
}
