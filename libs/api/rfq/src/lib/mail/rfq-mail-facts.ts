import { type CalendarPerson, type OutboxAttachment } from '@bc/api/mail';
import { AuctionRanking, AuctionVisibility, Locale } from '@bc/shared/domain';

/** What an RFQ email is made of: the facts passed in, the kinds of mail, and times as the reader reads them. */
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
  // A live reverse auction (issue 15), to each bidder: its own prices only (rfq-auction-mails.ts).
  /** Approved by the gatekeeper: its start in the reader's calendar, its rules in words. */
  | { kind: 'auction.invitation'; facts: RfqFacts; auction: AuctionFacts; startingAmount: string }
  /** Before the start (an hour, or at the approval when the start is nearer): when, how long, the rules. */
  | { kind: 'auction.reminder'; facts: RfqFacts; auction: AuctionFacts; startingAmount: string }
  /** It started: bids are taken until the current end. */
  | { kind: 'auction.started'; facts: RfqFacts; auction: AuctionFacts; startedAt: Date; startingAmount: string }
  /** Cancelled after the invitation went out: its calendar entry is removed. */
  | { kind: 'auction.cancelled'; facts: RfqFacts; auction: AuctionFacts; reason: string; wasRunning: boolean }
  /** It ended: the bidder's own prices and what the visibility lets it learn of the standings (never who). */
  | { kind: 'auction.ended'; facts: RfqFacts; auction: AuctionFacts; endedAt: Date; finalAmount: string; startingAmount: string; bids: number; result: AuctionBidderResult }
  // Notifications to the buying team (never any quote content: quotes are sealed until closing)
  | { kind: 'team.rfq-approval-requested'; facts: RfqFacts; requestedBy: string }
  | { kind: 'team.rfq-approved'; facts: RfqFacts; approvedBy: string; comment: string | null }
  | { kind: 'team.rfq-returned'; facts: RfqFacts; returnedBy: string; comment: string }
  | { kind: 'team.question-asked'; facts: RfqFacts; supplierName: string; question: string }
  | { kind: 'team.quote-submitted'; facts: RfqFacts; supplierName: string; submittedAt: Date; revision: number; round?: { number: number; closesAt: Date } | null }
  | { kind: 'team.supplier-declined'; facts: RfqFacts; supplierName: string; reason: string }
  | { kind: 'team.decline-withdrawn'; facts: RfqFacts; supplierName: string }
  | { kind: 'team.rfq-closed'; facts: RfqFacts; quotesReceived: number; invited: number }
  /** The auction's result to the buyer who scheduled it (after the end: prices are no longer sealed). */
  | { kind: 'team.auction-result'; facts: RfqFacts; auction: AuctionFacts; startedAt: Date; endedAt: Date; bids: number; extensions: number; standings: AuctionStandingFact[] };

/** An auction's settings as its mails state them. */
export interface AuctionFacts {
  id: string;
  startsAt: Date;
  /** The current end (soft close moves it). */
  endsAt: Date;
  durationMinutes: number;
  currency: string;
  /** "2.5 %" or "10.00 EUR" (per unit for line bids). */
  decrement: string;
  bidOnLines: boolean;
  softCloseMinutes: number;
  extensionMinutes: number;
  /** The latest end soft close may reach; null when uncapped. */
  capAt: Date | null;
  visibility: AuctionVisibility;
  ranking: AuctionRanking;
}

/** What a bidder may learn of the final standings, as its view shows them (null: the visibility hides it). */
export interface AuctionBidderResult {
  rank: number | null;
  leading: boolean | null;
  myScore: number | null;
  leadingScore: number | null;
  bestPrice: string | null;
}

/** One bidder in the buyer's result: every name and price. */
export interface AuctionStandingFact {
  supplierName: string;
  rank: number;
  startingAmount: string;
  finalAmount: string;
  bids: number;
  totalScore: number | null;
}

export interface ComposedMail {
  kind: RfqMail['kind'];
  subject: string;
  text: string;
  html: string;
  attachments: OutboxAttachment[];
}

const INTL_LOCALE: Record<Locale, string> = { [Locale.EN]: 'en-GB', [Locale.DE]: 'de-DE' };

export function partsOf(at: Date, locale: Locale, timeZone: string, seconds: boolean) {
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

export function formatTime(at: Date, locale: Locale, timeZone: string, seconds = false): string {
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
export interface Draft {
  headline: string;
  paragraphs: string[];
  rows: Array<[string, string]>;
  action: string;
  footer: string;
  attachments?: OutboxAttachment[];
}

/** Subjects are header values: no line breaks, no runs of spaces. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
