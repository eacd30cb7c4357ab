import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditEvent, AuditSelector, AuditService } from '@bc/api/audit';
import { can } from '@bc/shared/domain';
import { SpecificationVersion } from '../entities/specification.entity';
import { CaseAccessService } from './case-access.service';
import { CaseFactsProviders } from './case-facts-providers';

/** The most a timeline shows; a case has far fewer events in practice. */
export const MAX_TIMELINE_EVENTS = 1000;

/**
 * A case's audit trail as a timeline: the events of the case itself (stages, team, data,
 * shortlist), of its specification versions, its need, and, for roles that may read RFQs, of its
 * RFQs (who submitted when, never what: quote content never enters the trail), and for roles that
 * read awards, of its award proposals (proposed, approved, rejected, granted, deliveries): those
 * libraries name their records through CaseFactsProviders. Oldest first.
 */
@Injectable()
export class CaseTimelineService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly providers: CaseFactsProviders,
  ) {}

  async timeline(ctx: RequestContext, caseId: string): Promise<AuditEvent[]> {
    const { purchaseCase, roles } = await this.access.open(ctx, caseId);
    const versions = await this.connection.getRepository(ctx, SpecificationVersion).find({ where: { caseId: purchaseCase.id }, select: { id: true } });
    const selectors: AuditSelector[] = [
      { entityType: null, entityIds: [purchaseCase.id] },
      { entityType: 'SpecificationVersion', entityIds: versions.map((v) => v.id) },
      { entityType: 'Need', entityIds: purchaseCase.needId ? [purchaseCase.needId] : [] },
    ];
    for (const source of this.providers.timeline()) {
      if (can(roles, source.permission)) selectors.push({ entityType: source.entityType, entityIds: await source.ids(ctx, purchaseCase.id) });
    }
    return this.audit.trailOf(ctx, ctx.organizationId, selectors, MAX_TIMELINE_EVENTS);
  }
}
