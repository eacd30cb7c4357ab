import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseFactsProviders } from '@bc/api/purchasing';
import { Permission } from '@bc/shared/domain';
import { AwardProposal } from '../entities/award.entities';

/** What purchasing learns about a case from the award library (CaseFactsProviders): its award proposals, for the timeline. */
@Injectable()
export class AwardCaseFacts implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: CaseFactsProviders,
  ) {}

  onModuleInit(): void {
    this.providers.registerTimelineSource({ entityType: 'AwardProposal', permission: Permission.AWARD_READ, ids: (ctx, caseId) => this.proposalIdsOfCase(ctx, caseId) });
  }

  async proposalIdsOfCase(ctx: RequestContext, caseId: string): Promise<string[]> {
    const rows = await this.connection.getRepository(ctx, AwardProposal).find({ where: { caseId }, select: { id: true } });
    return rows.map((r) => r.id);
  }
}
