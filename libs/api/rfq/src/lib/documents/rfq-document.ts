import { ImportanceClass, Locale, PurchaseType, RequirementKind, RfqCriterion, RfqStatus } from '@bc/shared/domain';
import { caseRecordMeta, criterionName, PDF_FONT, PDF_MARGIN, PDF_PALETTE, PdfPageFrame, PdfTableRow, PdfWriter, printableDeep } from '@bc/api/documents';
import { translator } from '@bc/shared/i18n/documents';

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


const { accent: ACCENT, text: TEXT, muted: MUTED, rule: RULE, alert: DRAFT_RED } = PDF_PALETTE;
const MARGIN = PDF_MARGIN;

/** The RFQ document's words (`documents.rfq` in the shared catalogue). */
const texts = (locale: Locale) => translator(locale, 'documents.rfq');

/** The numbered steps of "How to quote", in order. */
const HOW_STEPS = ['submit', 'questions', 'late', 'sealed'] as const;

class RfqDocumentWriter extends PdfWriter {
  private readonly t: ReturnType<typeof texts>;
  private readonly draft: boolean;
  private readonly data: RfqDocumentData;

  constructor(input: RfqDocumentData) {
    const data = printableDeep(input);
    const t = texts(data.locale);
    const draft = data.rfq.status === RfqStatus.DRAFT;
    super({
      locale: data.locale,
      timeZone: data.timeZone,
      dates: { weekday: true },
      meta: caseRecordMeta({
        docTitle: t('docTitle'),
        reference: data.rfq.reference,
        title: data.rfq.title,
        caseReference: data.purchaseCase.reference,
        author: data.buyer.name,
        at: data.generatedAt,
        titleNote: draft ? t('draftBanner') : undefined,
      }),
    });
    this.data = data;
    this.t = t;
    this.draft = draft;
  }

  protected sections(): void {
    this.titleBlock();
    this.keyFacts();
    this.description();
    this.lineItems();
    this.requirements();
    this.attachments();
    this.criteria();
    this.howToQuote();
    this.contact();
  }

  protected frame(): PdfPageFrame {
    const { t, data } = this;
    return {
      header: `${data.buyer.name} · ${t('docTitle')}`,
      reference: data.rfq.reference,
      generated: this.f.dateTime(data.generatedAt),
      underlay: this.draft ? () => this.watermark(t('draftBanner')) : undefined,
    };
  }

  private paragraph(text: string, options: PDFKit.Mixins.TextOptions = {}): void {
    this.body().text(text.trim(), MARGIN, this.doc.y, { width: this.width, lineGap: 2, paragraphGap: 4, ...options });
    this.doc.x = MARGIN;
  }

  // ---- sections ----

  private titleBlock(): void {
    const { t, data } = this;
    this.masthead({ organization: data.buyer.name, note: this.f.country(data.buyer.country), title: t('docTitle'), reference: data.rfq.reference, name: data.rfq.title });
    const facts: Array<[string, string]> = [[t('purchaseCase'), data.purchaseCase.reference]];
    const category = [data.purchaseCase.categoryCode, data.purchaseCase.categoryLabel].filter((s): s is string => !!s).join(' – ');
    if (category) facts.push([t('category'), category]);
    if (data.rfq.publishedAt) facts.push([t('publishedAt'), this.f.day(data.rfq.publishedAt)]);
    this.factLines(facts);
    this.mastheadRule();
    if (this.draft) this.banner(t('draftBanner'), t('draftNote'), DRAFT_RED);
    else if (data.rfq.status === RfqStatus.CANCELLED) this.banner(t('cancelledBanner'), '', DRAFT_RED);
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
      [{ text: t('closesAt'), bold: true }, { text: f.dateTime(r.closesAt), bold: true, color: ACCENT }],
      [{ text: t('questionsCloseAt'), bold: true }, f.dateTime(r.questionsCloseAt)],
      [{ text: t('currency'), bold: true }, r.currency],
      [{ text: t('validity'), bold: true }, t.plural('validityDays', r.validityDays)],
      [{ text: t('deliveryTerms'), bold: true }, r.deliveryTerms || '—'],
      [{ text: t('deliveryDate'), bold: true }, r.deliveryDate ? f.calendarDate(r.deliveryDate) : t('deliveryDateNone')],
      [{ text: t('deliveryAddress'), bold: true }, r.deliveryAddress || '—'],
      [{ text: t('paymentTerms'), bold: true }, r.paymentTerms || '—'],
      [{ text: t('portal'), bold: true }, data.portalUrl],
    ];
    const table = this.table(
      [
        { header: '', width: 165 },
        { header: '', width: 0 },
      ],
      rows,
      true,
    );
    this.heading(t('keyFacts'), table.startHeight());
    table.draw();
  }

  private description(): void {
    const text = this.data.rfq.description.trim();
    if (!text) return;
    this.heading(this.t('description'), 30);
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
        { header: t('pos'), width: 38 },
        { header: t('item'), width: 317 },
        { header: t('quantity'), width: 75, align: 'right' },
        { header: t('unit'), width: 0 },
      ],
      rows,
    );
    const intro = t('specVersion', { version: spec.version, approved: spec.approvedAt ? t('specApproved', { at: f.day(spec.approvedAt) }) : '' });
    this.body(9);
    const introHeight = this.doc.heightOfString(intro, { width: this.width }) + 6;
    this.heading(t('lineItems'), introHeight + table.startHeight());
    this.body(9, MUTED).text(intro, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.5);
    if (rows.length === 0) this.paragraph(t('noLines'));
    else table.draw();
  }

  private requirements(): void {
    const { t, data } = this;
    const list = data.specification.requirements;
    const rows: PdfTableRow[] = list.map((req) => {
      const must = req.kind === RequirementKind.MUST_HAVE;
      const label = must ? t('mustHave') : t('niceToHave');
      return [
        String(req.position),
        req.text,
        { text: label, bold: must, notes: req.weight !== null ? [t('weight', { weight: req.weight })] : undefined },
      ];
    });
    const table = this.table(
      [
        { header: t('pos'), width: 38 },
        { header: t('requirement'), width: 350 },
        { header: t('kind'), width: 0 },
      ],
      rows,
    );
    this.tableSection(t('requirements'), table, list.length, () => this.paragraph(t('noRequirements')));
  }

  private attachments(): void {
    const { t, data, f } = this;
    const files = data.specification.attachments;
    const rows: PdfTableRow[] = files.map((a, i) => [String(i + 1), a.name, f.bytes(a.sizeBytes)]);
    const table = this.table(
      [
        { header: '#', width: 38 },
        { header: t('document'), width: 382 },
        { header: t('size'), width: 0, align: 'right' },
      ],
      rows,
    );
    this.heading(t('attachments'), files.length ? 30 + table.startHeight() : 20);
    if (files.length === 0) {
      this.paragraph(t('noAttachments'));
      return;
    }
    this.paragraph(t('attachmentsIntro'));
    this.doc.moveDown(0.2);
    table.draw();
  }

  private criteria(): void {
    const { t, data } = this;
    const rows: PdfTableRow[] = data.criteria.map((c) => [
      criterionName(data.locale, c.name),
      { text: t.pick('kinds', c.kind) ?? c.kind, color: MUTED },
      { text: String(c.weight), bold: true },
    ]);
    const sum = data.criteria.reduce((s, c) => s + c.weight, 0);
    rows.push([{ text: t('total'), bold: true }, '', { text: String(sum), bold: true }]);
    const table = this.table(
      [
        { header: t('criterion'), width: 170 },
        { header: t('assessedBy'), width: 255 },
        { header: t('criterionWeight'), width: 0, align: 'right' },
      ],
      rows,
    );
    // Small table: kept whole on one page with its note.
    let height = 0;
    for (const row of rows) height += table.rowHeight(row);
    this.heading(t('criteria'), table.headerHeight() + height + 40);
    table.draw();
    this.doc.moveDown(0.5);
    this.body(9, MUTED).text(t('criteriaNote'), MARGIN, this.doc.y, { width: this.width, lineGap: 1.5 });
  }

  private howToQuote(): void {
    const { t, data, f, doc } = this;
    const params = { url: data.portalUrl, closes: f.dateTime(data.rfq.closesAt), questions: f.dateTime(data.rfq.questionsCloseAt) };
    const steps = HOW_STEPS.map((step) => t(`howSteps.${step}`, params));
    const indent = 18;
    const stepWidth = this.width - indent;
    const stepHeight = (s: string): number => this.body().heightOfString(s, { width: stepWidth, lineGap: 2 }) + 6;
    // The section is short: kept whole on one page where it fits.
    const all = steps.reduce((s, step) => s + stepHeight(step), 0);
    this.heading(t('howToQuote'), all < 320 ? all : stepHeight(steps[0]));
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
      doc.font(PDF_FONT.bold).fontSize(10).fillColor(TEXT).text(t('instructions'), MARGIN, doc.y, { width: this.width });
      doc.moveDown(0.2);
      this.paragraph(instructions);
    }
  }

  private contact(): void {
    const { t, data, doc } = this;
    this.heading(t('contact'), 40);
    const c = data.contact;
    if (!c) {
      this.paragraph(t('contactNone'));
      return;
    }
    doc.font(PDF_FONT.bold).fontSize(9.5).fillColor(TEXT).text(c.name, MARGIN, doc.y, { width: this.width });
    this.body().text(data.buyer.name, { width: this.width });
    this.body(9.5, ACCENT).text(c.email, { width: this.width, link: `mailto:${c.email}` });
    doc.fillColor(TEXT);
  }

  /** Header, footer and (for drafts) the watermark on every page, once the page count is known. */
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
