import { Args, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { UpdateOpenDataSettingsInput } from '../dto/open-data.inputs';
import { OpenDataSettingsType } from '../dto/open-data.types';
import { OpenDataSettingsService, type OpenDataSettingsView } from '../services/open-data-settings.service';

const toType = (v: OpenDataSettingsView): OpenDataSettingsType => ({
  ...v,
  publicPath: v.publicPublishing && v.ocidPrefix ? `/api/public/ocds/${v.ocidPrefix}/releases.json` : null,
});

@Resolver(() => OpenDataSettingsType)
export class OpenDataSettingsResolver {
  constructor(private readonly settings: OpenDataSettingsService) {}

  // The workspace reads it too: the case page offers the OCDS downloads once a prefix is set.
  @AllowedQuery(() => OpenDataSettingsType, [Permission.WORKSPACE_USE, Permission.ORGANIZATION_MANAGE])
  async openDataSettings(@Ctx() ctx: RequestContext): Promise<OpenDataSettingsType> {
    return toType(await this.settings.get(ctx));
  }

  @AllowedMutation(() => OpenDataSettingsType, Permission.ORGANIZATION_MANAGE, { description: 'For admins; a bad prefix is refused with OCID_PREFIX_INVALID, public publishing without a prefix with OCID_PREFIX_MISSING' })
  async updateOpenDataSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOpenDataSettingsInput): Promise<OpenDataSettingsType> {
    return toType(await this.settings.update(ctx, input));
  }
}
