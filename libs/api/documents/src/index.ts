export { pageBottom, PdfTableDrawer, drawTable, DEFAULT_TABLE_STYLE } from './lib/pdf-table';
export type { PdfTable, PdfTableCell, PdfTableColumn, PdfTableRow } from './lib/pdf-table';
export { createPdfDocument, PDF_FONT, printable, printableDeep, TaggedPdf, pdfFontDirectory } from './lib/pdf-document';
