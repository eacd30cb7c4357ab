import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, Transaction } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { ChangePasswordInput, InviteUserInput, SetUserRolesInput, UpdateProfileInput } from '../dto/identity.inputs';
import { InvitationLinkType, InvitationType, UserType } from '../dto/identity.types';
import { toInvitationType, toUserType } from '../dto/mappers';
import { InvitationService } from '../services/invitation.service';
import { UserService } from '../services/user.service';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly invitationService: InvitationService,
  ) {}

  @Query(() => [UserType], { description: "The users of the caller's organization" })
  @Allow(Permission.USER_READ)
  async users(@Ctx() ctx: RequestContext): Promise<UserType[]> {
    return (await this.userService.list(ctx)).map(toUserType);
  }

  @Query(() => UserType)
  @Allow(Permission.USER_READ)
  async user(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return toUserType(await this.userService.get(ctx, id));
  }

  @Query(() => [InvitationType], { description: 'Invitations not yet accepted or revoked' })
  @Allow(Permission.USER_MANAGE)
  async invitations(@Ctx() ctx: RequestContext): Promise<InvitationType[]> {
    return (await this.invitationService.listPending(ctx)).map(toInvitationType);
  }

  @Mutation(() => InvitationLinkType)
  @Allow(Permission.USER_MANAGE)
  @Transaction()
  async inviteUser(@Ctx() ctx: RequestContext, @Args('input') input: InviteUserInput): Promise<InvitationLinkType> {
    const { invitation, url } = await this.invitationService.invite(ctx, ctx.organizationId, input.email, input.roles);
    return { invitation: toInvitationType(invitation), url };
  }

  @Mutation(() => InvitationType)
  @Allow(Permission.USER_MANAGE)
  @Transaction()
  async revokeInvitation(@Ctx() ctx: RequestContext, @Args('invitationId', { type: () => ID }) id: string): Promise<InvitationType> {
    return toInvitationType(await this.invitationService.revoke(ctx, id));
  }

  @Mutation(() => UserType)
  @Allow(Permission.USER_MANAGE)
  @Transaction()
  async setUserRoles(@Ctx() ctx: RequestContext, @Args('input') input: SetUserRolesInput): Promise<UserType> {
    return toUserType(await this.userService.setRoles(ctx, input.userId, input.roles));
  }

  @Mutation(() => UserType, { description: 'Disables the user and ends their sessions at once' })
  @Allow(Permission.USER_MANAGE)
  @Transaction()
  async disableUser(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return toUserType(await this.userService.setDisabled(ctx, userId, true));
  }

  @Mutation(() => UserType)
  @Allow(Permission.USER_MANAGE)
  @Transaction()
  async enableUser(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string): Promise<UserType> {
    return toUserType(await this.userService.setDisabled(ctx, userId, false));
  }

  @Mutation(() => UserType)
  @Allow()
  @Transaction()
  async updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<UserType> {
    return toUserType(await this.userService.updateProfile(ctx, input.name, input.locale));
  }

  @Mutation(() => Boolean, { description: "Changes the caller's password and ends their other sessions" })
  @Allow()
  @Transaction()
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.userService.changePassword(ctx, input.currentPassword, input.newPassword);
  }
}
