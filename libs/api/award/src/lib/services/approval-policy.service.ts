import { Injectable } from '@nestjs/common';
import { AppError, Clock, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ApproverPoolService, PoolMember } from '@bc/api/purchasing';
import {
  ApprovalPolicy,
  approvalPolicyProblems,
  ApprovalRequirement,
  approvalSteps,
  can,
  ErrorCode,
  ImportanceClass,
  Permission,
  Role,
  RouteShortfall,
  worstCaseShortfalls,
} from '@bc/shared/domain';
import { ApprovalPolicyInput } from '../dto/award.inputs';
import { ApprovalPolicyType } from '../dto/award.types';
import { ApprovalPolicyRow } from '../entities/award.entities';
import { policyOf } from './award-rules';

const IMPORTANCE_ORDER = Object.values(ImportanceClass);

/** The organization's approval policy; without a row of its own, DEFAULT_APPROVAL_POLICY. */
@Injectable()
export class ApprovalPolicyService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly pool: ApproverPoolService,
    private readonly clock: Clock,
  ) {}

  async row(ctx: RequestContext, organizationId = ctx.organizationId): Promise<ApprovalPolicyRow | null> {
    return this.connection.getRepository(ctx, ApprovalPolicyRow).findOne({ where: { organizationId } });
  }

  async policy(ctx: RequestContext, organizationId = ctx.organizationId): Promise<ApprovalPolicy> {
    return policyOf(await this.row(ctx, organizationId));
  }

  async view(ctx: RequestContext): Promise<ApprovalPolicyType> {
    const row = await this.row(ctx);
    const people = await this.pool.holders(ctx, [Role.DECIDER, Role.GATEKEEPER]);
    return toPolicyType(policyOf(row), row, people);
  }

  /** Replaces the policy after checking it with the shared rules; audited with before and after. */
  async update(ctx: RequestContext, input: ApprovalPolicyInput): Promise<ApprovalPolicyType> {
    const byImportance: ApprovalPolicy['byImportance'] = {};
    const indexOf = new Map<string, number>();
    (input.byImportance ?? []).forEach((b, i) => {
      if (indexOf.has(b.importance)) throw validationFailed(`input.byImportance.${i}.importance`, `${b.importance} is given twice`);
      indexOf.set(b.importance, i);
      byImportance[b.importance] = { deciders: b.deciders, gatekeeper: b.gatekeeper };
    });
    const next: ApprovalPolicy = {
      mode: input.mode,
      tiers: input.tiers.map((t) => ({ upTo: t.upTo ?? null, deciders: t.deciders, gatekeeper: t.gatekeeper })),
      byImportance,
    };
    const problems = approvalPolicyProblems(next).map((p) => ({
      ...p,
      // The shared rules name an importance rule by its class; the input names it by position.
      field: p.field.replace(/^input\.byImportance\.([A-Z_]+)/, (_m, klass: string) => `input.byImportance.${indexOf.get(klass) ?? klass}`),
    }));
    if (problems.length > 0) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, problems[0].message, { field: problems[0].field, details: { rule: problems[0].rule, problems } });
    }
    const beforeRow = await this.row(ctx);
    const before = policyOf(beforeRow);
    await this.connection.getRepository(ctx, ApprovalPolicyRow).upsert(
      {
        organizationId: ctx.organizationId,
        mode: next.mode,
        tiers: next.tiers,
        byImportance: next.byImportance as Record<string, { deciders: number; gatekeeper: boolean }>,
        updatedBy: ctx.userId,
        updatedAt: this.clock.now(),
      },
      ['organizationId'],
    );
    await this.audit.record(ctx, {
      action: 'approval-policy.changed',
      entityType: 'ApprovalPolicy',
      entityId: ctx.organizationId,
      summary: { from: { ...before, isDefault: beforeRow === null }, to: next },
    });
    return this.view(ctx);
  }
}

/**
 * The policy as shown, with what the organization's approvers can complete: each route is checked
 * against the active users holding DECIDER or GATEKEEPER (`people`), in the worst case where the
 * one who asks (a proposer for awards, a submitter for shortlists and RFQs) holds an approving role
 * and so does not count for their own request.
 */
export function toPolicyType(policy: ApprovalPolicy, row: ApprovalPolicyRow | null, people: readonly PoolMember[]): ApprovalPolicyType {
  const proposers = people.filter((p) => can(p.roles, Permission.AWARD_PROPOSE)).map((p) => p.id);
  const submitters = people.filter((p) => can(p.roles, Permission.SHORTLIST_EDIT) || can(p.roles, Permission.RFQ_MANAGE)).map((p) => p.id);
  const check = (r: ApprovalRequirement): RouteShortfall[] => worstCaseShortfalls(approvalSteps(r), people, proposers);
  const holds = (p: PoolMember, role: Role) => p.roles.includes(role);
  return {
    mode: policy.mode,
    tiers: policy.tiers.map((t) => ({ ...t, shortfalls: check(t) })),
    byImportance: IMPORTANCE_ORDER.flatMap((importance) => {
      const r = policy.byImportance[importance];
      return r ? [{ importance, deciders: r.deciders, gatekeeper: r.gatekeeper, shortfalls: check(r) }] : [];
    }),
    isDefault: row === null,
    updatedAt: row?.updatedAt ?? null,
    staffing: {
      deciders: people.filter((p) => holds(p, Role.DECIDER)).length,
      gatekeepers: people.filter((p) => holds(p, Role.GATEKEEPER)).length,
      holdingBoth: people.filter((p) => holds(p, Role.DECIDER) && holds(p, Role.GATEKEEPER)).length,
    },
    gatekeeperApprovalShortfalls: worstCaseShortfalls([Role.GATEKEEPER], people, submitters),
  };
}
