import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ApiProcess, sleep } from './api-process';
import { webDocument } from './operations';

/**
 * The load of issue 15's benchmark: bidder loops that bid their next valid price as fast as the rules
 * allow until the auction has ended, and live clients (graphql-ws, as the web's LiveLink) that note
 * when they first see the auction ENDED. Everything measured is kept raw for auction-checks.ts.
 */

type View = Record<string, any>;

/** One acknowledged bid: what its answer says was stored. */
export interface Ack {
  bidder: number;
  invitationId: string;
  key: string;
  amount: string;
  receipt: string;
  quoteRevision: number;
  /** Round trip of the request that was answered first (ms). */
  ms: number;
  /** When it was sent (epoch ms). */
  sentAt: number;
  /** Sent at once to both instances under one key. */
  twice: boolean;
}

export interface Bidder {
  index: number;
  email: string;
  cookie: string;
  /** The instance it bids on. */
  api: ApiProcess;
  /** Sends each third bid twice at once, once to each instance, under one key, and every fifth again after its answer. */
  duplicates: boolean;
  invitationId?: string;
  next?: string;
}

export interface BidderResult {
  acks: Ack[];
  /** Sent again under the same key (at once to the other instance, or after the answer): answers that named another bid than the first. */
  duplicateSends: number;
  duplicateMismatches: string[];
  /** Answers other than an accepted bid, AUCTION_BID_TOO_HIGH (then bid the next valid price) or AUCTION_ENDED. */
  unexpected: string[];
  /** Refusals with AUCTION_BID_TOO_HIGH (the price was no longer valid). */
  tooHigh: number;
  endedAnswer?: { endedAt: string; serverNow: string };
}

const PLACE_BID = () => webDocument('PlaceBid');

async function placeBid(api: ApiProcess, cookie: string, auctionId: string, amount: string, key: string): Promise<{ ms: number; view?: View; error?: Record<string, any> }> {
  const t0 = performance.now();
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': key },
    body: JSON.stringify({ query: PLACE_BID(), variables: { input: { auctionId, amount } }, operationName: 'PlaceBid' }),
  });
  const body = (await res.json()) as { data?: { placeBid?: View }; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
  const ms = performance.now() - t0;
  if (body.errors?.length) return { ms, error: { message: body.errors[0].message, ...body.errors[0].extensions } };
  return { ms, view: body.data?.placeBid };
}

const lastBid = (view: View) => (view['myBids'] as View[]).at(-1) as View;

/**
 * One bidder: its next valid bid, again and again, until AUCTION_ENDED; with `paceMs`, its first bid
 * within one pace of the start and each next after a wait of 0.5–1.5 × `paceMs` after its answer
 * (jittered, so 50 bidders do not fall into step and send their bids in bursts of 50).
 */
export async function bidUntilEnded(b: Bidder, other: ApiProcess, auctionId: string, paceMs = 0): Promise<BidderResult> {
  const out: BidderResult = { acks: [], duplicateSends: 0, duplicateMismatches: [], unexpected: [], tooHigh: 0 };
  let amount = b.next as string;
  let unanswered: string | undefined;
  // Paced bidders also come in at their own moment (within one pace), not all 50 in the same millisecond.
  if (paceMs > 0) await sleep(paceMs * Math.random());
  for (let n = 1; ; n++) {
    const key = unanswered ?? `bench-${b.index}-${n}-${randomBytes(4).toString('hex')}`;
    unanswered = undefined;
    const twice = b.duplicates && n % 3 === 0;
    const sentAt = Date.now();
    const sends = [placeBid(b.api, b.cookie, auctionId, amount, key), ...(twice ? [placeBid(other, b.cookie, auctionId, amount, key)] : [])];
    let answers: Awaited<ReturnType<typeof placeBid>>[];
    try {
      answers = await Promise.all(sends);
    } catch (e) {
      // A network error: the bid may or may not be stored; sent again under its key, as the web does.
      out.unexpected.push(`network: ${(e as Error).message}`);
      unanswered = key;
      n--;
      continue;
    }
    const [first] = answers;
    if (first.error) {
      const code = first.error['code'];
      if (code === 'AUCTION_ENDED') {
        out.endedAnswer = { endedAt: first.error['endedAt'], serverNow: first.error['serverNow'] };
        return out;
      }
      if (code === 'AUCTION_BID_TOO_HIGH' && first.error['nextValidBid']) {
        out.tooHigh++;
        amount = first.error['nextValidBid'];
        continue;
      }
      out.unexpected.push(`${code}: ${first.error['message']}`);
      return out;
    }
    const view = first.view as View;
    const bid = lastBid(view);
    b.invitationId = view['invitationId'];
    out.acks.push({ bidder: b.index, invitationId: view['invitationId'], key, amount: bid['amount'], receipt: bid['receiptSha256'], quoteRevision: bid['quoteRevision'], ms: first.ms, sentAt, twice });
    if (twice) {
      out.duplicateSends++;
      const second = answers[1];
      if (second.error || lastBid(second.view as View)['receiptSha256'] !== bid['receiptSha256']) out.duplicateMismatches.push(`${key}: ${JSON.stringify(second.error ?? lastBid(second.view as View))}`);
    }
    if (b.duplicates && n % 5 === 0) {
      // A retry after the answer was lost: the same key, the other instance; the first bid's answer comes back.
      out.duplicateSends++;
      const again = await placeBid(other, b.cookie, auctionId, amount, key);
      if (again.error || lastBid(again.view as View)['receiptSha256'] !== bid['receiptSha256']) out.duplicateMismatches.push(`${key} (after): ${JSON.stringify(again.error ?? lastBid(again.view as View))}`);
    }
    if (!view['nextValidBid']) return out;
    amount = view['nextValidBid'];
    if (paceMs > 0) await sleep(paceMs * (0.5 + Math.random()));
  }
}

/** A live client: one subscription on one instance with a session cookie and the instance's Origin, as a browser opens it. */
export class LiveClient {
  readonly client: WsClient;
  messages = 0;
  first?: View;
  latest?: View;
  /** Date.now() when a message with status ENDED first came. */
  endedSeenAt?: number;
  error?: unknown;

  constructor(
    readonly who: string,
    readonly api: ApiProcess,
    cookie: string,
    document: 'AuctionLive' | 'PortalAuctionLive',
    auctionId: string,
  ) {
    const origin = api.url;
    class Browserlike extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie, origin } });
      }
    }
    this.client = createClient({ url: `${api.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: Browserlike, retryAttempts: 5, lazy: true });
    this.client.subscribe<Record<string, View>>(
      { query: webDocument(document), variables: { id: auctionId }, operationName: document },
      {
        next: (result) => {
          const view = result.data && Object.values(result.data)[0];
          if (result.errors?.length) this.error = result.errors;
          if (!view) return;
          this.messages++;
          this.first ??= view;
          this.latest = view;
          if (view['status'] === 'ENDED' && this.endedSeenAt === undefined) this.endedSeenAt = Date.now();
        },
        error: (e) => (this.error = e),
        complete: () => undefined,
      },
    );
  }

  async firstMessage(timeoutMs = 60_000): Promise<View> {
    const until = Date.now() + timeoutMs;
    while (!this.first) {
      if (this.error) throw new Error(`${this.who}: ${JSON.stringify(this.error)}`);
      if (Date.now() > until) throw new Error(`${this.who}: no first message within ${timeoutMs} ms`);
      await sleep(50);
    }
    return this.first;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
