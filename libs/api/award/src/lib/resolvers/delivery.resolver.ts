import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, Transaction } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { DeliveryRecordType, RecordDeliveryInput } from '../dto/delivery.types';
import { DeliveryService } from '../services/delivery.service';

/** Delivery performance against an approved award (feeds the supplier's reliability). */
@Resolver()
export class DeliveryResolver {
  constructor(private readonly deliveries: DeliveryService) {}

  @Mutation(() => DeliveryRecordType, {
    description:
      "Records a delivery of an awarded supplier against an approved award (a buyer of the case): one DELIVERY and one QUALITY_INCIDENT per incident in the supplier's performance history; its reliability score follows at once",
  })
  @Allow(Permission.PERFORMANCE_RECORD)
  @Transaction()
  recordDelivery(@Ctx() ctx: RequestContext, @Args('input') input: RecordDeliveryInput): Promise<DeliveryRecordType> {
    return this.deliveries.record(ctx, input);
  }

  @Query(() => [DeliveryRecordType], { description: 'The deliveries recorded against an award proposal, newest first' })
  @Allow(Permission.AWARD_READ)
  awardDeliveries(@Ctx() ctx: RequestContext, @Args('proposalId', { type: () => ID }) proposalId: string): Promise<DeliveryRecordType[]> {
    return this.deliveries.list(ctx, proposalId);
  }
}
