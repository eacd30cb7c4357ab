import { PDF_FONT } from './pdf-document';

/**
 * A small table drawer for pdfkit: rows are measured with `heightOfString` before they are drawn,
 * a row that does not fit on the page goes whole to the next page, and the header row is drawn
 * again at the top of every page the table continues on.
 */

export interface PdfTableColumn {
  header: string;
  /** Width in points; the widths of a table add up to its width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface PdfTableCell {
  text: string;
  bold?: boolean;
  /** Lines shown below the text in smaller grey type (e.g. attributes of a line item). */
  notes?: string[];
  color?: string;
}

export type PdfTableRow = Array<string | PdfTableCell>;

export interface PdfTableStyle {
  font: string;
  boldFont: string;
  fontSize: number;
  notesFontSize: number;
  headerFontSize: number;
  padX: number;
  padY: number;
  lineGap: number;
  textColor: string;
  mutedColor: string;
  headerFill: string;
  headerText: string;
  zebraFill: string;
  ruleColor: string;
}

export const DEFAULT_TABLE_STYLE: PdfTableStyle = {
  font: PDF_FONT.regular,
  boldFont: PDF_FONT.bold,
  fontSize: 9,
  notesFontSize: 7.5,
  headerFontSize: 8.5,
  padX: 5,
  padY: 4,
  lineGap: 1,
  textColor: '#1a1a1a',
  mutedColor: '#5b6470',
  headerFill: '#1f3a5f',
  headerText: '#ffffff',
  zebraFill: '#f2f5f9',
  ruleColor: '#c9d1db',
};

export interface PdfTable {
  columns: PdfTableColumn[];
  rows: PdfTableRow[];
  /** No header row (e.g. a label/value table). */
  noHeader?: boolean;
  style?: Partial<PdfTableStyle>;
}

/** Called after a page break the table made, before the header row is repeated. */
export type NewPageHook = () => void;

const asCell = (cell: string | PdfTableCell): PdfTableCell => (typeof cell === 'string' ? { text: cell } : cell);

/** The y below which nothing may be drawn on the current page. */
export function pageBottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

export class PdfTableDrawer {
  private readonly style: PdfTableStyle;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly table: PdfTable,
    private readonly onNewPage: NewPageHook = () => undefined,
  ) {
    this.style = { ...DEFAULT_TABLE_STYLE, ...table.style };
    // A data table names every column; only a label/value list (noHeader) goes without.
    const unnamed = table.noHeader ? [] : table.columns.filter((c) => !c.header.trim());
    if (unnamed.length) throw new Error(`A table column has no header (columns: ${table.columns.map((c) => JSON.stringify(c.header)).join(', ')})`);
  }

  private get width(): number {
    return this.table.columns.reduce((s, c) => s + c.width, 0);
  }

  private textOptions(column: PdfTableColumn, align?: 'left' | 'right' | 'center'): PDFKit.Mixins.TextOptions {
    return { width: column.width - 2 * this.style.padX, align: align ?? column.align ?? 'left', lineGap: this.style.lineGap };
  }

  headerHeight(): number {
    if (this.table.noHeader) return 0;
    const { doc, style } = this;
    doc.font(style.boldFont).fontSize(style.headerFontSize);
    const h = Math.max(...this.table.columns.map((c) => doc.heightOfString(c.header || ' ', this.textOptions(c))));
    return h + 2 * style.padY;
  }

  rowHeight(row: PdfTableRow): number {
    const { doc, style } = this;
    let max = 0;
    this.table.columns.forEach((column, i) => {
      const cell = asCell(row[i] ?? '');
      doc.font(cell.bold ? style.boldFont : style.font).fontSize(style.fontSize);
      let h = doc.heightOfString(cell.text || ' ', this.textOptions(column));
      if (cell.notes?.length) {
        doc.font(style.font).fontSize(style.notesFontSize);
        h += 2 + doc.heightOfString(cell.notes.join('\n'), this.textOptions(column, 'left'));
      }
      max = Math.max(max, h);
    });
    return max + 2 * style.padY;
  }

  /**
   * Height the table needs on a page before its first rows: the header plus two rows (one if
   * that is all), so that a table never leaves its header with a single row at a page end.
   */
  startHeight(): number {
    const [first, second] = this.table.rows.map((row) => this.rowHeight(row));
    const page = this.doc.page.height - this.doc.page.margins.top - this.doc.page.margins.bottom;
    const two = this.headerHeight() + (first ?? 0) + (second ?? 0);
    // Rows too tall to stand two on a page: one with the header is the most that can be kept.
    return two <= page ? two : this.headerHeight() + Math.min(first ?? 0, page);
  }

  /** Draws the table from doc.y at the left margin; doc.y ends below it. */
  draw(): void {
    const { doc } = this;
    const x = doc.page.margins.left;
    if (doc.y + this.startHeight() > pageBottom(doc) && doc.y > doc.page.margins.top + 1) this.newPage();
    this.drawHeader(x);
    const rows = this.table.rows;
    let onPage = 0;
    rows.forEach((row, index) => {
      let height = this.rowHeight(row);
      // The last row never goes alone to a new page: when it would not fit after this one, the
      // two go over together (unless this page would keep fewer than two rows of the table).
      const lastAlone = index === rows.length - 2 && onPage >= 2 && doc.y + height <= pageBottom(doc) && doc.y + height + this.rowHeight(rows[index + 1]) > pageBottom(doc);
      if (doc.y + height > pageBottom(doc) || lastAlone) {
        this.newPage();
        this.drawHeader(x);
        onPage = 0;
      }
      onPage += 1;
      // A row higher than a whole page is cut with an ellipsis rather than spilling over.
      const room = pageBottom(doc) - doc.y;
      const clip = height > room ? room : undefined;
      if (clip !== undefined) height = clip;
      this.drawRow(x, row, index, height, clip);
    });
    doc.x = x;
  }

  private newPage(): void {
    this.doc.addPage();
    this.onNewPage();
  }

  private drawHeader(x: number): void {
    if (this.table.noHeader) return;
    const { doc, style } = this;
    const y = doc.y;
    const h = this.headerHeight();
    doc.save().rect(x, y, this.width, h).fill(style.headerFill).restore();
    doc.font(style.boldFont).fontSize(style.headerFontSize).fillColor(style.headerText);
    let cx = x;
    for (const column of this.table.columns) {
      doc.text(column.header, cx + style.padX, y + style.padY, this.textOptions(column));
      cx += column.width;
    }
    doc.x = x;
    doc.y = y + h;
  }

  private drawRow(x: number, row: PdfTableRow, index: number, height: number, clip: number | undefined): void {
    const { doc, style } = this;
    const y = doc.y;
    if (index % 2 === 1) doc.save().rect(x, y, this.width, height).fill(style.zebraFill).restore();
    let cx = x;
    this.table.columns.forEach((column, i) => {
      const cell = asCell(row[i] ?? '');
      const inner = height - 2 * style.padY;
      doc.font(cell.bold ? style.boldFont : style.font).fontSize(style.fontSize).fillColor(cell.color ?? style.textColor);
      const options = { ...this.textOptions(column), ...(clip !== undefined ? { height: inner, ellipsis: true } : {}) };
      doc.text(cell.text, cx + style.padX, y + style.padY, options);
      if (cell.notes?.length && clip === undefined) {
        doc.font(style.font).fontSize(style.notesFontSize).fillColor(style.mutedColor);
        doc.text(cell.notes.join('\n'), cx + style.padX, doc.y + 2, this.textOptions(column, 'left'));
      }
      cx += column.width;
    });
    doc
      .save()
      .moveTo(x, y + height)
      .lineTo(x + this.width, y + height)
      .lineWidth(0.5)
      .strokeColor(style.ruleColor)
      .stroke()
      .restore();
    doc.fillColor(style.textColor);
    doc.x = x;
    doc.y = y + height;
  }
}

export function drawTable(doc: PDFKit.PDFDocument, table: PdfTable, onNewPage?: NewPageHook): void {
  new PdfTableDrawer(doc, table, onNewPage).draw();
}
