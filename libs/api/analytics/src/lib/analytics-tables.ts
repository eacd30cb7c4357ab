import { Locale } from '@bc/shared/domain';
import { AnalyticsChart } from './dto/analytics.inputs';
import type { ApprovalLeadTimeChart, CompetitionChart, ConcentrationChart, CycleTimeChart, DeliveryChart, KraljicMatrix, SavingsChart, SpendChart, TailSpendChart, WinRateChart } from './dto/analytics.types';

export type Cell = string | number | null;
/** A chart as the table the page shows beside it and the exports write: `money` columns hold decimal text. */
export interface ChartTable {
  columns: Array<{ key: string; label: string; kind: 'text' | 'number' | 'money' }>;
  rows: Array<Record<string, Cell>>;
}

type Words = Record<string, [en: string, de: string]>;
const W: Words = {
  key: ['Key', 'Schlüssel'],
  group: ['Group', 'Gruppe'],
  cases: ['Cases', 'Vorgänge'],
  e2eMedian: ['End to end, median (days)', 'Gesamt, Median (Tage)'],
  e2eP90: ['End to end, p90 (days)', 'Gesamt, p90 (Tage)'],
  measure: ['Measure', 'Kennzahl'],
  baseline: ['Baseline', 'Basis'],
  awarded: ['Awarded', 'Vergeben'],
  savings: ['Savings', 'Einsparung'],
  percent: ['Percent', 'Prozent'],
  figure: ['Figure', 'Kennzahl'],
  value: ['Value', 'Wert'],
  supplier: ['Supplier', 'Lieferant'],
  invitations: ['Invitations', 'Einladungen'],
  responses: ['Responses', 'Antworten'],
  wins: ['Wins', 'Zuschläge'],
  responseRate: ['Response rate (%)', 'Antwortquote (%)'],
  winRate: ['Win rate (%)', 'Zuschlagsquote (%)'],
  code: ['CPV', 'CPV'],
  category: ['Category', 'Kategorie'],
  division: ['Division', 'Abteilung'],
  spend: ['Spend', 'Ausgaben'],
  share: ['Share (%)', 'Anteil (%)'],
  suppliers: ['Suppliers', 'Lieferanten'],
  top5: ['Top 5 share (%)', 'Anteil Top 5 (%)'],
  hhi: ['HHI', 'HHI'],
  step: ['Step', 'Stufe'],
  role: ['Role', 'Rolle'],
  median: ['Median (days)', 'Median (Tage)'],
  p90: ['p90 (days)', 'p90 (Tage)'],
  count: ['Count', 'Anzahl'],
  month: ['Month', 'Monat'],
  deliveries: ['Deliveries', 'Lieferungen'],
  onTime: ['On time', 'Pünktlich'],
  onTimeRate: ['On-time rate (%)', 'Termintreue (%)'],
  incidents: ['Quality incidents', 'Qualitätsmängel'],
  risk: ['Supply risk', 'Versorgungsrisiko'],
  qualified: ['Qualified suppliers', 'Qualifizierte Lieferanten'],
  singleSource: ['Single-source (%)', 'Einzelquelle (%)'],
  quadrant: ['Quadrant', 'Quadrant'],
  chosen: ['Chosen classes', 'Gewählte Klassen'],
  disagreeing: ['Disagreeing cases', 'Abweichende Vorgänge'],
};

/** The table of a chart's answer, labelled in `locale`. */
export function chartTable(chart: AnalyticsChart, data: unknown, locale: Locale): ChartTable {
  const de = locale === Locale.DE;
  const col = (key: string, kind: ChartTable['columns'][number]['kind'] = 'text', word = key) => ({ key, label: W[word][de ? 1 : 0], kind });
  const label = (en: string | null, deLabel: string | null) => (de ? deLabel : en) ?? '';
  switch (chart) {
    case AnalyticsChart.CYCLE_TIME: {
      const d = data as CycleTimeChart;
      const stages = d.groups[0]?.stages.map((s) => s.stage) ?? [];
      return {
        columns: [
          col('key'), col('group'), col('cases', 'number'), col('e2eMedian', 'number'), col('e2eP90', 'number'),
          ...stages.flatMap((s) => [
            { key: `${s}_median`, label: `${s}, ${W['median'][de ? 1 : 0]}`, kind: 'number' as const },
            { key: `${s}_p90`, label: `${s}, ${W['p90'][de ? 1 : 0]}`, kind: 'number' as const },
          ]),
        ],
        rows: d.groups.map((g) => ({
          key: g.key, group: g.label ? `${g.value} ${label(g.label, g.labelDe)}` : g.value, cases: g.cases, e2eMedian: g.endToEnd.median, e2eP90: g.endToEnd.p90,
          ...Object.fromEntries(g.stages.flatMap((s) => [[`${s.stage}_median`, s.days.median], [`${s.stage}_p90`, s.days.p90]])),
        })),
      };
    }
    case AnalyticsChart.SAVINGS: {
      const d = data as SavingsChart;
      return {
        columns: [col('measure'), col('cases', 'number'), col('baseline', 'money'), col('awarded', 'money'), col('savings', 'money'), col('percent', 'number')],
        rows: d.measures.map((m) => ({ measure: m.key, cases: m.cases, baseline: m.baseline, awarded: m.awarded, savings: m.savings, percent: m.percent })),
      };
    }
    case AnalyticsChart.COMPETITION: {
      const d = data as CompetitionChart;
      const figures: Array<[string, Cell]> = [
        ['RFQs', d.rfqs], [W['invitations'][de ? 1 : 0], d.invitations], [W['responses'][de ? 1 : 0], d.responses],
        [W['responseRate'][de ? 1 : 0], d.responseRate], [de ? 'Angebote je Anfrage' : 'Quotes per RFQ', d.quotesPerRfq],
        [de ? 'Einzelquelle' : 'Single-source', d.singleSource], [W['singleSource'][de ? 1 : 0], d.singleSourceShare],
      ];
      return { columns: [col('figure'), col('value', 'number')], rows: figures.map(([figure, value]) => ({ figure, value })) };
    }
    case AnalyticsChart.WIN_RATE: {
      const d = data as WinRateChart;
      return {
        columns: [col('supplier'), col('invitations', 'number'), col('responses', 'number'), col('wins', 'number'), col('responseRate', 'number'), col('winRate', 'number'), col('awarded', 'money')],
        rows: d.suppliers.map((s) => ({ supplier: s.supplierName, invitations: s.invitations, responses: s.responses, wins: s.wins, responseRate: s.responseRate, winRate: s.winRate, awarded: s.awarded })),
      };
    }
    case AnalyticsChart.SPEND_BY_CATEGORY: {
      const d = data as SpendChart;
      return {
        columns: [col('code'), col('category'), col('division'), col('spend', 'money'), col('share', 'number'), col('cases', 'number')],
        rows: d.categories.map((c) => ({ code: c.code, category: label(c.label, c.labelDe), division: label(c.divisionLabel, c.divisionLabelDe), spend: c.spend, share: c.share, cases: c.cases })),
      };
    }
    case AnalyticsChart.CONCENTRATION: {
      const d = data as ConcentrationChart;
      return {
        columns: [col('code'), col('category'), col('spend', 'money'), col('suppliers', 'number'), col('top5', 'number'), col('hhi', 'number')],
        rows: d.categories.map((c) => ({ code: c.code, category: label(c.label, c.labelDe), spend: c.spend, suppliers: c.suppliers, top5: c.top5Share, hhi: c.hhi })),
      };
    }
    case AnalyticsChart.TAIL_SPEND: {
      return { columns: [col('supplier'), col('spend', 'money')], rows: (data as TailSpendChart).tail.map((t) => ({ supplier: t.supplierName, spend: t.spend })) };
    }
    case AnalyticsChart.APPROVAL_LEAD_TIME: {
      const d = data as ApprovalLeadTimeChart;
      return {
        columns: [col('step', 'number'), col('role'), col('count', 'number'), col('median', 'number'), col('p90', 'number')],
        rows: d.steps.map((s) => ({ step: s.step, role: s.role, count: s.days.count, median: s.days.median, p90: s.days.p90 })),
      };
    }
    case AnalyticsChart.DELIVERY: {
      const d = data as DeliveryChart;
      return {
        columns: [col('month'), col('deliveries', 'number'), col('onTime', 'number'), col('onTimeRate', 'number'), col('incidents', 'number')],
        rows: d.months.map((m) => ({ month: m.month, deliveries: m.deliveries, onTime: m.onTime, onTimeRate: m.onTimeRate, incidents: m.qualityIncidents })),
      };
    }
    case AnalyticsChart.KRALJIC:
      return kraljicTable(data as KraljicMatrix, col, label);
  }
}

type Col = (key: string, kind?: ChartTable['columns'][number]['kind'], word?: string) => ChartTable['columns'][number];

function kraljicTable(d: KraljicMatrix, col: Col, label: (en: string | null, de: string | null) => string): ChartTable {
  return {
    columns: [
      col('code'), col('category'), col('spend', 'money'), col('share', 'number'), col('qualified', 'number'), col('singleSource', 'number'), col('hhi', 'number'),
      col('risk', 'number'), col('quadrant'), col('cases', 'number'), col('chosen'), col('disagreeing', 'number'),
    ],
    rows: d.categories.map((c) => ({
      code: c.code, category: label(c.label, c.labelDe), spend: c.spend, share: c.spendShare, qualified: c.qualifiedSuppliers, singleSource: c.singleSourceShare, hhi: c.hhi,
      risk: c.supplyRisk, quadrant: c.quadrant, cases: c.cases, chosen: c.chosen.map((x) => `${x.importance} ${x.cases}`).join(', '), disagreeing: c.disagreeing,
    })),
  };
}
