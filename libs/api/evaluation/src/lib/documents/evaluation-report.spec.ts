import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriterionKind, Locale, Role, ScoreSource } from '@bc/shared/domain';
import { EvaluationReportData, renderEvaluationReport } from './evaluation-report';
import { inspectPdf, UNICODE_SAMPLE } from '@bc/api/documents/testing';

/**
 * The routine example of the scoring suite, in figures: Müller Präzisionstechnik quotes 1,200.00 EUR
 * and has a recorded performance of 70; Alpine Components quotes 1,500.00 USD (1,350.00 EUR at 0.9),
 * has no history and does not meet a must-have. Hanse ranks first at 85.00; shifting single
 * weights a few points would put Alpine first.
 */
function data(locale: Locale = Locale.EN): EvaluationReportData {
  const hanse = 'Müller Präzisionstechnik GmbH';
  const alpine = 'Alpine Components AG';
  const score = (evaluatorName: string, role: Role, value: number, comment: string, counted = true, conflictOfInterest = false) => ({
    evaluatorName,
    role,
    score: value,
    comment,
    counted,
    conflictOfInterest,
  });
  return {
    locale,
    timeZone: 'Europe/Berlin',
    buyer: { name: 'Nordwind Maschinenbau GmbH' },
    purchaseCase: { reference: 'PC-2026-0117', title: 'Kühlmittelpumpen für Halle Süd' },
    rfq: { reference: 'RFQ-2026-0042', title: 'Kühlmittelpumpen und Dichtungssätze', currency: 'EUR', closedAt: new Date('2026-12-11T11:00:00Z') },
    exchangeRates: [{ currency: 'USD', rate: '0.9', setAt: new Date('2026-12-11T14:30:00Z'), setByName: 'Jürgen Groß' }],
    missingRates: [],
    lineCount: 2,
    comparison: [
      {
        supplierName: alpine,
        currency: 'USD',
        total: '1500.00',
        comparableTotal: '1350.00',
        validUntil: '2027-02-28',
        linesQuoted: 2,
        complete: false,
        mustHavesNotMet: [{ position: 1, text: 'ATEX-Zulassung für Zone 1 (Ex-Schutz)' }],
      },
      { supplierName: hanse, currency: 'EUR', total: '1200.00', comparableTotal: '1200.00', validUntil: '2027-01-31', linesQuoted: 2, complete: true, mustHavesNotMet: [] },
    ],
    criteria: [
      { key: 'PRICE', name: 'Price', kind: CriterionKind.PRICE, weight: 60 },
      { key: 'DELIVERY', name: 'Lead time and terms', kind: CriterionKind.COMMERCIAL, weight: 20 },
      { key: 'QUALITY', name: 'Technical fit and quality', kind: CriterionKind.TECHNICAL, weight: 10 },
      { key: 'RELIABILITY', name: 'Supplier reliability', kind: CriterionKind.RELIABILITY, weight: 10 },
    ],
    suppliers: [
      {
        supplierName: hanse,
        rank: 1,
        total: 85,
        missing: [],
        comparableTotal: '1200.00',
        performanceScore: 70,
        criteria: [
          { criterionKey: 'PRICE', score: 100, source: ScoreSource.PRICE, mean: null, spread: null, wideSpread: false, scores: [] },
          {
            criterionKey: 'DELIVERY',
            score: 50,
            source: ScoreSource.EVALUATORS,
            mean: 5,
            spread: 0,
            wideSpread: false,
            scores: [score('Jürgen Groß', Role.BUYER, 5, 'Sieben Wochen Lieferzeit, DAP Hamburg')],
          },
          {
            criterionKey: 'QUALITY',
            score: 80,
            source: ScoreSource.EVALUATORS,
            mean: 8,
            spread: 0,
            wideSpread: false,
            scores: [
              score('Anna Schäfer', Role.SPECIFIER, 8, 'Edelstahlgehäuse, geprüft nach DIN EN 60529'),
              score('Tobias Wagner', Role.ADVISOR, 2, 'Zweifel an den Dichtungen; Prüfbericht fehlt', false),
            ],
          },
          {
            criterionKey: 'RELIABILITY',
            score: 70,
            source: ScoreSource.PERFORMANCE,
            mean: null,
            spread: null,
            wideSpread: false,
            scores: [],
          },
        ],
      },
      {
        supplierName: alpine,
        rank: 2,
        total: 83.33,
        missing: [],
        comparableTotal: '1350.00',
        performanceScore: null,
        criteria: [
          { criterionKey: 'PRICE', score: 88.89, source: ScoreSource.PRICE, mean: null, spread: null, wideSpread: false, scores: [] },
          {
            criterionKey: 'DELIVERY',
            score: 90,
            source: ScoreSource.EVALUATORS,
            mean: 9,
            spread: 0,
            wideSpread: false,
            scores: [score('Jürgen Groß', Role.BUYER, 9, 'Fünf Wochen, FCA Zürich')],
          },
          {
            criterionKey: 'QUALITY',
            score: 50,
            source: ScoreSource.EVALUATORS,
            mean: 5,
            spread: 0,
            wideSpread: false,
            scores: [score('Anna Schäfer', Role.SPECIFIER, 5, 'Gussteile verschleißen schneller')],
          },
          {
            criterionKey: 'RELIABILITY',
            score: 70,
            source: ScoreSource.EVALUATORS,
            mean: 7,
            spread: 4,
            wideSpread: true,
            scores: [score('Anna Schäfer', Role.SPECIFIER, 5, 'Uns unbekannt'), score('Jürgen Groß', Role.BUYER, 9, 'Gute Referenzen bei zwei Kunden')],
          },
        ],
      },
    ],
    rankingComplete: true,
    sensitivity: {
      stable: false,
      leaderName: hanse,
      changes: [
        { criterionKey: 'PRICE', shift: -8, newLeaderName: alpine },
        { criterionKey: 'DELIVERY', shift: 4, newLeaderName: alpine },
        { criterionKey: 'QUALITY', shift: -6, newLeaderName: alpine },
      ],
    },
    generatedAt: new Date('2026-12-12T08:15:00Z'),
  };
}

/** The same evaluation while a USD rate is missing and scores are outstanding. */
function incomplete(locale: Locale): EvaluationReportData {
  const d = data(locale);
  const [hanse, alpine] = d.suppliers;
  return {
    ...d,
    exchangeRates: [],
    missingRates: ['USD'],
    comparison: d.comparison.map((c) => (c.currency === 'USD' ? { ...c, comparableTotal: null } : c)),
    rankingComplete: false,
    suppliers: [
      hanse,
      {
        ...alpine,
        total: 18,
        missing: ['PRICE', 'RELIABILITY'],
        comparableTotal: null,
        criteria: alpine.criteria.map((c) =>
          c.criterionKey === 'PRICE'
            ? { ...c, score: null }
            : c.criterionKey === 'RELIABILITY'
              ? { ...c, score: null, mean: null, spread: null, wideSpread: false, scores: [{ ...c.scores[0], counted: false, conflictOfInterest: true }] }
              : c,
        ),
      },
    ],
    sensitivity: { stable: true, leaderName: hanse.supplierName, changes: [] },
  };
}

/** pdf-parse (pdf.js) needs a dynamic import() that jest's sandbox refuses: read in a child process (as rfq-document.spec does). */
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

function extract(pdf: Buffer): Promise<{ pages: string[]; info: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT, require.resolve('pdf-parse')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const parsed = JSON.parse(stdout) as { pages: string[]; info: Record<string, unknown> };
      resolve({ ...parsed, pages: parsed.pages.map((p) => p.replace(/\s+/g, ' ')) });
    });
    child.stdin?.end(pdf);
  });
}

/** EVALUATION_REPORT_OUT=/tmp writes the rendered reports there, to look at them. */
function keep(name: string, pdf: Buffer): void {
  const dir = process.env['EVALUATION_REPORT_OUT'];
  if (dir) writeFileSync(join(dir, name), pdf);
}

describe('renderEvaluationReport', () => {
  let en: Buffer;
  let de: Buffer;
  let enText: string;
  let deText: string;
  let enPages: string[];

  beforeAll(async () => {
    en = await renderEvaluationReport(data(Locale.EN));
    de = await renderEvaluationReport(data(Locale.DE));
    keep('eval-report-en.pdf', en);
    keep('eval-report-de.pdf', de);
    keep('eval-report-incomplete-de.pdf', await renderEvaluationReport(incomplete(Locale.DE)));
    enPages = (await extract(en)).pages;
    enText = enPages.join('\n');
    deText = (await extract(de)).pages.join('\n');
  }, 240_000);

  it('renders a PDF with page numbers and the generation time on every page', () => {
    expect(en.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(en.subarray(-6).toString('latin1')).toContain('%%EOF');
    enPages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${enPages.length}`);
      expect(page).toContain('Generated: 12 December 2026, 09:15 CET (Europe/Berlin) = 08:15 UTC');
    });
  });

  it('gives the ranking with weighted totals, the comparison summary and the rates used', () => {
    expect(enText).toContain('Evaluation report');
    expect(enText).toContain('RFQ-2026-0042');
    expect(enText).toContain('PC-2026-0117 – Kühlmittelpumpen für Halle Süd');
    expect(enText).toContain('Quotes opened: 11 December 2026, 12:00 CET (Europe/Berlin) = 11:00 UTC');
    expect(enText).toMatch(/Ranking Rank Supplier Weighted total \(0–100\) Comparable total \(EUR\) Missing scores 1 Müller Präzisionstechnik GmbH 85\.00 1,200\.00 — 2 Alpine Components AG 83\.33 1,350\.00 —/);
    expect(enText).toContain('1,500.00 USD');
    expect(enText).toMatch(/1\. ATEX-Zulassung für Zone 1 \(Ex- ?Schutz\)/);
    expect(enText).toContain('1 USD = 0.9 EUR, entered by Jürgen Groß on 11 December 2026');
    expect(enText).not.toContain('Ranking incomplete');
  });

  it('puts the sensitivity result in words', () => {
    expect(enText).toContain('Müller Präzisionstechnik GmbH is first with the agreed weights, but first place changes');
    expect(enText).toContain('Lead time and terms weighted 24 instead of 20 (+4 points) would put Alpine Components AG first.');
    expect(enText).toContain('Price weighted 52 instead of 60 (–8 points) would put Alpine Components AG first.');
    expect(enText).toContain('No shift of up to ±10 points of Supplier reliability changes first place.');
  });

  it("shows every evaluator's score and comment, advisors apart and not counted, and flags a wide spread", () => {
    expect(enText).toContain('8 – Anna Schäfer (Specifier): Edelstahlgehäuse, geprüft nach DIN EN 60529');
    expect(enText).toContain('Advisory, not counted: 2 – Tobias Wagner (Advisor): Zweifel an den Dichtungen; Prüfbericht fehlt');
    expect(enText).toContain('mean 7.0 spread 4 Wide spread: discuss');
    expect(enText).toContain('From the recorded delivery performance: 70.');
    expect(enText).toContain('Calculated from the comparable total 1,350.00 EUR.');
    expect(enText).toMatch(/Technical fit and quality – weight 10 Supplier Score Weighted Consensus .* Müller Präzisionstechnik GmbH Rank 1 80\.00 8\.00 mean 8\.0 spread 0/);
  });

  it('is in German for a German reader, with umlauts and German number formats', () => {
    for (const label of ['Bewertungsbericht', 'Rangfolge', 'Angebotsvergleich', 'Kriterien und Gewichte', 'Bewertungen je Kriterium', 'Stabilität des ersten Platzes', 'Nicht erfüllte Muss-']) {
      expect(deText).toContain(label);
    }
    expect(deText).toContain('Zuverlässigkeit des Lieferanten');
    expect(deText).toContain('Lieferzeit und Konditionen mit Gewicht 24 statt 20 (+4 Punkte) brächte Alpine Components AG auf den ersten Platz.');
    expect(deText).toContain('Müller Präzisionstechnik GmbH');
    expect(deText).toContain('85,00');
    expect(deText).toContain('1.350,00');
    expect(deText).toContain('Beratend, zählt nicht: 2 – Tobias Wagner (Berater)');
    expect(deText).toContain('5 – Anna Schäfer (Spezifizierer): Gussteile verschleißen schneller');
    expect(deText).toContain('Große Spanne: klären');
    expect(deText).toContain('Angebote geöffnet: 11. Dezember 2026, 12:00 Uhr MEZ (Europe/Berlin) = 11:00 UTC');
    expect(deText).toMatch(/Seite 1 von \d/);
    expect(deText).not.toContain('Evaluation report');
  });

  it('warns when the ranking is incomplete or a rate is missing, and marks a conflicted score as not counted', async () => {
    const text = (await extract(await renderEvaluationReport(incomplete(Locale.EN)))).pages.join('\n');
    expect(text).toContain('Ranking incomplete');
    expect(text).toContain('Scores are missing for: Alpine Components AG (Price, Supplier reliability)');
    expect(text).toContain('No exchange rate has been entered for USD');
    expect(text).toContain('Not counted: conflict of interest declared: 5 – Anna Schäfer (Specifier): Uns unbekannt');
    expect(text).toContain('No comparable total (exchange rate missing): no price score.');
    expect(text).toContain('stays first when any single weight moves by up to ±10 points');
    expect(text).toContain('The check uses the scores given so far');
  }, 240_000);

  it('says so when nobody quoted', async () => {
    const empty = { ...data(), comparison: [], suppliers: [], sensitivity: null, rankingComplete: true };
    const text = (await extract(await renderEvaluationReport(empty))).pages.join('\n');
    expect(text).toContain('No supplier submitted a quote');
    expect(text).toContain('Page 1 of 1');
  }, 240_000);

  it('carries many suppliers and long comments over pages, the header row repeated and no row split', async () => {
    const d = data(Locale.DE);
    const long = (n: number) => `KOMMENTARANFANG${n} ${'Die Prüfung der Unterlagen ergab Abweichungen bei der Oberflächengüte. '.repeat(8)}KOMMENTARENDE${n}`;
    const base = d.suppliers[1];
    const suppliers = Array.from({ length: 12 }, (_, i) => ({
      ...base,
      supplierName: `Lieferant ${String(i + 1).padStart(2, '0')} Größenordnung GmbH`,
      rank: i + 1,
      total: 90 - i,
      criteria: base.criteria.map((c) =>
        c.source === ScoreSource.EVALUATORS
          ? { ...c, scores: [0, 1, 2].map((k) => ({ evaluatorName: `Prüfer ${k}`, role: Role.SPECIFIER, score: 5 + k, comment: long(i * 10 + k), counted: k < 2, conflictOfInterest: false })) }
          : c,
      ),
    }));
    const pdf = await renderEvaluationReport({ ...d, suppliers, comparison: [], sensitivity: { stable: true, leaderName: suppliers[0].supplierName, changes: [] } });
    keep('eval-report-long-de.pdf', pdf);
    const pages = (await extract(pdf)).pages;
    expect(pages.length).toBeGreaterThan(4);
    for (let n = 0; n < 120; n += 10) {
      // A row is never split: each comment starts and ends on the same page.
      const start = pages.findIndex((p) => p.includes(`KOMMENTARANFANG${n} `));
      expect(start).toBeGreaterThanOrEqual(0);
      expect(pages[start]).toContain(`KOMMENTARENDE${n}`);
    }
    // Continued tables repeat their header row.
    for (const page of pages.slice(2)) expect(page).toContain('Lieferant Wert Gewichtet Konsens');
  }, 240_000);

  it('sets the metadata and gives the same bytes for the same input', async () => {
    expect((await renderEvaluationReport(data(Locale.EN))).equals(en)).toBe(true);
    const { info } = await extract(de);
    expect(info['Title']).toBe('Bewertungsbericht RFQ-2026-0042: Kühlmittelpumpen und Dichtungssätze');
    expect(info['Author']).toBe('Nordwind Maschinenbau GmbH');
  }, 240_000);
});

describe('renderEvaluationReport as an archivable document', () => {
  it('prints characters outside WinAnsi as written, declares PDF/A-2b and is tagged', async () => {
    const input = data(Locale.DE);
    input.rfq.title = `Getriebe, Umkehrspiel ≤ 3 arcmin (${UNICODE_SAMPLE})`;
    const inspected = await inspectPdf(await renderEvaluationReport(input));
    // NFKC: the font draws µ (micro sign) and μ (Greek mu) with one glyph, which text extraction reads back as μ.
    const all = inspected.pages.join('\n').normalize('NFKC');
    expect(all).toContain('Umkehrspiel ≤ 3 arcmin');
    for (const part of UNICODE_SAMPLE.split(/,\s*/)) expect(all).toContain(part.normalize('NFKC'));
    expect(inspected.xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(inspected.xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(inspected.tagged).toBe(true);
    expect(inspected.structureTypes).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P']));
    expect(inspected.lang).toBe('de-DE');
    expect(inspected.unembeddedFonts).toEqual([]);
  }, 240_000);
});
