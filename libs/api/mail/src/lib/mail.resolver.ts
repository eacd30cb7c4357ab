import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, Transaction } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { MailOutboxArgs, OutboxMessageType, OutboxPage, toOutboxMessageType } from './dto/mail.types';
import { MailService } from './mail.service';

@Resolver(() => OutboxMessageType)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => OutboxPage, { description: "The organization's outgoing emails, newest first" })
  @Allow(Permission.MAIL_OUTBOX_READ)
  async mailOutbox(@Ctx() ctx: RequestContext, @Args() args: MailOutboxArgs): Promise<OutboxPage> {
    const [items, total] = await this.mail.list(ctx, args.status, args.offset, args.limit);
    return { items: items.map(toOutboxMessageType), total };
  }

  @Mutation(() => OutboxMessageType, { description: 'Sends a FAILED email again' })
  @Allow(Permission.MAIL_OUTBOX_READ)
  @Transaction()
  async retryMail(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<OutboxMessageType> {
    return toOutboxMessageType(await this.mail.retry(ctx, id));
  }
}
