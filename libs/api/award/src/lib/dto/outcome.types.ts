import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What the award means for one invited supplier. */
export enum AwardOutcomeResult {
  /** The supplier was awarded some or all of the lines. */
  AWARDED = 'AWARDED',
  /** The award went elsewhere (whether or not the supplier quoted). */
  NOT_AWARDED = 'NOT_AWARDED',
}
registerEnumType(AwardOutcomeResult, { name: 'AwardOutcomeResult', description: 'What the award means for the supplier reading it' });

const DECIMAL = 'A decimal number as a string, e.g. "12500.00"';

@ObjectType('AwardOutcomeLine', { description: 'One line awarded to you, in the award currency' })
export class AwardOutcomeLineType {
  @Field(() => ID) lineKey!: string;
  @Field() description!: string;
  @Field() unit!: string;
  @Field({ description: DECIMAL }) quantity!: string;
  @Field({ description: DECIMAL }) unitPrice!: string;
  @Field({ description: DECIMAL }) total!: string;
}

@ObjectType('AwardOutcome', {
  description: "The outcome of an RFQ for the supplier reading it, once the buyer's case is awarded: only your own lines and total, never another supplier's",
})
export class AwardOutcomeType {
  @Field(() => AwardOutcomeResult) result!: AwardOutcomeResult;
  @Field() decidedAt!: Date;
  @Field(() => String, { nullable: true, description: `Your awarded total (${DECIMAL}); null when NOT_AWARDED` }) totalValue!: string | null;
  @Field({ description: 'The award currency (the case currency)' }) currency!: string;
  @Field(() => [AwardOutcomeLineType], { description: 'Your awarded lines, in the order of the specification; empty when NOT_AWARDED' }) lines!: AwardOutcomeLineType[];
}
