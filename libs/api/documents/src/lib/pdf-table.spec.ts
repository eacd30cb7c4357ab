import { createPdfDocument } from './pdf-document';
import { PdfTableDrawer, pageBottom } from './pdf-table';

/** Draws a table of `n` rows "ROW1".."ROWn" from `startY` and returns the page each row went to. */
function pagesOfRows(n: number, startY: (doc: PDFKit.PDFDocument, drawer: PdfTableDrawer) => number): Map<string, number> {
  const { doc } = createPdfDocument({ lang: 'en-GB', margins: { top: 50, bottom: 50, left: 50, right: 50 }, info: { Title: 'table test' } });
  const rows = Array.from({ length: n }, (_, i) => [`ROW${i + 1}`, 'some text']);
  const drawer = new PdfTableDrawer(doc, { columns: [{ header: 'Name', width: 200 }, { header: 'Text', width: 295 }], rows });
  doc.y = startY(doc, drawer);
  const seen = new Map<string, number>();
  const text = doc.text.bind(doc);
  (doc as unknown as { text: (...args: unknown[]) => unknown }).text = (...args: unknown[]) => {
    const value = String(args[0]);
    if (/^ROW\d+$/.test(value)) seen.set(value, doc.bufferedPageRange().count);
    return (text as (...a: unknown[]) => unknown)(...args);
  };
  drawer.draw();
  doc.end();
  return seen;
}

describe('PdfTableDrawer', () => {
  it('never leaves the header with a single row at the end of a page', () => {
    // Room for the header and one row, not two: the table starts on the next page.
    const pages = pagesOfRows(5, (doc, drawer) => pageBottom(doc) - drawer.headerHeight() - drawer.rowHeight(['ROW1', 'x']) * 1.5);
    expect(pages.get('ROW1')).toBe(2);
    expect(pages.get('ROW2')).toBe(2);
  });

  it('never carries the last row alone over to a new page', () => {
    const { doc } = createPdfDocument({ lang: 'en-GB', margins: { top: 50, bottom: 50, left: 50, right: 50 }, info: {} });
    const probe = new PdfTableDrawer(doc, { columns: [{ header: 'Name', width: 200 }, { header: 'Text', width: 295 }], rows: [['ROW1', 'x']] });
    const rowHeight = probe.rowHeight(['ROW1', 'some text']);
    const rowsPerPage = Math.floor((pageBottom(doc) - 50 - probe.headerHeight()) / rowHeight);
    // One row more than fits on the first page: without the rule the last row would stand alone.
    const n = rowsPerPage + 1;
    const pages = pagesOfRows(n, () => 50);
    expect(pages.get(`ROW${n}`)).toBe(2);
    expect(pages.get(`ROW${n - 1}`)).toBe(2);
    expect(pages.get('ROW1')).toBe(1);
  });

  it('refuses a data table with a column that has no header', () => {
    const { doc } = createPdfDocument({ lang: 'en-GB', margins: { top: 50, bottom: 50, left: 50, right: 50 }, info: {} });
    expect(() => new PdfTableDrawer(doc, { columns: [{ header: 'Name', width: 200 }, { header: '', width: 100 }], rows: [] })).toThrow(/no header/);
    expect(() => new PdfTableDrawer(doc, { columns: [{ header: '', width: 200 }, { header: '', width: 100 }], rows: [], noHeader: true })).not.toThrow();
  });
});
