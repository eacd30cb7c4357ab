import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Where every time-dependent rule reads "now": whether an RFQ or a negotiation round is open, a
 * deadline has passed, a session, invitation or link has expired, a mail retry is due, and the
 * time an event is recorded at. Services take it from here (and pass it into SQL as a parameter,
 * never the database's `now()`), so the rules follow one clock and a test can move it.
 *
 * Injected by its class: `constructor(private readonly clock: Clock)`. The application runs on
 * {@link SystemClock}; only `createApp`'s options can put another in (tests do), never a request.
 */
export abstract class Clock {
  private readonly scoped = new AsyncLocalStorage<() => Date>();

  /** The time the rules follow: the clock's own, or the one {@link during} gives the work running. */
  now(): Date {
    const source = this.scoped.getStore();
    return source ? source() : this.current();
  }

  /** `now()` in milliseconds since the epoch, like `Date.now()`. */
  nowMs(): number {
    return this.now().getTime();
  }

  /**
   * Runs `work` with `now()` read from `source`, for that work alone (and what it awaits): the
   * demo seed tells its story days back this way, each step at its own moment. Server code only;
   * nothing a request sends reaches it.
   */
  during<T>(source: () => Date, work: () => Promise<T>): Promise<T> {
    return this.scoped.run(source, work);
  }

  /**
   * The machine's time at which this clock will read `at` (the same instant on the system clock):
   * what a scheduler that runs by the machine's (or the database's) time is given. The story time
   * of {@link during} does not count: a job asked for in the demo's past runs at once.
   */
  machineTime(at: Date): Date {
    return new Date(at.getTime() - this.aheadOfMachineMs());
  }

  /** How far the clock's own time is ahead of the machine's. */
  protected abstract aheadOfMachineMs(): number;

  private current(): Date {
    return new Date(Date.now() + this.aheadOfMachineMs());
  }
}

/** The machine's time. */
export class SystemClock extends Clock {
  protected aheadOfMachineMs(): number {
    return 0;
  }
}

/**
 * A clock that runs with the machine's time, shifted by what it has been advanced: time passes as
 * usual (so the order of events stays), and a test moves it on by hours in an instant. Only ever
 * moves forward. For tests: `createApp(config, { clock: new AdjustableClock() })`.
 */
export class AdjustableClock extends Clock {
  private offsetMs = 0;

  /** Moves the clock `ms` on. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`The clock only moves forward (asked to move ${ms} ms)`);
    this.offsetMs += ms;
  }

  /** Moves the clock on to `when` (nothing when it is there already). */
  advanceTo(when: Date): void {
    this.advance(Math.max(0, when.getTime() - (Date.now() + this.offsetMs)));
  }

  protected aheadOfMachineMs(): number {
    return this.offsetMs;
  }
}
