import { Args, ArgsType, Field, Int, Resolver } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { AllowedQuery, Ctx, KeysetArgs, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { AuditService } from './audit.service';
import { AuditChainVerificationType, AuditEventPage } from './dto/audit.types';

@ArgsType()
class AuditEventsArgs extends KeysetArgs {
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) limit = 50;
}

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @AllowedQuery(() => AuditEventPage, Permission.AUDIT_READ)
  async auditEvents(@Ctx() ctx: RequestContext, @Args() args: AuditEventsArgs): Promise<AuditEventPage> {
    const page = await this.audit.list(ctx, args);
    return { ...page, items: page.items.map((e) => ({ ...e, summary: JSON.stringify(e.summary) })) };
  }

  @AllowedQuery(() => AuditChainVerificationType, Permission.AUDIT_VERIFY)
  verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainVerificationType> {
    return this.audit.verify(ctx);
  }
}
