import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseFactsProviders } from '@bc/api/purchasing';
import { Permission } from '@bc/shared/domain';
import { Rfq } from '../entities/rfq.entity';

/**
 * What purchasing learns about a case from the RFQ library, through its CaseFactsProviders (it may
 * not import this library): the case's RFQs for its timeline. (The suppliers' response rates come
 * from the quotes library.)
 */
@Injectable()
export class RfqCaseFacts implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: CaseFactsProviders,
  ) {}

  onModuleInit(): void {
    this.providers.registerTimelineSource({ entityType: 'Rfq', permission: Permission.RFQ_READ, ids: (ctx, caseId) => this.rfqIdsOfCase(ctx, caseId) });
  }

  async rfqIdsOfCase(ctx: RequestContext, caseId: string): Promise<string[]> {
    const rows = await this.connection.getRepository(ctx, Rfq).find({ where: { caseId }, select: { id: true } });
    return rows.map((r) => r.id);
  }
}
