export * from './lib/evaluation.module';
export * from './lib/entities';
export * from './lib/services/comparison.service';
export * from './lib/services/scoring.service';
export { writeComparisonWorkbook } from './lib/documents/comparison-workbook';
export type { RfqComparisonType } from './lib/dto/comparison.types';
export type { RfqEvaluationType } from './lib/dto/scoring.types';
export * from './lib/services/score-records';
export * from './lib/services/comparison-workbook-sheets';
