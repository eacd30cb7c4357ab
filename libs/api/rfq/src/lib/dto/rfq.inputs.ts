import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CriterionKind, MAX_CRITERIA } from '@bc/shared/domain';
import { IsBoundedDate, IsBoundedDateTime, RequiredText, trim, trimOrNull, upper } from '@bc/api/core';

@InputType()
export class RfqCriterionInput {
  @Field({ description: 'PRICE, RELIABILITY, QUALITY, DELIVERY or your own (capital letters, digits, _)' })
  @Transform(upper) @IsString() @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'key is 2 to 40 capital letters, digits or _' }) key!: string;
  @RequiredText(120) name!: string;
  @Field(() => CriterionKind) @IsEnum(CriterionKind) kind!: CriterionKind;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) weight!: number;
}

@InputType({ description: 'Terms of an RFQ; anything left out keeps its value (or its default on creation)' })
export class RfqInput {
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) description?: string;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() @IsBoundedDateTime() closesAt?: Date;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() @IsBoundedDateTime() questionsCloseAt?: Date;
  @Field({ nullable: true, description: 'e.g. DAP Stuttgart (Incoterms 2020)' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(500) deliveryTerms?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional() @IsBoundedDate() deliveryDate?: string | null;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(500) deliveryAddress?: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(500) paymentTerms?: string;
  @Field(() => Int, { nullable: true, description: 'How long quotes must hold, in days' }) @IsOptional() @IsInt() @Min(1) @Max(730) validityDays?: number;
  @Field({ nullable: true, description: 'How to quote: what to include, whom to ask' }) @IsOptional() @IsString() @MaxLength(10000) instructions?: string;
  @Field(() => [RfqCriterionInput], { nullable: true, description: 'Weights add up to 100' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_CRITERIA) @ValidateNested({ each: true }) @Type(() => RfqCriterionInput) criteria?: RfqCriterionInput[];
  @Field({
    nullable: true,
    description: 'Two envelopes: the technical scoring is completed and locked before the evaluators see any price (false by default; frozen at publishing)',
  })
  @IsOptional() @IsBoolean() twoEnvelope?: boolean;
  @Field(() => String, {
    nullable: true,
    description: "Why the bidding period is shorter than the purchasing policy's minimum for the purchase type (needed then; shown to the gatekeeper); empty clears it",
  })
  @IsOptional() @IsString() @MaxLength(2000) shortPeriodJustification?: string | null;
}

@InputType()
export class AnswerQuestionInput {
  @Field() @IsString() @MaxLength(8000) answer!: string;
  @Field({ description: 'Publish question and answer to every invitee, without naming who asked' }) @IsBoolean() publish!: boolean;
  @Field(() => String, { nullable: true, description: 'The question as published (reworded so it names nobody); defaults to the question' })
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(4000) publishedQuestion?: string | null;
}

@InputType()
export class RegisterSupplierInput {
  @Field() @IsString() @MaxLength(100) token!: string;
  @Field(() => String, { nullable: true, description: "Defaults to the name in the buyer's directory" }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(200) companyName?: string | null;
  @RequiredText(200) name!: string;
  @Field() @IsString() @MaxLength(200) password!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^(en|de)$/, { message: 'locale is en or de' }) locale?: 'en' | 'de' | null;
}
