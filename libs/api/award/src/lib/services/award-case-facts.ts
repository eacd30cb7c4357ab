import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseAtStage, CaseFactsProviders, LaterCaseFacts } from '@bc/api/purchasing';
import { AwardStatus, CaseStage, Permission } from '@bc/shared/domain';
import { In } from 'typeorm';
import { AwardProposal } from '../entities/award.entities';

/**
 * What purchasing learns about a case from the award library (CaseFactsProviders): its award
 * proposals for the timeline, and for the stage machine whether one waits for its approvals (it
 * holds the case in DECISION) or has them all (the case is awarded).
 */
@Injectable()
export class AwardCaseFacts implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: CaseFactsProviders,
  ) {}

  onModuleInit(): void {
    this.providers.registerTimelineSource({ entityType: 'AwardProposal', permission: Permission.AWARD_READ, ids: (ctx, caseId) => this.proposalIdsOfCase(ctx, caseId) });
    this.providers.registerFacts([CaseStage.DECISION], (ctx, cases) => this.facts(ctx, cases));
  }

  /** Whether a proposal of each case (in DECISION) waits for its approvals, or has them all. */
  async facts(ctx: RequestContext, cases: readonly CaseAtStage[]): Promise<Map<string, Partial<LaterCaseFacts>>> {
    const decided = await this.connection.getRepository(ctx, AwardProposal).find({
      where: { caseId: In(cases.map((c) => c.id)), status: In([AwardStatus.PENDING, AwardStatus.APPROVED]) },
      select: { caseId: true, status: true },
    });
    const has = (caseId: string, status: AwardStatus) => decided.some((p) => p.caseId === caseId && p.status === status);
    return new Map(cases.map((c) => [c.id, { awardPending: has(c.id, AwardStatus.PENDING), awardApproved: has(c.id, AwardStatus.APPROVED) }]));
  }

  async proposalIdsOfCase(ctx: RequestContext, caseId: string): Promise<string[]> {
    const rows = await this.connection.getRepository(ctx, AwardProposal).find({ where: { caseId }, select: { id: true } });
    return rows.map((r) => r.id);
  }
}
