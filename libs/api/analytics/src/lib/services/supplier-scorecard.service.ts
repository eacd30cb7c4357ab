import { Injectable } from '@nestjs/common';
import { notFound, RequestContext } from '@bc/api/core';
import { onTimeRate, PERFORMANCE_COUNTS_SQL, reliabilityHistory, reliabilityScore } from '@bc/api/suppliers';
import { PerformanceEventKind } from '@bc/shared/domain';
import { AnalyticsFilter, ScorecardPeriod } from '../dto/analytics.inputs';
import type { ScorecardCertificate, ScorecardEvent, SupplierScorecard } from '../dto/scorecard.types';
import { percent, sumAmounts } from '../statistics';
import { AnalyticsService } from './analytics.service';
import { isUuid, SUPPLIER_COMPETITION_COLUMNS } from './analytics-helpers';
import { caseWhere, Scope } from './analytics-scope';

/** A directory entry a scorecard is of: the supplier as one buying organization keeps it. */
interface Listing {
  id: string;
  name: string;
  organization_id: string;
  organization_name: string;
  reporting_currency: string;
}

/** Who is asking: a buyer sees its case notes and references; the supplier only what it was shown. */
type Viewer = 'BUYER' | 'SUPPLIER';

const LISTING_SQL = `
  SELECT s.id, s.name, s.organization_id, o.name AS organization_name, o.reporting_currency
    FROM supplier s JOIN organization o ON o.id = s.organization_id`;

/**
 * Supplier scorecards: the analytics measures narrowed to one supplier (the competition columns of
 * the win-rate chart, the delivery chart's events) over the same case filter, the directory's
 * reliability rule (current score, and after each event for the history), and the certificates.
 * Competition figures come from the fact views (their refresh time is in `meta`); reliability,
 * events and certificates are read live.
 */
@Injectable()
export class SupplierScorecardService {
  constructor(private readonly analytics: AnalyticsService) {}

  /** A buyer's view of a supplier of its own directory; NOT_FOUND for any other id. */
  async ofSupplier(ctx: RequestContext, supplierId: string, filter: AnalyticsFilter | null | undefined): Promise<SupplierScorecard> {
    const [listing] = isUuid(supplierId)
      ? await this.analytics.query<Listing>(ctx, `${LISTING_SQL} WHERE s.id = $1 AND s.organization_id = $2`, [supplierId, ctx.organizationId])
      : [];
    if (!listing) throw notFound('Supplier');
    return this.scorecard(ctx, listing, await this.analytics.scope(ctx, filter), 'BUYER');
  }

  /**
   * The supplier company's own scorecards: one per buying organization that keeps it in its
   * directory linked to this portal account, or invited it as this account; by organization name.
   */
  async ofMyCompany(ctx: RequestContext, period: ScorecardPeriod | null | undefined): Promise<SupplierScorecard[]> {
    const { from, to } = this.analytics.period(period ?? {}, 'period');
    const listings = await this.analytics.query<Listing>(
      ctx,
      `${LISTING_SQL}
        WHERE s.portal_organization_id = $1
           OR EXISTS (SELECT 1 FROM rfq_invitation i WHERE i.supplier_id = s.id AND i.supplier_organization_id = $1)
        ORDER BY o.name, s.name, s.id`,
      [ctx.organizationId],
    );
    const cards: SupplierScorecard[] = [];
    for (const listing of listings) {
      const scope: Scope = {
        organizationId: listing.organization_id,
        currency: listing.reporting_currency,
        timeZone: this.analytics.timeZone,
        from,
        to,
        categoryPrefix: null,
        purchaseTypes: null,
        importances: null,
        buyerId: null,
      };
      cards.push(await this.scorecard(ctx, listing, scope, 'SUPPLIER'));
    }
    return cards;
  }

  private async scorecard(ctx: RequestContext, listing: Listing, scope: Scope, viewer: Viewer): Promise<SupplierScorecard> {
    const competitionParams: unknown[] = [];
    const where = caseWhere(scope, competitionParams, 'f.closed_at');
    competitionParams.push(listing.id);
    const [competition] = await this.analytics.query<{ invitations: number; responses: number; wins: number; awarded: string }>(
      ctx,
      `SELECT ${SUPPLIER_COMPETITION_COLUMNS}
         FROM analytics_supplier_fact s JOIN analytics_case_fact f ON f.case_id = s.case_id
        WHERE ${where} AND s.supplier_id = $${competitionParams.length}`,
      competitionParams,
    );
    const delivery = this.analytics.deliverySql(scope);
    delivery.params.push(listing.id);
    const [performance] = await this.analytics.query<{ deliveries: number; on_time: number; incidents: number }>(
      ctx,
      `SELECT count(*) FILTER (WHERE kind = 'DELIVERY')::int AS deliveries, count(*) FILTER (WHERE kind = 'DELIVERY' AND on_time)::int AS on_time,
              count(*) FILTER (WHERE kind = 'QUALITY_INCIDENT')::int AS incidents
         FROM (${delivery.sql}) e WHERE e.supplier_id = $${delivery.params.length}`,
      delivery.params,
    );
    const [counts] = await this.analytics.query<{ deliveries: number; late_deliveries: number; quality_incidents: number; awards: number }>(ctx, PERFORMANCE_COUNTS_SQL, [[listing.id]]);
    const reliabilityCounts = {
      deliveries: counts?.deliveries ?? 0,
      lateDeliveries: counts?.late_deliveries ?? 0,
      qualityIncidents: counts?.quality_incidents ?? 0,
      awards: counts?.awards ?? 0,
    };
    return {
      supplierId: listing.id,
      supplierName: listing.name,
      buyingOrganizationId: listing.organization_id,
      buyingOrganizationName: listing.organization_name,
      meta: await this.analytics.meta(scope),
      invitations: competition.invitations,
      responses: competition.responses,
      responseRate: percent(competition.responses, competition.invitations),
      wins: competition.wins,
      winRate: percent(competition.wins, competition.responses),
      awarded: sumAmounts([competition.awarded]),
      deliveries: performance.deliveries,
      onTimeDeliveries: performance.on_time,
      onTimeRate: percent(performance.on_time, performance.deliveries),
      qualityIncidents: performance.incidents,
      reliability: { ...reliabilityCounts, score: reliabilityScore(reliabilityCounts), onTimeRate: onTimeRate(reliabilityCounts) },
      history: await this.history(ctx, listing.id, viewer),
      certificates: await this.certificates(ctx, listing.id),
    };
  }

  /** Every event of the supplier, newest first, with the score before and after it. */
  private async history(ctx: RequestContext, supplierId: string, viewer: Viewer): Promise<ScorecardEvent[]> {
    // A supplier is shown the RFQ it was invited to on the event's case, never the case's own (internal) title or notes.
    const reference =
      viewer === 'BUYER'
        ? `c.id AS case_id, c.reference, c.title, e.note`
        : `NULL::uuid AS case_id, r.reference, r.title, NULL::text AS note`;
    const join =
      viewer === 'BUYER'
        ? `LEFT JOIN purchase_case c ON c.id = e.case_id AND c.organization_id = e.organization_id`
        : `LEFT JOIN LATERAL (SELECT r.reference, r.title FROM rfq r JOIN rfq_invitation i ON i.rfq_id = r.id AND i.supplier_id = e.supplier_id
                               WHERE r.case_id = e.case_id ORDER BY r.created_at DESC LIMIT 1) r ON true`;
    const rows = await this.analytics.query<{ id: string; kind: PerformanceEventKind; occurred_on: string; on_time: boolean | null; case_id: string | null; reference: string | null; title: string | null; note: string | null }>(
      ctx,
      `SELECT e.id, e.kind, e.occurred_on::text AS occurred_on, e.on_time, ${reference}
         FROM supplier_performance_event e ${join}
        WHERE e.supplier_id = $1 ORDER BY e.occurred_on, e.created_at, e.id`,
      [supplierId],
    );
    return reliabilityHistory(rows.map((r) => ({ ...r, occurredOn: r.occurred_on, onTime: r.on_time })))
      .map(({ event: r, before, score }) => ({
        id: r.id,
        occurredOn: r.occurred_on,
        kind: r.kind,
        onTime: r.on_time,
        scoreBefore: before,
        score,
        caseId: r.case_id,
        reference: r.reference,
        title: r.title,
        note: r.note,
      }))
      .reverse();
  }

  private async certificates(ctx: RequestContext, supplierId: string): Promise<ScorecardCertificate[]> {
    const rows = await this.analytics.query<{ id: string; name: string; issuer: string | null; number: string | null; valid_from: string | null; valid_until: string | null; expired: boolean; days_left: number | null }>(
      ctx,
      `SELECT id, name, issuer, number, valid_from::text, valid_until::text, (valid_until < current_date) IS TRUE AS expired,
              (valid_until - current_date)::int AS days_left
         FROM supplier_certificate WHERE supplier_id = $1 ORDER BY valid_until NULLS LAST, name, id`,
      [supplierId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, issuer: r.issuer, number: r.number, validFrom: r.valid_from, validUntil: r.valid_until, expired: r.expired, daysLeft: r.days_left }));
  }
}
