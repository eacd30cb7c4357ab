import type {
  AnalyticsApprovalLeadTimesQuery,
  AnalyticsCompetitionQuery,
  AnalyticsConcentrationQuery,
  AnalyticsCycleTimeQuery,
  AnalyticsDeliveryQuery,
  AnalyticsSavingsQuery,
  AnalyticsSpendQuery,
  AnalyticsTailSpendQuery,
  AnalyticsWinRatesQuery,
} from '@bc/web/data-access';
import { baseOptions, ChartLocale, ChartView, Formats, KeyedValue, shorten, TableRow } from './chart-format';

/*
 * Each chart of the analytics page built from the API's answer: the ECharts options and the same
 * figures as a table (the accessible alternative, and the rows the drill-down starts from). Every
 * data item carries the key the API gave its point, which the drill-down sends back.
 */

type CycleTime = AnalyticsCycleTimeQuery['analyticsCycleTime'];
type CycleGroup = CycleTime['groups'][number];

/** The stages a case passes before the award, in order (the cycle time's columns). */
export const CYCLE_STAGES = ['NEED', 'SPECIFICATION', 'SOURCING', 'RFQ', 'EVALUATION', 'NEGOTIATION', 'DECISION'] as const;

/** A cycle-time group's name in the UI language: a purchase type, an importance class, a category, a month. */
export function groupLabel(group: CycleGroup, f: Formats): string {
  const dimension = group.key.slice(0, group.key.indexOf(':'));
  if (dimension === 'PURCHASE_TYPE') return f.locale.t(`purchaseType.${group.value}`);
  if (dimension === 'IMPORTANCE') return f.locale.t(`importance.${group.value}`);
  if (dimension === 'MONTH') return f.month(group.value);
  return f.label(group.label, group.labelDe) || group.value;
}

/** The stages with a figure in any group (a stage no case went through is left out). */
function stagesOf(groups: readonly CycleGroup[]): string[] {
  const used = new Set(groups.flatMap((g) => g.stages.filter((s) => s.days.count > 0).map((s) => s.stage as string)));
  return CYCLE_STAGES.filter((s) => used.has(s));
}

/** Median days per stage and end to end, one bar series per group; the tooltip adds the p90. */
export function cycleTimeView(data: CycleTime, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const stages = stagesOf(data.groups);
  const axis = [...stages.map((s) => t(`stages.${s}`)), t('analytics.cycle.endToEnd')];
  const series = data.groups.map((g) => ({
    name: groupLabel(g, f),
    type: 'bar',
    data: [
      ...stages.map((s) => {
        const days = g.stages.find((x) => x.stage === s)?.days;
        return { value: days?.median ?? null, key: g.key, p90: days?.p90 ?? null } as KeyedValue;
      }),
      { value: g.endToEnd.median, key: g.key, p90: g.endToEnd.p90 } as KeyedValue,
    ],
  }));
  const rows: TableRow[] = data.groups.map((g) => ({
    key: g.key,
    label: groupLabel(g, f),
    cells: [
      groupLabel(g, f),
      f.count(g.cases),
      ...stages.flatMap((s) => {
        const days = g.stages.find((x) => x.stage === s)?.days;
        return [`${f.days(days?.median)} / ${f.days(days?.p90)}`];
      }),
      `${f.days(g.endToEnd.median)} / ${f.days(g.endToEnd.p90)}`,
    ],
  }));
  return {
    empty: data.groups.length === 0,
    options: {
      ...baseOptions(),
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { seriesName: string; name: string; data: KeyedValue }) =>
          `${p.seriesName} · ${p.name}<br>${t('analytics.median')}: ${f.days(p.data.value as number | null)} ${t('analytics.daysUnit')}<br>p90: ${f.days(p.data['p90'] as number | null)} ${t('analytics.daysUnit')}`,
      },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: axis, axisLabel: { interval: 0, rotate: axis.length > 4 ? 30 : 0, hideOverlap: true } },
      yAxis: { type: 'value', name: t('analytics.daysUnit'), nameTextStyle: { align: 'left' } },
      series,
    },
    table: {
      columns: [
        { label: t('analytics.cycle.group') },
        { label: t('analytics.cases'), numeric: true },
        ...stages.map((s) => ({ label: `${t(`stages.${s}`)} (${t('analytics.medianP90')})`, numeric: true })),
        { label: `${t('analytics.cycle.endToEnd')} (${t('analytics.medianP90')})`, numeric: true },
      ],
      rows,
    },
  };
}

/** The trend: end-to-end median and p90 per month of the award. */
export function cycleTrendView(data: CycleTime, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const groups = [...data.groups].sort((a, b) => a.value.localeCompare(b.value));
  return {
    empty: groups.length === 0,
    options: {
      ...baseOptions(),
      tooltip: { trigger: 'axis', confine: true },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: groups.map((g) => f.month(g.value)), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', name: t('analytics.daysUnit') },
      series: [
        { name: t('analytics.median'), type: 'line', showSymbol: true, symbolSize: 8, data: groups.map((g) => ({ value: g.endToEnd.median, key: g.key })) },
        { name: 'p90', type: 'line', showSymbol: true, symbolSize: 8, lineStyle: { type: 'dashed' }, data: groups.map((g) => ({ value: g.endToEnd.p90, key: g.key })) },
      ],
    },
    table: {
      columns: [
        { label: t('analytics.month') },
        { label: t('analytics.cases'), numeric: true },
        { label: t('analytics.median'), numeric: true },
        { label: 'p90', numeric: true },
      ],
      rows: groups.map((g) => ({
        key: g.key,
        label: f.month(g.value),
        cells: [f.month(g.value), f.count(g.cases), f.days(g.endToEnd.median), f.days(g.endToEnd.p90)],
      })),
    },
  };
}

type Savings = AnalyticsSavingsQuery['analyticsSavings'];

/** The three savings measures: savings in percent of their baseline, the amounts in the table. */
export function savingsView(data: Savings, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const name = (key: string) => t(`analytics.savings.measure.${key}`);
  return {
    empty: data.measures.every((m) => m.cases === 0),
    options: {
      ...baseOptions(),
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { name: string; data: KeyedValue }) => `${p.name}<br>${f.percent(p.data.value as number | null)} · ${p.data['savings'] as string}`,
      },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${v} %` } },
      yAxis: { type: 'category', data: data.measures.map((m) => shorten(name(m.key), 26)), inverse: true },
      series: [
        {
          type: 'bar',
          name: t('analytics.savings.percent'),
          label: { show: true, position: 'right', formatter: (p: { data: KeyedValue }) => f.percent(p.data.value as number | null) },
          data: data.measures.map((m) => ({ value: m.percent, key: m.key, savings: f.amount(m.savings) })),
        },
      ],
    },
    table: {
      columns: [
        { label: t('analytics.savings.measureColumn') },
        { label: t('analytics.cases'), numeric: true },
        { label: t('analytics.savings.baseline'), numeric: true },
        { label: t('analytics.savings.awarded'), numeric: true },
        { label: t('analytics.savings.savings'), numeric: true },
        { label: t('analytics.savings.percent'), numeric: true },
      ],
      rows: data.measures.map((m) => ({
        key: m.key,
        label: name(m.key),
        cells: [name(m.key), f.count(m.cases), f.amount(m.baseline), f.amount(m.awarded), f.amount(m.savings), f.percent(m.percent)],
      })),
    },
  };
}

type Competition = AnalyticsCompetitionQuery['analyticsCompetition'];

/** RFQs with competition against single-source ones (a pie; each part drills down). */
export function competitionView(data: Competition, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const competed = data.rfqs - data.singleSource;
  return {
    empty: data.rfqs === 0,
    options: {
      ...baseOptions(),
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}: {c}' },
          data: [
            { name: t('analytics.competition.competed'), value: competed, key: 'RFQS' },
            { name: t('analytics.competition.singleSource'), value: data.singleSource, key: 'SINGLE_SOURCE' },
          ],
        },
      ],
    },
    table: {
      columns: [{ label: t('analytics.competition.figure') }, { label: t('analytics.competition.value'), numeric: true }],
      rows: [
        { key: 'RFQS', label: t('analytics.competition.rfqs'), cells: [t('analytics.competition.rfqs'), f.count(data.rfqs)] },
        { key: null, label: '', cells: [t('analytics.competition.invitations'), f.count(data.invitations)] },
        { key: null, label: '', cells: [t('analytics.competition.responses'), f.count(data.responses)] },
        { key: null, label: '', cells: [t('analytics.competition.responseRate'), f.percent(data.responseRate)] },
        { key: null, label: '', cells: [t('analytics.competition.quotesPerRfq'), f.days(data.quotesPerRfq)] },
        {
          key: 'SINGLE_SOURCE',
          label: t('analytics.competition.singleSource'),
          cells: [t('analytics.competition.singleSource'), `${f.count(data.singleSource)} (${f.percent(data.singleSourceShare)})`],
        },
      ],
    },
  };
}

type WinRates = AnalyticsWinRatesQuery['analyticsWinRates'];

/** Response and win rate per supplier, as horizontal bars (the most invited first). */
export function winRatesView(data: WinRates, locale: ChartLocale, top = 15): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const shown = data.suppliers.slice(0, top);
  return {
    empty: shown.length === 0,
    options: {
      ...baseOptions(),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v: number | null) => f.percent(v) },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => `${v} %` } },
      yAxis: { type: 'category', inverse: true, data: shown.map((s) => shorten(s.supplierName, 20)) },
      series: [
        { name: t('analytics.winRates.responseRate'), type: 'bar', data: shown.map((s) => ({ value: s.responseRate, key: s.supplierId })) },
        { name: t('analytics.winRates.winRate'), type: 'bar', data: shown.map((s) => ({ value: s.winRate, key: s.supplierId })) },
      ],
    },
    table: {
      columns: [
        { label: t('analytics.winRates.supplier') },
        { label: t('analytics.competition.invitations'), numeric: true },
        { label: t('analytics.competition.responses'), numeric: true },
        { label: t('analytics.winRates.wins'), numeric: true },
        { label: t('analytics.winRates.responseRate'), numeric: true },
        { label: t('analytics.winRates.winRate'), numeric: true },
        { label: t('analytics.winRates.awarded'), numeric: true },
      ],
      rows: data.suppliers.map((s) => ({
        key: s.supplierId,
        label: s.supplierName,
        cells: [s.supplierName, f.count(s.invitations), f.count(s.responses), f.count(s.wins), f.percent(s.responseRate), f.percent(s.winRate), f.amount(s.awarded)],
      })),
    },
  };
}

type Spend = AnalyticsSpendQuery['analyticsSpend'];

/** Spend per CPV group inside its division, as a treemap with the labels in the UI language. */
export function spendView(data: Spend, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const divisions = new Map<string, { name: string; children: KeyedValue[] }>();
  for (const c of data.categories) {
    const division = divisions.get(c.divisionCode) ?? { name: f.label(c.divisionLabel, c.divisionLabelDe), children: [] };
    division.children.push({ name: f.label(c.label, c.labelDe), value: Number(c.spend), key: c.code, share: c.share });
    divisions.set(c.divisionCode, division);
  }
  return {
    empty: data.categories.length === 0,
    options: {
      ...baseOptions(),
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { name: string; value: number; data: Partial<KeyedValue> }) =>
          `${p.name}<br>${f.amount(p.value)}${p.data.key ? ` · ${f.percent(p.data['share'] as number | null)}` : ''}`,
      },
      series: [
        {
          type: 'treemap',
          name: t('analytics.spend.all'),
          roam: false,
          nodeClick: false,
          left: 0,
          right: 0,
          top: 0,
          bottom: 0,
          breadcrumb: { show: false },
          leafDepth: 2,
          label: { show: true, formatter: '{b}', overflow: 'break', ellipsis: '…' },
          upperLabel: { show: true, height: 22, color: '#fff', overflow: 'truncate', ellipsis: '…' },
          levels: [{ itemStyle: { borderWidth: 0, gapWidth: 4 } }, { itemStyle: { gapWidth: 1, borderWidth: 2, borderColorSaturation: 0.6 }, upperLabel: { show: true } }],
          data: [...divisions.entries()].map(([code, d]) => ({ name: d.name, key: `division:${code}`, children: d.children, value: d.children.reduce((s, c) => s + (c.value as number), 0) })),
        },
      ],
    },
    table: {
      columns: [
        { label: t('analytics.category') },
        { label: t('analytics.spend.division') },
        { label: t('analytics.cases'), numeric: true },
        { label: t('analytics.spend.spend'), numeric: true },
        { label: t('analytics.spend.share'), numeric: true },
      ],
      rows: data.categories.map((c) => ({
        key: c.code,
        label: f.label(c.label, c.labelDe),
        cells: [`${f.label(c.label, c.labelDe)} (${c.code})`, f.label(c.divisionLabel, c.divisionLabelDe), f.count(c.cases), f.amount(c.spend), f.percent(c.share)],
      })),
    },
  };
}

type Concentration = AnalyticsConcentrationQuery['analyticsConcentration'];

/** The top-5 share per category as bars; the HHI in the tooltip and the table. */
export function concentrationView(data: Concentration, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  return {
    empty: data.categories.length === 0,
    options: {
      ...baseOptions(),
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { name: string; data: KeyedValue }) => `${p.data['full'] as string}<br>${t('analytics.concentration.top5')}: ${f.percent(p.data.value as number | null)}<br>HHI: ${f.count(p.data['hhi'] as number | null)}`,
      },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => `${v} %` } },
      yAxis: { type: 'category', inverse: true, data: data.categories.map((c) => shorten(f.label(c.label, c.labelDe))) },
      series: [
        {
          type: 'bar',
          name: t('analytics.concentration.top5'),
          data: data.categories.map((c) => ({ value: c.top5Share, key: c.code, hhi: c.hhi, full: f.label(c.label, c.labelDe) })),
        },
      ],
    },
    table: {
      columns: [
        { label: t('analytics.category') },
        { label: t('analytics.spend.spend'), numeric: true },
        { label: t('analytics.concentration.suppliers'), numeric: true },
        { label: t('analytics.concentration.top5'), numeric: true },
        { label: 'HHI', numeric: true },
      ],
      rows: data.categories.map((c) => ({
        key: c.code,
        label: f.label(c.label, c.labelDe),
        cells: [`${f.label(c.label, c.labelDe)} (${c.code})`, f.amount(c.spend), f.count(c.suppliers), f.percent(c.top5Share), f.count(c.hhi)],
      })),
    },
  };
}

type TailSpend = AnalyticsTailSpendQuery['analyticsTailSpend'];

/** The tail against the rest of spend (a pie; the tail drills down), the tail's suppliers in the table. */
export function tailSpendView(data: TailSpend, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const total = Number(data.total);
  const tail = Number(data.tailSpend);
  return {
    empty: total === 0,
    options: {
      ...baseOptions(),
      tooltip: { trigger: 'item', confine: true, formatter: (p: { name: string; value: number; percent: number }) => `${p.name}<br>${f.amount(p.value)} (${f.percent(p.percent)})` },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}: {d} %' },
          data: [
            { name: t('analytics.tail.rest', { count: data.suppliers - data.tailSuppliers }), value: Math.max(0, total - tail), key: 'REST' },
            { name: t('analytics.tail.tail', { count: data.tailSuppliers }), value: tail, key: 'TAIL' },
          ],
        },
      ],
    },
    table: {
      columns: [{ label: t('analytics.winRates.supplier') }, { label: t('analytics.spend.spend'), numeric: true }],
      rows: data.tail.map((s) => ({ key: 'TAIL', label: s.supplierName, cells: [s.supplierName, f.amount(s.spend)] })),
    },
  };
}

type LeadTimes = AnalyticsApprovalLeadTimesQuery['analyticsApprovalLeadTimes'];

/** A route step's name: "Step 1 · Decider". */
export function stepLabel(step: { step: number; role: string }, locale: ChartLocale): string {
  return locale.t('analytics.approvals.step', { step: step.step, role: locale.t(`roles.${step.role}`) });
}

/** Median and p90 days per approval step. */
export function approvalView(data: LeadTimes, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  return {
    empty: data.steps.length === 0,
    options: {
      ...baseOptions(),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v: number | null) => `${f.days(v)} ${t('analytics.daysUnit')}` },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: data.steps.map((s) => stepLabel(s, locale)), axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', name: t('analytics.daysUnit') },
      series: [
        { name: t('analytics.median'), type: 'bar', data: data.steps.map((s) => ({ value: s.days.median, key: s.key })) },
        { name: 'p90', type: 'bar', data: data.steps.map((s) => ({ value: s.days.p90, key: s.key })) },
      ],
    },
    table: {
      columns: [
        { label: t('analytics.approvals.stepColumn') },
        { label: t('analytics.approvals.approvals'), numeric: true },
        { label: t('analytics.median'), numeric: true },
        { label: 'p90', numeric: true },
      ],
      rows: data.steps.map((s) => ({
        key: s.key,
        label: stepLabel(s, locale),
        cells: [stepLabel(s, locale), f.count(s.days.count), f.days(s.days.median), f.days(s.days.p90)],
      })),
    },
  };
}

type Delivery = AnalyticsDeliveryQuery['analyticsDelivery'];

/** Deliveries per month: on time against late, the on-time rate and the quality incidents. */
export function deliveryView(data: Delivery, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const months = data.months;
  return {
    empty: months.length === 0,
    options: {
      ...baseOptions(),
      tooltip: { trigger: 'axis', confine: true },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 8, right: 8, top: 32, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => f.month(m.month)), axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: 'value', name: t('analytics.delivery.count'), minInterval: 1 },
        { type: 'value', max: 100, axisLabel: { formatter: (v: number) => `${v} %` }, splitLine: { show: false } },
      ],
      series: [
        { name: t('analytics.delivery.onTime'), type: 'bar', stack: 'd', data: months.map((m) => ({ value: m.onTime, key: m.month })) },
        { name: t('analytics.delivery.late'), type: 'bar', stack: 'd', data: months.map((m) => ({ value: m.deliveries - m.onTime, key: m.month })) },
        { name: t('analytics.delivery.incidents'), type: 'bar', data: months.map((m) => ({ value: m.qualityIncidents, key: m.month })) },
        { name: t('analytics.delivery.onTimeRate'), type: 'line', yAxisIndex: 1, symbolSize: 8, data: months.map((m) => ({ value: m.onTimeRate, key: m.month })) },
      ],
    },
    table: {
      columns: [
        { label: t('analytics.month') },
        { label: t('analytics.delivery.deliveries'), numeric: true },
        { label: t('analytics.delivery.onTime'), numeric: true },
        { label: t('analytics.delivery.onTimeRate'), numeric: true },
        { label: t('analytics.delivery.incidents'), numeric: true },
      ],
      rows: months.map((m) => ({
        key: m.month,
        label: f.month(m.month),
        cells: [f.month(m.month), f.count(m.deliveries), f.count(m.onTime), f.percent(m.onTimeRate), f.count(m.qualityIncidents)],
      })),
    },
  };
}
