import { showcaseSuppliers } from './showcase-suppliers';
import { performanceSteps, SHOWCASE_INTRODUCED_DAYS_AGO } from './showcase-steps';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The story's days counted back from `anchor`, as ShowcaseClock counts them. */
const storyAt = (anchor: Date) => ({ daysAgo: (days: number) => new Date(anchor.getTime() - days * DAY) });

describe('the showcase records performance events', () => {
  const suppliers = showcaseSuppliers();
  const introduced = SHOWCASE_INTRODUCED_DAYS_AGO - 0.02;

  // The seed's anchor is the hour before it starts: from midnight to 1 am UTC that is yesterday's 23:00.
  it.each(Array.from({ length: 24 }, (_, h) => h))('never before the day they occurred, whatever the hour (anchor at %i:00 UTC)', (hour) => {
    const anchor = new Date(Date.UTC(2026, 11, 6, hour));
    let checked = 0;
    for (const s of suppliers) {
      for (const { at, occurredOn, event } of performanceSteps(storyAt(anchor), introduced, s.performance)) {
        expect(at.toISOString().slice(0, 10) >= occurredOn).toBe(true);
        expect(occurredOn).toBe(new Date(anchor.getTime() - event.daysAgo * DAY).toISOString().slice(0, 10));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
