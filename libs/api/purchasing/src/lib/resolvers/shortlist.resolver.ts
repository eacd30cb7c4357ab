import { Args, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, GraphQLContext, IdArg, RequestContext } from '@bc/api/core';
import { SupplierType } from '@bc/api/suppliers';
import { Permission, PurchaseType } from '@bc/shared/domain';
import { ApproveShortlistArgs, ReturnShortlistArgs, SetShortlistEntryArgs, SubmitShortlistArgs } from '../dto/purchasing.args';
import { UpdatePurchasingPolicyInput } from '../dto/purchasing.inputs';
import {
  ConflictDeclarationType,
  PurchaseCaseType,
  PurchasingPolicyType,
  ShortlistEntryType,
  ShortlistSuggestionType,
  ShortlistType,
  ShortlistWarningType,
} from '../dto/purchasing.types';
import { toShortlistEntryType, toShortlistReviewType } from '../dto/mappers';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { PolicyService, PolicyView } from '../services/policy.service';
import { PurchasingLoaders } from '../services/purchasing-loaders';
import { ShortlistService } from '../services/shortlist.service';
import { SuggestionService } from '../services/suggestion.service';

const toPolicyType = (p: PolicyView): PurchasingPolicyType => ({
  minimumSuppliers: Object.values(PurchaseType).map((purchaseType) => ({ purchaseType, minimum: p.minimumSuppliers[purchaseType] })),
  minimumBiddingDays: Object.values(PurchaseType).map((purchaseType) => ({ purchaseType, days: p.minimumBiddingDays[purchaseType] })),
  updatedAt: p.updatedAt,
});

@Resolver(() => ShortlistType)
export class ShortlistResolver {
  constructor(
    private readonly shortlists: ShortlistService,
    private readonly suggestions: SuggestionService,
    private readonly policies: PolicyService,
    private readonly loaders: PurchasingLoaders,
  ) {}

  @AllowedQuery(() => [ShortlistSuggestionType], Permission.SHORTLIST_EDIT, { description: 'Suppliers to consider for the shortlist, best first, each with why' })
  async shortlistSuggestions(@Ctx() ctx: RequestContext, @IdArg('caseId') caseId: string): Promise<ShortlistSuggestionType[]> {
    return this.suggestions.suggest(ctx, caseId);
  }

  @AllowedMutation(() => ShortlistType, Permission.SHORTLIST_EDIT, { description: 'Takes a supplier in or leaves it out, with a reason; a reviewed shortlist goes back to DRAFT' })
  async setShortlistEntry(@Ctx() ctx: RequestContext, @Args() args: SetShortlistEntryArgs): Promise<ShortlistType> {
    const c = await this.shortlists.setEntry(ctx, args.caseId, args);
    return this.view(ctx, c);
  }

  @AllowedMutation(() => ShortlistType, Permission.SHORTLIST_EDIT, { description: 'For the gatekeeper; below the policy minimum it needs a single-source justification' })
  async submitShortlist(@Ctx() ctx: RequestContext, @Args() args: SubmitShortlistArgs): Promise<ShortlistType> {
    return this.view(ctx, await this.shortlists.submit(ctx, args.caseId, args.singleSourceJustification));
  }

  @AllowedMutation(() => ShortlistType, Permission.SHORTLIST_APPROVE, { description: 'Not by who submitted it, nor by someone with a declared conflict of interest' })
  async approveShortlist(@Ctx() ctx: RequestContext, @Args() args: ApproveShortlistArgs): Promise<ShortlistType> {
    return this.view(ctx, await this.shortlists.approve(ctx, args.caseId, args.comment));
  }

  @AllowedMutation(() => ShortlistType, Permission.SHORTLIST_APPROVE, { description: 'Sends the shortlist back to the buyer with a comment' })
  async returnShortlist(@Ctx() ctx: RequestContext, @Args() args: ReturnShortlistArgs): Promise<ShortlistType> {
    return this.view(ctx, await this.shortlists.returnForRework(ctx, args.caseId, args.comment));
  }

  @AllowedQuery(() => PurchasingPolicyType, [Permission.WORKSPACE_USE, Permission.ORGANIZATION_MANAGE])
  async purchasingPolicy(@Ctx() ctx: RequestContext): Promise<PurchasingPolicyType> {
    return toPolicyType((await this.loaders.policy(ctx).load(ctx.organizationId)) as PolicyView);
  }

  @AllowedMutation(() => PurchasingPolicyType, Permission.ORGANIZATION_MANAGE)
  async updatePurchasingPolicy(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePurchasingPolicyInput,
  ): Promise<PurchasingPolicyType> {
    return toPolicyType(await this.policies.update(ctx, { minimumSuppliers: input.minimumSuppliers ?? [], minimumBiddingDays: input.minimumBiddingDays ?? [] }));
  }

  @ResolveField(() => [ShortlistWarningType], {
    description:
      'Shortlisted suppliers that are blocked, or lack a certificate the case requires (none on file meets it, or only expired ones): shown to the gatekeeper in the approval dialog',
  })
  approvalWarnings(s: ShortlistType, _args: unknown, { ctx }: GraphQLContext): Promise<ShortlistWarningType[]> {
    return this.shortlists.warnings(ctx, s.id);
  }

  /** The shortlist as shown: built from per-request loaders, so a list of cases costs a fixed number of statements. */
  async view(ctx: RequestContext, c: Pick<PurchaseCase, 'id' | 'purchaseType'>): Promise<ShortlistType> {
    if (ctx.transactionManager) {
      // In a mutation these share the transaction's single connection: one after the other.
      const shortlist = await this.loaders.shortlist(ctx).load(c.id);
      const entries = await this.loaders.shortlistEntries(ctx).load(c.id);
      const reviews = await this.loaders.shortlistReviews(ctx).load(c.id);
      return this.shape(c, shortlist, entries, reviews, await this.loaders.policy(ctx).load(ctx.organizationId));
    }
    const [shortlist, entries, reviews, policy] = await Promise.all([
      this.loaders.shortlist(ctx).load(c.id),
      this.loaders.shortlistEntries(ctx).load(c.id),
      this.loaders.shortlistReviews(ctx).load(c.id),
      this.loaders.policy(ctx).load(ctx.organizationId),
    ]);
    return this.shape(c, shortlist, entries, reviews, policy);
  }

  private shape(
    c: Pick<PurchaseCase, 'id' | 'purchaseType'>,
    shortlist: Awaited<ReturnType<ReturnType<PurchasingLoaders['shortlist']>['load']>>,
    entries: Awaited<ReturnType<ReturnType<PurchasingLoaders['shortlistEntries']>['load']>>,
    reviews: Awaited<ReturnType<ReturnType<PurchasingLoaders['shortlistReviews']>['load']>>,
    policy: PolicyView | null,
  ): ShortlistType {
    const lastReview = [...reviews].reverse().find((r) => r.action === 'APPROVED' || r.action === 'RETURNED') ?? null;
    return {
      id: c.id,
      status: shortlist?.status ?? ('DRAFT' as ShortlistType['status']),
      singleSourceJustification: shortlist?.singleSourceJustification ?? null,
      minimumSuppliers: policy?.minimumSuppliers[c.purchaseType] ?? 1,
      suppliersIn: entries.filter((e) => e.decision === 'IN').length,
      submittedAt: shortlist?.submittedAt ?? null,
      submittedByName: shortlist?.submittedByName ?? null,
      approvedAt: shortlist?.approvedAt ?? null,
      reviewComment: lastReview?.comment ?? null,
      reviewedByName: lastReview?.actorName ?? null,
      entries: entries.map((e) => ({ ...toShortlistEntryType(e), knownDecidedByName: e.decidedByName })),
      reviews: reviews.map((r) => toShortlistReviewType(r, r.actorName)),
    };
  }
}

@Resolver(() => PurchaseCaseType)
export class CaseShortlistResolver {
  constructor(private readonly shortlists: ShortlistResolver) {}

  @ResolveField(() => ShortlistType)
  shortlist(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<ShortlistType> {
    return this.shortlists.view(ctx, c);
  }
}

type SupplierParent = Awaited<ReturnType<ReturnType<PurchasingLoaders['supplier']>['load']>>;

/** The supplier of a shortlist entry, suggestion or conflict declaration, batched per request. */
async function supplierOf(loaders: PurchasingLoaders, ctx: RequestContext, field: string, id: string): Promise<SupplierType> {
  const supplier: SupplierParent = await loaders.supplier(ctx, field).load(id);
  if (!supplier) throw new Error(`Supplier ${id} is missing from its organization's directory`);
  return supplier as unknown as SupplierType;
}

@Resolver(() => ShortlistEntryType)
export class ShortlistEntryResolver {
  constructor(private readonly loaders: PurchasingLoaders) {}

  @ResolveField(() => SupplierType)
  supplier(e: ShortlistEntryType, _args: unknown, { ctx }: GraphQLContext): Promise<SupplierType> {
    return supplierOf(this.loaders, ctx, 'ShortlistEntry', e.supplierId);
  }

  @ResolveField(() => String, { nullable: true })
  async decidedByName(e: ShortlistEntryType, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    if (e.knownDecidedByName !== undefined) return e.knownDecidedByName;
    return e.decidedBy ? ((await this.loaders.person(ctx).load(e.decidedBy))?.name ?? null) : null;
  }
}

@Resolver(() => ShortlistSuggestionType)
export class ShortlistSuggestionResolver {
  constructor(private readonly loaders: PurchasingLoaders) {}

  @ResolveField(() => SupplierType)
  supplier(s: ShortlistSuggestionType, _args: unknown, { ctx }: GraphQLContext): Promise<SupplierType> {
    return supplierOf(this.loaders, ctx, 'ShortlistSuggestion', s.supplierId);
  }
}

@Resolver(() => ConflictDeclarationType)
export class ConflictDeclarationResolver {
  constructor(private readonly loaders: PurchasingLoaders) {}

  @ResolveField(() => SupplierType)
  supplier(c: ConflictDeclarationType, _args: unknown, { ctx }: GraphQLContext): Promise<SupplierType> {
    return supplierOf(this.loaders, ctx, 'ConflictDeclaration', c.supplierId);
  }
}
