import { writeFileSync } from 'node:fs';
import { Locale } from '@bc/shared/domain';
import { inspectPdf } from '@bc/api/documents/testing';
import { sampleAuction, sampleContent } from '../support/decision-record-sample';
import { DecisionRecordContent, decisionRecordHash } from './decision-record-content';
import { renderDecisionRecord } from './decision-record';

const render = async (locale: Locale, content: DecisionRecordContent): Promise<string> => {
  const pdf = await renderDecisionRecord({
    content,
    sha256: decisionRecordHash(content),
    locale,
    timeZone: 'Europe/Berlin',
    generatedAt: new Date('2026-11-27T08:00:00Z'),
    chain: { ok: true, checkedEvents: 1234 },
    jsonUrl: 'http://localhost:3000/api/cases/x/decision-record.json',
  });
  if (process.env['WRITE_PDF']) writeFileSync(`/tmp/decision-record-auction-${locale}.pdf`, pdf);
  return (await inspectPdf(pdf)).pages.join(' ');
};

describe("the decision record's reverse auctions", () => {
  // pdf.js runs in a child process: slow on a busy machine.
  jest.setTimeout(240_000);

  it('leaves a record without an auction as it was: no section, and the same hash', async () => {
    const content = sampleContent();
    expect('auctions' in content).toBe(false);
    expect(decisionRecordHash(content)).toBe('dd1ec9f994b4296a90694ee227a5948fdf8bf16d658b6dd462db61b8dc0ad1e6');
    expect(await render(Locale.EN, content)).not.toContain('Reverse auctions');
  });

  it('shows the settings, who scheduled and approved it, the extension, every bid to the second and the final ranking with the saving, in English', async () => {
    const content = { ...sampleContent(), auctions: [sampleAuction()] };
    const text = await render(Locale.EN, content);
    for (const expected of [
      'Reverse auctions',
      'Auction 1 – Ended',
      // Europe/Berlin: UTC + 1 in November.
      '6 Nov 2026, 11:00:00 CET',
      '15 minutes after the start',
      '6 Nov 2026, 11:17:12 CET (closed by the server 6 Nov 2026, 11:17:13 CET)',
      'Total price',
      '1 % of the bidder’s own last price',
      'a bid in the last 2 minutes leaves at least 3 minutes; never past 6 Nov 2026, 11:19:00 CET',
      'Their rank',
      'Lowest price',
      'Björn Käufer (Buyer), 5 Nov 2026, 17:00 CET',
      'Greta Gatekeeper (Gatekeeper), 5 Nov 2026, 18:30 CET',
      '1: 6 Nov 2026, 11:14:12 CET (bid 3) → end 6 Nov 2026, 11:17:12 CET',
      '6 Nov 2026, 11:07:41 CET Alpine Components AG 12,350.00 3',
      `${'f2'.repeat(8)}…`,
      'Final ranking (EUR)',
      'Hanse Industrie GmbH 2 12,600.00 12,200.00 400.00 (3.17 %)',
      'Lowest price before the auction 12,480.00 EUR, after it 12,200.00 EUR: 280.00 EUR less (2.24 %).',
    ]) {
      expect(text).toContain(expected);
    }
    // Shortened in the bid table; a quote revision that is a bid says so among the receipts.
    expect(text).not.toContain('f2'.repeat(32));
    const withBid = { ...content, quotes: [...content.quotes, { supplier: 'Alpine Components AG', revisions: [{ revision: 3, submittedAt: '2026-11-06T10:07:41.000Z', sha256: 'f2'.repeat(32), round: null }] }] };
    expect(await render(Locale.EN, withBid)).toContain('6 Nov 2026, 11:07 CET auction 1, bid 2');
  });

  it('is in German for a German reader, and a cancelled auction shows who cancelled it, when and why', async () => {
    const cancelled = {
      ...sampleAuction(),
      status: 'CANCELLED',
      endsAt: null,
      endedAt: null,
      approvedBy: null,
      approvedAt: null,
      cancelledBy: 'Björn Käufer',
      cancelledAt: '2026-11-04T09:00:00.000Z',
      cancelReason: 'Termin verschoben',
      extensions: [],
      bids: [],
      result: sampleAuction().result.map((r) => ({ ...r, finalAmount: r.startingAmount, saving: '0.00', savingPercent: 0, bids: 0 })),
    };
    const text = await render(Locale.DE, { ...sampleContent(), auctions: [cancelled, sampleAuction()] });
    for (const expected of [
      'Rückwärtsauktionen',
      'Auktion 1 – Abgesagt',
      'Status Abgesagt am 4. Nov. 2026, 10:00 MEZ von Björn Käufer. Begründung: Termin verschoben',
      'nicht freigegeben',
      'Auktion 2 – Beendet',
      '1 % unter dem eigenen letzten Preis des Bieters',
      'Greta Gatekeeper (Gatekeeper)',
      'Björn Käufer (Einkäufer)',
      'Endgültige Rangfolge (EUR)',
      '12.600,00 12.200,00 400,00 (3,17 %)',
      'Alle Gebote in der Reihenfolge, in der der Server sie angenommen hat',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
