import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Locale } from '@bc/shared/domain';
import { canonicalJson, DECISION_RECORD_FORMAT, DecisionRecordContent, decisionRecordHash } from './decision-record-content';
import { renderDecisionRecord } from './decision-record';
import { inspectPdf, UNICODE_SAMPLE } from '@bc/api/documents/testing';

/** A split award after one negotiation round, with a rejected first proposal. */
export function sampleContent(): DecisionRecordContent {
  return {
    format: DECISION_RECORD_FORMAT,
    organization: 'Nordwind Maschinenbau GmbH',
    case: {
      reference: 'PC-2026-0007',
      title: 'Kreiselpumpen für Kühlkreislauf Halle Süd',
      purchaseType: 'NEW_TASK',
      importance: 'BOTTLENECK',
      categoryCode: '42122130',
      currency: 'EUR',
      openedAt: '2026-10-01T08:00:00.000Z',
      openedBy: 'Björn Käufer',
    },
    specification: { version: 2, approvedAt: '2026-10-08T09:30:00.000Z', approvedBy: 'Sabine Spezifizierer', lines: 2, requirements: 3 },
    rfq: {
      reference: 'RFQ-2026-0007',
      title: 'Kreiselpumpen und Dichtungssätze',
      publishedAt: '2026-10-12T07:00:00.000Z',
      closesAt: '2026-10-26T11:00:00.000Z',
      closedAt: '2026-10-26T11:00:02.000Z',
      twoEnvelope: true,
      technicalLockedAt: '2026-10-28T15:00:00.000Z',
      criteria: [
        { key: 'PRICE', name: 'Price', kind: 'PRICE', weight: 40 },
        { key: 'QUALITY', name: 'Technical fit and quality', kind: 'TECHNICAL', weight: 20 },
        { key: 'RELIABILITY', name: 'Supplier reliability', kind: 'RELIABILITY', weight: 40 },
      ],
      exchangeRates: [{ currency: 'USD', rate: '0.9' }],
    },
    invitations: [
      { supplier: 'Alpine Components AG', status: 'QUOTED', invitedAt: '2026-10-12T07:00:00.000Z', declineReason: null },
      { supplier: 'Hanse Industrie GmbH', status: 'QUOTED', invitedAt: '2026-10-12T07:00:00.000Z', declineReason: null },
      { supplier: 'Ostsee Pumpen KG', status: 'DECLINED', invitedAt: '2026-10-12T07:00:00.000Z', declineReason: 'Keine Kapazität vor März' },
    ],
    quotes: [
      {
        supplier: 'Alpine Components AG',
        revisions: [
          { revision: 1, submittedAt: '2026-10-20T10:00:00.000Z', sha256: 'a'.repeat(64), round: null },
          { revision: 2, submittedAt: '2026-11-02T10:00:00.000Z', sha256: 'b'.repeat(64), round: 1 },
        ],
      },
      { supplier: 'Hanse Industrie GmbH', revisions: [{ revision: 1, submittedAt: '2026-10-21T10:00:00.000Z', sha256: 'c'.repeat(64), round: null }] },
    ],
    scores: [
      {
        supplier: 'Alpine Components AG',
        criterion: 'QUALITY',
        consensus: 75,
        wideSpread: true,
        evaluators: [
          { name: 'Sabine Spezifizierer', role: 'SPECIFIER', score: 9, comment: 'Edelstahlgehäuse, Wirkungsgrad über Soll', counted: true, scoredAt: '2026-10-27T09:00:00.000Z' },
          { name: 'Bernd Berater', role: 'ADVISOR', score: 4, comment: 'Ersatzteilversorgung unklar', counted: false, scoredAt: '2026-10-27T10:00:00.000Z' },
        ],
      },
    ],
    ranking: [
      { rank: 1, supplier: 'Hanse Industrie GmbH', total: 82.5 },
      { rank: 2, supplier: 'Alpine Components AG', total: 80.12 },
    ],
    negotiation: {
      skippedReason: null,
      rounds: [
        {
          number: 1,
          message: 'Bitte prüfen Sie Ihren Preis für die Dichtungssätze.',
          openedAt: '2026-10-29T08:00:00.000Z',
          openedBy: 'Björn Käufer',
          closesAt: '2026-11-05T11:00:00.000Z',
          endedAt: null,
          targets: [{ lineKey: 'seal', position: 2, description: 'Dichtungssatz', unitPrice: 11.5 }],
          suppliers: [
            { supplier: 'Alpine Components AG', responded: true },
            { supplier: 'Hanse Industrie GmbH', responded: false },
          ],
        },
      ],
    },
    award: {
      version: 2,
      proposedBy: 'Björn Käufer',
      proposedAt: '2026-11-06T09:00:00.000Z',
      decidedAt: '2026-11-07T16:45:00.000Z',
      justification: 'Aufteilung: Pumpen an Hanse (Rang 1), Dichtungssätze an Alpine (günstiger nach Runde 1, gleiche Qualität).',
      followsRanking: false,
      approvalMode: 'SEQUENTIAL',
      approvalSteps: ['DECIDER', 'DECIDER'],
      currency: 'EUR',
      totalValue: '12480.00',
      lines: [
        { lineKey: 'pump', position: 1, description: 'Kreiselpumpe DN 50, Edelstahl', supplier: 'Hanse Industrie GmbH', quantity: '4', unitPrice: '2850.00', total: '11400.00' },
        { lineKey: 'seal', position: 2, description: 'Dichtungssatz', supplier: 'Alpine Components AG', quantity: '96', unitPrice: '11.25', total: '1080.00' },
      ],
    },
    approvals: [
      { approver: 'Dora Entscheider', role: 'DECIDER', decision: 'APPROVED', comment: 'Einverstanden.', decidedAt: '2026-11-07T10:00:00.000Z' },
      { approver: 'Erik Zweitentscheider', role: 'DECIDER', decision: 'APPROVED', comment: null, decidedAt: '2026-11-07T16:45:00.000Z', onBehalfOf: 'Dora Entscheider' },
    ],
    earlierProposals: [{ version: 1, status: 'REJECTED', proposedAt: '2026-11-05T12:00:00.000Z', decidedAt: '2026-11-05T15:00:00.000Z', reason: 'Bitte Aufteilung prüfen', totalValue: '12600.00' }],
    audit: {
      events: 3,
      firstAt: '2026-10-01T08:00:00.000Z',
      lastAt: '2026-11-07T16:45:00.000Z',
      lastHash: 'd'.repeat(64),
      byAction: [
        { action: 'case.created', count: 1 },
        { action: 'award.approved', count: 2 },
      ],
      entries: [
        { sequence: 1, occurredAt: '2026-10-01T08:00:00.000Z', action: 'case.created', actor: 'Björn Käufer' },
        { sequence: 40, occurredAt: '2026-11-07T10:00:00.000Z', action: 'award.approved', actor: 'Dora Entscheider' },
        { sequence: 41, occurredAt: '2026-11-07T16:45:00.000Z', action: 'award.approved', actor: null },
      ],
    },
  };
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
