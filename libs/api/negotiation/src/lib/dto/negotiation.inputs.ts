import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MAX_ROUND_MESSAGE_LENGTH, UNIT_PRICE_RULE } from '@bc/shared/domain';
import { IsBoundedDateTime, IsDecimalText, RequiredText } from '@bc/api/core';

@InputType()
export class LineTargetInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @MaxLength(100) lineKey!: string;
  @Field({ description: 'Unit price in the case currency, a decimal string greater than 0' })
  @IsString() @IsDecimalText(UNIT_PRICE_RULE) unitPrice!: string;
}

@InputType({ description: 'A negotiation round: the suppliers asked (by invitation, each with a submitted quote), a message, a deadline and targets per line if wanted' })
export class OpenNegotiationRoundInput {
  @Field(() => ID) @IsString() rfqId!: string;
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1, { message: 'Choose at least one supplier' }) @ArrayMaxSize(200) @IsString({ each: true }) invitationIds!: string[];
  @RequiredText(MAX_ROUND_MESSAGE_LENGTH, { message: 'Write the suppliers a message' }) message!: string;
  @Field({ description: 'The round deadline' }) @Type(() => Date) @IsDate() @IsBoundedDateTime() closesAt!: Date;
  @Field(() => [LineTargetInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => LineTargetInput) targets?: LineTargetInput[] | null;
}
