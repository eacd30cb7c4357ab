import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { Locale } from '@bc/shared/domain';
import { Organization } from '../entities/organization.entity';

@Injectable()
export class OrganizationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

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
