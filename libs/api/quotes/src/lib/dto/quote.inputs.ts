import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_ALTERNATIVES_PER_LINE, MAX_QUOTE_ATTACHMENTS, QUANTITY_RULE, RequirementCompliance, UNIT_PRICE_RULE } from '@bc/shared/domain';
import { IsBoundedDate, IsDecimalText, RequiredText, trim, trimOrNull, upper } from '@bc/api/core';
import { MAX_CONDITIONAL_DISCOUNTS } from '../services/quote-content';
import { ConditionalDiscountType } from './quote.types';

@InputType()
export class QuoteAlternativeInput {
  @RequiredText(2000) description!: string;
  @Field() @Transform(trim) @IsDecimalText(UNIT_PRICE_RULE) unitPrice!: string;
  @Field() @Transform(trim) @IsDecimalText(QUANTITY_RULE) quantity!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(3650) leadTimeDays?: number | null;
}

@InputType()
export class QuoteLineInput {
  @Field(() => ID, { description: "The specification line's key" }) @IsUUID() lineKey!: string;
  @Field(() => String, { nullable: true, description: 'Leave empty for a line you do not quote' })
  @IsOptional() @Transform(trimOrNull) @IsDecimalText(UNIT_PRICE_RULE) unitPrice?: string | null;
  @Field(() => String, { nullable: true, description: 'The quantity you can deliver' })
  @IsOptional() @Transform(trimOrNull) @IsDecimalText(QUANTITY_RULE) quantity?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(3650) leadTimeDays?: number | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @Field(() => [QuoteAlternativeInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_ALTERNATIVES_PER_LINE) @ValidateNested({ each: true }) @Type(() => QuoteAlternativeInput) alternatives?: QuoteAlternativeInput[];
}

@InputType()
export class QuoteAnswerInput {
  @Field(() => ID) @IsUUID() requirementKey!: string;
  @Field(() => RequirementCompliance, { nullable: true }) @IsOptional() @IsEnum(RequirementCompliance) compliance?: RequirementCompliance | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

@InputType({ description: 'A discount offered on a condition: exactly one of minValue and lineKeys' })
export class QuoteConditionalDiscountInput {
  @Field(() => ConditionalDiscountType) @IsEnum(ConditionalDiscountType) type!: ConditionalDiscountType;
  @Field({ description: 'The percentage (above 0, at most 100, 2 places) or the amount off in the quote currency (2 places)' })
  @Transform(trim) @IsString() @MaxLength(40) value!: string;
  @Field(() => String, { nullable: true, description: 'The condition "awarded at least this value" (quote currency, before discounts)' })
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(40) minValue?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The condition "awarded the whole quantity of each of these lines" (specification line keys)' })
  @IsOptional() @IsArray() @ArrayMaxSize(2000) @IsUUID('all', { each: true }) lineKeys?: string[];
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class QuoteInput {
  @Field({ description: 'ISO 4217' }) @Transform(upper) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency!: string;
  @Field(() => String, { nullable: true, description: 'Your own reference for this quote' }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(100) supplierReference?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional() @IsBoundedDate() validUntil?: string | null;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) paymentTerms?: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) deliveryTerms?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @Field(() => [QuoteLineInput]) @IsArray() @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => QuoteLineInput) lines!: QuoteLineInput[];
  @Field(() => [QuoteAnswerInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => QuoteAnswerInput) answers?: QuoteAnswerInput[];
  @Field(() => [QuoteConditionalDiscountInput], { nullable: true, description: `Conditional offers (at most ${MAX_CONDITIONAL_DISCOUNTS})` })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_CONDITIONAL_DISCOUNTS) @ValidateNested({ each: true }) @Type(() => QuoteConditionalDiscountInput) conditionalDiscounts?: QuoteConditionalDiscountInput[];
  @Field(() => [ID], { nullable: true, description: 'Files uploaded to /api/files' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_QUOTE_ATTACHMENTS) @IsUUID('all', { each: true }) attachmentIds?: string[];
}
