import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AUCTION_BOUNDS, AuctionBidOn, AuctionDecrementKind, AuctionRanking, AuctionVisibility, MONEY_RULE, UNIT_PRICE_RULE } from '@bc/shared/domain';
import { IsBoundedDateTime, IsDecimalText } from '@bc/api/core';

@InputType({ description: "An auction's settings, frozen once the gatekeeper approves them" })
export class ScheduleAuctionInput {
  @Field(() => ID, { description: 'A closed RFQ of a case in EVALUATION or NEGOTIATION' }) @IsString() rfqId!: string;
  @Field({ description: 'When bidding opens (by the server clock)' }) @Type(() => Date) @IsDate() @IsBoundedDateTime() startsAt!: Date;
  @Field(() => Int, { description: `Minutes from the start to the planned end (${AUCTION_BOUNDS.minDurationMinutes}–${AUCTION_BOUNDS.maxDurationMinutes})` })
  @IsInt() @Min(AUCTION_BOUNDS.minDurationMinutes) @Max(AUCTION_BOUNDS.maxDurationMinutes) durationMinutes!: number;
  @Field(() => AuctionBidOn) @IsEnum(AuctionBidOn) bidOn!: AuctionBidOn;
  @Field(() => AuctionDecrementKind) @IsEnum(AuctionDecrementKind) decrementKind!: AuctionDecrementKind;
  @Field({ description: `The minimum decrement: percent (above 0, at most ${AUCTION_BOUNDS.maxDecrementPercent}) or an amount (of the total, or per unit of a line)` })
  @IsString() @IsDecimalText(UNIT_PRICE_RULE) decrement!: string;
  @Field(() => Int, { description: 'Soft close: a bid in the last N minutes extends the end (0: no soft close)' })
  @IsInt() @Min(0) @Max(AUCTION_BOUNDS.maxSoftCloseMinutes) softCloseMinutes!: number;
  @Field(() => Int, { description: 'Soft close: after a late bid at least M minutes remain' })
  @IsInt() @Min(0) @Max(AUCTION_BOUNDS.maxExtensionMinutes) extensionMinutes!: number;
  @Field(() => Int, { nullable: true, description: 'Soft close: the end never moves more than this many minutes past the planned end (none: no cap)' })
  @IsOptional() @IsInt() @Min(0) @Max(AUCTION_BOUNDS.maxDurationMinutes) maxExtensionMinutes?: number | null;
  @Field(() => AuctionVisibility) @IsEnum(AuctionVisibility) visibility!: AuctionVisibility;
  @Field(() => AuctionRanking) @IsEnum(AuctionRanking) ranking!: AuctionRanking;
}

@InputType()
export class BidLineInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @MaxLength(100) lineKey!: string;
  @Field({ description: 'The new unit price, a decimal string greater than 0' }) @IsString() @IsDecimalText(UNIT_PRICE_RULE) unitPrice!: string;
}

@InputType({ description: 'A bid: the new total (bidOn TOTAL) or new unit prices for some lines (bidOn LINE)' })
export class PlaceBidInput {
  @Field(() => ID) @IsString() auctionId!: string;
  @Field(() => String, { nullable: true, description: "The new total in the auction's currency (bidOn TOTAL)" }) @IsOptional() @IsString() @IsDecimalText(MONEY_RULE) amount?: string | null;
  @Field(() => [BidLineInput], { nullable: true, description: 'New unit prices (bidOn LINE); lines not named keep their price' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => BidLineInput) lines?: BidLineInput[] | null;
}
