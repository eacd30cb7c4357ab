import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { ImportanceClass, subtractMoney } from '@bc/shared/domain';
import { AnalyticsChart, AnalyticsFilter, CycleTimeDimension } from '../dto/analytics.inputs';
import type {
  AnalyticsCase, AnalyticsDrillDown, AnalyticsMeta, ApprovalLeadTimeChart, CompetitionChart, ConcentrationChart, CycleTimeChart, DeliveryChart, ImportanceSuggestion, KraljicCategory, KraljicMatrix, SavingsChart, SpendChart, TailSpendChart, WinRateChart,
} from '../dto/analytics.types';
import { explain, HIGH_IMPACT_SHARE, HIGH_RISK, quadrant, supplyRisk } from '../kraljic';
import { hhi, percent, sumAmounts, TAIL_SPEND_PERCENT, tailSuppliers, topShare } from '../statistics';
import { AnalyticsFactsService } from './analytics-facts.service';
import { caseWhere, narrowsCases, Scope } from './analytics-scope';
import { caseIdsOf } from './analytics-drill-down';
import { categorized, cycleKey, days, groupBy, isRealDay, dayDiff, SAVINGS, SavingsKey, shiftYear, SUPPLIER_COMPETITION_COLUMNS, STAGE_COLUMN, STAGES, timeZoneParam } from './analytics-helpers';

/** The longest period a query may span: five years of cases. */
export const MAX_PERIOD_DAYS = 5 * 366;

/**
 * The measures of the analytics page, each defined once here (see the README's "Analytics"), read
 * from the fact views of one organization. Every chart and its drill-down share their SQL: the
 * drill-down runs the chart's own clause with the point's key, so it returns exactly the cases
 * behind the point.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly facts: AnalyticsFactsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A query in the request's transaction, if any (the drill-down uses it too). */
  query<T>(ctx: RequestContext, sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager(ctx).query(sql, params) as Promise<T[]>;
  }

  // ---- the filter ------------------------------------------------------------------------------

  /** The filter checked against the organization: the period, a known category, a buyer of the organization. */
  async scope(ctx: RequestContext, filter: AnalyticsFilter | null | undefined, field = 'filter'): Promise<Scope> {
    const f = filter ?? {};
    const { from, to } = this.period(f, field);
    let categoryPrefix: string | null = null;
    if (f.category) {
      const [cpv] = await this.query<{ prefix: string }>(ctx, `SELECT prefix FROM cpv_code WHERE code = $1`, [f.category]);
      if (!cpv) throw validationFailed(`${field}.category`, `${f.category} is not a CPV code`, { rule: 'UNKNOWN_CATEGORY' });
      categoryPrefix = cpv.prefix;
    }
    if (f.buyerId) {
      const [buyer] = await this.query(ctx, `SELECT 1 FROM app_user WHERE id = $1 AND organization_id = $2`, [f.buyerId, ctx.organizationId]);
      if (!buyer) throw validationFailed(`${field}.buyerId`, 'No user of your organization has this id', { rule: 'UNKNOWN_BUYER' });
    }
    const [org] = await this.query<{ reporting_currency: string }>(ctx, `SELECT reporting_currency FROM organization WHERE id = $1`, [ctx.organizationId]);
    return {
      organizationId: ctx.organizationId,
      currency: org.reporting_currency,
      timeZone: this.config.displayTimeZone,
      from,
      to,
      categoryPrefix,
      purchaseTypes: f.purchaseTypes?.length ? f.purchaseTypes : null,
      importances: f.importances?.length ? f.importances : null,
      buyerId: f.buyerId ?? null,
    };
  }

  /** The period of a filter, checked: real days, in order, at most five years; default the year up to today. */
  period(f: { from?: string | null; to?: string | null }, field: string): { from: string; to: string } {
    const today = this.clock.now().toLocaleDateString('en-CA', { timeZone: this.config.displayTimeZone });
    const to = f.to ?? today;
    const from = f.from ?? shiftYear(to, -1);
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (!isRealDay(value)) throw validationFailed(`${field}.${name}`, `${value} is not a day of the calendar`);
    }
    if (from > to) throw validationFailed(`${field}.to`, 'The period ends before it starts', { rule: 'PERIOD_REVERSED' });
    if (dayDiff(from, to) > MAX_PERIOD_DAYS) throw validationFailed(`${field}.from`, 'A period spans at most five years', { rule: 'PERIOD_TOO_LONG' });
    return { from, to };
  }

  get timeZone(): string {
    return this.config.displayTimeZone;
  }

  async meta(scope: Scope): Promise<AnalyticsMeta> {
    return { refreshedAt: await this.facts.refreshedAt(), currency: scope.currency, from: scope.from, to: scope.to };
  }

  // ---- cycle time ------------------------------------------------------------------------------

  /**
   * Cycle time of the cases awarded in the period: per stage, the days spent in it (every visit
   * added up; a stage the case skipped does not count), and end to end from opening to the award;
   * as median and p90 per group.
   */
  async cycleTime(ctx: RequestContext, scope: Scope, dimension: CycleTimeDimension): Promise<CycleTimeChart> {
    const params: unknown[] = [];
    const where = caseWhere(scope, params, 'f.awarded_at');
    const key = cycleKey(dimension, timeZoneParam(scope, params, dimension));
    const rows = await this.query<Record<string, unknown>>(
      ctx,
      `SELECT ${key} AS key, count(*)::int AS cases, array_agg(f.end_to_end_s) AS end_to_end,
              ${STAGES.map((s) => `array_agg(f.${STAGE_COLUMN[s]}) AS ${STAGE_COLUMN[s]}`).join(', ')},
              min(g.label) AS label, min(g.label_de) AS label_de
         FROM analytics_case_fact f LEFT JOIN cpv_code g ON g.code = f.category_group
        WHERE ${where} AND f.awarded_at IS NOT NULL
        GROUP BY 1 ORDER BY 1`,
      params,
    );
    return {
      meta: await this.meta(scope),
      groups: rows.map((r) => {
        const k = String(r['key']);
        return {
          key: k,
          value: k.slice(k.indexOf(':') + 1),
          label: dimension === CycleTimeDimension.CATEGORY ? ((r['label'] as string | null) ?? null) : null,
          labelDe: dimension === CycleTimeDimension.CATEGORY ? ((r['label_de'] as string | null) ?? null) : null,
          cases: Number(r['cases']),
          endToEnd: days(r['end_to_end'] as number[]),
          stages: STAGES.map((stage) => ({ stage, days: days(r[STAGE_COLUMN[stage]] as number[]) })),
        };
      }),
    };
  }

  // ---- savings ---------------------------------------------------------------------------------

  /**
   * Savings of the cases awarded in the period, in the reporting currency, per baseline: the
   * first-round best quote (the lowest comparable total at the RFQ's closing, as the award froze
   * it), the estimate, and for rebuys the last price paid (the awarded total of the source case).
   * Each measure counts the awarded cases that have both amounts; savings = Σ baseline − Σ awarded.
   */
  async savings(ctx: RequestContext, scope: Scope): Promise<SavingsChart> {
    const params: unknown[] = [];
    const where = caseWhere(scope, params, 'f.awarded_at');
    const measures = Object.entries(SAVINGS).map(
      ([k, col]) => `count(*) FILTER (WHERE ${col} IS NOT NULL AND f.awarded_reporting IS NOT NULL)::int AS ${k}_cases,
                     COALESCE(sum(${col}) FILTER (WHERE f.awarded_reporting IS NOT NULL), 0)::text AS ${k}_baseline,
                     COALESCE(sum(f.awarded_reporting) FILTER (WHERE ${col} IS NOT NULL), 0)::text AS ${k}_awarded`,
    );
    const [row] = await this.query<Record<string, string | number>>(
      ctx,
      `SELECT ${measures.join(', ')},
              count(*) FILTER (WHERE f.proposal_id IS NOT NULL AND f.awarded_reporting IS NULL)::int AS without_rate
         FROM analytics_case_fact f WHERE ${where} AND f.awarded_at IS NOT NULL`,
      params,
    );
    const conversions = await this.query<{ rfq_currency: string; rate: string | null; cases: number }>(
      ctx,
      `SELECT f.rfq_currency, f.recorded_rate::text AS rate, count(*)::int AS cases
         FROM analytics_case_fact f WHERE ${where} AND f.awarded_reporting IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return {
      meta: await this.meta(scope),
      measures: (Object.keys(SAVINGS) as SavingsKey[]).map((k) => {
        const baseline = sumAmounts([String(row[`${k.toLowerCase()}_baseline`])]);
        const awarded = sumAmounts([String(row[`${k.toLowerCase()}_awarded`])]);
        const savings = subtractMoney(baseline, awarded);
        return { key: k, cases: Number(row[`${k.toLowerCase()}_cases`]), baseline, awarded, savings, percent: percent(savings, baseline) };
      }),
      conversions: conversions.map((c) => ({ rfqCurrency: c.rfq_currency, rate: c.rate, cases: c.cases })),
      withoutRate: Number(row['without_rate']),
    };
  }

  // ---- competition -----------------------------------------------------------------------------

  /**
   * Competition on the RFQs that closed in the period: invitations, responses (invitations answered
   * with a submitted quote, not withdrawn), the response rate, quotes per RFQ, and single-source
   * RFQs (sent to one supplier) with the shortlist's justification.
   */
  async competition(ctx: RequestContext, scope: Scope): Promise<CompetitionChart> {
    const params: unknown[] = [];
    const where = caseWhere(scope, params, 'f.closed_at');
    const [row] = await this.query<Record<string, number>>(
      ctx,
      `SELECT count(*)::int AS rfqs, COALESCE(sum(f.invitations), 0)::int AS invitations, COALESCE(sum(f.responses), 0)::int AS responses,
              count(*) FILTER (WHERE f.invitations = 1)::int AS single_source
         FROM analytics_case_fact f WHERE ${where} AND f.rfq_id IS NOT NULL`,
      params,
    );
    const single = await this.query<{ case_id: string; reference: string; title: string; single_source_justification: string | null }>(
      ctx,
      `SELECT f.case_id, f.reference, f.title, f.single_source_justification FROM analytics_case_fact f
        WHERE ${where} AND f.rfq_id IS NOT NULL AND f.invitations = 1 ORDER BY f.closed_at DESC, f.reference LIMIT 200`,
      params,
    );
    return {
      meta: await this.meta(scope),
      rfqs: row.rfqs,
      invitations: row.invitations,
      responses: row.responses,
      responseRate: percent(row.responses, row.invitations),
      quotesPerRfq: row.rfqs === 0 ? null : Math.round((row.responses / row.rfqs) * 100) / 100,
      singleSource: row.single_source,
      singleSourceShare: percent(row.single_source, row.rfqs),
      singleSourceCases: single.map((s) => ({ caseId: s.case_id, reference: s.reference, title: s.title, justification: s.single_source_justification })),
    };
  }

  /** Per supplier invited to RFQs that closed in the period: invitations, responses, wins (a line in the approved award), win rate = wins / responses. */
  async winRates(ctx: RequestContext, scope: Scope, limit: number): Promise<WinRateChart> {
    const params: unknown[] = [];
    const where = caseWhere(scope, params, 'f.closed_at');
    params.push(limit);
    const rows = await this.query<{ supplier_id: string; supplier_name: string; invitations: number; responses: number; wins: number; awarded: string }>(
      ctx,
      `SELECT s.supplier_id, min(s.supplier_name) AS supplier_name, ${SUPPLIER_COMPETITION_COLUMNS}
         FROM analytics_supplier_fact s JOIN analytics_case_fact f ON f.case_id = s.case_id
        WHERE ${where}
        GROUP BY s.supplier_id ORDER BY invitations DESC, wins DESC, supplier_name LIMIT $${params.length}`,
      params,
    );
    return {
      meta: await this.meta(scope),
      suppliers: rows.map((r) => ({
        supplierId: r.supplier_id,
        supplierName: r.supplier_name,
        invitations: r.invitations,
        responses: r.responses,
        wins: r.wins,
        responseRate: percent(r.responses, r.invitations),
        winRate: percent(r.wins, r.responses),
        awarded: sumAmounts([r.awarded]),
      })),
    };
  }

  // ---- spend -----------------------------------------------------------------------------------

  /** Spend: the awarded totals (reporting currency) of the cases awarded in the period, per CPV group of the case's category. */
  async spend(ctx: RequestContext, scope: Scope): Promise<SpendChart> {
    const params: unknown[] = [];
    const where = caseWhere(scope, params, 'f.awarded_at');
    const rows = await this.query<Record<string, string>>(
      ctx,
      `SELECT f.category_group AS code, g.label, g.label_de, d.code AS division_code, d.label AS division_label, d.label_de AS division_label_de,
              sum(f.awarded_reporting)::text AS spend, count(*)::int AS cases
         FROM analytics_case_fact f
         JOIN cpv_code g ON g.code = f.category_group
         JOIN cpv_code d ON d.prefix = left(g.prefix, 2)
        WHERE ${where} AND f.awarded_reporting IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY sum(f.awarded_reporting) DESC, 1`,
      params,
    );
    const [none] = await this.query<{ n: number }>(
      ctx,
      `SELECT count(*)::int AS n FROM analytics_case_fact f WHERE ${where} AND f.awarded_reporting IS NOT NULL AND f.category_group IS NULL`,
      params,
    );
    const total = sumAmounts(rows.map((r) => r['spend']));
    return {
      meta: await this.meta(scope),
      total,
      uncategorized: none.n,
      categories: rows.map((r) => ({
        code: r['code'],
        label: r['label'],
        labelDe: r['label_de'],
        divisionCode: r['division_code'],
        divisionLabel: r['division_label'],
        divisionLabelDe: r['division_label_de'],
        spend: sumAmounts([r['spend']]),
        share: percent(r['spend'], total),
        cases: Number(r['cases']),
      })),
    };
  }

  /** Spend per category and supplier (the awarded lines of each supplier), for concentration and the Kraljic matrix. */
  private async spendBySupplier(ctx: RequestContext, scope: Scope): Promise<Array<{ code: string | null; label: string | null; label_de: string | null; supplier_id: string; supplier_name: string; spend: string }>> {
    const params: unknown[] = [];
    const where = caseWhere(scope, params, 'f.awarded_at');
    return this.query(
      ctx,
      `SELECT f.category_group AS code, min(g.label) AS label, min(g.label_de) AS label_de, s.supplier_id, min(s.supplier_name) AS supplier_name,
              sum(s.awarded_reporting)::text AS spend
         FROM analytics_supplier_fact s JOIN analytics_case_fact f ON f.case_id = s.case_id
         LEFT JOIN cpv_code g ON g.code = f.category_group
        WHERE ${where} AND s.won AND s.awarded_reporting IS NOT NULL
        GROUP BY f.category_group, s.supplier_id`,
      params,
    );
  }

  /** Supplier concentration per category: the share of the five largest suppliers and the HHI of the suppliers' spend. */
  async concentration(ctx: RequestContext, scope: Scope): Promise<ConcentrationChart> {
    const rows = categorized(await this.spendBySupplier(ctx, scope));
    const byCategory = groupBy(rows, (r) => r.code);
    return {
      meta: await this.meta(scope),
      categories: [...byCategory.values()]
        .map((list) => {
          const amounts = list.map((r) => r.spend);
          return { code: list[0].code, label: list[0].label, labelDe: list[0].label_de, spend: sumAmounts(amounts), suppliers: list.length, top5Share: topShare(amounts, 5), hhi: hhi(amounts) };
        })
        .sort((a, b) => Number(b.spend) - Number(a.spend) || a.code.localeCompare(b.code)),
    };
  }

  /** Tail spend: the smallest suppliers that together make up at most 20 % of the spend of the period. */
  async tailSpend(ctx: RequestContext, scope: Scope): Promise<TailSpendChart> {
    const rows = await this.spendBySupplier(ctx, scope);
    const bySupplier = groupBy(rows, (r) => r.supplier_id);
    const entries = [...bySupplier.values()].map((list) => ({ key: list[0].supplier_id, name: list[0].supplier_name, amount: sumAmounts(list.map((r) => r.spend)) }));
    const tailKeys = new Set(tailSuppliers(entries));
    const tail = entries.filter((e) => tailKeys.has(e.key)).sort((a, b) => Number(a.amount) - Number(b.amount) || a.key.localeCompare(b.key));
    const total = sumAmounts(entries.map((e) => e.amount));
    const tailSpend = sumAmounts(tail.map((e) => e.amount));
    return {
      meta: await this.meta(scope),
      total,
      suppliers: entries.length,
      tailSuppliers: tail.length,
      tailSpend,
      tailShare: percent(tailSpend, total),
      tailPercent: TAIL_SPEND_PERCENT,
      tail: tail.map((e) => ({ supplierId: e.key, supplierName: e.name, spend: e.amount })),
    };
  }

  // ---- approvals and delivery ------------------------------------------------------------------

  /**
   * Approval lead time per step of the route, over the approved awards of cases awarded in the
   * period: from when the step could be decided (the proposal, or in a sequential route the step
   * before it) to its approval, in days.
   */
  async approvalLeadTimes(ctx: RequestContext, scope: Scope): Promise<ApprovalLeadTimeChart> {
    const params: unknown[] = [];
    const where = caseWhere(scope, params, 'f.awarded_at');
    const rows = await this.query<{ step_index: number; role: string; seconds: number[] }>(
      ctx,
      `SELECT a.step_index, a.role, array_agg(extract(epoch FROM a.completed_at - a.started_at)::float8) AS seconds
         FROM analytics_approval_fact a JOIN analytics_case_fact f ON f.case_id = a.case_id AND f.proposal_id = a.proposal_id
        WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return {
      meta: await this.meta(scope),
      steps: rows.map((r) => ({ key: `${r.step_index + 1}:${r.role}`, step: r.step_index + 1, role: r.role, days: days(r.seconds) })),
    };
  }

  /**
   * Deliveries and quality incidents recorded in the period, per month (display time zone): the
   * on-time rate is on-time deliveries / deliveries. With case filters, only events recorded on a
   * matching case count.
   */
  async delivery(ctx: RequestContext, scope: Scope): Promise<DeliveryChart> {
    const { sql, params } = this.deliverySql(scope);
    const rows = await this.query<{ month: string; deliveries: number; on_time: number; incidents: number }>(
      ctx,
      `SELECT month, count(*) FILTER (WHERE kind = 'DELIVERY')::int AS deliveries, count(*) FILTER (WHERE kind = 'DELIVERY' AND on_time)::int AS on_time,
              count(*) FILTER (WHERE kind = 'QUALITY_INCIDENT')::int AS incidents
         FROM (${sql}) e GROUP BY month ORDER BY month`,
      params,
    );
    return {
      meta: await this.meta(scope),
      months: rows.map((r) => ({ month: r.month, deliveries: r.deliveries, onTime: r.on_time, onTimeRate: percent(r.on_time, r.deliveries), qualityIncidents: r.incidents })),
    };
  }

  deliverySql(scope: Scope): { sql: string; params: unknown[] } {
    const params: unknown[] = [scope.organizationId, scope.from, scope.to];
    const join = narrowsCases(scope) ? `JOIN analytics_case_fact f ON f.case_id = e.case_id AND ${caseWhere(scope, params, null)}` : '';
    return {
      sql: `SELECT e.case_id, e.supplier_id, e.kind, e.on_time, to_char(e.occurred_on, 'YYYY-MM') AS month
              FROM supplier_performance_event e ${join}
             WHERE e.organization_id = $1 AND e.occurred_on BETWEEN $2::date AND $3::date AND e.kind IN ('DELIVERY', 'QUALITY_INCIDENT')`,
      params,
    };
  }

  // ---- Kraljic ---------------------------------------------------------------------------------

  /** The Kraljic matrix of the categories with spend in the period (see kraljic.ts for the rule). */
  async kraljic(ctx: RequestContext, scope: Scope): Promise<KraljicMatrix> {
    const spendRows = await this.spendBySupplier(ctx, scope);
    const byCategory = groupBy(categorized(spendRows), (r) => r.code);
    // The share is of all the spend, categorized or not.
    const total = sumAmounts(spendRows.map((r) => r.spend));
    const params: unknown[] = [];
    const where = caseWhere(scope, params, 'f.awarded_at');
    const caseRows = await this.query<{ code: string; importance: ImportanceClass; cases: number; rfqs: number; single: number }>(
      ctx,
      `SELECT f.category_group AS code, f.importance, count(*)::int AS cases,
              count(*) FILTER (WHERE f.rfq_id IS NOT NULL)::int AS rfqs, count(*) FILTER (WHERE f.invitations = 1)::int AS single
         FROM analytics_case_fact f WHERE ${where} AND f.awarded_reporting IS NOT NULL AND f.category_group IS NOT NULL
        GROUP BY 1, 2`,
      params,
    );
    const supply = await this.query<{ code: string; qualified: number }>(
      ctx,
      `SELECT g.code, COALESCE(s.qualified, 0)::int AS qualified FROM cpv_code g
         LEFT JOIN analytics_category_supply s ON s.organization_id = $1 AND s.prefix = g.prefix
        WHERE g.code = ANY($2::text[])`,
      [scope.organizationId, [...byCategory.keys()]],
    );
    const qualified = new Map(supply.map((s) => [s.code.trim(), s.qualified]));
    const categories: KraljicCategory[] = [...byCategory.values()].map((list) => {
      const code = list[0].code;
      const amounts = list.map((r) => r.spend);
      const spend = sumAmounts(amounts);
      const mine = caseRows.filter((r) => r.code === code);
      const rfqs = mine.reduce((n, r) => n + r.rfqs, 0);
      const inputs = {
        spendShare: percent(spend, total) ?? 0,
        qualifiedSuppliers: qualified.get(code.trim()) ?? 0,
        singleSourceShare: percent(mine.reduce((n, r) => n + r.single, 0), rfqs),
        hhi: hhi(amounts),
      };
      const risk = supplyRisk(inputs);
      const cls = quadrant(inputs.spendShare, risk);
      const chosen = mine.map((r) => ({ importance: r.importance, cases: r.cases })).sort((a, b) => b.cases - a.cases || a.importance.localeCompare(b.importance));
      return {
        code,
        label: list[0].label,
        labelDe: list[0].label_de,
        spend,
        ...inputs,
        supplyRisk: risk,
        quadrant: cls,
        cases: mine.reduce((n, r) => n + r.cases, 0),
        chosen,
        disagreeing: mine.filter((r) => r.importance !== cls).reduce((n, r) => n + r.cases, 0),
        explanation: explain(`${code} ${list[0].label}`, inputs, risk, cls),
      };
    });
    categories.sort((a, b) => Number(b.spend) - Number(a.spend) || a.code.localeCompare(b.code));
    return { meta: await this.meta(scope), thresholds: { highImpactShare: HIGH_IMPACT_SHARE, highRisk: HIGH_RISK }, categories };
  }

  /**
   * The importance class the data suggests for a new case in `category`: the quadrant of its CPV
   * group in the matrix of the last twelve months (no other filter). Only a suggestion: the buyer
   * chooses the class.
   */
  async suggestImportance(ctx: RequestContext, category: string): Promise<ImportanceSuggestion> {
    const [cpv] = await this.query<{ prefix: string }>(ctx, `SELECT prefix FROM cpv_code WHERE code = $1`, [category]);
    if (!cpv) throw validationFailed('category', `${category} is not a CPV code`, { rule: 'UNKNOWN_CATEGORY' });
    const [group] = await this.query<{ code: string }>(
      ctx,
      `SELECT code FROM cpv_code WHERE prefix IN (left($1, 3), left($1, 2)) ORDER BY length(prefix) DESC LIMIT 1`,
      [cpv.prefix],
    );
    const matrix = await this.kraljic(ctx, await this.scope(ctx, null));
    const figures = matrix.categories.find((c) => c.code === group?.code) ?? null;
    return {
      category,
      group: group?.code ?? null,
      suggested: figures?.quadrant ?? null,
      explanation: figures ? figures.explanation : `No award in this category in the last twelve months: nothing to suggest a class from`,
      figures,
    };
  }

  // ---- drill-down ------------------------------------------------------------------------------

  /** The cases behind one point of a chart: the chart's own clause with the point's key. */
  async drillDown(ctx: RequestContext, scope: Scope, chart: AnalyticsChart, key: string, limit: number): Promise<AnalyticsDrillDown> {
    const ids = await caseIdsOf(this, ctx, scope, chart, key);
    const rows = await this.query<Record<string, unknown>>(
      ctx,
      `SELECT f.case_id, f.reference, f.title, f.stage, f.purchase_type, f.importance, f.category_code, f.awarded_at,
              f.awarded_total::text AS awarded_total, f.rfq_currency, f.recorded_rate::text AS rate, f.awarded_reporting::text AS awarded
         FROM analytics_case_fact f WHERE f.organization_id = $1 AND f.case_id = ANY($2::uuid[])
        ORDER BY f.awarded_at DESC NULLS LAST, f.reference LIMIT $3`,
      [scope.organizationId, ids, limit],
    );
    return {
      meta: await this.meta(scope),
      total: ids.length,
      cases: rows.map(
        (r): AnalyticsCase => ({
          caseId: String(r['case_id']),
          reference: String(r['reference']),
          title: String(r['title']),
          stage: r['stage'] as AnalyticsCase['stage'],
          purchaseType: r['purchase_type'] as AnalyticsCase['purchaseType'],
          importance: r['importance'] as AnalyticsCase['importance'],
          categoryCode: (r['category_code'] as string | null) ?? null,
          awardedAt: (r['awarded_at'] as Date | null) ?? null,
          awardedTotal: (r['awarded_total'] as string | null) ?? null,
          rfqCurrency: (r['rfq_currency'] as string | null) ?? null,
          rate: (r['rate'] as string | null) ?? null,
          awarded: (r['awarded'] as string | null) ?? null,
        }),
      ),
    };
  }

}

