import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditEvent } from '@bc/api/audit';
import { can, Permission } from '@bc/shared/domain';
import { CaseAccessService } from './case-access.service';

/** The most a timeline shows; a case has far fewer events in practice. */
export const MAX_TIMELINE_EVENTS = 1000;

/**
 * A case's audit trail as a timeline: the events of the case itself (stages, team, data,
 * shortlist), of its specification versions, its need, and, for roles that may read RFQs, of its
 * RFQs (who submitted when, never what: quote content never enters the trail), and for roles that
 * read awards, of its award proposals (proposed, approved, rejected, granted, deliveries). Oldest first.
 */
@Injectable()
export class CaseTimelineService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly access: CaseAccessService,
  ) {}

  async timeline(ctx: RequestContext, caseId: string): Promise<AuditEvent[]> {
    const { purchaseCase, roles } = await this.access.open(ctx, caseId);
    const withRfq = can(roles, Permission.RFQ_READ);
    const withAward = can(roles, Permission.AWARD_READ);
    return this.connection.manager(ctx).query(
      `SELECT e.id, e.sequence::int AS sequence, e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
              e.actor_name AS "actorName", e.summary, e.occurred_at AS "occurredAt", e.hash
         FROM audit_event e
        WHERE e.chain = $1
          AND (e.entity_id = $2::text
               OR (e.entity_type = 'SpecificationVersion' AND e.entity_id IN (SELECT id::text FROM specification_version WHERE case_id = $2::uuid))
               OR (e.entity_type = 'Need' AND e.entity_id = $3::text)
               OR ($4 AND e.entity_type = 'Rfq' AND e.entity_id IN (SELECT id::text FROM rfq WHERE case_id = $2::uuid))
               OR ($5 AND e.entity_type = 'AwardProposal' AND e.entity_id IN (SELECT id::text FROM award_proposal WHERE case_id = $2::uuid)))
        ORDER BY e.sequence
        LIMIT ${MAX_TIMELINE_EVENTS}`,
      [ctx.organizationId, purchaseCase.id, purchaseCase.needId ?? '', withRfq, withAward],
    );
  }
}
