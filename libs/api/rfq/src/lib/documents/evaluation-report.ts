import { CriterionKind, GLOSSARY, Locale, Role, ScoreSource, SENSITIVITY_MAX_SHIFT, WIDE_SPREAD_POINTS } from '@bc/shared/domain';
import { PdfTableDrawer, PdfTableRow, pageBottom } from './pdf-table';
import { createPdfDocument, PDF_FONT, printableDeep, TaggedPdf } from './pdf-document';


const EN_TERMS = GLOSSARY[Locale.EN];
const DE_TERMS = GLOSSARY[Locale.DE];
/**
 * The evaluation report of a closed RFQ: what the buying center decided on and why, for the case
 * file and for the deciders. The comparison summary, the criteria and weights, every evaluator's
 * score and comment per criterion and supplier (advisors' apart, not counted), the consensus and
 * its wide-spread flags, the ranking with weighted totals, and the sensitivity check in words.
 * Same look as the RFQ document (a tagged PDF/A-2b with embedded Unicode fonts), labels in the reader's language,
 * times in the configured zone (with UTC). Built from a plain object: no I/O.
 */

export interface EvaluationReportEvaluatorScore {
  evaluatorName: string;
  /** The role the score was given in: SPECIFIER, BUYER or ADVISOR. */
  role: Role;
  /** 0–10. */
  score: number;
  comment: string;
  counted: boolean;
  conflictOfInterest: boolean;
}

export interface EvaluationReportCriterionScore {
  criterionKey: string;
  /** 0–100, or null when missing (counts as 0). */
  score: number | null;
  source: ScoreSource;
  /** Mean (0–10) of the counted evaluator scores, where the score comes from evaluators. */
  mean: number | null;
  spread: number | null;
  wideSpread: boolean;
  /** Every current evaluator score on this criterion and supplier. */
  scores: EvaluationReportEvaluatorScore[];
}

export interface EvaluationReportData {
  locale: Locale;
  /** IANA zone in which times are shown (UTC is also given), e.g. 'Europe/Berlin'. */
  timeZone: string;
  buyer: { name: string };
  purchaseCase: { reference: string; title: string };
  rfq: { reference: string; title: string; currency: string; closedAt: Date | null };
  /** The rates the comparable totals were converted with: 1 `currency` = `rate` RFQ currency. */
  exchangeRates: Array<{ currency: string; rate: string; setAt: Date; setByName: string | null }>;
  /** Quote currencies without a rate: those quotes have no comparable total and no price score. */
  missingRates: string[];
  /** Specification lines of the RFQ (for "lines quoted"). */
  lineCount: number;
  /** The comparison summary, one entry per supplier that quoted. */
  comparison: Array<{
    supplierName: string;
    currency: string;
    /** Quote total in the quote currency. */
    total: string | null;
    /** Quote total in the RFQ currency; null when its rate is missing. */
    comparableTotal: string | null;
    /** YYYY-MM-DD. */
    validUntil: string | null;
    linesQuoted: number;
    /** Every line quoted in full. */
    complete: boolean;
    mustHavesNotMet: Array<{ position: number; text: string }>;
  }>;
  criteria: Array<{ key: string; name: string; kind: CriterionKind; weight: number }>;
  /** Ranked: highest total first (equal totals share a rank). */
  suppliers: Array<{
    supplierName: string;
    rank: number;
    /** Weighted total 0–100. */
    total: number;
    /** Keys of the criteria without a score. */
    missing: string[];
    comparableTotal: string | null;
    performanceScore: number | null;
    /** In the order of `criteria`. */
    criteria: EvaluationReportCriterionScore[];
  }>;
  rankingComplete: boolean;
  /** Null when no supplier has quoted. */
  sensitivity: {
    stable: boolean;
    leaderName: string;
    changes: Array<{ criterionKey: string; shift: number; newLeaderName: string }>;
  } | null;
  generatedAt: Date;
}

interface Labels {
  docTitle: string;
  confidential: string;
  purchaseCase: string;
  closedAt: string;
  notClosed: string;
  currency: string;
  incomplete: string;
  incompleteNote: (list: string) => string;
  missingRatesNote: (list: string, currency: string) => string;
  result: string;
  rank: string;
  supplier: string;
  weightedTotal: string;
  comparableTotal: (currency: string) => string;
  missingScores: string;
  noneMissing: string;
  noQuotes: string;
  sensitivity: string;
  sensitivityNone: string;
  sensitivitySingle: (leader: string) => string;
  sensitivityStable: (leader: string) => string;
  sensitivityUnstable: (leader: string) => string;
  sensitivityChange: (p: { criterion: string; from: number; to: number; shift: string; leader: string }) => string;
  sensitivityUnmoved: (criteria: string) => string;
  sensitivityTie: (names: string) => string;
  sensitivityIncomplete: string;
  comparison: string;
  quoteTotal: string;
  validUntil: string;
  linesQuoted: string;
  linesOf: (n: number, total: number) => string;
  partial: string;
  mustHavesNotMet: string;
  none: string;
  notConverted: string;
  rates: (currency: string) => string;
  rateLine: (p: { currency: string; rate: string; rfqCurrency: string; by: string | null; at: string }) => string;
  noRates: string;
  criteria: string;
  criterion: string;
  assessedBy: string;
  weight: string;
  total: string;
  kinds: Record<CriterionKind, string>;
  scores: string;
  scoresNote: string;
  weightOf: (w: number) => string;
  score: string;
  weighted: string;
  consensus: string;
  evaluators: string;
  missing: string;
  missingNote: string;
  meanSpread: (mean: string, spread: number) => string;
  wideSpread: string;
  noCounted: string;
  noScores: string;
  fromPrice: (total: string) => string;
  fromPriceMissing: string;
  fromPerformance: (score: string) => string;
  notUsed: string;
  advisory: string;
  conflict: string;
  roles: Partial<Record<Role, string>>;
  generated: string;
  page: (n: number, total: number) => string;
  defaultCriterionNames: Record<string, string>;
}

const EN: Labels = {
  docTitle: 'Evaluation report',
  confidential: 'Confidential',
  purchaseCase: 'Purchase case',
  closedAt: 'Quotes opened',
  notClosed: 'not closed',
  currency: 'Evaluation currency',
  incomplete: 'Ranking incomplete',
  incompleteNote: (list) => `Scores are missing for: ${list}. A missing score counts as 0 in the weighted total, so the ranking may still change.`,
  missingRatesNote: (list, c) => `No exchange rate has been entered for ${list}: those quotes have no total in ${c} and no price score yet.`,
  result: 'Ranking',
  rank: 'Rank',
  supplier: 'Supplier',
  weightedTotal: 'Weighted total\n(0–100)',
  comparableTotal: (c) => `Comparable total (${c})`,
  missingScores: 'Missing scores',
  noneMissing: '—',
  noQuotes: 'No supplier submitted a quote: there is nothing to evaluate.',
  sensitivity: 'Sensitivity of first place',
  sensitivityNone: 'No supplier has quoted, so there is no first place to test.',
  sensitivitySingle: (leader) => `${leader} is the only supplier that quoted: no change of the weights can change first place.`,
  sensitivityStable: (leader) =>
    `${leader} stays first when any single weight moves by up to ±${SENSITIVITY_MAX_SHIFT} points (the other weights rescaled in proportion). The result does not hinge on the exact weights.`,
  sensitivityUnstable: (leader) =>
    `${leader} is first with the agreed weights, but first place changes when a single weight moves by ${SENSITIVITY_MAX_SHIFT} points or less (the other weights rescaled in proportion):`,
  sensitivityChange: ({ criterion, from, to, shift, leader }) => `${criterion} weighted ${to} instead of ${from} (${shift} points) would put ${leader} first.`,
  sensitivityUnmoved: (list) => `No shift of up to ±${SENSITIVITY_MAX_SHIFT} points of ${list} changes first place.`,
  sensitivityTie: (names) => `${names} share first place with equal totals; the check starts from the first of them by name.`,
  sensitivityIncomplete: 'The check uses the scores given so far (a missing score counts as 0).',
  comparison: 'Comparison summary',
  quoteTotal: 'Quote total',
  validUntil: 'Valid until',
  linesQuoted: 'Lines quoted',
  linesOf: (n, total) => `${n} of ${total}`,
  partial: 'some only in part',
  mustHavesNotMet: 'Must-haves not met',
  none: 'none',
  notConverted: 'no rate',
  rates: (c) => `Exchange rates used (value of 1 unit in ${c})`,
  rateLine: ({ currency, rate, rfqCurrency, by, at }) => `1 ${currency} = ${rate} ${rfqCurrency}, entered${by ? ` by ${by}` : ''} on ${at}`,
  noRates: 'Every quote is in the evaluation currency: no conversion was needed.',
  criteria: 'Criteria and weights',
  criterion: 'Criterion',
  assessedBy: 'How it is scored',
  weight: 'Weight',
  total: 'Total',
  kinds: {
    [CriterionKind.PRICE]: 'Calculated: 100 × lowest comparable total ÷ the supplier’s total',
    [CriterionKind.TECHNICAL]: 'Specifiers’ scores (0–10), mean × 10',
    [CriterionKind.COMMERCIAL]: 'Buyers’ scores (0–10), mean × 10',
    [CriterionKind.RELIABILITY]: 'Recorded delivery performance where there is history; otherwise specifiers’ and buyers’ scores',
  },
  scores: 'Scores per criterion',
  scoresNote: `Evaluators score 0–10 with a comment; the mean of the counted scores × 10 is the criterion score (0–100). Scores ${WIDE_SPREAD_POINTS} or more points apart are flagged for discussion. Advisors’ scores are shown apart and do not count, nor do the scores of a member who declared a conflict of interest with the supplier.`,
  weightOf: (w) => `weight ${w}`,
  score: 'Score',
  weighted: 'Weighted',
  consensus: 'Consensus',
  evaluators: 'Evaluators’ scores (0–10) and comments',
  missing: 'missing',
  missingNote: 'counts as 0',
  meanSpread: (mean, spread) => `mean ${mean}\nspread ${spread}`,
  wideSpread: 'Wide spread: discuss',
  noCounted: 'no counted score',
  noScores: 'No scores yet.',
  fromPrice: (total) => `Calculated from the comparable total ${total}.`,
  fromPriceMissing: 'No comparable total (exchange rate missing): no price score.',
  fromPerformance: (score) => `From the recorded delivery performance: ${score}.`,
  notUsed: 'Not used (performance history decides)',
  advisory: 'Advisory, not counted',
  conflict: 'Not counted: conflict of interest declared',
  roles: EN_TERMS.roles,
  generated: 'Generated',
  page: (n, total) => `Page ${n} of ${total}`,
  defaultCriterionNames: {},
};

const DE: Labels = {
  docTitle: 'Bewertungsbericht',
  confidential: 'Vertraulich',
  purchaseCase: 'Beschaffungsvorgang',
  closedAt: 'Angebote geöffnet',
  notClosed: 'nicht geschlossen',
  currency: 'Bewertungswährung',
  incomplete: 'Rangfolge unvollständig',
  incompleteNote: (list) => `Es fehlen Bewertungen für: ${list}. Eine fehlende Bewertung zählt in der gewichteten Summe als 0; die Rangfolge kann sich noch ändern.`,
  missingRatesNote: (list, c) => `Für ${list} wurde noch kein Wechselkurs erfasst: Diese Angebote haben noch keine Summe in ${c} und keine Preisbewertung.`,
  result: 'Rangfolge',
  rank: 'Rang',
  supplier: 'Lieferant',
  weightedTotal: 'Gewichtete Summe\n(0–100)',
  comparableTotal: (c) => `Vergleichssumme (${c})`,
  missingScores: 'Fehlende Bewertungen',
  noneMissing: '—',
  noQuotes: 'Kein Lieferant hat ein Angebot abgegeben: Es gibt nichts zu bewerten.',
  sensitivity: 'Stabilität des ersten Platzes',
  sensitivityNone: 'Kein Lieferant hat angeboten; es gibt keinen ersten Platz zu prüfen.',
  sensitivitySingle: (leader) => `${leader} hat als einziger Lieferant angeboten: Keine Änderung der Gewichte kann den ersten Platz ändern.`,
  sensitivityStable: (leader) =>
    `${leader} bleibt auf dem ersten Platz, wenn sich ein einzelnes Gewicht um bis zu ±${SENSITIVITY_MAX_SHIFT} Punkte ändert (die übrigen Gewichte anteilig angepasst). Das Ergebnis hängt nicht an den genauen Gewichten.`,
  sensitivityUnstable: (leader) =>
    `${leader} liegt mit den vereinbarten Gewichten vorn, doch der erste Platz wechselt, wenn sich ein einzelnes Gewicht um ${SENSITIVITY_MAX_SHIFT} Punkte oder weniger ändert (die übrigen Gewichte anteilig angepasst):`,
  sensitivityChange: ({ criterion, from, to, shift, leader }) => `${criterion} mit Gewicht ${to} statt ${from} (${shift} Punkte) brächte ${leader} auf den ersten Platz.`,
  sensitivityUnmoved: (list) => `Keine Änderung um bis zu ±${SENSITIVITY_MAX_SHIFT} Punkte bei ${list} ändert den ersten Platz.`,
  sensitivityTie: (names) => `${names} teilen sich mit gleicher Summe den ersten Platz; die Prüfung geht vom ersten nach Name aus.`,
  sensitivityIncomplete: 'Die Prüfung verwendet die bisher abgegebenen Bewertungen (eine fehlende zählt als 0).',
  comparison: 'Angebotsvergleich',
  quoteTotal: 'Angebotssumme',
  validUntil: 'Gültig bis',
  linesQuoted: 'Positionen',
  linesOf: (n, total) => `${n} von ${total}`,
  partial: 'teils nur in Teilmengen',
  mustHavesNotMet: 'Nicht erfüllte Muss-Kriterien',
  none: 'keine',
  notConverted: 'kein Kurs',
  rates: (c) => `Verwendete Wechselkurse (Wert einer Einheit in ${c})`,
  rateLine: ({ currency, rate, rfqCurrency, by, at }) => `1 ${currency} = ${rate} ${rfqCurrency}, erfasst${by ? ` von ${by}` : ''} am ${at}`,
  noRates: 'Alle Angebote sind in der Bewertungswährung: Es war keine Umrechnung nötig.',
  criteria: 'Kriterien und Gewichte',
  criterion: 'Kriterium',
  assessedBy: 'Wie bewertet wird',
  weight: 'Gewicht',
  total: 'Summe',
  kinds: {
    [CriterionKind.PRICE]: 'Berechnet: 100 × niedrigste Vergleichssumme ÷ Summe des Lieferanten',
    [CriterionKind.TECHNICAL]: `Bewertungen der ${DE_TERMS.rolesPlural.SPECIFIER} (0–10), Mittelwert × 10`,
    [CriterionKind.COMMERCIAL]: `Bewertungen der ${DE_TERMS.rolesPlural.BUYER} (0–10), Mittelwert × 10`,
    [CriterionKind.RELIABILITY]: `Erfasste Lieferleistung, soweit vorhanden; sonst Bewertungen der ${DE_TERMS.rolesPlural.SPECIFIER} und ${DE_TERMS.rolesPlural.BUYER}`,
  },
  scores: 'Bewertungen je Kriterium',
  scoresNote: `Bewertende vergeben 0–10 Punkte mit Begründung; der Mittelwert der zählenden Bewertungen × 10 ist die Bewertung des Kriteriums (0–100). Liegen Bewertungen ${WIDE_SPREAD_POINTS} oder mehr Punkte auseinander, wird das zur Klärung markiert. Bewertungen von Beratern stehen gesondert und zählen nicht, ebenso wenig die eines Mitglieds, das einen Interessenkonflikt mit dem Lieferanten erklärt hat.`,
  weightOf: (w) => `Gewicht ${w}`,
  score: 'Wert',
  weighted: 'Gewichtet',
  consensus: 'Konsens',
  evaluators: 'Bewertungen (0–10) und Begründungen',
  missing: 'fehlt',
  missingNote: 'zählt als 0',
  meanSpread: (mean, spread) => `Mittel ${mean}\nSpanne ${spread}`,
  wideSpread: 'Große Spanne: klären',
  noCounted: 'keine zählende Bewertung',
  noScores: 'Noch keine Bewertungen.',
  fromPrice: (total) => `Berechnet aus der Vergleichssumme ${total}.`,
  fromPriceMissing: 'Keine Vergleichssumme (Wechselkurs fehlt): keine Preisbewertung.',
  fromPerformance: (score) => `Aus der erfassten Lieferleistung: ${score}.`,
  notUsed: 'Nicht verwendet (die Lieferleistung entscheidet)',
  advisory: 'Beratend, zählt nicht',
  conflict: 'Zählt nicht: Interessenkonflikt erklärt',
  roles: DE_TERMS.roles,
  generated: 'Erstellt',
  page: (n, total) => `Seite ${n} von ${total}`,
  defaultCriterionNames: {
    'Supplier reliability': 'Zuverlässigkeit des Lieferanten',
    'Technical fit and quality': 'Technische Eignung und Qualität',
    Price: 'Preis',
    'Lead time and terms': 'Lieferzeit und Konditionen',
  },
};

const ACCENT = '#1f3a5f';
const TEXT = '#1a1a1a';
const MUTED = '#5b6470';
const RULE = '#c9d1db';
const WARN = '#8a5300';
const WARN_FILL = '#fff4e0';
const FLAG = '#b3261e';
const MARGIN = 50;

class Formatter {
  readonly tag: string;

  constructor(
    locale: Locale,
    private readonly timeZone: string,
  ) {
    this.tag = locale === Locale.DE ? 'de-DE' : 'en-GB';
  }

  private parts(date: Date, timeZone: string): { day: string; time: string; zone: string } {
    const day = new Intl.DateTimeFormat(this.tag, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    const time = new Intl.DateTimeFormat(this.tag, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
    const zone =
      new Intl.DateTimeFormat(this.tag, { timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
    return { day, time, zone };
  }

  /** E.g. "11 December 2026, 12:00 CET (Europe/Berlin) = 11:00 UTC". */
  dateTime(date: Date): string {
    const local = this.parts(date, this.timeZone);
    const hour = this.tag === 'de-DE' ? ' Uhr' : '';
    if (this.timeZone === 'UTC' || this.timeZone === 'Etc/UTC') return `${local.day}, ${local.time}${hour} UTC`;
    const utc = this.parts(date, 'UTC');
    const utcText = utc.day === local.day ? `${utc.time} UTC` : `${utc.day}, ${utc.time} UTC`;
    return `${local.day}, ${local.time}${hour} ${local.zone} (${this.timeZone}) = ${utcText}`;
  }

  day(date: Date): string {
    return new Intl.DateTimeFormat(this.tag, { timeZone: this.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  }

  /** A calendar date given as YYYY-MM-DD. */
  calendarDate(value: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return value;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return new Intl.DateTimeFormat(this.tag, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(date);
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

  money(value: string, currency: string): string {
    return `${this.decimal(value)} ${currency}`;
  }

  /** A score such as 83.33 with 2 places. */
  score(value: number): string {
    return new Intl.NumberFormat(this.tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  }

  /** A mean of evaluator scores (0–10) with 1 place. */
  mean(value: number): string {
    return new Intl.NumberFormat(this.tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.tag, { maximumFractionDigits: 2 }).format(value);
  }

  list(items: string[]): string {
    return new Intl.ListFormat(this.tag, { style: 'long', type: 'conjunction' }).format(items);
  }
}

class EvaluationReportWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly pdf: TaggedPdf;
  private readonly data: EvaluationReportData;
  private readonly t: Labels;
  private readonly f: Formatter;
  private readonly width: number;

  constructor(input: EvaluationReportData) {
    const data = printableDeep(input);
    this.data = data;
    this.t = data.locale === Locale.DE ? DE : EN;
    this.f = new Formatter(data.locale, data.timeZone);
    const title = `${this.t.docTitle} ${data.rfq.reference}: ${data.rfq.title}`;
    this.pdf = createPdfDocument({
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      lang: this.f.tag,
      info: {
        Title: title,
        Author: data.buyer.name,
        Subject: `${this.t.docTitle} ${data.rfq.reference}`,
        Keywords: [data.rfq.reference, data.purchaseCase.reference].join(', '),
        Creator: data.buyer.name,
        Producer: 'PDFKit',
        CreationDate: data.generatedAt,
        ModDate: data.generatedAt,
      },
    });
    this.doc = this.pdf.doc;
    this.width = this.doc.page.width - 2 * MARGIN;
  }

  render(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.titleBlock();
    this.notices();
    this.ranking();
    this.sensitivity();
    this.comparison();
    this.criteriaTable();
    this.scores();
    this.pageFurniture();
    this.pdf.end();
    this.doc.end();
    return done;
  }

  // ---- building blocks ----

  private body(size = 9.5, color = TEXT): PDFKit.PDFDocument {
    return this.doc.font(PDF_FONT.regular).fontSize(size).fillColor(color);
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > pageBottom(this.doc)) this.doc.addPage();
  }

  /** A section heading; `keep` is how much must fit below it on the same page. */
  private heading(text: string, keep = 40, size = 12): void {
    const doc = this.doc;
    if (doc.y > doc.page.margins.top + 1) doc.moveDown(size >= 12 ? 0.8 : 0.6);
    this.ensureSpace(size + 18 + keep);
    const y = doc.y;
    doc.font(PDF_FONT.bold).fontSize(size).fillColor(ACCENT).text(text, MARGIN, y, { width: this.width, structType: size >= 12 ? 'H2' : 'H3' });
    const ruleY = doc.y + 2;
    doc
      .save()
      .moveTo(MARGIN, ruleY)
      .lineTo(MARGIN + this.width, ruleY)
      .lineWidth(size >= 12 ? 0.8 : 0.4)
      .strokeColor(size >= 12 ? ACCENT : RULE)
      .stroke()
      .restore();
    doc.x = MARGIN;
    doc.y = ruleY + (size >= 12 ? 8 : 6);
    doc.fillColor(TEXT);
  }

  private paragraph(text: string, color = TEXT, size = 9.5): void {
    this.body(size, color).text(text.trim(), MARGIN, this.doc.y, { width: this.width, lineGap: 2, paragraphGap: 4 });
    this.doc.x = MARGIN;
  }

  private paragraphHeight(text: string, size = 9.5, width = this.width): number {
    return this.body(size).heightOfString(text.trim(), { width, lineGap: 2, paragraphGap: 4 });
  }

  private table(columns: Array<{ header: string; width: number; align?: 'left' | 'right' | 'center' }>, rows: PdfTableRow[], noHeader = false): PdfTableDrawer {
    // The last column takes what is left of the text width.
    const fixed = columns.slice(0, -1).reduce((s, c) => s + c.width, 0);
    const last = columns[columns.length - 1];
    const sized = [...columns.slice(0, -1), { ...last, width: this.width - fixed }];
    return new PdfTableDrawer(this.doc, { columns: sized, rows, noHeader });
  }

  private criterionName(key: string): string {
    const c = this.data.criteria.find((x) => x.key === key);
    if (!c) return key;
    return this.t.defaultCriterionNames[c.name] ?? c.name;
  }

  private role(role: Role): string {
    return this.t.roles[role] ?? role;
  }

  // ---- sections ----

  private titleBlock(): void {
    const { doc, t, data, f } = this;
    doc.y = MARGIN + 6;
    doc.font(PDF_FONT.bold).fontSize(11).fillColor(ACCENT).text(data.buyer.name, MARGIN, doc.y, { width: this.width });
    doc.moveDown(0.6);
    doc.font(PDF_FONT.bold).fontSize(22).fillColor(TEXT).text(t.docTitle, { width: this.width, structType: 'H1' });
    doc.moveDown(0.15);
    doc.font(PDF_FONT.bold).fontSize(13).fillColor(ACCENT).text(data.rfq.reference, { width: this.width, continued: true });
    doc.font(PDF_FONT.regular).fillColor(TEXT).text(`  ${data.rfq.title}`, { width: this.width });
    doc.moveDown(0.3);
    const facts: Array<[string, string]> = [
      [t.purchaseCase, `${data.purchaseCase.reference} – ${data.purchaseCase.title}`],
      [t.closedAt, data.rfq.closedAt ? f.dateTime(data.rfq.closedAt) : t.notClosed],
      [t.currency, data.rfq.currency],
    ];
    for (const [label, value] of facts) {
      doc.font(PDF_FONT.bold).fontSize(9).fillColor(MUTED).text(`${label}: `, MARGIN, doc.y, { width: this.width, continued: true });
      doc.font(PDF_FONT.regular).fillColor(TEXT).text(value);
    }
    doc.moveDown(0.6);
    const ruleY = doc.y;
    doc.save().rect(MARGIN, ruleY, this.width, 2.5).fill(ACCENT).restore();
    doc.y = ruleY + 12;
  }

  /** What the reader must know before trusting the ranking: missing scores and missing rates. */
  private notices(): void {
    const { t, data, f } = this;
    const notes: string[] = [];
    if (!data.rankingComplete) {
      const missing = data.suppliers
        .filter((s) => s.missing.length > 0)
        .map((s) => `${s.supplierName} (${s.missing.map((k) => this.criterionName(k)).join(', ')})`);
      notes.push(t.incompleteNote(missing.join('; ')));
    }
    if (data.missingRates.length > 0) notes.push(t.missingRatesNote(f.list(data.missingRates), data.rfq.currency));
    if (notes.length === 0) return;
    const doc = this.doc;
    const pad = 8;
    const inner = this.width - 2 * pad;
    const title = data.rankingComplete ? '' : t.incomplete;
    doc.font(PDF_FONT.bold).fontSize(10.5);
    const h1 = title ? doc.heightOfString(title, { width: inner }) + 3 : 0;
    doc.font(PDF_FONT.regular).fontSize(9);
    const h2 = notes.reduce((s, n) => s + doc.heightOfString(n, { width: inner, lineGap: 1.5 }) + 2, 0);
    const h = h1 + h2 + 2 * pad;
    this.ensureSpace(h + 10);
    const y = doc.y;
    doc.save().rect(MARGIN, y, this.width, h).fillAndStroke(WARN_FILL, WARN).restore();
    doc.y = y + pad;
    if (title) {
      doc.font(PDF_FONT.bold).fontSize(10.5).fillColor(WARN).text(title, MARGIN + pad, doc.y, { width: inner });
      doc.y += 3;
    }
    for (const n of notes) {
      doc.font(PDF_FONT.regular).fontSize(9).fillColor(TEXT).text(n, MARGIN + pad, doc.y, { width: inner, lineGap: 1.5 });
      doc.y += 2;
    }
    doc.x = MARGIN;
    doc.y = y + h + 4;
  }

  private ranking(): void {
    const { t, data, f } = this;
    if (data.suppliers.length === 0) {
      this.heading(t.result, 20);
      this.paragraph(t.noQuotes);
      return;
    }
    const rows: PdfTableRow[] = data.suppliers.map((s) => [
      { text: String(s.rank), bold: s.rank === 1 },
      { text: s.supplierName, bold: s.rank === 1 },
      { text: f.score(s.total), bold: true, color: s.rank === 1 ? ACCENT : TEXT },
      s.comparableTotal !== null ? f.decimal(s.comparableTotal) : { text: t.notConverted, color: MUTED },
      s.missing.length ? { text: s.missing.map((k) => this.criterionName(k)).join(', '), color: FLAG } : { text: t.noneMissing, color: MUTED },
    ]);
    const table = this.table(
      [
        { header: t.rank, width: 36 },
        { header: t.supplier, width: 165 },
        { header: t.weightedTotal, width: 90, align: 'right' },
        { header: t.comparableTotal(data.rfq.currency), width: 95, align: 'right' },
        { header: t.missingScores, width: 0 },
      ],
      rows,
    );
    this.heading(t.result, table.startHeight());
    table.draw();
  }

  private sensitivity(): void {
    const { t, data, f, doc } = this;
    const s = data.sensitivity;
    const paragraphs: string[] = [];
    const bullets: string[] = [];
    if (!s || data.suppliers.length === 0) paragraphs.push(t.sensitivityNone);
    else if (data.suppliers.length === 1) paragraphs.push(t.sensitivitySingle(s.leaderName));
    else {
      const tied = data.suppliers.filter((x) => x.rank === 1);
      if (tied.length > 1) paragraphs.push(t.sensitivityTie(f.list(tied.map((x) => x.supplierName))));
      if (s.stable) paragraphs.push(t.sensitivityStable(s.leaderName));
      else {
        paragraphs.push(t.sensitivityUnstable(s.leaderName));
        for (const c of s.changes) {
          const criterion = data.criteria.find((x) => x.key === c.criterionKey);
          const from = criterion?.weight ?? 0;
          bullets.push(
            t.sensitivityChange({
              criterion: this.criterionName(c.criterionKey),
              from,
              to: from + c.shift,
              shift: c.shift > 0 ? `+${c.shift}` : `–${Math.abs(c.shift)}`,
              leader: c.newLeaderName,
            }),
          );
        }
        const unmoved = data.criteria.filter((c) => !s.changes.some((x) => x.criterionKey === c.key)).map((c) => this.criterionName(c.key));
        if (unmoved.length > 0) bullets.push(t.sensitivityUnmoved(f.list(unmoved)));
      }
      if (!data.rankingComplete) paragraphs.push(t.sensitivityIncomplete);
    }
    const indent = 14;
    const bulletHeight = (b: string) => this.paragraphHeight(b, 9.5, this.width - indent);
    const all = paragraphs.reduce((sum, p) => sum + this.paragraphHeight(p), 0) + bullets.reduce((sum, b) => sum + bulletHeight(b), 0);
    this.heading(t.sensitivity, Math.min(all, 200));
    // The conclusion first, then the shifts that would change it.
    const [first, ...rest] = paragraphs;
    this.paragraph(first);
    for (const b of bullets) {
      this.ensureSpace(bulletHeight(b));
      const y = doc.y;
      this.body(9.5, ACCENT).text('•', MARGIN + 2, y, { width: indent, lineBreak: false });
      this.body().text(b, MARGIN + indent, y, { width: this.width - indent, lineGap: 2, paragraphGap: 4 });
      doc.x = MARGIN;
    }
    for (const p of rest) {
      this.ensureSpace(this.paragraphHeight(p));
      this.paragraph(p, MUTED);
    }
  }

  private comparison(): void {
    const { t, data, f } = this;
    if (data.comparison.length === 0) return;
    const rows: PdfTableRow[] = data.comparison.map((c) => [
      { text: c.supplierName, bold: true },
      c.total !== null ? f.money(c.total, c.currency) : '—',
      c.comparableTotal !== null ? { text: f.decimal(c.comparableTotal), bold: true } : { text: t.notConverted, color: FLAG },
      c.validUntil ? f.calendarDate(c.validUntil) : '—',
      { text: t.linesOf(c.linesQuoted, data.lineCount), notes: !c.complete && c.linesQuoted > 0 ? [t.partial] : undefined },
      c.mustHavesNotMet.length
        ? { text: c.mustHavesNotMet.map((m) => `${m.position}. ${m.text}`).join('\n'), color: FLAG }
        : { text: t.none, color: MUTED },
    ]);
    const table = this.table(
      [
        { header: t.supplier, width: 100 },
        { header: t.quoteTotal, width: 82, align: 'right' },
        { header: t.comparableTotal(data.rfq.currency), width: 95, align: 'right' },
        { header: t.validUntil, width: 62 },
        { header: t.linesQuoted, width: 56 },
        { header: t.mustHavesNotMet, width: 0 },
      ],
      rows,
    );
    this.heading(t.comparison, table.startHeight());
    table.draw();
    this.doc.moveDown(0.6);
    const rates = data.exchangeRates.map((r) =>
      t.rateLine({ currency: r.currency, rate: f.decimal(r.rate, 0), rfqCurrency: data.rfq.currency, by: r.setByName, at: f.day(r.setAt) }),
    );
    const lines = rates.length > 0 ? rates : data.missingRates.length > 0 ? [] : [t.noRates];
    if (lines.length === 0) return;
    const title = rates.length > 0 ? t.rates(data.rfq.currency) : '';
    const height = (title ? 14 : 0) + lines.reduce((s, l) => s + this.paragraphHeight(l, 9), 0);
    this.ensureSpace(Math.min(height, 120));
    if (title) this.doc.font(PDF_FONT.bold).fontSize(9).fillColor(MUTED).text(title, MARGIN, this.doc.y, { width: this.width });
    for (const l of lines) this.paragraph(l, TEXT, 9);
  }

  private criteriaTable(): void {
    const { t, data } = this;
    const rows: PdfTableRow[] = data.criteria.map((c) => [this.criterionName(c.key), { text: t.kinds[c.kind] ?? c.kind, color: MUTED }, { text: String(c.weight), bold: true }]);
    rows.push([{ text: t.total, bold: true }, '', { text: String(data.criteria.reduce((s, c) => s + c.weight, 0)), bold: true }]);
    const table = this.table(
      [
        { header: t.criterion, width: 170 },
        { header: t.assessedBy, width: 270 },
        { header: t.weight, width: 0, align: 'right' },
      ],
      rows,
    );
    // Small table: kept whole on one page.
    const height = rows.reduce((s, r) => s + table.rowHeight(r), table.headerHeight());
    this.heading(t.criteria, height < 300 ? height : table.startHeight());
    table.draw();
  }

  private scores(): void {
    const { t, data } = this;
    if (data.suppliers.length === 0) return;
    this.heading(t.scores, this.paragraphHeight(t.scoresNote, 8.5) + 120);
    this.paragraph(t.scoresNote, MUTED, 8.5);
    data.criteria.forEach((criterion, index) => {
      const rows: PdfTableRow[] = data.suppliers.map((s) => this.scoreRow(criterion, s, s.criteria.find((c) => c.criterionKey === criterion.key)));
      const table = this.table(
        [
          { header: t.supplier, width: 112 },
          { header: t.score, width: 48, align: 'right' },
          { header: t.weighted, width: 55, align: 'right' },
          { header: t.consensus, width: 80 },
          { header: t.evaluators, width: 0 },
        ],
        rows,
      );
      this.heading(`${index + 1}. ${this.criterionName(criterion.key)} – ${t.weightOf(criterion.weight)}`, table.startHeight(), 10.5);
      table.draw();
    });
  }

  private scoreRow(
    criterion: EvaluationReportData['criteria'][number],
    supplier: EvaluationReportData['suppliers'][number],
    c: EvaluationReportCriterionScore | undefined,
  ): PdfTableRow {
    const { t, f, data } = this;
    const name = { text: supplier.supplierName, bold: supplier.rank === 1, notes: [`${t.rank} ${supplier.rank}`] };
    if (!c) return [name, { text: t.missing, color: FLAG }, '', '', ''];
    const score = c.score === null ? { text: t.missing, color: FLAG } : { text: f.score(c.score), bold: true };
    const weighted = c.score === null ? { text: f.score(0), color: FLAG, notes: [t.missingNote] } : { text: f.score((c.score * criterion.weight) / 100) };

    const line = (s: EvaluationReportEvaluatorScore) => `${s.score} – ${s.evaluatorName} (${this.role(s.role)}): ${s.comment}`;
    const counted = c.scores.filter((s) => s.counted);
    const advisory = c.scores.filter((s) => !s.counted && !s.conflictOfInterest);
    const conflicted = c.scores.filter((s) => s.conflictOfInterest);
    const apart = [...conflicted.map((s) => `${t.conflict}: ${line(s)}`), ...advisory.map((s) => `${t.advisory}: ${line(s)}`)];

    if (c.source === ScoreSource.PRICE) {
      const text = supplier.comparableTotal !== null ? t.fromPrice(f.money(supplier.comparableTotal, data.rfq.currency)) : t.fromPriceMissing;
      return [name, score, weighted, { text: '—', color: MUTED }, { text, color: MUTED }];
    }
    if (c.source === ScoreSource.PERFORMANCE) {
      const perf = supplier.performanceScore !== null ? f.score(supplier.performanceScore) : '—';
      const notUsed = c.scores.map((s) => `${t.notUsed}: ${line(s)}`);
      return [name, score, weighted, { text: '—', color: MUTED }, { text: t.fromPerformance(perf), color: MUTED, notes: notUsed.length ? notUsed : undefined }];
    }
    const consensus =
      c.mean === null
        ? { text: t.noCounted, color: MUTED }
        : c.wideSpread
          ? { text: t.meanSpread(f.mean(c.mean), c.spread ?? 0), bold: true, color: FLAG, notes: [t.wideSpread] }
          : { text: t.meanSpread(f.mean(c.mean), c.spread ?? 0) };
    const evaluators =
      counted.length > 0
        ? { text: counted.map(line).join('\n'), notes: apart.length ? apart : undefined }
        : { text: apart.length ? apart.join('\n') : t.noScores, color: MUTED };
    return [name, score, weighted, consensus, evaluators];
  }

  /** Header and footer on every page, once the page count is known. */
  private pageFurniture(): void {
    const { doc, t, data } = this;
    const range = doc.bufferedPageRange();
    const total = range.count;
    const generated = `${t.generated}: ${this.f.dateTime(data.generatedAt)}`;
    for (let i = range.start; i < range.start + total; i++) {
      doc.switchToPage(i);
      const { width, height, margins } = doc.page;
      const saved = { ...margins };
      // Writing inside the margins would otherwise make pdfkit start a new page.
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      this.pdf.artifact(() => {
        const headerY = 28;
        doc.font(PDF_FONT.regular).fontSize(8).fillColor(MUTED);
        doc.text(`${data.buyer.name} · ${t.docTitle} · ${t.confidential}`, MARGIN, headerY, { width: this.width * 0.64, height: 10, ellipsis: true });
        doc.font(PDF_FONT.bold).fillColor(ACCENT);
        doc.text(data.rfq.reference, MARGIN + this.width * 0.66, headerY, { width: this.width * 0.34, align: 'right', lineBreak: false });
        doc.save().moveTo(MARGIN, headerY + 12).lineTo(width - MARGIN, headerY + 12).lineWidth(0.5).strokeColor(RULE).stroke().restore();
        const footerY = height - MARGIN + 14;
        doc.save().moveTo(MARGIN, footerY - 5).lineTo(width - MARGIN, footerY - 5).lineWidth(0.5).strokeColor(RULE).stroke().restore();
        doc.font(PDF_FONT.regular).fontSize(7.5).fillColor(MUTED);
        doc.text(generated, MARGIN, footerY, { width: this.width * 0.75, lineBreak: false });
        doc.font(PDF_FONT.bold).fontSize(8).fillColor(TEXT);
        doc.text(t.page(i - range.start + 1, total), MARGIN + this.width * 0.6, footerY, { width: this.width * 0.4, align: 'right', lineBreak: false });
      });
      doc.page.margins = saved;
    }
    doc.fillColor(TEXT);
  }
}

/** Renders the evaluation report as a PDF. The same input gives the same bytes. */
export function renderEvaluationReport(data: EvaluationReportData): Promise<Buffer> {
  return new EvaluationReportWriter(data).render();
}
