import { type MailContent, renderMail } from '@bc/api/mail';
import { ComposedMail, oneLine, RfqMail } from './rfq-mail-facts';
import { frameFor } from './rfq-mail-frame';
import { supplierDraft } from './rfq-supplier-mails';
import { isTeamMail, teamDraft } from './rfq-team-mails';

export type { ComposedMail, RfqFacts, RfqMail } from './rfq-mail-facts';
export { formatMailTime } from './rfq-mail-facts';

/**
 * The emails of the RFQ process, in English and German, as pure functions: the caller passes the
 * facts, gets subject, plain text, simple HTML and attachments back, and puts them in the outbox.
 *
 * B2B inboxes are old and strict (product.md): only useful content, the key facts as rows, one link,
 * and every time in the reader's zone and in UTC. Team mails never carry quote content: quotes are
 * sealed until the closing time, and nothing of a quote is passed in here.
 */
export function composeRfqMail(mail: RfqMail): ComposedMail {
  const frame = frameFor(mail.facts);
  const { f, t } = frame;
  const name = f.recipientName?.trim();
  const greeting = name ? t(`Hello ${name},`, `Guten Tag ${name},`) : t('Hello,', 'Guten Tag,');
  const draft = isTeamMail(mail) ? teamDraft(mail, frame) : supplierDraft(mail, frame);

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
