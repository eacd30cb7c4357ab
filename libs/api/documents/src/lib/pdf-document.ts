import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * Every PDF of the product starts here: A4, PDF/A-2b (fonts embedded, sRGB output intent, XMP
 * metadata), tagged (a structure tree with headings and paragraphs in reading order, page
 * headers and footers marked as artifacts), in the document's language, with the DejaVu fonts
 * (the npm package dejavu-fonts-ttf; Sans Condensed, about as wide as Helvetica, and Sans Mono for hashes) embedded as subsets. DejaVu covers Latin Extended, Greek,
 * Cyrillic and the signs of technical specifications (≤ ≥ ± × µ Ø ° ² ³ € ‰ and the typographic
 * quotes), so a PDF prints what was written instead of "?" for anything outside WinAnsi, which
 * is all pdfkit's built-in Helvetica knows.
 */

/** The font names registered on every document. */
export const PDF_FONT = { regular: 'Sans', bold: 'Sans-Bold', mono: 'Mono', monoBold: 'Mono-Bold' } as const;

const FONT_FILES: Record<keyof typeof PDF_FONT, string> = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoBold: 'DejaVuSansMono-Bold.ttf',
};

/**
 * Where the font files are: `assets/fonts` next to the server bundle (the production build
 * copies them there, see apps/api/webpack.config.js), else the package in a node_modules above
 * this file or the working directory (tests, `npm run dev`). PDF_FONT_DIR overrides both.
 */
export function pdfFontDirectory(): string {
  const candidates: string[] = [];
  if (process.env['PDF_FONT_DIR']) candidates.push(process.env['PDF_FONT_DIR']);
  candidates.push(join(__dirname, 'assets', 'fonts'));
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      candidates.push(join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  const found = candidates.find((dir) => existsSync(join(dir, FONT_FILES.regular)));
  if (!found) throw new Error(`The PDF fonts (${FONT_FILES.regular}, package dejavu-fonts-ttf) were not found; looked in ${candidates.join(', ')}`);
  return found;
}

let cache: Record<keyof typeof PDF_FONT, Buffer> | undefined;

/** The font files, read once per process. */
export function pdfFonts(): Record<keyof typeof PDF_FONT, Buffer> {
  if (!cache) {
    const dir = pdfFontDirectory();
    cache = {
      regular: readFileSync(join(dir, FONT_FILES.regular)),
      bold: readFileSync(join(dir, FONT_FILES.bold)),
      mono: readFileSync(join(dir, FONT_FILES.mono)),
      monoBold: readFileSync(join(dir, FONT_FILES.monoBold)),
    };
  }
  return cache;
}

export interface PdfDocumentOptions {
  /** BCP 47, e.g. 'de-DE'. */
  lang: string;
  margins: { top: number; bottom: number; left: number; right: number };
  info: PDFKit.DocumentInfo;
}

/**
 * A tagged PDF/A-2b document with the fonts registered. Text written with doc.text() becomes a
 * paragraph of the document's structure unless the call names its own structParent/structType;
 * use `heading()` for headings and `artifact()` around page furniture.
 */
export function createPdfDocument(options: PdfDocumentOptions): TaggedPdf {
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: options.margins,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    // The default font would otherwise be Helvetica, which PDF/A forbids (it is not embedded).
    font: fonts.regular as unknown as string,
    info: options.info,
  });
  doc.registerFont(PDF_FONT.regular, fonts.regular);
  doc.registerFont(PDF_FONT.bold, fonts.bold);
  doc.registerFont(PDF_FONT.mono, fonts.mono);
  doc.registerFont(PDF_FONT.monoBold, fonts.monoBold);
  doc.font(PDF_FONT.regular);
  return new TaggedPdf(doc);
}

/** The document and its structure root; text goes into the structure as paragraphs by default. */
export class TaggedPdf {
  readonly root: PDFKit.PDFStructureElement;
  private inArtifact = false;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    const original = doc.text.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
    // pdfkit's text(text, options) or text(text, x, y, options): add the structure parent to the options.
    (doc as unknown as { text: (...args: unknown[]) => PDFKit.PDFDocument }).text = (...args: unknown[]) => {
      if (this.inArtifact) return original(...args);
      const last = args[args.length - 1];
      const hasOptions = args.length > 1 && typeof last === 'object' && last !== null;
      const given = (hasOptions ? last : {}) as PDFKit.Mixins.TextOptions & { structParent?: unknown; structType?: string };
      const withStruct = { structParent: this.root, structType: 'P', ...given };
      return original(...(hasOptions ? [...args.slice(0, -1), withStruct] : [...args, withStruct]));
    };
  }

  /** Draws what `draw` draws as an artifact (running headers, footers, watermarks): not part of the text. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Pagination'): void {
    this.doc.markContent('Artifact', { type });
    this.inArtifact = true;
    try {
      draw();
    } finally {
      this.inArtifact = false;
      this.doc.endMarkedContent();
    }
  }

  /** Closes the structure tree; call right before doc.end(). */
  end(): void {
    this.root.end();
  }
}

/**
 * Text as the fonts print it: line breaks as \n, tabs as a space, other control characters
 * dropped. Every other character is printed as written (a character the font lacks, such as an
 * emoji, shows as the font's empty box, never as a different character).
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

/** `printable` over every string of a value (dates and numbers stay as they are). */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((v) => printableDeep(v)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableDeep(v)])) as T;
  }
  return value;
}
