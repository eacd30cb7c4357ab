import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { CaseStage, Permission, TransitionBlocker } from '@bc/shared/domain';

/** A case's records of one kind in a library above purchasing, as its timeline shows them. */
export interface CaseTimelineSource {
  /** The audit trail's entity type of these records (`Rfq`, `AwardProposal`). */
  entityType: string;
  /** Shown to readers whose roles on the case allow this. */
  permission: Permission;
  /** The ids of the case's records of this kind. */
  ids(ctx: RequestContext, caseId: string): Promise<string[]>;
}

/** How often each supplier answered the organization's closed RFQs of the last three years with a quote (0..1; none: never invited). */
export type SupplierResponseRates = (ctx: RequestContext, supplierIds: readonly string[]) => Promise<Map<string, number>>;

/** What holds a case in its stage, as the library that owns it knows. */
export type StageBlockers = (ctx: RequestContext, caseId: string) => Promise<TransitionBlocker[]>;

/**
 * Facts about a case that libraries above purchasing own (its RFQs, quotes, award proposals):
 * purchasing may not import them (they import purchasing), so they register here when their
 * module starts, like the withdrawals of CaseCancellationService, and purchasing asks through this
 * registry instead of reading their tables.
 */
@Injectable()
export class CaseFactsProviders {
  private readonly timelineSources: CaseTimelineSource[] = [];
  private responseRateSource: SupplierResponseRates | null = null;
  private readonly blockerSources: Array<{ stage: CaseStage; blockers: StageBlockers }> = [];

  registerTimelineSource(source: CaseTimelineSource): void {
    this.timelineSources.push(source);
  }

  registerResponseRates(source: SupplierResponseRates): void {
    this.responseRateSource = source;
  }

  /** What a library above purchasing holds open on a case in `stage` (an award proposal waiting in DECISION). */
  registerStageBlockers(stage: CaseStage, blockers: StageBlockers): void {
    this.blockerSources.push({ stage, blockers });
  }

  /** Every registered blocker of a case in `stage`. */
  async stageBlockers(ctx: RequestContext, caseId: string, stage: CaseStage): Promise<TransitionBlocker[]> {
    const out: TransitionBlocker[] = [];
    for (const source of this.blockerSources) if (source.stage === stage) out.push(...(await source.blockers(ctx, caseId)));
    return out;
  }

  timeline(): readonly CaseTimelineSource[] {
    return this.timelineSources;
  }

  /** Response rates per supplier; none when no library registered them (then no supplier has a rate). */
  responseRates(ctx: RequestContext, supplierIds: readonly string[]): Promise<Map<string, number>> {
    return this.responseRateSource && supplierIds.length > 0 ? this.responseRateSource(ctx, supplierIds) : Promise.resolve(new Map());
  }
}
