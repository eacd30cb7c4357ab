import { RequestContext, validationFailed } from '@bc/api/core';
import { AnalyticsChart, CycleTimeDimension } from '../dto/analytics.inputs';
import { cycleKey, isUuid, SAVINGS, SavingsKey, timeZoneParam } from './analytics-helpers';
import { caseWhere, Scope } from './analytics-scope';
import type { AnalyticsService } from './analytics.service';

/** The case ids behind one point: the chart's own clause (same fragments) with the point's key. */
export async function caseIdsOf(service: AnalyticsService, ctx: RequestContext, scope: Scope, chart: AnalyticsChart, key: string): Promise<string[]> {
  const params: unknown[] = [];
  const ids = async (sql: string) => (await service.query<{ case_id: string }>(ctx, sql, params)).map((r) => r.case_id);
  const badKey = () => validationFailed('key', `${key} is not a point of ${chart}`, { rule: 'UNKNOWN_POINT' });
  switch (chart) {
    case AnalyticsChart.CYCLE_TIME: {
      const dimension = key.slice(0, key.indexOf(':')) as CycleTimeDimension;
      if (!Object.values(CycleTimeDimension).includes(dimension)) throw badKey();
      const where = caseWhere(scope, params, 'f.awarded_at');
      const expr = cycleKey(dimension, timeZoneParam(scope, params, dimension));
      params.push(key);
      return ids(`SELECT f.case_id FROM analytics_case_fact f WHERE ${where} AND f.awarded_at IS NOT NULL AND ${expr} = $${params.length}`);
    }
    case AnalyticsChart.SAVINGS: {
      if (!(key in SAVINGS)) throw badKey();
      const where = caseWhere(scope, params, 'f.awarded_at');
      return ids(`SELECT f.case_id FROM analytics_case_fact f WHERE ${where} AND f.awarded_at IS NOT NULL AND ${SAVINGS[key as SavingsKey]} IS NOT NULL AND f.awarded_reporting IS NOT NULL`);
    }
    case AnalyticsChart.COMPETITION: {
      if (key !== 'RFQS' && key !== 'SINGLE_SOURCE') throw badKey();
      const where = caseWhere(scope, params, 'f.closed_at');
      return ids(`SELECT f.case_id FROM analytics_case_fact f WHERE ${where} AND f.rfq_id IS NOT NULL${key === 'SINGLE_SOURCE' ? ' AND f.invitations = 1' : ''}`);
    }
    case AnalyticsChart.WIN_RATE: {
      if (!isUuid(key)) throw badKey();
      const where = caseWhere(scope, params, 'f.closed_at');
      params.push(key);
      return ids(`SELECT DISTINCT f.case_id FROM analytics_supplier_fact s JOIN analytics_case_fact f ON f.case_id = s.case_id WHERE ${where} AND s.supplier_id = $${params.length}`);
    }
    case AnalyticsChart.SPEND_BY_CATEGORY:
    case AnalyticsChart.CONCENTRATION:
    case AnalyticsChart.KRALJIC: {
      if (!/^\d{8}-\d$/.test(key)) throw badKey();
      const where = caseWhere(scope, params, 'f.awarded_at');
      params.push(key);
      return ids(`SELECT f.case_id FROM analytics_case_fact f WHERE ${where} AND f.awarded_reporting IS NOT NULL AND f.category_group = $${params.length}`);
    }
    case AnalyticsChart.TAIL_SPEND: {
      if (key !== 'TAIL') throw badKey();
      const tail = (await service.tailSpend(ctx, scope)).tail.map((t) => t.supplierId);
      const where = caseWhere(scope, params, 'f.awarded_at');
      params.push(tail);
      return ids(
        `SELECT DISTINCT f.case_id FROM analytics_supplier_fact s JOIN analytics_case_fact f ON f.case_id = s.case_id
          WHERE ${where} AND s.won AND s.awarded_reporting IS NOT NULL AND s.supplier_id = ANY($${params.length}::uuid[])`,
      );
    }
    case AnalyticsChart.APPROVAL_LEAD_TIME: {
      const m = /^(\d{1,2}):(DECIDER|GATEKEEPER)$/.exec(key);
      if (!m) throw badKey();
      const where = caseWhere(scope, params, 'f.awarded_at');
      params.push(Number(m[1]) - 1, m[2]);
      return ids(
        `SELECT DISTINCT f.case_id FROM analytics_approval_fact a JOIN analytics_case_fact f ON f.case_id = a.case_id AND f.proposal_id = a.proposal_id
          WHERE ${where} AND a.step_index = $${params.length - 1} AND a.role = $${params.length}`,
      );
    }
    case AnalyticsChart.DELIVERY: {
      if (!/^\d{4}-\d{2}$/.test(key)) throw badKey();
      const { sql, params: p } = service.deliverySql(scope);
      p.push(key);
      return (await service.query<{ case_id: string }>(ctx, `SELECT DISTINCT case_id FROM (${sql}) e WHERE month = $${p.length} AND case_id IS NOT NULL`, p)).map((r) => r.case_id);
    }
  }
}
