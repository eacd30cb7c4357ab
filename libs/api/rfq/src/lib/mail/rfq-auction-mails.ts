import { calendarUid, deadlineIcs, formatAmount, formatDecimal, type OutboxAttachment } from '@bc/api/mail';
import { AuctionRanking, AuctionVisibility } from '@bc/shared/domain';
import { AuctionFacts, Draft, partsOf } from './rfq-mail-facts';
import { MailFrame, MailOf } from './rfq-mail-frame';

/*
 * The live reverse auction's mails (issue 15). To each bidder: the invitation, the reminder, the
 * start, a cancellation and the end with its result; each carries the bidder's own prices and,
 * of the others, only what the auction's visibility lets the bidder see on its live page (never a
 * name; a price only under BEST_PRICE, the lowest, without who). To the buyer who scheduled it: the
 * result with every bidder. The award is not the auction's: the buying organization decides it later.
 */

type Row = [string, string];

/** "30 minutes", "1 hour 30 minutes" / "30 Minuten", "1 Stunde 30 Minuten". */
function duration(minutes: number, { t }: MailFrame): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (h) parts.push(t(`${h} ${h === 1 ? 'hour' : 'hours'}`, `${h} ${h === 1 ? 'Stunde' : 'Stunden'}`));
  if (m || !h) parts.push(t(`${m} ${m === 1 ? 'minute' : 'minutes'}`, `${m} ${m === 1 ? 'Minute' : 'Minuten'}`));
  return parts.join(' ');
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A score as the portal shows it: up to two decimals. */
const score = (value: number, frame: MailFrame) => formatDecimal(value.toFixed(2), frame.f.locale, 0);

function softClose(a: AuctionFacts, frame: MailFrame): string {
  const { t, when } = frame;
  if (a.softCloseMinutes <= 0) return t('There is no extension: the auction ends at its planned end.', 'Es gibt keine Verlängerung: Die Auktion endet zum geplanten Ende.');
  const sentence = t(
    `Soft close: a bid in the last ${a.softCloseMinutes} minutes extends the auction so that ${a.extensionMinutes} minutes remain after it`,
    `Verlängerung: Ein Gebot in den letzten ${a.softCloseMinutes} Minuten verlängert die Auktion, sodass danach noch ${a.extensionMinutes} Minuten bleiben`,
  );
  return a.capAt ? t(`${sentence}, but never past ${when(a.capAt)}.`, `${sentence}, jedoch nie über ${when(a.capAt)} hinaus.`) : `${sentence}.`;
}

/** What the bidder sees of the others during the auction (its live page), in a sentence. */
function visibility(a: AuctionFacts, { t }: MailFrame): string {
  const scored = a.ranking === AuctionRanking.TOTAL_SCORE;
  const seen = {
    [AuctionVisibility.RANK]: t('You see your own rank and whether you lead.', 'Sie sehen Ihren eigenen Rang und ob Sie führen.'),
    [AuctionVisibility.LEADING_SCORE]: t('You see your own total score and the leading total score.', 'Sie sehen Ihre eigene Gesamtpunktzahl und die führende Gesamtpunktzahl.'),
    [AuctionVisibility.BEST_PRICE]: t('You see the lowest price bid so far, but not who bid it.', 'Sie sehen den bisher niedrigsten Preis, aber nicht, wer ihn geboten hat.'),
    [AuctionVisibility.NONE]: t('You see only your own bids.', 'Sie sehen nur Ihre eigenen Gebote.'),
  }[a.visibility];
  const lead = scored && a.visibility !== AuctionVisibility.NONE ? ` ${t('You also see the price at which you would lead.', 'Außerdem sehen Sie, zu welchem Preis Sie führen würden.')}` : '';
  return `${seen}${lead} ${t('The other bidders’ names are never shown, nor their prices.', 'Die Namen der anderen Bieter werden nie gezeigt, ebenso wenig ihre Preise.')}`;
}

/** How bids are made, ranked and limited, in sentences. */
function rules(a: AuctionFacts, frame: MailFrame): string[] {
  const { t } = frame;
  return [
    a.bidOnLines
      ? t(
          `You bid new unit prices for some or all lines; the other lines keep their prices. Each new unit price must be at least ${a.decrement} below your own last unit price of that line.`,
          `Sie bieten neue Einzelpreise für einzelne oder alle Positionen; die übrigen behalten ihren Preis. Jeder neue Einzelpreis muss Ihren eigenen letzten Einzelpreis der Position um mindestens ${a.decrement} unterschreiten.`,
        )
      : t(
          `You bid a new total price; your line prices are scaled down to it. Each bid must be at least ${a.decrement} below your own last price.`,
          `Sie bieten einen neuen Gesamtpreis; Ihre Positionspreise werden anteilig darauf gesenkt. Jedes Gebot muss Ihren eigenen letzten Preis um mindestens ${a.decrement} unterschreiten.`,
        ),
    a.ranking === AuctionRanking.TOTAL_SCORE
      ? t(
          'Bidders are ranked by the total score of the evaluation: the price score on the current prices together with the scores of the other criteria, which stay as they were.',
          'Die Rangfolge ergibt sich aus der Gesamtpunktzahl der Bewertung: die Preispunkte aus den aktuellen Preisen zusammen mit den Punkten der übrigen Kriterien, die unverändert bleiben.',
        )
      : t('Bidders are ranked by total price, the lowest first.', 'Die Rangfolge ergibt sich aus dem Gesamtpreis, der niedrigste zuerst.'),
    softClose(a, frame),
    visibility(a, frame),
    t(
      'The server’s clock decides: a bid received after the end is refused. Every bid is a new revision of your quote with its receipt.',
      'Es gilt die Uhr des Servers: Ein Gebot, das nach dem Ende eingeht, wird abgelehnt. Jedes Gebot ist eine neue Fassung Ihres Angebots mit Empfangsbestätigung.',
    ),
  ];
}

/** The settings as rows: start, duration, end, how to bid. */
function settingRows(a: AuctionFacts, frame: MailFrame, endLabel: 'planned' | 'current'): Row[] {
  const { t, when } = frame;
  const rows: Row[] = [
    [t('Auction starts', 'Beginn der Auktion'), when(a.startsAt)],
    [t('Duration', 'Dauer'), duration(a.durationMinutes, frame)],
    endLabel === 'planned' ? [t('Planned end', 'Geplantes Ende'), when(a.endsAt)] : [t('Current end', 'Aktuelles Ende'), when(a.endsAt)],
  ];
  if (a.softCloseMinutes > 0 && a.capAt) rows.push([t('Latest end (soft close)', 'Spätestes Ende (Verlängerung)'), when(a.capAt)]);
  rows.push(
    [t('Bids on', 'Gebote auf'), a.bidOnLines ? t('Unit prices per line', 'Einzelpreise je Position') : t('Total price', 'Gesamtpreis')],
    [t('Minimum decrement', 'Mindestabstand'), a.bidOnLines ? t(`${a.decrement} per unit and line`, `${a.decrement} je Einheit und Position`) : a.decrement],
  );
  return rows;
}

/** Short, for subjects: the reader's zone only. */
const local = (at: Date, { f }: MailFrame) => ((p) => `${p.date}, ${p.time}`)(partsOf(at, f.locale, f.timeZone, false));

const bidderFooter = ({ f, t }: MailFrame) =>
  t(
    `You receive this email because ${f.buyerName} invited your company to a live auction on RFQ ${f.rfqReference}.`,
    `Sie erhalten diese E-Mail, weil ${f.buyerName} Ihr Unternehmen zu einer Live-Auktion zur Anfrage ${f.rfqReference} eingeladen hat.`,
  );

const openAuction = ({ t }: MailFrame) => t('Open the auction in the portal', 'Auktion im Portal öffnen');

function auctionInvitation(mail: MailOf<'auction.invitation'>, frame: MailFrame): Draft {
  const { f, t, when, closes, title, buyerRow, rfqRow } = frame;
  const a = mail.auction;
  return {
    headline: t(`Live auction on ${local(a.startsAt, frame)}: ${title}`, `Live-Auktion am ${local(a.startsAt, frame)}: ${title}`),
    paragraphs: [
      t(
        `${f.buyerName} invites your company to a live reverse auction on the RFQ "${title}", for ${duration(a.durationMinutes, frame)} from ${when(a.startsAt)}. Your sealed quote is your starting price: ${formatAmount(mail.startingAmount, a.currency, f.locale)}.`,
        `${f.buyerName} lädt Ihr Unternehmen zu einer Live-Rückwärtsauktion zur Anfrage „${title}“ ein, ${duration(a.durationMinutes, frame)} ab ${when(a.startsAt)}. Ihr versiegeltes Angebot ist Ihr Startpreis: ${formatAmount(mail.startingAmount, a.currency, f.locale)}.`,
      ),
      ...rules(a, frame),
      t(
        'The start is attached as a calendar entry with a reminder one hour before; you will also get a reminder email and a notice when the auction starts.',
        'Der Beginn ist als Kalendereintrag mit einer Erinnerung eine Stunde vorher angehängt; außerdem erhalten Sie eine Erinnerung per E-Mail und eine Nachricht, wenn die Auktion beginnt.',
      ),
    ],
    rows: [
      buyerRow,
      rfqRow,
      [t('RFQ closed', 'Angebotsfrist abgelaufen am'), closes],
      ...settingRows(a, frame, 'planned'),
      [t('Your starting price', 'Ihr Startpreis'), formatAmount(mail.startingAmount, a.currency, f.locale)],
    ],
    action: openAuction(frame),
    footer: bidderFooter(frame),
    attachments: [auctionIcs(a, frame, 'REQUEST')],
  };
}

function auctionReminder(mail: MailOf<'auction.reminder'>, frame: MailFrame): Draft {
  const { f, t, when, title, buyerRow, rfqRow } = frame;
  const a = mail.auction;
  return {
    headline: t(`Reminder – live auction starts ${local(a.startsAt, frame)}: ${title}`, `Erinnerung – Live-Auktion beginnt ${local(a.startsAt, frame)}: ${title}`),
    paragraphs: [
      t(
        `The live reverse auction of ${f.buyerName} on the RFQ "${title}" starts on ${when(a.startsAt)} and runs for ${duration(a.durationMinutes, frame)}, until ${when(a.endsAt)} unless late bids extend it.`,
        `Die Live-Rückwärtsauktion von ${f.buyerName} zur Anfrage „${title}“ beginnt am ${when(a.startsAt)} und dauert ${duration(a.durationMinutes, frame)}, bis ${when(a.endsAt)}, sofern späte Gebote sie nicht verlängern.`,
      ),
      t(
        `Open the auction in the portal a few minutes before the start and sign in. Your starting price is your sealed quote: ${formatAmount(mail.startingAmount, a.currency, f.locale)}. If you do not bid, it stands as it is.`,
        `Öffnen Sie die Auktion einige Minuten vor Beginn im Portal und melden Sie sich an. Ihr Startpreis ist Ihr versiegeltes Angebot: ${formatAmount(mail.startingAmount, a.currency, f.locale)}. Bieten Sie nicht, gilt es unverändert.`,
      ),
      ...rules(a, frame),
    ],
    rows: [buyerRow, rfqRow, ...settingRows(a, frame, 'planned'), [t('Your starting price', 'Ihr Startpreis'), formatAmount(mail.startingAmount, a.currency, f.locale)]],
    action: openAuction(frame),
    footer: bidderFooter(frame),
  };
}

function auctionStarted(mail: MailOf<'auction.started'>, frame: MailFrame): Draft {
  const { f, t, when, title, buyerRow, rfqRow } = frame;
  const a = mail.auction;
  return {
    headline: t(`Live auction started – bids until ${local(a.endsAt, frame)}: ${title}`, `Live-Auktion läuft – Gebote bis ${local(a.endsAt, frame)}: ${title}`),
    paragraphs: [
      t(
        `The live reverse auction of ${f.buyerName} on the RFQ "${title}" started on ${when(mail.startedAt, true)}. Bids are taken in the portal until ${when(a.endsAt)}; late bids may extend it, and the live page always shows the current end.`,
        `Die Live-Rückwärtsauktion von ${f.buyerName} zur Anfrage „${title}“ hat am ${when(mail.startedAt, true)} begonnen. Gebote werden im Portal bis ${when(a.endsAt)} angenommen; späte Gebote können sie verlängern, die Live-Seite zeigt stets das aktuelle Ende.`,
      ),
      // The rules were in the invitation and the reminder: here only what limits the next bid.
      ...rules(a, frame).filter((_, i) => i === 0 || i === 2),
    ],
    rows: [buyerRow, rfqRow, [t('Started', 'Begonnen am'), when(mail.startedAt, true)], ...settingRows(a, frame, 'current').slice(1), [t('Your starting price', 'Ihr Startpreis'), formatAmount(mail.startingAmount, a.currency, f.locale)]],
    action: t('Bid in the portal', 'Im Portal bieten'),
    footer: bidderFooter(frame),
  };
}

function auctionCancelled(mail: MailOf<'auction.cancelled'>, frame: MailFrame): Draft {
  const { f, t, when, title, buyerRow, rfqRow } = frame;
  const a = mail.auction;
  return {
    headline: t(`Live auction cancelled: ${title}`, `Live-Auktion abgesagt: ${title}`),
    paragraphs: [
      mail.wasRunning
        ? t(
            `${f.buyerName} has cancelled the live reverse auction on the RFQ "${title}" while it was running. Bids can no longer be placed.`,
            `${f.buyerName} hat die laufende Live-Rückwärtsauktion zur Anfrage „${title}“ abgebrochen. Gebote sind nicht mehr möglich.`,
          )
        : t(
            `${f.buyerName} has cancelled the live reverse auction on the RFQ "${title}" that was to start on ${when(a.startsAt)}. It will not take place; your quote stands as submitted.`,
            `${f.buyerName} hat die Live-Rückwärtsauktion zur Anfrage „${title}“ abgesagt, die am ${when(a.startsAt)} beginnen sollte. Sie findet nicht statt; Ihr Angebot gilt wie abgegeben.`,
          ),
      t(`Reason: ${mail.reason}`, `Begründung: ${mail.reason}`),
      t('The attached calendar update removes the auction from your calendar.', 'Die angehängte Kalenderänderung entfernt die Auktion aus Ihrem Kalender.'),
    ],
    rows: [buyerRow, rfqRow, [t('Was to start', 'Vorgesehener Beginn'), when(a.startsAt)]],
    action: t('View the auction in the portal', 'Auktion im Portal ansehen'),
    footer: bidderFooter(frame),
    attachments: [auctionIcs(a, frame, 'CANCEL')],
  };
}

/** What the bidder may learn of the final standings: its rank, its score and the leading one, or the lowest price, as its view showed them. */
function resultOf(mail: MailOf<'auction.ended'>, frame: MailFrame): { rows: Row[]; sentence: string } {
  const { f, t } = frame;
  const r = mail.result;
  const rows: Row[] = [];
  if (r.rank !== null) rows.push([t('Your final rank', 'Ihr Rang am Ende'), String(r.rank)]);
  if (r.myScore !== null) rows.push([t('Your final total score', 'Ihre Gesamtpunktzahl am Ende'), score(r.myScore, frame)]);
  if (r.leadingScore !== null) rows.push([t('Leading total score', 'Führende Gesamtpunktzahl'), score(r.leadingScore, frame)]);
  if (r.bestPrice !== null) rows.push([t('Lowest final price (bidder not named)', 'Niedrigster Endpreis (Bieter nicht genannt)'), formatAmount(r.bestPrice, mail.auction.currency, f.locale)]);
  if (r.leading !== null) rows.push([t('Leading at the end', 'Am Ende führend'), r.leading ? t('Yes', 'Ja') : t('No', 'Nein')]);
  let sentence: string;
  if (r.leading === true) sentence = t('Your company led the auction at its end.', 'Ihr Unternehmen führte die Auktion bei ihrem Ende.');
  else if (r.leading === false) sentence = t('Your company did not lead the auction at its end.', 'Ihr Unternehmen führte die Auktion bei ihrem Ende nicht.');
  else if (r.bestPrice !== null) sentence = t('The lowest final price is shown below, without naming who bid it.', 'Der niedrigste Endpreis steht unten, ohne zu nennen, wer ihn geboten hat.');
  else sentence = t('Under this auction’s settings, the standings of the bidders are not disclosed.', 'Nach den Einstellungen dieser Auktion wird die Reihenfolge der Bieter nicht bekannt gegeben.');
  return { rows, sentence };
}

function auctionEnded(mail: MailOf<'auction.ended'>, frame: MailFrame): Draft {
  const { f, t, when, closes, title, buyerRow, rfqRow } = frame;
  const a = mail.auction;
  const result = resultOf(mail, frame);
  return {
    headline: t(`Live auction ended – your result: ${title}`, `Live-Auktion beendet – Ihr Ergebnis: ${title}`),
    paragraphs: [
      t(
        `The live reverse auction on the RFQ "${title}" of ${f.buyerName} ended on ${when(mail.endedAt, true)}. Your last bid stands as your quote.`,
        `Die Live-Rückwärtsauktion zur Anfrage „${title}“ von ${f.buyerName} endete am ${when(mail.endedAt, true)}. Ihr letztes Gebot gilt als Ihr Angebot.`,
      ),
      result.sentence,
      t(
        `The auction does not award the contract. ${f.buyerName} now completes the evaluation and decides on the award later; leading at the end is no promise of the contract. You will be told the outcome.`,
        `Die Auktion vergibt den Auftrag nicht. ${f.buyerName} schließt nun die Bewertung ab und entscheidet später über die Vergabe; die Führung am Ende ist keine Zusage des Auftrags. Sie erhalten Nachricht über das Ergebnis.`,
      ),
    ],
    rows: [
      buyerRow,
      rfqRow,
      [t('RFQ closed', 'Angebotsfrist abgelaufen am'), closes],
      [t('Ended', 'Beendet am'), when(mail.endedAt, true)],
      [t('Your starting price', 'Ihr Startpreis'), formatAmount(mail.startingAmount, a.currency, f.locale)],
      [t('Your final price', 'Ihr Endpreis'), formatAmount(mail.finalAmount, a.currency, f.locale)],
      [t('Your bids', 'Ihre Gebote'), String(mail.bids)],
      ...result.rows,
    ],
    action: t('View the auction in the portal', 'Auktion im Portal ansehen'),
    footer: t(
      `You receive this email because your company took part in a live auction on RFQ ${f.rfqReference} of ${f.buyerName}.`,
      `Sie erhalten diese E-Mail, weil Ihr Unternehmen an einer Live-Auktion zur Anfrage ${f.rfqReference} von ${f.buyerName} teilgenommen hat.`,
    ),
  };
}

/** The buyer's result: every bidder with its prices, in the final order. */
function auctionResult(mail: MailOf<'team.auction-result'>, frame: MailFrame): Draft {
  const { f, t, when, title, rfqRow } = frame;
  const a = mail.auction;
  const money = (v: string) => formatAmount(v, a.currency, f.locale);
  const scored = a.ranking === AuctionRanking.TOTAL_SCORE;
  const standings = mail.standings.map((s) => {
    const scoreText = scored && s.totalScore !== null ? t(`, total score ${score(s.totalScore, frame)}`, `, Gesamtpunktzahl ${score(s.totalScore, frame)}`) : '';
    const row: Row = [
      `${s.rank}. ${s.supplierName}`,
      t(`${money(s.finalAmount)} (from ${money(s.startingAmount)}, ${count(s.bids, 'bid', 'bids')}${scoreText})`, `${money(s.finalAmount)} (von ${money(s.startingAmount)}, ${count(s.bids, 'Gebot', 'Gebote')}${scoreText})`),
    ];
    return row;
  });
  return {
    headline: t(`Live auction result: ${title}`, `Ergebnis der Live-Auktion: ${title}`),
    paragraphs: [
      t(
        `The live reverse auction you scheduled on the RFQ "${title}" ended on ${when(mail.endedAt, true)} with ${count(mail.bids, 'bid', 'bids')} and ${count(mail.extensions, 'extension', 'extensions')}. The final ranking (${scored ? 'by total score' : 'by total price'}) is below; every bid with its receipt is on the auction's page.`,
        `Die von Ihnen geplante Live-Rückwärtsauktion zur Anfrage „${title}“ endete am ${when(mail.endedAt, true)} mit ${count(mail.bids, 'Gebot', 'Geboten')} und ${count(mail.extensions, 'Verlängerung', 'Verlängerungen')}. Die Reihenfolge am Ende (${scored ? 'nach Gesamtpunktzahl' : 'nach Gesamtpreis'}) steht unten; jedes Gebot mit Empfangsbestätigung finden Sie auf der Seite der Auktion.`,
      ),
      t(
        'The final bids are now the quotes the evaluation prices on. Continue the case as after a negotiation round: skip or finish the negotiation and propose the award.',
        'Die letzten Gebote sind nun die Angebote, mit denen die Bewertung rechnet. Führen Sie den Vorgang wie nach einer Verhandlungsrunde fort: Verhandlung überspringen oder abschließen und die Vergabe vorschlagen.',
      ),
    ],
    rows: [
      rfqRow,
      [t('Started', 'Begonnen am'), when(mail.startedAt, true)],
      [t('Ended', 'Beendet am'), when(mail.endedAt, true)],
      [t('Bids', 'Gebote'), String(mail.bids)],
      [t('Extensions', 'Verlängerungen'), String(mail.extensions)],
      ...standings,
    ],
    action: t('Open the auction', 'Auktion öffnen'),
    footer: t(
      `You receive this email because you scheduled this live auction on RFQ ${f.rfqReference}.`,
      `Sie erhalten diese E-Mail, weil Sie diese Live-Auktion zur Anfrage ${f.rfqReference} geplant haben.`,
    ),
  };
}

/** The auction's start in the reader's calendar: one entry per auction (same UID), removed by CANCEL with a higher SEQUENCE. */
function auctionIcs(a: AuctionFacts, { f, t, title }: MailFrame, method: 'REQUEST' | 'CANCEL'): OutboxAttachment {
  return deadlineIcs(
    {
      uid: calendarUid(`rfq-${f.rfqId}-auction-${a.id}`, f.publicUrl),
      method,
      sequence: method === 'CANCEL' ? 1 : 0,
      organizer: f.organizer,
      attendee: { name: f.recipientName?.trim() || f.recipientEmail, email: f.recipientEmail },
      title: t(`Live auction starts: ${f.rfqReference} ${title}`, `Live-Auktion beginnt: ${f.rfqReference} ${title}`),
      description: t(
        `The live reverse auction on RFQ ${f.rfqReference} "${title}" of ${f.buyerName} opens for bids in the portal at this time.`,
        `Die Live-Rückwärtsauktion zur Anfrage ${f.rfqReference} „${title}“ von ${f.buyerName} nimmt ab diesem Zeitpunkt Gebote im Portal an.`,
      ),
      at: a.startsAt,
      url: method === 'REQUEST' ? (f.url ?? undefined) : undefined,
      remindHoursBefore: 1,
    },
    t('auction.ics', 'auktion.ics'),
  );
}

/** The bidders' auction mails, for the supplier drafts. */
export const AUCTION_SUPPLIER_DRAFTS = {
  'auction.invitation': auctionInvitation,
  'auction.reminder': auctionReminder,
  'auction.started': auctionStarted,
  'auction.cancelled': auctionCancelled,
  'auction.ended': auctionEnded,
};

export { auctionResult };
