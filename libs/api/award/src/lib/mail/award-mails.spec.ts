import { ApprovalMode, Locale } from '@bc/shared/domain';
import { formatAmount, formatDecimal } from '@bc/api/mail';
import { type AwardFacts, type AwardMail, type ComposedAwardMail, composeAwardMail, formatMailDate } from './award-mails';

const EVIL = '<script>alert(1)</script>';
const URL = 'https://portal.example/portal/rfqs/7f3a?x=1&y=2';
const URL_IN_HTML = 'https://portal.example/portal/rfqs/7f3a?x=1&amp;y=2';
const DECIDED = new Date('2026-12-10T09:30:00Z');

const facts = (locale: Locale, over: Partial<AwardFacts> = {}): AwardFacts => ({
  locale,
  timeZone: 'Europe/Berlin',
  recipientName: 'Anna Schmidt',
  buyerName: 'Nordwind Maschinenbau GmbH',
  caseReference: 'PC-2026-0004',
  caseTitle: `Hydraulic pumps ${EVIL}`,
  rfqReference: 'PC-2026-0004-R1',
  rfqTitle: 'Hydraulic pumps for line 3',
  currency: 'EUR',
  url: URL,
  ...over,
});

/** The winner (Hanse) and the loser (Alpine): their names and the winner's prices must never reach the loser. */
const WINNER = 'Hanse Industrietechnik GmbH';
const LOSER = 'Alpine Components AG';
const PROPOSAL = {
  proposedBy: 'Eva Buyer',
  version: 2,
  totalValue: '12345.60',
  suppliers: [{ name: WINNER, total: '12345.60', lines: 2 }],
};

const SAMPLES: { [K in AwardMail['kind']]: (f: AwardFacts) => Extract<AwardMail, { kind: K }> } = {
  'award.approval-requested': (f) => ({
    kind: 'award.approval-requested',
    facts: f,
    ...PROPOSAL,
    followsRanking: false,
    topRankedName: LOSER,
    justification: `Shorter lead time outweighs the price ${EVIL}`,
    approvalsRequired: 2,
    mode: ApprovalMode.SEQUENTIAL,
  }),
  'award.rejected': (f) => ({ kind: 'award.rejected', facts: f, ...PROPOSAL, rejectedBy: 'Dora Decider', comment: `Negotiate the price first ${EVIL}` }),
  'award.letter': (f) => ({
    kind: 'award.letter',
    facts: f,
    decidedAt: DECIDED,
    split: false,
    total: '12345.60',
    lines: [
      { position: 1, description: 'Hydraulic pump HP-40', quantity: '4.0000', unit: 'pcs', unitPrice: '2500.0000', total: '10000.00' },
      { position: 2, description: `Seal kit ${EVIL}`, quantity: '8.0000', unit: 'set', unitPrice: '293.2000', total: '2345.60' },
    ],
    buyerContact: { name: 'Eva Buyer', email: 'buyer@nordwind.example' },
  }),
  'award.regret': (f) => ({ kind: 'award.regret', facts: f, decidedAt: DECIDED }),
  'award.team-notice': (f) => ({ kind: 'award.team-notice', facts: f, ...PROPOSAL, decidedAt: DECIDED, approvedBy: ['Dora Decider', 'Gerd Gatekeeper'], regretted: 1 }),
};
const KINDS = Object.keys(SAMPLES) as Array<AwardMail['kind']>;
const sample = (kind: AwardMail['kind'], f: AwardFacts): AwardMail => (SAMPLES[kind] as (f: AwardFacts) => AwardMail)(f);
const compose = (kind: AwardMail['kind'], locale: Locale, over: Partial<AwardFacts> = {}): ComposedAwardMail => composeAwardMail(sample(kind, facts(locale, over)));
/** The text and the HTML (tags and entities undone) of a mail, for facts that must be in both. */
const parts = (m: ComposedAwardMail) => [m.text, m.html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')];

describe('amounts and dates', () => {
  it('formats exact decimals per language, without floating point', () => {
    expect(formatDecimal('12345.6', Locale.EN)).toBe('12,345.60');
    expect(formatDecimal('12345.6', Locale.DE)).toBe('12.345,60');
    expect(formatDecimal('1234567890123456.78', Locale.EN)).toBe('1,234,567,890,123,456.78');
    expect(formatDecimal('293.2000', Locale.DE, 2)).toBe('293,20');
    expect(formatDecimal('2.1250', Locale.EN, 2)).toBe('2.125');
    expect(formatDecimal('4.0000', Locale.EN, 0)).toBe('4');
    expect(formatDecimal('0.5', Locale.DE, 0)).toBe('0,5');
    expect(formatDecimal('-3.5', Locale.EN)).toBe('-3.50');
    expect(formatAmount('999', 'CHF', Locale.DE)).toBe('999,00 CHF');
  });

  it('gives the day in the reader zone', () => {
    expect(formatMailDate(DECIDED, Locale.EN, 'Europe/Berlin')).toBe('10 Dec 2026');
    expect(formatMailDate(DECIDED, Locale.DE, 'Europe/Berlin')).toBe('10. Dez. 2026');
    expect(formatMailDate(new Date('2026-12-10T23:30:00Z'), Locale.EN, 'Europe/Berlin')).toBe('11 Dec 2026');
  });
});

describe.each([Locale.EN, Locale.DE])('award mails in %s', (locale) => {
  const de = locale === Locale.DE;

  describe.each(KINDS)('%s', (kind) => {
    const mail = compose(kind, locale);

    it('has the reference first in a one-line subject, the language, the greeting and the link in both parts', () => {
      expect(mail.kind).toBe(kind);
      const ref = kind === 'award.letter' || kind === 'award.regret' ? 'PC-2026-0004-R1' : 'PC-2026-0004';
      expect(mail.subject.startsWith(`[${ref}] `)).toBe(true);
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.html).toContain(`<html lang="${locale}">`);
      expect(mail.text).toContain(de ? 'Guten Tag Anna Schmidt,' : 'Hello Anna Schmidt,');
      expect(mail.text).toContain(URL);
      expect(mail.html).toContain(`href="${URL_IN_HTML}"`);
      for (const p of parts(mail)) expect(p).toContain(ref);
    });

    it('escapes what users typed in the HTML and keeps it readable in the text', () => {
      expect(mail.html).not.toContain('<script>');
      if (mail.text.includes(EVIL)) expect(mail.html).toContain('&lt;script&gt;');
    });

    it('uses simple table HTML with inline styles only', () => {
      expect(mail.html).toContain('<table role="presentation"');
      expect(mail.html).not.toMatch(/<style|<link|<img|class=/);
    });
  });

  it('asks the approver with the award, its value, the ranking and the justification', () => {
    const mail = compose('award.approval-requested', locale);
    expect(mail.subject).toBe(de ? `[PC-2026-0004] Vergabefreigabe angefordert: Hydraulic pumps ${EVIL}` : `[PC-2026-0004] Award approval requested: Hydraulic pumps ${EVIL}`);
    for (const p of parts(mail)) {
      expect(p).toContain(WINNER);
      expect(p).toContain(de ? '12.345,60 EUR' : '12,345.60 EUR');
      expect(p).toContain(de ? `Begründung: Shorter lead time outweighs the price ${EVIL}` : `Justification: Shorter lead time outweighs the price ${EVIL}`);
      expect(p).toContain(de ? 'weicht von der Rangfolge der Auswertung ab (erster Platz: Alpine Components AG)' : 'does not follow the ranking of the evaluation (first place: Alpine Components AG)');
      expect(p).toContain('Eva Buyer');
      expect(p).toContain(de ? 'nacheinander' : 'one after the other');
    }
    expect(mail.text).toMatch(de ? /^Folgt der Rangfolge:\s+Nein$/m : /^Follows the ranking:\s+No$/m);
  });

  it('says when a proposal follows the ranking, and leaves out an empty justification', () => {
    const mail = composeAwardMail({ ...SAMPLES['award.approval-requested'](facts(locale)), followsRanking: true, topRankedName: null, justification: null });
    expect(mail.text).toMatch(de ? /^Folgt der Rangfolge:\s+Ja$/m : /^Follows the ranking:\s+Yes$/m);
    expect(mail.text).toContain(de ? 'Der Vorschlag folgt der Rangfolge der Auswertung.' : 'The proposal follows the ranking of the evaluation.');
    expect(mail.text).not.toContain(de ? 'Begründung' : 'Justification');
  });

  it('tells the team who rejected, why, and that the case is back in DECISION', () => {
    const mail = compose('award.rejected', locale);
    for (const p of parts(mail)) {
      expect(p).toContain('Dora Decider');
      expect(p).toContain(de ? `Kommentar: Negotiate the price first ${EVIL}` : `Comment: Negotiate the price first ${EVIL}`);
      expect(p).toContain('DECISION');
    }
  });

  it("lists the awarded supplier's own lines, quantities, unit prices and total in the award letter, and the next step", () => {
    const mail = compose('award.letter', locale);
    expect(mail.subject).toBe(de ? '[PC-2026-0004-R1] Zuschlag: Hydraulic pumps for line 3' : '[PC-2026-0004-R1] Award: Hydraulic pumps for line 3');
    for (const p of parts(mail)) {
      expect(p).toContain(de ? '4 pcs × 2.500,00 EUR = 10.000,00 EUR' : '4 pcs × 2,500.00 EUR = 10,000.00 EUR');
      expect(p).toContain(de ? '8 set × 293,20 EUR = 2.345,60 EUR' : '8 set × 293.20 EUR = 2,345.60 EUR');
      expect(p).toContain('1. Hydraulic pump HP-40');
      expect(p).toContain(de ? '12.345,60 EUR' : '12,345.60 EUR');
      expect(p).toContain(de ? 'Eine Bestellung folgt' : 'a purchase order follows');
      expect(p).toContain('Nordwind Maschinenbau GmbH');
      expect(p).toContain(de ? '10. Dez. 2026' : '10 Dec 2026');
      expect(p).not.toContain(LOSER);
    }
    expect(mail.text).toMatch(de ? /^Auftragswert für Ihr Unternehmen:\s+12\.345,60 EUR$/m : /^Total awarded to your company:\s+12,345\.60 EUR$/m);
  });

  it('says a split award covers the lines listed', () => {
    const mail = composeAwardMail({ ...SAMPLES['award.letter'](facts(locale)), split: true });
    expect(mail.text).toContain(de ? 'für die unten aufgeführten Positionen' : 'the lines of the RFQ');
  });

  it('names neither the winner nor any price in the regret letter', () => {
    const mail = compose('award.regret', locale);
    expect(mail.subject).toBe(de ? '[PC-2026-0004-R1] Ergebnis Ihres Angebots: Hydraulic pumps for line 3' : '[PC-2026-0004-R1] Outcome of your quote: Hydraulic pumps for line 3');
    for (const p of parts(mail)) {
      expect(p).not.toContain(WINNER);
      expect(p).not.toContain(LOSER);
      expect(p).not.toMatch(/EUR|12[.,]345|10[.,]000|2[.,]500/);
      expect(p).toContain(de ? 'Zuschlag anderweitig erteilt' : 'award it elsewhere');
      expect(p).toContain('Nordwind Maschinenbau GmbH');
    }
  });

  it('tells the team the case is awarded, to whom, by whose approvals', () => {
    const mail = compose('award.team-notice', locale);
    for (const p of parts(mail)) {
      expect(p).toContain(WINNER);
      expect(p).toContain('Dora Decider, Gerd Gatekeeper');
      expect(p).toContain(de ? '12.345,60 EUR' : '12,345.60 EUR');
      expect(p).toContain(de ? '1 weiterer Bieter hat eine Absage erhalten' : '1 other supplier that quoted was sent a regret letter');
    }
  });

  it('greets without a name when there is none', () => {
    expect(compose('award.regret', locale, { recipientName: null }).text).toContain(de ? 'Guten Tag,' : 'Hello,');
  });
});
