import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { Locale, OrganizationKind, Role } from '@bc/shared/domain';
import { Organization } from '../entities/organization.entity';
import { InvitationService } from './invitation.service';

@Injectable()
export class OrganizationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly invitations: InvitationService,
  ) {}

  /**
   * Founds an organization and invites its first admin (for a supplier company, its first user,
   * who is also its admin): what an operator does once per customer. Returns the single-use link.
   */
  async found(
    ctx: RequestContext,
    input: { name: string; kind: OrganizationKind; country: string | null; defaultLocale: Locale; firstUserEmail: string },
  ): Promise<{ organization: Organization; invitationUrl: string }> {
    return this.connection.withTransaction(ctx, async () => {
      const organization = await this.connection.getRepository(ctx, Organization).save({
        name: input.name,
        kind: input.kind,
        country: input.country,
        defaultLocale: input.defaultLocale,
      });
      await this.audit.record(ctx, {
        action: 'organization.created',
        entityType: 'Organization',
        entityId: organization.id,
        organizationId: organization.id,
        actorName: 'operator',
        summary: { name: input.name, kind: input.kind },
      });
      // A supplier company's first user is its admin too, so they can bring in their colleagues.
      const roles = input.kind === OrganizationKind.BUYING ? [Role.ADMIN] : [Role.SUPPLIER, Role.SUPPLIER_ADMIN];
      const { url } = await this.invitations.invite(ctx, organization.id, input.firstUserEmail, roles);
      return { organization, invitationUrl: url };
    });
  }


  current(ctx: RequestContext): Promise<Organization> {
    return this.connection.getRepository(ctx, Organization).findOneOrFail({ where: { id: ctx.organizationId } });
  }

  /** The caller's own organization only: there is no argument that could name another. */
  async update(ctx: RequestContext, input: { name: string; country?: string | null; defaultLocale: Locale }): Promise<Organization> {
    const repo = this.connection.getRepository(ctx, Organization);
    const organization = await repo.findOneOrFail({ where: { id: ctx.organizationId }, lock: { mode: 'pessimistic_write' } });
    const before = { name: organization.name, country: organization.country, defaultLocale: organization.defaultLocale };
    const after = { name: input.name, country: input.country ?? null, defaultLocale: input.defaultLocale };
    await repo.update(organization.id, after);
    await this.audit.record(ctx, {
      action: 'organization.updated',
      entityType: 'Organization',
      entityId: organization.id,
      summary: { from: before, to: after },
    });
    return Object.assign(organization, after);
  }
}
