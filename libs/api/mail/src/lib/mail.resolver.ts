import { Args, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, IdArg, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { MailOutboxArgs, OutboxMessageType, OutboxPage, toOutboxMessageType } from './dto/mail.types';
import { MailService } from './mail.service';

@Resolver(() => OutboxMessageType)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @AllowedQuery(() => OutboxPage, Permission.MAIL_OUTBOX_READ, { description: "The organization's outgoing emails, newest first" })
  async mailOutbox(@Ctx() ctx: RequestContext, @Args() args: MailOutboxArgs): Promise<OutboxPage> {
    const page = await this.mail.list(ctx, args.status, args);
    return { ...page, items: page.items.map(toOutboxMessageType) };
  }

  @AllowedMutation(() => OutboxMessageType, Permission.MAIL_OUTBOX_READ, { description: 'Sends a FAILED email again' })
  async retryMail(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<OutboxMessageType> {
    return toOutboxMessageType(await this.mail.retry(ctx, id));
  }
}
