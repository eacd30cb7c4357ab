/** What the chart builders need of the page: words and numbers in the UI language. Pure, so the builders test without Angular. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface ChartLocale {
  /** 'en' or 'de'. */
  readonly lang: string;
  readonly t: Translate;
  /** The organization's reporting currency (ISO code). */
  readonly currency: string;
}

/** One column of a chart's table alternative. */
export interface TableColumn {
  readonly label: string;
  readonly numeric?: boolean;
}

/** One row: its cells as shown, and the key of the chart point it stands for (drill-down), if any. */
export interface TableRow {
  readonly key: string | null;
  /** Names the row for the drill-down button ("Cases behind …"). */
  readonly label: string;
  readonly cells: readonly string[];
}

export interface ChartTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** A chart as the page draws it: the ECharts options and the same figures as a table. */
export interface ChartView {
  readonly options: Record<string, unknown>;
  readonly table: ChartTable;
  /** No figures: the page says so instead of drawing an empty chart. */
  readonly empty: boolean;
}

/** A data item of a series that knows its drill-down key (ECharts hands the item back on click). */
export interface KeyedValue {
  value: unknown;
  key: string;
  name?: string;
  [more: string]: unknown;
}

export class Formats {
  private readonly number: Intl.NumberFormat;
  private readonly decimal: Intl.NumberFormat;
  private readonly money: Intl.NumberFormat;
  private readonly moneyShort: Intl.NumberFormat;

  constructor(readonly locale: ChartLocale) {
    this.number = new Intl.NumberFormat(locale.lang, { maximumFractionDigits: 0 });
    this.decimal = new Intl.NumberFormat(locale.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    this.money = new Intl.NumberFormat(locale.lang, { style: 'currency', currency: locale.currency });
    this.moneyShort = new Intl.NumberFormat(locale.lang, { style: 'currency', currency: locale.currency, notation: 'compact', maximumFractionDigits: 1 });
  }

  /** Whole numbers (counts). */
  count(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : this.number.format(value);
  }

  /** Days with one decimal; "–" where there is no figure. */
  days(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : this.decimal.format(value);
  }

  /** A percent figure as the API gives it (45.5 means 45.5 %). */
  percent(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : `${this.decimal.format(value)} %`;
  }

  /** Decimal figures (HHI, risk) with one decimal. */
  decimal1(value: number | null | undefined): string {
    return this.days(value);
  }

  /** An amount in the reporting currency (the API sends decimal strings). */
  amount(value: string | number | null | undefined, currency?: string): string {
    if (value === null || value === undefined || value === '') return '–';
    const n = Number(value);
    if (Number.isNaN(n)) return '–';
    return currency && currency !== this.locale.currency ? new Intl.NumberFormat(this.locale.lang, { style: 'currency', currency }).format(n) : this.money.format(n);
  }

  /** A short amount for axes ("€12K"). */
  amountShort(value: number): string {
    return this.moneyShort.format(value);
  }

  /** "2026-03" as "Mar 2026" / "März 2026". */
  month(value: string): string {
    const [y, m] = value.split('-').map(Number);
    if (!y || !m) return value;
    return new Intl.DateTimeFormat(this.locale.lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  }

  /** A label in the UI language, from the API's English and German labels. */
  label(en: string | null | undefined, de: string | null | undefined): string {
    return (this.locale.lang === 'de' ? de || en : en || de) ?? '';
  }
}

/** The options every chart shares: no animation (screenshots, reduced motion), a readable grid on a phone. */
export function baseOptions(): Record<string, unknown> {
  return {
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    tooltip: { trigger: 'item', confine: true },
  };
}

/** Long category names on an axis: cut to fit a phone, whole in the tooltip and the table. */
export function shorten(text: string, max = 22): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
