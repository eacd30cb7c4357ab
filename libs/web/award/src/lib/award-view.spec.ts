import { ErrorCode, TransitionBlocker } from '@bc/shared/domain';
import {
  awardErrorTranslation,
  awardFieldOf,
  awardView,
  cheapestChoice,
  ComparisonForAward,
  defaultRoundInvitations,
  followsRanking,
  singleChoice,
  targetPriceError,
  topRanked,
  unitPriceInCaseCurrency,
} from './award-view';

/** Two lines, Hanse in EUR, Alpine in CHF at 1.05; Alpine did not quote line 2. */
const comparison: ComparisonForAward = {
  currency: 'EUR',
  suppliers: [
    { invitationId: 'hanse', supplierName: 'Hanse', currency: 'EUR', rate: null, rateMissing: false },
    { invitationId: 'alpine', supplierName: 'Alpine', currency: 'CHF', rate: '1.05', rateMissing: false },
  ],
  lines: [
    {
      key: 'l2',
      position: 2,
      description: 'Bearing',
      quantity: '3',
      unit: 'pcs',
      offers: [
        { invitationId: 'hanse', unitPrice: '10.005', quantity: '3', fullQuantity: true },
        { invitationId: 'alpine', unitPrice: null, quantity: null, fullQuantity: false },
      ],
    },
    {
      key: 'l1',
      position: 1,
      description: 'Shaft',
      quantity: '10',
      unit: 'pcs',
      offers: [
        { invitationId: 'hanse', unitPrice: '100', quantity: '10', fullQuantity: true },
        { invitationId: 'alpine', unitPrice: '90', quantity: '10', fullQuantity: true },
      ],
    },
  ],
};

describe('the round defaults', () => {
  it('asks the two best ranked of those that quoted', () => {
    const ranking = [
      { invitationId: 'c', rank: 2 },
      { invitationId: 'a', rank: 3 },
      { invitationId: 'b', rank: 1 },
      { invitationId: 'x', rank: null },
    ];
    expect(defaultRoundInvitations(['a', 'b', 'c'], ranking)).toEqual(['b', 'c']);
    expect(topRanked(ranking)).toBe('b');
  });

  it('falls back to the first that quoted without a ranking', () => {
    expect(defaultRoundInvitations(['a', 'b', 'c'], [])).toEqual(['a', 'b']);
    expect(defaultRoundInvitations(['a'], [{ invitationId: 'z', rank: 1 }])).toEqual(['a']);
    expect(topRanked([])).toBeNull();
  });

  it('checks a target price like the server (either decimal mark, > 0, 4 places)', () => {
    expect(targetPriceError('')).toBeNull();
    expect(targetPriceError('95,50')).toBeNull();
    expect(targetPriceError('0')).toBe('invalid');
    expect(targetPriceError('-1')).toBe('invalid');
    expect(targetPriceError('1.23456')).toBe('invalid');
  });
});

describe('the award view', () => {
  it('converts a unit price at the entered rate, and not without one', () => {
    expect(unitPriceInCaseCurrency({ unitPrice: '90' }, { currency: 'CHF', rate: '1.05' }, 'EUR')).toBe('94.5000');
    expect(unitPriceInCaseCurrency({ unitPrice: '90' }, { currency: 'CHF', rate: null }, 'EUR')).toBeNull();
    expect(unitPriceInCaseCurrency({ unitPrice: '90' }, { currency: 'EUR', rate: null }, 'EUR')).toBe('90.0000');
    expect(unitPriceInCaseCurrency({ unitPrice: null }, { currency: 'EUR', rate: null }, 'EUR')).toBeNull();
  });

  it('totals one supplier for every line, in position order, cents per line', () => {
    const view = awardView(comparison, singleChoice(comparison, 'hanse'));
    expect(view.lines.map((l) => [l.lineKey, l.unitPrice, l.total])).toEqual([
      ['l1', '100.0000', '1000.00'],
      ['l2', '10.0050', '30.02'],
    ]);
    expect(view.total).toBe('1030.02');
    expect(view.complete).toBe(true);
    expect(view.bySupplier).toEqual([{ invitationId: 'hanse', supplierName: 'Hanse', total: '1030.02', lines: 2 }]);
  });

  it('splits per line, the cheapest in the case currency first', () => {
    const choice = cheapestChoice(comparison, 'hanse');
    expect(choice).toEqual({ l2: 'hanse', l1: 'alpine' });
    const view = awardView(comparison, choice);
    expect(view.total).toBe('975.02');
    expect(view.bySupplier.map((s) => [s.supplierName, s.total])).toEqual([
      ['Alpine', '945.00'],
      ['Hanse', '30.02'],
    ]);
    expect(followsRanking(choice, 'hanse')).toBe(false);
    expect(followsRanking(singleChoice(comparison, 'hanse'), 'hanse')).toBe(true);
    expect(followsRanking(singleChoice(comparison, 'hanse'), null)).toBe(false);
  });

  it('is incomplete when a chosen supplier did not quote a line', () => {
    const view = awardView(comparison, singleChoice(comparison, 'alpine'));
    expect(view.complete).toBe(false);
    expect(view.lines.find((l) => l.lineKey === 'l2')).toMatchObject({ quoted: false, total: null });
    expect(view.total).toBe('945.00');
  });
});

describe('the errors', () => {
  it('names the field at fault', () => {
    const error = { code: ErrorCode.VALIDATION_FAILED, message: 'x', field: 'input.targets.1.unitPrice' } as const;
    expect(awardFieldOf(error)).toBe('targets');
    expect(awardErrorTranslation(error)).toEqual({ key: 'award.errors.fields.targets', params: {} });
    expect(awardErrorTranslation({ code: ErrorCode.VALIDATION_FAILED, message: 'x', field: 'input.justification' }).key).toBe(
      'award.errors.fields.justification',
    );
  });

  it('translates the blockers a refused move names', () => {
    expect(
      awardErrorTranslation({
        code: ErrorCode.TRANSITION_REFUSED,
        message: 'x',
        details: { blockers: [TransitionBlocker.EVALUATION_INCOMPLETE] },
      }).key,
    ).toBe('award.errors.blockers.EVALUATION_INCOMPLETE');
    expect(awardErrorTranslation({ code: ErrorCode.ROUND_CLOSED, message: 'x' }).key).toBe('award.errors.ROUND_CLOSED');
    expect(awardErrorTranslation({ code: ErrorCode.INTERNAL, message: 'x' }).key).toBe('errors.INTERNAL');
  });
});
