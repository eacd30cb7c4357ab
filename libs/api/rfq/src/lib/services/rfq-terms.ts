import { AppError, validationFailed } from '@bc/api/core';
import { criteriaProblems, ErrorCode } from '@bc/shared/domain';
import { Rfq } from '../entities/rfq.entity';

/**
 * The terms of an RFQ as written (lengths, validity, dates, criteria), checked whenever a draft is
 * created, changed, sent for approval or published; the first problem names its field.
 */
export function assertRfqTerms(rfq: Pick<Rfq, 'title' | 'description' | 'deliveryTerms' | 'deliveryAddress' | 'paymentTerms' | 'instructions' | 'validityDays' | 'deliveryDate' | 'closesAt' | 'questionsCloseAt' | 'shortPeriodJustification' | 'criteria'>): void {
  const text = (field: string, value: string, max: number, required = false) => {
    if (required && !value.trim()) throw validationFailed(field, `${field} is required`);
    if (value.length > max) throw validationFailed(field, `${field} must be at most ${max} characters`);
  };
  text('title', rfq.title, 200, true);
  text('description', rfq.description, 10000);
  text('deliveryTerms', rfq.deliveryTerms, 500);
  text('deliveryAddress', rfq.deliveryAddress, 500);
  text('paymentTerms', rfq.paymentTerms, 500);
  text('instructions', rfq.instructions, 10000);
  if (!Number.isInteger(rfq.validityDays) || rfq.validityDays < 1 || rfq.validityDays > 730) throw validationFailed('validityDays', 'validityDays is 1 to 730');
  if (rfq.deliveryDate !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(rfq.deliveryDate) || Number.isNaN(Date.parse(rfq.deliveryDate)))) {
    throw validationFailed('deliveryDate', 'deliveryDate must be a date YYYY-MM-DD');
  }
  if (Number.isNaN(rfq.closesAt.getTime())) throw validationFailed('closesAt', 'closesAt must be a time');
  if (Number.isNaN(rfq.questionsCloseAt.getTime())) throw validationFailed('questionsCloseAt', 'questionsCloseAt must be a time');
  if (rfq.shortPeriodJustification !== null && rfq.shortPeriodJustification.length > 2000) {
    throw validationFailed('shortPeriodJustification', 'A justification is at most 2000 characters');
  }
  if (rfq.questionsCloseAt > rfq.closesAt) throw validationFailed('questionsCloseAt', 'The question deadline cannot be after the closing time');
  const problems = criteriaProblems(rfq.criteria);
  if (problems.length > 0) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, problems[0].message, { field: problems[0].field, details: { problems } });
  }
}
