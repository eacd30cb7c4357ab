import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, Transaction } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { InviteSupplierColleagueInput, SetSupplierColleagueAdminInput } from '../dto/identity.inputs';
import { InvitationType, SupplierColleaguesType, UserType } from '../dto/identity.types';
import { toInvitationType, toUserType } from '../dto/mappers';
import { SupplierColleagueService } from '../services/supplier-colleague.service';

/** A supplier company's admin keeps its colleagues in the portal (the Colleagues page). */
@Resolver()
export class SupplierColleagueResolver {
  constructor(private readonly colleagues: SupplierColleagueService) {}

  @Query(() => SupplierColleaguesType, { description: "Your supplier company's users and pending invitations" })
  @Allow(Permission.SUPPLIER_COLLEAGUES_MANAGE)
  async supplierColleagues(@Ctx() ctx: RequestContext): Promise<SupplierColleaguesType> {
    const { users, invitations } = await this.colleagues.list(ctx);
    return { users: users.map(toUserType), invitations: invitations.map(toInvitationType) };
  }

  @Mutation(() => InvitationType, { description: 'Invites a colleague into your company: they get an email with a single-use registration link' })
  @Allow(Permission.SUPPLIER_COLLEAGUES_MANAGE)
  @Transaction()
  async inviteSupplierColleague(@Ctx() ctx: RequestContext, @Args('input') input: InviteSupplierColleagueInput): Promise<InvitationType> {
    return toInvitationType(await this.colleagues.invite(ctx, input.email, input.locale));
  }

  @Mutation(() => InvitationType, { description: 'Revokes a pending invitation: its link stops working' })
  @Allow(Permission.SUPPLIER_COLLEAGUES_MANAGE)
  @Transaction()
  async revokeSupplierColleagueInvitation(@Ctx() ctx: RequestContext, @Args('invitationId', { type: () => ID }) id: string): Promise<InvitationType> {
    return toInvitationType(await this.colleagues.revoke(ctx, id));
  }

  @Mutation(() => UserType, { description: 'Grants or takes the company admin role; the last active admin keeps it (LAST_ADMIN)' })
  @Allow(Permission.SUPPLIER_COLLEAGUES_MANAGE)
  @Transaction()
  async setSupplierColleagueAdmin(@Ctx() ctx: RequestContext, @Args('input') input: SetSupplierColleagueAdminInput): Promise<UserType> {
    return toUserType(await this.colleagues.setAdmin(ctx, input.userId, input.admin));
  }

  @Mutation(() => UserType, { description: 'Disables a colleague and ends their sessions at once' })
  @Allow(Permission.SUPPLIER_COLLEAGUES_MANAGE)
  @Transaction()
  async disableSupplierColleague(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return toUserType(await this.colleagues.setDisabled(ctx, userId, true));
  }

  @Mutation(() => UserType)
  @Allow(Permission.SUPPLIER_COLLEAGUES_MANAGE)
  @Transaction()
  async enableSupplierColleague(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return toUserType(await this.colleagues.setDisabled(ctx, userId, false));
  }
}
