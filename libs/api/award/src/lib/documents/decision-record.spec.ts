import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Locale } from '@bc/shared/domain';
import { canonicalJson, DecisionRecordContent, decisionRecordHash } from './decision-record-content';
import { sampleContent } from '../support/decision-record-sample';
import { renderDecisionRecord } from './decision-record';
import { inspectPdf, UNICODE_SAMPLE } from '@bc/api/documents/testing';

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

/** The text of the PDF, whitespace collapsed (pdf.js in a plain Node child: jest's sandbox refuses its dynamic import). */
function textOf(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT, require.resolve('pdf-parse')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      resolve((JSON.parse(stdout) as string[]).join(' ').replace(/\s+/g, ' '));
    });
    child.stdin?.end(pdf);
  });
}

const render = (locale: Locale, content = sampleContent()) =>
  renderDecisionRecord({
    content,
    sha256: decisionRecordHash(content),
    locale,
    timeZone: 'Europe/Berlin',
    generatedAt: new Date('2026-11-27T08:00:00Z'),
    chain: { ok: true, checkedEvents: 1234 },
    jsonUrl: 'http://localhost:3000/api/cases/x/decision-record.json',
  });

describe('the decision record', () => {
  // pdf.js runs in a child process: slow on a busy machine.
  jest.setTimeout(240_000);

  it('hashes canonical JSON: key order does not matter, every character does', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    // A record's hash never changes with the implementation: this one was computed before the
    // hand-written canonical form gave way to RFC 8785 (the canonicalize package).
    expect(decisionRecordHash(sampleContent())).toBe('dd1ec9f994b4296a90694ee227a5948fdf8bf16d658b6dd462db61b8dc0ad1e6');
    const content = sampleContent();
    const reordered = JSON.parse(JSON.stringify({ ...content, format: content.format })) as DecisionRecordContent;
    expect(decisionRecordHash(reordered)).toBe(decisionRecordHash(content));
    const changed = sampleContent();
    changed.award.lines[1].unitPrice = '11.26';
    expect(decisionRecordHash(changed)).not.toBe(decisionRecordHash(content));
    expect(decisionRecordHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows the award, justification, approvals, scores, rounds, receipts and the hash, in German', async () => {
    const pdf = await render(Locale.DE);
    if (process.env['WRITE_PDF']) writeFileSync('/tmp/decision-record-de.pdf', pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    // Long hashes wrap inside their table cells.
    const joined = text.replace(/ /g, '');
    for (const expected of [
      'Vergabevermerk',
      'PC-2026-0007',
      'Kreiselpumpen für Kühlkreislauf Halle Süd',
      'Zuschlagswert',
      '12.480,00 EUR',
      'Aufteilung: Pumpen an Hanse',
      'Dora Entscheider',
      'Erik Zweitentscheider (in Vertretung für Dora Entscheider)',
      'Freigegeben',
      'Bitte Aufteilung prüfen',
      'Edelstahlgehäuse',
      'beratend, zählt nicht',
      'große Streuung',
      'Bitte prüfen Sie Ihren Preis',
      'Runde 1',
      'Zielpreise: Pos. 2 (Dichtungssatz) 11,50',
      'Keine Kapazität vor März',
      'a'.repeat(64),
      'd'.repeat(64),
      decisionRecordHash(sampleContent()),
      '1234 Einträge',
      'Entscheider › Entscheider',
      'Technische Eignung und Qualität',
    ]) {
      expect(/^[0-9a-f]{64}$/.test(expected) ? joined : text).toContain(expected);
    }
  });

  it('is in English for an English reader, with a skipped negotiation and no earlier proposal', async () => {
    const content = sampleContent();
    content.negotiation = { skippedReason: 'Both quotes within 2 % of the budget', rounds: [] };
    content.earlierProposals = [];
    const pdf = await render(Locale.EN, content);
    if (process.env['WRITE_PDF']) writeFileSync('/tmp/decision-record-en.pdf', pdf);
    const text = await textOf(pdf);
    expect(text).toContain('Decision record');
    expect(text).toContain('Skipped. Reason: Both quotes within 2 % of the budget');
    expect(text).toContain('12,480.00 EUR');
    expect(text).toContain(decisionRecordHash(content));
    expect(text).not.toContain('Earlier proposals');
  });
});

describe('the decision record as an archivable document', () => {
  it('prints characters outside WinAnsi as written, declares PDF/A-2b and is tagged', async () => {
    const content = sampleContent();
    content.award.justification = `Umkehrspiel ≤ 3 arcmin erfüllt; ${UNICODE_SAMPLE}`;
    const inspected = await inspectPdf(await render(Locale.EN, content));
    // NFKC: the font draws µ (micro sign) and μ (Greek mu) with one glyph, which text extraction reads back as μ.
    const all = inspected.pages.join('\n').normalize('NFKC');
    expect(all).toContain('Umkehrspiel ≤ 3 arcmin');
    for (const part of UNICODE_SAMPLE.split(/,\s*/)) expect(all).toContain(part.normalize('NFKC'));
    expect(inspected.xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(inspected.tagged).toBe(true);
    expect(inspected.structureTypes).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P']));
    expect(inspected.lang).toBe('en-GB');
    expect(inspected.unembeddedFonts).toEqual([]);
  }, 240_000);
});
