import { calendarUid, type CalendarPerson, deadlineIcs, formatAmount, type MailContent, type OutboxAttachment, renderMail } from '@bc/api/mail';
import { Locale } from '@bc/shared/domain';

/**
 * The emails of the RFQ process, in English and German, as pure functions: the caller passes the
 * facts, gets subject, plain text, simple HTML and attachments back, and puts them in the outbox.
 *
 * B2B inboxes are old and strict (product.md): only useful content, the key facts as rows, one link,
 * and every time in the reader's zone and in UTC. Team mails never carry quote content: quotes are
 * sealed until the closing time, and nothing of a quote is passed in here.
 */

export interface RfqFacts {
  locale: Locale;
  /** IANA zone for times shown; every time is also given in UTC. */
  timeZone: string;
  recipientName: string | null;
  /** The reader, as the attendee of calendar entries. */
  recipientEmail: string;
  buyerName: string;
  /** The responsible buyer: organizer of calendar entries. */
  organizer: CalendarPerson;
  /** The portal's public URL: its host names the calendar UIDs (`rfq-${rfqId}-closing@host`). */
  publicUrl: string;
  rfqId: string;
  rfqReference: string;
  rfqTitle: string;
  closesAt: Date;
  questionsCloseAt: Date;
  /** The link the reader should follow (portal page, registration link, or the case page for team mails); null when there is nothing to do. */
  url: string | null;
  /** The link is a single-use registration link: the reader's company has no portal account yet. */
  registration: boolean;
  /** Incremented on every change of the closing time (iCalendar SEQUENCE). */
  icsSequence: number;
}

export type RfqMail =
  | { kind: 'rfq.invitation'; facts: RfqFacts; registration: boolean; buyerContact: { name: string; email: string } | null }
  | { kind: 'rfq.reminder'; facts: RfqFacts; quoted: boolean }
  | { kind: 'rfq.closing-changed'; facts: RfqFacts; previousClosesAt: Date; reason: string }
  | { kind: 'rfq.answer-published'; facts: RfqFacts; question: string; answer: string }
  | { kind: 'rfq.answer-private'; facts: RfqFacts; question: string; answer: string }
  /** `closedEarlyAt`: the buyer closed it before its closing time (every invitee had answered): the calendar entry is cancelled. */
  | { kind: 'rfq.closed'; facts: RfqFacts; quoted: boolean; closedEarlyAt?: Date | null }
  | { kind: 'rfq.cancelled'; facts: RfqFacts; reason: string }
  | {
      kind: 'quote.receipt';
      facts: RfqFacts;
      revision: number;
      submittedAt: Date;
      sha256: string;
      /** The nonce inside the hashed receipt document: with it the supplier proves its content; without it the hash reveals nothing. */
      nonce: string;
      supplierReference: string | null;
      /** Set when the revision answers a negotiation round: sealed until the round is over. */
      round?: { number: number; closesAt: Date } | null;
    }
  | {
      kind: 'negotiation.round';
      facts: RfqFacts;
      roundNumber: number;
      roundClosesAt: Date;
      message: string;
      currency: string;
      /** Target unit prices: the line as the RFQ shows it and the price. */
      targets: Array<{ line: string; unitPrice: string }>;
    }
  /** A round the buyer ended before its deadline: the deadline no longer applies, its calendar entry is cancelled. */
  | { kind: 'negotiation.round-ended'; facts: RfqFacts; roundNumber: number; roundClosesAt: Date; endedAt: Date }
  | { kind: 'quote.withdrawn'; facts: RfqFacts; withdrawnAt: Date }
  // Notifications to the buying team (never any quote content: quotes are sealed until closing)
  | { kind: 'team.rfq-approval-requested'; facts: RfqFacts; requestedBy: string }
  | { kind: 'team.rfq-approved'; facts: RfqFacts; approvedBy: string; comment: string | null }
  | { kind: 'team.rfq-returned'; facts: RfqFacts; returnedBy: string; comment: string }
  | { kind: 'team.question-asked'; facts: RfqFacts; supplierName: string; question: string }
  | { kind: 'team.quote-submitted'; facts: RfqFacts; supplierName: string; submittedAt: Date; revision: number; round?: { number: number; closesAt: Date } | null }
  | { kind: 'team.supplier-declined'; facts: RfqFacts; supplierName: string; reason: string }
  | { kind: 'team.decline-withdrawn'; facts: RfqFacts; supplierName: string }
  | { kind: 'team.rfq-closed'; facts: RfqFacts; quotesReceived: number; invited: number };

export interface ComposedMail {
  kind: RfqMail['kind'];
  subject: string;
  text: string;
  html: string;
  attachments: OutboxAttachment[];
}

const INTL_LOCALE: Record<Locale, string> = { [Locale.EN]: 'en-GB', [Locale.DE]: 'de-DE' };

function partsOf(at: Date, locale: Locale, timeZone: string, seconds: boolean) {
  const intl = INTL_LOCALE[locale] ?? INTL_LOCALE[Locale.EN];
  const date = new Intl.DateTimeFormat(intl, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat(intl, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(at);
  return { date, time };
}

function formatTime(at: Date, locale: Locale, timeZone: string, seconds = false): string {
  const local = partsOf(at, locale, timeZone, seconds);
  const utc = partsOf(at, locale, 'UTC', seconds);
  if (local.date === utc.date && local.time === utc.time) return `${local.date}, ${local.time}`;
  // The UTC date is repeated only when it is another day than the local one.
  return local.date === utc.date ? `${local.date}, ${local.time} (${utc.time})` : `${local.date}, ${local.time} (${utc.date}, ${utc.time})`;
}

/** Formats a time for mails: e.g. "Fri, 4 Dec 2026, 17:00 CET (16:00 UTC)" / "Fr., 4. Dez. 2026, 17:00 MEZ (16:00 UTC)". */
export function formatMailTime(at: Date, locale: Locale, timeZone: string): string {
  return formatTime(at, locale, timeZone);
}

/** What each kind contributes; the frame (greeting, rows, footer) is shared. */
interface Draft {
  headline: string;
  paragraphs: string[];
  rows: Array<[string, string]>;
  action: string;
  footer: string;
  attachments?: OutboxAttachment[];
}

/** Subjects are header values: no line breaks, no runs of spaces. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function composeRfqMail(mail: RfqMail): ComposedMail {
  const f = mail.facts;
  const de = f.locale === Locale.DE;
  const t = (en: string, german: string) => (de ? german : en);
  const when = (at: Date, seconds = false) => formatTime(at, f.locale, f.timeZone, seconds);
  const closes = when(f.closesAt);
  const questionsClose = when(f.questionsCloseAt);
  /** Short, for subjects: the reader's zone only. */
  const closesLocal = ((p) => `${p.date}, ${p.time}`)(partsOf(f.closesAt, f.locale, f.timeZone, false));
  const name = f.recipientName?.trim();
  const greeting = name ? t(`Hello ${name},`, `Guten Tag ${name},`) : t('Hello,', 'Guten Tag,');
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

  const draft = ((): Draft => {
    switch (mail.kind) {
      case 'rfq.invitation': {
        const paragraphs = [
          t(
            `${f.buyerName} invites your company to submit a quote for "${title}".`,
            `${f.buyerName} lädt Ihr Unternehmen ein, ein Angebot für „${title}“ abzugeben.`,
          ),
        ];
        if (mail.registration) {
          paragraphs.push(
            t(
              'Your company is not yet registered in the supplier portal. The link below registers you and opens the RFQ. It works once and expires at the closing time.',
              'Ihr Unternehmen ist noch nicht im Lieferantenportal registriert. Über den Link unten registrieren Sie sich und öffnen die Anfrage. Der Link ist nur einmal verwendbar und verfällt mit Ablauf der Angebotsfrist.',
            ),
          );
        }
        paragraphs.push(
          t(
            'Please submit your quote in the portal before the closing time; quotes after it cannot be accepted. Until then you can revise or withdraw it, and nobody at the buyer can see it.',
            'Bitte geben Sie Ihr Angebot vor Ablauf der Angebotsfrist im Portal ab; spätere Angebote können nicht angenommen werden. Bis dahin können Sie es ändern oder zurückziehen, und beim Auftraggeber kann es niemand einsehen.',
          ),
          t(
            'You can ask questions in the portal until the question deadline. Answers of interest to all are shared with every invited supplier without naming who asked.',
            'Rückfragen können Sie bis zur genannten Frist im Portal stellen. Antworten von allgemeinem Interesse erhalten alle eingeladenen Lieferanten, ohne dass der Fragesteller genannt wird.',
          ),
          calendarNote,
        );
        const rows = [buyerRow, rfqRow, closesRow, questionsRow];
        if (mail.buyerContact) rows.push([t('Contact', 'Ansprechpartner'), `${mail.buyerContact.name} <${mail.buyerContact.email}>`]);
        return {
          headline: t(`Invitation to quote: ${title}`, `Angebotsanfrage: ${title}`),
          paragraphs,
          rows,
          action: mail.registration ? t('Register and open the RFQ', 'Registrieren und Anfrage öffnen') : openRfq,
          footer: mail.registration
            ? t(
                `You receive this email because ${f.buyerName} named this address as your company's contact for RFQ ${f.rfqReference}. If someone else should answer, please forward it to them; the link works once.`,
                `Sie erhalten diese E-Mail, weil ${f.buyerName} diese Adresse als Kontakt Ihres Unternehmens für die Anfrage ${f.rfqReference} angegeben hat. Ist jemand anderes zuständig, leiten Sie sie bitte weiter; der Link ist nur einmal verwendbar.`,
              )
            : invitedFooter,
          // A single-use registration link does not belong in a calendar that may be shared.
          attachments: [closingIcs(!mail.registration)],
        };
      }
      case 'rfq.reminder':
        return {
          headline: t(`Reminder – closes on ${closesLocal}: ${title}`, `Erinnerung – Angebotsfrist endet am ${closesLocal}: ${title}`),
          paragraphs: mail.quoted
            ? [
                t(`The RFQ "${title}" of ${f.buyerName} closes on ${closes}.`, `Die Angebotsfrist der Anfrage „${title}“ von ${f.buyerName} endet am ${closes}.`),
                t(
                  'Your quote has been received. You can still revise or withdraw it in the portal until the closing time.',
                  'Ihr Angebot liegt vor. Bis zum Ablauf der Frist können Sie es im Portal noch ändern oder zurückziehen.',
                ),
              ]
            : [
                t(`The RFQ "${title}" of ${f.buyerName} closes on ${closes}.`, `Die Angebotsfrist der Anfrage „${title}“ von ${f.buyerName} endet am ${closes}.`),
                t(
                  'No quote from your company has been received yet. Please submit it in the portal before the closing time. If you do not intend to quote, please decline in the portal so the buyer knows.',
                  'Von Ihrem Unternehmen liegt noch kein Angebot vor. Bitte geben Sie es vor Ablauf der Frist im Portal ab. Möchten Sie kein Angebot abgeben, sagen Sie bitte im Portal ab, damit der Auftraggeber Bescheid weiß.',
                ),
              ],
          rows: [buyerRow, rfqRow, closesRow, questionsRow],
          action: mail.quoted ? t('Review your quote', 'Ihr Angebot ansehen') : t('Submit your quote', 'Angebot abgeben'),
          footer: invitedFooter,
        };
      case 'rfq.closing-changed':
        return {
          headline: t(`Closing time changed: ${title}`, `Angebotsfrist geändert: ${title}`),
          paragraphs: [
            t(
              `${f.buyerName} has changed the closing time of the RFQ "${title}". The new closing time is ${closes}.`,
              `${f.buyerName} hat die Angebotsfrist der Anfrage „${title}“ geändert. Die neue Angebotsfrist endet am ${closes}.`,
            ),
            t(`Reason: ${mail.reason}`, `Begründung: ${mail.reason}`),
            t(
              'The attached calendar entry replaces the previous one in your calendar.',
              'Der angehängte Kalendereintrag ersetzt den bisherigen in Ihrem Kalender.',
            ),
          ],
          rows: [
            buyerRow,
            rfqRow,
            [t('New closing time', 'Neue Angebotsfrist'), closes],
            [t('Previous closing time', 'Bisherige Angebotsfrist'), when(mail.previousClosesAt)],
            questionsRow,
          ],
          action: openRfq,
          footer: invitedFooter,
          attachments: [closingIcs(!f.registration)],
        };
      case 'rfq.answer-published':
        return {
          headline: t(`New answer to a question: ${title}`, `Neue Antwort auf eine Rückfrage: ${title}`),
          paragraphs: [
            t(
              `${f.buyerName} has answered a question about the RFQ "${title}". Question and answer are shared with all invited suppliers; who asked is not disclosed.`,
              `${f.buyerName} hat eine Rückfrage zur Anfrage „${title}“ beantwortet. Frage und Antwort erhalten alle eingeladenen Lieferanten; der Fragesteller wird nicht genannt.`,
            ),
            t(`Question: ${mail.question}`, `Frage: ${mail.question}`),
            t(`Answer: ${mail.answer}`, `Antwort: ${mail.answer}`),
          ],
          rows: [buyerRow, rfqRow, closesRow, questionsRow],
          action: t('Read all questions and answers', 'Alle Rückfragen und Antworten ansehen'),
          footer: invitedFooter,
        };
      case 'rfq.answer-private':
        return {
          headline: t(`Answer to your question: ${title}`, `Antwort auf Ihre Rückfrage: ${title}`),
          paragraphs: [
            t(
              `${f.buyerName} has answered your question about the RFQ "${title}". This answer was sent to your company only.`,
              `${f.buyerName} hat Ihre Rückfrage zur Anfrage „${title}“ beantwortet. Diese Antwort ging nur an Ihr Unternehmen.`,
            ),
            t(`Your question: ${mail.question}`, `Ihre Frage: ${mail.question}`),
            t(`Answer: ${mail.answer}`, `Antwort: ${mail.answer}`),
          ],
          rows: [buyerRow, rfqRow, closesRow, questionsRow],
          action: openRfq,
          footer: invitedFooter,
        };
      case 'rfq.closed': {
        const early = mail.closedEarlyAt ? when(mail.closedEarlyAt) : null;
        if (early) {
          return {
            headline: t(`RFQ closed early: ${title}`, `Anfrage vorzeitig geschlossen: ${title}`),
            paragraphs: [
              t(
                `Every invited supplier has answered, so ${f.buyerName} closed the RFQ "${title}" on ${early}, before its closing time (${closes}).`,
                `Alle eingeladenen Lieferanten haben geantwortet; daher hat ${f.buyerName} die Anfrage „${title}“ am ${early} vor Ablauf der Angebotsfrist (${closes}) geschlossen.`,
              ),
              mail.quoted
                ? t(
                    `Your last submitted quote is now with ${f.buyerName} for evaluation; you will be informed of the outcome.`,
                    `Ihr zuletzt abgegebenes Angebot liegt ${f.buyerName} nun zur Auswertung vor; über das Ergebnis werden Sie informiert.`,
                  )
                : t('Quotes can no longer be submitted.', 'Angebote können nicht mehr abgegeben werden.'),
              t(
                'The attached calendar update removes the closing time from your calendar.',
                'Die angehängte Kalenderänderung entfernt die Angebotsfrist aus Ihrem Kalender.',
              ),
            ],
            rows: [buyerRow, rfqRow, [t('Closed', 'Geschlossen am'), early], [t('Was to close', 'Vorgesehene Angebotsfrist'), closes]],
            action: openRfq,
            footer: invitedFooter,
            attachments: [closingIcs(false, 'CANCEL')],
          };
        }
        return {
          headline: t(`RFQ closed: ${title}`, `Angebotsfrist abgelaufen: ${title}`),
          paragraphs: mail.quoted
            ? [
                t(
                  `The RFQ "${title}" closed on ${closes}. Your last submitted quote is now with ${f.buyerName} for evaluation; you will be informed of the outcome.`,
                  `Die Angebotsfrist der Anfrage „${title}“ ist am ${closes} abgelaufen. Ihr zuletzt abgegebenes Angebot liegt ${f.buyerName} nun zur Auswertung vor; über das Ergebnis werden Sie informiert.`,
                ),
              ]
            : [
                t(
                  `The RFQ "${title}" closed on ${closes}. No quote from your company was received; quotes can no longer be submitted.`,
                  `Die Angebotsfrist der Anfrage „${title}“ ist am ${closes} abgelaufen. Von Ihrem Unternehmen ist kein Angebot eingegangen; Angebote können nicht mehr abgegeben werden.`,
                ),
              ],
          rows: [buyerRow, rfqRow, closesRow],
          action: openRfq,
          footer: invitedFooter,
        };
      }
      case 'rfq.cancelled':
        return {
          headline: t(`RFQ cancelled: ${title}`, `Angebotsanfrage aufgehoben: ${title}`),
          paragraphs: [
            t(
              `${f.buyerName} has cancelled the RFQ "${title}". Quotes can no longer be submitted.`,
              `${f.buyerName} hat die Anfrage „${title}“ aufgehoben. Angebote können nicht mehr abgegeben werden.`,
            ),
            t(`Reason: ${mail.reason}`, `Begründung: ${mail.reason}`),
            t('Thank you for your time and interest.', 'Vielen Dank für Ihre Mühe und Ihr Interesse.'),
          ],
          rows: [buyerRow, rfqRow, [t('Was to close', 'Vorgesehene Angebotsfrist'), closes]],
          action: openRfq,
          footer: invitedFooter,
          attachments: [closingIcs(false, 'CANCEL')],
        };
      case 'quote.receipt': {
        const round = mail.round ?? null;
        const rows: Array<[string, string]> = [
          buyerRow,
          rfqRow,
          [t('Revision', 'Version'), String(mail.revision)],
          [t('Submitted', 'Abgegeben am'), when(mail.submittedAt, true)],
        ];
        if (mail.supplierReference?.trim()) rows.push([t('Your reference', 'Ihr Zeichen'), mail.supplierReference.trim()]);
        if (round) rows.push([t(`Round ${round.number} deadline`, `Frist der Verhandlungsrunde ${round.number}`), when(round.closesAt)]);
        else rows.push(closesRow);
        return {
          headline: t(`Receipt for your quote (revision ${mail.revision}): ${title}`, `Eingangsbestätigung für Ihr Angebot (Version ${mail.revision}): ${title}`),
          paragraphs: [
            round
              ? t(
                  `Your revised quote for the RFQ "${title}" of ${f.buyerName} in negotiation round ${round.number} has been received. It stays sealed until the round is over: nobody at the buyer can see it before then.`,
                  `Ihr überarbeitetes Angebot zur Anfrage „${title}“ von ${f.buyerName} in der Verhandlungsrunde ${round.number} ist eingegangen. Es bleibt bis zum Ende der Runde versiegelt: Beim Auftraggeber kann es bis dahin niemand einsehen.`,
                )
              : t(
                  `Your quote for the RFQ "${title}" of ${f.buyerName} has been received. It stays sealed until the closing time: nobody at the buyer can see it before then.`,
                  `Ihr Angebot zur Anfrage „${title}“ von ${f.buyerName} ist eingegangen. Es bleibt bis zum Ablauf der Angebotsfrist versiegelt: Beim Auftraggeber kann es bis dahin niemand einsehen.`,
                ),
            t('SHA-256 fingerprint of the quote as submitted:', 'SHA-256-Prüfsumme des Angebots in der abgegebenen Fassung:'),
            mail.sha256,
            t('Nonce (a random secret inside the fingerprinted document):', 'Nonce (ein zufälliges Geheimnis im Dokument, über das die Prüfsumme gebildet ist):'),
            mail.nonce,
            t(
              'Please keep this email. With the fingerprint you can prove later exactly what your company submitted: any change to the quote would give a different value. Only your company has the nonce; without it nobody can test guesses of your prices against the fingerprint, so keep it confidential.',
              'Bitte bewahren Sie diese E-Mail auf. Mit der Prüfsumme können Sie später genau nachweisen, was Ihr Unternehmen abgegeben hat: Jede Änderung am Angebot ergäbe einen anderen Wert. Die Nonce hat nur Ihr Unternehmen; ohne sie kann niemand geratene Preise an der Prüfsumme ausprobieren. Behandeln Sie sie vertraulich.',
            ),
            t(
              'How to verify: in the portal, download the receipt document of this revision (the quote as canonical JSON, RFC 8785, with the nonce inside) and compute its SHA-256, e.g. "sha256sum receipt.json" (macOS: "shasum -a 256 receipt.json", Windows: "certutil -hashfile receipt.json SHA256"). It must equal the fingerprint above.',
              'So prüfen Sie: Laden Sie im Portal das Quittungsdokument dieser Version herunter (das Angebot als kanonisches JSON nach RFC 8785, mit der Nonce darin) und bilden Sie seine SHA-256-Prüfsumme, z. B. „sha256sum quittung.json“ (macOS: „shasum -a 256 quittung.json“, Windows: „certutil -hashfile quittung.json SHA256“). Sie muss mit der Prüfsumme oben übereinstimmen.',
            ),
            round
              ? t(
                  'You can revise the quote in the portal until the round deadline; every new revision gets its own receipt.',
                  'Bis zur Frist der Runde können Sie das Angebot im Portal ändern; jede neue Version erhält eine eigene Eingangsbestätigung.',
                )
              : t(
                  'You can revise or withdraw the quote in the portal until the closing time; every new revision gets its own receipt.',
                  'Bis zum Ablauf der Angebotsfrist können Sie das Angebot im Portal ändern oder zurückziehen; jede neue Version erhält eine eigene Eingangsbestätigung.',
                ),
          ],
          rows,
          action: t('View your quote', 'Ihr Angebot ansehen'),
          footer: t(
            `You receive this email because a quote for RFQ ${f.rfqReference} of ${f.buyerName} was submitted for your company.`,
            `Sie erhalten diese E-Mail, weil für Ihr Unternehmen ein Angebot zur Anfrage ${f.rfqReference} von ${f.buyerName} abgegeben wurde.`,
          ),
        };
      }
      case 'negotiation.round': {
        const deadline = when(mail.roundClosesAt);
        const deadlineLocal = ((p) => `${p.date}, ${p.time}`)(partsOf(mail.roundClosesAt, f.locale, f.timeZone, false));
        const rows: Array<[string, string]> = [
          buyerRow,
          rfqRow,
          [t('Negotiation round', 'Verhandlungsrunde'), String(mail.roundNumber)],
          [t('Round deadline', 'Frist der Runde'), deadline],
          [t('RFQ closed', 'Angebotsfrist abgelaufen am'), closes],
        ];
        for (const target of mail.targets) {
          rows.push([t(`Target unit price: ${target.line}`, `Zielpreis je Einheit: ${target.line}`), formatAmount(target.unitPrice, mail.currency, f.locale)]);
        }
        return {
          headline: t(`Negotiation round ${mail.roundNumber} – best and final offer by ${deadlineLocal}: ${title}`, `Verhandlungsrunde ${mail.roundNumber} – letztes Angebot bis ${deadlineLocal}: ${title}`),
          paragraphs: [
            t(
              `${f.buyerName} invites your company to submit a revised quote (best and final offer) for the RFQ "${title}" by ${deadline}.`,
              `${f.buyerName} lädt Ihr Unternehmen ein, zur Anfrage „${title}“ bis ${deadline} ein überarbeitetes Angebot (letztes Angebot) abzugeben.`,
            ),
            t(`Message from ${f.buyerName}:`, `Nachricht von ${f.buyerName}:`),
            mail.message,
            t(
              'Submit the revised quote in the portal before the round deadline. It stays sealed until the round is over. If you submit nothing, your earlier quote stands as it is.',
              'Geben Sie das überarbeitete Angebot vor Ablauf der Frist im Portal ab. Es bleibt bis zum Ende der Runde versiegelt. Geben Sie nichts ab, gilt Ihr bisheriges Angebot unverändert.',
            ),
            t(
              'The round deadline is attached as a calendar entry with a reminder one hour before.',
              'Die Frist der Runde ist als Kalendereintrag mit einer Erinnerung eine Stunde vorher angehängt.',
            ),
          ],
          rows,
          action: t('Revise your quote in the portal', 'Angebot im Portal überarbeiten'),
          footer: t(
            `You receive this email because ${f.buyerName} asked your company for a best and final offer on RFQ ${f.rfqReference}.`,
            `Sie erhalten diese E-Mail, weil ${f.buyerName} Ihr Unternehmen zur Anfrage ${f.rfqReference} um ein letztes Angebot gebeten hat.`,
          ),
          attachments: [roundIcs(mail.roundNumber, mail.roundClosesAt, 'REQUEST')],
        };
      }
      case 'negotiation.round-ended': {
        const ended = when(mail.endedAt);
        return {
          headline: t(`Negotiation round ${mail.roundNumber} ended early: ${title}`, `Verhandlungsrunde ${mail.roundNumber} vorzeitig beendet: ${title}`),
          paragraphs: [
            t(
              `${f.buyerName} ended negotiation round ${mail.roundNumber} of the RFQ "${title}" on ${ended}, before its deadline (${when(mail.roundClosesAt)}). Revised quotes can no longer be submitted in this round; what your company submitted stands.`,
              `${f.buyerName} hat die Verhandlungsrunde ${mail.roundNumber} der Anfrage „${title}“ am ${ended} vor Ablauf ihrer Frist (${when(mail.roundClosesAt)}) beendet. In dieser Runde können keine überarbeiteten Angebote mehr abgegeben werden; was Ihr Unternehmen abgegeben hat, gilt.`,
            ),
            t(
              'The attached calendar update removes the round deadline from your calendar.',
              'Die angehängte Kalenderänderung entfernt die Frist der Runde aus Ihrem Kalender.',
            ),
          ],
          rows: [buyerRow, rfqRow, [t('Negotiation round', 'Verhandlungsrunde'), String(mail.roundNumber)], [t('Ended', 'Beendet am'), ended], [t('Round deadline was', 'Vorgesehene Frist der Runde'), when(mail.roundClosesAt)], [t('RFQ closed', 'Angebotsfrist abgelaufen am'), closes]],
          action: openRfq,
          footer: t(
            `You receive this email because ${f.buyerName} asked your company for a best and final offer on RFQ ${f.rfqReference}.`,
            `Sie erhalten diese E-Mail, weil ${f.buyerName} Ihr Unternehmen zur Anfrage ${f.rfqReference} um ein letztes Angebot gebeten hat.`,
          ),
          attachments: [roundIcs(mail.roundNumber, mail.roundClosesAt, 'CANCEL')],
        };
      }
      case 'quote.withdrawn':
        return {
          headline: t(`Quote withdrawn: ${title}`, `Angebot zurückgezogen: ${title}`),
          paragraphs: [
            t(
              `Your company's quote for the RFQ "${title}" of ${f.buyerName} was withdrawn on ${when(mail.withdrawnAt, true)}. It will not be opened.`,
              `Das Angebot Ihres Unternehmens zur Anfrage „${title}“ von ${f.buyerName} wurde am ${when(mail.withdrawnAt, true)} zurückgezogen. Es wird nicht geöffnet.`,
            ),
            t(
              'You can submit a new quote in the portal until the closing time.',
              'Bis zum Ablauf der Angebotsfrist können Sie im Portal ein neues Angebot abgeben.',
            ),
          ],
          rows: [buyerRow, rfqRow, [t('Withdrawn', 'Zurückgezogen am'), when(mail.withdrawnAt, true)], closesRow],
          action: openRfq,
          footer: t(
            `You receive this email because your company's quote for RFQ ${f.rfqReference} of ${f.buyerName} was withdrawn.`,
            `Sie erhalten diese E-Mail, weil ein Angebot Ihres Unternehmens zur Anfrage ${f.rfqReference} von ${f.buyerName} zurückgezogen wurde.`,
          ),
        };
      case 'team.rfq-approval-requested':
        return {
          headline: t(`Approval requested: ${title}`, `Freigabe angefordert: ${title}`),
          paragraphs: [
            t(
              `${mail.requestedBy} asks you to approve the RFQ "${title}" before it goes out to the suppliers.`,
              `${mail.requestedBy} bittet Sie, die Anfrage „${title}“ freizugeben, bevor sie an die Lieferanten geht.`,
            ),
            t(
              'Please check it and approve it, or return it with a comment.',
              'Bitte prüfen Sie die Anfrage und geben Sie sie frei oder geben Sie sie mit einem Kommentar zurück.',
            ),
          ],
          rows: [rfqRow, [t('Requested by', 'Angefordert von'), mail.requestedBy], closesRow, questionsRow],
          action: t('Review and approve', 'Prüfen und freigeben'),
          footer: t(
            `You receive this email because you were asked to approve RFQ ${f.rfqReference}.`,
            `Sie erhalten diese E-Mail, weil Sie um die Freigabe der Anfrage ${f.rfqReference} gebeten wurden.`,
          ),
        };
      case 'team.rfq-approved': {
        const paragraphs = [
          t(
            `${mail.approvedBy} has approved the RFQ "${title}". It can now be sent to the suppliers.`,
            `${mail.approvedBy} hat die Anfrage „${title}“ freigegeben. Sie kann jetzt an die Lieferanten versendet werden.`,
          ),
        ];
        if (mail.comment?.trim()) paragraphs.push(t(`Comment: ${mail.comment.trim()}`, `Kommentar: ${mail.comment.trim()}`));
        return {
          headline: t(`RFQ approved: ${title}`, `Anfrage freigegeben: ${title}`),
          paragraphs,
          rows: [rfqRow, [t('Approved by', 'Freigegeben von'), mail.approvedBy], closesRow, questionsRow],
          action: openCase,
          footer: teamFooter,
        };
      }
      case 'team.rfq-returned':
        return {
          headline: t(`RFQ returned for changes: ${title}`, `Anfrage zur Überarbeitung zurückgegeben: ${title}`),
          paragraphs: [
            t(
              `${mail.returnedBy} has returned the RFQ "${title}" for changes. Please revise it and request approval again.`,
              `${mail.returnedBy} hat die Anfrage „${title}“ zur Überarbeitung zurückgegeben. Bitte überarbeiten Sie sie und fordern Sie die Freigabe erneut an.`,
            ),
            t(`Comment: ${mail.comment}`, `Kommentar: ${mail.comment}`),
          ],
          rows: [rfqRow, [t('Returned by', 'Zurückgegeben von'), mail.returnedBy], closesRow, questionsRow],
          action: t('Revise the RFQ', 'Anfrage überarbeiten'),
          footer: teamFooter,
        };
      case 'team.question-asked':
        return {
          headline: t(`New question from ${mail.supplierName}: ${title}`, `Neue Rückfrage von ${mail.supplierName}: ${title}`),
          paragraphs: [
            t(`${mail.supplierName} has asked a question about the RFQ "${title}".`, `${mail.supplierName} hat eine Rückfrage zur Anfrage „${title}“ gestellt.`),
            t(`Question: ${mail.question}`, `Frage: ${mail.question}`),
            t(
              'Answer it in the case: either to this supplier only, or published to all invited suppliers without naming who asked.',
              'Beantworten Sie sie im Vorgang: entweder nur diesem Lieferanten oder veröffentlicht für alle eingeladenen Lieferanten, ohne den Fragesteller zu nennen.',
            ),
          ],
          rows: [rfqRow, [t('Supplier', 'Lieferant'), mail.supplierName], questionsRow, closesRow],
          action: t('Answer the question', 'Rückfrage beantworten'),
          footer: teamFooter,
        };
      case 'team.quote-submitted':
        return {
          headline: t(`Quote received from ${mail.supplierName}: ${title}`, `Angebot von ${mail.supplierName} eingegangen: ${title}`),
          paragraphs: [
            t(
              `${mail.supplierName} has submitted a quote for the RFQ "${title}" (revision ${mail.revision}).`,
              `${mail.supplierName} hat ein Angebot zur Anfrage „${title}“ abgegeben (Version ${mail.revision}).`,
            ),
            mail.round
              ? t(
                  `It answers negotiation round ${mail.round.number} and stays sealed until the round is over (${when(mail.round.closesAt)} at the latest); its content can be seen only after that.`,
                  `Es beantwortet die Verhandlungsrunde ${mail.round.number} und bleibt bis zum Ende der Runde versiegelt (spätestens ${when(mail.round.closesAt)}); sein Inhalt ist erst danach einsehbar.`,
                )
              : t(
                  'Quotes stay sealed until the closing time; their content can be seen only after that.',
                  'Angebote bleiben bis zum Ablauf der Angebotsfrist versiegelt; ihr Inhalt ist erst danach einsehbar.',
                ),
          ],
          rows: [
            rfqRow,
            [t('Supplier', 'Lieferant'), mail.supplierName],
            [t('Revision', 'Version'), String(mail.revision)],
            [t('Submitted', 'Abgegeben am'), when(mail.submittedAt)],
            closesRow,
          ],
          action: openCase,
          footer: teamFooter,
        };
      case 'team.supplier-declined':
        return {
          headline: t(`${mail.supplierName} declined: ${title}`, `Absage von ${mail.supplierName}: ${title}`),
          paragraphs: [
            t(
              `${mail.supplierName} will not submit a quote for the RFQ "${title}".`,
              `${mail.supplierName} wird kein Angebot zur Anfrage „${title}“ abgeben.`,
            ),
            t(`Reason: ${mail.reason}`, `Begründung: ${mail.reason}`),
          ],
          rows: [rfqRow, [t('Supplier', 'Lieferant'), mail.supplierName], closesRow],
          action: openCase,
          footer: teamFooter,
        };
      case 'team.decline-withdrawn':
        return {
          headline: t(`${mail.supplierName} took back its decline: ${title}`, `${mail.supplierName} hat die Absage zurückgenommen: ${title}`),
          paragraphs: [
            t(
              `${mail.supplierName} took back its decline of the RFQ "${title}" and may still submit a quote until the closing time.`,
              `${mail.supplierName} hat die Absage zur Anfrage „${title}“ zurückgenommen und kann bis zum Ende der Angebotsfrist noch ein Angebot abgeben.`,
            ),
          ],
          rows: [rfqRow, [t('Supplier', 'Lieferant'), mail.supplierName], closesRow],
          action: openCase,
          footer: teamFooter,
        };
      case 'team.rfq-closed':
        return {
          headline: t(
            `RFQ closed, ${mail.quotesReceived} of ${mail.invited} quotes received: ${title}`,
            `Angebotsfrist abgelaufen, ${mail.quotesReceived} von ${mail.invited} Angeboten eingegangen: ${title}`,
          ),
          paragraphs: [
            t(`The RFQ "${title}" closed on ${closes}.`, `Die Angebotsfrist der Anfrage „${title}“ ist am ${closes} abgelaufen.`),
            mail.quotesReceived > 0
              ? t(
                  `${mail.quotesReceived} of ${mail.invited} invited suppliers submitted a quote. The quotes are now open for evaluation in the case.`,
                  `${mail.quotesReceived} von ${mail.invited} eingeladenen Lieferanten ${mail.quotesReceived === 1 ? 'hat' : 'haben'} ein Angebot abgegeben. Die Angebote sind jetzt im Vorgang zur Auswertung geöffnet.`,
                )
              : mail.invited === 1
                ? t('The invited supplier did not submit a quote.', 'Der eingeladene Lieferant hat kein Angebot abgegeben.')
                : t(
                    `None of the ${mail.invited} invited suppliers submitted a quote.`,
                    `Keiner der ${mail.invited} eingeladenen Lieferanten hat ein Angebot abgegeben.`,
                  ),
          ],
          rows: [rfqRow, closesRow, [t('Quotes received', 'Eingegangene Angebote'), `${mail.quotesReceived} / ${mail.invited}`]],
          action: mail.quotesReceived > 0 ? t('Open the case and compare the quotes', 'Vorgang öffnen und Angebote vergleichen') : openCase,
          footer: teamFooter,
        };
      default: {
        const unknown: never = mail;
        throw new Error(`Unknown RFQ mail: ${(unknown as { kind: string }).kind}`);
      }
    }
  })();

  // A follow-up to a directory contact: the portal page would ask for a sign-in they do not have.
  const paragraphs = [...draft.paragraphs];
  let action = draft.action;
  if (f.registration && mail.kind !== 'rfq.invitation' && f.url) {
    paragraphs.push(
      t(
        'Your company is not yet registered in the supplier portal. The link below registers you and opens the RFQ, where you can quote, ask or decline. It works once and expires at the closing time.',
        'Ihr Unternehmen ist noch nicht im Lieferantenportal registriert. Über den Link unten registrieren Sie sich und öffnen die Anfrage; dort können Sie ein Angebot abgeben, Rückfragen stellen oder absagen. Der Link ist nur einmal verwendbar und verfällt mit Ablauf der Angebotsfrist.',
      ),
    );
    action = t('Register and open the RFQ', 'Registrieren und Anfrage öffnen');
  }
  const content: MailContent = {
    locale: f.locale,
    title: draft.headline,
    paragraphs: [greeting, ...paragraphs],
    rows: draft.rows,
    action: f.url ? { label: action, url: f.url } : undefined,
    footer: draft.footer,
  };
  const { html, text } = renderMail(content);
  return {
    kind: mail.kind,
    subject: oneLine(`[${f.rfqReference}] ${draft.headline}`),
    text,
    html,
    attachments: draft.attachments ?? [],
  };
}
