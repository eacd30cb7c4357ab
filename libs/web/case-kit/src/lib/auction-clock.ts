import { DestroyRef, effect, inject, signal, computed, Signal, untracked } from '@angular/core';

/**
 * How far the server's clock is ahead of this one (ms): its `serverNow` less `Date.now()` when the
 * answer arrived. The countdown runs on the client's clock plus this, so a wrong client clock does not
 * show a wrong end (the server decides when bids stop).
 */
export function clockOffsetMs(serverNow: string, receivedAt: number): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : server - receivedAt;
}

/** Milliseconds left until `endsAt` by the server's clock (never below 0). */
export function remainingMs(endsAt: string, offsetMs: number, clientNow: number): number {
  return Math.max(0, Date.parse(endsAt) - (clientNow + offsetMs));
}

/** A duration as `h:mm:ss` (or `m:ss` under an hour), for the countdown; days count as hours. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/**
 * The minute a screen reader hears: the countdown's text changes every second, so the live region
 * says only whole minutes (and the last minute once), not a voice per tick.
 */
export function countdownAnnouncement(ms: number): { key: string; params: Record<string, number> } | null {
  if (ms <= 0) return { key: 'auction.clock.over', params: {} };
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? { key: 'auction.clock.lastMinute', params: {} } : { key: 'auction.clock.minutesLeft', params: { minutes } };
}

/** What a live page's view says about its course: enough to tell whether the countdown has passed it by. */
export interface AuctionCourseView {
  status: string;
  endsAt: string;
  settings: { startsAt: string };
}

/**
 * The boundary the countdown has reached while the view still shows the auction before it: the end
 * of an approved or running auction, or the start of an approved one. Its key names the moment, so
 * each boundary is read again once (a later end after an extension is a new one); null when none.
 */
export function passedBoundary(view: AuctionCourseView, untilStart: number | null, remaining: number | null): string | null {
  if ((view.status === 'APPROVED' || view.status === 'RUNNING') && remaining === 0) return `end ${view.endsAt}`;
  if (view.status === 'APPROVED' && untilStart === 0) return `start ${view.settings.startsAt}`;
  return null;
}

/**
 * Whether a view read on request (at a boundary) may replace the one shown: it is of the page's
 * auction and was read no earlier than the shown one, so an answer that arrived meanwhile and was
 * read later stays.
 */
export function replacesShown(view: { id: string; serverNow: string }, shown: { serverNow: string } | null | undefined, pageAuctionId: string): boolean {
  return view.id === pageAuctionId && (!shown || Date.parse(view.serverNow) >= Date.parse(shown.serverNow));
}

/** A countdown to the start is shown within its last day; further ahead the date says it. */
const DAY_MS = 86_400_000;

/**
 * A page's auction clock: ticks every second while the page lives; `sync` takes each answer's
 * `serverNow` (at the moment it arrived) and `endsAt`.
 */
export class AuctionClock {
  private readonly now = signal(Date.now());
  private readonly offset = signal(0);
  private readonly end = signal<string | null>(null);
  private readonly startAt = signal<string | null>(null);

  /** Milliseconds to the end by the server's clock; null before the first answer. */
  readonly remaining: Signal<number | null> = computed(() => {
    const end = this.end();
    return end ? remainingMs(end, this.offset(), this.now()) : null;
  });
  /** Milliseconds to the start by the server's clock (0 once started); null before the first answer. */
  readonly untilStart: Signal<number | null> = computed(() => {
    const start = this.startAt();
    return start ? remainingMs(start, this.offset(), this.now()) : null;
  });
  readonly text = computed(() => formatCountdown(this.remaining() ?? 0));
  /** The countdown to the start, within its last day (null before the first answer, once started, or further ahead). */
  readonly startText = computed(() => {
    const left = this.untilStart();
    return left !== null && left > 0 && left < DAY_MS ? formatCountdown(left) : null;
  });
  /** What the live region announces: changes once a minute. */
  readonly announcement = computed(() => {
    const left = this.remaining();
    return left === null ? null : countdownAnnouncement(left);
  });
  /** The server's time now, as this client best knows it. */
  readonly serverTime = computed(() => this.now() + this.offset());

  constructor(tickMs = 1000) {
    const timer = setInterval(() => this.now.set(Date.now()), tickMs);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  /**
   * Calls `reread` once when the countdown passes a boundary the view still shows ahead
   * (`passedBoundary`): a page kept open across the start or the end turns to running or ended by
   * the server's answer, without waiting for the next event. Call it in a constructor (it makes an effect).
   */
  rereadAtBoundaries(view: Signal<AuctionCourseView | null>, reread: () => void): void {
    let done: string | null = null;
    effect(() => {
      const v = view();
      const boundary = v ? passedBoundary(v, this.untilStart(), this.remaining()) : null;
      if (boundary === null || boundary === done) return;
      done = boundary;
      untracked(reread);
    });
  }

  sync(view: { serverNow: string; endsAt: string; settings: { startsAt: string } }, receivedAt = Date.now()): void {
    this.offset.set(clockOffsetMs(view.serverNow, receivedAt));
    this.end.set(view.endsAt);
    this.startAt.set(view.settings.startsAt);
    this.now.set(receivedAt);
  }
}
