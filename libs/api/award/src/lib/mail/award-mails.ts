import { formatAmount, formatDecimal, type MailContent, renderMail } from '@bc/api/mail';
import { ApprovalMode, Locale } from '@bc/shared/domain';

/**
 * The emails of the award, in English and German, as pure functions (like the RFQ mails): the
 * caller passes the facts, gets subject, plain text and simple HTML back, and puts them in the
 * outbox.
 *
 * Two audiences, kept strictly apart:
 * - the buying side (approvers, proposer, case team) sees the whole proposal: every awarded
 *   supplier with its total, whether it follows the ranking, the justification;
 * - a supplier sees only its own outcome: the award letter lists its own lines, quantities, unit
 *   prices and total; the regret letter says no more than that the award went elsewhere. Neither
 *   is ever given another supplier's name or price (nothing of the kind is passed in here).
 */

export interface AwardFacts {
  locale: Locale;
  /** IANA zone for dates shown. */
  timeZone: string;
  recipientName: string | null;
  /** The buying organization. */
  buyerName: string;
  /** The case (`PC-2026-0007`) and its title: the buying side's reference. */
  caseReference: string;
  caseTitle: string;
  /** The RFQ (`PC-2026-0007-R1`) and its title: the supplier's reference. */
  rfqReference: string;
  rfqTitle: string;
  /** The award's currency (the case currency). */
  currency: string;
  /** The link the reader should follow: the inbox, the case page or the portal page. */
  url: string;
}

/** An awarded supplier as the buying side sees it (amounts are exact decimal strings). */
export interface AwardedSupplier {
  name: string;
  total: string;
  lines: number;
}

/** One line of an award letter: the supplier's own line, in the award currency. */
export interface LetterLine {
  position: number;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  total: string;
}

interface ProposalFacts {
  proposedBy: string;
  version: number;
  totalValue: string;
  suppliers: AwardedSupplier[];
}

export type AwardMail =
  // To an approver whose step has opened
  | ({
      kind: 'award.approval-requested';
      facts: AwardFacts;
      followsRanking: boolean;
      /** The ranking's first place when it is not followed (buying side only). */
      topRankedName: string | null;
      justification: string | null;
      approvalsRequired: number;
      mode: ApprovalMode;
    } & ProposalFacts)
  // To the proposer and the case team
  | ({ kind: 'award.rejected'; facts: AwardFacts; rejectedBy: string; comment: string } & ProposalFacts)
  // To the awarded supplier's users: its own lines only
  | { kind: 'award.letter'; facts: AwardFacts; decidedAt: Date; lines: LetterLine[]; total: string; split: boolean; buyerContact: { name: string; email: string } | null }
  // To every other supplier that quoted: nothing about the winner
  | { kind: 'award.regret'; facts: AwardFacts; decidedAt: Date }
  // To the case team
  | ({ kind: 'award.team-notice'; facts: AwardFacts; decidedAt: Date; approvedBy: string[]; regretted: number } & ProposalFacts);

export interface ComposedAwardMail {
  kind: AwardMail['kind'];
  subject: string;
  text: string;
  html: string;
}

const INTL_LOCALE: Record<Locale, string> = { [Locale.EN]: 'en-GB', [Locale.DE]: 'de-DE' };

/** Subjects are header values: no line breaks, no runs of spaces. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A day in the reader's zone: `4 Dec 2026` / `4. Dez. 2026`. */
export function formatMailDate(at: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? INTL_LOCALE[Locale.EN], { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** What each kind contributes; the frame (greeting, rows, footer) is shared. */
interface Draft {
  /** The reference the subject starts with. */
  reference: string;
  headline: string;
  paragraphs: string[];
  rows: Array<[string, string]>;
  action: string;
  footer: string;
}

type MailOf<K extends AwardMail['kind']> = Extract<AwardMail, { kind: K }>;
type Row = [string, string];

/** The words, formats and rows the award mails share, in the reader's language. */
interface Kit {
  f: AwardFacts;
  t: (en: string, german: string) => string;
  amount: (v: string) => string;
  day: (at: Date) => string;
  caseTitle: string;
  rfqTitle: string;
  caseRow: Row;
  rfqRow: Row;
  buyerRow: Row;
  /** The proposal as the buying side sees it: one row per awarded supplier, then the total. */
  proposalRows: (p: ProposalFacts) => Row[];
  supplierNames: (p: ProposalFacts) => string;
  teamFooter: string;
  quotedFooter: string;
}

function kitFor(f: AwardFacts): Kit {
  const de = f.locale === Locale.DE;
  const t = (en: string, german: string) => (de ? german : en);
  const amount = (v: string) => formatAmount(v, f.currency, f.locale);
  const caseTitle = oneLine(f.caseTitle);
  const rfqTitle = oneLine(f.rfqTitle);
  return {
    f,
    t,
    amount,
    day: (at: Date) => formatMailDate(at, f.locale, f.timeZone),
    caseTitle,
    rfqTitle,
    caseRow: [t('Case', 'Vorgang'), `${f.caseReference} – ${caseTitle}`],
    rfqRow: [t('RFQ', 'Anfrage'), `${f.rfqReference} – ${rfqTitle}`],
    buyerRow: [t('Buyer', 'Auftraggeber'), f.buyerName],
    proposalRows: (p) => [
      ...p.suppliers.map(
        (s): Row => [
          p.suppliers.length > 1 ? t('Supplier (split award)', 'Lieferant (Aufteilung)') : t('Supplier', 'Lieferant'),
          `${s.name}: ${amount(s.total)} (${s.lines} ${s.lines === 1 ? t('line', 'Position') : t('lines', 'Positionen')})`,
        ],
      ),
      [t('Award value', 'Vergabewert'), amount(p.totalValue)],
      [t('Proposed by', 'Vorgeschlagen von'), `${p.proposedBy} (${t('version', 'Version')} ${p.version})`],
    ],
    supplierNames: (p) => p.suppliers.map((s) => s.name).join(', '),
    teamFooter: t(
      `You receive this email because you belong to the buying team of case ${f.caseReference}.`,
      `Sie erhalten diese E-Mail, weil Sie zum Einkaufsteam des Vorgangs ${f.caseReference} gehören.`,
    ),
    quotedFooter: t(
      `You receive this email because your company quoted for RFQ ${f.rfqReference} of ${f.buyerName}.`,
      `Sie erhalten diese E-Mail, weil Ihr Unternehmen ein Angebot zur Anfrage ${f.rfqReference} von ${f.buyerName} abgegeben hat.`,
    ),
  };
}

function approvalRequested(mail: MailOf<'award.approval-requested'>, k: Kit): Draft {
  const { f, t, amount, caseTitle, caseRow, rfqRow, proposalRows, supplierNames } = k;
  const paragraphs = [
    t(
      `${mail.proposedBy} proposes to award "${caseTitle}" to ${supplierNames(mail)} for ${amount(mail.totalValue)}. Your approval is needed.`,
      `${mail.proposedBy} schlägt vor, „${caseTitle}“ für ${amount(mail.totalValue)} an ${supplierNames(mail)} zu vergeben. Ihre Freigabe wird benötigt.`,
    ),
    mail.followsRanking
      ? t('The proposal follows the ranking of the evaluation.', 'Der Vorschlag folgt der Rangfolge der Auswertung.')
      : t(
          `The proposal does not follow the ranking of the evaluation${mail.topRankedName ? ` (first place: ${mail.topRankedName})` : ''}.`,
          `Der Vorschlag weicht von der Rangfolge der Auswertung ab${mail.topRankedName ? ` (erster Platz: ${mail.topRankedName})` : ''}.`,
        ),
  ];
  if (mail.justification?.trim()) paragraphs.push(t(`Justification: ${mail.justification.trim()}`, `Begründung: ${mail.justification.trim()}`));
  paragraphs.push(
    t(
      'Please review the proposal with its ranking and summary in your inbox, and approve or reject it with a comment.',
      'Bitte prüfen Sie den Vorschlag mit Rangfolge und Zusammenfassung in Ihrem Posteingang und geben Sie ihn frei oder lehnen Sie ihn mit einem Kommentar ab.',
    ),
  );
  return {
    reference: f.caseReference,
    headline: t(`Award approval requested: ${caseTitle}`, `Vergabefreigabe angefordert: ${caseTitle}`),
    paragraphs,
    rows: [
      caseRow,
      rfqRow,
      ...proposalRows(mail),
      [t('Follows the ranking', 'Folgt der Rangfolge'), mail.followsRanking ? t('Yes', 'Ja') : t('No', 'Nein')],
      [
        t('Approvals required', 'Erforderliche Freigaben'),
        `${mail.approvalsRequired} (${mail.mode === ApprovalMode.SEQUENTIAL ? t('one after the other', 'nacheinander') : t('in parallel', 'parallel')})`,
      ],
    ],
    action: t('Open your inbox', 'Posteingang öffnen'),
    footer: t(
      `You receive this email because your approval of the award of case ${f.caseReference} is requested.`,
      `Sie erhalten diese E-Mail, weil Ihre Freigabe der Vergabe im Vorgang ${f.caseReference} angefordert wird.`,
    ),
  };
}

function rejected(mail: MailOf<'award.rejected'>, k: Kit): Draft {
  const { f, t, caseTitle, caseRow, proposalRows, supplierNames, teamFooter } = k;
  return {
    reference: f.caseReference,
    headline: t(`Award proposal rejected: ${caseTitle}`, `Vergabevorschlag abgelehnt: ${caseTitle}`),
    paragraphs: [
      t(
        `${mail.rejectedBy} has rejected the proposal to award "${caseTitle}" to ${supplierNames(mail)}.`,
        `${mail.rejectedBy} hat den Vorschlag abgelehnt, „${caseTitle}“ an ${supplierNames(mail)} zu vergeben.`,
      ),
      t(`Comment: ${mail.comment}`, `Kommentar: ${mail.comment}`),
      t(
        'The case is back in DECISION: a new proposal can be made, or the suppliers negotiated with again.',
        'Der Vorgang ist wieder in der Entscheidung (DECISION): Ein neuer Vorschlag kann gemacht oder erneut mit den Lieferanten verhandelt werden.',
      ),
    ],
    rows: [caseRow, ...proposalRows(mail), [t('Rejected by', 'Abgelehnt von'), mail.rejectedBy]],
    action: t('Open the case', 'Vorgang öffnen'),
    footer: teamFooter,
  };
}

function letter(mail: MailOf<'award.letter'>, k: Kit): Draft {
  const { f, t, amount, day, rfqTitle, rfqRow, buyerRow, quotedFooter } = k;
  const rows: Row[] = [buyerRow, rfqRow, [t('Awarded on', 'Zuschlag erteilt am'), day(mail.decidedAt)]];
  for (const l of mail.lines) {
    rows.push([
      `${l.position}. ${oneLine(l.description)}`,
      `${formatDecimal(l.quantity, f.locale, 0)} ${l.unit} × ${amount(l.unitPrice)} = ${amount(l.total)}`,
    ]);
  }
  rows.push([t('Total awarded to your company', 'Auftragswert für Ihr Unternehmen'), amount(mail.total)]);
  if (mail.buyerContact) rows.push([t('Contact', 'Ansprechpartner'), `${mail.buyerContact.name} <${mail.buyerContact.email}>`]);
  return {
    reference: f.rfqReference,
    headline: t(`Award: ${rfqTitle}`, `Zuschlag: ${rfqTitle}`),
    paragraphs: [
      mail.split
        ? t(
            `We are pleased to inform you that ${f.buyerName} awards your company the lines of the RFQ "${rfqTitle}" listed below.`,
            `Wir freuen uns, Ihnen mitzuteilen, dass ${f.buyerName} Ihrem Unternehmen den Zuschlag für die unten aufgeführten Positionen der Anfrage „${rfqTitle}“ erteilt.`,
          )
        : t(
            `We are pleased to inform you that ${f.buyerName} awards your company the RFQ "${rfqTitle}".`,
            `Wir freuen uns, Ihnen mitzuteilen, dass ${f.buyerName} Ihrem Unternehmen den Zuschlag für die Anfrage „${rfqTitle}“ erteilt.`,
          ),
      t(
        `The award covers the lines, quantities and unit prices below, ${amount(mail.total)} in total, on the terms of your quote and the RFQ.`,
        `Der Zuschlag umfasst die unten genannten Positionen, Mengen und Einzelpreise, insgesamt ${amount(mail.total)}, zu den Bedingungen Ihres Angebots und der Anfrage.`,
      ),
      t(
        'Next steps: a purchase order follows. Please do not start delivery before you have received it.',
        'Nächste Schritte: Eine Bestellung folgt. Bitte beginnen Sie mit der Lieferung erst, wenn sie Ihnen vorliegt.',
      ),
    ],
    rows,
    action: t('Open the award in the portal', 'Zuschlag im Portal öffnen'),
    footer: quotedFooter,
  };
}

function regret(mail: MailOf<'award.regret'>, k: Kit): Draft {
  const { f, t, day, rfqTitle, rfqRow, buyerRow, quotedFooter } = k;
  return {
    reference: f.rfqReference,
    headline: t(`Outcome of your quote: ${rfqTitle}`, `Ergebnis Ihres Angebots: ${rfqTitle}`),
    paragraphs: [
      t(
        `Thank you for your quote for the RFQ "${rfqTitle}". After careful evaluation, ${f.buyerName} has decided to award it elsewhere; your quote was not successful this time.`,
        `Vielen Dank für Ihr Angebot zur Anfrage „${rfqTitle}“. Nach sorgfältiger Auswertung hat ${f.buyerName} den Zuschlag anderweitig erteilt; Ihr Angebot konnte diesmal nicht berücksichtigt werden.`,
      ),
      t(
        'We appreciate the time and effort you put into your quote and look forward to inviting you again.',
        'Wir danken Ihnen für Ihre Mühe und freuen uns darauf, Sie wieder zur Angebotsabgabe einzuladen.',
      ),
    ],
    rows: [buyerRow, rfqRow, [t('Decided on', 'Entschieden am'), day(mail.decidedAt)]],
    action: t('Open the RFQ in the portal', 'Anfrage im Portal öffnen'),
    footer: quotedFooter,
  };
}

function teamNotice(mail: MailOf<'award.team-notice'>, k: Kit): Draft {
  const { f, t, amount, day, caseTitle, caseRow, rfqRow, proposalRows, supplierNames, teamFooter } = k;
  const paragraphs = [
    t(
      `Every required approval is in: "${caseTitle}" is awarded to ${supplierNames(mail)} for ${amount(mail.totalValue)}.`,
      `Alle erforderlichen Freigaben liegen vor: „${caseTitle}“ ist für ${amount(mail.totalValue)} an ${supplierNames(mail)} vergeben.`,
    ),
    t(
      `${mail.suppliers.length === 1 ? 'The awarded supplier was' : 'The awarded suppliers were'} sent the award letter${
        mail.regretted > 0 ? `; ${mail.regretted} other ${mail.regretted === 1 ? 'supplier that quoted was' : 'suppliers that quoted were'} sent a regret letter` : ''
      }.`,
      `${mail.suppliers.length === 1 ? 'Der Lieferant hat' : 'Die Lieferanten haben'} das Zuschlagsschreiben erhalten${
        mail.regretted > 0 ? `; ${mail.regretted} ${mail.regretted === 1 ? 'weiterer Bieter hat' : 'weitere Bieter haben'} eine Absage erhalten` : ''
      }.`,
    ),
    t(
      'The purchase order can now be placed; delivery performance is recorded against the award in the case.',
      'Die Bestellung kann jetzt erfolgen; die Lieferleistung wird im Vorgang zum Zuschlag erfasst.',
    ),
  ];
  return {
    reference: f.caseReference,
    headline: t(`Awarded: ${caseTitle}`, `Zuschlag erteilt: ${caseTitle}`),
    paragraphs,
    rows: [
      caseRow,
      rfqRow,
      ...proposalRows(mail),
      [t('Approved by', 'Freigegeben von'), mail.approvedBy.join(', ')],
      [t('Awarded on', 'Zuschlag erteilt am'), day(mail.decidedAt)],
    ],
    action: t('Open the case', 'Vorgang öffnen'),
    footer: teamFooter,
  };
}

/** Each kind's draft; the mapped type makes a new kind without a draft a compile error. */
const DRAFTS: { [K in AwardMail['kind']]: (mail: MailOf<K>, k: Kit) => Draft } = {
  'award.approval-requested': approvalRequested,
  'award.rejected': rejected,
  'award.letter': letter,
  'award.regret': regret,
  'award.team-notice': teamNotice,
};

export function composeAwardMail(mail: AwardMail): ComposedAwardMail {
  const compose = DRAFTS[mail.kind] as ((mail: AwardMail, k: Kit) => Draft) | undefined;
  if (!compose) throw new Error(`Unknown award mail: ${(mail as { kind: string }).kind}`);
  const k = kitFor(mail.facts);
  const draft = compose(mail, k);
  const name = mail.facts.recipientName?.trim();
  const greeting = name ? k.t(`Hello ${name},`, `Guten Tag ${name},`) : k.t('Hello,', 'Guten Tag,');
  const content: MailContent = {
    locale: mail.facts.locale,
    title: draft.headline,
    paragraphs: [greeting, ...draft.paragraphs],
    rows: draft.rows,
    action: { label: draft.action, url: mail.facts.url },
    footer: draft.footer,
  };
  const { html, text } = renderMail(content);
  return { kind: mail.kind, subject: oneLine(`[${draft.reference}] ${draft.headline}`), text, html };
}
