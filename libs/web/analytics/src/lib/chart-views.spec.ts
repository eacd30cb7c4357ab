import { de, en } from '@bc/shared/i18n';
import { exportUrl, toAnalyticsFilter, NO_FILTER } from './analytics-filter';
import { ChartLocale } from './chart-format';
import { competitionView, cycleTimeView, cycleTrendView, deliveryView, savingsView, spendView, tailSpendView, winRatesView } from './chart-views';
import { explainQuadrant, kraljicView } from './kraljic-view';

/** The real catalogue, `{{x}}` interpolated: what the page shows. */
function translator(table: object): ChartLocale['t'] {
  return (key, params = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], table);
    if (typeof text !== 'string') return key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
const EN: ChartLocale = { lang: 'en', t: translator(en), currency: 'EUR' };
const DE: ChartLocale = { lang: 'de', t: translator(de), currency: 'EUR' };
const meta = { currency: 'EUR', from: '2026-01-01', to: '2026-12-31', refreshedAt: null };
const spread = (median: number | null, p90: number | null, count = 2) => ({ count, median, p90 });

describe('the cycle-time chart', () => {
  const data = {
    meta,
    groups: [
      {
        key: 'PURCHASE_TYPE:NEW_TASK',
        value: 'NEW_TASK',
        label: null,
        labelDe: null,
        cases: 3,
        endToEnd: spread(20, 31.5),
        stages: [
          { stage: 'RFQ', days: spread(7, 9) },
          { stage: 'EVALUATION', days: spread(2.5, 4) },
          { stage: 'NEGOTIATION', days: spread(null, null, 0) },
        ],
      },
      { key: 'PURCHASE_TYPE:STRAIGHT_REBUY', value: 'STRAIGHT_REBUY', label: null, labelDe: null, cases: 1, endToEnd: spread(5, 5, 1), stages: [{ stage: 'RFQ', days: spread(4, 4, 1) }] },
    ],
  } as never;

  it('draws one bar series per group over the stages any case went through, and end to end', () => {
    const view = cycleTimeView(data, EN);
    const options = view.options as { xAxis: { data: string[] }; series: { name: string; data: { value: number | null; key: string }[] }[] };
    expect(options.xAxis.data).toEqual(['RFQ', 'Evaluation', 'End to end']);
    expect(options.series.map((s) => s.name)).toEqual(['New purchase', 'Straight rebuy']);
    expect(options.series[0].data.map((d) => d.value)).toEqual([7, 2.5, 20]);
    // A stage the group did not pass has no bar; every bar drills down to its group.
    expect(options.series[1].data.map((d) => d.value)).toEqual([4, null, 5]);
    expect(options.series[1].data.every((d) => d.key === 'PURCHASE_TYPE:STRAIGHT_REBUY')).toBe(true);
  });

  it('lists median and p90 per stage in its table, one row per group with its key', () => {
    const { table } = cycleTimeView(data, EN);
    expect(table.columns.map((c) => c.label)).toEqual(['Group', 'Cases', 'RFQ (median / p90)', 'Evaluation (median / p90)', 'End to end (median / p90)']);
    expect(table.rows[0]).toEqual({ key: 'PURCHASE_TYPE:NEW_TASK', label: 'New purchase', cells: ['New purchase', '3', '7.0 / 9.0', '2.5 / 4.0', '20.0 / 31.5'] });
    expect(table.rows[1].cells).toEqual(['Straight rebuy', '1', '4.0 / 4.0', '– / –', '5.0 / 5.0']);
  });

  it('speaks German with German numbers', () => {
    const { table } = cycleTimeView(data, DE);
    expect(table.rows[0].cells).toEqual(['Neukauf', '3', '7,0 / 9,0', '2,5 / 4,0', '20,0 / 31,5']);
  });

  it('shows the trend by month of award in order', () => {
    const months = {
      meta,
      groups: [
        { key: 'MONTH:2026-03', value: '2026-03', label: null, labelDe: null, cases: 1, endToEnd: spread(12, 12, 1), stages: [] },
        { key: 'MONTH:2026-01', value: '2026-01', label: null, labelDe: null, cases: 2, endToEnd: spread(10, 14), stages: [] },
      ],
    } as never;
    const view = cycleTrendView(months, EN);
    expect((view.options as { xAxis: { data: string[] } }).xAxis.data).toEqual(['Jan 2026', 'Mar 2026']);
    expect(view.table.rows.map((r) => r.key)).toEqual(['MONTH:2026-01', 'MONTH:2026-03']);
  });
});

describe('the savings chart', () => {
  const data = {
    meta,
    withoutRate: 1,
    conversions: [{ rfqCurrency: 'CHF', rate: '0.9500', cases: 2 }],
    measures: [
      { key: 'FIRST_BEST', baseline: '1000.00', awarded: '900.00', savings: '100.00', percent: 10, cases: 2 },
      { key: 'ESTIMATE', baseline: '0.00', awarded: '0.00', savings: '0.00', percent: null, cases: 0 },
      { key: 'LAST_PRICE', baseline: '500.00', awarded: '550.00', savings: '-50.00', percent: -10, cases: 1 },
    ],
  } as never;

  it('names each measure and shows its amounts in the reporting currency', () => {
    const { table, options } = savingsView(data, EN);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Against the first-round best quote', '2', '€1,000.00', '€900.00', '€100.00', '10.0 %'],
      ['Against the estimate', '0', '€0.00', '€0.00', '€0.00', '–'],
      ['Against the last price paid (rebuys)', '1', '€500.00', '€550.00', '-€50.00', '-10.0 %'],
    ]);
    expect((options as { series: { data: { key: string }[] }[] }).series[0].data.map((d) => d.key)).toEqual(['FIRST_BEST', 'ESTIMATE', 'LAST_PRICE']);
  });

  it('is empty without any case', () => {
    expect(savingsView({ ...(data as object), measures: [] } as never, EN).empty).toBe(true);
  });
});

describe('competition and win rates', () => {
  it('splits the RFQs into competed and single source, each drilling down', () => {
    const data = { meta, rfqs: 4, invitations: 12, responses: 9, responseRate: 75, quotesPerRfq: 2.25, singleSource: 1, singleSourceShare: 25, singleSourceCases: [] } as never;
    const view = competitionView(data, EN);
    const pie = (view.options as { series: { data: { value: number; key: string }[] }[] }).series[0].data;
    expect(pie.map((d) => [d.key, d.value])).toEqual([
      ['RFQS', 3],
      ['SINGLE_SOURCE', 1],
    ]);
    expect(view.table.rows.map((r) => r.cells[1])).toEqual(['4', '12', '9', '75.0 %', '2.3', '1 (25.0 %)']);
    expect(view.table.rows.filter((r) => r.key).map((r) => r.key)).toEqual(['RFQS', 'SINGLE_SOURCE']);
  });

  it('keys each supplier by its id', () => {
    const data = {
      meta,
      suppliers: [{ supplierId: 's1', supplierName: 'Acme GmbH', invitations: 4, responses: 2, responseRate: 50, wins: 1, winRate: 50, awarded: '1200.00' }],
    } as never;
    const view = winRatesView(data, DE);
    expect(view.table.rows[0]).toEqual({ key: 's1', label: 'Acme GmbH', cells: ['Acme GmbH', '4', '2', '1', '50,0 %', '50,0 %', '1.200,00\u00a0€'] });
  });
});

describe('the spend treemap', () => {
  const data = {
    meta,
    total: '3000.00',
    uncategorized: 0,
    categories: [
      { code: '30200000-1', label: 'Computer equipment and supplies', labelDe: 'Computeranlagen und Zubehör', divisionCode: '30000000-9', divisionLabel: 'Office machinery', divisionLabelDe: 'Büromaschinen', spend: '2000.00', share: 66.67, cases: 2 },
      { code: '30100000-0', label: 'Office machinery', labelDe: 'Büromaschinen', divisionCode: '30000000-9', divisionLabel: 'Office machinery', divisionLabelDe: 'Büromaschinen', spend: '1000.00', share: 33.33, cases: 1 },
    ],
  } as never;

  it('nests the groups in their division, labelled in the UI language, keyed by their code', () => {
    const tree = (spendView(data, DE).options as { series: { type: string; data: { name: string; key: string; value: number; children: { name: string; key: string; value: number }[] }[] }[] }).series[0];
    expect(tree.type).toBe('treemap');
    expect(tree.data).toHaveLength(1);
    expect(tree.data[0].name).toBe('Büromaschinen');
    expect(tree.data[0].value).toBe(3000);
    expect(tree.data[0].children.map((c) => [c.name, c.key, c.value])).toEqual([
      ['Computeranlagen und Zubehör', '30200000-1', 2000],
      ['Büromaschinen', '30100000-0', 1000],
    ]);
    const english = (spendView(data, EN).options as { series: { data: { children: { name: string }[] }[] }[] }).series[0].data[0].children[0].name;
    expect(english).toBe('Computer equipment and supplies');
  });

  it('tables the same figures', () => {
    expect(spendView(data, EN).table.rows[0].cells).toEqual(['Computer equipment and supplies (30200000-1)', 'Office machinery', '2', '€2,000.00', '66.7 %']);
  });
});

describe('tail spend and deliveries', () => {
  it('sets the tail against the rest, only the tail drilling down', () => {
    const data = { meta, total: '1000.00', suppliers: 5, tailPercent: 20, tailShare: 15, tailSpend: '150.00', tailSuppliers: 2, tail: [{ supplierId: 'a', supplierName: 'Small AG', spend: '100.00' }] } as never;
    const view = tailSpendView(data, EN);
    const pie = (view.options as { series: { data: { name: string; value: number; key: string }[] }[] }).series[0].data;
    expect(pie).toEqual([
      { name: 'Other suppliers (3)', value: 850, key: 'REST' },
      { name: 'Tail (2)', value: 150, key: 'TAIL' },
    ]);
    expect(view.table.rows).toEqual([{ key: 'TAIL', label: 'Small AG', cells: ['Small AG', '€100.00'] }]);
  });

  it('stacks on time and late deliveries per month', () => {
    const data = { meta, months: [{ month: '2026-02', deliveries: 4, onTime: 3, onTimeRate: 75, qualityIncidents: 1 }] } as never;
    const view = deliveryView(data, EN);
    const series = (view.options as { series: { data: { value: number; key: string }[] }[] }).series;
    expect(series.map((s) => s.data[0].value)).toEqual([3, 1, 1, 75]);
    expect(series.every((s) => s.data[0].key === '2026-02')).toBe(true);
    expect(view.table.rows[0].cells).toEqual(['Feb 2026', '4', '3', '75.0 %', '1']);
  });
});

describe('the Kraljic matrix', () => {
  const category = (over: object) => ({
    code: '30200000-1',
    label: 'Computer equipment',
    labelDe: 'Computeranlagen',
    spend: '1000.00',
    spendShare: 40,
    supplyRisk: 70,
    quadrant: 'STRATEGIC',
    qualifiedSuppliers: 1,
    singleSourceShare: 50,
    hhi: 6000,
    cases: 3,
    disagreeing: 2,
    explanation: '',
    chosen: [
      { importance: 'STRATEGIC', cases: 1 },
      { importance: 'ROUTINE', cases: 2 },
    ],
    ...over,
  });
  const data = {
    meta,
    thresholds: { highImpactShare: 10, highRisk: 50 },
    categories: [category({}), category({ code: '44100000-1', label: 'Cables', labelDe: 'Kabel', spendShare: 5, supplyRisk: 20, quadrant: 'ROUTINE', disagreeing: 0, chosen: [{ importance: 'ROUTINE', cases: 3 }] })],
  } as never;

  it('places each category at (supply risk, profit impact) in four labelled quadrants, rings the disagreeing ones', () => {
    const series = (kraljicView(data, EN).options as { series: { type: string; data: { value: number[]; key: string; itemStyle: { borderWidth: number } }[]; markArea: { data: { name?: string }[][] } }[] }).series[0];
    expect(series.type).toBe('scatter');
    expect(series.data.map((d) => [d.key, d.value])).toEqual([
      ['30200000-1', [70, 40]],
      ['44100000-1', [20, 5]],
    ]);
    expect(series.data[0].itemStyle.borderWidth).toBeGreaterThan(series.data[1].itemStyle.borderWidth);
    expect(series.markArea.data.map((a) => a[0].name)).toEqual(['Bottleneck', 'Strategic', 'Leverage', 'Routine']);
  });

  it('tables cases, classes chosen and disagreements', () => {
    const { table } = kraljicView(data, DE);
    expect(table.rows[0].cells).toEqual(['Computeranlagen (30200000-1)', '40,0 %', '70,0', 'Strategisch', '3', 'Strategisch 1, Routine 2', '2 Vorgang/Vorgänge weichen ab']);
    expect(table.rows[1].cells[6]).toBe('–');
  });

  it('explains a quadrant from its figures in the UI language', () => {
    const c = category({});
    expect(explainQuadrant(c as never, { highImpactShare: 10, highRisk: 50 }, EN)).toBe(
      '40.0 % of spend (high profit impact, high from 10.0 %); supply risk 70.0 (high, high from 50) from 1 qualified supplier(s), 50.0 % single-source and HHI 6,000: Strategic.',
    );
  });
});

describe('the filter and the exports', () => {
  it('sends only what is set', () => {
    expect(toAnalyticsFilter(NO_FILTER)).toEqual({});
    expect(toAnalyticsFilter({ ...NO_FILTER, from: '2026-01-01', category: { code: '30200000-1' }, importances: ['STRATEGIC' as never], buyerId: 'u1' })).toEqual({
      from: '2026-01-01',
      category: '30200000-1',
      importances: ['STRATEGIC'],
      buyerId: 'u1',
    });
  });

  it('names the chart, the format, the filter and the language', () => {
    expect(exportUrl('SPEND_BY_CATEGORY', 'xlsx', { from: '2026-01-01' }, 'de')).toBe('/api/analytics/spend-by-category.xlsx?filter=%7B%22from%22%3A%222026-01-01%22%7D&locale=de');
    expect(exportUrl('CYCLE_TIME', 'csv', {}, 'en', 'MONTH')).toBe('/api/analytics/cycle-time.csv?dimension=MONTH&locale=en');
  });
});
