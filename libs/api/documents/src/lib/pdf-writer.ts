import { Locale } from '@bc/shared/domain';
import { translator } from '@bc/shared/i18n/documents';
import { createPdfDocument, PDF_FONT, printable, TaggedPdf } from './pdf-document';
import { PdfDateStyle, PdfFormatter } from './pdf-format';
import { PDF_MARGIN, PDF_PALETTE } from './pdf-palette';
import { PdfTableDrawer, PdfTableRow, pageBottom } from './pdf-table';

const { accent: ACCENT, text: TEXT, muted: MUTED, rule: RULE } = PDF_PALETTE;
const MARGIN = PDF_MARGIN;

export interface PdfWriterOptions {
  locale: Locale;
  /** IANA zone in which times are shown. */
  timeZone: string;
  dates?: PdfDateStyle;
  /** Top and bottom margins when the page frame needs more room than `PDF_MARGIN`. */
  margins?: { top: number; bottom: number };
  /** The document's metadata (the XMP and info dictionary of PDF/A); `at` is its creation time. */
  meta: { title: string; author: string; subject: string; keywords: string; creator: string; at: Date };
}

/**
 * The metadata of a document about one record of a purchase case (an RFQ), made by `author`:
 * titled "<docTitle> <reference>: <title>" (with `titleNote` in brackets after it), the subject
 * "<docTitle> <reference>", the record's and the case's references as keywords.
 */
export function caseRecordMeta(m: { docTitle: string; reference: string; title: string; caseReference: string; author: string; at: Date; titleNote?: string }): PdfWriterOptions['meta'] {
  const subject = `${m.docTitle} ${m.reference}`;
  const title = `${subject}: ${m.title}`;
  return {
    title: m.titleNote ? `${title} (${m.titleNote})` : title,
    author: m.author,
    subject,
    keywords: [m.reference, m.caseReference].join(', '),
    creator: m.author,
    at: m.at,
  };
}

/** The page frame's words, the same in every document (`documents.frame` in the shared catalogue). */
const frameTexts = (locale: Locale) => translator(locale, 'documents.frame');

function documentInfo(m: PdfWriterOptions['meta']): PDFKit.DocumentInfo {
  return { Title: m.title, Author: m.author, Subject: m.subject, Keywords: m.keywords, Creator: m.creator, Producer: 'PDFKit', CreationDate: m.at, ModDate: m.at };
}

/** What the page frame prints on every page. */
export interface PdfPageFrame {
  /** Header, left: who and what (cut with an ellipsis when too long). */
  header: string;
  /** Header, right: the reference. */
  reference: string;
  /** Footer, left, after "Generated:": when (and whatever else identifies the copy). The footer's right says "Page n of m". */
  generated: string;
  /** Drawn first on every page, under the frame (a draft watermark). */
  underlay?: () => void;
}

/** A column of `PdfWriter.table`: the last one takes what is left of the text width. */
export interface PdfWriterColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/**
 * The base of every document writer: A4 with the one palette, margins and page frame (header,
 * footer, page numbers), the one formatter, headings and tables. A writer adds its sections and
 * says what its frame prints. The same input gives the same bytes.
 */
export abstract class PdfWriter {
  protected readonly pdf: TaggedPdf;
  protected readonly doc: PDFKit.PDFDocument;
  protected readonly f: PdfFormatter;
  /** The text width between the margins. */
  protected readonly width: number;
  /** Room a heading keeps for itself besides its font size (the evaluation report's is tighter). */
  protected readonly headingGap: number = 20;
  private readonly frameTexts: ReturnType<typeof frameTexts>;

  constructor(options: PdfWriterOptions) {
    this.frameTexts = frameTexts(options.locale);
    this.f = new PdfFormatter(options.locale, options.timeZone, options.dates);
    const { top, bottom } = options.margins ?? { top: MARGIN, bottom: MARGIN };
    this.pdf = createPdfDocument({ margins: { top, bottom, left: MARGIN, right: MARGIN }, lang: this.f.tag, info: documentInfo(options.meta) });
    this.doc = this.pdf.doc;
    this.width = this.doc.page.width - 2 * MARGIN;
  }

  /** The document's sections, in order. */
  protected abstract sections(): void;

  /** What the page frame prints, once the page count is known. */
  protected abstract frame(): PdfPageFrame;

  render(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.sections();
    this.pageFrame(this.frame());
    this.pdf.end();
    this.doc.end();
    return done;
  }

  protected body(size = 9.5, color: string = TEXT): PDFKit.PDFDocument {
    return this.doc.font(PDF_FONT.regular).fontSize(size).fillColor(color);
  }

  /** Starts a new page unless `height` points are left on this one. */
  protected ensureSpace(height: number): void {
    if (this.doc.y + height > pageBottom(this.doc)) this.doc.addPage();
  }

  /** A section heading (H2 at 12 points, H3 below); `keep` is how much must fit below it on the same page. */
  protected heading(text: string, keep = 40, size = 12): void {
    const doc = this.doc;
    const major = size >= 12;
    if (doc.y > doc.page.margins.top + 1) doc.moveDown(major ? 0.8 : 0.6);
    this.ensureSpace(size + this.headingGap + keep);
    const y = doc.y;
    doc.font(PDF_FONT.bold).fontSize(size).fillColor(ACCENT).text(printable(text), MARGIN, y, { width: this.width, structType: major ? 'H2' : 'H3' });
    const ruleY = doc.y + 2;
    doc
      .save()
      .moveTo(MARGIN, ruleY)
      .lineTo(MARGIN + this.width, ruleY)
      .lineWidth(major ? 0.8 : 0.4)
      .strokeColor(major ? ACCENT : RULE)
      .stroke()
      .restore();
    doc.x = MARGIN;
    doc.y = ruleY + (major ? 8 : 6);
    doc.fillColor(TEXT);
  }

  /** The top of the first page: who sends it (and a note below), the document's title (H1), its reference and name. */
  protected masthead(m: { organization: string; note?: string | null; title: string; reference: string; name: string }, spacing: [number, number] = [0.6, 0.3]): void {
    const doc = this.doc;
    doc.y = MARGIN + 6;
    doc.font(PDF_FONT.bold).fontSize(11).fillColor(ACCENT).text(printable(m.organization), MARGIN, doc.y, { width: this.width });
    if (m.note) this.body(9, MUTED).text(printable(m.note), { width: this.width });
    doc.moveDown(spacing[0]);
    doc.font(PDF_FONT.bold).fontSize(22).fillColor(TEXT).text(printable(m.title), { width: this.width, structType: 'H1' });
    doc.moveDown(0.15);
    doc.font(PDF_FONT.bold).fontSize(13).fillColor(ACCENT).text(printable(m.reference), { width: this.width, continued: true });
    doc.font(PDF_FONT.regular).fillColor(TEXT).text(printable(`  ${m.name}`), { width: this.width });
    doc.moveDown(spacing[1]);
  }

  /** "Label: value" lines, as under the masthead. */
  protected factLines(facts: Array<[string, string]>): void {
    const doc = this.doc;
    for (const [label, value] of facts) {
      doc.font(PDF_FONT.bold).fontSize(9).fillColor(MUTED).text(printable(`${label}: `), MARGIN, doc.y, { width: this.width, continued: true });
      doc.font(PDF_FONT.regular).fillColor(TEXT).text(printable(value));
    }
  }

  /** The thick accent rule that closes the masthead, `before` lines below the text, `gap` points above what follows. */
  protected mastheadRule(before = 0.6, gap = 12): void {
    const doc = this.doc;
    doc.moveDown(before);
    const ruleY = doc.y;
    doc.save().rect(MARGIN, ruleY, this.width, 2.5).fill(ACCENT).restore();
    doc.y = ruleY + gap;
  }

  /** A section made of one table: its heading kept with the table's first rows, or, with no rows, followed by what `none` writes instead. */
  protected tableSection(title: string, table: PdfTableDrawer, rowCount: number, none: () => void): void {
    this.heading(title, rowCount ? table.startHeight() : 20);
    if (rowCount === 0) none();
    else table.draw();
  }

  protected table(columns: PdfWriterColumn[], rows: PdfTableRow[], noHeader = false): PdfTableDrawer {
    const fixed = columns.slice(0, -1).reduce((s, c) => s + c.width, 0);
    const last = columns[columns.length - 1];
    const sized = [...columns.slice(0, -1), { ...last, width: this.width - fixed }].map((c) => ({ ...c, header: printable(c.header) }));
    const clean = rows.map((row) =>
      row.map((cell) => (typeof cell === 'string' ? printable(cell) : { ...cell, text: printable(cell.text), notes: cell.notes?.map((n) => printable(n)) })),
    );
    return new PdfTableDrawer(this.doc, { columns: sized, rows: clean, noHeader });
  }

  /** Header and footer on every page, marked as artifacts (not part of the reading order). */
  private pageFrame(frame: PdfPageFrame): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const total = range.count;
    const t = this.frameTexts;
    for (let i = range.start; i < range.start + total; i++) {
      doc.switchToPage(i);
      const { width, height, margins } = doc.page;
      const saved = { ...margins };
      // Writing inside the margins would otherwise make pdfkit start a new page.
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      this.pdf.artifact(() => {
        frame.underlay?.();
        const headerY = 28;
        doc.font(PDF_FONT.regular).fontSize(8).fillColor(MUTED);
        doc.text(printable(frame.header), MARGIN, headerY, { width: this.width * 0.64, height: 10, ellipsis: true });
        doc.font(PDF_FONT.bold).fillColor(ACCENT);
        doc.text(printable(frame.reference), MARGIN + this.width * 0.66, headerY, { width: this.width * 0.34, align: 'right', lineBreak: false });
        doc.save().moveTo(MARGIN, headerY + 12).lineTo(width - MARGIN, headerY + 12).lineWidth(0.5).strokeColor(RULE).stroke().restore();
        const footerY = height - MARGIN + 14;
        doc.save().moveTo(MARGIN, footerY - 5).lineTo(width - MARGIN, footerY - 5).lineWidth(0.5).strokeColor(RULE).stroke().restore();
        doc.font(PDF_FONT.regular).fontSize(7.5).fillColor(MUTED);
        doc.text(printable(`${t('generated')}: ${frame.generated}`), MARGIN, footerY, { width: this.width * 0.75, lineBreak: false });
        doc.font(PDF_FONT.bold).fontSize(8).fillColor(TEXT);
        doc.text(t('page', { page: i - range.start + 1, total }), MARGIN + this.width * 0.6, footerY, { width: this.width * 0.4, align: 'right', lineBreak: false });
      });
      doc.page.margins = saved;
    }
    doc.fillColor(TEXT);
  }
}
