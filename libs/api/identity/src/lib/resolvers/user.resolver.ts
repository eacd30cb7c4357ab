import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, AllowedMutation, AllowedQuery, Ctx, IdArg, RequestContext, Transaction } from '@bc/api/core';
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

  @AllowedQuery(() => [UserType], Permission.USER_READ, { description: "The users of the caller's organization" })
  async users(@Ctx() ctx: RequestContext): Promise<UserType[]> {
    return (await this.userService.list(ctx)).map(toUserType);
  }

  @AllowedQuery(() => UserType, Permission.USER_READ)
  async user(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<UserType> {
    return toUserType(await this.userService.get(ctx, id));
  }

  @AllowedQuery(() => [InvitationType], Permission.USER_MANAGE, { description: 'Invitations not yet accepted or revoked' })
  async invitations(@Ctx() ctx: RequestContext): Promise<InvitationType[]> {
    return (await this.invitationService.listPending(ctx)).map(toInvitationType);
  }

  @AllowedMutation(() => InvitationLinkType, Permission.USER_MANAGE)
  async inviteUser(@Ctx() ctx: RequestContext, @Args('input') input: InviteUserInput): Promise<InvitationLinkType> {
    const { invitation, url } = await this.invitationService.invite(ctx, ctx.organizationId, input.email, input.roles);
    return { invitation: toInvitationType(invitation), url };
  }

  @AllowedMutation(() => InvitationType, Permission.USER_MANAGE)
  async revokeInvitation(@Ctx() ctx: RequestContext, @IdArg('invitationId') id: string): Promise<InvitationType> {
    return toInvitationType(await this.invitationService.revoke(ctx, id));
  }

  @AllowedMutation(() => UserType, Permission.USER_MANAGE)
  async setUserRoles(@Ctx() ctx: RequestContext, @Args('input') input: SetUserRolesInput): Promise<UserType> {
    return toUserType(await this.userService.setRoles(ctx, input.userId, input.roles));
  }

  @AllowedMutation(() => UserType, Permission.USER_MANAGE, { description: 'Disables the user and ends their sessions at once' })
  async disableUser(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string): Promise<UserType> {
    return toUserType(await this.userService.setDisabled(ctx, userId, true));
  }

  @AllowedMutation(() => UserType, Permission.USER_MANAGE)
  async enableUser(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string): Promise<UserType> {
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
