import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseFactsProviders } from '@bc/api/purchasing';
import { AwardStatus, CaseStage, Permission, TransitionBlocker } from '@bc/shared/domain';
import { AwardProposal } from '../entities/award.entities';

/** What purchasing learns about a case from the award library (CaseFactsProviders): its award proposals for the timeline, a pending one as a blocker in DECISION. */
@Injectable()
export class AwardCaseFacts implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: CaseFactsProviders,
  ) {}

  onModuleInit(): void {
    this.providers.registerTimelineSource({ entityType: 'AwardProposal', permission: Permission.AWARD_READ, ids: (ctx, caseId) => this.proposalIdsOfCase(ctx, caseId) });
    this.providers.registerStageBlockers(CaseStage.DECISION, async (ctx, caseId) => ((await this.hasPendingProposal(ctx, caseId)) ? [TransitionBlocker.AWARD_PENDING] : []));
  }

  /** Whether a proposal of the case waits for its approvals. */
  hasPendingProposal(ctx: RequestContext, caseId: string): Promise<boolean> {
    return this.connection.getRepository(ctx, AwardProposal).exists({ where: { caseId, status: AwardStatus.PENDING } });
  }

  async proposalIdsOfCase(ctx: RequestContext, caseId: string): Promise<string[]> {
    const rows = await this.connection.getRepository(ctx, AwardProposal).find({ where: { caseId }, select: { id: true } });
    return rows.map((r) => r.id);
  }
}
