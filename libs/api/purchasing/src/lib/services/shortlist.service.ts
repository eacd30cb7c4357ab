import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, Clock, CombinedReads, conflict, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { SupplierService } from '@bc/api/suppliers';
import {
  CaseStage,
  certificateGaps,
  ErrorCode,
  Permission,
  Role,
  PRE_RFQ_STAGES,
  QualificationStatus,
  ShortlistDecision,
  ShortlistSource,
  ShortlistStatus,
  ShortlistWarningKind,
  TransitionBlocker,
} from '@bc/shared/domain';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { Shortlist, ShortlistEntry, ShortlistReview, ShortlistReviewAction } from '../entities/shortlist.entity';
import { ApproverPoolService } from './approver-pool.service';
import { CaseAccessService } from './case-access.service';
import { CaseCancellationService, Withdrawn } from './case-cancellation.service';
import { stageLocked } from './case.service';
import { PolicyService } from './policy.service';

export interface ShortlistWarning {
  supplierId: string;
  supplierName: string;
  kind: ShortlistWarningKind;
  /** The required certificate missing or expired, as the case names it; null for BLOCKED. */
  certificate: string | null;
  /** The block's reason, or the expiry date (YYYY-MM-DD). */
  detail: string | null;
}

/** Sources a buyer gives; REBUY and INCUMBENT entries are made by the server when a rebuy opens. */
const USER_SOURCES: readonly ShortlistSource[] = [ShortlistSource.SUGGESTION, ShortlistSource.SEARCH];

/**
 * The shortlist of a case: buyers take suppliers in or leave them out (with a reason each) and
 * submit it; a gatekeeper approves or returns it. Any change after submission puts it back to
 * DRAFT. Every review step is kept (shortlist_review, append-only).
 */
@Injectable()
export class ShortlistService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly suppliers: SupplierService,
    private readonly policy: PolicyService,
    private readonly pool: ApproverPoolService,
    private readonly cancellation: CaseCancellationService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.cancellation.register((ctx, purchaseCase, reason) => this.withdrawForCancellation(ctx, purchaseCase, reason));
  }

  /** A submitted shortlist of a case being cancelled goes back to draft: no gatekeeper is asked any more. */
  private async withdrawForCancellation(ctx: RequestContext, purchaseCase: PurchaseCase, reason: string): Promise<Withdrawn[]> {
    const shortlist = await this.connection.getRepository(ctx, Shortlist).findOne({ where: { caseId: purchaseCase.id } });
    if (shortlist?.status !== ShortlistStatus.SUBMITTED) return [];
    const now = this.clock.now();
    await this.connection
      .getRepository(ctx, Shortlist)
      .update(purchaseCase.id, { status: ShortlistStatus.DRAFT, submittedBy: null, submittedAt: null, updatedAt: now });
    const suppliersIn = await this.countIn(ctx, purchaseCase.id);
    await this.review(ctx, purchaseCase.id, ShortlistReviewAction.REOPENED, `Withdrawn: the case was cancelled (${reason})`, null, suppliersIn);
    await this.audit.record(ctx, {
      action: 'shortlist.withdrawn',
      entityType: 'PurchaseCase',
      entityId: purchaseCase.id,
      organizationId: purchaseCase.organizationId,
      summary: { reference: purchaseCase.reference, suppliersIn, reason, byCancellation: true },
    });
    return [{ kind: 'shortlist', suppliersIn }];
  }

  async setEntry(
    ctx: RequestContext,
    caseId: string,
    entry: { supplierId: string; decision: ShortlistDecision; reason: string; source: ShortlistSource },
  ): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.SHORTLIST_EDIT, true);
    if (!PRE_RFQ_STAGES.includes(purchaseCase.stage)) throw stageLocked(purchaseCase, 'changing the shortlist');
    const reason = entry.reason.trim();
    if (!reason) throw validationFailed('reason', 'Give a reason for taking the supplier in or leaving it out');
    if (!USER_SOURCES.includes(entry.source)) throw validationFailed('source', `${entry.source} entries are made by the server`);
    const supplier =
      entry.decision === ShortlistDecision.IN
        ? await this.suppliers.assertUsable(ctx, entry.supplierId, 'supplierId')
        : await this.suppliers.get(ctx, entry.supplierId);
    const repo = this.connection.getRepository(ctx, ShortlistEntry);
    const existing = await repo.findOne({ where: { caseId, supplierId: supplier.id } });
    const decidedAt = this.clock.now();
    if (existing) {
      await repo.update(existing.id, { decision: entry.decision, reason, decidedBy: ctx.userId, decidedAt });
    } else {
      await repo.insert({ caseId, supplierId: supplier.id, decision: entry.decision, reason, source: entry.source, decidedBy: ctx.userId, decidedAt });
    }
    await this.reopenIfReviewed(ctx, caseId);
    await this.audit.record(ctx, {
      action: 'shortlist.entry-set',
      entityType: 'PurchaseCase',
      entityId: caseId,
      summary: {
        reference: purchaseCase.reference,
        supplierId: supplier.id,
        supplier: supplier.name,
        decision: entry.decision,
        reason,
        ...(existing ? { before: { decision: existing.decision, reason: existing.reason } } : { source: entry.source }),
      },
    });
    return purchaseCase;
  }

  async submit(ctx: RequestContext, caseId: string, justification?: string | null): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.SHORTLIST_EDIT, true);
    if (!PRE_RFQ_STAGES.includes(purchaseCase.stage)) throw stageLocked(purchaseCase, 'submitting the shortlist');
    const shortlist = await this.get(ctx, caseId);
    if (shortlist.status === ShortlistStatus.SUBMITTED || shortlist.status === ShortlistStatus.APPROVED) {
      throw conflict(`The shortlist is already ${shortlist.status.toLowerCase()}`);
    }
    const suppliersIn = await this.countIn(ctx, caseId);
    if (suppliersIn === 0) throw validationFailed('caseId', 'Take at least one supplier in before submitting the shortlist');
    const minimum = await this.policy.minimumSuppliers(ctx, purchaseCase.purchaseType);
    const text = justification?.trim() || null;
    if (suppliersIn < minimum && !text) {
      throw new AppError(
        ErrorCode.VALIDATION_FAILED,
        `${suppliersIn} supplier(s) taken in, the policy asks for ${minimum}: justify the single source in writing`,
        { field: 'singleSourceJustification', details: { blockers: [TransitionBlocker.SINGLE_SOURCE_UNJUSTIFIED], minimum, suppliersIn } },
      );
    }
    const kept = suppliersIn < minimum ? text : null;
    const inIds = (await this.connection.getRepository(ctx, ShortlistEntry).find({ where: { caseId, decision: ShortlistDecision.IN } })).map((e) => e.supplierId);
    await this.pool.assertCompletable(ctx, [Role.GATEKEEPER], { requesterId: ctx.userId, caseId, supplierIds: inIds, field: 'caseId', subject: 'The shortlist' });
    const now = this.clock.now();
    await this.connection.getRepository(ctx, Shortlist).update(caseId, {
      status: ShortlistStatus.SUBMITTED,
      singleSourceJustification: kept,
      submittedBy: ctx.userId,
      submittedAt: now,
      approvedBy: null,
      approvedAt: null,
      updatedAt: now,
    });
    await this.review(ctx, caseId, ShortlistReviewAction.SUBMITTED, null, kept, suppliersIn);
    await this.audit.record(ctx, {
      action: 'shortlist.submitted',
      entityType: 'PurchaseCase',
      entityId: caseId,
      summary: { reference: purchaseCase.reference, suppliersIn, minimum, ...(kept ? { singleSourceJustification: kept } : {}) },
    });
    return purchaseCase;
  }

  /**
   * The gatekeeper's approval. Not by whoever submitted it (separation of duties), nor by someone
   * who declared a conflict of interest with a supplier taken in.
   */
  async approve(ctx: RequestContext, caseId: string, comment?: string | null): Promise<PurchaseCase> {
    const { purchaseCase, shortlist } = await this.openSubmitted(ctx, caseId);
    const inIds = (await this.connection.getRepository(ctx, ShortlistEntry).find({ where: { caseId, decision: ShortlistDecision.IN } })).map(
      (e) => e.supplierId,
    );
    await this.pool.assertMayDecide(ctx, { requesterId: shortlist.submittedBy, caseId, supplierIds: inIds, subject: 'the approval of this shortlist' });
    const text = comment?.trim() || null;
    const warnings = await this.warnings(ctx, caseId);
    const now = this.clock.now();
    await this.connection
      .getRepository(ctx, Shortlist)
      .update(caseId, { status: ShortlistStatus.APPROVED, approvedBy: ctx.userId, approvedAt: now, updatedAt: now });
    await this.review(ctx, caseId, ShortlistReviewAction.APPROVED, text, shortlist.singleSourceJustification, inIds.length);
    await this.audit.record(ctx, {
      action: 'shortlist.approved',
      entityType: 'PurchaseCase',
      entityId: caseId,
      summary: {
        reference: purchaseCase.reference,
        suppliersIn: inIds.length,
        ...(text ? { comment: text } : {}),
        // What the gatekeeper was shown and approved anyway, on the record.
        ...(warnings.length
          ? {
              warnings: warnings.map((w) => ({
                supplier: w.supplierName,
                kind: w.kind,
                ...(w.certificate ? { certificate: w.certificate } : {}),
                ...(w.detail ? { detail: w.detail } : {}),
              })),
            }
          : {}),
      },
    });
    return purchaseCase;
  }

  /**
   * What the gatekeeper must see before approving, per shortlisted (IN) supplier by name: blocked,
   * and each certificate the case requires that none on file meets, or that only expired ones meet
   * (`certificateGaps`, the one matching rule). A case that requires none gets no certificate warning.
   */
  async warnings(ctx: RequestContext, caseId: string): Promise<ShortlistWarning[]> {
    // One read (joined with the request's other reads of this tick): the requirements and who is shortlisted.
    const [{ required, today, shortlisted }] = await this.reads.rows<{ required: string[]; today: string; shortlisted: string[] }>(
      ctx,
      `SELECT c.required_certificates AS required, to_char(current_date, 'YYYY-MM-DD') AS today,
              ARRAY (SELECT e.supplier_id FROM shortlist_entry e WHERE e.case_id = c.id AND e.decision = $3) AS shortlisted
         FROM purchase_case c WHERE c.id = $1 AND c.organization_id = $2`,
      [caseId, ctx.organizationId, ShortlistDecision.IN],
    );
    const rows = await this.suppliers.qualifications(ctx, shortlisted, required.length > 0);
    return rows.flatMap((r): ShortlistWarning[] => [
      ...(r.status === QualificationStatus.BLOCKED
        ? [{ supplierId: r.id, supplierName: r.name, kind: ShortlistWarningKind.BLOCKED, certificate: null, detail: r.blockedReason }]
        : []),
      ...certificateGaps(required, r.certificates, today).map((gap) =>
        gap.kind === 'EXPIRED'
          ? { supplierId: r.id, supplierName: r.name, kind: ShortlistWarningKind.CERTIFICATE_EXPIRED, certificate: gap.certificate, detail: gap.expiredOn }
          : { supplierId: r.id, supplierName: r.name, kind: ShortlistWarningKind.CERTIFICATE_MISSING, certificate: gap.certificate, detail: null },
      ),
    ]);
  }

  async returnForRework(ctx: RequestContext, caseId: string, comment: string): Promise<PurchaseCase> {
    const text = comment.trim();
    if (!text) throw validationFailed('comment', 'Say what must change');
    const { purchaseCase, shortlist } = await this.openSubmitted(ctx, caseId);
    const now = this.clock.now();
    await this.connection.getRepository(ctx, Shortlist).update(caseId, { status: ShortlistStatus.RETURNED, updatedAt: now });
    await this.review(ctx, caseId, ShortlistReviewAction.RETURNED, text, shortlist.singleSourceJustification, await this.countIn(ctx, caseId));
    await this.audit.record(ctx, {
      action: 'shortlist.returned',
      entityType: 'PurchaseCase',
      entityId: caseId,
      summary: { reference: purchaseCase.reference, comment: text },
    });
    return purchaseCase;
  }

  async get(ctx: RequestContext, caseId: string): Promise<Shortlist> {
    return this.connection.getRepository(ctx, Shortlist).findOneOrFail({ where: { caseId } });
  }

  private async openSubmitted(ctx: RequestContext, caseId: string): Promise<{ purchaseCase: PurchaseCase; shortlist: Shortlist }> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.SHORTLIST_APPROVE, true);
    if (!PRE_RFQ_STAGES.includes(purchaseCase.stage)) throw stageLocked(purchaseCase, 'reviewing the shortlist');
    const shortlist = await this.get(ctx, caseId);
    if (shortlist.status !== ShortlistStatus.SUBMITTED) throw conflict(`The shortlist is ${shortlist.status.toLowerCase()}, not submitted`);
    return { purchaseCase, shortlist };
  }

  /** A change after submission or approval needs a new approval: back to DRAFT, and the history says so. */
  private async reopenIfReviewed(ctx: RequestContext, caseId: string): Promise<void> {
    const shortlist = await this.get(ctx, caseId);
    const now = this.clock.now();
    // DRAFT and RETURNED are being worked on: nothing to reopen.
    if (shortlist.status === ShortlistStatus.DRAFT || shortlist.status === ShortlistStatus.RETURNED) {
      await this.connection.getRepository(ctx, Shortlist).update(caseId, { updatedAt: now });
      return;
    }
    await this.connection.getRepository(ctx, Shortlist).update(caseId, {
      status: ShortlistStatus.DRAFT,
      singleSourceJustification: null,
      submittedBy: null,
      submittedAt: null,
      approvedBy: null,
      approvedAt: null,
      updatedAt: now,
    });
    await this.review(ctx, caseId, ShortlistReviewAction.REOPENED, `Changed while ${shortlist.status.toLowerCase()}`, null, await this.countIn(ctx, caseId));
  }

  private countIn(ctx: RequestContext, caseId: string): Promise<number> {
    return this.connection.getRepository(ctx, ShortlistEntry).count({ where: { caseId, decision: ShortlistDecision.IN } });
  }

  private async review(
    ctx: RequestContext,
    caseId: string,
    action: ShortlistReviewAction,
    comment: string | null,
    singleSourceJustification: string | null,
    suppliersIn: number,
  ): Promise<void> {
    await this.connection
      .getRepository(ctx, ShortlistReview)
      .insert({ caseId, action, comment, singleSourceJustification, suppliersIn, actorUserId: ctx.userId });
  }

  /** The organization's shortlists submitted for approval, of cases in these stages, with their case. */
  awaitingApproval(
    ctx: RequestContext,
    stages: readonly CaseStage[],
  ): Promise<Array<{ caseId: string; submittedAt: Date; submittedBy: string | null; reference: string; title: string }>> {
    return this.connection.manager(ctx).query(
      `SELECT s.case_id AS "caseId", s.submitted_at AS "submittedAt", s.submitted_by AS "submittedBy", c.reference, c.title
         FROM shortlist s JOIN purchase_case c ON c.id = s.case_id
        WHERE c.organization_id = $1 AND s.status = $2 AND c.stage = ANY($3::text[])`,
      [ctx.organizationId, ShortlistStatus.SUBMITTED, [...stages]],
    );
  }
}
