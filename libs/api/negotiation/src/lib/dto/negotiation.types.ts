import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NegotiationRoundStatus } from '@bc/shared/domain';

registerEnumType(NegotiationRoundStatus, {
  name: 'NegotiationRoundStatus',
  description: 'OPEN until the round deadline by the server clock or until the buyer ends it; CLOSED after',
});

const DECIMAL = { description: 'A decimal number as a string, e.g. "95.50"' };

@ObjectType('LineTarget', { description: 'The unit price the buyer aims at for one line, in the case currency' })
export class LineTargetType {
  @Field(() => ID) lineKey!: string;
  @Field(() => String, DECIMAL) unitPrice!: string;
}

@ObjectType('NegotiationRoundInvitation', { description: 'A supplier asked for a best and final offer, and whether it answered (never what)' })
export class NegotiationRoundInvitationType {
  @Field(() => ID) invitationId!: string;
  @Field() supplierName!: string;
  @Field({ description: 'A revised quote was submitted in this round' }) responded!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the last revision of this round was submitted' }) respondedAt!: Date | null;
}

@ObjectType('NegotiationRound', { description: "A round of best and final offers after the RFQ closed; revisions submitted in it stay sealed until it is over" })
export class NegotiationRoundType {
  @Field(() => ID) id!: string;
  @Field(() => ID) rfqId!: string;
  @Field(() => Int, { description: 'From 1 per RFQ' }) number!: number;
  @Field() message!: string;
  @Field(() => [LineTargetType]) targets!: LineTargetType[];
  @Field() closesAt!: Date;
  @Field() openedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Set when the buyer ended the round before its deadline' }) endedAt!: Date | null;
  @Field(() => NegotiationRoundStatus) status!: NegotiationRoundStatus;
  @Field(() => String, { nullable: true }) openedByName!: string | null;
  @Field(() => [NegotiationRoundInvitationType]) invitations!: NegotiationRoundInvitationType[];
}

@ObjectType('PortalRound', { description: 'A negotiation round your company is asked to answer (other suppliers are never shown)' })
export class PortalRoundType {
  @Field(() => Int) number!: number;
  @Field() message!: string;
  @Field(() => [LineTargetType]) targets!: LineTargetType[];
  @Field() closesAt!: Date;
  @Field(() => NegotiationRoundStatus) status!: NegotiationRoundStatus;
  @Field({ description: 'Your company submitted a revised quote in this round' }) submitted!: boolean;
  @Field(() => Int, { nullable: true, description: 'The revision submitted last in this round' }) submittedRevision!: number | null;
}
