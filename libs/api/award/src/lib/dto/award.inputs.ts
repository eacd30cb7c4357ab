import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ApprovalMode, ImportanceClass, MAX_APPROVAL_TIERS, MAX_DECIDERS_PER_ROUTE, QUANTITY_RULE } from '@bc/shared/domain';
import { IsDecimalText, KeysetArgs, trim, trimOrNull } from '@bc/api/core';

export const MAX_JUSTIFICATION = 5000;
export const MAX_AWARD_LINES = 500;

@InputType()
export class ApprovalTierInput {
  @Field(() => Float, { nullable: true, description: 'Award values up to and including this amount (case currency); null for the last, open-ended tier' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  upTo?: number | null;
  @Field(() => Int) @IsInt() @Min(0) @Max(MAX_DECIDERS_PER_ROUTE) deciders!: number;
  @Field() @IsBoolean() gatekeeper!: boolean;
}

@InputType()
export class ImportanceApprovalInput {
  @Field(() => ImportanceClass) @IsEnum(ImportanceClass) importance!: ImportanceClass;
  @Field(() => Int) @IsInt() @Min(0) @Max(MAX_DECIDERS_PER_ROUTE) deciders!: number;
  @Field() @IsBoolean() gatekeeper!: boolean;
}

@InputType()
export class ApprovalPolicyInput {
  @Field(() => ApprovalMode) @IsEnum(ApprovalMode) mode!: ApprovalMode;
  @Field(() => [ApprovalTierInput], { description: 'Ascending by upTo; the last one open-ended' })
  @IsArray() @ArrayMaxSize(MAX_APPROVAL_TIERS) @ValidateNested({ each: true }) @Type(() => ApprovalTierInput) tiers!: ApprovalTierInput[];
  @Field(() => [ImportanceApprovalInput], { nullable: true, description: 'Importance classes that need at least this route, whatever the value; each class once' })
  @IsOptional() @IsArray() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => ImportanceApprovalInput) byImportance?: ImportanceApprovalInput[];
}

@InputType()
export class AwardLineInput {
  @Field(() => ID, { description: 'A line of the RFQ’s specification' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) lineKey!: string;
  @Field(() => ID, { description: 'The invitation (supplier) awarded this line' }) @IsUUID() invitationId!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The part of the line this supplier gets (a split line): the line is named once per supplier and their quantities add up to the line’s. ' +
      'Absent: the whole line, at the quantity the supplier quoted',
  })
  @IsOptional() @Transform(trimOrNull) @IsDecimalText(QUANTITY_RULE) quantity?: string | null;
}

@InputType({ description: 'Either invitationId (one supplier for every line) or lines (a split per line), not both' })
export class ProposeAwardInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() invitationId?: string | null;
  @Field(() => [AwardLineInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_AWARD_LINES) @ValidateNested({ each: true }) @Type(() => AwardLineInput) lines?: AwardLineInput[] | null;
  @Field(() => String, { nullable: true, description: `Required when the proposal does not follow the ranking; up to ${MAX_JUSTIFICATION} characters` })
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(MAX_JUSTIFICATION) justification?: string | null;
}

@ArgsType()
export class DeciderInboxArgs extends KeysetArgs {
  @Field(() => Int, { defaultValue: 20 }) @Min(1) @Max(100) limit = 20;
}
