import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stream, type AddWorksheetOptions, type AutoFilter, type Cell, type Row, type Worksheet } from 'exceljs';
import { Locale } from '@bc/shared/domain';
import { translator } from '@bc/shared/i18n/documents';
import type { ComparisonSupplierType } from '../dto/comparison.types';
import type { StreamedComparison } from '../services/comparison.service';
import type { WorkbookColumns, WorkbookSheets, WorkbookSheetsWriter } from '../services/comparison-workbook-sheets';

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

type Columns = WorkbookColumns;

/** The sheet options the streaming writer needs before the first row: frozen header, filter, print setup, header and footer. */
function sheetOptions(name: string, columns: Columns, freezeColumns: number, page: PageTexts): Partial<AddWorksheetOptions> & { autoFilter: AutoFilter } {
  return {
    views: [{ state: 'frozen', ySplit: 1, xSplit: freezeColumns }],
    autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } },
    // Printed: landscape A4, one page wide, the header row on every page, the RFQ and time in the
    // header and footer.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    headerFooter: {
      oddHeader: `&L${excelHeaderText(page.title)}&R${excelHeaderText(name)}`,
      oddFooter: `&L${excelHeaderText(page.footer)}&R&P / &N`,
    },
  };
}

/** A sheet with its header row written (bold, filled, wrapped) and committed. */
function addSheet(wb: stream.xlsx.WorkbookWriter, name: string, columns: Columns, freezeColumns: number, page: PageTexts): Worksheet {
  const ws = wb.addWorksheet(name, sheetOptions(name, columns, freezeColumns, page));
  ws.columns = columns.map((c) => ({ header: c.label, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.numFmt = 'General';
  });
  row.commit();
  return ws;
}

/** A data row is wrapped and aligned to the top (every cell it has), then written out. */
function commitRow(row: Row): void {
  row.alignment = { vertical: 'top', wrapText: true };
  row.commit();
}

function fillRow(row: Row, columns: number, fill: typeof BEST_FILL | typeof FLAG_FILL): void {
  for (let c = 1; c <= columns; c++) row.getCell(c).fill = fill;
}

/**
 * Lets the zip compress what was written and the response send it before more rows are made: every
 * {@link PACE_ROWS} rows, until the sheet's zip entry has taken its input (it starts when the sheet
 * before is zipped) and its compressor has caught up, and the client has taken what it was sent.
 * exceljs writes a sheet into its zip entry without waiting (its StreamBuf ignores backpressure),
 * so without this a sheet's whole XML would wait in memory for the compressor.
 */
const PACE_ROWS = 100;
/** Whether a writable holds its high-water mark or more (archiver's streams are readable-stream 2's: no `writableLength`). */
const congested = (stream: Writable) => {
  const state = (stream as unknown as { _writableState?: { length: number; highWaterMark: number } })._writableState;
  return (stream.writableLength ?? state?.length ?? 0) >= (stream.writableHighWaterMark ?? state?.highWaterMark ?? 16384);
};
async function pace(ws: Worksheet, output: Writable, rowNumber: number): Promise<void> {
  if (rowNumber % PACE_ROWS !== 0) return;
  const sheet = (ws as unknown as { stream: { pipes: Writable[] } }).stream;
  for (;;) {
    const entry = sheet.pipes[0];
    if (entry && congested(entry)) await once(entry, 'drain');
    else if (congested(output)) await once(output, 'drain');
    else await new Promise((resolve) => setImmediate(resolve));
    if (sheet.pipes[0] && !congested(sheet.pipes[0]) && !congested(output)) return;
  }
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

/** What every sheet prints in its header and footer. */
interface PageTexts {
  title: string;
  footer: string;
}

/** What the sheets are written with: the comparison, the words, the file's facts and the output (for pacing). */
interface SheetFacts {
  wb: stream.xlsx.WorkbookWriter;
  c: StreamedComparison;
  t: Labels;
  page: PageTexts;
  output: Writable;
}

/** "Summary": one row per supplier, the converted total as a formula on its rate, then the notes and what the file is. */
async function summarySheet({ wb, c, t, page, output }: SheetFacts, about: ComparisonWorkbookContext, generated: string, dateFormat: string): Promise<void> {
  const summary = addSheet(
    wb,
    t('summary'),
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
    page,
  );
  for (const [i, s] of c.suppliers.entries()) {
    const r = i + 2;
    const row = summary.getRow(r);
    const rate = s.currency === c.currency ? 1 : num(s.rate);
    row.values = [s.supplierName, s.currency, rate, null, null, day(s.validUntil), s.paymentTerms, s.deliveryTerms, s.supplierReference, s.revision, s.complete ? t('yes') : t('no'), s.mustHaveNotMetKeys.length, s.sha256];
    if (s.total !== null) {
      // The supplier's total is the sum of its offers as specified on the Lines sheet.
      const L = ref(t('lines'));
      formula(row.getCell(4), `SUMIFS(${L}!$J:$J,${L}!$E:$E,$A${r},${L}!$F:$F,"${t('mainOffer').replace(/"/g, '""')}")`, num(s.total));
      formula(row.getCell(5), `IF(C${r}="","",ROUND(D${r}*C${r},2))`, num(s.totalConverted));
    }
    if (s.rateMissing) row.getCell(3).fill = FLAG_FILL;
    if (s.mustHaveNotMet) row.getCell(12).fill = FLAG_FILL;
    commitRow(row);
    await pace(summary, output, r);
  }
  let noteRow = c.suppliers.length + 3;
  const note = (write: (row: Row) => void) => {
    const row = summary.getRow(noteRow++);
    write(row);
    row.commit();
  };
  note((row) => (row.getCell(1).value = t('ratesNote', { currency: c.currency })));
  if (c.missingRates.length > 0) note((row) => (row.getCell(1).value = t('missingRates', { list: c.missingRates.join(', ') })));
  noteRow++;
  for (const [label, value] of [
    [t('rfq'), page.title],
    [t('purchaseCase'), `${about.caseReference} – ${about.caseTitle}`],
    [t('generated'), generated],
    [t('generatedBy'), about.userName],
  ]) {
    note((row) => {
      row.getCell(1).value = label;
      row.getCell(1).font = { bold: true };
      row.getCell(2).value = value;
    });
  }
  summary.commit();
}

/** Where the i-th supplier's rate is on the Summary, for the formulas of the other sheets. */
const rateCell = (t: Labels, i: number) => `${ref(t('summary'))}!$C$${i + 2}`;

/** One offer's priced cells on a Lines row: the price and quantity as numbers, the totals as formulas with their results. */
function pricedCells(row: Row, rate: string, unitPrice: string, quantity: string, total: string, converted: string | null): void {
  const r = row.number;
  row.getCell(8).value = Number(unitPrice);
  row.getCell(9).value = Number(quantity);
  row.getCell(9).numFmt = quantityFormat(Number(quantity));
  formula(row.getCell(10), `ROUND(H${r}*I${r},2)`, Number(total));
  formula(row.getCell(11), `IF(${rate}="","",ROUND(J${r}*${rate},2))`, num(converted));
}

/** "Lines": every line × supplier, alternatives below their offer, written row by row. */
async function linesSheet({ wb, c, t, page, output }: SheetFacts): Promise<void> {
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
  const lines = addSheet(wb, t('lines'), lineColumns, 2, page);
  let r = 2;
  for (const line of c.lines) {
    const requested = Number(line.quantity);
    const lineRow = (offer: string, supplier: ComparisonSupplierType): Row => {
      const row = lines.getRow(r++);
      row.values = [line.position, line.description, requested, line.unit, supplier.supplierName, offer, supplier.currency];
      row.getCell(3).numFmt = quantityFormat(requested);
      return row;
    };
    for (const [i, o] of line.offers.entries()) {
      const s = c.suppliers[i];
      const row = lineRow(t('mainOffer'), s);
      if (o.unitPrice !== null && o.quantity !== null && o.lineTotal !== null) {
        pricedCells(row, rateCell(t, i), o.unitPrice, o.quantity, o.lineTotal, o.lineTotalConverted);
        row.getCell(12).value = o.leadTimeDays;
        row.getCell(14).value = o.note;
      } else {
        row.getCell(14).value = t('notQuoted');
      }
      if (o.best) {
        row.getCell(13).value = t('best');
        fillRow(row, lineColumns.length, BEST_FILL);
      }
      commitRow(row);
      for (const [j, a] of o.alternatives.entries()) {
        const alternative = lineRow(t('alternative', { n: j + 1, description: a.description }), s);
        pricedCells(alternative, rateCell(t, i), a.unitPrice, a.quantity, a.total, a.totalConverted);
        alternative.getCell(12).value = a.leadTimeDays;
        commitRow(alternative);
      }
      await pace(lines, output, r);
    }
  }
  lines.commit();
}

/** "Requirements": compliance (and comment) per supplier, must-haves not met filled red. */
async function requirementsSheet({ wb, c, t, page, output }: SheetFacts): Promise<void> {
  const requirements = addSheet(
    wb,
    t('requirements'),
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
    page,
  );
  for (const [i, req] of c.requirements.entries()) {
    const row = requirements.getRow(i + 2);
    row.values = [
      req.position,
      req.text,
      t.pick('kinds', req.kind) ?? req.kind,
      req.weight,
      ...req.answers.flatMap((a) => [a.compliance ? t.pick('compliance', a.compliance) : t('unanswered'), a.comment]),
    ];
    req.answers.forEach((a, j) => {
      if (a.mustHaveNotMet) row.getCell(5 + 2 * j).fill = FLAG_FILL;
    });
    commitRow(row);
    await pace(requirements, output, i + 2);
  }
  requirements.commit();
}

/**
 * exceljs's streaming writer writes the workbook's calculation properties empty: the buyer's
 * spreadsheet is to recalculate every formula when the file is opened (a rate changed there
 * changes the totals), so `fullCalcOnLoad` is added to what it writes.
 */
class RecalculatingWorkbookWriter extends stream.xlsx.WorkbookWriter {
  override addWorkbook(): Promise<void> {
    const zip = (this as unknown as { zip: { append(source: unknown, data: { name: string }): unknown } }).zip;
    const append = zip.append.bind(zip);
    zip.append = (source, data) => append(data.name === '/xl/workbook.xml' && typeof source === 'string' ? source.replace('<calcPr ', '<calcPr fullCalcOnLoad="1" ') : source, data);
    return super.addWorkbook();
  }
}

/**
 * Writes the workbook to `output` (the HTTP response) as it is made: each row is committed, so
 * neither the sheets nor the zip are held in memory, and the writing waits while the client has not
 * taken what it was sent. Everything that can refuse the download is checked before this starts:
 * once the first byte is out, the status is sent.
 */
export async function writeComparisonWorkbook(
  c: StreamedComparison,
  locale: Locale,
  about: ComparisonWorkbookContext,
  output: Writable,
  generatedAt = new Date(),
  contributed: readonly WorkbookSheetsWriter[] = [],
): Promise<void> {
  const t = comparisonLabels(locale);
  const wb = new RecalculatingWorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true });
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
  const page = { title: wb.title, footer: `${t('generated')}: ${generated} · ${about.userName}` };
  const facts: SheetFacts = { wb, c, t, page, output };

  await summarySheet(facts, about, generated, DATE_FORMAT[locale]);
  await linesSheet(facts);
  await requirementsSheet(facts);
  const sheets: WorkbookSheets = {
    locale,
    formats: { money: MONEY, price: PRICE, quantity: quantityFormat },
    addSheet: (name, columns, freezeColumns) => addSheet(wb, name, columns, freezeColumns, page),
    commitRow,
    pace: (ws, rowNumber) => pace(ws, output, rowNumber),
  };
  for (const write of contributed) await write(sheets);
  await wb.commit();
}
