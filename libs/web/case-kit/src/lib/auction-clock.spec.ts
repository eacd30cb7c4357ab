import { clockOffsetMs, countdownAnnouncement, formatCountdown, passedBoundary, remainingMs, replacesShown } from './auction-clock';

describe('auction clock', () => {
  it('takes the offset from serverNow against the client clock at receipt', () => {
    const receivedAt = Date.parse('2026-12-07T10:00:00.000Z');
    expect(clockOffsetMs('2026-12-07T10:00:05.000Z', receivedAt)).toBe(5000);
    expect(clockOffsetMs('2026-12-07T09:59:58.000Z', receivedAt)).toBe(-2000);
    expect(clockOffsetMs('not a date', receivedAt)).toBe(0);
  });

  it('counts down by the server clock: a client 5 s behind still shows the server end', () => {
    const client = Date.parse('2026-12-07T10:00:00.000Z');
    const offset = 5000;
    // The server says 10:00:05; the end is 10:01:05: 60 s are left, not 65.
    expect(remainingMs('2026-12-07T10:01:05.000Z', offset, client)).toBe(60_000);
    expect(remainingMs('2026-12-07T10:00:01.000Z', offset, client)).toBe(0);
  });

  it('formats the countdown as h:mm:ss or m:ss, rounding up to the second', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(61_000)).toBe('1:01');
    expect(formatCountdown(3_600_000 + 5_000)).toBe('1:00:05');
    expect(formatCountdown(-10)).toBe('0:00');
  });

  it('announces whole minutes, the last minute once, and the end', () => {
    expect(countdownAnnouncement(150_000)).toEqual({ key: 'auction.clock.minutesLeft', params: { minutes: 3 } });
    expect(countdownAnnouncement(30_000)).toEqual({ key: 'auction.clock.lastMinute', params: {} });
    expect(countdownAnnouncement(0)).toEqual({ key: 'auction.clock.over', params: {} });
  });

  it('names the start or the end the countdown has passed while the view still shows the auction before it', () => {
    const view = (status: string) => ({ status, endsAt: '2026-12-07T10:05:00.000Z', settings: { startsAt: '2026-12-07T10:00:00.000Z' } });
    expect(passedBoundary(view('APPROVED'), 1000, 301_000)).toBeNull();
    expect(passedBoundary(view('APPROVED'), 0, 300_000)).toBe('start 2026-12-07T10:00:00.000Z');
    expect(passedBoundary(view('RUNNING'), 0, 1000)).toBeNull();
    expect(passedBoundary(view('RUNNING'), 0, 0)).toBe('end 2026-12-07T10:05:00.000Z');
    expect(passedBoundary(view('APPROVED'), 0, 0)).toBe('end 2026-12-07T10:05:00.000Z');
    // Neither an auction still awaiting approval (it will not start) nor one over or cancelled.
    expect(passedBoundary(view('SCHEDULED'), 0, 0)).toBeNull();
    expect(passedBoundary(view('ENDED'), 0, 0)).toBeNull();
    expect(passedBoundary(view('CANCELLED'), 0, 0)).toBeNull();
    expect(passedBoundary(view('RUNNING'), null, null)).toBeNull();
  });

  it('lets a view read at a boundary replace the shown one only if it is of the page’s auction and no older', () => {
    const shown = { serverNow: '2026-12-07T10:00:05.000Z' };
    expect(replacesShown({ id: 'a1', serverNow: '2026-12-07T10:00:06.000Z' }, shown, 'a1')).toBe(true);
    expect(replacesShown({ id: 'a1', serverNow: '2026-12-07T10:00:04.000Z' }, shown, 'a1')).toBe(false);
    expect(replacesShown({ id: 'a2', serverNow: '2026-12-07T10:00:06.000Z' }, shown, 'a1')).toBe(false);
    expect(replacesShown({ id: 'a1', serverNow: '2026-12-07T10:00:04.000Z' }, null, 'a1')).toBe(true);
  });
});
