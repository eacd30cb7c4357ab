import { hhi, median, p90, percent, quantile, tailSuppliers, topShare } from './statistics';
import { quadrant, scarcity, supplyRisk } from './kraljic';
import { ImportanceClass } from '@bc/shared/domain';

describe('the statistics of the analytics page', () => {
  it('takes the median and p90 by linear interpolation between ranks (type 7, as percentile_cont)', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([4, 1, 3, 2])).toBe(2.5); // sorted 1 2 3 4: h = 1.5 → 2 + 0.5·1
    // 1…10: h = 9·0.9 = 8.1 → x₈ = 9 plus 0.1·(10 − 9) = 9.1
    expect(p90([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toBeCloseTo(9.1, 10);
    expect(quantile([5, 1], 0)).toBe(1);
    expect(quantile([5, 1], 1)).toBe(5);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('computes the HHI on decimal shares: one supplier 10 000, two equal 5 000', () => {
    expect(hhi([])).toBeNull();
    expect(hhi(['0.00'])).toBeNull();
    expect(hhi(['123.45'])).toBe(10000);
    expect(hhi(['50.00', '50.00'])).toBe(5000);
    // 600, 300, 100 of 1 000: 60² + 30² + 10² = 3600 + 900 + 100
    expect(hhi(['600', '300', '100'])).toBe(4600);
    // thirds: 3 × 33.333…² = 3 333.33
    expect(hhi(['1', '1', '1'])).toBe(3333.33);
  });

  it('takes the share of the five largest suppliers', () => {
    expect(topShare(['10', '10', '10', '10', '10', '50'])).toBe(90); // 50 + 4 × 10 of 100
    expect(topShare(['1', '2'])).toBe(100);
    expect(topShare([])).toBeNull();
  });

  it('puts in the tail the smallest suppliers that make up at most 20 % of spend', () => {
    // total 1 000, limit 200: 50 + 60 = 110, + 90 = 200 (still ≤ 200), + 800 no
    expect(tailSuppliers([{ key: 'a', amount: '800' }, { key: 'b', amount: '90' }, { key: 'c', amount: '60' }, { key: 'd', amount: '50' }])).toEqual(['d', 'c', 'b']);
    expect(tailSuppliers([{ key: 'only', amount: '100' }])).toEqual([]);
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(1, 0)).toBeNull();
  });
});

describe('the Kraljic rule', () => {
  it('scores supply risk as the mean of scarcity, single-source share and HHI / 100', () => {
    expect(scarcity(0)).toBe(100);
    expect(scarcity(4)).toBe(25);
    // (25 + 50 + 5000/100) / 3 = 41.67
    expect(supplyRisk({ spendShare: 5, qualifiedSuppliers: 4, singleSourceShare: 50, hhi: 5000 })).toBe(41.67);
  });

  it('places a category in its quadrant at the documented thresholds (impact 10 %, risk 50)', () => {
    expect(quadrant(10, 50)).toBe(ImportanceClass.STRATEGIC);
    expect(quadrant(9.99, 50)).toBe(ImportanceClass.BOTTLENECK);
    expect(quadrant(10, 49.99)).toBe(ImportanceClass.LEVERAGE);
    expect(quadrant(1, 1)).toBe(ImportanceClass.ROUTINE);
  });
});
