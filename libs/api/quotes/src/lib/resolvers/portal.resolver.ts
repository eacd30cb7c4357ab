import { Args, ArgsType, Field, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AllowedMutation, AllowedQuery, Clock, Ctx, GraphQLContext, IdArg, KeysetArgs, Public, RequestContext, Transaction, TransactionalConnection } from '@bc/api/core';
import { AuthService, MeType } from '@bc/api/identity';
import { Locale, NegotiationRoundStatus, Permission, rfqOpenAt } from '@bc/shared/domain';
import { QuoteInput } from '../dto/quote.inputs';
import { RegisterSupplierInput, RegistrationService, RfqService, SupplierRegistrationType } from '@bc/api/rfq';
import { PortalInvitationPage, PortalInvitationType, PortalQuestionType, PortalQuoteType, PortalRfqType, QuoteReceiptType } from '../dto/quote.types';
import { toQuoteContentType, toRevisionType } from '../dto/quote-mappers';
import { PortalInvitation, PortalInvitationGroup, PortalService } from '../services/portal.service';
import { QuoteContent } from '../services/quote-content';
import { QuoteService } from '../services/quote.service';

@ArgsType()
class ReasonArgs {
  @Field(() => ID) @IsString() invitationId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?: string | null;
}

@ArgsType()
class AskArgs {
  @Field(() => ID) @IsString() invitationId!: string;
  @Field() @IsString() @MaxLength(4000) body!: string;
}

/** The card of an invitation; `now`: the application clock's time, which decides whether the RFQ is open. */
function toPortalInvitation(p: PortalInvitation, now: Date): PortalInvitationType {
  const i = p.invitation;
  return {
    id: i.id,
    status: i.status,
    buyerName: p.buyerName,
    rfqReference: p.rfq.reference,
    rfqTitle: p.rfq.title,
    rfqStatus: p.rfq.status,
    closesAt: p.rfq.closesAt,
    questionsCloseAt: p.rfq.questionsCloseAt,
    open: rfqOpenAt(p.rfq, now),
    viewedAt: i.viewedAt,
    declinedAt: i.declinedAt,
    declineReason: i.declineReason,
    declineWithdrawnAt: i.declineWithdrawnAt,
    quotedAt: i.quotedAt,
    rfqId: p.rfq.id,
    loaded: p,
  };
}

function toContent(input: QuoteInput): QuoteContent & { attachmentIds: string[] } {
  return {
    currency: input.currency,
    supplierReference: input.supplierReference ?? null,
    validUntil: input.validUntil ?? null,
    paymentTerms: input.paymentTerms ?? '',
    deliveryTerms: input.deliveryTerms ?? '',
    note: input.note ?? '',
    lines: input.lines.map((l) => ({
      lineKey: l.lineKey,
      unitPrice: l.unitPrice ?? null,
      quantity: l.quantity ?? null,
      leadTimeDays: l.leadTimeDays ?? null,
      note: l.note ?? '',
      alternatives: (l.alternatives ?? []).map((a) => ({ description: a.description, unitPrice: a.unitPrice, quantity: a.quantity, leadTimeDays: a.leadTimeDays ?? null })),
    })),
    answers: (input.answers ?? []).map((a) => ({ requirementKey: a.requirementKey, compliance: a.compliance ?? null, comment: a.comment ?? '' })),
    attachments: [],
    // Only when there are some: content without conditional offers stays as it was hashed before they existed.
    ...(input.conditionalDiscounts?.length
      ? {
          conditionalDiscounts: input.conditionalDiscounts.map((d) => ({
            type: d.type,
            value: d.value,
            minValue: d.minValue ?? null,
            lineKeys: d.lineKeys ?? [],
            note: d.note ?? '',
          })),
        }
      : {}),
    attachmentIds: input.attachmentIds ?? [],
  };
}

@ArgsType()
class PortalInvitationsArgs extends KeysetArgs {
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) limit = 50;
  @Field(() => PortalInvitationGroup, { nullable: true, description: 'Only this group, in its order (else all, newest first)' })
  @IsOptional()
  @IsEnum(PortalInvitationGroup)
  group?: PortalInvitationGroup | null;
}

/** The supplier portal: only the caller's company's invitations, across every buying organization that invited it. */
@Resolver(() => PortalInvitationType)
export class PortalResolver {
  constructor(
    private readonly portal: PortalService,
    private readonly quotes: QuoteService,
    private readonly rfqs: RfqService,
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  @AllowedQuery(() => PortalInvitationPage, Permission.SUPPLIER_PORTAL_USE, { description: "Your company's RFQ invitations, newest first, or one group of them in its order: a page of them" })
  async portalInvitations(@Ctx() ctx: RequestContext, @Args() args: PortalInvitationsArgs): Promise<PortalInvitationPage> {
    const page = await this.portal.invitations(ctx, args, args.group ?? null);
    return { ...page, items: page.items.map((p) => toPortalInvitation(p, this.clock.now())) };
  }

  @AllowedQuery(() => PortalInvitationType, Permission.SUPPLIER_PORTAL_USE, { description: 'One invitation; the first opening marks it VIEWED' })
  async portalInvitation(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<PortalInvitationType> {
    const p = await this.portal.invitation(ctx, id);
    await this.portal.markViewed(ctx, p);
    return toPortalInvitation(p, this.clock.now());
  }

  @AllowedMutation(() => PortalInvitationType, Permission.SUPPLIER_PORTAL_USE, { description: 'Says you will not quote, with a reason' })
  async declineRfq(@Ctx() ctx: RequestContext, @Args() args: ReasonArgs): Promise<PortalInvitationType> {
    return toPortalInvitation(await this.portal.decline(ctx, args.invitationId, args.reason ?? ''), this.clock.now());
  }

  @AllowedMutation(() => PortalInvitationType, Permission.SUPPLIER_PORTAL_USE, { description: 'Takes back your decline while the RFQ is open, so you can still quote; the buyer is told' })
  async withdrawDecline(@Ctx() ctx: RequestContext, @IdArg('invitationId') invitationId: string): Promise<PortalInvitationType> {
    return toPortalInvitation(await this.portal.withdrawDecline(ctx, invitationId), this.clock.now());
  }

  @AllowedMutation(() => PortalQuestionType, Permission.SUPPLIER_PORTAL_USE, { description: 'Asks the buyer a question until the question deadline' })
  async askRfqQuestion(@Ctx() ctx: RequestContext, @Args() args: AskArgs): Promise<PortalQuestionType> {
    const q = await this.portal.ask(ctx, args.invitationId, args.body);
    return { id: q.id, question: q.body, answer: null, answeredAt: null, askedAt: q.askedAt, mine: true, published: false };
  }

  @AllowedMutation(() => PortalInvitationType, Permission.SUPPLIER_PORTAL_USE, { description: 'Saves the quote as a draft (only your company sees it)' })
  async saveQuoteDraft(@Ctx() ctx: RequestContext, @IdArg('invitationId') invitationId: string, @Args('input') input: QuoteInput): Promise<PortalInvitationType> {
    return toPortalInvitation(await this.quotes.saveDraft(ctx, invitationId, toContent(input)), this.clock.now());
  }

  @AllowedMutation(() => QuoteReceiptType, Permission.SUPPLIER_PORTAL_USE, { description: 'Submits the quote (a new revision each time) and returns the receipt' })
  async submitQuote(@Ctx() ctx: RequestContext, @IdArg('invitationId') invitationId: string, @Args('input') input: QuoteInput): Promise<QuoteReceiptType> {
    const r = await this.quotes.submit(ctx, invitationId, toContent(input));
    return { invitationId, revision: r.revision, submittedAt: r.submittedAt, sha256: r.sha256, canonicalContent: r.canonical, receiptFormat: r.receiptFormat, nonce: r.nonce! };
  }

  @AllowedMutation(() => PortalInvitationType, Permission.SUPPLIER_PORTAL_USE, { description: 'Takes the submitted quote back before closing; its revisions stay kept' })
  async withdrawQuote(@Ctx() ctx: RequestContext, @Args() args: ReasonArgs): Promise<PortalInvitationType> {
    return toPortalInvitation(await this.quotes.withdraw(ctx, args.invitationId, args.reason ?? null), this.clock.now());
  }

  /** The invitation the parent was built from (checked for this caller), else loaded. */
  private loaded(ctx: RequestContext, i: PortalInvitationType): Promise<PortalInvitation> {
    return i.loaded ? Promise.resolve(i.loaded as PortalInvitation) : this.portal.invitation(ctx, i.id);
  }

  @ResolveField(() => PortalRfqType)
  async rfq(i: PortalInvitationType, _args: unknown, { ctx }: GraphQLContext): Promise<PortalRfqType> {
    const p = await this.loaded(ctx, i);
    const spec = await this.rfqs.specification(ctx, p.rfq);
    const files = await this.portal.specificationDocuments(ctx, spec.attachmentIds);
    return {
      ...p.rfq,
      lines: spec.lines.map((l, i) => ({ key: l.key, position: i + 1, description: l.description, quantity: l.quantity, unit: l.unit, attributes: l.attributes })),
      requirements: spec.requirements.map((r, i) => ({ key: r.key, position: i + 1, text: r.text, kind: r.kind, weight: r.weight })),
      documents: files.map((f) => ({ ...f, url: `/api/portal/invitations/${i.id}/files/${f.id}` })),
      documentUrl: `/api/portal/invitations/${i.id}/document.pdf`,
    };
  }

  @ResolveField(() => Boolean, { description: 'The quote can be submitted or revised now: before the closing time, or in a negotiation round of yours that is open' })
  async canRevise(i: PortalInvitationType, _args: unknown, { ctx }: GraphQLContext): Promise<boolean> {
    if (i.open) return true;
    const p = await this.loaded(ctx, i);
    return (await this.portal.rounds(ctx, p.invitation.id)).some((r) => r.open);
  }

  @ResolveField(() => [PortalQuestionType])
  async questions(i: PortalInvitationType, _args: unknown, { ctx }: GraphQLContext): Promise<PortalQuestionType[]> {
    return this.portal.questions(ctx, await this.loaded(ctx, i));
  }

  @ResolveField(() => PortalQuoteType)
  async quote(i: PortalInvitationType, _args: unknown, { ctx }: GraphQLContext): Promise<PortalQuoteType> {
    const p = await this.loaded(ctx, i);
    const view = await this.quotes.ownView(ctx, p);
    const url = (fileId: string) => `/api/files/${fileId}`;
    return {
      status: view.quote?.status ?? null,
      draft: view.draft ? toQuoteContentType(view.draft, url) : null,
      draftSavedAt: view.quote?.draftSavedAt ?? null,
      revisions: view.revisions.map((r) => toRevisionType(r, url)),
      withdrawnAt: view.quote?.withdrawnAt ?? null,
    };
  }
}

@Resolver()
export class SupplierRegistrationResolver {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly auth: AuthService,
    private readonly portal: PortalService,
    private readonly clock: Clock,
  ) {}

  @Query(() => SupplierRegistrationType, { description: 'What a registration link from an invitation email is for' })
  @Public()
  supplierRegistration(@Ctx() ctx: RequestContext, @Args('token') token: string): Promise<SupplierRegistrationType> {
    return this.registrations.preview(ctx, token);
  }

  @Mutation(() => MeType, { description: "Registers the invited supplier company and its first user from the link, links the buyer's record, and signs in" })
  @Public()
  @Transaction()
  async registerSupplier(@Ctx() ctx: RequestContext, @Args('input') input: RegisterSupplierInput): Promise<MeType> {
    const { user } = await this.registrations.register(ctx, { ...input, locale: (input.locale as Locale | null | undefined) ?? null });
    return this.auth.completeSignIn(ctx, user, 'user.signed-in', { via: 'supplier-registration' });
  }

  @Mutation(() => Boolean, { description: 'Declines the RFQ from a registration link, without an account; the link is spent' })
  @Public()
  @Transaction()
  async declineRfqFromLink(@Ctx() ctx: RequestContext, @Args('token') token: string, @Args('reason') reason: string): Promise<boolean> {
    await this.registrations.decline(ctx, token, reason);
    return true;
  }

  @AllowedMutation(() => PortalInvitationType, Permission.SUPPLIER_PORTAL_USE, { description: "Links the buyer's record of your company to your account, from a registration link" })
  async claimSupplierInvitation(@Ctx() ctx: RequestContext, @Args('token') token: string): Promise<PortalInvitationType> {
    const invitationId = await this.registrations.claim(ctx, token);
    return toPortalInvitation(await this.portal.invitation(ctx, invitationId), this.clock.now());
  }
}
