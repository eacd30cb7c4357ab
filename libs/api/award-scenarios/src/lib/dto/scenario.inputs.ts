import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsDecimalText, trim, trimOrNull } from '@bc/api/core';
import { MONEY_RULE } from '@bc/shared/domain';
import { AwardScenarioObjective } from '../entities/award-scenario.entity';

export const MAX_SCENARIO_NAME = 200;
export const MAX_SCENARIO_RULES = 50;
export const MAX_LINE_GROUPS = 50;
/** A list of suppliers or lines in a rule: at most the lines an award may have. */
export const MAX_RULE_LIST = 500;
const MAX_KEY = 100;

/** The rules a buyer may set, one kind each (see the optimizer's README for what each means). */
export enum AwardScenarioRuleKind {
  MAX_SUPPLIERS = 'MAX_SUPPLIERS',
  MIN_SUPPLIERS = 'MIN_SUPPLIERS',
  SHARE = 'SHARE',
  CAPACITY = 'CAPACITY',
  EXCLUDE_SUPPLIERS = 'EXCLUDE_SUPPLIERS',
  MIN_RELIABILITY = 'MIN_RELIABILITY',
  MIN_TECHNICAL = 'MIN_TECHNICAL',
  MUST_HAVES_REQUIRED = 'MUST_HAVES_REQUIRED',
  INCUMBENT_RETENTION = 'INCUMBENT_RETENTION',
  WHOLE_LINES = 'WHOLE_LINES',
  LOTS_TOGETHER = 'LOTS_TOGETHER',
}

export enum ShareBasis {
  VALUE = 'VALUE',
  QUANTITY = 'QUANTITY',
}

registerEnumType(AwardScenarioRuleKind, { name: 'AwardScenarioRuleKind', description: 'A rule of an award scenario; which fields of the rule it takes is said on AwardScenarioRuleInput' });
registerEnumType(ShareBasis, { name: 'ShareBasis', description: 'What a share is measured by: the awarded value (before discounts) or the awarded quantity' });
registerEnumType(AwardScenarioObjective, { name: 'AwardScenarioObjective', description: 'MIN_COST: the lowest total cost; MAX_SCORE: the best weighted total score within the budget' });

@InputType({ description: 'A group of lines (a lot): the scope of a SHARE rule, or lines kept together (LOTS_TOGETHER)' })
export class AwardScenarioLineGroupInput {
  @Field(() => ID, { description: 'Chosen by the client, unique within the scenario; rules name the group by it' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(MAX_KEY) key!: string;
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(MAX_SCENARIO_NAME) name!: string;
  @Field(() => [ID], { description: 'Specification line keys' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_RULE_LIST) @IsString({ each: true }) @MaxLength(MAX_KEY, { each: true }) lineKeys!: string[];
}

@InputType({
  description:
    'One rule. Fields by kind: MAX_SUPPLIERS / MIN_SUPPLIERS: count. SHARE: basis, minPercent and/or maxPercent, optional invitationIds (default every supplier) and lineGroupKey (default all lines). ' +
    'CAPACITY, MUST_HAVES_REQUIRED: nothing. EXCLUDE_SUPPLIERS: invitationIds. MIN_RELIABILITY / MIN_TECHNICAL: minScore (0–100). ' +
    'INCUMBENT_RETENTION: basis, minPercent. WHOLE_LINES: optional lineKeys (default every line). LOTS_TOGETHER: optional lineGroupKeys (default every group). A field the kind does not take is refused.',
})
export class AwardScenarioRuleInput {
  @Field(() => AwardScenarioRuleKind) @IsEnum(AwardScenarioRuleKind) kind!: AwardScenarioRuleKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1000) count?: number | null;
  @Field(() => ShareBasis, { nullable: true }) @IsOptional() @IsEnum(ShareBasis) basis?: ShareBasis | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(100) minPercent?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(100) maxPercent?: number | null;
  @Field(() => Float, { nullable: true, description: 'Reliability or technical score, 0–100' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(100) minScore?: number | null;
  @Field(() => [ID], { nullable: true, description: 'Suppliers by their invitation to the RFQ' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_RULE_LIST) @IsUUID('all', { each: true }) invitationIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Specification line keys' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_RULE_LIST) @IsString({ each: true }) @MaxLength(MAX_KEY, { each: true }) lineKeys?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'A key of the scenario’s lineGroups' })
  @IsOptional() @IsString() @MaxLength(MAX_KEY) lineGroupKey?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Keys of the scenario’s lineGroups' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_LINE_GROUPS) @IsString({ each: true }) @MaxLength(MAX_KEY, { each: true }) lineGroupKeys?: string[] | null;
}

@InputType({ description: 'What a custom award scenario asks: its name, objective (and budget), line groups and rules' })
export class AwardScenarioInput {
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(MAX_SCENARIO_NAME) name!: string;
  @Field(() => AwardScenarioObjective) @IsEnum(AwardScenarioObjective) objective!: AwardScenarioObjective;
  @Field(() => String, { nullable: true, description: 'MAX_SCORE only: the most the award may cost after discounts (case currency); null: no budget' })
  @IsOptional() @Transform(trimOrNull) @IsDecimalText(MONEY_RULE) budget?: string | null;
  @Field(() => [AwardScenarioLineGroupInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_LINE_GROUPS) @ValidateNested({ each: true }) @Type(() => AwardScenarioLineGroupInput) lineGroups?: AwardScenarioLineGroupInput[] | null;
  @Field(() => [AwardScenarioRuleInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_SCENARIO_RULES) @ValidateNested({ each: true }) @Type(() => AwardScenarioRuleInput) rules?: AwardScenarioRuleInput[] | null;
}

@InputType()
export class CreateAwardScenarioInput extends AwardScenarioInput {
  @Field(() => ID) @IsUUID() rfqId!: string;
}

@InputType({ description: 'Proposes the award a scenario found, through the approval flow' })
export class ProposeAwardFromScenarioInput {
  @Field(() => ID, { description: 'A scenario’s id as awardScenarios gives it (built-in ones included)' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(MAX_KEY) scenarioId!: string;
  @Field(() => String, { nullable: true, description: 'Required when the award does not give every line to the first place of the ranking' })
  @IsOptional() @Transform(trimOrNull) @IsString() justification?: string | null;
}
