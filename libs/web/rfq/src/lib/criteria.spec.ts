import { CriterionKind, ErrorCode } from '@bc/shared/domain';
import { rfqErrorTranslation, rfqFieldOf } from './rfq-errors';
import { fromLocalInput, toLocalInput } from '@bc/web/case-kit';
import { criteriaIssues, criteriaSum, CriterionValue, customCriterionKey, leadTimeRange, shortHash, timeLeft } from './criteria';

const c = (key: string, kind: string, weight: number | null, name = key): CriterionValue => ({ key, name, kind, weight });

describe('criteria', () => {
  it('adds the weights, counting blanks as 0', () => {
    expect(criteriaSum([c('PRICE', 'PRICE', 60), c('DELIVERY', 'COMMERCIAL', 40)])).toBe(100);
    expect(criteriaSum([c('PRICE', 'PRICE', 60), c('DELIVERY', 'COMMERCIAL', null)])).toBe(60);
  });

  it('accepts weights adding up to 100', () => {
    expect(criteriaIssues([c('PRICE', CriterionKind.PRICE, 60), c('QUALITY', CriterionKind.TECHNICAL, 40)])).toEqual([]);
  });

  it('says what the sum is when it is not 100', () => {
    expect(criteriaIssues([c('PRICE', CriterionKind.PRICE, 60), c('QUALITY', CriterionKind.TECHNICAL, 30)])).toEqual([
      { key: 'rfq.criteriaIssues.sum', params: { sum: 90 } },
    ]);
  });

  it('refuses an empty set, blank names, broken weights and a second price criterion', () => {
    expect(criteriaIssues([])).toEqual([{ key: 'rfq.criteriaIssues.none', params: {} }]);
    const keys = criteriaIssues([c('PRICE', CriterionKind.PRICE, 50), c('CHEAP', CriterionKind.PRICE, 49.5, ' ')]).map((i) => i.key);
    expect(keys).toEqual(['rfq.criteriaIssues.sum', 'rfq.criteriaIssues.name', 'rfq.criteriaIssues.weight', 'rfq.criteriaIssues.onlyOnePRICE']);
  });

  it('makes unique keys from names', () => {
    expect(customCriterionKey('Wartung & Service', [])).toBe('WARTUNG_SERVICE');
    expect(customCriterionKey('Größe', [])).toBe('GROESSE');
    expect(customCriterionKey('Service', ['SERVICE'])).toBe('SERVICE_2');
    expect(customCriterionKey('', ['CRITERION'])).toBe('CRITERION_2');
    expect(customCriterionKey('42 x', [])).toBe('CRITERION_X');
  });
});

describe('local times', () => {
  it('round-trips a datetime-local value through ISO', () => {
    const iso = fromLocalInput('2026-12-01T14:30');
    expect(iso).not.toBeNull();
    expect(toLocalInput(iso)).toBe('2026-12-01T14:30');
  });

  it('reads blanks and broken values as nothing', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });

  it('counts down to the closing time', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(timeLeft('2026-11-29T13:05:30Z', now)).toEqual({ days: 2, hours: 3, minutes: 5 });
    expect(timeLeft('2026-11-27T09:00:00Z', now)).toBeNull();
  });
});

describe('quotes', () => {
  it('shortens a receipt hash', () => {
    expect(shortHash('a'.repeat(56) + '12345678')).toBe('aaaaaaaa…12345678');
  });

  it('gives the lead time range of quoted lines', () => {
    expect(
      leadTimeRange([
        { leadTimeDays: 10, unitPrice: '1.00' },
        { leadTimeDays: 30, unitPrice: '2.00' },
        { leadTimeDays: 90, unitPrice: null },
      ]),
    ).toEqual({ min: 10, max: 30 });
    expect(leadTimeRange([{ leadTimeDays: null, unitPrice: '1.00' }])).toBeNull();
  });
});

describe('RFQ errors', () => {
  it('names the field at fault, the criteria table for any criterion', () => {
    expect(rfqFieldOf({ code: ErrorCode.VALIDATION_FAILED, message: '', field: 'criteria.2.weight' })).toBe('criteria');
    expect(rfqErrorTranslation({ code: ErrorCode.VALIDATION_FAILED, message: '', field: 'input.closesAt' }).key).toBe('rfq.errors.fields.closesAt');
    expect(rfqErrorTranslation({ code: ErrorCode.RFQ_CLOSED, message: '' }).key).toBe('rfq.errors.RFQ_CLOSED');
    expect(rfqErrorTranslation({ code: ErrorCode.NOT_FOUND, message: '' }).key).toBe('errors.NOT_FOUND');
  });
});
