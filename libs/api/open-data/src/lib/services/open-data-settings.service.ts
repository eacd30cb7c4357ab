import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { AppError, Clock, conflict, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ErrorCode, isOcidPrefix, OCID_PREFIX_PATTERN } from '@bc/shared/domain';
import { OpenDataSettings } from '../entities/open-data-settings.entity';

export interface OpenDataSettingsView {
  ocidPrefix: string | null;
  includeContacts: boolean;
  publicPublishing: boolean;
  updatedAt: Date | null;
}

export interface OpenDataSettingsChange {
  ocidPrefix?: string | null;
  includeContacts?: boolean | null;
  publicPublishing?: boolean | null;
}

const DEFAULTS: OpenDataSettingsView = { ocidPrefix: null, includeContacts: false, publicPublishing: false, updatedAt: null };

const toView = (row: OpenDataSettings | null): OpenDataSettingsView =>
  row ? { ocidPrefix: row.ocidPrefix, includeContacts: row.includeContacts, publicPublishing: row.publicPublishing, updatedAt: row.updatedAt } : DEFAULTS;

/** The organization's open data settings: the ocid prefix, whether contacts are published, whether the public feed is on. */
@Injectable()
export class OpenDataSettingsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(ctx: RequestContext): Promise<OpenDataSettingsView> {
    return toView(await this.connection.getRepository(ctx, OpenDataSettings).findOne({ where: { organizationId: ctx.organizationId } }));
  }

  /** The organization publishing under `prefix` publicly, if any (the public feed's only way in). */
  async publicByPrefix(prefix: string): Promise<(OpenDataSettingsView & { organizationId: string }) | null> {
    if (!isOcidPrefix(prefix)) return null;
    const row = await this.connection.dataSource.getRepository(OpenDataSettings).findOne({ where: { ocidPrefix: prefix, publicPublishing: true } });
    return row ? { ...toView(row), organizationId: row.organizationId } : null;
  }

  async update(ctx: RequestContext, change: OpenDataSettingsChange): Promise<OpenDataSettingsView> {
    const before = await this.get(ctx);
    const next: OpenDataSettingsView = { ...before };
    if (change.ocidPrefix !== undefined && change.ocidPrefix !== null) {
      const prefix = change.ocidPrefix.trim();
      if (prefix && !isOcidPrefix(prefix)) {
        throw new AppError(ErrorCode.OCID_PREFIX_INVALID, 'An ocid prefix is “ocds-” and six lowercase letters or digits, as registered with the Open Contracting Partnership', {
          field: 'ocidPrefix',
          details: { pattern: OCID_PREFIX_PATTERN.source },
        });
      }
      next.ocidPrefix = prefix || null;
    }
    if (typeof change.includeContacts === 'boolean') next.includeContacts = change.includeContacts;
    if (typeof change.publicPublishing === 'boolean') next.publicPublishing = change.publicPublishing;
    if (next.publicPublishing && !next.ocidPrefix) {
      throw new AppError(ErrorCode.OCID_PREFIX_MISSING, 'Public publishing needs the ocid prefix: set it first', { field: 'ocidPrefix' });
    }
    const repo = this.connection.getRepository(ctx, OpenDataSettings);
    if (next.ocidPrefix && (await repo.exists({ where: { ocidPrefix: next.ocidPrefix, organizationId: Not(ctx.organizationId) } }))) {
      throw conflict('Another organization publishes under this ocid prefix', 'ocidPrefix');
    }
    await repo.upsert(
      { organizationId: ctx.organizationId, ...next, updatedBy: ctx.userId, updatedAt: this.clock.now() },
      ['organizationId'],
    );
    await this.audit.record(ctx, {
      action: 'open-data-settings.changed',
      entityType: 'OpenDataSettings',
      entityId: ctx.organizationId,
      summary: {
        from: { ocidPrefix: before.ocidPrefix, includeContacts: before.includeContacts, publicPublishing: before.publicPublishing },
        to: { ocidPrefix: next.ocidPrefix, includeContacts: next.includeContacts, publicPublishing: next.publicPublishing },
      },
    });
    return this.get(ctx);
  }
}
