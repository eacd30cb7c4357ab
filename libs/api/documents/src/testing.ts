/** Test helpers of this library for other libraries' tests (not part of the server). */
export { inspectPdf, UNICODE_SAMPLE } from './lib/pdf-inspect';
export type { PdfInspection } from './lib/pdf-inspect';
