import { Injectable } from '@nestjs/common';
import { AppError, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { SupplierService } from '@bc/api/suppliers';
import {
  CaseStage,
  ErrorCode,
  ImportanceClass,
  Permission,
  PurchaseType,
  QualificationStatus,
  Role,
  ShortlistDecision,
  ShortlistSource,
  SpecificationStatus,
} from '@bc/shared/domain';
import { Need } from '../entities/need.entity';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { ShortlistEntry } from '../entities/shortlist.entity';
import { CaseAccessService } from './case-access.service';
import { CaseService } from './case.service';
import { CaseVisibility } from './case-visibility.service';
import { SpecificationService } from './specification.service';

/**
 * The purchase type sets the path (product.md, "The kind of purchase changes the path"):
 * - MODIFIED_REBUY: from any earlier case with a specification; its latest approved version
 *   (else its latest) becomes an editable DRAFT version 1, its IN suppliers are pre-filled as a
 *   DRAFT shortlist (source REBUY); the case starts in SPECIFICATION.
 * - STRAIGHT_REBUY: from an AWARDED case; the same frozen specification (an APPROVED version 1
 *   that records where it came from), the incumbent pre-shortlisted (INCUMBENT); starts in SOURCING.
 */
@Injectable()
export class RebuyService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly cases: CaseService,
    private readonly specifications: SpecificationService,
    private readonly suppliers: SupplierService,
    private readonly visibility: CaseVisibility,
  ) {}

  /**
   * `need`: when a buyer accepts a need as a rebuy, the case takes the need's own data (title,
   * value, date, budget) and links to it; `team` adds to the carried-over team.
   */
  async create(
    ctx: RequestContext,
    input: { sourceCaseId: string; purchaseType: PurchaseType; title?: string; importance?: ImportanceClass },
    fromNeed?: { need: Need; team: Array<{ userId: string; role: Role }>; categoryCode?: string | null },
  ): Promise<PurchaseCase> {
    if (input.purchaseType === PurchaseType.NEW_TASK) {
      throw validationFailed('input.purchaseType', 'A rebuy is MODIFIED_REBUY or STRAIGHT_REBUY; open a new purchase with createPurchaseCase');
    }
    const { purchaseCase: source } = await this.access.openFor(ctx, input.sourceCaseId, Permission.CASE_MANAGE);
    const straight = input.purchaseType === PurchaseType.STRAIGHT_REBUY;
    if (straight && source.stage !== CaseStage.AWARDED) {
      throw validationFailed('input.sourceCaseId', `A straight rebuy repeats an awarded purchase; ${source.reference} is in ${source.stage}`);
    }
    const spec = await this.specifications.latestApproved(ctx, source.id, !straight);
    if (!spec) {
      throw new AppError(ErrorCode.SPECIFICATION_MISSING, `${source.reference} has no ${straight ? 'approved ' : ''}specification to start from`, {
        field: 'input.sourceCaseId',
      });
    }
    const incumbent = straight ? await this.incumbent(ctx, source) : null;

    const need = fromNeed?.need;
    const created = await this.cases.create(ctx, {
      title: input.title ?? need?.title ?? source.title,
      description: need?.description || source.description,
      categoryCode: fromNeed?.categoryCode ?? source.categoryCode,
      purchaseType: input.purchaseType,
      importance: input.importance ?? source.importance,
      estimatedValue: need?.estimatedValue ?? source.estimatedValue,
      currency: need?.estimatedValue ? need.currency : source.currency,
      budgetReference: need?.budgetReference ?? source.budgetReference,
      neededBy: need?.neededBy ?? null,
      // What suppliers had to hold then, they must hold again (the buyer may change it before the shortlist).
      requiredCertificates: source.requiredCertificates,
      stage: straight ? CaseStage.SOURCING : CaseStage.SPECIFICATION,
      sourceCaseId: source.id,
      needId: need?.id ?? null,
      team: [...(await this.continuingTeam(ctx, source.id)), { userId: ctx.userId, role: Role.BUYER }, ...(fromNeed?.team ?? [])],
    });

    const content = await this.specifications.content(ctx, spec);
    await this.specifications.write(ctx, created, {
      version: 1,
      status: straight ? SpecificationStatus.APPROVED : SpecificationStatus.DRAFT,
      baseVersionId: null,
      copiedFromVersionId: spec.id,
      approvedBy: straight ? spec.approvedBy : null,
      approvedAt: straight ? spec.approvedAt : null,
      data: {
        note: `Copied from ${source.reference}, version ${spec.version}`,
        lines: content.lines.map((l) => ({ ...l, attributes: l.attributes })),
        requirements: content.requirements,
        attachmentIds: content.attachmentIds,
      },
    });

    const entries = straight
      ? [{ supplierId: incumbent as string, source: ShortlistSource.INCUMBENT, reason: `Incumbent supplier of ${source.reference}` }]
      : await this.previousShortlist(ctx, source);
    if (entries.length > 0) {
      await this.connection.getRepository(ctx, ShortlistEntry).insert(
        entries.map((e) => ({ caseId: created.id, supplierId: e.supplierId, decision: ShortlistDecision.IN, reason: e.reason, source: e.source, decidedBy: ctx.userId })),
      );
    }
    await this.audit.record(ctx, {
      action: 'case.rebuy-opened',
      entityType: 'PurchaseCase',
      entityId: created.id,
      summary: {
        reference: created.reference,
        purchaseType: input.purchaseType,
        sourceReference: source.reference,
        specificationCopiedFrom: { versionId: spec.id, version: spec.version, status: spec.status },
        preShortlisted: entries.map((e) => e.supplierId),
      },
    });
    return created;
  }

  private async incumbent(ctx: RequestContext, source: PurchaseCase): Promise<string> {
    if (!source.awardedSupplierId) {
      throw validationFailed('input.sourceCaseId', `${source.reference} has no awarded supplier to buy from again`);
    }
    const supplier = await this.suppliers.get(ctx, source.awardedSupplierId);
    if (supplier.qualificationStatus === QualificationStatus.BLOCKED) {
      throw validationFailed('input.sourceCaseId', `The incumbent ${supplier.name} is blocked: open a modified rebuy or a new purchase`);
    }
    return supplier.id;
  }

  /** The earlier shortlist's IN entries, still usable; blocked suppliers are left off. */
  private async previousShortlist(ctx: RequestContext, source: PurchaseCase) {
    const entries = await this.connection
      .getRepository(ctx, ShortlistEntry)
      .find({ where: { caseId: source.id, decision: ShortlistDecision.IN }, order: { decidedAt: 'ASC' } });
    const suppliers = await this.suppliers.getMany(ctx, entries.map((e) => e.supplierId));
    return entries
      .filter((e) => suppliers.has(e.supplierId) && suppliers.get(e.supplierId)?.qualificationStatus !== QualificationStatus.BLOCKED)
      .map((e) => ({ supplierId: e.supplierId, source: ShortlistSource.REBUY, reason: `Shortlisted on ${source.reference}: ${e.reason}` }));
  }

  /** The earlier team, as far as its members still hold their roles and are enabled. */
  private continuingTeam(ctx: RequestContext, sourceCaseId: string): Promise<Array<{ userId: string; role: Role }>> {
    return this.visibility.activeMembers(ctx, sourceCaseId);
  }
}
