import { scorePoints } from './supplier-scorecard';

type History = Parameters<typeof scorePoints>[0];
const event = (score: number | null) => ({ score }) as History[number];

describe('the score line', () => {
  it('runs from the oldest event (the history comes newest first) to the newest, 100 at the top', () => {
    expect(scorePoints([event(50), event(100)], 300, 80)).toBe('0,0 300,40');
  });

  it('leaves out events before there was a score, and is empty without one', () => {
    expect(scorePoints([event(40), event(null)], 300, 80)).toBe('0,48');
    expect(scorePoints([event(null)], 300, 80)).toBe('');
  });
});
