import { CriterionKind, RfqCriterion } from './rfq';
import {
  consensus,
  evaluatorScoreProblems,
  EvaluatorScore,
  outstandingTechnicalScores,
  priceScores,
  rankSuppliers,
  reliabilityScore,
  roundScore,
  ScoreSource,
  scoreSuppliers,
  sensitivity,
  shiftWeights,
  SupplierResult,
  technicalScoringComplete,
  weightedTotal,
  WIDE_SPREAD_POINTS,
} from './scoring';

const criterion = (key: string, kind: CriterionKind, weight: number): RfqCriterion => ({ key, name: key, kind, weight });

const score = (evaluatorId: string, value: number, counted = true, criterionKey = 'QUALITY', supplierId = 'S1'): EvaluatorScore => ({
  criterionKey,
  supplierId,
  evaluatorId,
  score: value,
  comment: `${evaluatorId} gives ${value}`,
  counted,
});

describe('price score', () => {
  it('gives the lowest total 100 and the others 100 × lowest / total', () => {
    // Lowest is 80 000: 100 × 80 000 / 100 000 = 80; 100 × 80 000 / 125 000 = 64; 80 000 itself = 100.
    expect(priceScores({ A: '100000.00', B: '125000.00', C: '80000.00' })).toEqual({ A: 80, B: 64, C: 100 });
  });

  it('rounds to 2 decimals half-up, exactly', () => {
    // 100 × 80 000 / 90 000 = 88.888… → 88.89.
    // 100 × 6 667 / 20 000 = 33.335 exactly → 33.34 (in floats 33.335 × 100 is 3333.4999…, which would give 33.33).
    expect(priceScores({ A: '80000', B: '90000.00' })).toEqual({ A: 100, B: 88.89 });
    expect(priceScores({ A: '6667.00', B: '20000.00' })).toEqual({ A: 100, B: 33.34 });
  });

  it('gives no price score without a comparable total, and leaves it out of the lowest', () => {
    expect(priceScores({ A: '100000.00', B: null })).toEqual({ A: 100, B: null });
    expect(priceScores({ B: null })).toEqual({ B: null });
  });

  it('refuses a zero or negative total, naming the supplier', () => {
    expect(() => priceScores({ A: '100000.00', B: '0.00' })).toThrow(RangeError);
    expect(() => priceScores({ A: '100000.00', B: '0.00' })).toThrow(/supplier B .*above 0.*"0\.00"/);
    expect(() => priceScores({ A: '-5.00' })).toThrow(/supplier A/);
    expect(() => priceScores({ A: '1,000.00' })).toThrow(/supplier A .*not a decimal/);
  });
});

describe('consensus of the evaluators', () => {
  it('is the mean of the counted scores × 10; an advisor is shown apart and does not count', () => {
    // Counted 7, 8, 6 → mean 7 → 70. The advisor's 2 would have made it (7+8+6+2)/4 = 5.75 → 57.5.
    const c = consensus([score('E1', 7), score('E2', 8), score('E3', 6), score('ADV', 2, false)]);
    expect(c.mean).toBe(7);
    expect(c.score).toBe(70);
    expect(c.counted.map((s) => s.evaluatorId)).toEqual(['E1', 'E2', 'E3']);
    expect(c.advisory.map((s) => s.evaluatorId)).toEqual(['ADV']);
  });

  it('rounds the 0–100 score to 2 decimals half-up', () => {
    // (7 + 8 + 8) / 3 = 7.6666… → 76.67; (7 + 8 + 7) / 3 = 7.3333… → 73.33.
    expect(consensus([score('E1', 7), score('E2', 8), score('E3', 8)]).score).toBe(76.67);
    expect(consensus([score('E1', 7), score('E2', 8), score('E3', 7)]).score).toBe(73.33);
  });

  it('has no score when only advisors or nobody scored', () => {
    expect(consensus([score('ADV', 9, false)])).toMatchObject({ mean: null, score: null, spread: null, wideSpread: false });
    expect(consensus([])).toMatchObject({ score: null, counted: [], advisory: [] });
  });

  it(`flags a spread of exactly ${WIDE_SPREAD_POINTS} points between counted evaluators, not one of 3`, () => {
    expect(WIDE_SPREAD_POINTS).toBe(4);
    // 9 − 5 = 4 → flagged.
    expect(consensus([score('E1', 5), score('E2', 9)])).toMatchObject({ spread: 4, wideSpread: true });
    // 8 − 5 = 3 → not flagged.
    expect(consensus([score('E1', 5), score('E2', 8)])).toMatchObject({ spread: 3, wideSpread: false });
    // One counted 9 and an advisor's 2: the advisor does not count, one score has no spread.
    expect(consensus([score('E1', 9), score('ADV', 2, false)])).toMatchObject({ spread: 0, wideSpread: false });
  });

  it('refuses scores outside 0..10, halves, mixed cells and double scores', () => {
    expect(() => consensus([score('E1', 11)])).toThrow(RangeError);
    expect(() => consensus([score('E1', -1)])).toThrow(RangeError);
    expect(() => consensus([score('E1', 7.5)])).toThrow(/whole number from 0 to 10/);
    expect(() => consensus([score('E1', 7), score('E2', 7, true, 'DELIVERY')])).toThrow(RangeError);
    expect(() => consensus([score('E1', 7), score('E1', 8)])).toThrow(/E1 scored QUALITY of supplier S1 twice/);
  });

  it('asks for a whole score from 0 to 10 and a comment', () => {
    expect(evaluatorScoreProblems({ score: 10, comment: 'Meets every must-have' })).toEqual([]);
    expect(evaluatorScoreProblems({ score: 0, comment: 'Nothing fits' })).toEqual([]);
    expect(evaluatorScoreProblems({ score: 7.5, comment: '  ' }).map((p) => p.field)).toEqual(['score', 'comment']);
  });
});

describe('reliability', () => {
  const evaluators = consensus([score('E1', 6, true, 'RELIABILITY'), score('E2', 8, true, 'RELIABILITY')]); // (6 + 8) / 2 × 10 = 70

  it('comes from the recorded performance where there is history', () => {
    expect(reliabilityScore(87.5, evaluators)).toEqual({ score: 87.5, source: ScoreSource.PERFORMANCE });
    expect(reliabilityScore(0, evaluators)).toEqual({ score: 0, source: ScoreSource.PERFORMANCE });
  });

  it("comes from the evaluators' consensus otherwise, and is missing without either", () => {
    expect(reliabilityScore(null, evaluators)).toEqual({ score: 70, source: ScoreSource.EVALUATORS });
    expect(reliabilityScore(undefined, consensus([]))).toEqual({ score: null, source: ScoreSource.EVALUATORS });
  });

  it('refuses a performance score outside 0..100', () => {
    expect(() => reliabilityScore(101, evaluators)).toThrow(RangeError);
  });
});

describe('weighted total', () => {
  it('is Σ score × weight / 100; a missing criterion counts 0 and is reported', () => {
    // 80 × 50 + 70 × 30 + (missing → 0) × 20 = 4000 + 2100 = 6100 → 61.
    expect(
      weightedTotal([criterion('PRICE', CriterionKind.PRICE, 50), criterion('QUALITY', CriterionKind.TECHNICAL, 30), criterion('DELIVERY', CriterionKind.COMMERCIAL, 20)], {
        PRICE: 80,
        QUALITY: 70,
        DELIVERY: null,
      }),
    ).toEqual({ total: 61, missing: ['DELIVERY'] });
  });

  it('rounds to 2 decimals half-up', () => {
    // 76.67 × 30 + 33.34 × 70 = 2300.1 + 2333.8 = 4633.9 → 46.339 → 46.34.
    expect(weightedTotal([criterion('A', CriterionKind.TECHNICAL, 30), criterion('B', CriterionKind.COMMERCIAL, 70)], { A: 76.67, B: 33.34 }).total).toBe(46.34);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(90.768)).toBe(90.77);
  });
});

describe('scoring the suppliers of an RFQ', () => {
  const criteria = [
    criterion('PRICE', CriterionKind.PRICE, 50),
    criterion('QUALITY', CriterionKind.TECHNICAL, 30),
    criterion('RELIABILITY', CriterionKind.RELIABILITY, 20),
  ];
  const suppliers = [
    { id: 'S1', name: 'Alpha', comparableTotal: '100000.00', performanceScore: 90 },
    { id: 'S2', name: 'Beta', comparableTotal: '125000.00', performanceScore: null },
    { id: 'S3', name: 'Gamma', comparableTotal: '80000.00', performanceScore: 50 },
  ];
  const scores = [
    score('E1', 8, true, 'QUALITY', 'S1'),
    score('E2', 6, true, 'QUALITY', 'S1'),
    score('ADV', 1, false, 'QUALITY', 'S1'),
    score('E1', 9, true, 'QUALITY', 'S2'),
    score('E2', 9, true, 'QUALITY', 'S2'),
    score('E1', 9, true, 'RELIABILITY', 'S2'),
    score('E2', 7, true, 'RELIABILITY', 'S2'),
    // Alpha has history: the evaluators' reliability score is not used.
    score('E1', 2, true, 'RELIABILITY', 'S1'),
  ];

  it('scores each criterion by its rule and weighs them', () => {
    // Price: 80 / 64 / 100 (lowest 80 000). Quality: Alpha (8+6)/2 = 7 → 70 (advisor's 1 not counted),
    // Beta 9 → 90, Gamma none. Reliability: Alpha 90 (history), Beta (9+7)/2 → 80, Gamma 50 (history).
    // Alpha: 80×.5 + 70×.3 + 90×.2 = 40 + 21 + 18 = 79.
    // Beta:  64×.5 + 90×.3 + 80×.2 = 32 + 27 + 16 = 75.
    // Gamma: 100×.5 + 0 (missing) + 50×.2 = 50 + 10 = 60, QUALITY missing.
    const results = scoreSuppliers({ criteria, suppliers, scores });
    expect(results.map((r) => [r.supplierName, r.total, r.missing])).toEqual([
      ['Alpha', 79, []],
      ['Beta', 75, []],
      ['Gamma', 60, ['QUALITY']],
    ]);
    expect(results[0].criteria.map((c) => [c.criterionKey, c.score, c.source])).toEqual([
      ['PRICE', 80, ScoreSource.PRICE],
      ['QUALITY', 70, ScoreSource.EVALUATORS],
      ['RELIABILITY', 90, ScoreSource.PERFORMANCE],
    ]);
    expect(results[0].criteria[1].consensus?.advisory).toHaveLength(1);
    expect(results[1].criteria[2]).toMatchObject({ score: 80, source: ScoreSource.EVALUATORS });

    const ranking = rankSuppliers(results);
    expect(ranking.entries.map((e) => [e.rank, e.supplierName])).toEqual([
      [1, 'Alpha'],
      [2, 'Beta'],
      [3, 'Gamma'],
    ]);
    expect(ranking.complete).toBe(false);
  });

  it('refuses scores for the price, or for an unknown criterion or supplier', () => {
    expect(() => scoreSuppliers({ criteria, suppliers, scores: [score('E1', 5, true, 'PRICE', 'S1')] })).toThrow(/scored by the server/);
    expect(() => scoreSuppliers({ criteria, suppliers, scores: [score('E1', 5, true, 'COLOUR', 'S1')] })).toThrow(/unknown criterion COLOUR/);
    expect(() => scoreSuppliers({ criteria, suppliers, scores: [score('E1', 5, true, 'QUALITY', 'S9')] })).toThrow(/unknown supplier S9/);
  });
});

describe('ranking', () => {
  const result = (supplierId: string, supplierName: string, total: number, missing: string[] = []): SupplierResult => ({
    supplierId,
    supplierName,
    criteria: [],
    total,
    missing,
  });

  it('shares a rank on equal totals (1, 1, 3) and lists the tied suppliers by name', () => {
    const ranking = rankSuppliers([result('S1', 'Zeta', 85), result('S2', 'Mid', 70), result('S3', 'Acme', 85), result('S4', 'Low', 70)]);
    expect(ranking.entries.map((e) => [e.rank, e.supplierName, e.total])).toEqual([
      [1, 'Acme', 85],
      [1, 'Zeta', 85],
      [3, 'Low', 70],
      [3, 'Mid', 70],
    ]);
    expect(ranking.complete).toBe(true);
  });
});

describe('sensitivity of the first place to the weights', () => {
  // Two criteria, PRICE 40 / QUALITY 60. Acme is cheapest (price 100) with quality 8 → 80;
  // Bolt costs 130 000 against 100 000 → price 100 × 100 000 / 130 000 = 76.92, quality 10 → 100.
  const criteria = [criterion('PRICE', CriterionKind.PRICE, 40), criterion('QUALITY', CriterionKind.TECHNICAL, 60)];
  const suppliers = [
    { id: 'A', name: 'Acme', comparableTotal: '100000.00' },
    { id: 'B', name: 'Bolt', comparableTotal: '130000.00' },
  ];
  const quality = (a: number, b: number) => [score('E1', a, true, 'QUALITY', 'A'), score('E1', b, true, 'QUALITY', 'B')];

  it('moves one weight and rescales the others proportionally to 100', () => {
    const three = [criterion('PRICE', CriterionKind.PRICE, 40), criterion('QUALITY', CriterionKind.TECHNICAL, 40), criterion('DELIVERY', CriterionKind.COMMERCIAL, 20)];
    // PRICE 40 + 10 = 50; the other 60 points become 50: QUALITY 40 × 50/60 = 33.33…, DELIVERY 20 × 50/60 = 16.66….
    const shifted = shiftWeights(three, 'PRICE', 10);
    expect(shifted?.map((c) => c.weight)).toEqual([50, (40 * 50) / 60, (20 * 50) / 60]);
    expect(shifted?.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(100, 10);
    // A weight may not go below 0 or above 100.
    expect(shiftWeights([criterion('PRICE', CriterionKind.PRICE, 95), criterion('QUALITY', CriterionKind.TECHNICAL, 5)], 'PRICE', 6)).toBeNull();
    expect(shiftWeights([criterion('PRICE', CriterionKind.PRICE, 5), criterion('QUALITY', CriterionKind.TECHNICAL, 95)], 'PRICE', -6)).toBeNull();
  });

  it('finds that first place flips when price moves +7 (and quality −7)', () => {
    // As weighted: Acme 100×.40 + 80×.60 = 88.00; Bolt 76.92×.40 + 100×.60 = 90.768 → 90.77: Bolt first.
    // Price +6 (46/54): Acme 46 + 43.2 = 89.20; Bolt 35.3832 + 54 = 89.38 → Bolt still first.
    // Price +7 (47/53): Acme 47 + 42.4 = 89.40; Bolt 36.1524 + 53 = 89.15 → Acme first.
    // Moving price down only helps Bolt; quality −7 is the same weights as price +7.
    const results = scoreSuppliers({ criteria, suppliers, scores: quality(8, 10) });
    expect(results.map((r) => r.total)).toEqual([88, 90.77]);
    const check = sensitivity(criteria, results);
    expect(check).toEqual({
      stable: false,
      leader: 'B',
      changes: [
        { criterionKey: 'PRICE', shift: 7, newLeader: 'A' },
        { criterionKey: 'QUALITY', shift: -7, newLeader: 'A' },
      ],
      byCriterion: {
        PRICE: { criterionKey: 'PRICE', shift: 7, newLeader: 'A' },
        QUALITY: { criterionKey: 'QUALITY', shift: -7, newLeader: 'A' },
      },
    });
  });

  it('is stable when the leader is ahead whatever the shift', () => {
    // Acme is cheapest and better: quality 9 → 90 against Bolt's 8 → 80. No weight can put Bolt first.
    const results = scoreSuppliers({ criteria, suppliers, scores: quality(9, 8) });
    expect(sensitivity(criteria, results)).toEqual({ stable: true, leader: 'A', changes: [], byCriterion: { PRICE: null, QUALITY: null } });
  });

  it('needs a supplier', () => {
    expect(() => sensitivity(criteria, [])).toThrow(RangeError);
  });
});

describe('two envelopes: technical scoring complete before prices are shown', () => {
  const criteria = [criterion('QUALITY', CriterionKind.TECHNICAL, 40), criterion('DELIVERY', CriterionKind.COMMERCIAL, 20), criterion('PRICE', CriterionKind.PRICE, 40)];
  const suppliers = ['S1', 'S2'];
  const evaluators = ['E1', 'E2'];
  const three = [score('E1', 7, true, 'QUALITY', 'S1'), score('E2', 6, true, 'QUALITY', 'S1'), score('E1', 8, true, 'QUALITY', 'S2')];

  it('is incomplete while an expected evaluator has not scored a supplier; an advisory score does not count', () => {
    // 1 technical criterion × 2 suppliers × 2 evaluators = 4 counted scores expected; 3 given.
    const withAdvice = [...three, score('E2', 9, false, 'QUALITY', 'S2')];
    expect(technicalScoringComplete(criteria, withAdvice, suppliers, evaluators)).toBe(false);
    expect(outstandingTechnicalScores(criteria, withAdvice, suppliers, evaluators)).toEqual([{ criterionKey: 'QUALITY', supplierId: 'S2', evaluatorId: 'E2' }]);
  });

  it('is complete when every expected evaluator scored every supplier on every technical criterion', () => {
    // Commercial scores are not needed to open the price envelope.
    expect(technicalScoringComplete(criteria, [...three, score('E2', 5, true, 'QUALITY', 'S2')], suppliers, evaluators)).toBe(true);
  });

  it('is complete without technical criteria, and never without an expected evaluator', () => {
    expect(technicalScoringComplete([criterion('PRICE', CriterionKind.PRICE, 100)], [], suppliers, evaluators)).toBe(true);
    expect(technicalScoringComplete(criteria, three, suppliers, [])).toBe(false);
  });
});
