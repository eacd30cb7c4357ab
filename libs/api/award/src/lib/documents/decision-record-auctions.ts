import { AuctionBidOn, AuctionDecrementKind, compareDecimals, Locale, percentOf, subtractMoney } from '@bc/shared/domain';
import { PDF_PALETTE, PdfFormatter, PdfTableDrawer, PdfTableRow, PdfWriterColumn, roleName } from '@bc/api/documents';
import { translator } from '@bc/shared/i18n/documents';
import type { DecisionRecordAuction } from './decision-record-auction-content';

const { muted: MUTED } = PDF_PALETTE;
/** A receipt is printed shortened in the bid table; the full one is in the JSON and among the quotes' receipts. */
const RECEIPT_SHOWN = 16;

/** What the auction section draws with: the decision record writer's own building blocks. */
export interface RecordPen {
  locale: Locale;
  f: PdfFormatter;
  heading(text: string, keep: number): void;
  paragraph(text: string, size?: number, color?: string): void;
  facts(rows: Array<[string, string]>): PdfTableDrawer;
  table(columns: PdfWriterColumn[], rows: PdfTableRow[]): PdfTableDrawer;
  captionedTable(caption: string, table: PdfTableDrawer): void;
  person(name: string | null): string;
  /** Space of this many lines before what follows. */
  space(lines: number): void;
}

/** The decision record's section on the RFQ's reverse auctions, one block per auction (nothing without one). */
export function drawAuctions(pen: RecordPen, auctions: readonly DecisionRecordAuction[]): void {
  if (auctions.length === 0) return;
  const t = translator(pen.locale, 'documents.decisionRecordAuction');
  pen.heading(t('heading'), 60);
  pen.paragraph(t('intro'), 9, MUTED);
  auctions.forEach((a, i) => drawAuction(pen, a, i + 1));
}

function drawAuction(pen: RecordPen, a: DecisionRecordAuction, n: number): void {
  const t = translator(pen.locale, 'documents.decisionRecordAuction');
  const words = translator(pen.locale, 'auction');
  const { f } = pen;
  const status = words.pick('status', a.status) ?? a.status;
  const byAt = (by: string | null, role: string, at: string | null) => t('byAt', { by: pen.person(by), role: roleName(pen.locale, role), at: f.stamp(at) });
  const facts = pen.facts([
    [t('status'), a.cancelledAt ? t('cancelled', { at: f.stamp(a.cancelledAt), by: pen.person(a.cancelledBy), reason: a.cancelReason ?? '—' }) : status],
    [t('start'), f.stampSeconds(a.startsAt)],
    [t('plannedEnd'), `${f.stampSeconds(a.plannedEndAt)} (${t('duration', { minutes: a.durationMinutes })})`],
    [t('actualEnd'), a.endsAt ? `${f.stampSeconds(a.endsAt)}${a.endedAt ? ` (${t('closedAt', { at: f.stampSeconds(a.endedAt) })})` : ''}` : '—'],
    [t('bidOn'), words.pick('bidOn', a.bidOn) ?? a.bidOn],
    [t('decrement'), decrementText(pen, a)],
    [t('softClose'), softCloseText(pen, a)],
    [t('visibility'), words.pick('visibility', a.visibility) ?? a.visibility],
    [t('ranking'), words.pick('ranking', a.ranking) ?? a.ranking],
    [t('scheduled'), byAt(a.scheduledBy, 'BUYER', a.scheduledAt)],
    [t('approved'), a.approvedAt ? byAt(a.approvedBy, 'GATEKEEPER', a.approvedAt) : t('notApproved')],
    [
      t('extensions'),
      a.extensions.length
        ? `${a.extensions.length}: ${a.extensions.map((x) => t('extension', { at: f.stampSeconds(x.at), bid: x.bid, endsAt: f.stampSeconds(x.endsAt) })).join('; ')}`
        : t('noExtensions'),
    ],
  ]);
  pen.captionedTable(t('auction', { n, status }), facts);
  if (a.cancelledAt && a.bids.length === 0) return;

  const bids = pen.table(
    [
      { header: t('sequence'), width: 28, align: 'right' },
      { header: t('received'), width: 125 },
      { header: t('bidder'), width: 120 },
      { header: t('amount'), width: 80, align: 'right' },
      { header: t('revision'), width: 32, align: 'right' },
      { header: t('receipt'), width: 0 },
    ],
    a.bids.map((b) => [String(b.sequence), f.stampSeconds(b.receivedAt), b.supplier, f.amount(b.amount), String(b.revision), `${b.receiptSha256.slice(0, RECEIPT_SHOWN)}…`]),
  );
  if (a.bids.length) {
    pen.captionedTable(t('bids'), bids);
    pen.space(0.3);
    pen.paragraph(t('receiptNote'), 8.5, MUTED);
  } else pen.paragraph(t('noBids'));

  const result = pen.table(
    [
      { header: t('rank'), width: 35 },
      { header: t('bidder'), width: 125 },
      { header: t('bidCount'), width: 50, align: 'right' },
      { header: t('starting'), width: 90, align: 'right' },
      { header: t('final'), width: 90, align: 'right' },
      { header: t('saving'), width: 0, align: 'right' },
    ],
    a.result.map((r) => [
      String(r.rank),
      { text: r.supplier, notes: r.totalScore === null ? undefined : [t('totalScore', { score: f.score(r.totalScore) })] },
      String(r.bids),
      f.amount(r.startingAmount),
      { text: f.amount(r.finalAmount), bold: true },
      `${f.amount(r.saving)} (${f.number(r.savingPercent)} %)`,
    ]),
  );
  pen.captionedTable(`${t('result')} (${a.currency})`, result);
  const summary = lowest(a);
  pen.space(0.4);
  if (summary) pen.paragraph(t('summary', { before: f.amount(summary.before, a.currency), after: f.amount(summary.after, a.currency), saving: f.amount(summary.saving, a.currency), percent: f.number(summary.percent) }));
}

function decrementText(pen: RecordPen, a: DecisionRecordAuction): string {
  const t = translator(pen.locale, 'documents.decisionRecordAuction');
  if (a.decrementKind === AuctionDecrementKind.PERCENT) return t('decrementPercent', { value: pen.f.decimal(a.decrement, 0) });
  return t(a.bidOn === AuctionBidOn.LINE ? 'decrementAmountLine' : 'decrementAmount', { value: pen.f.amount(a.decrement), currency: a.currency });
}

function softCloseText(pen: RecordPen, a: DecisionRecordAuction): string {
  const t = translator(pen.locale, 'documents.decisionRecordAuction');
  if (a.softCloseMinutes === 0 || a.extensionMinutes === 0) return t('softCloseNone');
  const cap = a.capAt ? t('softCloseCap', { cap: pen.f.stampSeconds(a.capAt) }) : t('softCloseNoCap');
  return `${t('softCloseRule', { n: a.softCloseMinutes, m: a.extensionMinutes })}; ${cap}`;
}

/** The lowest starting price against the lowest final one (null when there is no bidder). */
function lowest(a: DecisionRecordAuction): { before: string; after: string; saving: string; percent: number } | null {
  if (a.result.length === 0) return null;
  const min = (values: string[]) => values.reduce((m, v) => (compareDecimals(v, m) < 0 ? v : m));
  const before = min(a.result.map((r) => r.startingAmount));
  const after = min(a.result.map((r) => r.finalAmount));
  const saving = subtractMoney(before, after);
  return { before, after, saving, percent: compareDecimals(before, '0') > 0 ? percentOf(saving, before) : 0 };
}

/** "auction 1, bid 2" by the bid's receipt, for the quotes' revisions that are auction bids. */
export function auctionBidsByReceipt(locale: Locale, auctions: readonly DecisionRecordAuction[]): Map<string, string> {
  const t = translator(locale, 'documents.decisionRecordAuction');
  return new Map(auctions.flatMap((a, i) => a.bids.map((b) => [b.receiptSha256, t('inAuction', { n: i + 1, bid: b.sequence })] as const)));
}
