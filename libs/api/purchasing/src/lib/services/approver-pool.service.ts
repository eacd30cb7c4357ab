import { Injectable } from '@nestjs/common';
import { AppError, RequestContext, TransactionalConnection } from '@bc/api/core';
import { ApproverRole, ErrorCode, Role, RouteShortfall, routeShortfalls, shortfallText } from '@bc/shared/domain';
import { In } from 'typeorm';
import { UserDirectory } from '@bc/api/identity';
import { CaseConflict } from '../entities/case-conflict.entity';

export interface PoolMember {
  id: string;
  roles: Role[];
}

/** Who asks for an approval, and what keeps people out of approving it. */
export interface RouteRequest {
  /** The person asking (proposer, submitter): never their own approver. */
  requesterId: string;
  /** The case whose declared conflicts bar approvers … */
  caseId: string;
  /** … with these suppliers (awarded, taken in). */
  supplierIds: readonly string[];
  /** The input field named in the refusal. */
  field: string;
  /** What is asked, for the message: "This award", "The shortlist". */
  subject: string;
}

/**
 * The people who may approve things in an organization (active users holding an approving role)
 * and the check that an approval asked for can be completed by them: every approval request
 * (award proposal, shortlist, RFQ draft) goes through `assertCompletable`, so none waits for ever.
 */
@Injectable()
export class ApproverPoolService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly directory: UserDirectory,
  ) {}

  /** Active users of the organization holding any of `roles`. */
  holders(ctx: RequestContext, roles: readonly Role[], organizationId = ctx.organizationId): Promise<PoolMember[]> {
    return this.directory.withAnyRole(ctx, organizationId, roles);
  }

  /** What keeps `steps` from being completed for this request (the requester and the conflicted do not count). */
  async shortfalls(ctx: RequestContext, steps: readonly ApproverRole[], request: Omit<RouteRequest, 'field' | 'subject'>): Promise<RouteShortfall[]> {
    const people = (await this.holders(ctx, [...new Set(steps)])).filter((p) => p.id !== request.requesterId);
    const conflicted =
      people.length === 0 || request.supplierIds.length === 0
        ? []
        : await this.connection
            .getRepository(ctx, CaseConflict)
            .find({ where: { caseId: request.caseId, userId: In(people.map((p) => p.id)), supplierId: In([...request.supplierIds]) }, select: { userId: true } });
    const barred = new Set(conflicted.map((c) => c.userId));
    return routeShortfalls(steps, people.filter((p) => !barred.has(p.id)).map((p) => p.roles));
  }

  /**
   * The one rule of who may decide a request (a shortlist, an RFQ's approval): not whoever made it
   * (SEPARATION_OF_DUTIES), not whoever declared a conflict of interest with a supplier in it
   * (CONFLICT_OF_INTEREST). Award proposals apply the same two codes in their route's verdict.
   */
  async assertMayDecide(ctx: RequestContext, request: { requesterId: string | null; caseId: string; supplierIds: readonly string[]; subject: string; field?: string }): Promise<void> {
    if (request.requesterId === ctx.userId) {
      throw new AppError(ErrorCode.SEPARATION_OF_DUTIES, `You asked for ${request.subject}: another person must decide it (separation of duties)`, { field: request.field });
    }
    if (request.supplierIds.length === 0) return;
    const conflicts = await this.connection
      .getRepository(ctx, CaseConflict)
      .find({ where: { caseId: request.caseId, userId: ctx.userId, supplierId: In([...request.supplierIds]) }, select: { supplierId: true } });
    if (conflicts.length > 0) {
      throw new AppError(ErrorCode.CONFLICT_OF_INTEREST, `You declared a conflict of interest with a supplier of ${request.subject}: another person must decide it`, {
        field: request.field,
        details: { supplierIds: [...new Set(conflicts.map((c) => c.supplierId))] },
      });
    }
  }

  /** Refuses with APPROVAL_ROUTE_INCOMPLETE (which role, how many needed, how many eligible) when the route cannot be completed. */
  async assertCompletable(ctx: RequestContext, steps: readonly ApproverRole[], request: RouteRequest): Promise<void> {
    const shortfalls = await this.shortfalls(ctx, steps, request);
    if (shortfalls.length === 0) return;
    const [first] = shortfalls;
    throw new AppError(
      ErrorCode.APPROVAL_ROUTE_INCOMPLETE,
      `${request.subject} cannot be approved in this organization: ${shortfallText(shortfalls)} (the requester and anyone with a declared conflict do not count). An admin adds approvers or changes the approval policy.`,
      { field: request.field, details: { role: first.role, required: first.required, available: first.available, shortfalls } },
    );
  }
}
