import { Locale } from '@bc/shared/domain';
import { deadlineIcs } from './ics';
import { renderMail } from './render-mail';

describe('mail for B2B inboxes', () => {
  const mail = renderMail({
    locale: Locale.DE,
    title: 'Anfrage <PC-2026-0007>',
    paragraphs: ['Guten Tag,', 'bitte geben Sie Ihr Angebot bis zur Frist ab & "pünktlich".'],
    rows: [
      ['Frist', '01.12.2026 11:00'],
      ['Einkäufer', 'Nordwind Maschinenbau GmbH'],
    ],
    action: { label: 'Angebot abgeben', url: 'https://portal.example/rfq/1?a=1&b=2' },
    footer: 'Sie erhalten diese E-Mail, weil Sie als Kontakt hinterlegt sind.',
  });

  it('is table-based HTML with inline styles, escaped, and no external resources', () => {
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain('<table role="presentation"');
    expect(mail.html).toContain('Anfrage &lt;PC-2026-0007&gt;');
    expect(mail.html).toContain('&amp; &quot;pünktlich&quot;');
    expect(mail.html).toContain('href="https://portal.example/rfq/1?a=1&amp;b=2"');
    expect(mail.html).not.toMatch(/<(style|link|img|script|div)\b/i);
    expect(mail.html).not.toMatch(/\bsrc=/i);
    expect(mail.html).not.toMatch(/url\(/i);
  });

  it('has a plain-text part with the same content', () => {
    for (const part of ['Anfrage <PC-2026-0007>', 'Guten Tag,', '& "pünktlich"', 'Frist:', '01.12.2026 11:00', 'Angebot abgeben:', 'https://portal.example/rfq/1?a=1&b=2', 'weil Sie als Kontakt']) {
      expect(mail.text).toContain(part);
    }
    expect(mail.text).not.toMatch(/<(table|td|tr|a|html)\b/i);
  });

  it('refuses an action link that is not http(s)', () => {
    expect(() => renderMail({ locale: Locale.EN, title: 't', paragraphs: [], action: { label: 'x', url: 'javascript:alert(1)' } })).toThrow();
  });

  it('is fluid up to 600 px (a phone gets the full width), with a preheader for the inbox list', () => {
    expect(mail.html).toContain('max-width:600px');
    expect(mail.html).not.toMatch(/<table[^>]* width="600"(?![^<]*\[endif\])[^>]*style="[^"]*background-color:#ffffff/);
    expect(mail.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    // The preheader is the first paragraph that is not the greeting, hidden in the message.
    expect(mail.html).toMatch(/<span style="display:none;[^"]*">bitte geben Sie Ihr Angebot bis zur Frist ab &amp; &quot;pünktlich&quot;\./);
  });

  it('keeps the text part readable: short labels in an aligned column, long ones one item per line', () => {
    expect(mail.text).toContain('Frist:     01.12.2026 11:00\nEinkäufer: Nordwind Maschinenbau GmbH');
    const long = renderMail({
      locale: Locale.EN,
      title: 'Award',
      paragraphs: [],
      rows: [
        ['Buyer', 'Nordwind'],
        ['1. Deep groove ball bearing 6204-2RS, C3 clearance', '400 pcs × 2.10 EUR = 840.00 EUR'],
      ],
    });
    expect(long.text).toContain('Buyer:\n    Nordwind\n1. Deep groove ball bearing 6204-2RS, C3 clearance:\n    400 pcs × 2.10 EUR = 840.00 EUR');
  });

  it('folds calendar lines at 75 octets, never inside a character', () => {
    const title = 'Angebotsfrist: PC-2026-0007-R1 „Kugelgewindetriebe für die Fräsmaschinen in Halle 3, Öl- und Späneschutz“';
    const ics = deadlineIcs({
      uid: 'rfq-1-closing@portal.example',
      title,
      at: new Date('2026-12-01T10:00:00Z'),
      organizer: { name: 'Jan Berger', email: 'jan@nordwind.example' },
      attendee: { name: 'Jürgen Weiß', email: 'j@acme.example' },
    });
    const physical = ics.content.split('\r\n');
    expect(physical.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics.content.replace(/\r\n /g, '')).toContain(`SUMMARY:${title.replace(/,/g, '\\,')}\r\n`);
  });

  it('builds a deadline as an RFC 5545 event in UTC', () => {
    const ics = deadlineIcs({
      uid: 'rfq-1@buying-center',
      title: 'Angebotsfrist: Ölpumpen, Teil 2; Los 1',
      at: new Date('2026-12-01T10:00:00Z'),
      remindHoursBefore: 24,
      organizer: { name: 'Jan "JB" Berger', email: 'jan@nordwind.example' },
      attendee: { name: 'Eva', email: 'eva@acme.example' },
    });
    expect(ics.content).toContain('METHOD:REQUEST\r\n');
    expect(ics.content).toContain('ORGANIZER;CN="Jan \'JB\' Berger":MAILTO:jan@nordwind.example\r\n');
    expect(ics.contentType).toMatch(/^text\/calendar/);
    expect(ics.content).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.content).toContain('DTSTART:20261201T100000Z\r\n');
    expect(ics.content).toContain('UID:rfq-1@buying-center\r\n');
    expect(ics.content).toContain('SUMMARY:Angebotsfrist: Ölpumpen\\, Teil 2\\; Los 1\r\n');
    expect(ics.content).toContain('BEGIN:VALARM');
    expect(ics.content.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});
