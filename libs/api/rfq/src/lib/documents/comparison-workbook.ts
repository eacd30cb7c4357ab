import { Workbook, type Cell, type Worksheet } from 'exceljs';
import { Locale, RequirementCompliance, RequirementKind } from '@bc/shared/domain';
import type { RfqComparisonType } from '../dto/comparison.types';

interface Labels {
  summary: string;
  lines: string;
  requirements: string;
  supplier: string;
  currency: string;
  rate: (caseCurrency: string) => string;
  total: string;
  totalIn: (caseCurrency: string) => string;
  validUntil: string;
  paymentTerms: string;
  deliveryTerms: string;
  supplierReference: string;
  revision: string;
  complete: string;
  mustHavesNotMet: string;
  receipt: string;
  yes: string;
  no: string;
  ratesNote: (caseCurrency: string) => string;
  missingRates: (currencies: string) => string;
  position: string;
  description: string;
  requested: string;
  unit: string;
  offer: string;
  mainOffer: string;
  alternative: (n: number, description: string) => string;
  unitPrice: string;
  quantity: string;
  lineTotal: string;
  lineTotalIn: (caseCurrency: string) => string;
  leadTime: string;
  best: string;
  note: string;
  notQuoted: string;
  requirement: string;
  kind: string;
  weight: string;
  comment: string;
  kinds: Record<RequirementKind, string>;
  compliance: Record<RequirementCompliance, string>;
  unanswered: string;
  dateFormat: string;
}

const EN: Labels = {
  summary: 'Summary',
  lines: 'Lines',
  requirements: 'Requirements',
  supplier: 'Supplier',
  currency: 'Currency',
  rate: (c) => `Rate (${c} per unit)`,
  total: 'Total (quote currency)',
  totalIn: (c) => `Total (${c})`,
  validUntil: 'Valid until',
  paymentTerms: 'Payment terms',
  deliveryTerms: 'Delivery terms',
  supplierReference: 'Supplier reference',
  revision: 'Revision',
  complete: 'Every line in full',
  mustHavesNotMet: 'Must-haves not met',
  receipt: 'Receipt (SHA-256)',
  yes: 'yes',
  no: 'no',
  ratesNote: (c) => `Rate: the value of 1 unit of the quote currency in ${c}, as entered for this RFQ. Change a rate and the ${c} amounts recompute.`,
  missingRates: (list) => `No rate entered yet for: ${list}. Those amounts are not converted.`,
  position: 'Pos.',
  description: 'Description',
  requested: 'Requested quantity',
  unit: 'Unit',
  offer: 'Offer',
  mainOffer: 'As specified',
  alternative: (n, d) => `Alternative ${n}: ${d}`,
  unitPrice: 'Unit price',
  quantity: 'Quantity',
  lineTotal: 'Line total',
  lineTotalIn: (c) => `Line total (${c})`,
  leadTime: 'Lead time (days)',
  best: 'Best value',
  note: 'Note',
  notQuoted: 'not quoted',
  requirement: 'Requirement',
  kind: 'Kind',
  weight: 'Weight',
  comment: 'comment',
  kinds: { [RequirementKind.MUST_HAVE]: 'Must-have', [RequirementKind.NICE_TO_HAVE]: 'Nice-to-have' },
  compliance: { [RequirementCompliance.MET]: 'Met', [RequirementCompliance.PARTLY_MET]: 'Partly met', [RequirementCompliance.NOT_MET]: 'Not met' },
  unanswered: 'Not answered',
  dateFormat: 'yyyy-mm-dd',
};

const DE: Labels = {
  summary: 'Übersicht',
  lines: 'Positionen',
  requirements: 'Anforderungen',
  supplier: 'Lieferant',
  currency: 'Währung',
  rate: (c) => `Kurs (${c} je Einheit)`,
  total: 'Summe (Angebotswährung)',
  totalIn: (c) => `Summe (${c})`,
  validUntil: 'Gültig bis',
  paymentTerms: 'Zahlungsbedingungen',
  deliveryTerms: 'Lieferbedingungen',
  supplierReference: 'Angebotsnummer',
  revision: 'Fassung',
  complete: 'Alle Positionen voll',
  mustHavesNotMet: 'Muss-Kriterien nicht erfüllt',
  receipt: 'Quittung (SHA-256)',
  yes: 'ja',
  no: 'nein',
  ratesNote: (c) => `Kurs: der Wert von 1 Einheit der Angebotswährung in ${c}, wie für diese Anfrage erfasst. Wird ein Kurs geändert, rechnen sich die ${c}-Beträge neu.`,
  missingRates: (list) => `Noch kein Kurs erfasst für: ${list}. Diese Beträge sind nicht umgerechnet.`,
  position: 'Pos.',
  description: 'Beschreibung',
  requested: 'Angefragte Menge',
  unit: 'Einheit',
  offer: 'Angebot',
  mainOffer: 'Wie angefragt',
  alternative: (n, d) => `Alternative ${n}: ${d}`,
  unitPrice: 'Einzelpreis',
  quantity: 'Menge',
  lineTotal: 'Positionssumme',
  lineTotalIn: (c) => `Positionssumme (${c})`,
  leadTime: 'Lieferzeit (Tage)',
  best: 'Bestwert',
  note: 'Anmerkung',
  notQuoted: 'nicht angeboten',
  requirement: 'Anforderung',
  kind: 'Art',
  weight: 'Gewichtung',
  comment: 'Kommentar',
  kinds: { [RequirementKind.MUST_HAVE]: 'Muss-Kriterium', [RequirementKind.NICE_TO_HAVE]: 'Kann-Kriterium' },
  compliance: { [RequirementCompliance.MET]: 'Erfüllt', [RequirementCompliance.PARTLY_MET]: 'Teilweise erfüllt', [RequirementCompliance.NOT_MET]: 'Nicht erfüllt' },
  unanswered: 'Nicht beantwortet',
  dateFormat: 'dd.mm.yyyy',
};

export const comparisonLabels = (locale: Locale): Labels => (locale === Locale.DE ? DE : EN);

const MONEY = '#,##0.00';
const PRICE = '#,##0.00##';
const QUANTITY = '#,##0.0##';
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
export async function renderComparisonWorkbook(c: RfqComparisonType, locale: Locale, generatedAt = new Date()): Promise<Buffer> {
  const t = comparisonLabels(locale);
  const wb = new Workbook();
  wb.creator = 'Beschaffung';
  wb.created = generatedAt;
  wb.calcProperties.fullCalcOnLoad = true;

  // ---- Summary: one row per supplier ----------------------------------------------------------
  const summary = wb.addWorksheet(t.summary);
  header(
    summary,
    [
      { label: t.supplier, width: 32 },
      { label: t.currency, width: 10 },
      { label: t.rate(c.currency), width: 16, numFmt: RATE },
      { label: t.total, width: 18, numFmt: MONEY },
      { label: t.totalIn(c.currency), width: 18, numFmt: MONEY },
      { label: t.validUntil, width: 13, numFmt: t.dateFormat },
      { label: t.paymentTerms, width: 28 },
      { label: t.deliveryTerms, width: 28 },
      { label: t.supplierReference, width: 18 },
      { label: t.revision, width: 10, numFmt: '0' },
      { label: t.complete, width: 14 },
      { label: t.mustHavesNotMet, width: 16, numFmt: '0' },
      { label: t.receipt, width: 66 },
    ],
    1,
  );
  /** Where the i-th supplier's rate is, for the formulas of the other sheets. */
  const rateCell = (i: number) => `${ref(t.summary)}!$C$${i + 2}`;
  c.suppliers.forEach((s, i) => {
    const r = i + 2;
    const rate = s.currency === c.currency ? 1 : num(s.rate);
    summary.getRow(r).values = [
      s.supplierName,
      s.currency,
      rate,
      num(s.total),
      null,
      day(s.validUntil),
      s.paymentTerms,
      s.deliveryTerms,
      s.supplierReference,
      s.revision,
      s.complete ? t.yes : t.no,
      s.mustHaveNotMetKeys.length,
      s.sha256,
    ];
    if (s.total !== null) formula(summary.getCell(r, 5), `IF(C${r}="","",ROUND(D${r}*C${r},2))`, num(s.totalConverted));
    if (s.rateMissing) summary.getCell(r, 3).fill = FLAG_FILL;
    if (s.mustHaveNotMet) summary.getCell(r, 12).fill = FLAG_FILL;
  });
  let noteRow = c.suppliers.length + 3;
  summary.getCell(noteRow++, 1).value = t.ratesNote(c.currency);
  if (c.missingRates.length > 0) summary.getCell(noteRow, 1).value = t.missingRates(c.missingRates.join(', '));

  // ---- Lines: every line × supplier, alternatives below their offer ---------------------------
  const lines = wb.addWorksheet(t.lines);
  const lineColumns = [
    { label: t.position, width: 6, numFmt: '0' },
    { label: t.description, width: 36 },
    { label: t.requested, width: 12, numFmt: QUANTITY },
    { label: t.unit, width: 8 },
    { label: t.supplier, width: 28 },
    { label: t.offer, width: 28 },
    { label: t.currency, width: 10 },
    { label: t.unitPrice, width: 14, numFmt: PRICE },
    { label: t.quantity, width: 12, numFmt: QUANTITY },
    { label: t.lineTotal, width: 16, numFmt: MONEY },
    { label: t.lineTotalIn(c.currency), width: 18, numFmt: MONEY },
    { label: t.leadTime, width: 12, numFmt: '0' },
    { label: t.best, width: 10 },
    { label: t.note, width: 30 },
  ];
  header(lines, lineColumns, 2);
  let r = 2;
  const pricedRow = (supplierIndex: number, unitPrice: string, quantity: string, total: string, converted: string | null) => {
    lines.getCell(r, 8).value = Number(unitPrice);
    lines.getCell(r, 9).value = Number(quantity);
    formula(lines.getCell(r, 10), `ROUND(H${r}*I${r},2)`, Number(total));
    const rate = rateCell(supplierIndex);
    formula(lines.getCell(r, 11), `IF(${rate}="","",ROUND(J${r}*${rate},2))`, num(converted));
  };
  for (const line of c.lines) {
    line.offers.forEach((o, i) => {
      const s = c.suppliers[i];
      lines.getRow(r).values = [line.position, line.description, Number(line.quantity), line.unit, s.supplierName, t.mainOffer, s.currency];
      if (o.unitPrice !== null && o.quantity !== null && o.lineTotal !== null) {
        pricedRow(i, o.unitPrice, o.quantity, o.lineTotal, o.lineTotalConverted);
        lines.getCell(r, 12).value = o.leadTimeDays;
        lines.getCell(r, 14).value = o.note;
      } else {
        lines.getCell(r, 14).value = t.notQuoted;
      }
      if (o.best) {
        lines.getCell(r, 13).value = t.best;
        fillRow(lines, r, lineColumns.length, BEST_FILL);
      }
      r++;
      o.alternatives.forEach((a, j) => {
        lines.getRow(r).values = [line.position, line.description, Number(line.quantity), line.unit, s.supplierName, t.alternative(j + 1, a.description), s.currency];
        pricedRow(i, a.unitPrice, a.quantity, a.total, a.totalConverted);
        lines.getCell(r, 12).value = a.leadTimeDays;
        r++;
      });
    });
  }

  // ---- Requirements: compliance (and comment) per supplier -------------------------------------
  const requirements = wb.addWorksheet(t.requirements);
  header(
    requirements,
    [
      { label: t.position, width: 6, numFmt: '0' },
      { label: t.requirement, width: 44 },
      { label: t.kind, width: 16 },
      { label: t.weight, width: 10, numFmt: '0' },
      ...c.suppliers.flatMap((s) => [
        { label: s.supplierName, width: 18 },
        { label: `${s.supplierName}: ${t.comment}`, width: 30 },
      ]),
    ],
    2,
  );
  c.requirements.forEach((req, i) => {
    const row = i + 2;
    requirements.getRow(row).values = [
      req.position,
      req.text,
      t.kinds[req.kind],
      req.weight,
      ...req.answers.flatMap((a) => [a.compliance ? t.compliance[a.compliance] : t.unanswered, a.comment]),
    ];
    req.answers.forEach((a, j) => {
      if (a.mustHaveNotMet) requirements.getCell(row, 5 + 2 * j).fill = FLAG_FILL;
    });
  });

  const wrap = (ws: Worksheet, last: number) => {
    for (let n = 2; n <= last; n++) ws.getRow(n).alignment = { vertical: 'top', wrapText: true };
  };
  wrap(summary, c.suppliers.length + 1);
  wrap(lines, r - 1);
  wrap(requirements, c.requirements.length + 1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
