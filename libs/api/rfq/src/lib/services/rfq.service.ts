import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AppError, assertId, Clock, conflict, JobQueue, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ApproverPoolService, CaseAccessService, CaseCancellationService, PolicyService, PurchaseCase, ShortlistEntry, SpecificationContent, SpecificationLine, SpecificationRequirement, SpecificationService, SpecificationVersion, TransitionService, Withdrawn } from '@bc/api/purchasing';
import { Supplier } from '@bc/api/suppliers';
import { CaseStage, DEFAULT_CRITERIA, ErrorCode, InvitationStatus, Permission, QualificationStatus, RfqApproval, RfqCriterion, rfqOpenAt, RFQ_TERM_FIELDS, RfqStatus, Role, ShortlistDecision, TransitionBlocker, TransitionVia } from '@bc/shared/domain';
import { In, Not } from 'typeorm';
import { RfqInvitation } from '../entities/invitation.entity';
import { assertRfqTerms } from './rfq-terms';
import { Rfq } from '../entities/rfq.entity';
import { RfqApprovalDecided, RfqApprovalRequested, RfqCancelled, RfqClosingChanged, RfqPublished } from '../events/rfq-events';
import { expireRegistrationLinks, extendRegistrationLinks } from './registration-links';

export interface RfqTerms {
  title?: string;
  description?: string;
  closesAt?: Date;
  questionsCloseAt?: Date;
  deliveryTerms?: string;
  deliveryDate?: string | null;
  deliveryAddress?: string;
  paymentTerms?: string;
  validityDays?: number;
  instructions?: string;
  criteria?: RfqCriterion[];
  /** Two envelopes: prices stay hidden from the evaluators until the technical scores are locked. */
  twoEnvelope?: boolean;
  /** Why the bidding period is shorter than the policy's minimum for the purchase type; null clears it. */
  shortPeriodJustification?: string | null;
}

export const RFQ_CLOSE_QUEUE = 'rfq-close';
export const RFQ_REMIND_QUEUE = 'rfq-remind';

const TERM_FIELDS = [...RFQ_TERM_FIELDS, 'twoEnvelope', 'shortPeriodJustification'] as const;

const DAY = 24 * 3600 * 1000;

/** The bidding period as checked at approval and publishing, for the audit trail. */
interface BiddingPeriod {
  short: boolean;
  /** From now to the closing time, to a tenth of a day. */
  days: number;
  minimumDays: number;
  justification?: string | null;
}

/** A closing time or deadline entered must lie ahead (by the server's clock). */
export function assertFuture(field: string, when: Date | undefined | null, now: number): void {
  if (!when || Number.isNaN(when.getTime())) return;
  if (when.getTime() <= now) {
    throw new AppError(ErrorCode.DEADLINE_IN_PAST, `${field} ${when.toISOString()} has passed: choose a later time`, { field, details: { given: when.toISOString() } });
  }
}

const justification = (text: string | null | undefined): string | null => text?.trim() || null;

/**
 * The buyer's side of an RFQ: set it up (criteria start from the case's importance class), have
 * the gatekeeper approve it, publish it to the approved shortlist, extend or cancel it. The
 * closing itself is RfqClosingService's, at the closing time.
 */
/** An RFQ as the task list reads it (see activeOfCases). */
export interface ActiveRfqRow {
  id: string;
  reference: string;
  caseId: string;
  status: RfqStatus;
  approval: RfqApproval;
  approvalRequestedBy: string | null;
  approvalRequestedAt: Date | null;
  closesAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  criteria: RfqCriterion[];
  technicalLockedAt: Date | null;
  outstanding: number;
}

@Injectable()
export class RfqService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly specifications: SpecificationService,
    private readonly transitions: TransitionService,
    private readonly jobs: JobQueue,
    private readonly policies: PolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pool: ApproverPoolService,
    private readonly cancellation: CaseCancellationService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.cancellation.register((ctx, purchaseCase, reason) => this.withdrawForCancellation(ctx, purchaseCase, reason));
  }

  /**
   * A case being cancelled takes its RFQs with it: a draft stops waiting for the gatekeeper, and a
   * published RFQ still open is cancelled, its invitees told (with the calendar entry cancelled).
   */
  private async withdrawForCancellation(ctx: RequestContext, purchaseCase: PurchaseCase, reason: string): Promise<Withdrawn[]> {
    const repo = this.connection.getRepository(ctx, Rfq);
    const now = this.clock.now();
    const published = (await repo.find({ where: { caseId: purchaseCase.id, status: RfqStatus.PUBLISHED } })).filter((r) => rfqOpenAt(r, now));
    for (const rfq of published) {
      Object.assign(rfq, { status: RfqStatus.CANCELLED, cancelledAt: now, cancelReason: reason, updatedAt: now });
      await repo.save(rfq);
      await this.audit.record(ctx, {
        action: 'rfq.cancelled',
        entityType: 'Rfq',
        entityId: rfq.id,
        organizationId: purchaseCase.organizationId,
        summary: { reference: rfq.reference, reason, wasPublished: true, byCancellation: true },
      });
      await this.announceCancellation(ctx, rfq, reason);
    }
    const waiting = await repo.find({ where: { caseId: purchaseCase.id, status: RfqStatus.DRAFT, approval: RfqApproval.REQUESTED } });
    for (const rfq of waiting) {
      await repo.update(rfq.id, { approval: RfqApproval.NONE, updatedAt: this.clock.now() });
      await this.audit.record(ctx, {
        action: 'rfq.approval-withdrawn',
        entityType: 'Rfq',
        entityId: rfq.id,
        organizationId: purchaseCase.organizationId,
        summary: { reference: rfq.reference, caseReference: purchaseCase.reference, reason, byCancellation: true },
      });
    }
    return [...published.map((rfq) => ({ kind: 'rfq' as const, reference: rfq.reference })), ...waiting.map((rfq) => ({ kind: 'rfq-approval' as const, reference: rfq.reference }))];
  }

  /** The RFQ if the caller may see its case; `permission` is checked against the caller's roles on the case. */
  async open(ctx: RequestContext, rfqId: string, permission: Permission, lock = false): Promise<{ rfq: Rfq; purchaseCase: PurchaseCase }> {
    assertId(rfqId, 'RFQ');
    const rfq = await this.connection.getRepository(ctx, Rfq).findOne({
      where: { id: rfqId, organizationId: ctx.organizationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!rfq) throw notFound('RFQ');
    const access = await this.access.open(ctx, rfq.caseId, lock).catch((e: unknown) => {
      if (e instanceof AppError && e.code === ErrorCode.NOT_FOUND) throw notFound('RFQ');
      throw e;
    });
    this.access.require(access, permission);
    return { rfq, purchaseCase: access.purchaseCase };
  }

  /** The case's live RFQ (or its last one), for the case page. */
  async ofCase(ctx: RequestContext, caseId: string): Promise<Rfq | null> {
    return this.connection.getRepository(ctx, Rfq).findOne({
      where: { caseId, organizationId: ctx.organizationId },
      order: { createdAt: 'DESC' },
    });
  }

  async create(ctx: RequestContext, caseId: string, terms: RfqTerms): Promise<Rfq> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.RFQ_MANAGE, true);
    if (purchaseCase.stage !== CaseStage.SOURCING) {
      throw new AppError(ErrorCode.STAGE_LOCKED, `An RFQ is set up while the case is in SOURCING; ${purchaseCase.reference} is in ${purchaseCase.stage}`, {
        field: 'caseId',
        details: { stage: purchaseCase.stage },
      });
    }
    const repo = this.connection.getRepository(ctx, Rfq);
    if (await repo.exists({ where: { caseId, status: Not(RfqStatus.CANCELLED) } })) throw conflict('This case has an RFQ already', 'caseId');
    const version = await this.specifications.latestApproved(ctx, caseId);
    if (!version) {
      throw new AppError(ErrorCode.SPECIFICATION_MISSING, 'The RFQ refers to an approved specification: approve a version first', { field: 'caseId' });
    }
    const count = await repo.count({ where: { caseId } });
    const now = this.clock.nowMs();
    assertFuture('closesAt', terms.closesAt, now);
    assertFuture('questionsCloseAt', terms.questionsCloseAt, now);
    // By default two weeks ahead, late morning in Central Europe (11:00 UTC).
    const closesAt = terms.closesAt ?? new Date(`${new Date(now + 14 * DAY).toISOString().slice(0, 10)}T11:00:00Z`);
    const draft: Partial<Rfq> = {
      organizationId: ctx.organizationId,
      caseId,
      reference: `${purchaseCase.reference}-R${count + 1}`,
      title: terms.title ?? purchaseCase.title,
      description: terms.description ?? purchaseCase.description,
      specificationVersionId: version.id,
      status: RfqStatus.DRAFT,
      approval: RfqApproval.NONE,
      closesAt,
      questionsCloseAt: terms.questionsCloseAt ?? new Date(Math.max(now, closesAt.getTime() - 3 * DAY)),
      currency: purchaseCase.currency,
      deliveryTerms: terms.deliveryTerms ?? '',
      deliveryDate: terms.deliveryDate ?? purchaseCase.neededBy,
      deliveryAddress: terms.deliveryAddress ?? '',
      paymentTerms: terms.paymentTerms ?? '',
      validityDays: terms.validityDays ?? 90,
      instructions: terms.instructions ?? '',
      criteria: terms.criteria ?? DEFAULT_CRITERIA[purchaseCase.importance].map((c) => ({ ...c })),
      twoEnvelope: terms.twoEnvelope ?? false,
      shortPeriodJustification: justification(terms.shortPeriodJustification),
      createdBy: ctx.userId,
    };
    assertRfqTerms(draft as Rfq);
    const rfq = await repo.save(repo.create(draft));
    await this.audit.record(ctx, {
      action: 'rfq.created',
      entityType: 'Rfq',
      entityId: rfq.id,
      summary: {
        reference: rfq.reference,
        case: purchaseCase.reference,
        specificationVersion: version.version,
        criteria: rfq.criteria,
        twoEnvelope: rfq.twoEnvelope,
        ...(rfq.shortPeriodJustification ? { shortPeriodJustification: rfq.shortPeriodJustification } : {}),
      },
    });
    return rfq;
  }

  /** Changes a draft; a change after the approval was asked for or given needs a new approval. */
  async update(ctx: RequestContext, rfqId: string, terms: RfqTerms): Promise<Rfq> {
    const { rfq } = await this.open(ctx, rfqId, Permission.RFQ_MANAGE, true);
    if (rfq.status !== RfqStatus.DRAFT && terms.twoEnvelope !== undefined && terms.twoEnvelope !== rfq.twoEnvelope) {
      // The suppliers quoted knowing how they are evaluated: the choice freezes with the other terms.
      throw new AppError(ErrorCode.CONFLICT, `${rfq.reference} is ${rfq.status.toLowerCase()}: the two-envelope choice is frozen at publishing`, {
        field: 'twoEnvelope',
        details: { status: rfq.status, twoEnvelope: rfq.twoEnvelope },
      });
    }
    if (rfq.status !== RfqStatus.DRAFT) throw this.notDraft(rfq, 'changing its terms');
    assertFuture('closesAt', terms.closesAt, this.clock.nowMs());
    assertFuture('questionsCloseAt', terms.questionsCloseAt, this.clock.nowMs());
    if (terms.shortPeriodJustification !== undefined) terms = { ...terms, shortPeriodJustification: justification(terms.shortPeriodJustification) };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const next = { ...rfq };
    for (const key of TERM_FIELDS) {
      const value = terms[key];
      if (value === undefined) continue;
      const old = rfq[key];
      if (JSON.stringify(old) === JSON.stringify(value)) continue;
      before[key] = old;
      after[key] = value;
      (next as Record<string, unknown>)[key] = value;
    }
    if (Object.keys(after).length === 0) {
      await this.audit.record(ctx, { action: 'rfq.updated', entityType: 'Rfq', entityId: rfq.id, summary: { reference: rfq.reference, unchanged: true } });
      return rfq;
    }
    assertRfqTerms(next);
    const resetApproval = rfq.approval !== RfqApproval.NONE && rfq.approval !== RfqApproval.RETURNED;
    Object.assign(next, { updatedAt: this.clock.now() }, resetApproval ? { approval: RfqApproval.NONE } : {});
    await this.connection.getRepository(ctx, Rfq).save(next);
    await this.audit.record(ctx, {
      action: 'rfq.updated',
      entityType: 'Rfq',
      entityId: rfq.id,
      summary: { reference: rfq.reference, before, after, ...(resetApproval ? { approvalReset: rfq.approval } : {}) },
    });
    return next;
  }

  async requestApproval(ctx: RequestContext, rfqId: string): Promise<Rfq> {
    const { rfq, purchaseCase } = await this.open(ctx, rfqId, Permission.RFQ_MANAGE, true);
    if (rfq.status !== RfqStatus.DRAFT) throw this.notDraft(rfq, 'asking for approval');
    if (rfq.approval === RfqApproval.REQUESTED || rfq.approval === RfqApproval.APPROVED) {
      throw conflict(`The approval is ${rfq.approval.toLowerCase()} already`);
    }
    assertRfqTerms(rfq);
    const period = await this.assertBiddingPeriod(ctx, rfq, purchaseCase);
    await this.pool.assertCompletable(ctx, [Role.GATEKEEPER], { requesterId: ctx.userId, caseId: rfq.caseId, supplierIds: [], field: 'id', subject: `The approval of ${rfq.reference}` });
    const now = this.clock.now();
    Object.assign(rfq, { approval: RfqApproval.REQUESTED, approvalRequestedBy: ctx.userId, approvalRequestedAt: now, approvalDecidedBy: null, approvalDecidedAt: null, approvalComment: null, updatedAt: now });
    await this.connection.getRepository(ctx, Rfq).save(rfq);
    await this.audit.record(ctx, {
      action: 'rfq.approval-requested',
      entityType: 'Rfq',
      entityId: rfq.id,
      summary: { reference: rfq.reference, ...(period.short ? { shortPeriod: period } : {}) },
    });
    await ctx.publish(RfqApprovalRequested, { rfqId: rfq.id });
    return rfq;
  }

  /** The gatekeeper's decision. Not by whoever asked for it (separation of duties). */
  async decideApproval(ctx: RequestContext, rfqId: string, approve: boolean, comment: string | null): Promise<Rfq> {
    const { rfq, purchaseCase } = await this.open(ctx, rfqId, Permission.RFQ_APPROVE, true);
    if (rfq.status !== RfqStatus.DRAFT || rfq.approval !== RfqApproval.REQUESTED) {
      throw conflict(`${rfq.reference} is not waiting for approval`);
    }
    await this.pool.assertMayDecide(ctx, { requesterId: rfq.approvalRequestedBy, caseId: rfq.caseId, supplierIds: [], subject: `the approval of ${rfq.reference}`, field: 'id' });
    const text = comment?.trim() || null;
    if (!approve && !text) throw validationFailed('comment', 'Say what must change');
    if (text && text.length > 2000) throw validationFailed('comment', 'A comment is at most 2000 characters');
    const now = this.clock.now();
    Object.assign(rfq, {
      approval: approve ? RfqApproval.APPROVED : RfqApproval.RETURNED,
      approvalDecidedBy: ctx.userId,
      approvalDecidedAt: now,
      approvalComment: text,
      updatedAt: now,
    });
    await this.connection.getRepository(ctx, Rfq).save(rfq);
    await this.audit.record(ctx, {
      action: approve ? 'rfq.approved' : 'rfq.returned',
      entityType: 'Rfq',
      entityId: rfq.id,
      summary: { reference: rfq.reference, ...(text ? { comment: text } : {}) },
    });
    await ctx.publish(RfqApprovalDecided, { rfqId: rfq.id, approved: approve });
    return rfq;
  }

  /**
   * Publishes the approved RFQ: criteria and terms freeze, every shortlisted supplier is invited
   * (by email, with a registration link where it has no portal account), the case moves to RFQ,
   * and the closing and reminder jobs are written in the same transaction.
   */
  async publish(ctx: RequestContext, rfqId: string): Promise<Rfq> {
    const { rfq, purchaseCase } = await this.open(ctx, rfqId, Permission.RFQ_MANAGE, true);
    if (rfq.status !== RfqStatus.DRAFT) throw this.notDraft(rfq, 'publishing');
    if (rfq.approval !== RfqApproval.APPROVED) {
      throw new AppError(ErrorCode.CONFLICT, 'A gatekeeper must approve the RFQ before it is published', { field: 'id', details: { approval: rfq.approval } });
    }
    assertRfqTerms(rfq);
    const period = await this.assertBiddingPeriod(ctx, rfq, purchaseCase);
    const latest = await this.specifications.latestApproved(ctx, rfq.caseId);
    if (latest?.id !== rfq.specificationVersionId) {
      throw new AppError(ErrorCode.STALE, 'A newer specification version was approved since: update the RFQ to it first', {
        field: 'specificationVersionId',
        details: { latestVersionId: latest?.id ?? null },
      });
    }
    const entries = await this.connection.getRepository(ctx, ShortlistEntry).find({ where: { caseId: rfq.caseId, decision: ShortlistDecision.IN } });
    const suppliers = entries.length
      ? await this.connection.getRepository(ctx, Supplier).find({ where: { id: In(entries.map((e) => e.supplierId)), organizationId: ctx.organizationId } })
      : [];
    const blocked = suppliers.filter((s) => s.qualificationStatus === QualificationStatus.BLOCKED);
    if (blocked.length > 0) {
      throw new AppError(ErrorCode.CONFLICT, `Blocked since the shortlist was approved: ${blocked.map((s) => s.name).join(', ')}`, {
        field: 'id',
        details: { supplierIds: blocked.map((s) => s.id) },
      });
    }
    // The stage move checks the shortlist's approval and the single-source rule.
    await this.transitions.moveVia(ctx, purchaseCase, CaseStage.RFQ, TransitionVia.RFQ_PUBLISH);
    const now = this.clock.now();
    Object.assign(rfq, { status: RfqStatus.PUBLISHED, publishedAt: now, publishedBy: ctx.userId, updatedAt: now });
    await this.connection.getRepository(ctx, Rfq).save(rfq);
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).save(
      suppliers
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((s) =>
          this.connection.getRepository(ctx, RfqInvitation).create({
            organizationId: ctx.organizationId,
            rfqId: rfq.id,
            supplierId: s.id,
            supplierName: s.name,
            supplierOrganizationId: s.portalOrganizationId,
            status: InvitationStatus.SENT,
          }),
        ),
    );
    await this.audit.record(ctx, {
      action: 'rfq.published',
      entityType: 'Rfq',
      entityId: rfq.id,
      summary: {
        reference: rfq.reference,
        closesAt: rfq.closesAt.toISOString(),
        questionsCloseAt: rfq.questionsCloseAt.toISOString(),
        criteria: rfq.criteria,
        twoEnvelope: rfq.twoEnvelope,
        ...(period.short ? { shortPeriod: period } : {}),
        invited: invitations.map((i) => i.supplierName),
      },
    });
    await ctx.publish(RfqPublished, { rfqId: rfq.id, invitationIds: invitations.map((i) => i.id) });
    await this.scheduleJobs(ctx, rfq);
    return rfq;
  }

  /** Moves the closing time later (never earlier); every invitee is told, with the new date as .ics. */
  async extend(ctx: RequestContext, rfqId: string, closesAt: Date, questionsCloseAt: Date | null, reason: string): Promise<Rfq> {
    const { rfq, purchaseCase } = await this.open(ctx, rfqId, Permission.RFQ_MANAGE, true);
    const text = reason.trim();
    if (!text) throw validationFailed('reason', 'Say why the closing time changes: the suppliers are told');
    if (text.length > 2000) throw validationFailed('reason', 'A reason is at most 2000 characters');
    const now = this.clock.now();
    if (!rfqOpenAt(rfq, now)) {
      throw new AppError(ErrorCode.RFQ_CLOSED, `${rfq.reference} has closed: its closing time cannot change`, { field: 'id' });
    }
    if (closesAt.getTime() <= rfq.closesAt.getTime()) throw validationFailed('closesAt', 'The new closing time must be later than the current one');
    assertFuture('questionsCloseAt', questionsCloseAt ?? undefined, now.getTime());
    const questions = questionsCloseAt ?? rfq.questionsCloseAt;
    if (questions > closesAt) throw validationFailed('questionsCloseAt', 'The question deadline cannot be after the closing time');
    if (questions < rfq.questionsCloseAt) throw validationFailed('questionsCloseAt', 'The question deadline can only move later');
    const previous = rfq.closesAt;
    Object.assign(rfq, { closesAt, questionsCloseAt: questions, closingChanges: rfq.closingChanges + 1, updatedAt: now });
    await this.connection.getRepository(ctx, Rfq).save(rfq);
    await this.audit.record(ctx, {
      action: 'rfq.closing-extended',
      entityType: 'Rfq',
      entityId: rfq.id,
      summary: { reference: rfq.reference, from: previous.toISOString(), to: closesAt.toISOString(), questionsCloseAt: questions.toISOString(), reason: text },
    });
    await extendRegistrationLinks(this.connection.manager(ctx), rfq);
    await ctx.publish(RfqClosingChanged, { rfqId: rfq.id, previousClosesAt: previous.toISOString(), reason: text });
    await this.scheduleJobs(ctx, rfq);
    return rfq;
  }

  /** Cancels a draft or a published RFQ; a published one takes the case back to SOURCING and tells the invitees. */
  async cancel(ctx: RequestContext, rfqId: string, reason: string): Promise<Rfq> {
    const { rfq, purchaseCase } = await this.open(ctx, rfqId, Permission.RFQ_MANAGE, true);
    const text = reason.trim();
    if (!text) throw validationFailed('reason', 'Say why the RFQ is cancelled');
    if (text.length > 2000) throw validationFailed('reason', 'A reason is at most 2000 characters');
    const now = this.clock.now();
    if (rfq.status === RfqStatus.CLOSED || rfq.status === RfqStatus.CANCELLED) throw conflict(`${rfq.reference} is ${rfq.status.toLowerCase()} already`);
    // A published RFQ takes the case back to SOURCING: the stage machine says whether it still may (not past its closing time).
    if (rfq.status === RfqStatus.PUBLISHED && (await this.transitions.blockersOf(ctx, purchaseCase, CaseStage.SOURCING, text))?.includes(TransitionBlocker.RFQ_CLOSED)) {
      throw new AppError(ErrorCode.RFQ_CLOSED, `${rfq.reference} has closed: its quotes are being opened`, { field: 'id' });
    }
    const wasPublished = rfq.status === RfqStatus.PUBLISHED;
    Object.assign(rfq, { status: RfqStatus.CANCELLED, cancelledAt: now, cancelReason: text, updatedAt: now });
    await this.connection.getRepository(ctx, Rfq).save(rfq);
    await this.audit.record(ctx, { action: 'rfq.cancelled', entityType: 'Rfq', entityId: rfq.id, summary: { reference: rfq.reference, reason: text, wasPublished } });
    if (wasPublished) {
      await this.transitions.moveVia(ctx, purchaseCase, CaseStage.SOURCING, TransitionVia.RFQ_CANCEL, `RFQ ${rfq.reference} cancelled: ${text}`);
      await this.announceCancellation(ctx, rfq, text);
    }
    return rfq;
  }

  /** The RFQ's registration links expire with it, and its invitees are told once it commits. */
  private async announceCancellation(ctx: RequestContext, rfq: Rfq, reason: string): Promise<void> {
    await expireRegistrationLinks(this.connection.manager(ctx), rfq, this.clock.now());
    await ctx.publish(RfqCancelled, { rfqId: rfq.id, reason });
  }

  private async scheduleJobs(ctx: RequestContext, rfq: Rfq): Promise<void> {
    await this.jobs.send(ctx, RFQ_CLOSE_QUEUE, { rfqId: rfq.id }, rfq.closesAt);
    const remindAt = new Date(rfq.closesAt.getTime() - this.config.rfqReminderHours * 3_600_000);
    if (remindAt.getTime() > this.clock.nowMs()) await this.jobs.send(ctx, RFQ_REMIND_QUEUE, { rfqId: rfq.id }, remindAt);
  }

  /**
   * The closing time is still ahead, and the bidding period from now reaches the policy's minimum
   * for the case's purchase type, or the RFQ says why it is shorter. Checked when approval is asked
   * for and again at publishing (the period shrinks while the draft waits).
   */
  private async assertBiddingPeriod(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase): Promise<BiddingPeriod> {
    const now = this.clock.nowMs();
    assertFuture('closesAt', rfq.closesAt, now);
    const minimumDays = await this.policies.minimumBiddingDays(ctx, purchaseCase.purchaseType);
    const days = Math.floor(((rfq.closesAt.getTime() - now) / DAY) * 10) / 10;
    const short = rfq.closesAt.getTime() - now < minimumDays * DAY;
    if (short && !rfq.shortPeriodJustification) {
      throw new AppError(
        ErrorCode.BIDDING_PERIOD_TOO_SHORT,
        `A ${purchaseCase.purchaseType.toLowerCase().replace(/_/g, ' ')} gives suppliers at least ${minimumDays} days to quote: set a later closing time or say why the period is shorter`,
        { field: 'shortPeriodJustification', details: { minimumDays, days, purchaseType: purchaseCase.purchaseType, closesAt: rfq.closesAt.toISOString() } },
      );
    }
    return { short, days, minimumDays, ...(short ? { justification: rfq.shortPeriodJustification } : {}) };
  }

  private notDraft(rfq: Rfq, doing: string): AppError {
    return new AppError(ErrorCode.CONFLICT, `${rfq.reference} is ${rfq.status.toLowerCase()}: ${doing} is only possible while it is a draft`, {
      details: { status: rfq.status },
    });
  }

  /** The specification the RFQ was sent with (the caller reached the RFQ: purchasing's service reads it). */
  specification(ctx: RequestContext, rfq: Rfq): Promise<SpecificationContent> {
    return this.specifications.contentOfVersion(ctx, rfq.specificationVersionId);
  }

  /** The RFQs of these cases that may still make work (published, waiting for approval, closed), with their count of invitees yet to answer. */
  activeOfCases(ctx: RequestContext, caseIds: readonly string[]): Promise<ActiveRfqRow[]> {
    return this.connection.manager(ctx).query(
      `SELECT r.id, r.reference, r.case_id AS "caseId", r.status, r.approval, r.approval_requested_by AS "approvalRequestedBy",
              r.approval_requested_at AS "approvalRequestedAt", r.closes_at AS "closesAt", r.published_at AS "publishedAt",
              r.closed_at AS "closedAt", r.criteria, r.technical_locked_at AS "technicalLockedAt",
              (SELECT count(*) FROM rfq_invitation i WHERE i.rfq_id = r.id AND i.status = ANY($3::text[]))::int AS outstanding
         FROM rfq r
        WHERE r.organization_id = $1 AND r.case_id = ANY($2::uuid[])
          AND (r.status = 'PUBLISHED' OR (r.status = 'DRAFT' AND r.approval = 'REQUESTED') OR r.status = 'CLOSED')`,
      [ctx.organizationId, [...caseIds], [InvitationStatus.SENT, InvitationStatus.VIEWED]],
    );
  }
}
