import { AuctionRanking, AuctionVisibility, Locale } from '@bc/shared/domain';
import type { AuctionFacts } from './rfq-mail-facts';
import { type ComposedMail, composeRfqMail, formatMailTime, type RfqFacts, type RfqMail } from './rfq-mails';

const URL = 'https://portal.example/rfq/7f3a?tab=overview&lang=x';
const URL_IN_HTML = 'https://portal.example/rfq/7f3a?tab=overview&amp;lang=x';
const CLOSES = new Date('2026-12-04T16:00:00Z');
const QUESTIONS = new Date('2026-11-27T11:00:00Z');
const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const EVIL = '<script>alert(1)</script>';
const ROUND_CLOSES = new Date('2026-12-11T11:00:00Z');
const AUCTION: AuctionFacts = {
  id: '5d1c3b9a-8f0e-4c2b-9a7d-1e2f3a4b5c6d',
  startsAt: new Date('2026-12-09T09:00:00Z'),
  endsAt: new Date('2026-12-09T09:30:00Z'),
  durationMinutes: 30,
  currency: 'EUR',
  decrement: '2.5 %',
  bidOnLines: false,
  softCloseMinutes: 2,
  extensionMinutes: 3,
  capAt: new Date('2026-12-09T09:40:00Z'),
  visibility: AuctionVisibility.RANK,
  ranking: AuctionRanking.PRICE,
};

const facts = (locale: Locale, over: Partial<RfqFacts> = {}): RfqFacts => ({
  locale,
  timeZone: 'Europe/Berlin',
  recipientName: 'Anna Schmidt',
  recipientEmail: 'anna.schmidt@acme-pumpen.example',
  buyerName: 'Nordwind Maschinenbau GmbH',
  organizer: { name: 'Jan Berger', email: 'jan.berger@nordwind.example' },
  publicUrl: 'https://portal.example',
  rfqId: '0b9e6a52-6c1d-4a59-9d7e-2f4f0f3b6c11',
  rfqReference: 'PC-2026-0004-R1',
  rfqTitle: `Hydraulic pumps ${EVIL}`,
  closesAt: CLOSES,
  questionsCloseAt: QUESTIONS,
  url: URL,
  registration: false,
  icsSequence: 3,
  ...over,
});

/** One sample per kind; the Record makes the compiler insist on every kind. */
const SAMPLES: { [K in RfqMail['kind']]: (f: RfqFacts) => Extract<RfqMail, { kind: K }> } = {
  'rfq.invitation': (f) => ({ kind: 'rfq.invitation', facts: f, registration: false, buyerContact: { name: 'Jan Berger', email: 'jan.berger@nordwind.example' } }),
  'rfq.reminder': (f) => ({ kind: 'rfq.reminder', facts: f, quoted: false }),
  'rfq.closing-changed': (f) => ({ kind: 'rfq.closing-changed', facts: f, previousClosesAt: new Date('2026-11-30T16:00:00Z'), reason: `More time for samples ${EVIL}` }),
  'rfq.answer-published': (f) => ({ kind: 'rfq.answer-published', facts: f, question: `Is DN 50 acceptable? ${EVIL}`, answer: 'Yes, DN 50 is acceptable.' }),
  'rfq.answer-private': (f) => ({ kind: 'rfq.answer-private', facts: f, question: `Can you share the drawing? ${EVIL}`, answer: 'It is in the documents tab.' }),
  'rfq.closed': (f) => ({ kind: 'rfq.closed', facts: f, quoted: true }),
  'rfq.cancelled': (f) => ({ kind: 'rfq.cancelled', facts: f, reason: `Demand dropped ${EVIL}` }),
  'quote.receipt': (f) => ({ kind: 'quote.receipt', facts: f, revision: 2, submittedAt: new Date('2026-12-04T15:59:58Z'), sha256: SHA, nonce: 'c0ffee'.repeat(10) + '0123', supplierReference: 'ANG-2026-117' }),
  'negotiation.round': (f) => ({
    kind: 'negotiation.round',
    facts: f,
    roundNumber: 2,
    roundClosesAt: ROUND_CLOSES,
    message: `Please review your price for the pumps ${EVIL}`,
    currency: 'EUR',
    targets: [{ line: '1. Hydraulic pump', unitPrice: '95.50' }],
  }),
  'negotiation.round-ended': (f) => ({ kind: 'negotiation.round-ended', facts: f, roundNumber: 2, roundClosesAt: ROUND_CLOSES, endedAt: new Date('2026-12-08T10:00:00Z') }),
  'quote.withdrawn': (f) => ({ kind: 'quote.withdrawn', facts: f, withdrawnAt: new Date('2026-12-03T09:15:00Z') }),
  'auction.invitation': (f) => ({ kind: 'auction.invitation', facts: f, auction: AUCTION, startingAmount: '1200.00' }),
  'auction.reminder': (f) => ({ kind: 'auction.reminder', facts: f, auction: AUCTION, startingAmount: '1200.00' }),
  'auction.started': (f) => ({ kind: 'auction.started', facts: f, auction: AUCTION, startedAt: AUCTION.startsAt, startingAmount: '1200.00' }),
  'auction.cancelled': (f) => ({ kind: 'auction.cancelled', facts: f, auction: AUCTION, reason: `Dates moved ${EVIL}`, wasRunning: false }),
  'auction.ended': (f) => ({
    kind: 'auction.ended',
    facts: f,
    auction: AUCTION,
    endedAt: new Date('2026-12-09T09:33:00Z'),
    finalAmount: '1100.00',
    startingAmount: '1200.00',
    bids: 4,
    result: { rank: 2, leading: false, myScore: null, leadingScore: null, bestPrice: null },
  }),
  'team.rfq-approval-requested': (f) => ({ kind: 'team.rfq-approval-requested', facts: f, requestedBy: 'Eva Buyer' }),
  'team.rfq-approved': (f) => ({ kind: 'team.rfq-approved', facts: f, approvedBy: 'Gerd Gatekeeper', comment: `Fine ${EVIL}` }),
  'team.rfq-returned': (f) => ({ kind: 'team.rfq-returned', facts: f, returnedBy: 'Gerd Gatekeeper', comment: `Add a third supplier ${EVIL}` }),
  'team.question-asked': (f) => ({ kind: 'team.question-asked', facts: f, supplierName: 'Acme Pumpen AG', question: `Is DN 50 acceptable? ${EVIL}` }),
  'team.quote-submitted': (f) => ({ kind: 'team.quote-submitted', facts: f, supplierName: 'Acme Pumpen AG', submittedAt: new Date('2026-12-02T08:00:00Z'), revision: 1 }),
  'team.supplier-declined': (f) => ({ kind: 'team.supplier-declined', facts: f, supplierName: 'Acme Pumpen AG', reason: `No capacity ${EVIL}` }),
  'team.decline-withdrawn': (f) => ({ kind: 'team.decline-withdrawn', facts: f, supplierName: 'Acme Pumpen AG' }),
  'team.rfq-closed': (f) => ({ kind: 'team.rfq-closed', facts: f, quotesReceived: 3, invited: 5 }),
  'team.auction-result': (f) => ({
    kind: 'team.auction-result',
    facts: f,
    auction: AUCTION,
    startedAt: AUCTION.startsAt,
    endedAt: new Date('2026-12-09T09:33:00Z'),
    bids: 7,
    extensions: 1,
    standings: [{ supplierName: `Acme Pumpen AG ${EVIL}`, rank: 1, startingAmount: '1200.00', finalAmount: '1100.00', bids: 4, totalScore: null }],
  }),
};
const KINDS = Object.keys(SAMPLES) as Array<RfqMail['kind']>;
const WITH_ICS: ReadonlyArray<RfqMail['kind']> = ['rfq.invitation', 'rfq.closing-changed', 'rfq.cancelled'];
const sample = (kind: RfqMail['kind'], f: RfqFacts): RfqMail => (SAMPLES[kind] as (f: RfqFacts) => RfqMail)(f);

describe('formatMailTime', () => {
  const at = new Date('2026-12-04T16:00:00Z');

  it('gives the local time with its zone and the UTC time (Node 20 ICU: CET / MEZ)', () => {
    expect(formatMailTime(at, Locale.EN, 'Europe/Berlin')).toBe('Fri, 4 Dec 2026, 17:00 CET (16:00 UTC)');
    expect(formatMailTime(at, Locale.DE, 'Europe/Berlin')).toBe('Fr., 4. Dez. 2026, 17:00 MEZ (16:00 UTC)');
  });

  it('shows summer time and repeats the UTC date only when it is another day', () => {
    expect(formatMailTime(new Date('2026-07-03T10:00:00Z'), Locale.DE, 'Europe/Berlin')).toBe('Fr., 3. Juli 2026, 12:00 MESZ (10:00 UTC)');
    expect(formatMailTime(new Date('2026-12-04T23:30:00Z'), Locale.EN, 'Europe/Berlin')).toBe('Sat, 5 Dec 2026, 00:30 CET (Fri, 4 Dec 2026, 23:30 UTC)');
    // en-GB has no short name for New York's zone, so ICU gives the offset: still unambiguous.
    expect(formatMailTime(new Date('2026-12-04T23:30:00Z'), Locale.EN, 'America/New_York')).toBe('Fri, 4 Dec 2026, 18:30 GMT-5 (23:30 UTC)');
  });

  it('does not say UTC twice for readers in UTC', () => {
    expect(formatMailTime(at, Locale.EN, 'UTC')).toBe('Fri, 4 Dec 2026, 16:00 UTC');
  });
});

describe.each([Locale.EN, Locale.DE])('RFQ mails in %s', (locale) => {
  const de = locale === Locale.DE;
  const closing = formatMailTime(CLOSES, locale, 'Europe/Berlin');
  const composed = new Map<RfqMail['kind'], ComposedMail>(KINDS.map((kind) => [kind, composeRfqMail(sample(kind, facts(locale)))]));

  describe.each(KINDS)('%s', (kind) => {
    const mail = composed.get(kind) as ComposedMail;

    it('has the reference first in a one-line subject', () => {
      expect(mail.kind).toBe(kind);
      expect(mail.subject.startsWith('[PC-2026-0004-R1] ')).toBe(true);
      expect(mail.subject).not.toMatch(/[\r\n]/);
    });

    it('has the key facts, the greeting, the link and the footer in the text and the HTML', () => {
      // An auction's mails are about the auction: the RFQ's closing is long past (invitation and end still name it).
      const auctionOnly = ['auction.reminder', 'auction.started', 'auction.cancelled', 'team.auction-result'].includes(kind);
      for (const part of [auctionOnly ? 'PC-2026-0004-R1' : closing, 'PC-2026-0004-R1', de ? 'Guten Tag Anna Schmidt,' : 'Hello Anna Schmidt,', de ? 'Sie erhalten diese E-Mail, weil' : 'You receive this email because']) {
        expect(mail.text).toContain(part);
        expect(mail.html).toContain(part);
      }
      expect(mail.text).toContain(URL);
      expect(mail.html).toContain(`href="${URL_IN_HTML}"`);
    });

    it('is simple HTML: no external resources, no link other than the action, user text escaped', () => {
      expect(mail.html).not.toMatch(/<(link|img|script|style)\b/i);
      expect(mail.html).not.toMatch(/\bsrc=|url\(/i);
      const links = mail.html.match(/https?:\/\/[^\s"<]+/gi) ?? [];
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((l) => l === URL_IN_HTML)).toBe(true);
      expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(mail.text).toContain(EVIL);
    });

    it(WITH_ICS.includes(kind) ? 'carries the closing time as exactly one .ics' : 'carries no attachment', () => {
      if (!WITH_ICS.includes(kind)) {
        const round = kind === 'negotiation.round' || kind === 'negotiation.round-ended';
        const own = round ? (de ? 'runde-2.ics' : 'round-2.ics') : kind === 'auction.invitation' || kind === 'auction.cancelled' ? (de ? 'auktion.ics' : 'auction.ics') : null;
        expect(mail.attachments).toEqual(own ? [expect.objectContaining({ filename: own })] : []);
        return;
      }
      expect(mail.attachments).toHaveLength(1);
      const [ics] = mail.attachments;
      expect(ics.filename).toBe(de ? 'angebotsfrist.ics' : 'closing.ics');
      expect(ics.contentType).toMatch(/^text\/calendar/);
      const lines = ics.content.replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(lines).toContain('UID:rfq-0b9e6a52-6c1d-4a59-9d7e-2f4f0f3b6c11-closing@portal.example');
      expect(lines).toContain(kind === 'rfq.cancelled' ? 'SEQUENCE:4' : 'SEQUENCE:3');
      expect(lines).toContain('DTSTART:20261204T160000Z');
      if (kind !== 'rfq.cancelled') expect(lines).toContain('TRIGGER:-PT24H');
      // Folded at 75 octets (not characters): German titles with umlauts and quotes included.
      expect(ics.content.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    });

    if (de) {
      it('is written with real umlauts, not transcriptions or broken encoding', () => {
        const all = `${mail.subject}\n${mail.text}`;
        expect(all).toMatch(/[äöüß]/);
        expect(all).not.toMatch(/Rueck|fuer |Aender|Bestaet|Ã|\uFFFD/);
      });
    }
  });

  it('uses "Hello," / "Guten Tag," when the name is not known', () => {
    const mail = composeRfqMail(SAMPLES['rfq.reminder'](facts(locale, { recipientName: null })));
    expect(mail.text).toContain(de ? '\nGuten Tag,\n' : '\nHello,\n');
    const blank = composeRfqMail(SAMPLES['rfq.reminder'](facts(locale, { recipientName: '  ' })));
    expect(blank.text).toContain(de ? '\nGuten Tag,\n' : '\nHello,\n');
  });

  it('invitation: the question deadline and the buyer contact, and the registration explained when needed', () => {
    const plain = composed.get('rfq.invitation') as ComposedMail;
    expect(plain.subject).toBe(de ? `[PC-2026-0004-R1] Angebotsanfrage: Hydraulic pumps ${EVIL}` : `[PC-2026-0004-R1] Invitation to quote: Hydraulic pumps ${EVIL}`);
    expect(plain.text).toContain(formatMailTime(QUESTIONS, locale, 'Europe/Berlin'));
    expect(plain.text).toContain('Jan Berger <jan.berger@nordwind.example>');
    expect(plain.text).toContain(de ? 'Anfrage im Portal öffnen:' : 'Open the RFQ in the portal:');
    expect(plain.text).not.toMatch(de ? /einmal verwendbar/ : /works once/);
    if (de) for (const word of ['Angebotsabgabe', 'Angebotsfrist', 'Rückfragen']) expect(plain.text).toContain(word);

    const registration = composeRfqMail({ ...SAMPLES['rfq.invitation'](facts(locale)), registration: true, buyerContact: null });
    expect(registration.text).toContain(de ? 'Registrieren und Anfrage öffnen:' : 'Register and open the RFQ:');
    expect(registration.text).toContain(de ? 'nur einmal verwendbar und verfällt mit Ablauf der Angebotsfrist' : 'It works once and expires at the closing time.');
    // The single-use link stays out of the calendar entry, which may be shared.
    expect(registration.attachments[0].content).not.toContain('URL:');
    expect(plain.attachments[0].content).toContain('URL:https://portal.example/rfq/7f3a');
  });

  it('closing changed: old and new time, the reason, and the same UID with the new sequence', () => {
    const mail = composeRfqMail({ ...SAMPLES['rfq.closing-changed'](facts(locale, { icsSequence: 4 })) });
    expect(mail.text).toContain(formatMailTime(new Date('2026-11-30T16:00:00Z'), locale, 'Europe/Berlin'));
    expect(mail.text).toContain(`More time for samples ${EVIL}`);
    expect(mail.attachments[0].content).toContain('\r\nUID:rfq-0b9e6a52-6c1d-4a59-9d7e-2f4f0f3b6c11-closing@portal.example\r\n');
    expect(mail.attachments[0].content).toContain('\r\nMETHOD:REQUEST\r\n');
    expect(mail.attachments[0].contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(mail.attachments[0].content).toContain('\r\nSEQUENCE:4\r\n');
  });

  it('cancelled: a METHOD:CANCEL with the same UID and a SEQUENCE above the last update, so calendars drop the entry', () => {
    const mail = composeRfqMail(SAMPLES['rfq.cancelled'](facts(locale, { icsSequence: 4 })));
    const [ics] = mail.attachments;
    expect(ics.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    const lines = ics.content.replace(/\r\n[ \t]/g, '').split('\r\n');
    for (const line of ['METHOD:CANCEL', 'STATUS:CANCELLED', 'SEQUENCE:5', 'UID:rfq-0b9e6a52-6c1d-4a59-9d7e-2f4f0f3b6c11-closing@portal.example']) expect(lines).toContain(line);
    expect(lines).toContain('ORGANIZER;CN="Jan Berger":MAILTO:jan.berger@nordwind.example');
    expect(lines.some((l) => l.startsWith('ATTENDEE;') && l.endsWith(':mailto:anna.schmidt@acme-pumpen.example'))).toBe(true);
    expect(lines).not.toContain('BEGIN:VALARM');
  });

  it('a follow-up to a directory contact carries the registration link and says what it is for; with nothing left to do, no link at all', () => {
    const reminder = composeRfqMail(SAMPLES['rfq.reminder'](facts(locale, { registration: true, url: 'https://portal.example/portal/register/abc' })));
    expect(reminder.text).toContain(de ? 'Registrieren und Anfrage öffnen:' : 'Register and open the RFQ:');
    expect(reminder.text).toContain(de ? 'oder absagen' : 'quote, ask or decline');
    const cancelled = composeRfqMail(SAMPLES['rfq.cancelled'](facts(locale, { url: null })));
    expect(cancelled.html).not.toContain('<a ');
    expect(cancelled.text).not.toContain('http');
  });

  it('receipt: revision, submission time to the second, the full SHA-256 and its nonce, with why to keep them and how to verify', () => {
    const mail = composed.get('quote.receipt') as ComposedMail;
    expect(mail.subject).toContain(de ? 'Eingangsbestätigung' : 'Receipt');
    const submitted = de ? 'Fr., 4. Dez. 2026, 16:59:58 MEZ (15:59:58 UTC)' : 'Fri, 4 Dec 2026, 16:59:58 CET (15:59:58 UTC)';
    const verify = de ? 'sha256sum quittung.json' : 'sha256sum receipt.json';
    for (const part of [SHA, 'c0ffee'.repeat(10) + '0123', submitted, 'ANG-2026-117', verify, de ? 'genau nachweisen, was Ihr Unternehmen abgegeben hat' : 'prove later exactly what your company submitted']) {
      expect(mail.text).toContain(part);
      expect(mail.html).toContain(part);
    }
    expect(mail.text).toMatch(de ? /Version:\s+2\n/ : /Revision:\s+2\n/);
  });

  it('negotiation round: the round, its deadline as .ics (own UID), the message and the targets', () => {
    const mail = composed.get('negotiation.round') as ComposedMail;
    const deadline = formatMailTime(ROUND_CLOSES, locale, 'Europe/Berlin');
    // The target in the reader's own number format.
    for (const part of [deadline, 'Please review your price for the pumps', de ? '95,50 EUR' : '95.50 EUR', '1. Hydraulic pump']) {
      expect(mail.text).toContain(part);
    }
    expect(mail.subject).toContain(de ? 'Verhandlungsrunde 2' : 'Negotiation round 2');
    const lines = mail.attachments[0].content.split('\r\n');
    expect(lines).toContain('UID:rfq-0b9e6a52-6c1d-4a59-9d7e-2f4f0f3b6c11-round-2@portal.example');
    expect(lines).toContain('DTSTART:20261211T110000Z');
    expect(lines).toContain('TRIGGER:-PT1H');
  });

  it('published answer: question and answer, and nothing about who asked', () => {
    const input = SAMPLES['rfq.answer-published'](facts(locale));
    // The kind carries no asker at all, so the mail cannot name one.
    expect(Object.keys(input).sort()).toEqual(['answer', 'facts', 'kind', 'question']);
    const mail = composeRfqMail(input);
    expect(mail.text).toContain('Is DN 50 acceptable?');
    expect(mail.text).toContain('Yes, DN 50 is acceptable.');
    expect(mail.text).toContain(de ? 'der Fragesteller wird nicht genannt' : 'who asked is not disclosed');
    expect(mail.text).not.toContain('Acme');
  });

  it('team mails have no buyer row and say nothing about prices (but an auction\'s result after its end)', () => {
    for (const kind of KINDS.filter((k) => k.startsWith('team.') && k !== 'team.auction-result')) {
      const footer = kind === 'team.rfq-approval-requested' ? (de ? 'um die Freigabe der Anfrage' : 'asked to approve RFQ') : de ? 'zum Einkaufsteam der Anfrage' : 'buying team of RFQ';
      const mail = composed.get(kind) as ComposedMail;
      expect(mail.text).not.toMatch(/price|Preis|EUR|€|total|Summe/i);
      expect(mail.text).not.toMatch(de ? /^Auftraggeber:/m : /^Buyer:/m);
      expect(mail.text).toContain(footer);
    }
  });

  it('team closed: the count of quotes, and a plain note when none came', () => {
    expect((composed.get('team.rfq-closed') as ComposedMail).subject).toContain(de ? '3 von 5 Angeboten eingegangen' : '3 of 5 quotes received');
    const none = composeRfqMail({ ...SAMPLES['team.rfq-closed'](facts(locale)), quotesReceived: 0 });
    expect(none.text).toContain(de ? 'Keiner der 5 eingeladenen Lieferanten' : 'None of the 5 invited suppliers');
    const one = composeRfqMail({ ...SAMPLES['team.rfq-closed'](facts(locale)), quotesReceived: 1, invited: 3 });
    expect(one.text).toContain(de ? '1 von 3 eingeladenen Lieferanten hat ein Angebot abgegeben' : '1 of 3 invited suppliers submitted a quote');
  });
});

it('keeps line breaks in the title out of the subject header', () => {
  const mail = composeRfqMail(SAMPLES['rfq.reminder'](facts(Locale.EN, { rfqTitle: 'Pumps\r\nBcc: someone@example.com' })));
  expect(mail.subject).not.toMatch(/[\r\n]/);
  expect(mail.subject).toContain('Pumps Bcc: someone@example.com');
});
