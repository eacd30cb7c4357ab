import { Locale } from '@bc/shared/domain';

/** How a document shows dates: the RFQ document puts the weekday in front, since suppliers plan by it. */
export interface PdfDateStyle {
  weekday?: boolean;
}

/**
 * The one formatter of the PDFs: dates, times, money and numbers in the reader's language
 * (en-GB or de-DE), times in the document's zone.
 */
export class PdfFormatter {
  readonly tag: string;

  constructor(
    locale: Locale,
    private readonly timeZone: string,
    private readonly style: PdfDateStyle = {},
  ) {
    this.tag = locale === Locale.DE ? 'de-DE' : 'en-GB';
  }

  private parts(date: Date, timeZone: string): { day: string; time: string; zone: string } {
    const weekday = this.style.weekday ? { weekday: 'short' as const } : {};
    const day = new Intl.DateTimeFormat(this.tag, { timeZone, ...weekday, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    const time = new Intl.DateTimeFormat(this.tag, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
    const zone =
      new Intl.DateTimeFormat(this.tag, { timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
    return { day, time, zone };
  }

  /** E.g. "(Fri, )11 December 2026, 12:00 CET (Europe/Berlin) = 11:00 UTC". */
  dateTime(date: Date): string {
    const local = this.parts(date, this.timeZone);
    const hour = this.tag === 'de-DE' ? ' Uhr' : '';
    if (this.timeZone === 'UTC' || this.timeZone === 'Etc/UTC') return `${local.day}, ${local.time}${hour} UTC`;
    const utc = this.parts(date, 'UTC');
    const utcText = utc.day === local.day ? `${utc.time} UTC` : `${utc.day}, ${utc.time} UTC`;
    return `${local.day}, ${local.time}${hour} ${local.zone} (${this.timeZone}) = ${utcText}`;
  }

  /** A compact time in the document's zone, e.g. "27 Nov 2026, 14:05 CET"; "—" for none. */
  stamp(value: string | Date | null): string {
    return this.time(value, false);
  }

  /** As {@link stamp}, to the second (a bid's time), e.g. "27 Nov 2026, 14:05:09 CET". */
  stampSeconds(value: string | Date | null): string {
    return this.time(value, true);
  }

  private time(value: string | Date | null, seconds: boolean): string {
    if (!value) return '—';
    const date = typeof value === 'string' ? new Date(value) : value;
    return new Intl.DateTimeFormat(this.tag, {
      timeZone: this.timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' as const } : {}),
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).format(date);
  }

  /** Day only, in the document's zone. */
  day(date: Date): string {
    return new Intl.DateTimeFormat(this.tag, { timeZone: this.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  }

  /** A calendar date given as YYYY-MM-DD (no zone applies). */
  calendarDate(value: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return value;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    const style = this.style.weekday ? ({ weekday: 'short', month: 'long' } as const) : ({ month: 'short' } as const);
    return new Intl.DateTimeFormat(this.tag, { timeZone: 'UTC', ...style, day: 'numeric', year: 'numeric' }).format(date);
  }

  /** A decimal string such as "4320.74" as "4,320.74" / "4.320,74" (exact: the digits are regrouped, not parsed). */
  decimal(value: string, minPlaces = 2): string {
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
    if (!match) return value;
    const [, sign, whole, fraction = ''] = match;
    const group = this.tag === 'de-DE' ? '.' : ',';
    const point = this.tag === 'de-DE' ? ',' : '.';
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    const places = fraction.replace(/0+$/, '').padEnd(minPlaces, '0');
    return `${sign}${grouped}${places ? point + places : ''}`;
  }

  /** An exact amount with its currency, e.g. "4,320.74 EUR". */
  money(value: string, currency: string): string {
    return `${this.decimal(value)} ${currency}`;
  }

  /** An amount with 2 to 4 places (and its currency when given); "—" for none. */
  amount(value: string | number | null, currency?: string): string {
    const text = this.numeric(value, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
    return currency && text !== '—' && Number.isFinite(Number(value)) ? `${text} ${currency}` : text;
  }

  /** A decimal string such as "1500.250" shown as "1,500.25" / "1.500,25". */
  quantity(value: string): string {
    const trimmed = value.trim();
    if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return value;
    const n = Number(trimmed);
    if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER) return value;
    return new Intl.NumberFormat(this.tag, { maximumFractionDigits: 6 }).format(n);
  }

  bytes(size: number): string {
    const units = ['B', 'KB', 'MB', 'GB'];
    let value = size;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit += 1;
    }
    return `${new Intl.NumberFormat(this.tag, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
  }

  country(code: string | null): string | null {
    if (!code) return null;
    if (!/^[A-Z]{2}$/i.test(code)) return code;
    try {
      return new Intl.DisplayNames([this.tag], { type: 'region' }).of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  }

  /** A score (0–100) such as 83.33, always with 2 places; "—" for none. */
  score(value: string | number | null): string {
    return this.numeric(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  /** A mean of evaluator scores (0–10) with 1 place. */
  mean(value: number): string {
    return new Intl.NumberFormat(this.tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  }

  /** A number with at most `digits` places; "—" for none. */
  number(value: string | number | null, digits = 2): string {
    return this.numeric(value, { maximumFractionDigits: digits });
  }

  list(items: string[]): string {
    return new Intl.ListFormat(this.tag, { style: 'long', type: 'conjunction' }).format(items);
  }

  private numeric(value: string | number | null, options: Intl.NumberFormatOptions): string {
    if (value === null || value === '') return '—';
    const n = Number(value);
    if (!Number.isFinite(n)) return String(value);
    return new Intl.NumberFormat(this.tag, options).format(n);
  }
}
