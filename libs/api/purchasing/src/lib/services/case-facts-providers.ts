import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';

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

  registerTimelineSource(source: CaseTimelineSource): void {
    this.timelineSources.push(source);
  }

  registerResponseRates(source: SupplierResponseRates): void {
    this.responseRateSource = source;
  }

  timeline(): readonly CaseTimelineSource[] {
    return this.timelineSources;
  }

  /** Response rates per supplier; none when no library registered them (then no supplier has a rate). */
  responseRates(ctx: RequestContext, supplierIds: readonly string[]): Promise<Map<string, number>> {
    return this.responseRateSource && supplierIds.length > 0 ? this.responseRateSource(ctx, supplierIds) : Promise.resolve(new Map());
  }
}
