import { auctionResult } from './rfq-auction-mails';
import { Draft, RfqMail } from './rfq-mail-facts';
import { MailFrame, MailOf } from './rfq-mail-frame';

/** The mails to the buying team (approvals, questions, quotes in, declines, closing): never any quote content, except an auction's result after its end. */
export type TeamMail = Extract<RfqMail, { kind: `team.${string}` }>;

export const isTeamMail = (mail: RfqMail): mail is TeamMail => mail.kind.startsWith('team.');

function rfqApprovalRequested(mail: MailOf<'team.rfq-approval-requested'>, frame: MailFrame): Draft {
  const { t, title, rfqRow, closesRow, questionsRow } = frame;
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
      `You receive this email because you were asked to approve RFQ ${mail.facts.rfqReference}.`,
      `Sie erhalten diese E-Mail, weil Sie um die Freigabe der Anfrage ${mail.facts.rfqReference} gebeten wurden.`,
    ),
  };
}

function rfqApproved(mail: MailOf<'team.rfq-approved'>, frame: MailFrame): Draft {
  const { t, title, rfqRow, closesRow, questionsRow, openCase, teamFooter } = frame;
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

function rfqReturned(mail: MailOf<'team.rfq-returned'>, frame: MailFrame): Draft {
  const { t, title, rfqRow, closesRow, questionsRow, teamFooter } = frame;
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
}

function questionAsked(mail: MailOf<'team.question-asked'>, frame: MailFrame): Draft {
  const { t, title, rfqRow, closesRow, questionsRow, teamFooter } = frame;
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
}

function quoteSubmitted(mail: MailOf<'team.quote-submitted'>, frame: MailFrame): Draft {
  const { t, when, title, rfqRow, closesRow, openCase, teamFooter } = frame;
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
}

function supplierDeclined(mail: MailOf<'team.supplier-declined'>, frame: MailFrame): Draft {
  const { t, title, rfqRow, closesRow, openCase, teamFooter } = frame;
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
}

function declineWithdrawn(mail: MailOf<'team.decline-withdrawn'>, frame: MailFrame): Draft {
  const { t, title, rfqRow, closesRow, openCase, teamFooter } = frame;
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
}

function rfqClosed(mail: MailOf<'team.rfq-closed'>, frame: MailFrame): Draft {
  const { t, closes, title, rfqRow, closesRow, openCase, teamFooter } = frame;
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
}

/** Each kind's draft; the mapped type makes a team mail without a draft a compile error. */
const TEAM_DRAFTS: { [K in TeamMail['kind']]: (mail: MailOf<K>, frame: MailFrame) => Draft } = {
  'team.rfq-approval-requested': rfqApprovalRequested,
  'team.rfq-approved': rfqApproved,
  'team.rfq-returned': rfqReturned,
  'team.question-asked': questionAsked,
  'team.quote-submitted': quoteSubmitted,
  'team.supplier-declined': supplierDeclined,
  'team.decline-withdrawn': declineWithdrawn,
  'team.rfq-closed': rfqClosed,
  'team.auction-result': auctionResult,
};

export function teamDraft(mail: TeamMail, frame: MailFrame): Draft {
  return (TEAM_DRAFTS[mail.kind] as (mail: TeamMail, frame: MailFrame) => Draft)(mail, frame);
}
