import type { AnalyticsKraljicQuery, KraljicCategoryFieldsFragment } from '@bc/web/data-access';
import { baseOptions, ChartLocale, ChartTable, ChartView, Formats } from './chart-format';

type Kraljic = AnalyticsKraljicQuery['analyticsKraljic'];

/** The quadrants' colours (also the dots'): the same in the legend, the chart and the table's badges. */
export const QUADRANT_COLOURS: Record<string, string> = {
  STRATEGIC: '#b3261e',
  BOTTLENECK: '#8a5a00',
  LEVERAGE: '#1f5fa8',
  ROUTINE: '#3d6b35',
};

/** The importance classes chosen on a category's cases, in words: "Strategic 2, Routine 1". */
export function chosenText(c: KraljicCategoryFieldsFragment, locale: ChartLocale): string {
  return c.chosen.map((x) => `${locale.t(`importance.${x.importance}`)} ${x.cases}`).join(', ');
}

/** The explanation of a category's quadrant in the UI language, from its figures (the API's own text is English). */
export function explainQuadrant(c: KraljicCategoryFieldsFragment, thresholds: Kraljic['thresholds'], locale: ChartLocale): string {
  const f = new Formats(locale);
  const { t } = locale;
  return t('analytics.kraljic.explain', {
    share: f.percent(c.spendShare),
    impact: t(c.spendShare >= thresholds.highImpactShare ? 'analytics.kraljic.impactHigh' : 'analytics.kraljic.impactLow'),
    impactFrom: f.percent(thresholds.highImpactShare),
    risk: f.decimal1(c.supplyRisk),
    riskLevel: t(c.supplyRisk >= thresholds.highRisk ? 'analytics.kraljic.high' : 'analytics.kraljic.low'),
    riskFrom: f.count(thresholds.highRisk),
    suppliers: f.count(c.qualifiedSuppliers),
    singleSource: f.percent(c.singleSourceShare ?? 0),
    hhi: f.count(c.hhi ?? 0),
    quadrant: t(`importance.${c.quadrant}`),
  });
}

/**
 * The Kraljic matrix: each category a dot at (supply risk, profit impact) in the organization's four
 * quadrants, sized by its cases; a category whose cases chose another class than the data's has a
 * thick dark ring (and "disagrees" in the table).
 */
export function kraljicView(data: Kraljic, locale: ChartLocale): ChartView {
  const f = new Formats(locale);
  const { t } = locale;
  const { highImpactShare: impactLine, highRisk: riskLine } = data.thresholds;
  const topShare = Math.max(0, ...data.categories.map((c) => c.spendShare));
  const yMax = Math.min(100, Math.max(impactLine * 2, Math.ceil((topShare + 5) / 10) * 10));
  const quadrant = (name: string, x: [number, number], y: [number, number], position: string) => [
    { name: t(`importance.${name}`), xAxis: x[0], yAxis: y[0], itemStyle: { color: QUADRANT_COLOURS[name], opacity: 0.08 }, label: { position, color: QUADRANT_COLOURS[name] } },
    { xAxis: x[1], yAxis: y[1] },
  ];
  const dot = (c: KraljicCategoryFieldsFragment) => ({
    value: [c.supplyRisk, c.spendShare],
    key: c.code,
    name: f.label(c.label, c.labelDe),
    symbolSize: Math.min(40, 12 + c.cases * 3),
    itemStyle: {
      color: QUADRANT_COLOURS[c.quadrant],
      borderColor: c.disagreeing > 0 ? '#1b1b1f' : '#fff',
      borderWidth: c.disagreeing > 0 ? 4 : 1,
    },
    category: c,
  });
  return {
    empty: data.categories.length === 0,
    options: {
      ...baseOptions(),
      tooltip: { trigger: 'item', confine: true, formatter: (p: { data: { category?: KraljicCategoryFieldsFragment } }) => kraljicTooltip(p.data.category, locale) },
      grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, name: t('analytics.kraljic.risk'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', min: 0, max: yMax, name: t('analytics.kraljic.impactAxis'), nameLocation: 'middle', nameGap: 40, axisLabel: { formatter: (v: number) => `${v} %` } },
      series: [
        {
          type: 'scatter',
          name: t('analytics.kraljic.title'),
          data: data.categories.map(dot),
          label: { show: true, position: 'right', formatter: (p: { name: string }) => (p.name.length > 18 ? `${p.name.slice(0, 17)}…` : p.name), fontSize: 11 },
          labelLayout: { hideOverlap: true },
          markArea: {
            silent: true,
            label: { show: true, fontWeight: 'bold' },
            data: [
              quadrant('BOTTLENECK', [riskLine, 100], [0, impactLine], 'insideBottomRight'),
              quadrant('STRATEGIC', [riskLine, 100], [impactLine, yMax], 'insideTopRight'),
              quadrant('LEVERAGE', [0, riskLine], [impactLine, yMax], 'insideTopLeft'),
              quadrant('ROUTINE', [0, riskLine], [0, impactLine], 'insideBottomLeft'),
            ],
          },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: '#49454f', type: 'dashed' },
            data: [{ xAxis: riskLine }, { yAxis: impactLine }],
          },
        },
      ],
    },
    table: kraljicTable(data, locale),
  };
}

/** The matrix as a table: each category's figures, quadrant, cases, classes chosen and disagreements. */
function kraljicTable(data: Kraljic, locale: ChartLocale): ChartTable {
  const f = new Formats(locale);
  const { t } = locale;
  return {
  columns: [
    { label: t('analytics.category') },
    { label: t('analytics.kraljic.impact'), numeric: true },
    { label: t('analytics.kraljic.risk'), numeric: true },
    { label: t('analytics.kraljic.quadrant') },
    { label: t('analytics.cases'), numeric: true },
    { label: t('analytics.kraljic.chosen') },
    { label: t('analytics.kraljic.disagreeing'), numeric: true },
  ],
  rows: data.categories.map((c) => ({
    key: c.code,
    label: f.label(c.label, c.labelDe),
    cells: [
      `${f.label(c.label, c.labelDe)} (${c.code})`,
      f.percent(c.spendShare),
      f.decimal1(c.supplyRisk),
      t(`importance.${c.quadrant}`),
      f.count(c.cases),
      chosenText(c, locale) || '–',
      c.disagreeing > 0 ? t('analytics.kraljic.disagreeCount', { count: c.disagreeing }) : '–',
    ],
  })),
};
}

/** A dot's tooltip: the category, its figures, its quadrant, its cases and the classes chosen. */
function kraljicTooltip(c: KraljicCategoryFieldsFragment | undefined, locale: ChartLocale): string {
  if (!c) return '';
  const f = new Formats(locale);
  const { t } = locale;
  const disagree = c.disagreeing > 0 ? `<br><b>${t('analytics.kraljic.disagreeCount', { count: c.disagreeing })}</b>` : '';
  return `${f.label(c.label, c.labelDe)} (${c.code})<br>${t('analytics.kraljic.impact')}: ${f.percent(c.spendShare)}<br>${t('analytics.kraljic.risk')}: ${f.decimal1(c.supplyRisk)}<br>${t('importance.' + c.quadrant)} · ${t('analytics.cases')}: ${c.cases}<br>${chosenText(c, locale)}${disagree}`;
}
