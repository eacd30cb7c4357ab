import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, AllowedMutation, Ctx, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { UpdateOrganizationInput } from '../dto/identity.inputs';
import { OrganizationType } from '../dto/identity.types';
import { toOrganizationType } from '../dto/mappers';
import { OrganizationService } from '../services/organization.service';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @Query(() => OrganizationType, { description: "The caller's own organization" })
  @Allow()
  async organization(@Ctx() ctx: RequestContext): Promise<OrganizationType> {
    return toOrganizationType(await this.organizations.current(ctx));
  }

  @AllowedMutation(() => OrganizationType, Permission.ORGANIZATION_MANAGE, { description: "A buying organization's settings, by its admin" })
  async updateOrganization(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOrganizationInput): Promise<OrganizationType> {
    return toOrganizationType(await this.organizations.update(ctx, input));
  }

  @AllowedMutation(() => OrganizationType, Permission.SUPPLIER_PORTAL_USE, { description: "A supplier company's own profile, kept by its users in the portal" })
  async updateSupplierProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOrganizationInput): Promise<OrganizationType> {
    return toOrganizationType(await this.organizations.update(ctx, input));
  }
}
