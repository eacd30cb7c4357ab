import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import {
  assertId,
  Clock,
  conflict,
  countRows,
  Keyset,
  KeysetPage,
  KeysetSort,
  notFound,
  PageRequest,
  readKeysetPage,
  RequestContext,
  TransactionalConnection,
  validationFailed,
} from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserService } from '@bc/api/identity';
import { can, CaseStage, ImportanceClass, NeedStatus, Permission, PurchaseType, Role } from '@bc/shared/domain';
import { Need } from '../entities/need.entity';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { CaseService } from './case.service';
import { RebuyService } from './rebuy.service';
import { MAX_REASON_LENGTH } from './transition.service';

export interface NeedData {
  title: string;
  description?: string;
  justification: string;
  quantity?: string | null;
  unit?: string | null;
  neededBy?: string | null;
  estimatedValue?: string | null;
  currency?: string;
  budgetReference?: string | null;
  categoryCode?: string | null;
}

/** A requester raises a need; a buyer turns it into a case or declines it; the requester follows it. */
/** The needs lists' one order: newest first. */
export const NEED_LIST_SORT: KeysetSort = {
  name: 'created',
  keys: [
    { expression: 'n.created_at', type: 'timestamptz', descending: true },
    { expression: 'n.id', type: 'uuid', descending: true },
  ],
};

@Injectable()
export class NeedService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly rebuys: RebuyService,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  async raise(ctx: RequestContext, data: NeedData): Promise<Need> {
    if (data.categoryCode) await this.cases.assertCpvCode(ctx, data.categoryCode, 'input.categoryCode');
    const repo = this.connection.getRepository(ctx, Need);
    const need = await repo.save(
      repo.create({
        organizationId: ctx.organizationId,
        requesterId: ctx.userId,
        title: data.title,
        description: data.description ?? '',
        justification: data.justification,
        quantity: data.quantity ?? null,
        unit: data.unit ?? null,
        neededBy: data.neededBy ?? null,
        estimatedValue: data.estimatedValue ?? null,
        currency: data.currency ?? 'EUR',
        budgetReference: data.budgetReference ?? null,
        categoryCode: data.categoryCode ?? null,
        status: NeedStatus.SUBMITTED,
      }),
    );
    await this.audit.record(ctx, {
      action: 'need.raised',
      entityType: 'Need',
      entityId: need.id,
      summary: { title: need.title, estimatedValue: need.estimatedValue, currency: need.currency },
    });
    return this.get(ctx, need.id);
  }

  /** The requester's own need, or any need of the organization for those who triage. */
  async get(ctx: RequestContext, id: string, lock = false): Promise<Need> {
    assertId(id, 'Need');
    const need = await this.connection.getRepository(ctx, Need).findOne({
      where: { id, organizationId: ctx.organizationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!need || (need.requesterId !== ctx.userId && !can(ctx.signedIn.roles, Permission.NEED_TRIAGE))) throw notFound('Need');
    return need;
  }

  /** A page of the needs I raised, newest first (need_requester_idx). */
  async mine(ctx: RequestContext, request: PageRequest): Promise<KeysetPage<Need> & { total: number }> {
    const qb = this.connection.getRepository(ctx, Need).createQueryBuilder('n').where('n.organization_id = :org AND n.requester_id = :me', { org: ctx.organizationId, me: ctx.userId });
    return this.page(qb, request);
  }

  /** A page of the organization's needs, newest first, in one status or all (need_organization_idx, need_list_idx). */
  async list(ctx: RequestContext, status: NeedStatus | null | undefined, request: PageRequest): Promise<KeysetPage<Need> & { total: number }> {
    const qb = this.connection.getRepository(ctx, Need).createQueryBuilder('n').where('n.organization_id = :org', { org: ctx.organizationId });
    if (status) qb.andWhere('n.status = :status', { status });
    return this.page(qb, request);
  }

  private async page(qb: SelectQueryBuilder<Need>, request: PageRequest): Promise<KeysetPage<Need> & { total: number }> {
    const page = await readKeysetPage(qb, new Keyset(NEED_LIST_SORT, request));
    return { ...page, total: await countRows(qb) };
  }

  async withdraw(ctx: RequestContext, id: string): Promise<Need> {
    const need = await this.get(ctx, id, true);
    if (need.requesterId !== ctx.userId) throw notFound('Need');
    this.assertSubmitted(need);
    await this.decide(ctx, need, NeedStatus.WITHDRAWN, null);
    return this.get(ctx, id);
  }

  async decline(ctx: RequestContext, id: string, reason: string): Promise<Need> {
    const text = reason.trim();
    if (!text) throw validationFailed('reason', 'Say why the need is declined');
    if (text.length > MAX_REASON_LENGTH) throw validationFailed('reason', `reason must be at most ${MAX_REASON_LENGTH} characters`);
    const need = await this.get(ctx, id, true);
    this.assertSubmitted(need);
    await this.decide(ctx, need, NeedStatus.DECLINED, text);
    return this.get(ctx, id);
  }

  /**
   * Opens a case in NEED with the need's data: the requester on its team as REQUESTER (when they
   * hold that role), the accepting buyer as BUYER.
   */
  async accept(
    ctx: RequestContext,
    id: string,
    input: { importance: ImportanceClass; title?: string; categoryCode?: string | null; purchaseType?: PurchaseType; sourceCaseId?: string | null },
  ): Promise<PurchaseCase> {
    const need = await this.get(ctx, id, true);
    this.assertSubmitted(need);
    const requester = await this.users.get(ctx, need.requesterId);
    const requesterOnTeam = requester.roles.includes(Role.REQUESTER) ? [{ userId: need.requesterId, role: Role.REQUESTER }] : [];
    if (input.purchaseType && input.purchaseType !== PurchaseType.NEW_TASK) {
      if (!input.sourceCaseId) throw validationFailed('input.sourceCaseId', 'A rebuy starts from an earlier case: name it');
      if (input.categoryCode) await this.cases.assertCpvCode(ctx, input.categoryCode, 'input.categoryCode');
      const rebuy = await this.rebuys.create(
        ctx,
        { sourceCaseId: input.sourceCaseId, purchaseType: input.purchaseType, title: input.title, importance: input.importance },
        { need, team: requesterOnTeam, categoryCode: input.categoryCode },
      );
      await this.decide(ctx, need, NeedStatus.ACCEPTED, null, { caseId: rebuy.id, reference: rebuy.reference, purchaseType: input.purchaseType });
      return rebuy;
    }
    const team = [{ userId: ctx.userId, role: Role.BUYER }, ...requesterOnTeam];
    const purchaseCase = await this.cases.create(ctx, {
      title: input.title ?? need.title,
      description: [need.description, need.justification && `Why: ${need.justification}`].filter(Boolean).join('\n\n'),
      categoryCode: input.categoryCode !== undefined ? input.categoryCode : need.categoryCode,
      purchaseType: PurchaseType.NEW_TASK,
      importance: input.importance,
      estimatedValue: need.estimatedValue,
      currency: need.currency,
      neededBy: need.neededBy,
      budgetReference: need.budgetReference,
      stage: CaseStage.NEED,
      needId: need.id,
      team,
    });
    await this.decide(ctx, need, NeedStatus.ACCEPTED, null, { caseId: purchaseCase.id, reference: purchaseCase.reference });
    return purchaseCase;
  }

  private assertSubmitted(need: Need): void {
    if (need.status !== NeedStatus.SUBMITTED) throw conflict(`The need is already ${need.status.toLowerCase()}`);
  }

  private async decide(ctx: RequestContext, need: Need, status: NeedStatus, declineReason: string | null, extra: Record<string, unknown> = {}) {
    await this.connection
      .getRepository(ctx, Need)
      .update(need.id, { status, declineReason, decidedBy: ctx.userId, decidedAt: this.clock.now() });
    await this.audit.record(ctx, {
      action: `need.${status.toLowerCase()}`,
      entityType: 'Need',
      entityId: need.id,
      summary: { title: need.title, ...(declineReason ? { reason: declineReason } : {}), ...extra },
    });
  }

  /** The organization's submitted needs waiting for triage, oldest first. */
  submitted(ctx: RequestContext): Promise<Array<{ id: string; title: string; createdAt: Date }>> {
    return this.connection
      .manager(ctx)
      .query(`SELECT id, title, created_at AS "createdAt" FROM need WHERE organization_id = $1 AND status = $2 ORDER BY created_at, id`, [ctx.organizationId, NeedStatus.SUBMITTED]);
  }
}
