import { Workbook, type Cell, type Worksheet } from 'exceljs';
import { Locale } from '@bc/shared/domain';
import { translator } from '@bc/shared/i18n/documents';
import type { RfqComparisonType } from '../dto/comparison.types';

/** The workbook's words (`documents.comparisonWorkbook` in the shared catalogue). */
const comparisonLabels = (locale: Locale) => translator(locale, 'documents.comparisonWorkbook');
type Labels = ReturnType<typeof comparisonLabels>;

/** Excel's date format for the reader's language (a format, not a word: it stays with the layout). */
const DATE_FORMAT: Record<Locale, string> = { [Locale.EN]: 'yyyy-mm-dd', [Locale.DE]: 'dd.mm.yyyy' };

const MONEY = '#,##0.00';
const PRICE = '#,##0.00##';
/** Whole quantities without decimals ("4", not "4.0"); others with the places they have. */
const quantityFormat = (q: number): string => (Number.isInteger(q) ? '#,##0' : '#,##0.0#####');
const RATE = '0.00######';
const BEST_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } } as const;
const FLAG_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const;

const num = (d: string | null): number | null => (d === null ? null : Number(d));
/** A `YYYY-MM-DD` date as the UTC midnight exceljs writes as that day. */
const day = (d: string | null): Date | null => (d ? new Date(`${d}T00:00:00Z`) : null);
/** A sheet name inside a formula. */
const ref = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function header(ws: Worksheet, columns: Array<{ label: string; width: number; numFmt?: string }>, freezeColumns = 0): void {
  ws.columns = columns.map((c) => ({ header: c.label, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.numFmt = 'General';
  });
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: freezeColumns }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function fillRow(ws: Worksheet, rowNumber: number, columns: number, fill: typeof BEST_FILL | typeof FLAG_FILL): void {
  for (let c = 1; c <= columns; c++) ws.getCell(rowNumber, c).fill = fill;
}

/** Text inside an Excel header or footer: "&" starts a code there, so it is doubled. */
const excelHeaderText = (text: string) => text.replace(/&/g, '&&');

const formula = (cell: Cell, text: string, result: number | string | null) => {
  cell.value = { formula: text, result: result ?? '' };
};

/**
 * The comparison as a workbook a buyer can work with: "Summary" (one row per supplier, the rate and
 * the converted total as a formula on it), "Lines" (every line × supplier, line totals as formulas
 * =price×quantity, the converted total from the Summary's rate, the best value filled green) and
 * "Requirements" (compliance per supplier, must-haves not met filled red). Numbers are numbers with
 * number formats; header rows are frozen; labels follow `locale`. Every formula carries its result,
 * so a reader that does not calculate sees the server's values; the buyer's spreadsheet recalculates
 * when a rate is changed.
 */
export interface ComparisonWorkbookContext {
  rfqTitle: string;
  caseReference: string;
  caseTitle: string;
  /** The user who downloads it. */
  userName: string;
  /** IANA zone in which the generation time is shown (with UTC). */
  timeZone: string;
}

/** "Summary": one row per supplier, the converted total as a formula on its rate, then the notes and what the file is. */
function summarySheet(wb: Workbook, c: RfqComparisonType, t: Labels, about: ComparisonWorkbookContext, generated: string, dateFormat: string): Worksheet {
  const summary = wb.addWorksheet(t('summary'));
  header(
    summary,
    [
      { label: t('supplier'), width: 32 },
      { label: t('currency'), width: 10 },
      { label: t('rate', { currency: c.currency }), width: 16, numFmt: RATE },
      { label: t('total'), width: 18, numFmt: MONEY },
      { label: t('totalIn', { currency: c.currency }), width: 18, numFmt: MONEY },
      { label: t('validUntil'), width: 13, numFmt: dateFormat },
      { label: t('paymentTerms'), width: 28 },
      { label: t('deliveryTerms'), width: 28 },
      { label: t('supplierReference'), width: 18 },
      { label: t('revision'), width: 10, numFmt: '0' },
      { label: t('complete'), width: 14 },
      { label: t('mustHavesNotMet'), width: 16, numFmt: '0' },
      { label: t('receipt'), width: 66 },
    ],
    1,
  );
  c.suppliers.forEach((s, i) => {
    const r = i + 2;
    const rate = s.currency === c.currency ? 1 : num(s.rate);
    summary.getRow(r).values = [
      s.supplierName,
      s.currency,
      rate,
      null,
      null,
      day(s.validUntil),
      s.paymentTerms,
      s.deliveryTerms,
      s.supplierReference,
      s.revision,
      s.complete ? t('yes') : t('no'),
      s.mustHaveNotMetKeys.length,
      s.sha256,
    ];
    if (s.total !== null) {
      // The supplier's total is the sum of its offers as specified on the Lines sheet.
      const L = ref(t('lines'));
      formula(summary.getCell(r, 4), `SUMIFS(${L}!$J:$J,${L}!$E:$E,$A${r},${L}!$F:$F,"${t('mainOffer').replace(/"/g, '""')}")`, num(s.total));
      formula(summary.getCell(r, 5), `IF(C${r}="","",ROUND(D${r}*C${r},2))`, num(s.totalConverted));
    }
    if (s.rateMissing) summary.getCell(r, 3).fill = FLAG_FILL;
    if (s.mustHaveNotMet) summary.getCell(r, 12).fill = FLAG_FILL;
  });
  let noteRow = c.suppliers.length + 3;
  summary.getCell(noteRow++, 1).value = t('ratesNote', { currency: c.currency });
  if (c.missingRates.length > 0) summary.getCell(noteRow++, 1).value = t('missingRates', { list: c.missingRates.join(', ') });
  noteRow++;
  for (const [label, value] of [
    [t('rfq'), `${c.reference} – ${about.rfqTitle}`],
    [t('purchaseCase'), `${about.caseReference} – ${about.caseTitle}`],
    [t('generated'), generated],
    [t('generatedBy'), about.userName],
  ]) {
    summary.getCell(noteRow, 1).value = label;
    summary.getCell(noteRow, 1).font = { bold: true };
    summary.getCell(noteRow++, 2).value = value;
  }
  return summary;
}

/** Where the i-th supplier's rate is on the Summary, for the formulas of the other sheets. */
const rateCell = (t: Labels, i: number) => `${ref(t('summary'))}!$C$${i + 2}`;

/** "Lines": every line × supplier, alternatives below their offer; returns the sheet and its last row. */
function linesSheet(wb: Workbook, c: RfqComparisonType, t: Labels): [Worksheet, number] {
  const lines = wb.addWorksheet(t('lines'));
  const lineColumns = [
    { label: t('position'), width: 6, numFmt: '0' },
    { label: t('description'), width: 36 },
    { label: t('requested'), width: 12 },
    { label: t('unit'), width: 8 },
    { label: t('supplier'), width: 28 },
    { label: t('offer'), width: 28 },
    { label: t('currency'), width: 10 },
    { label: t('unitPrice'), width: 14, numFmt: PRICE },
    { label: t('quantity'), width: 12 },
    { label: t('lineTotal'), width: 16, numFmt: MONEY },
    { label: t('lineTotalIn', { currency: c.currency }), width: 18, numFmt: MONEY },
    { label: t('leadTime'), width: 12, numFmt: '0' },
    { label: t('best'), width: 10 },
    { label: t('note'), width: 30 },
  ];
  header(lines, lineColumns, 2);
  let r = 2;
  const pricedRow = (supplierIndex: number, unitPrice: string, quantity: string, total: string, converted: string | null) => {
    lines.getCell(r, 8).value = Number(unitPrice);
    lines.getCell(r, 9).value = Number(quantity);
    lines.getCell(r, 9).numFmt = quantityFormat(Number(quantity));
    formula(lines.getCell(r, 10), `ROUND(H${r}*I${r},2)`, Number(total));
    const rate = rateCell(t, supplierIndex);
    formula(lines.getCell(r, 11), `IF(${rate}="","",ROUND(J${r}*${rate},2))`, num(converted));
  };
  for (const line of c.lines) {
    line.offers.forEach((o, i) => {
      const s = c.suppliers[i];
      lines.getRow(r).values = [line.position, line.description, Number(line.quantity), line.unit, s.supplierName, t('mainOffer'), s.currency];
      lines.getCell(r, 3).numFmt = quantityFormat(Number(line.quantity));
      if (o.unitPrice !== null && o.quantity !== null && o.lineTotal !== null) {
        pricedRow(i, o.unitPrice, o.quantity, o.lineTotal, o.lineTotalConverted);
        lines.getCell(r, 12).value = o.leadTimeDays;
        lines.getCell(r, 14).value = o.note;
      } else {
        lines.getCell(r, 14).value = t('notQuoted');
      }
      if (o.best) {
        lines.getCell(r, 13).value = t('best');
        fillRow(lines, r, lineColumns.length, BEST_FILL);
      }
      r++;
      o.alternatives.forEach((a, j) => {
        lines.getRow(r).values = [line.position, line.description, Number(line.quantity), line.unit, s.supplierName, t('alternative', { n: j + 1, description: a.description }), s.currency];
        lines.getCell(r, 3).numFmt = quantityFormat(Number(line.quantity));
        pricedRow(i, a.unitPrice, a.quantity, a.total, a.totalConverted);
        lines.getCell(r, 12).value = a.leadTimeDays;
        r++;
      });
    });
  }
  return [lines, r - 1];
}

/** "Requirements": compliance (and comment) per supplier, must-haves not met filled red. */
function requirementsSheet(wb: Workbook, c: RfqComparisonType, t: Labels): Worksheet {
  const requirements = wb.addWorksheet(t('requirements'));
  header(
    requirements,
    [
      { label: t('position'), width: 6, numFmt: '0' },
      { label: t('requirement'), width: 44 },
      { label: t('kind'), width: 16 },
      { label: t('weight'), width: 10, numFmt: '0' },
      ...c.suppliers.flatMap((s) => [
        { label: s.supplierName, width: 18 },
        { label: `${s.supplierName}: ${t('comment')}`, width: 30 },
      ]),
    ],
    2,
  );
  c.requirements.forEach((req, i) => {
    const row = i + 2;
    requirements.getRow(row).values = [
      req.position,
      req.text,
      t.pick('kinds', req.kind) ?? req.kind,
      req.weight,
      ...req.answers.flatMap((a) => [a.compliance ? t.pick('compliance', a.compliance) : t('unanswered'), a.comment]),
    ];
    req.answers.forEach((a, j) => {
      if (a.mustHaveNotMet) requirements.getCell(row, 5 + 2 * j).fill = FLAG_FILL;
    });
  });
  return requirements;
}

export async function renderComparisonWorkbook(c: RfqComparisonType, locale: Locale, about: ComparisonWorkbookContext, generatedAt = new Date()): Promise<Buffer> {
  const t = comparisonLabels(locale);
  const wb = new Workbook();
  wb.creator = t('creator');
  wb.lastModifiedBy = about.userName;
  wb.created = generatedAt;
  wb.modified = generatedAt;
  wb.title = `${c.reference} – ${about.rfqTitle}`;
  wb.subject = `${about.caseReference} – ${about.caseTitle}`;
  wb.keywords = [c.reference, about.caseReference].join(', ');
  const tag = locale === Locale.DE ? 'de-DE' : 'en-GB';
  const when = (zone: string) => new Intl.DateTimeFormat(tag, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(generatedAt);
  const generated = `${when(about.timeZone)} (${about.timeZone}) = ${when('UTC')} UTC`;
  wb.calcProperties.fullCalcOnLoad = true;

  const summary = summarySheet(wb, c, t, about, generated, DATE_FORMAT[locale]);
  const [lines, lastLine] = linesSheet(wb, c, t);
  const requirements = requirementsSheet(wb, c, t);

  const wrap = (ws: Worksheet, last: number) => {
    for (let n = 2; n <= last; n++) ws.getRow(n).alignment = { vertical: 'top', wrapText: true };
  };
  wrap(summary, c.suppliers.length + 1);
  wrap(lines, lastLine);
  wrap(requirements, c.requirements.length + 1);
  // Printed: landscape A4, one page wide, the header row on every page, the RFQ and time in the
  // header and footer.
  for (const ws of [summary, lines, requirements]) {
    ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
    ws.headerFooter = {
      ...ws.headerFooter,
      oddHeader: `&L${excelHeaderText(`${c.reference} – ${about.rfqTitle}`)}&R${excelHeaderText(ws.name)}`,
      oddFooter: `&L${excelHeaderText(`${t('generated')}: ${generated} · ${about.userName}`)}&R&P / &N`,
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
