import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, DomainEventBus, RequestContext, TransactionalConnection } from '@bc/api/core';
import { MailService } from '@bc/api/mail';
import type { Locale } from '@bc/shared/domain';
import { Invitation } from '../entities/invitation.entity';
import { Organization } from '../entities/organization.entity';
import { ColleagueInvited } from '../events/identity-events';
import { InvitationService } from '../services/invitation.service';
import { UserService } from '../services/user.service';
import { composeColleagueInvitation } from './colleague-invitation-mail';

/**
 * The colleague invitation's mail, on its event. Only a token's hash is ever stored, so the link is
 * minted here, in the handler's transaction, together with the mail that carries it: the link
 * exists exactly once its mail does (the token minted with the invitation is never sent).
 */
@Injectable()
export class ColleagueMailHandlers {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly invitations: InvitationService,
    private readonly users: UserService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    events: DomainEventBus,
  ) {
    events.subscribe(ColleagueInvited, (ctx, e) => this.invited(ctx, e.invitationId, e.locale));
  }

  private async invited(ctx: RequestContext, invitationId: string, locale: Locale | null): Promise<void> {
    const invitation = await this.connection.getRepository(ctx, Invitation).findOneByOrFail({ id: invitationId });
    const url = await this.invitations.renewLink(ctx, invitation);
    // Revoked (or replaced) before the mail went out: nobody is told.
    if (!url) return;
    const company = await this.connection.getRepository(ctx, Organization).findOneByOrFail({ id: invitation.organizationId });
    const inviter = await this.users.get(ctx, ctx.userId);
    const readerLocale = locale ?? company.defaultLocale;
    const mail = composeColleagueInvitation({
      locale: readerLocale,
      timeZone: this.config.displayTimeZone,
      companyName: company.name,
      inviterName: inviter.name,
      inviterEmail: inviter.email,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      url,
    });
    await this.mail.enqueue(ctx, {
      kind: 'identity.colleague-invitation',
      organizationId: company.id,
      to: { address: invitation.email },
      fromName: company.name,
      replyTo: { address: inviter.email, name: inviter.name },
      locale: readerLocale,
      ...mail,
    });
  }
}
