import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuctionBidOn, AuctionDecrementKind, AuctionRanking, AuctionStatus, AuctionVisibility } from '@bc/shared/domain';

registerEnumType(AuctionStatus, { name: 'AuctionStatus', description: 'SCHEDULED → APPROVED (gatekeeper) → RUNNING (from the start time) → ENDED (at the end time, by the server); or CANCELLED before the start' });
registerEnumType(AuctionBidOn, { name: 'AuctionBidOn', description: 'TOTAL: a bid names a new total; LINE: new unit prices per line' });
registerEnumType(AuctionDecrementKind, { name: 'AuctionDecrementKind', description: "PERCENT of the bidder's own last price, or an AMOUNT off it" });
registerEnumType(AuctionVisibility, { name: 'AuctionVisibility', description: 'What bidders see besides their own bids: their RANK, their and the LEADING_SCORE, the BEST_PRICE, or NONE' });
registerEnumType(AuctionRanking, { name: 'AuctionRanking', description: "PRICE: lowest total first; TOTAL_SCORE: the evaluation's total weighted score, non-price scores held fixed" });

const DECIMAL = { description: 'A decimal number as a string, e.g. "95.50"' };

@ObjectType('AuctionLinePrice')
export class AuctionLinePriceType {
  @Field(() => ID) lineKey!: string;
  @Field(() => String, DECIMAL) unitPrice!: string;
  @Field(() => String, DECIMAL) quantity!: string;
}

/** The settings, the same for the buyer and the bidders. */
@ObjectType('AuctionSettings')
export class AuctionSettingsType {
  @Field() startsAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => AuctionBidOn) bidOn!: AuctionBidOn;
  @Field(() => AuctionDecrementKind) decrementKind!: AuctionDecrementKind;
  @Field(() => String, DECIMAL) decrement!: string;
  @Field(() => Int) softCloseMinutes!: number;
  @Field(() => Int) extensionMinutes!: number;
  @Field(() => Date, { nullable: true, description: 'The end never moves past this' }) capAt!: Date | null;
  @Field(() => AuctionVisibility) visibility!: AuctionVisibility;
  @Field(() => AuctionRanking) ranking!: AuctionRanking;
}

@ObjectType('AuctionParticipant', { description: "A bidder as the buying side sees it" })
export class AuctionParticipantType {
  @Field(() => ID) invitationId!: string;
  @Field() supplierName!: string;
  @Field(() => String, { description: "The sealed quote's total: the starting price" }) startingAmount!: string;
  @Field(() => String, { description: 'The last bid (or the starting price)' }) currentAmount!: string;
  @Field(() => [AuctionLinePriceType]) currentLines!: AuctionLinePriceType[];
  @Field(() => Int) bids!: number;
  @Field(() => Int) rank!: number;
  @Field(() => Float, { nullable: true, description: 'Total weighted score (TOTAL_SCORE ranking)' }) totalScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Price score of the current price (TOTAL_SCORE ranking)' }) priceScore!: number | null;
  @Field(() => String, { nullable: true, description: 'The highest price at which it would lead alone; null when none would' }) leadingPrice!: string | null;
}

@ObjectType('AuctionBid', { description: 'A bid as the buying side sees it: every bid, in the order the database took them' })
export class AuctionBidType {
  @Field(() => Int) sequence!: number;
  @Field(() => ID) invitationId!: string;
  @Field() supplierName!: string;
  @Field(() => String, DECIMAL) amount!: string;
  @Field(() => [AuctionLinePriceType]) lines!: AuctionLinePriceType[];
  @Field({ description: 'When the server took it (its clock)' }) receivedAt!: Date;
  @Field(() => Int, { description: 'The quote revision the bid is' }) quoteRevision!: number;
  @Field({ description: "The revision's receipt (SHA-256)" }) receiptSha256!: string;
  @Field({ description: 'The end after this bid' }) endsAtAfter!: Date;
  @Field({ description: 'This bid moved the end (soft close)' }) extended!: boolean;
}

@ObjectType('Auction', { description: 'A live reverse auction as the buying side sees it: every bidder, every bid, every extension' })
export class AuctionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) rfqId!: string;
  @Field(() => ID) caseId!: string;
  @Field({ description: "The RFQ's reference" }) rfqReference!: string;
  @Field({ description: "The RFQ's title" }) rfqTitle!: string;
  @Field(() => AuctionStatus) status!: AuctionStatus;
  @Field() currency!: string;
  @Field(() => AuctionSettingsType) settings!: AuctionSettingsType;
  @Field({ description: 'The current end (soft close moves it)' }) endsAt!: Date;
  @Field({ description: "The server's time when this was read: clients correct their countdown by their offset to it" }) serverNow!: Date;
  @Field(() => String, { nullable: true }) scheduledByName!: string | null;
  @Field() scheduledAt!: Date;
  @Field(() => String, { nullable: true }) approvedByName!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => Int) bidCount!: number;
  @Field(() => Int) extensions!: number;
  @Field(() => [AuctionParticipantType], { description: 'By rank' }) participants!: AuctionParticipantType[];
  @Field(() => [AuctionBidType], { description: 'Oldest first: every bid, or with bidsAfter set only the bids after that sequence' }) bids!: AuctionBidType[];
  @Field(() => Int, {
    nullable: true,
    description:
      'Null: bids holds every bid. In auctionLive after its first message: bids holds only the bids after this sequence (the last the message before had), to add to those; the rest of the view is whole in every message',
  })
  bidsAfter!: number | null;
}

@ObjectType('PortalAuctionBid', { description: 'One of your own bids' })
export class PortalAuctionBidType {
  @Field(() => Int, { description: 'Your bids counted from 1' }) number!: number;
  @Field(() => String, DECIMAL) amount!: string;
  @Field(() => [AuctionLinePriceType]) lines!: AuctionLinePriceType[];
  @Field() receivedAt!: Date;
  @Field(() => Int) quoteRevision!: number;
  @Field({ description: 'Your receipt (SHA-256) of the revision this bid is' }) receiptSha256!: string;
}

@ObjectType('PortalAuction', {
  description: "A live auction as a bidder sees it: its own bids and what the visibility allows; never another bidder's identity, and no price or score the settings hide",
})
export class PortalAuctionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) invitationId!: string;
  @Field() rfqReference!: string;
  @Field() rfqTitle!: string;
  @Field() buyerName!: string;
  @Field(() => AuctionStatus) status!: AuctionStatus;
  @Field() currency!: string;
  @Field(() => AuctionSettingsType) settings!: AuctionSettingsType;
  @Field() endsAt!: Date;
  @Field({ description: "The server's time when this was read (for the countdown's clock offset)" }) serverNow!: Date;
  @Field(() => String, { description: "Your sealed quote's total" }) startingAmount!: string;
  @Field(() => String, { description: 'Your current price' }) currentAmount!: string;
  @Field(() => [AuctionLinePriceType]) currentLines!: AuctionLinePriceType[];
  @Field(() => [PortalAuctionBidType], { description: 'Oldest first: all your bids, or with myBidsAfter set only those numbered after it' }) myBids!: PortalAuctionBidType[];
  @Field(() => Int, {
    nullable: true,
    description:
      'Null: myBids holds all your bids. In portalAuctionLive after its first message: myBids holds only your bids numbered after this (the last the message before had), to add to those; the rest of the view is whole in every message',
  })
  myBidsAfter!: number | null;
  @Field(() => String, { nullable: true, description: 'The highest total your next bid may have (bidOn TOTAL); null when none is left' }) nextValidBid!: string | null;
  @Field(() => [AuctionLinePriceType], { description: 'The highest unit price per line your next bid may name (bidOn LINE)' }) nextValidLinePrices!: AuctionLinePriceType[];
  @Field(() => Int, { nullable: true, description: 'Your rank (visibility RANK)' }) rank!: number | null;
  @Field(() => Float, { nullable: true, description: 'Your total score (visibility LEADING_SCORE, ranking TOTAL_SCORE)' }) myScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'The leading total score (visibility LEADING_SCORE, ranking TOTAL_SCORE)' }) leadingScore!: number | null;
  @Field(() => String, { nullable: true, description: 'The lowest price bid, without who bid it (visibility BEST_PRICE)' }) bestPrice!: string | null;
  @Field(() => String, { nullable: true, description: 'The highest price at which you would lead (ranking TOTAL_SCORE, visibility other than NONE)' }) leadingPrice!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'You lead now alone (visibility RANK, or TOTAL_SCORE ranking with a visibility other than NONE); null when hidden' })
  leading!: boolean | null;
}
