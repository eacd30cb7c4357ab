import { Args, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, IdArg, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { InviteSupplierColleagueInput, SetSupplierColleagueAdminInput } from '../dto/identity.inputs';
import { InvitationType, SupplierColleaguesType, UserType } from '../dto/identity.types';
import { toInvitationType, toUserType } from '../dto/mappers';
import { SupplierColleagueService } from '../services/supplier-colleague.service';

/** A supplier company's admin keeps its colleagues in the portal (the Colleagues page). */
@Resolver()
export class SupplierColleagueResolver {
  constructor(private readonly colleagues: SupplierColleagueService) {}

  @AllowedQuery(() => SupplierColleaguesType, Permission.SUPPLIER_COLLEAGUES_MANAGE, { description: "Your supplier company's users and pending invitations" })
  async supplierColleagues(@Ctx() ctx: RequestContext): Promise<SupplierColleaguesType> {
    const { users, invitations } = await this.colleagues.list(ctx);
    return { users: users.map(toUserType), invitations: invitations.map(toInvitationType) };
  }

  @AllowedMutation(() => InvitationType, Permission.SUPPLIER_COLLEAGUES_MANAGE, { description: 'Invites a colleague into your company: they get an email with a single-use registration link' })
  async inviteSupplierColleague(@Ctx() ctx: RequestContext, @Args('input') input: InviteSupplierColleagueInput): Promise<InvitationType> {
    return toInvitationType(await this.colleagues.invite(ctx, input.email, input.locale));
  }

  @AllowedMutation(() => InvitationType, Permission.SUPPLIER_COLLEAGUES_MANAGE, { description: 'Revokes a pending invitation: its link stops working' })
  async revokeSupplierColleagueInvitation(@Ctx() ctx: RequestContext, @IdArg('invitationId') id: string): Promise<InvitationType> {
    return toInvitationType(await this.colleagues.revoke(ctx, id));
  }

  @AllowedMutation(() => UserType, Permission.SUPPLIER_COLLEAGUES_MANAGE, { description: 'Grants or takes the company admin role; the last active admin keeps it (LAST_ADMIN)' })
  async setSupplierColleagueAdmin(@Ctx() ctx: RequestContext, @Args('input') input: SetSupplierColleagueAdminInput): Promise<UserType> {
    return toUserType(await this.colleagues.setAdmin(ctx, input.userId, input.admin));
  }

  @AllowedMutation(() => UserType, Permission.SUPPLIER_COLLEAGUES_MANAGE, { description: 'Disables a colleague and ends their sessions at once' })
  async disableSupplierColleague(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string): Promise<UserType> {
    return toUserType(await this.colleagues.setDisabled(ctx, userId, true));
  }

  @AllowedMutation(() => UserType, Permission.SUPPLIER_COLLEAGUES_MANAGE)
  async enableSupplierColleague(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string): Promise<UserType> {
    return toUserType(await this.colleagues.setDisabled(ctx, userId, false));
  }
}
