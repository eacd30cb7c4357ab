import { Injectable } from '@nestjs/common';
import { assertId, CombinedReads, forbidden, notFound, RequestContext, TransactionalConnection } from '@bc/api/core';
import { can, caseRoles, Permission, Role } from '@bc/shared/domain';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { CaseVisibility } from './case-visibility.service';

/** A case and the roles the caller acts in on it. */
export interface CaseAccess {
  purchaseCase: PurchaseCase;
  roles: Role[];
}

/**
 * The case access rule (README): a user acts on a case in the team roles they hold on it (and
 * still hold in the organization); BUYERs and GATEKEEPERs act on every case of their organization.
 * Anyone else gets NOT_FOUND, as for a case that does not exist; an action the roles on the case do
 * not allow is FORBIDDEN.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
    private readonly visibility: CaseVisibility,
  ) {}

  /** The case if the caller may see it; `lock` holds it for the transaction (stage changes, shortlist). */
  async open(ctx: RequestContext, caseId: string, lock = false): Promise<CaseAccess> {
    assertId(caseId, 'Purchase case');
    // A read (no lock) asks for the case and the caller's roles on it in one combined statement.
    const [purchaseCase, teamRoles] = lock
      ? [await this.connection.getRepository(ctx, PurchaseCase).findOne({ where: { id: caseId, organizationId: ctx.organizationId }, lock: { mode: 'pessimistic_write' } }), null]
      : await Promise.all([this.reads.entities(ctx, PurchaseCase, 't.id = $1 AND t.organization_id = $2', [caseId, ctx.organizationId]).then(([c]) => c ?? null), this.teamRoles(ctx, caseId)]);
    if (!purchaseCase) throw notFound('Purchase case');
    const roles = caseRoles(ctx.signedIn.roles, teamRoles ?? (await this.teamRoles(ctx, caseId)));
    if (roles.length === 0) throw notFound('Purchase case');
    return { purchaseCase, roles };
  }

  /** The case if the caller's roles on it allow `permission`: NOT_FOUND if they cannot see it, else FORBIDDEN. */
  async openFor(ctx: RequestContext, caseId: string, permission: Permission, lock = false): Promise<CaseAccess> {
    const access = await this.open(ctx, caseId, lock);
    this.require(access, permission);
    return access;
  }

  require(access: CaseAccess, permission: Permission): void {
    if (!can(access.roles, permission)) {
      throw forbidden(`Your roles on ${access.purchaseCase.reference} (${access.roles.join(', ')}) do not allow this`);
    }
  }

  async teamRoles(ctx: RequestContext, caseId: string): Promise<Role[]> {
    return (await this.visibility.teamRoles(ctx, [caseId])).get(caseId) ?? [];
  }
}
