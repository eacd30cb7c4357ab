import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Public, RequestContext, Transaction } from '@bc/api/core';
import { AcceptInvitationInput, SignInInput } from '../dto/identity.inputs';
import { InvitationPreviewType, MeType } from '../dto/identity.types';
import { AuthService } from '../services/auth.service';
import { InvitationService } from '../services/invitation.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
  ) {}

  @Query(() => MeType, { nullable: true, description: 'The signed-in user, or null' })
  @Public()
  me(@Ctx() ctx: RequestContext): Promise<MeType> | null {
    return ctx.session ? this.auth.me(ctx) : null;
  }

  @Mutation(() => MeType)
  @Public()
  @Transaction()
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<MeType> {
    return this.auth.signIn(ctx, input.email, input.password);
  }

  @Mutation(() => Boolean)
  @Allow()
  @Transaction()
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }

  @Query(() => InvitationPreviewType)
  @Public()
  invitationPreview(@Ctx() ctx: RequestContext, @Args('token') token: string): Promise<InvitationPreviewType> {
    return this.invitations.preview(ctx, token);
  }

  @Mutation(() => MeType, { description: 'Creates the invited user and signs them in' })
  @Public()
  @Transaction()
  async acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput): Promise<MeType> {
    const user = await this.invitations.accept(ctx, input);
    return this.auth.completeSignIn(ctx, user, 'user.signed-in', { via: 'invitation' });
  }
}
