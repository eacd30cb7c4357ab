import { AdjustableClock, Clock } from '@bc/api/core';
import type { TestApp } from './test-app';

/**
 * The time of this test file's servers. Every app a test file starts (startTestApp, appOn) runs on
 * this one clock: jest gives each test file its own modules, so each file has its own clock, and
 * two servers of one file on one database agree on the time as two real ones would. Tests move
 * time by advancing it (through the app: {@link clockOf}), never by editing deadlines in the
 * database or by sleeping; times a test asks for (`inSeconds`) are counted from it.
 */
export const testClock = new AdjustableClock();

/**
 * Sessions of the test servers last a year of clock time: a suite signs its people in once and
 * then moves the clock on by an hour or more for every RFQ it closes.
 */
export const TEST_SESSION_TTL_HOURS = 24 * 365;

/** The clock the app's rules read, as the app has it. */
export function clockOf(app: TestApp): AdjustableClock {
  const clock = app.running.app.get(Clock);
  if (!(clock instanceof AdjustableClock)) throw new Error('The test app runs on the system clock: start it with startTestApp or appOn');
  return clock;
}

/** Moves every given app's clock on by `ms` (each app once, should some share a clock). */
export function advanceClock(apps: TestApp | TestApp[], ms: number): void {
  for (const clock of new Set((Array.isArray(apps) ? apps : [apps]).map(clockOf))) clock.advance(ms);
}

/** Moves the app's clock on to `when` (nothing when it is there already); the other apps of the file share it. */
export function advanceClockTo(app: TestApp, when: Date): void {
  clockOf(app).advanceTo(when);
}

/** The RFQ's closing time, from the database. */
export async function closesAtOf(app: TestApp, rfqId: string): Promise<Date> {
  const [row] = await app.dataSource.query(`SELECT closes_at FROM rfq WHERE id = $1`, [rfqId]);
  if (!row) throw new Error(`No RFQ ${rfqId}`);
  return new Date(row.closes_at);
}

/** Lets the RFQ's closing time (and so its question deadline) pass by `secondsAgo`, as the clock moves on. */
export async function passClosingTime(app: TestApp, rfqId: string, secondsAgo = 1): Promise<void> {
  advanceClockTo(app, new Date((await closesAtOf(app, rfqId)).getTime() + secondsAgo * 1000));
}
