import { Injectable } from '@nestjs/common';
import { AppError, assertId, Clock, conflict, forbidden, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserDirectory } from '@bc/api/identity';
import { ApproverPoolService } from '@bc/api/purchasing';
import { can, ErrorCode, Permission, Role } from '@bc/shared/domain';

import { ApprovalDeputyType, ApproverChoiceType, NameApprovalDeputyInput } from '../dto/deputy.types';
import { ApprovalDeputy } from '../entities/award.entities';

const APPROVING: Role[] = [Role.DECIDER, Role.GATEKEEPER];
/** A deputy is named for an absence, not for good. */
export const MAX_DEPUTY_DAYS = 366;

/**
 * Deputies of approvers who are out of office. An approver (or an admin for them) names a deputy
 * holding one of the same approving roles for a period; during it the deputy's inbox says whom the
 * waiting approvals are also for, and an approval the deputy gives records for whom. The deputy is
 * checked like anyone else: not for a proposal they made, not with a declared conflict.
 */
@Injectable()
export class DeputyService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly pool: ApproverPoolService,
    private readonly directory: UserDirectory,
    private readonly clock: Clock,
  ) {}

  async name(ctx: RequestContext, input: NameApprovalDeputyInput): Promise<ApprovalDeputyType> {
    const principalId = input.principalId ?? ctx.userId;
    if (principalId !== ctx.userId && !can(ctx.signedIn.roles, Permission.ORGANIZATION_MANAGE)) {
      throw forbidden('Only an admin names a deputy for someone else');
    }
    const approvers = await this.pool.holders(ctx, APPROVING);
    const principal = approvers.find((u) => u.id === principalId);
    if (!principal) throw validationFailed('input.principalId', 'Only an active decider or gatekeeper names a deputy');
    if (input.deputyId === principalId) throw validationFailed('input.deputyId', 'Name someone else as your deputy');
    const deputy = approvers.find((u) => u.id === input.deputyId);
    const shared = APPROVING.filter((r) => principal.roles.includes(r) && deputy?.roles.includes(r));
    if (!deputy || shared.length === 0) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, 'The deputy must be an active user holding the same approving role', {
        field: 'input.deputyId',
        details: { roles: APPROVING.filter((r) => principal.roles.includes(r)) },
      });
    }
    const startsAt = input.startsAt;
    const endsAt = input.endsAt;
    if (endsAt.getTime() <= startsAt.getTime()) throw validationFailed('input.endsAt', 'The period ends after it starts');
    if (endsAt.getTime() <= this.clock.nowMs()) throw validationFailed('input.endsAt', 'The period is over already');
    if (endsAt.getTime() - startsAt.getTime() > MAX_DEPUTY_DAYS * 86_400_000) throw validationFailed('input.endsAt', `A deputy is named for at most ${MAX_DEPUTY_DAYS} days`);
    const repo = this.connection.getRepository(ctx, ApprovalDeputy);
    const overlapping = await repo
      .createQueryBuilder('d')
      .where('d.principal_id = :principalId AND d.revoked_at IS NULL AND d.starts_at < :endsAt AND d.ends_at > :startsAt', { principalId, startsAt, endsAt })
      .getOne();
    if (overlapping) throw conflict('A deputy is already named for part of this period: revoke that one first', 'input.startsAt');
    const saved = await repo.save(repo.create({ organizationId: ctx.organizationId, principalId, deputyId: deputy.id, startsAt, endsAt, namedBy: ctx.userId, namedAt: this.clock.now() }));
    const names = await this.names(ctx, [principalId, deputy.id]);
    await this.audit.record(ctx, {
      action: 'approval-deputy.named',
      entityType: 'ApprovalDeputy',
      entityId: saved.id,
      summary: { principalId, principal: names.get(principalId), deputyId: deputy.id, deputy: names.get(deputy.id), roles: shared, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
    });
    return (await this.views(ctx, [await repo.findOneByOrFail({ id: saved.id })]))[0];
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApprovalDeputyType> {
    assertId(id, 'Deputy');
    const repo = this.connection.getRepository(ctx, ApprovalDeputy);
    const row = await repo.findOne({ where: { id, organizationId: ctx.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!row || (row.principalId !== ctx.userId && !can(ctx.signedIn.roles, Permission.ORGANIZATION_MANAGE))) throw notFound('Deputy');
    if (row.revokedAt) throw conflict('This deputy was revoked already', 'id');
    await repo.update(row.id, { revokedAt: this.clock.now(), revokedBy: ctx.userId });
    const names = await this.names(ctx, [row.principalId, row.deputyId]);
    await this.audit.record(ctx, {
      action: 'approval-deputy.revoked',
      entityType: 'ApprovalDeputy',
      entityId: row.id,
      summary: { principalId: row.principalId, principal: names.get(row.principalId), deputyId: row.deputyId, deputy: names.get(row.deputyId) },
    });
    return (await this.views(ctx, [await repo.findOneByOrFail({ id: row.id })]))[0];
  }

  /** Admins: every naming of the organization; approvers: those naming them, either side. Newest first. */
  async list(ctx: RequestContext): Promise<ApprovalDeputyType[]> {
    const repo = this.connection.getRepository(ctx, ApprovalDeputy);
    const rows = can(ctx.signedIn.roles, Permission.ORGANIZATION_MANAGE)
      ? await repo.find({ where: { organizationId: ctx.organizationId }, order: { startsAt: 'DESC', id: 'ASC' }, take: 500 })
      : await repo.find({
          where: [
            { organizationId: ctx.organizationId, principalId: ctx.userId },
            { organizationId: ctx.organizationId, deputyId: ctx.userId },
          ],
          order: { startsAt: 'DESC', id: 'ASC' },
          take: 500,
        });
    return this.views(ctx, rows);
  }

  /** Who may stand in: the organization's active approvers. */
  async choices(ctx: RequestContext): Promise<ApproverChoiceType[]> {
    const people = await this.pool.holders(ctx, APPROVING);
    const names = await this.names(ctx, people.map((p) => p.id));
    return people.map((p) => ({ id: p.id, name: names.get(p.id) ?? '', roles: p.roles.filter((r) => APPROVING.includes(r)) }));
  }

  /** The approvers who are away now and have named `deputyId` as their deputy. */
  async principalsOf(ctx: RequestContext, deputyId: string): Promise<string[]> {
    const rows = await this.connection
      .getRepository(ctx, ApprovalDeputy)
      .createQueryBuilder('d')
      .where('d.organization_id = :org AND d.deputy_id = :deputyId AND d.revoked_at IS NULL AND d.starts_at <= :now AND d.ends_at > :now', {
        org: ctx.organizationId,
        deputyId,
        now: this.clock.now(),
      })
      .getMany();
    return [...new Set(rows.map((r) => r.principalId))];
  }

  names(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
    return this.directory.names(ctx, ids, ctx.organizationId);
  }

  private async views(ctx: RequestContext, rows: readonly ApprovalDeputy[]): Promise<ApprovalDeputyType[]> {
    const names = await this.names(ctx, rows.flatMap((r) => [r.principalId, r.deputyId, r.namedBy]));
    const now = this.clock.nowMs();
    return rows.map((r) => ({
      id: r.id,
      principalId: r.principalId,
      principalName: names.get(r.principalId) ?? '',
      deputyId: r.deputyId,
      deputyName: names.get(r.deputyId) ?? '',
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      active: r.revokedAt === null && r.startsAt.getTime() <= now && r.endsAt.getTime() > now,
      namedByName: names.get(r.namedBy) ?? '',
      namedAt: r.namedAt,
      revokedAt: r.revokedAt,
    }));
  }
}

