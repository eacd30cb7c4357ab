import { Injectable } from '@nestjs/common';
import { AppError, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ApprovalPolicy, approvalPolicyProblems, ErrorCode, ImportanceClass } from '@bc/shared/domain';
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
  ) {}

  async row(ctx: RequestContext, organizationId = ctx.organizationId): Promise<ApprovalPolicyRow | null> {
    return this.connection.getRepository(ctx, ApprovalPolicyRow).findOne({ where: { organizationId } });
  }

  async policy(ctx: RequestContext, organizationId = ctx.organizationId): Promise<ApprovalPolicy> {
    return policyOf(await this.row(ctx, organizationId));
  }

  async view(ctx: RequestContext): Promise<ApprovalPolicyType> {
    const row = await this.row(ctx);
    return toPolicyType(policyOf(row), row);
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
      throw new AppError(ErrorCode.VALIDATION_FAILED, problems[0].message, { field: problems[0].field, details: { problems } });
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
        updatedAt: new Date(),
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

export function toPolicyType(policy: ApprovalPolicy, row: ApprovalPolicyRow | null): ApprovalPolicyType {
  return {
    mode: policy.mode,
    tiers: policy.tiers.map((t) => ({ ...t })),
    byImportance: IMPORTANCE_ORDER.flatMap((importance) => {
      const r = policy.byImportance[importance];
      return r ? [{ importance, deciders: r.deciders, gatekeeper: r.gatekeeper }] : [];
    }),
    isDefault: row === null,
    updatedAt: row?.updatedAt ?? null,
  };
}
