import { EvaluationScore } from './evaluation-score.entity';

export { EvaluationScore };

export const EVALUATION_ENTITIES = [EvaluationScore];
