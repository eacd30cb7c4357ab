import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { InvitationStatus, rfqOpenSql } from '@bc/shared/domain';

/** An invitation as the quotes and the negotiation name it: which RFQ, which supplier. */
export interface InvitationSummary {
  id: string;
  rfqId: string;
  supplierId: string;
  supplierName: string;
  supplierOrganizationId: string | null;
}

const SUMMARY = `i.id, i.rfq_id AS "rfqId", i.supplier_id AS "supplierId", i.supplier_name AS "supplierName", i.supplier_organization_id AS "supplierOrganizationId"`;

/**
 * The RFQ library's typed reads (and the one write the portal makes) of `rfq_invitation` for the
 * libraries above it (quotes, negotiation): they ask here instead of reading it with their own SQL.
 */
@Injectable()
export class InvitationRecords {
  constructor(private readonly connection: TransactionalConnection) {}

  /** These invitations (whose ever: the caller has checked), by supplier name. */
  async summaries(ctx: RequestContext, ids: readonly string[]): Promise<InvitationSummary[]> {
    if (ids.length === 0) return [];
    return this.connection.manager(ctx).query(`SELECT ${SUMMARY} FROM rfq_invitation i WHERE i.id = ANY ($1::uuid[]) ORDER BY i.supplier_name, i.id`, [[...new Set(ids)]]);
  }

  /** The ids of every invitation of the RFQ. */
  async idsOfRfq(ctx: RequestContext, rfqId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.connection.manager(ctx).query(`SELECT id FROM rfq_invitation WHERE rfq_id = $1`, [rfqId]);
    return rows.map((r) => r.id);
  }

  /** The ids of every invitation the caller's company (a supplier) received. */
  async idsOfOwnCompany(ctx: RequestContext): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.connection.manager(ctx).query(`SELECT id FROM rfq_invitation WHERE supplier_organization_id = $1`, [ctx.organizationId]);
    return rows.map((r) => r.id);
  }

  /** The caller's organization's invitations of these suppliers to its RFQs closed within `period` (an SQL interval) before `now`. */
  ofClosedRfqs(ctx: RequestContext, supplierIds: readonly string[], now: Date, period: string): Promise<Array<{ id: string; supplierId: string }>> {
    return this.connection.manager(ctx).query(
      `SELECT i.id, i.supplier_id AS "supplierId"
         FROM rfq_invitation i
         JOIN rfq r ON r.id = i.rfq_id AND r.status = 'CLOSED' AND r.closed_at > $3::timestamptz - $4::interval
        WHERE i.organization_id = $1 AND i.supplier_id = ANY ($2::uuid[])`,
      [ctx.organizationId, [...supplierIds], now, period],
    );
  }

  /** Marks the invitation VIEWED (from SENT) the first time its supplier opens it. */
  async markViewed(ctx: RequestContext, invitationId: string, now: Date): Promise<void> {
    await this.connection
      .manager(ctx)
      .query(`UPDATE rfq_invitation SET viewed_at = $2, status = CASE WHEN status = 'SENT' THEN 'VIEWED' ELSE status END WHERE id = $1 AND viewed_at IS NULL`, [
        invitationId,
        now,
      ]);
  }

  /** The caller's company's invitations to RFQs open at `now` that it has not answered yet. */
  unanswered(ctx: RequestContext, now: Date): Promise<Array<{ id: string; rfqReference: string; title: string; closesAt: Date; publishedAt: Date | null }>> {
    return this.connection.manager(ctx).query(
      `SELECT i.id, r.reference AS "rfqReference", r.title, r.closes_at AS "closesAt", r.published_at AS "publishedAt"
         FROM rfq_invitation i JOIN rfq r ON r.id = i.rfq_id
        WHERE i.supplier_organization_id = $1 AND ${rfqOpenSql('r', '$2')} AND i.status = ANY($3::text[])`,
      [ctx.organizationId, now, [InvitationStatus.SENT, InvitationStatus.VIEWED]],
    );
  }

  /** The caller's company's invitations among `ids`, with their RFQ and the specification it was sent with. */
  rfqsOf(ctx: RequestContext, ids: readonly string[]): Promise<Array<{ id: string; rfqId: string; specificationVersionId: string }>> {
    return this.connection.manager(ctx).query(
      `SELECT i.id, i.rfq_id AS "rfqId", r.specification_version_id AS "specificationVersionId"
         FROM rfq_invitation i JOIN rfq r ON r.id = i.rfq_id
        WHERE i.id = ANY ($1::uuid[]) AND i.supplier_organization_id = $2`,
      [[...ids], ctx.organizationId],
    );
  }
}
