import {
  CriterionKind,
  DEFAULT_CRITERIA,
  ImportanceClass,
  Locale,
  PurchaseType,
  RequirementKind,
  RfqCriterion,
  RfqStatus,
} from '@bc/shared/domain';
import { PdfTableDrawer, PdfTableRow, pageBottom } from './pdf-table';
import { createPdfDocument, PDF_FONT, printableDeep, TaggedPdf } from './pdf-document';

/**
 * The RFQ document: what a buying organization sends to the invited suppliers with a request
 * for quotation, in the recipient's language: a tagged PDF/A-2b with embedded Unicode fonts
 * (pdf-document.ts), so "≤ 3 arcmin" prints as written.
 */

export interface RfqDocumentData {
  locale: Locale;
  /** IANA zone in which times are shown (also state UTC), e.g. 'Europe/Berlin'. */
  timeZone: string;
  buyer: { name: string; country: string | null };
  contact: { name: string; email: string } | null;
  rfq: {
    reference: string;
    title: string;
    description: string;
    currency: string;
    status: RfqStatus;
    closesAt: Date;
    questionsCloseAt: Date;
    publishedAt: Date | null;
    deliveryTerms: string;
    deliveryDate: string | null /* YYYY-MM-DD */;
    deliveryAddress: string;
    paymentTerms: string;
    validityDays: number;
    instructions: string;
  };
  purchaseCase: {
    reference: string;
    importance: ImportanceClass;
    purchaseType: PurchaseType;
    categoryCode: string | null;
    categoryLabel: string | null;
  };
  specification: {
    version: number;
    approvedAt: Date | null;
    lines: Array<{ position: number; description: string; quantity: string; unit: string; attributes: Array<{ name: string; value: string }> }>;
    requirements: Array<{ position: number; text: string; kind: RequirementKind; weight: number | null }>;
    attachments: Array<{ name: string; sizeBytes: number }>;
  };
  criteria: RfqCriterion[];
  /** Where suppliers quote (the portal link). */
  portalUrl: string;
  generatedAt: Date;
}

interface Labels {
  docTitle: string;
  draftBanner: string;
  draftNote: string;
  cancelledBanner: string;
  purchaseCase: string;
  category: string;
  keyFacts: string;
  closesAt: string;
  questionsCloseAt: string;
  publishedAt: string;
  currency: string;
  validity: string;
  validityDays: (n: number) => string;
  deliveryTerms: string;
  deliveryDate: string;
  deliveryDateNone: string;
  deliveryAddress: string;
  paymentTerms: string;
  portal: string;
  description: string;
  lineItems: string;
  specVersion: (version: number, approvedAt: string | null) => string;
  pos: string;
  item: string;
  quantity: string;
  unit: string;
  noLines: string;
  requirements: string;
  requirement: string;
  kind: string;
  mustHave: string;
  niceToHave: string;
  weight: (w: number) => string;
  noRequirements: string;
  attachments: string;
  attachmentsIntro: string;
  document: string;
  size: string;
  noAttachments: string;
  criteria: string;
  criterion: string;
  assessedBy: string;
  criterionWeight: string;
  total: string;
  criteriaNote: string;
  kinds: Record<CriterionKind, string>;
  howToQuote: string;
  howSteps: (p: { url: string; closes: string; questions: string }) => string[];
  instructions: string;
  contact: string;
  contactNone: string;
  generated: string;
  page: (n: number, total: number) => string;
  defaultCriterionNames: Record<string, string>;
}

const EN: Labels = {
  docTitle: 'Request for quotation',
  draftBanner: 'DRAFT — not published',
  draftNote: 'This request is a draft for internal review. It has not been sent to suppliers and is not an invitation to quote.',
  cancelledBanner: 'CANCELLED — this request has been withdrawn; quotes are no longer accepted.',
  purchaseCase: 'Purchase case',
  category: 'Category',
  keyFacts: 'Key facts',
  closesAt: 'Closing time for quotes',
  questionsCloseAt: 'Deadline for questions',
  publishedAt: 'Published',
  currency: 'Currency of the quote',
  validity: 'Quote validity wanted',
  validityDays: (n) => `${n} ${n === 1 ? 'day' : 'days'} from the closing time`,
  deliveryTerms: 'Delivery terms',
  deliveryDate: 'Wanted delivery date',
  deliveryDateNone: 'Not fixed; state your lead time',
  deliveryAddress: 'Delivery address',
  paymentTerms: 'Payment terms',
  portal: 'Supplier portal',
  description: 'Description',
  lineItems: 'Line items',
  specVersion: (v, at) => `Specification version ${v}${at ? `, approved ${at}` : ''}. Quote a unit price for each line.`,
  pos: 'Pos.',
  item: 'Description',
  quantity: 'Quantity',
  unit: 'Unit',
  noLines: 'No line items.',
  requirements: 'Requirements',
  requirement: 'Requirement',
  kind: 'Type',
  mustHave: 'Must-have',
  niceToHave: 'Nice-to-have',
  weight: (w) => `weight ${w}`,
  noRequirements: 'No further requirements.',
  attachments: 'Attached documents',
  attachmentsIntro: 'The following documents belong to the specification and can be downloaded in the portal:',
  document: 'Document',
  size: 'Size',
  noAttachments: 'No documents are attached to the specification.',
  criteria: 'Evaluation criteria',
  criterion: 'Criterion',
  assessedBy: 'How it is assessed',
  criterionWeight: 'Weight',
  total: 'Total',
  criteriaNote: 'The weights add up to 100 and were fixed when the request was published; they do not change during the request.',
  kinds: {
    [CriterionKind.PRICE]: 'Calculated from the comparable quote totals',
    [CriterionKind.RELIABILITY]: 'From the recorded delivery performance, where there is history',
    [CriterionKind.TECHNICAL]: 'Scored by the buyer’s technical specialists',
    [CriterionKind.COMMERCIAL]: 'Scored by the buyer’s purchasing team',
  },
  howToQuote: 'How to quote',
  howSteps: ({ url, closes, questions }) => [
    `Submit your quote in the supplier portal at ${url} before the closing time: ${closes}. Quotes sent by e-mail or post are not considered.`,
    `Ask questions about this request through the portal until the question deadline: ${questions}. The buyer may share a question and its answer with all invited suppliers, without naming who asked.`,
    'Late quotes are refused: the server’s clock decides whether a quote is on time, not the time on your computer.',
    'Quotes stay sealed until the closing time; nobody at the buyer can open them earlier. Until then you may revise or withdraw your quote in the portal.',
  ],
  instructions: 'Further instructions',
  contact: 'Contact',
  contactNone: 'Please send any questions through the portal.',
  generated: 'Generated',
  page: (n, total) => `Page ${n} of ${total}`,
  defaultCriterionNames: {},
};

const DE: Labels = {
  docTitle: 'Angebotsanfrage',
  draftBanner: 'ENTWURF — nicht veröffentlicht',
  draftNote: 'Diese Anfrage ist ein Entwurf zur internen Prüfung. Sie wurde nicht an Lieferanten versandt und ist keine Aufforderung zur Angebotsabgabe.',
  cancelledBanner: 'ABGEBROCHEN — diese Anfrage wurde zurückgezogen; Angebote werden nicht mehr angenommen.',
  purchaseCase: 'Beschaffungsvorgang',
  category: 'Warengruppe',
  keyFacts: 'Eckdaten',
  closesAt: 'Angebotsfrist',
  questionsCloseAt: 'Frist für Rückfragen',
  publishedAt: 'Veröffentlicht',
  currency: 'Angebotswährung',
  validity: 'Gewünschte Bindefrist',
  validityDays: (n) => `${n} ${n === 1 ? 'Tag' : 'Tage'} ab Angebotsfrist`,
  deliveryTerms: 'Lieferbedingungen',
  deliveryDate: 'Gewünschter Liefertermin',
  deliveryDateNone: 'Offen; bitte Lieferzeit angeben',
  deliveryAddress: 'Lieferanschrift',
  paymentTerms: 'Zahlungsbedingungen',
  portal: 'Lieferantenportal',
  description: 'Beschreibung',
  lineItems: 'Positionen',
  specVersion: (v, at) => `Spezifikation Version ${v}${at ? `, freigegeben am ${at}` : ''}. Bitte für jede Position einen Einzelpreis angeben.`,
  pos: 'Pos.',
  item: 'Beschreibung',
  quantity: 'Menge',
  unit: 'Einheit',
  noLines: 'Keine Positionen.',
  requirements: 'Anforderungen',
  requirement: 'Anforderung',
  kind: 'Art',
  mustHave: 'Muss-Kriterium',
  niceToHave: 'Kann-Kriterium',
  weight: (w) => `Gewicht ${w}`,
  noRequirements: 'Keine weiteren Anforderungen.',
  attachments: 'Beigefügte Dokumente',
  attachmentsIntro: 'Folgende Dokumente gehören zur Spezifikation und stehen im Portal zum Download bereit:',
  document: 'Dokument',
  size: 'Größe',
  noAttachments: 'Der Spezifikation sind keine Dokumente beigefügt.',
  criteria: 'Bewertungskriterien',
  criterion: 'Kriterium',
  assessedBy: 'Bewertung',
  criterionWeight: 'Gewicht',
  total: 'Summe',
  criteriaNote: 'Die Gewichte ergeben zusammen 100 und wurden bei der Veröffentlichung festgelegt; sie ändern sich während der Anfrage nicht.',
  kinds: {
    [CriterionKind.PRICE]: 'Berechnet aus den vergleichbaren Angebotssummen',
    [CriterionKind.RELIABILITY]: 'Aus der erfassten Lieferleistung, soweit vorhanden',
    [CriterionKind.TECHNICAL]: 'Bewertet durch die Fachabteilung des Auftraggebers',
    [CriterionKind.COMMERCIAL]: 'Bewertet durch den Einkauf des Auftraggebers',
  },
  howToQuote: 'So geben Sie ein Angebot ab',
  howSteps: ({ url, closes, questions }) => [
    `Geben Sie Ihr Angebot im Lieferantenportal unter ${url} vor Ablauf der Angebotsfrist ab: ${closes}. Per E-Mail oder Post gesendete Angebote werden nicht berücksichtigt.`,
    `Rückfragen zu dieser Anfrage stellen Sie bitte über das Portal bis zur Frist für Rückfragen: ${questions}. Der Einkäufer kann eine Frage und ihre Antwort allen eingeladenen Lieferanten zugänglich machen, ohne zu nennen, wer gefragt hat.`,
    'Verspätete Angebote werden abgewiesen: Maßgeblich ist die Uhr des Servers, nicht die Uhrzeit Ihres Computers.',
    'Angebote bleiben bis zum Ablauf der Angebotsfrist versiegelt; niemand beim Auftraggeber kann sie vorher öffnen. Bis dahin können Sie Ihr Angebot im Portal ändern oder zurückziehen.',
  ],
  instructions: 'Weitere Hinweise',
  contact: 'Ansprechpartner',
  contactNone: 'Bitte richten Sie Rückfragen über das Portal an uns.',
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
const DRAFT_RED = '#b3261e';
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
    const day = new Intl.DateTimeFormat(this.tag, { timeZone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    const time = new Intl.DateTimeFormat(this.tag, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
    const zone =
      new Intl.DateTimeFormat(this.tag, { timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
    return { day, time, zone };
  }

  /** E.g. "Fri, 11 December 2026, 12:00 CET (Europe/Berlin) = 11:00 UTC". */
  dateTime(date: Date): string {
    const local = this.parts(date, this.timeZone);
    const hour = this.tag === 'de-DE' ? ' Uhr' : '';
    if (this.timeZone === 'UTC' || this.timeZone === 'Etc/UTC') return `${local.day}, ${local.time}${hour} UTC`;
    const utc = this.parts(date, 'UTC');
    const utcText = utc.day === local.day ? `${utc.time} UTC` : `${utc.day}, ${utc.time} UTC`;
    return `${local.day}, ${local.time}${hour} ${local.zone} (${this.timeZone}) = ${utcText}`;
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
    return new Intl.DateTimeFormat(this.tag, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
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
}

/** The English names of the default criteria, to show them translated. */
const DEFAULT_NAMES = new Set(Object.values(DEFAULT_CRITERIA).flatMap((list) => list.map((c) => c.name)));

class RfqDocumentWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly pdf: TaggedPdf;
  private readonly t: Labels;
  private readonly f: Formatter;
  private readonly width: number;
  private readonly draft: boolean;

  private readonly data: RfqDocumentData;

  constructor(input: RfqDocumentData) {
    const data = printableDeep(input);
    this.data = data;
    this.t = data.locale === Locale.DE ? DE : EN;
    this.f = new Formatter(data.locale, data.timeZone);
    this.draft = data.rfq.status === RfqStatus.DRAFT;
    const title = `${this.t.docTitle} ${data.rfq.reference}: ${data.rfq.title}`;
    this.pdf = createPdfDocument({
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      lang: this.f.tag,
      info: {
        Title: this.draft ? `${title} (${this.t.draftBanner})` : title,
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
    this.keyFacts();
    this.description();
    this.lineItems();
    this.requirements();
    this.attachments();
    this.criteria();
    this.howToQuote();
    this.contact();
    this.pageFurniture();
    this.pdf.end();
    this.doc.end();
    return done;
  }

  // ---- building blocks ----

  private body(size = 9.5, color = TEXT): PDFKit.PDFDocument {
    return this.doc.font(PDF_FONT.regular).fontSize(size).fillColor(color);
  }

  private newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` points are left on this one. */
  private ensureSpace(height: number): void {
    if (this.doc.y + height > pageBottom(this.doc)) this.newPage();
  }

  private headingHeight(): number {
    return 14 + 6 + 4 + 8;
  }

  /** A section heading; `keep` is how much must fit below it on the same page. */
  private heading(text: string, keep = 40): void {
    const doc = this.doc;
    if (doc.y > doc.page.margins.top + 1) doc.moveDown(0.8);
    this.ensureSpace(this.headingHeight() + keep);
    const y = doc.y;
    doc.font(PDF_FONT.bold).fontSize(12).fillColor(ACCENT).text(text, MARGIN, y, { width: this.width, structType: 'H2' });
    const ruleY = doc.y + 2;
    doc.save().moveTo(MARGIN, ruleY).lineTo(MARGIN + this.width, ruleY).lineWidth(0.8).strokeColor(ACCENT).stroke().restore();
    doc.x = MARGIN;
    doc.y = ruleY + 8;
    doc.fillColor(TEXT);
  }

  private paragraph(text: string, options: PDFKit.Mixins.TextOptions = {}): void {
    this.body().text(text.trim(), MARGIN, this.doc.y, { width: this.width, lineGap: 2, paragraphGap: 4, ...options });
    this.doc.x = MARGIN;
  }

  private table(columns: Array<{ header: string; width: number; align?: 'left' | 'right' | 'center' }>, rows: PdfTableRow[], noHeader = false): PdfTableDrawer {
    // The last column takes what is left of the text width.
    const fixed = columns.slice(0, -1).reduce((s, c) => s + c.width, 0);
    const last = columns[columns.length - 1];
    const sized = [...columns.slice(0, -1), { ...last, width: this.width - fixed }];
    return new PdfTableDrawer(this.doc, { columns: sized, rows, noHeader });
  }

  // ---- sections ----

  private titleBlock(): void {
    const { doc, t, data } = this;
    doc.y = MARGIN + 6;
    const country = this.f.country(data.buyer.country);
    doc.font(PDF_FONT.bold).fontSize(11).fillColor(ACCENT).text(data.buyer.name, MARGIN, doc.y, { width: this.width });
    if (country) this.body(9, MUTED).text(country, { width: this.width });
    doc.moveDown(0.6);
    doc.font(PDF_FONT.bold).fontSize(22).fillColor(TEXT).text(t.docTitle, { width: this.width, structType: 'H1' });
    doc.moveDown(0.15);
    doc.font(PDF_FONT.bold).fontSize(13).fillColor(ACCENT).text(data.rfq.reference, { width: this.width, continued: true });
    doc.font(PDF_FONT.regular).fillColor(TEXT).text(`  ${data.rfq.title}`, { width: this.width });
    doc.moveDown(0.3);
    const facts: Array<[string, string]> = [[t.purchaseCase, data.purchaseCase.reference]];
    const category = [data.purchaseCase.categoryCode, data.purchaseCase.categoryLabel].filter((s): s is string => !!s).join(' – ');
    if (category) facts.push([t.category, category]);
    if (data.rfq.publishedAt) facts.push([t.publishedAt, this.f.day(data.rfq.publishedAt)]);
    for (const [label, value] of facts) {
      doc.font(PDF_FONT.bold).fontSize(9).fillColor(MUTED).text(`${label}: `, MARGIN, doc.y, { width: this.width, continued: true });
      doc.font(PDF_FONT.regular).fillColor(TEXT).text(value);
    }
    doc.moveDown(0.6);
    const ruleY = doc.y;
    doc.save().rect(MARGIN, ruleY, this.width, 2.5).fill(ACCENT).restore();
    doc.y = ruleY + 12;
    if (this.draft) this.banner(t.draftBanner, t.draftNote, DRAFT_RED);
    else if (data.rfq.status === RfqStatus.CANCELLED) this.banner(t.cancelledBanner, '', DRAFT_RED);
  }

  private banner(title: string, note: string, color: string): void {
    const doc = this.doc;
    const pad = 8;
    const inner = this.width - 2 * pad;
    doc.font(PDF_FONT.bold).fontSize(11);
    const h1 = doc.heightOfString(title, { width: inner });
    doc.font(PDF_FONT.regular).fontSize(9);
    const h2 = note ? doc.heightOfString(note, { width: inner }) + 3 : 0;
    const y = doc.y;
    const h = h1 + h2 + 2 * pad;
    doc.save().rect(MARGIN, y, this.width, h).fillAndStroke('#fdecea', color).restore();
    doc.font(PDF_FONT.bold).fontSize(11).fillColor(color).text(title, MARGIN + pad, y + pad, { width: inner });
    if (note) doc.font(PDF_FONT.regular).fontSize(9).fillColor(TEXT).text(note, MARGIN + pad, doc.y + 3, { width: inner });
    doc.x = MARGIN;
    doc.y = y + h + 10;
  }

  private keyFacts(): void {
    const { t, data, f } = this;
    const r = data.rfq;
    const rows: PdfTableRow[] = [
      [{ text: t.closesAt, bold: true }, { text: f.dateTime(r.closesAt), bold: true, color: ACCENT }],
      [{ text: t.questionsCloseAt, bold: true }, f.dateTime(r.questionsCloseAt)],
      [{ text: t.currency, bold: true }, r.currency],
      [{ text: t.validity, bold: true }, t.validityDays(r.validityDays)],
      [{ text: t.deliveryTerms, bold: true }, r.deliveryTerms || '—'],
      [{ text: t.deliveryDate, bold: true }, r.deliveryDate ? f.calendarDate(r.deliveryDate) : t.deliveryDateNone],
      [{ text: t.deliveryAddress, bold: true }, r.deliveryAddress || '—'],
      [{ text: t.paymentTerms, bold: true }, r.paymentTerms || '—'],
      [{ text: t.portal, bold: true }, data.portalUrl],
    ];
    const table = this.table(
      [
        { header: '', width: 165 },
        { header: '', width: 0 },
      ],
      rows,
      true,
    );
    this.heading(t.keyFacts, table.startHeight());
    table.draw();
  }

  private description(): void {
    const text = this.data.rfq.description.trim();
    if (!text) return;
    this.heading(this.t.description, 30);
    this.paragraph(text);
  }

  private lineItems(): void {
    const { t, data, f } = this;
    const spec = data.specification;
    const rows: PdfTableRow[] = spec.lines.map((line) => [
      String(line.position),
      { text: line.description, notes: line.attributes.map((a) => `${a.name}: ${a.value}`) },
      { text: f.quantity(line.quantity) },
      line.unit,
    ]);
    const table = this.table(
      [
        { header: t.pos, width: 38 },
        { header: t.item, width: 317 },
        { header: t.quantity, width: 75, align: 'right' },
        { header: t.unit, width: 0 },
      ],
      rows,
    );
    const intro = t.specVersion(spec.version, spec.approvedAt ? f.day(spec.approvedAt) : null);
    this.body(9);
    const introHeight = this.doc.heightOfString(intro, { width: this.width }) + 6;
    this.heading(t.lineItems, introHeight + table.startHeight());
    this.body(9, MUTED).text(intro, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.5);
    if (rows.length === 0) this.paragraph(t.noLines);
    else table.draw();
  }

  private requirements(): void {
    const { t, data } = this;
    const list = data.specification.requirements;
    const rows: PdfTableRow[] = list.map((req) => {
      const must = req.kind === RequirementKind.MUST_HAVE;
      const label = must ? t.mustHave : t.niceToHave;
      return [
        String(req.position),
        req.text,
        { text: label, bold: must, notes: req.weight !== null ? [t.weight(req.weight)] : undefined },
      ];
    });
    const table = this.table(
      [
        { header: t.pos, width: 38 },
        { header: t.requirement, width: 350 },
        { header: t.kind, width: 0 },
      ],
      rows,
    );
    this.heading(t.requirements, list.length ? table.startHeight() : 20);
    if (list.length === 0) this.paragraph(t.noRequirements);
    else table.draw();
  }

  private attachments(): void {
    const { t, data, f } = this;
    const files = data.specification.attachments;
    const rows: PdfTableRow[] = files.map((a, i) => [String(i + 1), a.name, f.bytes(a.sizeBytes)]);
    const table = this.table(
      [
        { header: '#', width: 38 },
        { header: t.document, width: 382 },
        { header: t.size, width: 0, align: 'right' },
      ],
      rows,
    );
    this.heading(t.attachments, files.length ? 30 + table.startHeight() : 20);
    if (files.length === 0) {
      this.paragraph(t.noAttachments);
      return;
    }
    this.paragraph(t.attachmentsIntro);
    this.doc.moveDown(0.2);
    table.draw();
  }

  private criteria(): void {
    const { t, data } = this;
    const rows: PdfTableRow[] = data.criteria.map((c) => [
      DEFAULT_NAMES.has(c.name) ? (t.defaultCriterionNames[c.name] ?? c.name) : c.name,
      { text: t.kinds[c.kind] ?? c.kind, color: MUTED },
      { text: String(c.weight), bold: true },
    ]);
    const sum = data.criteria.reduce((s, c) => s + c.weight, 0);
    rows.push([{ text: t.total, bold: true }, '', { text: String(sum), bold: true }]);
    const table = this.table(
      [
        { header: t.criterion, width: 170 },
        { header: t.assessedBy, width: 255 },
        { header: t.criterionWeight, width: 0, align: 'right' },
      ],
      rows,
    );
    // Small table: kept whole on one page with its note.
    let height = 0;
    for (const row of rows) height += table.rowHeight(row);
    this.heading(t.criteria, table.headerHeight() + height + 40);
    table.draw();
    this.doc.moveDown(0.5);
    this.body(9, MUTED).text(t.criteriaNote, MARGIN, this.doc.y, { width: this.width, lineGap: 1.5 });
  }

  private howToQuote(): void {
    const { t, data, f, doc } = this;
    const steps = t.howSteps({ url: data.portalUrl, closes: f.dateTime(data.rfq.closesAt), questions: f.dateTime(data.rfq.questionsCloseAt) });
    const indent = 18;
    const stepWidth = this.width - indent;
    const stepHeight = (s: string): number => this.body().heightOfString(s, { width: stepWidth, lineGap: 2 }) + 6;
    // The section is short: kept whole on one page where it fits.
    const all = steps.reduce((s, step) => s + stepHeight(step), 0);
    this.heading(t.howToQuote, all < 320 ? all : stepHeight(steps[0]));
    steps.forEach((step, i) => {
      const h = stepHeight(step);
      this.ensureSpace(h);
      const y = doc.y;
      doc.font(PDF_FONT.bold).fontSize(9.5).fillColor(ACCENT).text(`${i + 1}.`, MARGIN, y, { width: indent });
      this.body().text(step, MARGIN + indent, y, { width: stepWidth, lineGap: 2 });
      doc.y = y + h;
    });
    doc.x = MARGIN;
    const instructions = data.rfq.instructions.trim();
    if (instructions) {
      doc.moveDown(0.6);
      this.ensureSpace(40);
      doc.font(PDF_FONT.bold).fontSize(10).fillColor(TEXT).text(t.instructions, MARGIN, doc.y, { width: this.width });
      doc.moveDown(0.2);
      this.paragraph(instructions);
    }
  }

  private contact(): void {
    const { t, data, doc } = this;
    this.heading(t.contact, 40);
    const c = data.contact;
    if (!c) {
      this.paragraph(t.contactNone);
      return;
    }
    doc.font(PDF_FONT.bold).fontSize(9.5).fillColor(TEXT).text(c.name, MARGIN, doc.y, { width: this.width });
    this.body().text(data.buyer.name, { width: this.width });
    this.body(9.5, ACCENT).text(c.email, { width: this.width, link: `mailto:${c.email}` });
    doc.fillColor(TEXT);
  }

  /** Header, footer and (for drafts) the watermark on every page, once the page count is known. */
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
        if (this.draft) this.watermark(t.draftBanner);
        const headerY = 28;
        doc.font(PDF_FONT.regular).fontSize(8).fillColor(MUTED);
        doc.text(`${data.buyer.name} · ${t.docTitle}`, MARGIN, headerY, { width: this.width * 0.64, height: 10, ellipsis: true });
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

  private watermark(text: string): void {
    const doc = this.doc;
    const { width, height } = doc.page;
    doc.save();
    doc.rotate(-35, { origin: [width / 2, height / 2] });
    // Sized so that the turned text stays well inside the page.
    doc.font(PDF_FONT.bold).fontSize(60);
    const size = Math.min(60, (60 * 560) / doc.widthOfString(text));
    doc.fontSize(size).fillColor(DRAFT_RED).fillOpacity(0.13);
    const w = doc.widthOfString(text);
    doc.text(text, width / 2 - w / 2, height / 2 - size / 2, { lineBreak: false });
    doc.restore();
  }
}

/** Renders the RFQ document as a PDF. The same input gives the same bytes. */
export function renderRfqDocument(data: RfqDocumentData): Promise<Buffer> {
  return new RfqDocumentWriter(data).render();
}
