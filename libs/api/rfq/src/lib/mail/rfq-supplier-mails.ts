import { formatAmount } from '@bc/api/mail';
import { AUCTION_SUPPLIER_DRAFTS } from './rfq-auction-mails';
import { Draft, partsOf, RfqMail } from './rfq-mail-facts';
import { MailFrame, MailOf } from './rfq-mail-frame';

/** The mails to suppliers (invitations, reminders, answers, receipts, rounds, outcomes of the RFQ). */
export type SupplierMail = Exclude<RfqMail, { kind: `team.${string}` }>;

function invitation(mail: MailOf<'rfq.invitation'>, frame: MailFrame): Draft {
  const { f, t, title, buyerRow, rfqRow, closesRow, questionsRow, openRfq, invitedFooter, closingIcs, calendarNote } = frame;
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

function reminder(mail: MailOf<'rfq.reminder'>, frame: MailFrame): Draft {
  const { f, t, closes, closesLocal, title, buyerRow, rfqRow, closesRow, questionsRow, invitedFooter } = frame;
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
}

function closingChanged(mail: MailOf<'rfq.closing-changed'>, frame: MailFrame): Draft {
  const { f, t, when, closes, title, buyerRow, rfqRow, questionsRow, openRfq, invitedFooter, closingIcs } = frame;
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
}

function answerPublished(mail: MailOf<'rfq.answer-published'>, frame: MailFrame): Draft {
  const { f, t, title, buyerRow, rfqRow, closesRow, questionsRow, invitedFooter } = frame;
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
}

function answerPrivate(mail: MailOf<'rfq.answer-private'>, frame: MailFrame): Draft {
  const { f, t, title, buyerRow, rfqRow, closesRow, questionsRow, openRfq, invitedFooter } = frame;
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
}

function closed(mail: MailOf<'rfq.closed'>, frame: MailFrame): Draft {
  const { f, t, when, closes, title, buyerRow, rfqRow, closesRow, openRfq, invitedFooter, closingIcs } = frame;
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

function cancelled(mail: MailOf<'rfq.cancelled'>, frame: MailFrame): Draft {
  const { f, t, closes, title, buyerRow, rfqRow, openRfq, invitedFooter, closingIcs } = frame;
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
}

function receipt(mail: MailOf<'quote.receipt'>, frame: MailFrame): Draft {
  const { f, t, when, title, buyerRow, rfqRow, closesRow } = frame;
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

function round(mail: MailOf<'negotiation.round'>, frame: MailFrame): Draft {
  const { f, t, when, closes, title, buyerRow, rfqRow, roundIcs } = frame;
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

function roundEnded(mail: MailOf<'negotiation.round-ended'>, frame: MailFrame): Draft {
  const { f, t, when, closes, title, buyerRow, rfqRow, openRfq, roundIcs } = frame;
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

function withdrawn(mail: MailOf<'quote.withdrawn'>, frame: MailFrame): Draft {
  const { f, t, when, title, buyerRow, rfqRow, closesRow, openRfq } = frame;
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
}

/** Each kind's draft; the mapped type makes a supplier mail without a draft a compile error. */
const SUPPLIER_DRAFTS: { [K in SupplierMail['kind']]: (mail: MailOf<K>, frame: MailFrame) => Draft } = {
  'rfq.invitation': invitation,
  'rfq.reminder': reminder,
  'rfq.closing-changed': closingChanged,
  'rfq.answer-published': answerPublished,
  'rfq.answer-private': answerPrivate,
  'rfq.closed': closed,
  'rfq.cancelled': cancelled,
  'quote.receipt': receipt,
  'negotiation.round': round,
  'negotiation.round-ended': roundEnded,
  'quote.withdrawn': withdrawn,
  ...AUCTION_SUPPLIER_DRAFTS,
};

export function supplierDraft(mail: SupplierMail, frame: MailFrame): Draft {
  const draft = SUPPLIER_DRAFTS[mail.kind] as ((mail: SupplierMail, frame: MailFrame) => Draft) | undefined;
  if (!draft) throw new Error(`Unknown RFQ mail: ${(mail as { kind: string }).kind}`);
  return draft(mail, frame);
}
