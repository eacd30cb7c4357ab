import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@bc/api/core';
import { AuditEventType } from '@bc/api/audit';
import { PurchaseCaseType } from '../dto/purchasing.types';
import { CaseTimelineService } from '../services/case-timeline.service';

@Resolver(() => PurchaseCaseType)
export class CaseTimelineResolver {
  constructor(private readonly timelines: CaseTimelineService) {}

  @ResolveField(() => [AuditEventType], {
    description: 'The audit trail of the case, its specification, need and (for roles that read RFQs) its RFQs, oldest first',
  })
  async timeline(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<AuditEventType[]> {
    const events = await this.timelines.timeline(ctx, c.id);
    return events.map((e) => ({ ...e, summary: JSON.stringify(e.summary) }));
  }
}
