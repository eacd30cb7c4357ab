import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { CaseStage, LATER_CASE_FACTS, Permission } from '@bc/shared/domain';

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

/** The facts of a case that a library above purchasing owns (CaseFacts: its RFQ, evaluation, negotiation, award). */
export type LaterCaseFacts = typeof LATER_CASE_FACTS;

/** A case as a facts source is asked about it: the stage says which facts the moves out of it look at. */
export interface CaseAtStage {
  id: string;
  stage: CaseStage;
}

/** The facts a library contributes for each of the cases (those it says nothing about keep LATER_CASE_FACTS). */
export type CaseFactsSource = (ctx: RequestContext, cases: readonly CaseAtStage[]) => Promise<Map<string, Partial<LaterCaseFacts>>>;

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
  private readonly factSources: Array<{ stages: readonly CaseStage[]; source: CaseFactsSource }> = [];

  registerTimelineSource(source: CaseTimelineSource): void {
    this.timelineSources.push(source);
  }

  registerResponseRates(source: SupplierResponseRates): void {
    this.responseRateSource = source;
  }

  /**
   * Facts for the stage machine's preconditions (CASE_TRANSITIONS) that a library above purchasing
   * owns, gathered for cases in `stages` only: those whose moves look at them (elsewhere they keep
   * LATER_CASE_FACTS, and a list of cases elsewhere costs no statement).
   */
  registerFacts(stages: readonly CaseStage[], source: CaseFactsSource): void {
    this.factSources.push({ stages, source });
  }

  /** The later facts of each case: LATER_CASE_FACTS with what every registered source says. */
  async laterFacts(ctx: RequestContext, cases: readonly CaseAtStage[]): Promise<Map<string, LaterCaseFacts>> {
    const out = new Map(cases.map((c) => [c.id, { ...LATER_CASE_FACTS }]));
    for (const { stages, source } of this.factSources) {
      const concerned = cases.filter((c) => stages.includes(c.stage));
      if (concerned.length === 0) continue;
      for (const [caseId, facts] of await source(ctx, concerned)) {
        const known = out.get(caseId);
        if (known) Object.assign(known, facts);
      }
    }
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
