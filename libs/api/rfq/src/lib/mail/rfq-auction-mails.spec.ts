import { AuctionRanking, AuctionVisibility, Locale } from '@bc/shared/domain';
import type { AuctionBidderResult, AuctionFacts, RfqFacts, RfqMail } from './rfq-mail-facts';
import { composeRfqMail } from './rfq-mails';

const facts = (locale: Locale): RfqFacts => ({
  locale,
  timeZone: 'Europe/Berlin',
  recipientName: 'Anna Schmidt',
  recipientEmail: 'anna.schmidt@acme-pumpen.example',
  buyerName: 'Nordwind Maschinenbau GmbH',
  organizer: { name: 'Jan Berger', email: 'jan.berger@nordwind.example' },
  publicUrl: 'https://portal.example',
  rfqId: '0b9e6a52-6c1d-4a59-9d7e-2f4f0f3b6c11',
  rfqReference: 'PC-2026-0004-R1',
  rfqTitle: 'Hydraulic pumps',
  closesAt: new Date('2026-12-04T16:00:00Z'),
  questionsCloseAt: new Date('2026-11-27T11:00:00Z'),
  url: 'https://portal.example/portal/auctions/5d1c3b9a-8f0e-4c2b-9a7d-1e2f3a4b5c6d',
  registration: false,
  icsSequence: 0,
});

const AUCTION: AuctionFacts = {
  id: '5d1c3b9a-8f0e-4c2b-9a7d-1e2f3a4b5c6d',
  startsAt: new Date('2026-12-09T09:00:00Z'),
  endsAt: new Date('2026-12-09T10:30:00Z'),
  durationMinutes: 90,
  currency: 'EUR',
  decrement: '2.5 %',
  bidOnLines: false,
  softCloseMinutes: 2,
  extensionMinutes: 3,
  capAt: new Date('2026-12-09T10:40:00Z'),
  visibility: AuctionVisibility.RANK,
  ranking: AuctionRanking.PRICE,
};

const HIDDEN: AuctionBidderResult = { rank: null, leading: null, myScore: null, leadingScore: null, bestPrice: null };
const ended = (locale: Locale, result: Partial<AuctionBidderResult>, auction: Partial<AuctionFacts> = {}): RfqMail => ({
  kind: 'auction.ended',
  facts: facts(locale),
  auction: { ...AUCTION, ...auction },
  endedAt: new Date('2026-12-09T10:33:00Z'),
  startingAmount: '1200.00',
  finalAmount: '1100.00',
  bids: 3,
  result: { ...HIDDEN, ...result },
});
const reminder = (locale: Locale, auction: Partial<AuctionFacts> = {}): RfqMail => ({ kind: 'auction.reminder', facts: facts(locale), auction: { ...AUCTION, ...auction }, startingAmount: '1200.00' });

describe('live auction mails', () => {
  it('reminder: when, how long, the link and every rule a bidder needs, in both languages', () => {
    const en = composeRfqMail(reminder(Locale.EN));
    expect(en.subject).toBe('[PC-2026-0004-R1] Reminder – live auction starts Wed, 9 Dec 2026, 10:00 CET: Hydraulic pumps');
    for (const part of [
      'starts on Wed, 9 Dec 2026, 10:00 CET (09:00 UTC) and runs for 1 hour 30 minutes, until Wed, 9 Dec 2026, 11:30 CET (10:30 UTC)',
      'You bid a new total price; your line prices are scaled down to it. Each bid must be at least 2.5 % below your own last price.',
      'Bidders are ranked by total price, the lowest first.',
      'Soft close: a bid in the last 2 minutes extends the auction so that 3 minutes remain after it, but never past Wed, 9 Dec 2026, 11:40 CET (10:40 UTC).',
      'You see your own rank and whether you lead.',
      'The other bidders’ names are never shown, nor their prices.',
      'Open the auction in the portal:\nhttps://portal.example/portal/auctions/5d1c3b9a-8f0e-4c2b-9a7d-1e2f3a4b5c6d',
    ]) {
      expect(en.text).toContain(part);
    }
    expect(en.text).toMatch(/Your starting price:\s+1,200\.00 EUR/);
    expect(en.text).toMatch(/Duration:\s+1 hour 30 minutes/);
    expect(en.attachments).toEqual([]);
    const de = composeRfqMail(reminder(Locale.DE, { bidOnLines: true, decrement: '10 EUR', softCloseMinutes: 0, visibility: AuctionVisibility.NONE }));
    expect(de.subject).toBe('[PC-2026-0004-R1] Erinnerung – Live-Auktion beginnt Mi., 9. Dez. 2026, 10:00 MEZ: Hydraulic pumps');
    for (const part of [
      'dauert 1 Stunde 30 Minuten',
      'Jeder neue Einzelpreis muss Ihren eigenen letzten Einzelpreis der Position um mindestens 10 EUR unterschreiten.',
      'Es gibt keine Verlängerung',
      'Sie sehen nur Ihre eigenen Gebote.',
      '1.200,00 EUR',
    ]) {
      expect(de.text).toContain(part);
    }
    expect(de.text).toMatch(/Mindestabstand:\s+10 EUR je Einheit und Position/);
  });

  it('says what the bidder will see under each visibility, and the leading price when ranked on the total score', () => {
    const seen = (visibility: AuctionVisibility, ranking = AuctionRanking.TOTAL_SCORE) => composeRfqMail(reminder(Locale.EN, { visibility, ranking })).text;
    expect(seen(AuctionVisibility.LEADING_SCORE)).toContain('You see your own total score and the leading total score. You also see the price at which you would lead.');
    expect(seen(AuctionVisibility.BEST_PRICE, AuctionRanking.PRICE)).toContain('You see the lowest price bid so far, but not who bid it. The other');
    expect(seen(AuctionVisibility.NONE)).not.toContain('price at which you would lead');
    expect(seen(AuctionVisibility.RANK)).toContain('ranked by the total score of the evaluation');
  });

  it('start: the current end in the subject and the text, and the link to bid', () => {
    const mail = composeRfqMail({ kind: 'auction.started', facts: facts(Locale.EN), auction: { ...AUCTION, endsAt: new Date('2026-12-09T10:33:00Z') }, startedAt: AUCTION.startsAt, startingAmount: '1200.00' });
    expect(mail.subject).toBe('[PC-2026-0004-R1] Live auction started – bids until Wed, 9 Dec 2026, 11:33 CET: Hydraulic pumps');
    expect(mail.text).toContain('Bids are taken in the portal until Wed, 9 Dec 2026, 11:33 CET (10:33 UTC)');
    expect(mail.text).toMatch(/Current end:\s+Wed, 9 Dec 2026, 11:33 CET \(10:33 UTC\)/);
    expect(mail.text).toContain('Bid in the portal:\nhttps://portal.example/portal/auctions/');
    expect(mail.text).not.toContain('Auction starts:');
  });

  it('end under RANK: the bidder’s rank and whether it led, and that the award is decided later', () => {
    const en = composeRfqMail(ended(Locale.EN, { rank: 2, leading: false }));
    expect(en.text).toMatch(/Your final rank:\s+2\n/);
    expect(en.text).toMatch(/Leading at the end:\s+No\n/);
    expect(en.text).toContain('Your company did not lead the auction at its end.');
    expect(en.text).toContain('The auction does not award the contract. Nordwind Maschinenbau GmbH now completes the evaluation and decides on the award later');
    const de = composeRfqMail(ended(Locale.DE, { rank: 1, leading: true }));
    expect(de.text).toMatch(/Ihr Rang am Ende:\s+1\n/);
    expect(de.text).toContain('Ihr Unternehmen führte die Auktion bei ihrem Ende.');
    expect(de.text).toContain('Die Auktion vergibt den Auftrag nicht.');
  });

  it('end under LEADING_SCORE, BEST_PRICE and NONE: only what the setting shows', () => {
    const scores = composeRfqMail(ended(Locale.EN, { myScore: 7.456, leadingScore: 8.1, leading: false }, { visibility: AuctionVisibility.LEADING_SCORE, ranking: AuctionRanking.TOTAL_SCORE })).text;
    expect(scores).toMatch(/Your final total score:\s+7\.46\n/);
    expect(scores).toMatch(/Leading total score:\s+8\.1\n/);
    const best = composeRfqMail(ended(Locale.DE, { bestPrice: '1050.00' }, { visibility: AuctionVisibility.BEST_PRICE })).text;
    expect(best).toMatch(/Niedrigster Endpreis \(Bieter nicht genannt\):\s+1\.050,00 EUR/);
    expect(best).not.toMatch(/Rang|führend/);
    const none = composeRfqMail(ended(Locale.EN, {}, { visibility: AuctionVisibility.NONE })).text;
    expect(none).toContain('Under this auction’s settings, the standings of the bidders are not disclosed.');
    expect(none).not.toMatch(/rank|Lowest|score/i);
    expect(none).toMatch(/Your final price:\s+1,100\.00 EUR/);
  });

  it('cancellation: the reason, and the invitation’s calendar entry cancelled (same UID, higher SEQUENCE)', () => {
    const mail = composeRfqMail({ kind: 'auction.cancelled', facts: facts(Locale.DE), auction: AUCTION, reason: 'Bedarf verschoben', wasRunning: false });
    expect(mail.subject).toBe('[PC-2026-0004-R1] Live-Auktion abgesagt: Hydraulic pumps');
    expect(mail.text).toContain('Begründung: Bedarf verschoben');
    expect(mail.text).toContain('Ihr Angebot gilt wie abgegeben');
    const invitation = composeRfqMail({ kind: 'auction.invitation', facts: facts(Locale.DE), auction: AUCTION, startingAmount: '1200.00' });
    const lines = (m: typeof mail) => m.attachments[0].content.replace(/\r\n[ \t]/g, '').split('\r\n');
    const uid = lines(invitation).find((l) => l.startsWith('UID:'));
    expect(uid).toBe('UID:rfq-0b9e6a52-6c1d-4a59-9d7e-2f4f0f3b6c11-auction-5d1c3b9a-8f0e-4c2b-9a7d-1e2f3a4b5c6d@portal.example');
    expect(lines(mail)).toEqual(expect.arrayContaining([uid, 'METHOD:CANCEL', 'SEQUENCE:1']));
    const running = composeRfqMail({ kind: 'auction.cancelled', facts: facts(Locale.EN), auction: AUCTION, reason: 'Case cancelled', wasRunning: true });
    expect(running.text).toContain('while it was running. Bids can no longer be placed.');
  });

  it('buyer’s result: every bidder in order with its prices and bids, the counts, the scores when ranked on them', () => {
    const mail = composeRfqMail({
      kind: 'team.auction-result',
      facts: facts(Locale.EN),
      auction: { ...AUCTION, ranking: AuctionRanking.TOTAL_SCORE },
      startedAt: AUCTION.startsAt,
      endedAt: new Date('2026-12-09T10:33:00Z'),
      bids: 5,
      extensions: 1,
      standings: [
        { supplierName: 'Hanse Industrietechnik GmbH', rank: 1, startingAmount: '1200.00', finalAmount: '1100.00', bids: 4, totalScore: 8.25 },
        { supplierName: 'Alpine Components AG', rank: 2, startingAmount: '1320.00', finalAmount: '1250.00', bids: 1, totalScore: 7 },
      ],
    });
    expect(mail.subject).toBe('[PC-2026-0004-R1] Live auction result: Hydraulic pumps');
    expect(mail.text).toContain('with 5 bids and 1 extension. The final ranking (by total score)');
    expect(mail.text).toMatch(/1\. Hanse Industrietechnik GmbH:\s+1,100\.00 EUR \(from 1,200\.00 EUR, 4 bids, total score 8\.25\)/);
    expect(mail.text).toMatch(/2\. Alpine Components AG:\s+1,250\.00 EUR \(from 1,320\.00 EUR, 1 bid, total score 7\)/);
    expect(mail.text.indexOf('1. Hanse')).toBeLessThan(mail.text.indexOf('2. Alpine'));
  });
});
