import { calendarUid, deadlineIcs, formatAmount, type MailContent, renderMail } from '@bc/api/mail';
import { ComposedMail, Draft, formatTime, oneLine, partsOf, RfqMail } from './rfq-mail-facts';
import { isTeamMail, teamDraft } from './rfq-team-mails';

export type { ComposedMail, RfqFacts, RfqMail } from './rfq-mail-facts';
export { formatMailTime } from './rfq-mail-facts';
import { Locale } from '@bc/shared/domain';

/**
 * The emails of the RFQ process, in English and German, as pure functions: the caller passes the
 * facts, gets subject, plain text, simple HTML and attachments back, and puts them in the outbox.
 *
 * B2B inboxes are old and strict (product.md): only useful content, the key facts as rows, one link,
 * and every time in the reader's zone and in UTC. Team mails never carry quote content: quotes are
 * sealed until the closing time, and nothing of a quote is passed in here.
 */


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

  const draft = isTeamMail(mail)
    ? teamDraft(mail, { t, when, title, closes, rfqRow, closesRow, questionsRow, openCase, teamFooter })
    : ((): Draft => {
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
