import { execFile } from 'node:child_process';
import { CriterionKind, DEFAULT_CRITERIA, ImportanceClass, Locale, PurchaseType, RequirementKind, RfqStatus } from '@bc/shared/domain';
import { RfqDocumentData, renderRfqDocument } from './rfq-document';
import { inspectPdf, PdfInspection, UNICODE_SAMPLE } from '@bc/api/documents/testing';

const words = 'Gehäuse aus Edelstahl mit pulverbeschichteter Oberfläche, geprüft nach DIN EN 60529 und geliefert inklusive Montagematerial'.split(' ');

/** A long wrapping description with markers at both ends, to check a row never splits. */
function longText(start: string, end: string, n: number): string {
  const body = Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');
  return `${start} ${body} ${end}`;
}

function germanData(overrides: Partial<RfqDocumentData['rfq']> = {}): RfqDocumentData {
  return {
    locale: Locale.DE,
    timeZone: 'Europe/Berlin',
    buyer: { name: 'Müller & Söhne Maschinenbau GmbH', country: 'DE' },
    contact: { name: 'Jürgen Groß', email: 'juergen.gross@mueller-soehne.example' },
    rfq: {
      reference: 'RFQ-2026-0042',
      title: 'Schaltschränke für die Fertigungshalle Süd',
      description:
        'Wir suchen einen Lieferanten für Schaltschränke einschließlich Verdrahtung. Budgetrahmen etwa 250.000 € netto; Größenangaben in Millimetern.\n\nDie Schränke werden in der Halle Süd (Straße 3) aufgestellt.',
      currency: 'EUR',
      status: RfqStatus.PUBLISHED,
      closesAt: new Date('2026-12-11T11:00:00Z'),
      questionsCloseAt: new Date('2026-12-04T15:30:00Z'),
      publishedAt: new Date('2026-11-20T08:00:00Z'),
      deliveryTerms: 'DAP Werk Süd (Incoterms 2020)',
      deliveryDate: '2027-02-15',
      deliveryAddress: 'Müller & Söhne Maschinenbau GmbH, Wareneingang Tor 4, Industriestraße 12, 70565 Stuttgart',
      paymentTerms: '30 Tage netto, 14 Tage 2 % Skonto',
      validityDays: 90,
      instructions: 'Bitte geben Sie Preise je Einheit in € ohne Umsatzsteuer an. Teilangebote sind zulässig.',
      ...overrides,
    },
    purchaseCase: {
      reference: 'PC-2026-0117',
      importance: ImportanceClass.STRATEGIC,
      purchaseType: PurchaseType.NEW_TASK,
      categoryCode: '31682000',
      categoryLabel: 'Elektrische Ausrüstungen',
    },
    specification: {
      version: 3,
      approvedAt: new Date('2026-11-18T09:00:00Z'),
      lines: Array.from({ length: 150 }, (_, i) => ({
        position: i + 1,
        description: longText(`LINESTART${i + 1}`, `LINEEND${i + 1}`, 10 + ((i * 7) % 30)),
        quantity: i % 3 === 0 ? '1250.5' : String(i + 1),
        unit: i % 2 === 0 ? 'Stück' : 'Meter',
        attributes: i % 4 === 0 ? [{ name: 'Maße', value: '800 × 600 × 2000 mm' }, { name: 'Schutzart', value: 'IP55' }] : [],
      })),
      requirements: Array.from({ length: 60 }, (_, i) => ({
        position: i + 1,
        text: longText(`REQSTART${i + 1}`, `REQEND${i + 1}`, 8 + ((i * 13) % 60)),
        kind: i % 3 === 0 ? RequirementKind.NICE_TO_HAVE : RequirementKind.MUST_HAVE,
        weight: i % 3 === 0 ? 5 : null,
      })),
      attachments: [
        { name: 'Lastenheft_Schaltschränke_v3.pdf', sizeBytes: 2_456_789 },
        { name: 'Zeichnung_Größe_A.dwg', sizeBytes: 845_000 },
      ],
    },
    criteria: [...DEFAULT_CRITERIA[ImportanceClass.STRATEGIC]],
    portalUrl: 'https://portal.example.com/rfq/RFQ-2026-0042',
    generatedAt: new Date('2026-11-27T01:00:00Z'),
  };
}

function englishData(): RfqDocumentData {
  const de = germanData();
  return {
    ...de,
    locale: Locale.EN,
    timeZone: 'America/New_York',
    buyer: { name: 'Acme Components Ltd', country: 'GB' },
    purchaseCase: { ...de.purchaseCase, categoryLabel: 'Electrical equipment' },
    contact: { name: 'Paweł Dvořák 😀', email: 'jane.doe@acme.example' },
    rfq: { ...de.rfq, title: 'Control cabinets for the south hall', description: 'Control cabinets including wiring.', instructions: '' },
    specification: {
      ...de.specification,
      lines: de.specification.lines.slice(0, 5).map((l) => ({ ...l, description: `Control cabinet ${l.position}` })),
      requirements: [{ position: 1, text: 'IP55 rating', kind: RequirementKind.MUST_HAVE, weight: null }],
    },
    criteria: [
      { key: 'PRICE', name: 'Price', kind: CriterionKind.PRICE, weight: 70 },
      { key: 'SERVICE', name: 'After-sales service', kind: CriterionKind.COMMERCIAL, weight: 30 },
    ],
  };
}

/**
 * pdf-parse (pdf.js) loads its worker with a dynamic import(), which jest's CommonJS sandbox
 * refuses, so the PDF is read in a plain Node child process that gets it on stdin.
 */
const EXTRACT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const text = await parser.getText();
    const { info } = await parser.getInfo();
    process.stdout.write(JSON.stringify({ pages: text.pages.map((p) => p.text), info }));
  } finally {
    await parser.destroy();
  }
});
`;

interface Extracted {
  /** The text of each page, whitespace collapsed. */
  pages: string[];
  info: Record<string, unknown>;
}

function extract(pdf: Buffer): Promise<Extracted> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT, require.resolve('pdf-parse')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const parsed = JSON.parse(stdout) as Extracted;
      resolve({ ...parsed, pages: parsed.pages.map((p) => p.replace(/\s+/g, ' ')) });
    });
    child.stdin?.end(pdf);
  });
}

async function pagesOf(pdf: Buffer): Promise<string[]> {
  return (await extract(pdf)).pages;
}

/** Pages on which `marker` occurs as a whole word. */
function pagesWith(pages: string[], marker: string): number[] {
  const re = new RegExp(`\\b${marker}\\b`);
  return pages.flatMap((text, i) => (re.test(text) ? [i] : []));
}

describe('renderRfqDocument', () => {
  let german: Buffer;
  let germanPages: string[];

  beforeAll(async () => {
    german = await renderRfqDocument(germanData());
    germanPages = await pagesOf(german);
  }, 240_000);

  it('renders a multi-page German PDF', () => {
    expect(german.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(german.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(germanPages.length).toBeGreaterThan(3);
  });

  it('translates the labels and keeps umlauts, ß and €', () => {
    const all = germanPages.join('\n');
    for (const label of ['Angebotsanfrage', 'Eckdaten', 'Angebotsfrist', 'Frist für Rückfragen', 'Gewünschte Bindefrist', 'Lieferbedingungen', 'Gewünschter Liefertermin', 'Lieferanschrift', 'Zahlungsbedingungen', 'Positionen', 'Anforderungen', 'Beigefügte Dokumente', 'Bewertungskriterien', 'So geben Sie ein Angebot ab', 'Ansprechpartner', 'Muss-Kriterium', 'Kann-Kriterium']) {
      expect(all).toContain(label);
    }
    expect(all).toContain('Müller & Söhne Maschinenbau GmbH');
    expect(all).toContain('Schaltschränke für die Fertigungshalle Süd');
    expect(all).toContain('Budgetrahmen etwa 250.000 € netto; Größenangaben');
    expect(all).toContain('Jürgen Groß');
    expect(all).toContain('Lastenheft_Schaltschränke_v3.pdf');
    expect(all).toContain('Zuverlässigkeit des Lieferanten');
    expect(all).toContain('ergeben zusammen 100');
    expect(all).not.toContain('Request for quotation');
  });

  it('formats dates and numbers for de-DE in the given zone and states UTC', () => {
    const all = germanPages.join('\n');
    // 11:00 UTC is 12:00 in Berlin in December.
    expect(all).toMatch(/Fr\., 11\. Dezember 2026, 12:00 Uhr MEZ \(Europe\/Berlin\) = 11:00 UTC/);
    expect(all).toContain('15. Februar 2027');
    expect(all).toContain('1.250,5');
    expect(all).toContain('90 Tage ab Angebotsfrist');
  });

  it('contains every line item, the last one included', () => {
    const all = germanPages.join('\n');
    expect(all).toContain('LINESTART150');
    expect(all).toContain('LINEEND150');
  });

  it('numbers every page "Seite x von N"', () => {
    const n = germanPages.length;
    germanPages.forEach((text, i) => {
      expect(text).toContain(`Seite ${i + 1} von ${n}`);
      expect(text).toContain('RFQ-2026-0042');
    });
    expect(germanPages[0]).toContain(`Seite 1 von ${n}`);
  });

  it('never splits a line item or a requirement across pages and repeats the header row', () => {
    for (let i = 1; i <= 150; i++) {
      const start = pagesWith(germanPages, `LINESTART${i}`);
      expect(start).toHaveLength(1);
      expect(pagesWith(germanPages, `LINEEND${i}`)).toEqual(start);
    }
    const reqPages = new Set<number>();
    for (let i = 1; i <= 60; i++) {
      const start = pagesWith(germanPages, `REQSTART${i}`);
      expect(start).toHaveLength(1);
      expect(pagesWith(germanPages, `REQEND${i}`)).toEqual(start);
      reqPages.add(start[0]);
    }
    // The requirements run over several pages, so rows did meet page ends.
    expect(reqPages.size).toBeGreaterThan(1);
    for (const page of reqPages) expect(germanPages[page]).toMatch(/Pos\. Anforderung Art/);
    const linePages = new Set(Array.from({ length: 150 }, (_, i) => pagesWith(germanPages, `LINESTART${i + 1}`)[0]));
    expect(linePages.size).toBeGreaterThan(2);
    for (const page of linePages) expect(germanPages[page]).toMatch(/Pos\. Beschreibung Menge Einheit/);
  });

  it('moves a long requirement near a page end whole to the next page', async () => {
    // Find a page end: the last requirement on the first requirements page, then make the one
    // after it long enough that it cannot fit in what is left there.
    const firstReqPage = pagesWith(germanPages, 'REQSTART1')[0];
    let last = 1;
    while (pagesWith(germanPages, `REQSTART${last + 1}`)[0] === firstReqPage) last += 1;
    const data = germanData();
    data.specification.requirements[last - 1] = {
      ...data.specification.requirements[last - 1],
      text: longText(`REQSTART${last}`, `REQEND${last}`, 120),
    };
    const pages = await pagesOf(await renderRfqDocument(data));
    expect(pagesWith(pages, `REQSTART${last - 1}`)).toEqual([firstReqPage]);
    expect(pagesWith(pages, `REQSTART${last}`)).toEqual([firstReqPage + 1]);
    expect(pagesWith(pages, `REQEND${last}`)).toEqual([firstReqPage + 1]);
    expect(pages[firstReqPage + 1]).toMatch(/Pos\. Anforderung Art/);
  }, 240_000);

  it('renders the English document with English labels', async () => {
    const pages = await pagesOf(await renderRfqDocument(englishData()));
    const all = pages.join('\n');
    for (const label of ['Request for quotation', 'Key facts', 'Closing time for quotes', 'Deadline for questions', 'Quote validity wanted', 'Wanted delivery date', 'Line items', 'Requirements', 'Attached documents', 'Evaluation criteria', 'How to quote', 'Contact']) {
      expect(all).toContain(label);
    }
    expect(all).toContain('add up to 100 and were fixed when the request was published');
    expect(all).toContain('https://portal.example.com/rfq/RFQ-2026-0042');
    expect(all).toMatch(/Fri, 11 December 2026, 06:00 GMT-5 \(America\/New_York\) = 11:00 UTC/);
    expect(all).toContain('1,250.5');
    expect(all).toContain(`Page 1 of ${pages.length}`);
    expect(all).not.toContain('Angebotsanfrage');
    expect(all).not.toContain('DRAFT');
    // Letters outside WinAnsi are printed as written (embedded Unicode font).
    expect(all).toContain('Paweł Dvořák');
  }, 240_000);

  it('marks a draft on every page', async () => {
    const en = await pagesOf(await renderRfqDocument({ ...englishData(), rfq: { ...englishData().rfq, status: RfqStatus.DRAFT } }));
    for (const page of en) expect(page).toContain('DRAFT — not published');
    const de = await pagesOf(await renderRfqDocument(germanData({ status: RfqStatus.DRAFT })));
    for (const page of de) expect(page).toContain('ENTWURF — nicht veröffentlicht');
    expect(germanPages.join('\n')).not.toContain('ENTWURF');
  }, 240_000);

  it('sets the metadata and gives the same bytes for the same input', async () => {
    const again = await renderRfqDocument(germanData());
    expect(again.equals(german)).toBe(true);
    const { info } = await extract(german);
    expect(info['Title']).toContain('RFQ-2026-0042');
    expect(info['Author']).toBe('Müller & Söhne Maschinenbau GmbH');
    expect(info['Subject']).toBe('Angebotsanfrage RFQ-2026-0042');
  }, 240_000);
});

describe('renderRfqDocument as an archivable document', () => {
  let inspected: PdfInspection;

  beforeAll(async () => {
    const base = germanData();
    inspected = await inspectPdf(
      await renderRfqDocument({
        ...base,
        specification: {
          ...base.specification,
          lines: base.specification.lines.slice(0, 3),
          requirements: [{ position: 1, text: `Umkehrspiel ≤ 3 arcmin; ${UNICODE_SAMPLE}`, kind: RequirementKind.MUST_HAVE, weight: null }],
        },
      }),
    );
  }, 240_000);

  it('prints "≤ 3 arcmin" and every other character outside WinAnsi as written, not as "?"', () => {
    // NFKC: the font draws µ (micro sign) and μ (Greek mu) with one glyph, which text extraction reads back as μ.
    const all = inspected.pages.join('\n').normalize('NFKC');
    expect(all).toContain('Umkehrspiel ≤ 3 arcmin');
    for (const part of UNICODE_SAMPLE.split(/,\s*/)) expect(all).toContain(part.normalize('NFKC'));
    expect(all).not.toMatch(/\? 3 arcmin/);
  });

  it('declares PDF/A-2b, is tagged with headings and paragraphs, names its language and embeds every font', () => {
    expect(inspected.xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(inspected.xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(inspected.tagged).toBe(true);
    expect(inspected.structureTypes).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P']));
    expect(inspected.lang).toBe('de-DE');
    expect(inspected.unembeddedFonts).toEqual([]);
  });
});
