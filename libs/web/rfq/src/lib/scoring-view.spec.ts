import { cellState, contribution, parseScore, scoreInputErrors, scoringRoleOf, sensitivityView } from './scoring-view';

describe('scoring view helpers', () => {
  it('scores in the role that fits the criterion, advisory only when none fits, never price', () => {
    expect(scoringRoleOf(['SPECIFIER'], 'TECHNICAL')).toEqual({ role: 'SPECIFIER', counted: true });
    expect(scoringRoleOf(['BUYER'], 'COMMERCIAL')).toEqual({ role: 'BUYER', counted: true });
    expect(scoringRoleOf(['BUYER'], 'RELIABILITY')).toEqual({ role: 'BUYER', counted: true });
    expect(scoringRoleOf(['ADVISOR', 'BUYER'], 'TECHNICAL')).toEqual({ role: 'ADVISOR', counted: false });
    expect(scoringRoleOf(['ADVISOR', 'BUYER'], 'COMMERCIAL')).toEqual({ role: 'BUYER', counted: true });
    expect(scoringRoleOf(['BUYER'], 'TECHNICAL')).toBeNull();
    expect(scoringRoleOf(['GATEKEEPER'], 'RELIABILITY')).toBeNull();
    expect(scoringRoleOf(['BUYER', 'ADVISOR'], 'PRICE')).toBeNull();
  });

  it('says why a cell is closed: price, recorded performance, the role, a conflict of interest', () => {
    const base = { kind: 'TECHNICAL', source: 'EVALUATORS', roles: ['SPECIFIER'], conflicted: false };
    expect(cellState(base)).toEqual({ open: true, role: 'SPECIFIER', counted: true });
    expect(cellState({ ...base, kind: 'PRICE', source: 'PRICE' })).toEqual({ open: false, reason: 'price' });
    expect(cellState({ ...base, kind: 'RELIABILITY', source: 'PERFORMANCE' })).toEqual({ open: false, reason: 'performance' });
    expect(cellState({ ...base, kind: 'RELIABILITY' })).toEqual({ open: true, role: 'SPECIFIER', counted: true });
    expect(cellState({ ...base, kind: 'COMMERCIAL' })).toEqual({ open: false, reason: 'role' });
    expect(cellState({ ...base, conflicted: true })).toEqual({ open: false, reason: 'conflict' });
  });

  it('pre-checks a whole score from 0 to 10 and a comment of 1 to 2000 characters', () => {
    expect(parseScore(' 8 ')).toBe(8);
    expect(parseScore('8.5')).toBeNull();
    expect(scoreInputErrors('8', 'Stainless housing')).toEqual({});
    expect(scoreInputErrors('0', 'x')).toEqual({});
    expect(scoreInputErrors('10', 'x')).toEqual({});
    expect(scoreInputErrors('', '')).toEqual({ score: 'required', comment: 'required' });
    expect(scoreInputErrors('11', '  ')).toEqual({ score: 'invalid', comment: 'required' });
    expect(scoreInputErrors('-1', 'x')).toEqual({ score: 'invalid' });
    expect(scoreInputErrors('7,5', 'x')).toEqual({ score: 'invalid' });
    expect(scoreInputErrors('7', 'x'.repeat(2001))).toEqual({ comment: 'tooLong' });
  });

  it('weighs a criterion score into points of the total', () => {
    expect(contribution(88.89, 60)).toBe(53.33);
    expect(contribution(50, 20)).toBe(10);
    expect(contribution(null, 20)).toBeNull();
  });

  it('puts the sensitivity check in plain words: which weight, by how much, who comes first', () => {
    // The worked example of the API suite: PRICE −8, DELIVERY +4 and QUALITY −6 put Alpine first.
    const criteria = [
      { key: 'PRICE', name: 'Price', weight: 60 },
      { key: 'DELIVERY', name: 'Lead time and terms', weight: 20 },
      { key: 'QUALITY', name: 'Technical fit and quality', weight: 10 },
      { key: 'RELIABILITY', name: 'Supplier reliability', weight: 10 },
    ];
    const flip = (criterionKey: string, shift: number) => ({ criterionKey, shift, newLeaderName: 'Alpine' });
    const view = sensitivityView(criteria, { stable: false, leaderName: 'Hanse', changes: [flip('PRICE', -8), flip('DELIVERY', 4), flip('QUALITY', -6)] });
    expect(view.closest).toEqual({
      criterionKey: 'DELIVERY',
      criterionName: 'Lead time and terms',
      weight: 20,
      shift: 4,
      points: 4,
      newWeight: 24,
      newLeaderName: 'Alpine',
      key: 'scoring.sensitivity.raise',
    });
    expect(view.byCriterion.map((c) => [c.criterionKey, c.lines.map((l) => [l.key, l.newWeight])])).toEqual([
      ['PRICE', [['scoring.sensitivity.lower', 52]]],
      ['DELIVERY', [['scoring.sensitivity.raise', 24]]],
      ['QUALITY', [['scoring.sensitivity.lower', 4]]],
      ['RELIABILITY', []],
    ]);

    const stable = sensitivityView(criteria, { stable: true, leaderName: 'Hanse', changes: [] });
    expect(stable).toMatchObject({ stable: true, leaderName: 'Hanse', closest: null });
    expect(stable.byCriterion.every((c) => c.lines.length === 0)).toBe(true);
  });

  it('lists both directions of one weight, lowering first', () => {
    const view = sensitivityView([{ key: 'A', name: 'A', weight: 50 }, { key: 'B', name: 'B', weight: 50 }], {
      stable: false,
      leaderName: 'X',
      changes: [
        { criterionKey: 'A', shift: 7, newLeaderName: 'Y' },
        { criterionKey: 'A', shift: -3, newLeaderName: 'Z' },
      ],
    });
    expect(view.byCriterion[0].lines.map((l) => [l.shift, l.newLeaderName])).toEqual([
      [-3, 'Z'],
      [7, 'Y'],
    ]);
    expect(view.closest?.shift).toBe(-3);
  });
});
