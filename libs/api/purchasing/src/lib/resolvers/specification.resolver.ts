import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, GraphQLContext, RequestContext, Transaction } from '@bc/api/core';
import { StoredFileType, toStoredFileType } from '@bc/api/files';
import { Permission } from '@bc/shared/domain';
import { SpecificationDiffArgs } from '../dto/purchasing.args';
import { SaveSpecificationInput } from '../dto/purchasing.inputs';
import {
  AttachmentChangeType,
  PurchaseCaseType,
  SpecDiffType,
  SpecificationVersionType,
  SpecLineType,
  SpecRequirementType,
} from '../dto/purchasing.types';
import { toSpecLineType, toSpecRequirementType, toSpecVersionType } from '../dto/mappers';
import { PurchasingLoaders, VersionWithNames } from '../services/purchasing-loaders';

const withNames = (v: VersionWithNames): SpecificationVersionType => ({
  ...toSpecVersionType(v),
  knownNames: { author: v.authorName, approver: v.approvedByName },
});
import { SpecificationService } from '../services/specification.service';

@Resolver(() => SpecificationVersionType)
export class SpecificationResolver {
  constructor(
    private readonly specifications: SpecificationService,
    private readonly loaders: PurchasingLoaders,
  ) {}

  @Query(() => SpecificationVersionType, { description: 'Any version, old ones included (they never change)' })
  @Allow(Permission.WORKSPACE_USE)
  async specificationVersion(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<SpecificationVersionType> {
    return toSpecVersionType(await this.specifications.getVersion(ctx, id));
  }

  @Query(() => SpecDiffType, { description: 'What changed between two versions of the same case' })
  @Allow(Permission.WORKSPACE_USE)
  async specificationDiff(@Ctx() ctx: RequestContext, @Args() args: SpecificationDiffArgs): Promise<SpecDiffType> {
    const diff = await this.specifications.diff(ctx, args.fromVersionId, args.toVersionId);
    return {
      fromVersionId: diff.fromVersionId,
      toVersionId: diff.toVersionId,
      lines: diff.lines.map((c) => ({ ...c, before: c.before && toSpecLineType(c.before), after: c.after && toSpecLineType(c.after) })),
      requirements: diff.requirements.map((c) => ({
        ...c,
        before: c.before && toSpecRequirementType(c.before),
        after: c.after && toSpecRequirementType(c.after),
      })),
      attachments: diff.attachments,
    };
  }

  @Mutation(() => SpecificationVersionType, {
    description: 'Writes a new DRAFT version; baseVersionId must be the latest version (else STALE), none for the first',
  })
  @Allow(Permission.SPECIFICATION_EDIT)
  @Transaction()
  async saveSpecification(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: SaveSpecificationInput,
  ): Promise<SpecificationVersionType> {
    const version = await this.specifications.save(ctx, caseId, {
      baseVersionId: input.baseVersionId ?? null,
      lines: input.lines,
      requirements: input.requirements,
      attachmentIds: input.attachmentIds ?? [],
      note: input.note ?? null,
    });
    return toSpecVersionType(version);
  }

  @Mutation(() => SpecificationVersionType, { description: 'Approves and so freezes the latest version' })
  @Allow(Permission.SPECIFICATION_APPROVE)
  @Transaction()
  async approveSpecification(
    @Ctx() ctx: RequestContext,
    @Args('versionId', { type: () => ID }) versionId: string,
  ): Promise<SpecificationVersionType> {
    return toSpecVersionType(await this.specifications.approve(ctx, versionId));
  }

  @ResolveField(() => String, { nullable: true })
  async authorName(v: SpecificationVersionType, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    if (v.knownNames) return v.knownNames.author;
    return (await this.loaders.person(ctx).load(v.createdBy))?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true })
  async approvedByName(v: SpecificationVersionType, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    if (v.knownNames) return v.knownNames.approver;
    return v.approvedBy ? ((await this.loaders.person(ctx).load(v.approvedBy))?.name ?? null) : null;
  }

  @ResolveField(() => [SpecLineType])
  async lines(v: SpecificationVersionType, _args: unknown, { ctx }: GraphQLContext): Promise<SpecLineType[]> {
    return (await this.loaders.specLines(ctx).load(v.id)).map(toSpecLineType);
  }

  @ResolveField(() => [SpecRequirementType])
  async requirements(v: SpecificationVersionType, _args: unknown, { ctx }: GraphQLContext): Promise<SpecRequirementType[]> {
    return (await this.loaders.specRequirements(ctx).load(v.id)).map(toSpecRequirementType);
  }

  @ResolveField(() => [StoredFileType])
  async attachments(v: SpecificationVersionType, _args: unknown, { ctx }: GraphQLContext): Promise<StoredFileType[]> {
    const rows = await this.loaders.specAttachments(ctx).load(v.id);
    const files = await Promise.all(rows.map((a) => this.loaders.file(ctx).load(a.fileId)));
    return files.flatMap((f) => (f ? [toStoredFileType(f)] : []));
  }
}

@Resolver(() => AttachmentChangeType)
export class AttachmentChangeResolver {
  constructor(private readonly loaders: PurchasingLoaders) {}

  @ResolveField(() => StoredFileType, { nullable: true })
  async file(change: AttachmentChangeType, _args: unknown, { ctx }: GraphQLContext): Promise<StoredFileType | null> {
    const file = await this.loaders.file(ctx).load(change.fileId);
    return file ? toStoredFileType(file) : null;
  }
}

@Resolver(() => PurchaseCaseType)
export class CaseSpecificationResolver {
  constructor(private readonly loaders: PurchasingLoaders) {}

  @ResolveField(() => SpecificationVersionType, { nullable: true, description: 'The latest version' })
  async specification(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<SpecificationVersionType | null> {
    const v = await this.loaders.latestSpec(ctx, c.id);
    return v ? withNames(v) : null;
  }

  @ResolveField(() => SpecificationVersionType, { nullable: true, description: 'The latest approved (frozen) version: what an RFQ refers to' })
  async approvedSpecification(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<SpecificationVersionType | null> {
    const v = await this.loaders.approvedSpec(ctx, c.id);
    return v ? withNames(v) : null;
  }

  @ResolveField(() => [SpecificationVersionType], { description: 'Every version, newest first' })
  async specificationVersions(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<SpecificationVersionType[]> {
    return (await this.loaders.specVersions(ctx).load(c.id)).map(withNames);
  }
}
