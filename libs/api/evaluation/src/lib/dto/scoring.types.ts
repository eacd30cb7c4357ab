import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CriterionKind, Role, ScoreSource } from '@bc/shared/domain';
import { RfqCriterionType } from '@bc/api/rfq';

registerEnumType(ScoreSource, {
  name: 'ScoreSource',
  description: "Where a criterion score comes from: the server's price rule, the supplier's recorded performance, or the evaluators' consensus",
});

@ObjectType('EvaluatorScore', { description: "One evaluator's current score of one supplier on one criterion (0–10, with a comment)" })
export class EvaluatorScoreType {
  @Field(() => ID) id!: string;
  @Field(() => ID) invitationId!: string;
  @Field() supplierName!: string;
  @Field() criterionKey!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => Role, { description: 'The role the score was given in: SPECIFIER, BUYER or ADVISOR' }) role!: Role;
  @Field(() => Int) score!: number;
  @Field() comment!: string;
  @Field({ description: "Counts in the consensus: false for an advisor's score (shown apart) and for an evaluator who declared a conflict of interest with the supplier" })
  counted!: boolean;
  @Field({ description: 'The evaluator declared a conflict of interest with this supplier on the case: the score does not count' }) conflictOfInterest!: boolean;
  @Field() scoredAt!: Date;
}

@ObjectType('CriterionEvaluation', { description: "One supplier's score on one criterion" })
export class CriterionEvaluationType {
  @Field() criterionKey!: string;
  @Field() name!: string;
  @Field(() => CriterionKind) kind!: CriterionKind;
  @Field(() => Int) weight!: number;
  @Field(() => Float, { nullable: true, description: '0–100, 2 places; null when missing (counts as 0 in the total)' }) score!: number | null;
  @Field(() => ScoreSource) source!: ScoreSource;
  @Field(() => Float, { nullable: true, description: 'Mean of the counted evaluator scores (0–10) when the score comes from evaluators; null otherwise or when nobody counted scored' })
  mean!: number | null;
  @Field(() => Int, { nullable: true, description: 'Max − min of the counted evaluator scores; null as with mean' }) spread!: number | null;
  @Field({ description: 'At least two counted scores 4 or more points apart: the team should talk' }) wideSpread!: boolean;
  @Field(() => [EvaluatorScoreType], { description: 'Every current evaluator score on this criterion and supplier, counted ones first' }) scores!: EvaluatorScoreType[];
}

@ObjectType('SupplierEvaluation', { description: "A supplier's evaluation from its latest submitted revision" })
export class SupplierEvaluationType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => Int, { description: '1 is first; equal totals share a rank and the next rank skips (1, 1, 3). 0 while prices are hidden (two envelopes): no ranking yet' })
  rank!: number;
  @Field(() => Float, {
    description: 'Weighted total 0–100, 2 places: Σ score × weight / 100, a missing score counting 0. While prices are hidden, the non-price criteria only',
  })
  total!: number;
  @Field(() => [String], { description: 'Keys of the criteria without a score (while prices are hidden, PRICE is not listed)' }) missing!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'The quote total in the RFQ currency that price is scored on; null when a rate is missing, and while prices are hidden (two envelopes)',
  })
  comparableTotal!: string | null;
  @Field(() => Float, { nullable: true, description: "The supplier's recorded performance score (0–100), used for reliability where not null" })
  performanceScore!: number | null;
  @Field(() => [CriterionEvaluationType], { description: "In the order of the RFQ's criteria" }) criteria!: CriterionEvaluationType[];
}

@ObjectType('SensitivityChange', { description: 'A shift of one weight that puts another supplier first' })
export class SensitivityChangeType {
  @Field() criterionKey!: string;
  @Field(() => Int, { description: 'Whole points added to (positive) or taken from (negative) the weight; the others rescale in proportion' }) shift!: number;
  @Field(() => ID) newLeaderInvitationId!: string;
  @Field() newLeaderName!: string;
}

@ObjectType('CriterionSensitivity')
export class CriterionSensitivityType {
  @Field() criterionKey!: string;
  @Field(() => SensitivityChangeType, { nullable: true, description: 'The smallest shift of this weight that changes first place; null when none of ±10 points does' })
  smallestChange!: SensitivityChangeType | null;
}

@ObjectType('EvaluationSensitivity', { description: 'Whether first place holds when any single weight moves by up to ±10 points' })
export class EvaluationSensitivityType {
  @Field({ description: 'No single shift of up to ±10 points changes first place' }) stable!: boolean;
  @Field(() => ID) leaderInvitationId!: string;
  @Field() leaderName!: string;
  @Field(() => [SensitivityChangeType], { description: 'Per criterion and direction, the smallest shift that changes first place' }) changes!: SensitivityChangeType[];
  @Field(() => [CriterionSensitivityType], { description: "In the order of the RFQ's criteria" }) byCriterion!: CriterionSensitivityType[];
}

@ObjectType('OutstandingTechnicalScore', {
  description: 'A counted technical score still missing before the technical scores can be locked (two envelopes)',
})
export class OutstandingTechnicalScoreType {
  @Field() criterionKey!: string;
  @Field(() => ID) invitationId!: string;
  @Field() supplierName!: string;
  @Field(() => ID, { nullable: true, description: "The team's specifier expected to score it; null when no specifier on the team can (then nobody has given a counted score)" })
  evaluatorId!: string | null;
  @Field(() => String, { nullable: true }) evaluatorName!: string | null;
}

@ObjectType('RfqEvaluation', { description: "The scoring of a closed RFQ's quotes: per-criterion scores, weighted totals, ranking and sensitivity" })
export class RfqEvaluationType {
  @Field(() => ID) rfqId!: string;
  @Field() reference!: string;
  @Field({ description: 'Two envelopes: technical scoring is completed and locked before prices are shown' }) twoEnvelope!: boolean;
  @Field({
    description:
      'Prices are hidden (two envelopes, technical scores not locked yet): comparable totals and price scores are null, there is no ranking (rank 0) and no sensitivity check',
  })
  pricesHidden!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the technical scores were locked (two envelopes)' }) technicalLockedAt!: Date | null;
  @Field(() => [OutstandingTechnicalScoreType], {
    description: "Two envelopes, before the lock: the counted technical scores still missing (every specifier on the team scores every technical criterion of every quote); empty otherwise",
  })
  technicalOutstanding!: OutstandingTechnicalScoreType[];
  @Field({ description: 'The RFQ (case) currency prices are compared in' }) currency!: string;
  @Field(() => [RfqCriterionType]) criteria!: RfqCriterionType[];
  @Field(() => [String], { description: 'Quote currencies without an entered rate: those suppliers have no price score yet' }) missingRates!: string[];
  @Field(() => [SupplierEvaluationType], { description: 'Ranked: highest total first, equal totals by name' }) suppliers!: SupplierEvaluationType[];
  @Field({ description: 'False when a supplier misses a criterion score: the ranking is incomplete (and while prices are hidden: no ranking)' })
  rankingComplete!: boolean;
  @Field(() => EvaluationSensitivityType, { nullable: true, description: 'Null when no supplier has quoted, and while prices are hidden' })
  sensitivity!: EvaluationSensitivityType | null;
}
