import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { FileService, StoredFile } from '@bc/api/files';
import { Organization } from '@bc/api/identity';
import { In } from 'typeorm';
import { CpvCode } from '../entities/cpv-code.entity';
import { SupplierContact } from '../entities/supplier-contact.entity';
import { SupplierDocument } from '../entities/supplier-document.entity';
import { SupplierNote } from '../entities/supplier-note.entity';
import { SupplierPerformanceEvent } from '../entities/supplier-performance-event.entity';
import { SupplierCertificate } from '../entities/supplier-certificate.entity';
import { CpvService } from './cpv.service';
import { PERFORMANCE_COUNTS_SQL, PerformanceCounts } from './reliability';

export type CertificateView = SupplierCertificate & { expired: boolean };

/**
 * The nested fields of suppliers, loaded in batch: whatever the page size, each field costs one
 * statement per request (DataLoader collects the keys of one tick). Created per request.
 */
export interface SupplierLoaders {
  cpv: DataLoader<string, CpvCode | null>;
  contacts: DataLoader<string, SupplierContact[]>;
  certificates: DataLoader<string, CertificateView[]>;
  documents: DataLoader<string, SupplierDocument[]>;
  notes: DataLoader<string, SupplierNote[]>;
  performance: DataLoader<string, SupplierPerformanceEvent[]>;
  counts: DataLoader<string, PerformanceCounts>;
  files: DataLoader<string, StoredFile | null>;
  organizations: DataLoader<string, Organization | null>;
}

const NO_COUNTS: PerformanceCounts = { deliveries: 0, lateDeliveries: 0, qualityIncidents: 0, awards: 0 };

function groupBy<T>(rows: T[], key: (row: T) => string, ids: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

@Injectable()
export class SupplierLoaderFactory {
  private readonly perRequest = new WeakMap<RequestContext, SupplierLoaders>();

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cpv: CpvService,
    private readonly files: FileService,
  ) {}

  for(ctx: RequestContext): SupplierLoaders {
    let loaders = this.perRequest.get(ctx);
    if (!loaders) {
      loaders = this.create(ctx);
      this.perRequest.set(ctx, loaders);
    }
    return loaders;
  }

  private create(ctx: RequestContext): SupplierLoaders {
    const org = ctx.organizationId;
    const repo = <T extends object>(target: new () => T) => this.connection.getRepository(ctx, target);
    const children = <T extends { supplierId: string }>(target: new () => T, order: Record<string, 'ASC' | 'DESC'>) =>
      new DataLoader<string, T[]>(async (ids) =>
        groupBy(await repo(target).find({ where: { supplierId: In([...ids]), organizationId: org } as never, order: order as never }), (r) => r.supplierId, ids),
      );
    return {
      cpv: new DataLoader(async (codes) => {
        const found = await this.cpv.getMany(ctx, codes);
        return codes.map((c) => found.get(c) ?? null);
      }),
      contacts: children(SupplierContact, { createdAt: 'ASC' }),
      documents: children(SupplierDocument, { createdAt: 'ASC' }),
      notes: children(SupplierNote, { createdAt: 'DESC' }),
      performance: children(SupplierPerformanceEvent, { occurredOn: 'DESC', createdAt: 'DESC' }),
      certificates: new DataLoader(async (ids) => {
        const rows: Array<Record<string, unknown>> = await this.connection.manager(ctx).query(
          `SELECT id, supplier_id, name, issuer, number, file_id, created_at,
                  to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until,
                  (valid_until < current_date) IS TRUE AS expired
             FROM supplier_certificate WHERE organization_id = $1 AND supplier_id = ANY($2::uuid[])
            ORDER BY valid_until NULLS LAST, name`,
          [org, [...ids]],
        );
        const certificates = rows.map((r) =>
          Object.assign(new SupplierCertificate(), {
            id: r['id'],
            organizationId: org,
            supplierId: r['supplier_id'],
            name: r['name'],
            issuer: r['issuer'],
            number: r['number'],
            validFrom: r['valid_from'],
            validUntil: r['valid_until'],
            fileId: r['file_id'],
            createdAt: r['created_at'],
            expired: r['expired'],
          }) as CertificateView,
        );
        return groupBy(certificates, (c) => c.supplierId, ids);
      }),
      counts: new DataLoader(async (ids) => {
        const rows: Array<{ supplier_id: string; deliveries: number; late_deliveries: number; quality_incidents: number; awards: number }> =
          await this.connection.manager(ctx).query(PERFORMANCE_COUNTS_SQL, [[...ids]]);
        const byId = new Map(rows.map((r) => [r.supplier_id, r]));
        return ids.map((id) => {
          const r = byId.get(id);
          return r ? { deliveries: r.deliveries, lateDeliveries: r.late_deliveries, qualityIncidents: r.quality_incidents, awards: r.awards } : NO_COUNTS;
        });
      }),
      files: new DataLoader(async (ids) => {
        const found = await this.files.getMany(ctx, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
      organizations: new DataLoader(async (ids) => {
        const rows = await repo(Organization).find({ where: { id: In([...ids]) } });
        const byId = new Map(rows.map((o) => [o.id, o]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
