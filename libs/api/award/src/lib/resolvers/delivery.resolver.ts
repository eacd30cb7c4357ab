import { Args, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, IdArg, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { DeliveryRecordType, RecordDeliveryInput } from '../dto/delivery.types';
import { DeliveryService } from '../services/delivery.service';

/** Delivery performance against an approved award (feeds the supplier's reliability). */
@Resolver()
export class DeliveryResolver {
  constructor(private readonly deliveries: DeliveryService) {}

  @AllowedMutation(() => DeliveryRecordType, Permission.PERFORMANCE_RECORD, {
    description:
      "Records a delivery of an awarded supplier against an approved award (a buyer of the case): one DELIVERY and one QUALITY_INCIDENT per incident in the supplier's performance history; its reliability score follows at once",
  })
  recordDelivery(@Ctx() ctx: RequestContext, @Args('input') input: RecordDeliveryInput): Promise<DeliveryRecordType> {
    return this.deliveries.record(ctx, input);
  }

  @AllowedQuery(() => [DeliveryRecordType], Permission.AWARD_READ, { description: 'The deliveries recorded against an award proposal, newest first' })
  awardDeliveries(@Ctx() ctx: RequestContext, @IdArg('proposalId') proposalId: string): Promise<DeliveryRecordType[]> {
    return this.deliveries.list(ctx, proposalId);
  }
}
