import { renderMail } from '@bc/api/mail';
import { Locale } from '@bc/shared/domain';

/** The facts of an invitation into a supplier company, as its recipient reads them. */
export interface ColleagueInvitationFacts {
  locale: Locale;
  /** IANA zone of the times shown; the expiry is also given in UTC. */
  timeZone: string;
  companyName: string;
  inviterName: string;
  inviterEmail: string;
  email: string;
  expiresAt: Date;
  /** The single-use registration link. */
  url: string;
}

const INTL_LOCALE: Record<Locale, string> = { [Locale.EN]: 'en-GB', [Locale.DE]: 'de-DE' };

/** E.g. "Wed, 9 Dec 2026, 09:15 CET (08:15 UTC)" / "Mi., 9. Dez. 2026, 09:15 MEZ (08:15 UTC)". */
export function formatExpiry(at: Date, locale: Locale, timeZone: string): string {
  const intl = INTL_LOCALE[locale] ?? INTL_LOCALE[Locale.EN];
  const date = (zone: string) => new Intl.DateTimeFormat(intl, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(at);
  const time = (zone: string) =>
    new Intl.DateTimeFormat(intl, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(at);
  const local = `${date(timeZone)}, ${time(timeZone)}`;
  if (timeZone === 'UTC') return local;
  return date(timeZone) === date('UTC') ? `${local} (${time('UTC')})` : `${local} (${date('UTC')}, ${time('UTC')})`;
}

/**
 * The email that brings a colleague into a supplier company: who invites them, into which company,
 * until when the link works, and the one link. In the recipient's language (the admin chooses it).
 */
export function composeColleagueInvitation(f: ColleagueInvitationFacts): { subject: string; text: string; html: string } {
  const de = f.locale === Locale.DE;
  const t = (en: string, german: string) => (de ? german : en);
  const expires = formatExpiry(f.expiresAt, f.locale, f.timeZone);
  const title = t(`Join ${f.companyName} in the supplier portal`, `Einladung von ${f.companyName} ins Lieferantenportal`);
  const { text, html } = renderMail({
    locale: f.locale,
    title,
    paragraphs: [
      t('Hello,', 'Guten Tag,'),
      t(
        `${f.inviterName} invites you to join ${f.companyName} in the Buying Center supplier portal, where your company receives requests for quotation from its customers and submits its quotes.`,
        `${f.inviterName} lädt Sie ein, ${f.companyName} im Lieferantenportal von Buying Center beizutreten. Dort erhält Ihr Unternehmen Angebotsanfragen seiner Kunden und gibt seine Angebote ab.`,
      ),
      t(
        `The link below creates your account for ${f.email}. It works once and expires on ${expires}; after that, ask ${f.inviterName} for a new invitation.`,
        `Über den Link unten legen Sie Ihr Konto für ${f.email} an. Er ist nur einmal verwendbar und verfällt am ${expires}; danach bitten Sie ${f.inviterName} um eine neue Einladung.`,
      ),
    ],
    rows: [
      [t('Company', 'Unternehmen'), f.companyName],
      [t('Invited by', 'Eingeladen von'), `${f.inviterName} <${f.inviterEmail}>`],
      [t('Your sign-in', 'Ihre Anmeldung'), f.email],
      [t('Link valid until', 'Link gültig bis'), expires],
    ],
    action: { label: t('Create your account', 'Konto anlegen'), url: f.url },
    footer: t(
      `You receive this email because ${f.inviterName} of ${f.companyName} entered your address. If you did not expect it, ignore it: without the link nothing happens.`,
      `Sie erhalten diese E-Mail, weil ${f.inviterName} von ${f.companyName} Ihre Adresse eingegeben hat. Wenn Sie sie nicht erwartet haben, ignorieren Sie sie: Ohne den Link geschieht nichts.`,
    ),
  });
  return { subject: title, text, html };
}
