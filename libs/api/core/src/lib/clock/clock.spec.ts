import { loadConfig } from '../config/app-config';
import { CoreModule } from '../core.module';
import { AdjustableClock, Clock, SystemClock } from './clock';

describe('Clock', () => {
  it('is the system clock unless one is given: no other way sets it', () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    const provided = (CoreModule.forRoot(config).providers ?? []).find((p) => typeof p === 'object' && 'provide' in p && p.provide === Clock);
    const clock = (provided as { useValue: Clock }).useValue;
    expect(clock).toBeInstanceOf(SystemClock);
    const given = new AdjustableClock();
    expect((CoreModule.forRoot(config, given).providers ?? []).some((p) => typeof p === 'object' && 'useValue' in p && p.useValue === given)).toBe(true);
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1000);
    expect(clock.machineTime(new Date(5_000)).getTime()).toBe(5_000);
  });

  it('moves an adjustable clock forward only, and hands schedulers the machine time it maps to', () => {
    const clock = new AdjustableClock();
    const at = new Date(Date.now() + 3_600_000);
    clock.advance(2 * 3_600_000);
    expect(clock.nowMs()).toBeGreaterThanOrEqual(Date.now() + 2 * 3_600_000 - 50);
    expect(clock.machineTime(at).getTime()).toBe(at.getTime() - 2 * 3_600_000);
    expect(() => clock.advance(-1)).toThrow(/forward/);
    const before = clock.nowMs();
    clock.advanceTo(new Date(before - 60_000));
    expect(clock.nowMs()).toBeGreaterThanOrEqual(before);
  });

  it('reads the time `during` gives, for that work alone and what it awaits', async () => {
    const clock = new SystemClock();
    const story = new Date('2026-01-15T09:00:00Z');
    const seen = await clock.during(
      () => story,
      async () => {
        await new Promise((r) => setTimeout(r, 5));
        return clock.now();
      },
    );
    expect(seen).toEqual(story);
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1000);
    // Schedulers still get machine time.
    await clock.during(() => story, async () => expect(clock.machineTime(new Date(7_000)).getTime()).toBe(7_000));
  });
});
