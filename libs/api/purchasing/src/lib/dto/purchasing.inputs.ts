import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CaseStage, CPV_CODE, ImportanceClass, MONEY_RULE, PurchaseType, QUANTITY_RULE, REQUIRED_CERTIFICATE_LIMITS, RequirementKind } from '@bc/shared/domain';
import { IsBoundedDate, IsDecimalText, trim, trimOrNull, upper } from '@bc/api/core';

const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

/** A case's required certificates: the list's size here; each entry's rules in `requiredCertificatesProblem` (the case service). */
const RequiredCertificatesField = (description: string) =>
  applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    Transform(trimEach),
    IsArray(),
    ArrayMaxSize(REQUIRED_CERTIFICATE_LIMITS.count, { message: `A case requires at most ${REQUIRED_CERTIFICATE_LIMITS.count} certificates` }),
    IsString({ each: true }),
  );

@InputType()
export class RaiseNeedInput {
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @Field({ nullable: true, description: 'What is needed' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(10000) description?: string;
  @Field({ description: 'Why it is needed' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) justification!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsDecimalText(QUANTITY_RULE) quantity?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(20) unit?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsBoundedDate() neededBy?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsDecimalText(MONEY_RULE) estimatedValue?: string | null;
  @Field({ nullable: true, defaultValue: 'EUR', description: 'ISO 4217' }) @IsOptional() @Transform(upper) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(100) budgetReference?: string | null;
  @Field(() => String, { nullable: true, description: 'A CPV code, e.g. 42122000-0' }) @IsOptional() @Transform(trimOrNull) @Matches(CPV_CODE, { message: 'category must be a CPV code like 42122000-0' }) categoryCode?: string | null;
}

@InputType()
export class AcceptNeedInput {
  @Field(() => ImportanceClass) @IsEnum(ImportanceClass) importance!: ImportanceClass;
  @Field({ nullable: true, description: "Defaults to the need's title" }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @Field(() => String, { nullable: true, description: "A CPV code; defaults to the need's" }) @IsOptional() @Transform(trimOrNull) @Matches(CPV_CODE, { message: 'category must be a CPV code like 42122000-0' }) categoryCode?: string | null;
  @Field(() => PurchaseType, { nullable: true, defaultValue: PurchaseType.NEW_TASK, description: 'A rebuy also needs sourceCaseId' })
  @IsOptional() @IsEnum(PurchaseType) purchaseType?: PurchaseType;
  @Field(() => ID, { nullable: true, description: 'The earlier case a rebuy starts from' }) @IsOptional() @IsUUID() sourceCaseId?: string | null;
}

@InputType()
export class CreatePurchaseCaseInput {
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(10000) description?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @Matches(CPV_CODE, { message: 'category must be a CPV code like 42122000-0' }) categoryCode?: string | null;
  @Field(() => ImportanceClass) @IsEnum(ImportanceClass) importance!: ImportanceClass;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsDecimalText(MONEY_RULE) estimatedValue?: string | null;
  @Field({ nullable: true, defaultValue: 'EUR' }) @IsOptional() @Transform(upper) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsBoundedDate() neededBy?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(100) budgetReference?: string | null;
  @RequiredCertificatesField('Certificates every supplier must hold, e.g. ISO 9001; at most 10, each 1..100 characters') requiredCertificates?: string[] | null;
}

/** Only the fields given change; `null` clears an optional one. */
@InputType()
export class UpdatePurchaseCaseInput {
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(10000) description?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @Matches(CPV_CODE, { message: 'category must be a CPV code like 42122000-0' }) categoryCode?: string | null;
  @Field(() => ImportanceClass, { nullable: true }) @IsOptional() @IsEnum(ImportanceClass) importance?: ImportanceClass;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsDecimalText(MONEY_RULE) estimatedValue?: string | null;
  @Field({ nullable: true }) @IsOptional() @Transform(upper) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsBoundedDate() neededBy?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(100) budgetReference?: string | null;
  @RequiredCertificatesField('The whole list, replacing the one before; [] or null: none required') requiredCertificates?: string[] | null;
}

@InputType()
export class CreateRebuyInput {
  @Field(() => ID) @IsUUID() sourceCaseId!: string;
  @Field(() => PurchaseType, { description: 'MODIFIED_REBUY or STRAIGHT_REBUY' }) @IsEnum(PurchaseType) purchaseType!: PurchaseType;
  @Field({ nullable: true, description: "Defaults to the earlier case's title" }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @Field(() => ImportanceClass, { nullable: true, description: "Defaults to the earlier case's" }) @IsOptional() @IsEnum(ImportanceClass) importance?: ImportanceClass;
}

@InputType()
export class PurchaseCaseFilter {
  @Field(() => [CaseStage], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(9) @IsEnum(CaseStage, { each: true }) stage?: CaseStage[];
  @Field({ nullable: true, description: 'Words of the title, reference or description' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) search?: string;
  @Field(() => PurchaseType, { nullable: true }) @IsOptional() @IsEnum(PurchaseType) purchaseType?: PurchaseType;
  @Field(() => ImportanceClass, { nullable: true }) @IsOptional() @IsEnum(ImportanceClass) importance?: ImportanceClass;
  @Field({ nullable: true, description: 'Only cases on whose team I am' }) @IsOptional() @IsBoolean() mine?: boolean;
}

@InputType()
export class LineAttributeInput {
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field() @Transform(trim) @IsString() @MaxLength(500) value!: string;
}

@InputType()
export class SpecLineInput {
  @Field(() => ID, { nullable: true, description: 'The key of the line in the base version; none for a new line' })
  @IsOptional() @IsUUID() key?: string | null;
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) description!: string;
  @Field() @Transform(trim) @IsDecimalText(QUANTITY_RULE) quantity!: string;
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(20) unit!: string;
  @Field(() => [LineAttributeInput], { nullable: true, defaultValue: [] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => LineAttributeInput) attributes?: LineAttributeInput[];
}

@InputType()
export class SpecRequirementInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() key?: string | null;
  @Field() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) text!: string;
  @Field(() => RequirementKind) @IsEnum(RequirementKind) kind!: RequirementKind;
  @Field(() => Int, { nullable: true, description: '1..100, for a nice-to-have only' })
  @ValidateIf((r: SpecRequirementInput) => r.kind === RequirementKind.NICE_TO_HAVE || (r.weight !== null && r.weight !== undefined))
  @IsInt() @Min(1) @Max(100) weight?: number | null;
}

@InputType()
export class SaveSpecificationInput {
  @Field(() => ID, { nullable: true, description: 'The latest version the edit starts from; none for the first' })
  @IsOptional() @IsUUID() baseVersionId?: string | null;
  @Field(() => [SpecLineInput]) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => SpecLineInput) lines!: SpecLineInput[];
  @Field(() => [SpecRequirementInput]) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => SpecRequirementInput) requirements!: SpecRequirementInput[];
  @Field(() => [ID], { nullable: true, defaultValue: [] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) attachmentIds?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(2000) note?: string | null;
}

@InputType()
export class MinimumSuppliersInput {
  @Field(() => PurchaseType) @IsEnum(PurchaseType) purchaseType!: PurchaseType;
  @Field(() => Int) @IsInt() @Min(1) @Max(50) minimum!: number;
}

@InputType()
export class MinimumBiddingDaysInput {
  @Field(() => PurchaseType) @IsEnum(PurchaseType) purchaseType!: PurchaseType;
  @Field(() => Int, { description: 'Days from publishing to the closing time, 0 to 90' }) @IsInt() @Min(0) @Max(90) days!: number;
}

@InputType()
export class UpdatePurchasingPolicyInput {
  @Field(() => [MinimumSuppliersInput], { nullable: true, defaultValue: [] })
  @IsOptional() @IsArray() @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => MinimumSuppliersInput) minimumSuppliers?: MinimumSuppliersInput[];
  @Field(() => [MinimumBiddingDaysInput], { nullable: true, defaultValue: [] })
  @IsOptional() @IsArray() @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => MinimumBiddingDaysInput) minimumBiddingDays?: MinimumBiddingDaysInput[];
}
