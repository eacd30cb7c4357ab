import { execFile } from 'node:child_process';

/**
 * For tests of the PDFs: the text a reader's viewer extracts (pdf.js through pdf-parse, in a
 * plain Node child process because pdf.js loads its worker with a dynamic import() that jest's
 * CommonJS sandbox refuses) and what the file declares about itself (PDF/A, tagging, language).
 */
export interface PdfInspection {
  /** The text of each page, whitespace collapsed. */
  pages: string[];
  /** The XMP metadata packet (stored uncompressed, as PDF/A wants). */
  xmp: string;
  /** The PDF version in the header, e.g. "1.7". */
  version: string;
  /** The catalog marks the content as tagged (/MarkInfo << /Marked true >>) and has a structure tree. */
  tagged: boolean;
  /** Structure types used (/S /H1, /P, ...). */
  structureTypes: string[];
  /** The catalog's /Lang. */
  lang: string | null;
  /** Fonts that are not embedded (a PDF/A file has none). */
  unembeddedFonts: string[];
}

const EXTRACT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const text = await parser.getText();
    process.stdout.write(JSON.stringify(text.pages.map((p) => p.text)));
  } finally {
    await parser.destroy();
  }
});
`;

function pagesOf(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT, require.resolve('pdf-parse')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      resolve((JSON.parse(stdout) as string[]).map((p) => p.replace(/\s+/g, ' ')));
    });
    child.stdin?.end(pdf);
  });
}

export async function inspectPdf(pdf: Buffer): Promise<PdfInspection> {
  const raw = pdf.toString('latin1');
  const xmpStart = raw.indexOf('<x:xmpmeta');
  const xmpEnd = raw.indexOf('</x:xmpmeta>');
  const xmp = xmpStart >= 0 && xmpEnd > xmpStart ? Buffer.from(raw.slice(xmpStart, xmpEnd + 12), 'latin1').toString('utf8') : '';
  const fontDicts = [...raw.matchAll(/<<[^<>]*\/Type \/Font[^<>]*>>/g)].map((m) => m[0]);
  const unembeddedFonts = fontDicts.filter((d) => /\/Subtype \/Type1/.test(d)).map((d) => /\/BaseFont \/(\S+)/.exec(d)?.[1] ?? d);
  const lang = /\/Lang \(([^)]*)\)/.exec(raw)?.[1] ?? null;
  return {
    pages: await pagesOf(pdf),
    xmp,
    version: /^%PDF-(\d\.\d)/.exec(raw)?.[1] ?? '',
    tagged: /\/MarkInfo\s+\d+ 0 R|\/Marked true/.test(raw) && /\/StructTreeRoot/.test(raw),
    structureTypes: [...new Set([...raw.matchAll(/\/S \/([A-Za-z0-9]+)/g)].map((m) => m[1]))],
    lang,
    unembeddedFonts,
  };
}

/** Characters a specification or a name may hold that WinAnsi (Helvetica) cannot show. */
export const UNICODE_SAMPLE = 'Spiel ≤ 3 arcmin, ≥ 5 µm ± 0,1 mm, Ø 40 mm × 2, 80 °C, 2,5 m² · 0,4 m³, „Ausführung“ ‘A’ “B”, Łódź, Dvořák, Ğ ş ő ű, 1 200 €';
