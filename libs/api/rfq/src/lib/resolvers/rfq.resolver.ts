import { Args, ArgsType, Field, ID, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { AllowedMutation, AllowedQuery, CombinedReads, Ctx, GraphQLContext, IdArg, IsBoundedDateTime, RequestContext, TransactionalConnection } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import { CaseVisibility, PolicyService, PurchaseCase, PurchasingLoaders, PurchaseCaseType, SpecificationVersion } from '@bc/api/purchasing';
import { can, DEFAULT_CRITERIA, ImportanceClass, Permission } from '@bc/shared/domain';
import { AnswerQuestionInput, RfqInput } from '../dto/rfq.inputs';
import { RfqCriterionType, RfqQuestionType, RfqType } from '../dto/rfq.types';
import { toRfqType } from '../dto/mappers';
import { Rfq } from '../entities/rfq.entity';
import { QuestionService } from '../services/question.service';
import { RfqClosingService } from '../services/rfq-closing.service';
import { RfqService } from '../services/rfq.service';

@ArgsType()
class CommentArgs {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) comment?: string | null;
}

@ArgsType()
class ReasonArgs {
  @Field(() => ID) @IsString() id!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Give a reason' }) @MaxLength(2000) reason!: string;
}

@ArgsType()
class ExtendArgs extends ReasonArgs {
  @Field() @Type(() => Date) @IsDate() @IsBoundedDateTime() closesAt!: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() @IsBoundedDateTime() questionsCloseAt?: Date | null;
}

@Resolver(() => RfqType)
export class RfqResolver {
  constructor(
    private readonly rfqs: RfqService,
    private readonly questionService: QuestionService,
    private readonly connection: TransactionalConnection,
    private readonly directory: UserDirectory,
    private readonly policies: PolicyService,
    private readonly closing: RfqClosingService,
  ) {}

  @AllowedQuery(() => RfqType, Permission.RFQ_READ, { description: 'An RFQ of one of your cases' })
  async rfq(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<RfqType> {
    const { rfq, purchaseCase } = await this.rfqs.open(ctx, id, Permission.RFQ_READ);
    return this.view(ctx, rfq, purchaseCase);
  }

  @AllowedQuery(() => [RfqCriterionType], Permission.RFQ_READ, { description: 'The default evaluation criteria of an importance class' })
  rfqDefaultCriteria(@Args('importance', { type: () => ImportanceClass }) importance: ImportanceClass): RfqCriterionType[] {
    return DEFAULT_CRITERIA[importance].map((c) => ({ ...c }));
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_MANAGE, { description: "Sets up the case's RFQ from its approved specification; criteria start from the importance class" })
  async createRfq(@Ctx() ctx: RequestContext, @IdArg('caseId') caseId: string, @Args('input', { nullable: true }) input?: RfqInput): Promise<RfqType> {
    const rfq = await this.rfqs.create(ctx, caseId, input ?? {});
    return this.viewOf(ctx, rfq);
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_MANAGE, { description: 'Changes a draft; a requested or given approval is reset' })
  async updateRfq(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: RfqInput): Promise<RfqType> {
    return this.viewOf(ctx, await this.rfqs.update(ctx, id, input));
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_MANAGE, { description: 'Asks the gatekeepers to approve the draft' })
  async requestRfqApproval(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<RfqType> {
    return this.viewOf(ctx, await this.rfqs.requestApproval(ctx, id));
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_APPROVE, { description: 'Not by whoever asked for the approval' })
  async approveRfq(@Ctx() ctx: RequestContext, @Args() args: CommentArgs): Promise<RfqType> {
    return this.viewOf(ctx, await this.rfqs.decideApproval(ctx, args.id, true, args.comment ?? null));
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_APPROVE, { description: 'Sends the draft back with what must change' })
  async returnRfq(@Ctx() ctx: RequestContext, @Args() args: CommentArgs): Promise<RfqType> {
    return this.viewOf(ctx, await this.rfqs.decideApproval(ctx, args.id, false, args.comment ?? null));
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_MANAGE, { description: 'Publishes the approved RFQ: invites the shortlist and moves the case to RFQ' })
  async publishRfq(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<RfqType> {
    return this.viewOf(ctx, await this.rfqs.publish(ctx, id));
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_MANAGE, { description: 'Moves the closing time later; every invitee is told' })
  async extendRfq(@Ctx() ctx: RequestContext, @Args() args: ExtendArgs): Promise<RfqType> {
    return this.viewOf(ctx, await this.rfqs.extend(ctx, args.id, args.closesAt, args.questionsCloseAt ?? null, args.reason));
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_MANAGE, {
    description: 'Closes the published RFQ before its closing time and opens the quotes: only once every invitee has quoted or declined (INVITEES_OUTSTANDING otherwise)',
  })
  async closeRfqEarly(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<RfqType> {
    return this.viewOf(ctx, await this.closing.closeEarly(ctx, id));
  }

  @AllowedMutation(() => RfqType, Permission.RFQ_MANAGE, { description: 'Cancels the RFQ; a published one takes the case back to SOURCING and the invitees are told' })
  async cancelRfq(@Ctx() ctx: RequestContext, @Args() args: ReasonArgs): Promise<RfqType> {
    return this.viewOf(ctx, await this.rfqs.cancel(ctx, args.id, args.reason));
  }

  @AllowedMutation(() => RfqQuestionType, Permission.RFQ_MANAGE, { description: 'Answers privately, or publishes question and answer to every invitee without naming who asked' })
  async answerRfqQuestion(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: AnswerQuestionInput): Promise<RfqQuestionType> {
    const { question } = await this.questionService.answer(ctx, id, input);
    return (await this.questionService.views(ctx, question.rfqId, [question.id]))[0];
  }

  @ResolveField(() => [RfqQuestionType], { description: "Suppliers' questions with who asked (the buyer team only)" })
  async questions(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<RfqQuestionType[]> {
    return this.questionService.views(ctx, rfq.id);
  }

  @ResolveField(() => String, { nullable: true })
  async approvalRequestedByName(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.userName(ctx, rfq.approvalRequestedBy);
  }

  @ResolveField(() => String, { nullable: true })
  async closedEarlyByName(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.userName(ctx, rfq.closedEarlyBy);
  }

  @ResolveField(() => String, { nullable: true })
  async approvalDecidedByName(rfq: RfqType & { approvalDecidedBy?: string | null }, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.userName(ctx, rfq.approvalDecidedBy ?? null);
  }

  private userName(ctx: RequestContext, id: string | null): Promise<string | null> {
    return this.directory.nameOf(ctx, id);
  }

  private async viewOf(ctx: RequestContext, rfq: Rfq): Promise<RfqType> {
    const purchaseCase = await this.connection.getRepository(ctx, PurchaseCase).findOneOrFail({ where: { id: rfq.caseId } });
    return this.view(ctx, rfq, purchaseCase);
  }

  async view(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase): Promise<RfqType> {
    const version = await this.connection.getRepository(ctx, SpecificationVersion).findOneOrFail({ where: { id: rfq.specificationVersionId } });
    return toRfqType(rfq, purchaseCase.importance, version.version, await this.policies.minimumBiddingDays(ctx, purchaseCase.purchaseType));
  }
}

@Resolver(() => PurchaseCaseType)
export class CaseRfqResolver {
  constructor(
    private readonly visibility: CaseVisibility,
    private readonly purchasing: PurchasingLoaders,
    private readonly reads: CombinedReads,
  ) {}

  /**
   * Batched per request (a page of cases costs one statement for their RFQs, one for the caller's
   * roles on them, one for the specification versions and one for the policy), not per case.
   */
  @ResolveField(() => RfqType, { nullable: true, description: "The case's latest RFQ (for team roles that may read it)" })
  async rfq(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<RfqType | null> {
    const rfq = await ctx.loader('rfq.latestOfCase', (ids: string[]) => this.latestOfCases(ctx, ids), null as Rfq | null).load(c.id);
    if (!rfq) return null;
    // Roles that may not read the RFQ (a requester on the team) see none.
    const roles = (await this.visibility.rolesOn(ctx, [c.id])).get(c.id) ?? [];
    if (!can(roles, Permission.RFQ_READ)) return null;
    const [version, policy] = await Promise.all([
      ctx.loader('rfq.specificationVersion', (ids: string[]) => this.versions(ctx, ids), 0).load(rfq.specificationVersionId),
      this.purchasing.policy(ctx).load(ctx.organizationId),
    ]);
    return toRfqType(rfq, c.importance, version, policy?.minimumBiddingDays[c.purchaseType] ?? 0);
  }

  /** The latest RFQ of each case (what RfqService.ofCase answers for one), in one statement on rfq_case_idx. */
  private async latestOfCases(ctx: RequestContext, caseIds: readonly string[]): Promise<Map<string, Rfq>> {
    const rfqs = await this.reads.entities(ctx, Rfq, 't.case_id = ANY ($1::uuid[]) AND t.organization_id = $2', [[...caseIds], ctx.organizationId], 't.case_id, t.created_at DESC');
    const latest = new Map<string, Rfq>();
    for (const rfq of rfqs) if (!latest.has(rfq.caseId)) latest.set(rfq.caseId, rfq);
    return latest;
  }

  /** The version number of each specification version. */
  private async versions(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.reads.rows<{ id: string; version: number }>(ctx, `SELECT id, version FROM specification_version WHERE id = ANY ($1::uuid[])`, [[...ids]]);
    return new Map(rows.map((r) => [r.id, r.version]));
  }
}
