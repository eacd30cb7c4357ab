import { periodOf } from './deputy-period';

describe('the period of a deputy naming', () => {
  it('runs from the start of the first day to the end of the last, in local time', () => {
    const p = periodOf('2026-12-07', '2026-12-09')!;
    expect(new Date(p.startsAt)).toEqual(new Date(2026, 11, 7));
    expect(new Date(p.endsAt)).toEqual(new Date(2026, 11, 10));
  });

  it('takes one day as a whole day', () => {
    const p = periodOf('2026-12-07', '2026-12-07')!;
    expect(new Date(p.endsAt).getTime() - new Date(p.startsAt).getTime()).toBeGreaterThanOrEqual(23 * 3_600_000);
  });

  it('refuses a last day before the first, and what is not a date', () => {
    expect(periodOf('2026-12-09', '2026-12-07')).toBeNull();
    expect(periodOf('tomorrow', '2026-12-07')).toBeNull();
  });
});
