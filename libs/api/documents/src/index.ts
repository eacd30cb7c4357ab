export { pageBottom, PdfTableDrawer, drawTable, DEFAULT_TABLE_STYLE } from './lib/pdf-table';
export type { PdfTable, PdfTableCell, PdfTableColumn, PdfTableRow } from './lib/pdf-table';
export { createPdfDocument, PDF_FONT, printable, printableDeep, TaggedPdf, pdfFontDirectory } from './lib/pdf-document';
export { PDF_MARGIN, PDF_PALETTE } from './lib/pdf-palette';
export { PdfFormatter } from './lib/pdf-format';
export type { PdfDateStyle } from './lib/pdf-format';
export { caseRecordMeta, PdfWriter } from './lib/pdf-writer';
export type { PdfPageFrame, PdfWriterColumn, PdfWriterOptions } from './lib/pdf-writer';
export { criterionName, roleName } from './lib/pdf-texts';
