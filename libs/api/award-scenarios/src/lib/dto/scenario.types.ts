import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AwardScenarioKind, AwardScenarioObjective, AwardScenarioStatus } from '../entities/award-scenario.entity';
import { AwardScenarioRuleKind, ShareBasis } from './scenario.inputs';

registerEnumType(AwardScenarioKind, { name: 'AwardScenarioKind', description: "CUSTOM: a buyer's; the others are built in (best price per line, the best single supplier, the award as proposed)" });
registerEnumType(AwardScenarioStatus, {
  name: 'AwardScenarioStatus',
  description: 'UNSOLVED until solved; OPTIMAL; TIME_LIMIT (the best allocation found in the time limit, if any); INFEASIBLE (see conflict); EVALUATED (as proposed: a given allocation)',
});

const DECIMAL = { description: 'A decimal number as a string, e.g. "12500.00"' };

@ObjectType('AwardScenarioLine', { description: 'A line of the RFQ’s specification, as scenarios award it' })
export class AwardScenarioLineType {
  @Field(() => ID) key!: string;
  @Field(() => Int) position!: number;
  @Field() description!: string;
  @Field(DECIMAL) quantity!: string;
  @Field() unit!: string;
}

@ObjectType('AwardScenarioSupplier', { description: 'A supplier taking part in the scenarios, with what the rules read of it' })
export class AwardScenarioSupplierType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => Int, { description: 'Its place in the evaluation' }) rank!: number;
  @Field(() => Float, { nullable: true, description: 'Recorded reliability score (0–100)' }) reliabilityScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'The technical criteria’s score (0–100); null while one is missing' }) technicalScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'The evaluation’s weighted total (0–100)' }) totalScore!: number | null;
  @Field() mustHavesMet!: boolean;
  @Field({ description: 'Shortlisted as the incumbent' }) incumbent!: boolean;
}

@ObjectType('AwardScenarioLeftOut', { description: 'A supplier with a submitted quote that takes no part: CURRENCY (quoted in another currency) or NO_PRICED_LINE' })
export class AwardScenarioLeftOutType {
  @Field(() => ID) invitationId!: string;
  @Field() supplierName!: string;
  @Field() reason!: string;
}

@ObjectType('AwardScenarioLineGroup')
export class AwardScenarioLineGroupType {
  @Field(() => ID) key!: string;
  @Field() name!: string;
  @Field(() => [ID]) lineKeys!: string[];
}

@ObjectType('AwardScenarioRule', { description: 'A rule of a scenario: its fields as given, and the rule in words (English, like every text the API words; a client says it in its reader’s language from the fields)' })
export class AwardScenarioRuleType {
  @Field(() => ID, { description: 'Stable within the scenario: conflicts and rule prices name it' }) id!: string;
  @Field(() => AwardScenarioRuleKind) kind!: AwardScenarioRuleKind;
  @Field() description!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => ShareBasis, { nullable: true }) basis!: ShareBasis | null;
  @Field(() => Float, { nullable: true }) minPercent!: number | null;
  @Field(() => Float, { nullable: true }) maxPercent!: number | null;
  @Field(() => Float, { nullable: true }) minScore!: number | null;
  @Field(() => [ID], { nullable: true }) invitationIds!: string[] | null;
  @Field(() => [ID], { nullable: true }) lineKeys!: string[] | null;
  @Field(() => ID, { nullable: true }) lineGroupKey!: string | null;
  @Field(() => [ID], { nullable: true }) lineGroupKeys!: string[] | null;
}

@ObjectType('AwardScenarioAllocation', { description: 'Part of a line given to a supplier (case currency)' })
export class AwardScenarioAllocationType {
  @Field(() => ID) lineKey!: string;
  @Field(() => Int) position!: number;
  @Field() description!: string;
  @Field() unit!: string;
  @Field(() => ID) invitationId!: string;
  @Field(DECIMAL) quantity!: string;
  @Field({ description: 'True when the supplier gets the whole line' }) wholeLine!: boolean;
  @Field(DECIMAL) unitPrice!: string;
  @Field({ description: 'unit price × quantity, to the cent' }) total!: string;
}

@ObjectType('AwardScenarioSupplierResult', { description: "One awarded supplier's share and lines" })
export class AwardScenarioSupplierResultType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field({ description: 'Its lines’ totals before its discount' }) value!: string;
  @Field({ description: 'Its conditional discount (0.00 when none holds)' }) discount!: string;
  @Field({ description: 'What it is paid: value − discount' }) net!: string;
  @Field(() => Float, { description: 'Percent of the total value before discounts' }) valueShare!: number;
  @Field(DECIMAL) quantity!: string;
  @Field(() => Float, { description: 'Percent of the total quantity' }) quantityShare!: number;
  @Field(() => [AwardScenarioAllocationType], { description: 'Its lines, in the specification’s order' }) lines!: AwardScenarioAllocationType[];
}

@ObjectType('AwardScenarioRulePrice', { description: 'What one rule costs: the optimum without it, and the difference' })
export class AwardScenarioRulePriceType {
  @Field(() => ID) ruleId!: string;
  @Field(() => AwardScenarioRuleKind) kind!: AwardScenarioRuleKind;
  @Field() description!: string;
  @Field(() => AwardScenarioStatus, { description: 'The status without the rule' }) status!: AwardScenarioStatus;
  @Field(() => String, { nullable: true, description: 'The total cost without the rule (null: infeasible without it too)' }) totalCostWithout!: string | null;
  @Field(() => String, { nullable: true, description: 'Total with the rule − total without it (null when either is not optimal)' }) costOfRule!: string | null;
  @Field(() => Float, { nullable: true }) scoreWithout!: number | null;
  @Field(() => Float, { nullable: true }) scoreDifference!: number | null;
}

@ObjectType('AwardScenarioConflict', { description: 'Why a scenario is infeasible: a minimal set of rules that cannot hold together' })
export class AwardScenarioConflictType {
  @Field(() => [AwardScenarioRuleType], { description: 'Every one is needed: without any one of them the scenario is feasible' }) rules!: AwardScenarioRuleType[];
  @Field({ description: 'The budget (MAX_SCORE) takes part in the conflict' }) budget!: boolean;
  @Field(() => [AwardScenarioLineType], { description: 'Lines no supplier taking part has priced: infeasible whatever the rules' }) linesWithoutOffers!: AwardScenarioLineType[];
  @Field({ description: 'The conflict in words (English, like every text the API words; a client says it in its reader’s language from the rules, budget and lines)' }) explanation!: string;
}

@ObjectType('AwardScenarioViolation', { description: 'A rule the allocation breaks (as proposed)' })
export class AwardScenarioViolationType {
  @Field(() => ID, { nullable: true }) ruleId!: string | null;
  @Field() message!: string;
}

@ObjectType('AwardScenarioResult', { description: 'A solved scenario, as the side-by-side comparison shows it (case currency)' })
export class AwardScenarioResultType {
  @Field(DECIMAL) totalBeforeDiscounts!: string;
  @Field(DECIMAL) discountTotal!: string;
  @Field({ description: 'What is paid: the lines’ totals less the conditional discounts' }) totalCost!: string;
  @Field(() => String, { nullable: true, description: 'The best single supplier’s total − this total (null when no single supplier covers every line)' }) savingsVsSingleSupplier!: string | null;
  @Field(() => String, { nullable: true, description: 'The case’s estimate − this total (null without an estimate in the RFQ currency)' }) savingsVsEstimate!: string | null;
  @Field(() => Float, { nullable: true }) savingsVsEstimatePercent!: number | null;
  @Field(() => Int) supplierCount!: number;
  @Field(() => Float, { nullable: true, description: 'MAX_SCORE: the weighted total score averaged over the lines' }) score!: number | null;
  @Field({ description: 'Some line is split between suppliers' }) split!: boolean;
  @Field(() => [AwardScenarioSupplierResultType], { description: 'Largest value first' }) suppliers!: AwardScenarioSupplierResultType[];
  @Field(() => [AwardScenarioRulePriceType], { description: 'In the order of the rules' }) rulePrices!: AwardScenarioRulePriceType[];
  @Field(() => AwardScenarioConflictType, { nullable: true }) conflict!: AwardScenarioConflictType | null;
  @Field(() => [AwardScenarioViolationType]) violations!: AwardScenarioViolationType[];
  @Field(() => Float, {
    nullable: true,
    description:
      'How far the total may be above the best possible, as the solver proved it: (total − bound) / total, 0 when proven optimal; null when nothing was proven (as proposed, infeasible, out of time without a bound). Large scenarios are solved to within 0.1 %',
  })
  gap!: number | null;
  @Field({ description: 'No award under the rules is cheaper (under MAX_SCORE: better scored, then cheaper): proven, not only within the gap' })
  provenOptimal!: boolean;
}

@ObjectType('AwardScenario', { description: 'An objective, rules and (once solved) the result' })
export class AwardScenarioType {
  @Field(() => ID, { description: 'A built-in scenario’s id is `<rfqId>/<kind>`' }) id!: string;
  @Field(() => ID) rfqId!: string;
  @Field(() => AwardScenarioKind) kind!: AwardScenarioKind;
  @Field() builtIn!: boolean;
  @Field() name!: string;
  @Field(() => AwardScenarioObjective) objective!: AwardScenarioObjective;
  @Field(() => String, { nullable: true }) budget!: string | null;
  @Field(() => [AwardScenarioLineGroupType]) lineGroups!: AwardScenarioLineGroupType[];
  @Field(() => [AwardScenarioRuleType]) rules!: AwardScenarioRuleType[];
  @Field(() => AwardScenarioStatus) status!: AwardScenarioStatus;
  @Field({ description: 'Solved on other inputs than the RFQ has now (a quote changed, e.g. in a negotiation round or an auction): solve it again' }) stale!: boolean;
  @Field(() => AwardScenarioResultType, { nullable: true }) result!: AwardScenarioResultType | null;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => Date, { nullable: true }) createdAt!: Date | null;
  @Field(() => Date, { nullable: true }) solvedAt!: Date | null;
}

@ObjectType('AwardScenarioComparison', { description: "An RFQ's award scenarios side by side, with what they are solved on" })
export class AwardScenarioComparisonType {
  @Field(() => ID) rfqId!: string;
  @Field() rfqReference!: string;
  @Field(() => ID) caseId!: string;
  @Field() currency!: string;
  @Field(() => String, { nullable: true, description: 'The case’s estimated value (null when none, or in another currency)' }) estimate!: string | null;
  @Field(() => String, { nullable: true, description: 'The best single supplier’s total cost (null when nobody covers every line)' }) bestSingleSupplierTotal!: string | null;
  @Field() inputsFingerprint!: string;
  @Field(() => [AwardScenarioLineType]) lines!: AwardScenarioLineType[];
  @Field(() => [AwardScenarioSupplierType]) suppliers!: AwardScenarioSupplierType[];
  @Field(() => [AwardScenarioLeftOutType]) leftOut!: AwardScenarioLeftOutType[];
  @Field(() => [AwardScenarioType], { description: 'The built-in ones first (best price per line, single supplier, as proposed when a proposal exists), then the custom ones, oldest first' })
  scenarios!: AwardScenarioType[];
  @Field({ description: 'The viewer may build, solve and propose scenarios now (a buyer, the case in EVALUATION, NEGOTIATION or DECISION)' }) canEdit!: boolean;
}
