import { calendarUid, deadlineIcs } from '@bc/api/mail';
import { Locale } from '@bc/shared/domain';
import { formatTime, oneLine, partsOf, RfqFacts, RfqMail } from './rfq-mail-facts';

export type MailOf<K extends RfqMail['kind']> = Extract<RfqMail, { kind: K }>;
type Row = [string, string];
type Ics = ReturnType<typeof deadlineIcs>;

/** What every RFQ mail shares, worded for its reader: language, times in their zone, the common rows and calendar entries. */
export interface MailFrame {
  f: RfqFacts;
  t: (en: string, de: string) => string;
  when: (at: Date, seconds?: boolean) => string;
  closes: string;
  questionsClose: string;
  /** Short, for subjects: the reader's zone only. */
  closesLocal: string;
  title: string;
  buyerRow: Row;
  rfqRow: Row;
  closesRow: Row;
  questionsRow: Row;
  openRfq: string;
  openCase: string;
  invitedFooter: string;
  teamFooter: string;
  /** The closing time in the reader's calendar: one entry per RFQ (same UID), updated by a higher SEQUENCE, removed by CANCEL. */
  closingIcs: (withUrl: boolean, method?: 'REQUEST' | 'CANCEL') => Ics;
  /** A round's deadline: its own entry per round (same UID); a round's deadline never moves, so ending it early cancels SEQUENCE 0 with 1. */
  roundIcs: (roundNumber: number, at: Date, method: 'REQUEST' | 'CANCEL') => Ics;
  calendarNote: string;
}

export function frameFor(f: RfqFacts): MailFrame {
  const de = f.locale === Locale.DE;
  const t = (en: string, german: string) => (de ? german : en);
  const when = (at: Date, seconds = false) => formatTime(at, f.locale, f.timeZone, seconds);
  const closes = when(f.closesAt);
  const questionsClose = when(f.questionsCloseAt);
  /** Short, for subjects: the reader's zone only. */
  const closesLocal = ((p) => `${p.date}, ${p.time}`)(partsOf(f.closesAt, f.locale, f.timeZone, false));
  const title = oneLine(f.rfqTitle);

  const buyerRow: [string, string] = [t('Buyer', 'Auftraggeber'), f.buyerName];
  const rfqRow: [string, string] = [t('RFQ', 'Anfrage'), `${f.rfqReference} – ${title}`];
  const closesRow: [string, string] = [t('Closing time', 'Angebotsfrist'), closes];
  const questionsRow: [string, string] = [t('Questions until', 'Rückfragen bis'), questionsClose];
  const openRfq = t('Open the RFQ in the portal', 'Anfrage im Portal öffnen');
  const openCase = t('Open the case', 'Vorgang öffnen');
  const invitedFooter = t(
    `You receive this email because ${f.buyerName} invited your company to quote for RFQ ${f.rfqReference}.`,
    `Sie erhalten diese E-Mail, weil ${f.buyerName} Ihr Unternehmen zur Angebotsabgabe für die Anfrage ${f.rfqReference} eingeladen hat.`,
  );
  const teamFooter = t(
    `You receive this email because you belong to the buying team of RFQ ${f.rfqReference}.`,
    `Sie erhalten diese E-Mail, weil Sie zum Einkaufsteam der Anfrage ${f.rfqReference} gehören.`,
  );
  const attendee = { name: f.recipientName?.trim() || f.recipientEmail, email: f.recipientEmail };
  /** The closing time in the reader's calendar: one entry per RFQ (same UID), updated by a higher SEQUENCE, removed by CANCEL. */
  const closingIcs = (withUrl: boolean, method: 'REQUEST' | 'CANCEL' = 'REQUEST') =>
    deadlineIcs(
      {
        uid: calendarUid(`rfq-${f.rfqId}-closing`, f.publicUrl),
        method,
        // A cancellation must outrank the last update, or calendars ignore it.
        sequence: method === 'CANCEL' ? f.icsSequence + 1 : f.icsSequence,
        organizer: f.organizer,
        attendee,
        title: t(`Closing time: ${f.rfqReference} ${title}`, `Angebotsfrist: ${f.rfqReference} ${title}`),
        description: t(
          `Quotes for RFQ ${f.rfqReference} "${title}" of ${f.buyerName} must be submitted in the portal by this time.`,
          `Angebote zur Anfrage ${f.rfqReference} „${title}“ von ${f.buyerName} sind bis zu diesem Zeitpunkt im Portal abzugeben.`,
        ),
        at: f.closesAt,
        url: withUrl && f.url ? f.url : undefined,
        remindHoursBefore: 24,
      },
      t('closing.ics', 'angebotsfrist.ics'),
    );
  /** A round's deadline: its own entry per round (same UID); a round's deadline never moves, so ending it early cancels SEQUENCE 0 with 1. */
  const roundIcs = (roundNumber: number, at: Date, method: 'REQUEST' | 'CANCEL') =>
    deadlineIcs(
      {
        uid: calendarUid(`rfq-${f.rfqId}-round-${roundNumber}`, f.publicUrl),
        method,
        sequence: method === 'CANCEL' ? 1 : 0,
        organizer: f.organizer,
        attendee,
        title: t(`Round ${roundNumber} deadline: ${f.rfqReference} ${title}`, `Frist Verhandlungsrunde ${roundNumber}: ${f.rfqReference} ${title}`),
        description: t(
          `Revised quotes for RFQ ${f.rfqReference} "${title}" of ${f.buyerName} must be submitted in the portal by this time.`,
          `Überarbeitete Angebote zur Anfrage ${f.rfqReference} „${title}“ von ${f.buyerName} sind bis zu diesem Zeitpunkt im Portal abzugeben.`,
        ),
        at,
        url: method === 'REQUEST' ? (f.url ?? undefined) : undefined,
        remindHoursBefore: 1,
      },
      t(`round-${roundNumber}.ics`, `runde-${roundNumber}.ics`),
    );
  const calendarNote = t(
    'The closing time is attached as a calendar entry with a reminder one day before.',
    'Die Angebotsfrist ist als Kalendereintrag mit einer Erinnerung einen Tag vorher angehängt.',
  );
  return { f, t, when, closes, questionsClose, closesLocal, title, buyerRow, rfqRow, closesRow, questionsRow, openRfq, openCase, invitedFooter, teamFooter, closingIcs, roundIcs, calendarNote };
}
