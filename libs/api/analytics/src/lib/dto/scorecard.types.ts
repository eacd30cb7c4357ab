import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PerformanceEventKind } from '@bc/shared/domain';
import { ReliabilityType } from '@bc/api/suppliers';
import { AnalyticsMeta } from './analytics.types';

@ObjectType({ description: 'A performance event with the reliability score before and after it (the score over time)' })
export class ScorecardEvent {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn!: string;
  @Field(() => PerformanceEventKind) kind!: PerformanceEventKind;
  @Field(() => Boolean, { nullable: true, description: 'Deliveries only' }) onTime!: boolean | null;
  @Field(() => Float, { nullable: true, description: 'The score before this event (null: no history yet)' }) scoreBefore!: number | null;
  @Field(() => Float, { nullable: true, description: 'The score after it, on its day (reliability rule over the window then)' }) score!: number | null;
  @Field(() => ID, { nullable: true, description: 'The buying organization’s case (buyers only)' }) caseId!: string | null;
  @Field(() => String, { nullable: true, description: 'Buyers: the case reference; the supplier: the reference of the RFQ it was invited to on that case' }) reference!: string | null;
  @Field(() => String, { nullable: true, description: 'Buyers: the case title; the supplier: the RFQ title' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'The note recorded with the event (buyers only: internal)' }) note!: string | null;
}

@ObjectType()
export class ScorecardCertificate {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) validFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none = does not expire' }) validUntil!: string | null;
  @Field({ description: 'validUntil is before today (server date)' }) expired!: boolean;
  @Field(() => Int, { nullable: true, description: 'Days from today to validUntil (negative: expired)' }) daysLeft!: number | null;
}

@ObjectType({
  description:
    'One supplier as one buying organization sees it. Competition and delivery figures are the analytics measures (README, Analytics) ' +
    'narrowed to the supplier, over the period (RFQs closed in it; events that occurred in it), from the facts refreshed at meta.refreshedAt; ' +
    'reliability is the supplier directory’s rule over its window, current, and its history over all recorded events.',
})
export class SupplierScorecard {
  @Field(() => ID, { description: 'The supplier in the buying organization’s directory' }) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => ID) buyingOrganizationId!: string;
  @Field() buyingOrganizationName!: string;
  @Field(() => AnalyticsMeta, { description: 'Refresh time of the facts, the buying organization’s reporting currency and the period' }) meta!: AnalyticsMeta;
  @Field(() => Int) invitations!: number;
  @Field(() => Int, { description: 'Invitations answered with a submitted (not withdrawn) quote' }) responses!: number;
  @Field(() => Float, { nullable: true, description: 'responses / invitations, percent' }) responseRate!: number | null;
  @Field(() => Int, { description: 'Invitations with a line in the approved award' }) wins!: number;
  @Field(() => Float, { nullable: true, description: 'wins / responses, percent' }) winRate!: number | null;
  @Field({ description: 'Σ awarded lines, in meta.currency' }) awarded!: string;
  @Field(() => Int, { description: 'Deliveries that occurred in the period' }) deliveries!: number;
  @Field(() => Int) onTimeDeliveries!: number;
  @Field(() => Float, { nullable: true, description: 'onTimeDeliveries / deliveries, percent' }) onTimeRate!: number | null;
  @Field(() => Int, { description: 'Quality incidents that occurred in the period' }) qualityIncidents!: number;
  @Field(() => ReliabilityType, { description: 'The current reliability score and its counts (the directory’s window)' }) reliability!: ReliabilityType;
  @Field(() => [ScorecardEvent], { description: 'Every recorded event, newest first, with the score before and after it' }) history!: ScorecardEvent[];
  @Field(() => [ScorecardCertificate], { description: 'By expiry, soonest first; those without expiry last' }) certificates!: ScorecardCertificate[];
}
