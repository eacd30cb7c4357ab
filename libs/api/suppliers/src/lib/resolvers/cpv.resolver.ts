import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@bc/api/core';
import { CpvCodesArgs } from '../dto/supplier.inputs';
import { CpvCodeType } from '../dto/supplier.types';
import { toCpvCodeType } from '../dto/mappers';
import { CpvService } from '../services/cpv.service';

@Resolver(() => CpvCodeType)
export class CpvResolver {
  constructor(private readonly cpv: CpvService) {}

  @Query(() => [CpvCodeType], { description: 'CPV codes by words of their label (typos tolerated) or by digits of the code' })
  @Allow()
  async cpvCodes(@Ctx() ctx: RequestContext, @Args() args: CpvCodesArgs): Promise<CpvCodeType[]> {
    return (await this.cpv.search(ctx, args.search, args.limit)).map(toCpvCodeType);
  }

  @Query(() => CpvCodeType, { nullable: true })
  @Allow()
  async cpvCode(@Ctx() ctx: RequestContext, @Args('code') code: string): Promise<CpvCodeType | null> {
    const found = await this.cpv.get(ctx, code.trim());
    return found ? toCpvCodeType(found) : null;
  }
}
