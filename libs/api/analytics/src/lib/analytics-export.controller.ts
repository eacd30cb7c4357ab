import { Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { Ctx, RequestContext, validationFailed } from '@bc/api/core';
import { assertCan, sendDownload, SignedInController } from '@bc/api/files';
import { CSV_FORMATS, guardCell } from '@bc/api/suppliers';
import { Locale, Permission } from '@bc/shared/domain';
import { AnalyticsChart, AnalyticsFilter, CycleTimeDimension } from './dto/analytics.inputs';
import { chartTable, ChartTable } from './analytics-tables';
import { AnalyticsService } from './services/analytics.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isLocale = (value: string): value is Locale => (Object.values(Locale) as string[]).includes(value);

/**
 * GET /api/analytics/<chart>.csv|.xlsx?filter=<the GraphQL filter as JSON>&dimension=&locale=de
 * downloads the table of one chart (the one the page shows as its accessible alternative) with the
 * same filter as the chart. A bad filter answers 400 with the GraphQL query's code and field
 * (`VALIDATION_FAILED`, `filter.to`). The CSV follows the directory export: a BOM, and for German
 * Excel semicolons and decimal commas; cells a spreadsheet would run as formulas are quoted.
 */
@SignedInController('api/analytics')
export class AnalyticsExportController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get(':file')
  async export(@Ctx() ctx: RequestContext, @Param('file') file: string, @Query() query: Record<string, string | undefined>, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.ANALYTICS_READ);
    const m = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
    const chart = m ? (m[1].toUpperCase().replace(/-/g, '_') as AnalyticsChart) : null;
    if (!m || !chart || !Object.values(AnalyticsChart).includes(chart)) {
      throw validationFailed('chart', `Name a chart and a format, e.g. spend-by-category.csv (charts: ${Object.values(AnalyticsChart).map((c) => c.toLowerCase().replace(/_/g, '-')).join(', ')})`);
    }
    let raw: unknown = {};
    try {
      raw = query['filter'] ? JSON.parse(query['filter']) : {};
    } catch {
      throw validationFailed('filter', 'The filter is the GraphQL AnalyticsFilter as JSON');
    }
    const filter = plainToInstance(AnalyticsFilter, raw);
    const problems = await validate(filter, { forbidUnknownValues: false });
    if (problems.length > 0) throw validationFailed(`filter.${problems[0].property}`, Object.values(problems[0].constraints ?? {})[0] ?? 'is not valid');
    const dimension = (query['dimension'] ?? CycleTimeDimension.PURCHASE_TYPE) as CycleTimeDimension;
    if (!Object.values(CycleTimeDimension).includes(dimension)) throw validationFailed('dimension', `dimension is one of ${Object.values(CycleTimeDimension).join(', ')}`);
    const locale = (query['locale'] ?? Locale.EN).toLowerCase();
    if (!isLocale(locale)) throw validationFailed('locale', `locale must be one of ${Object.values(Locale).join(', ')}`);

    const scope = await this.analytics.scope(ctx, filter);
    const data = await this.chartData(ctx, chart, scope, dimension);
    const table = chartTable(chart, data, locale);
    const name = `${m[1]}-${scope.from}-${scope.to}.${m[2]}`;
    if (m[2] === 'csv') {
      sendDownload(res, { name, contentType: 'text/csv; charset=utf-8', body: Buffer.from(toCsv(table, locale), 'utf8') });
    } else {
      sendDownload(res, { name, contentType: XLSX, body: await toXlsx(table, m[1].slice(0, 31), scope.currency) });
    }
  }

  private chartData(ctx: RequestContext, chart: AnalyticsChart, scope: Awaited<ReturnType<AnalyticsService['scope']>>, dimension: CycleTimeDimension): Promise<unknown> {
    const a = this.analytics;
    const by: Record<AnalyticsChart, () => Promise<unknown>> = {
      CYCLE_TIME: () => a.cycleTime(ctx, scope, dimension),
      SAVINGS: () => a.savings(ctx, scope),
      COMPETITION: () => a.competition(ctx, scope),
      WIN_RATE: () => a.winRates(ctx, scope, 500),
      SPEND_BY_CATEGORY: () => a.spend(ctx, scope),
      CONCENTRATION: () => a.concentration(ctx, scope),
      TAIL_SPEND: () => a.tailSpend(ctx, scope),
      APPROVAL_LEAD_TIME: () => a.approvalLeadTimes(ctx, scope),
      DELIVERY: () => a.delivery(ctx, scope),
      KRALJIC: () => a.kraljic(ctx, scope),
    };
    return by[chart]();
  }
}

export function toCsv(table: ChartTable, locale: Locale): string {
  const format = CSV_FORMATS[locale];
  const cell = (kind: string, v: string | number | null) =>
    v === null ? '' : kind === 'text' ? guardCell(String(v)) : String(v).replace('.', format.decimal);
  return stringify(
    table.rows.map((r) => table.columns.map((c) => cell(c.kind, r[c.key] ?? null))),
    { header: true, columns: table.columns.map((c) => c.label), bom: true, delimiter: format.delimiter },
  );
}

export async function toXlsx(table: ChartTable, sheet: string, currency: string): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.columns.map((c) => ({
    header: c.kind === 'money' ? `${c.label} (${currency})` : c.label,
    key: c.key,
    width: Math.max(12, Math.min(40, c.label.length + 4)),
    ...(c.kind === 'money' ? { style: { numFmt: '#,##0.00' } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of table.rows) {
    ws.addRow(Object.fromEntries(table.columns.map((c) => [c.key, c.kind === 'money' && r[c.key] !== null ? Number(r[c.key]) : r[c.key]])));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
