import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupRows, RequestContext, TransactionalConnection } from '@bc/api/core';
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

/**
 * Declares the suppliers library's loaders in the request's registry (`ctx.loaders`, core): the
 * same loader for every resolver of one request.
 */
@Injectable()
export class SupplierLoaderFactory {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly cpv: CpvService,
    private readonly files: FileService,
  ) {}

  for(ctx: RequestContext): SupplierLoaders {
    const org = ctx.organizationId;
    const repo = <T extends object>(target: new () => T) => this.connection.getRepository(ctx, target);
    const children = <T extends { supplierId: string }>(name: string, target: new () => T, order: Record<string, 'ASC' | 'DESC'>) =>
      ctx.loader<string, T[]>(`suppliers.${name}`, async (ids) =>
        groupRows(await repo(target).find({ where: { supplierId: In(ids), organizationId: org } as never, order: order as never }), (r) => r.supplierId),
      [] as T[]);
    return {
      cpv: ctx.loader('suppliers.cpv', (codes: string[]) => this.cpv.getMany(ctx, codes), null),
      contacts: children('contacts', SupplierContact, { createdAt: 'ASC' }),
      documents: children('documents', SupplierDocument, { createdAt: 'ASC' }),
      notes: children('notes', SupplierNote, { createdAt: 'DESC' }),
      performance: children('performance', SupplierPerformanceEvent, { occurredOn: 'DESC', createdAt: 'DESC' }),
      certificates: ctx.loader<string, CertificateView[]>('suppliers.certificates', async (ids) => {
        const rows: Array<Record<string, unknown>> = await this.connection.manager(ctx).query(
          `SELECT id, supplier_id, name, issuer, number, file_id, created_at,
                  to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until,
                  (valid_until < current_date) IS TRUE AS expired
             FROM supplier_certificate WHERE organization_id = $1 AND supplier_id = ANY($2::uuid[])
            ORDER BY valid_until NULLS LAST, name`,
          [org, ids],
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
        return groupRows(certificates, (c) => c.supplierId);
      }, []),
      counts: ctx.loader<string, PerformanceCounts>('suppliers.counts', async (ids) => {
        const rows: Array<{ supplier_id: string; deliveries: number; late_deliveries: number; quality_incidents: number; awards: number }> =
          await this.connection.manager(ctx).query(PERFORMANCE_COUNTS_SQL, [ids]);
        return new Map(
          rows.map((r) => [r.supplier_id, { deliveries: r.deliveries, lateDeliveries: r.late_deliveries, qualityIncidents: r.quality_incidents, awards: r.awards }]),
        );
      }, NO_COUNTS),
      files: ctx.loader('suppliers.files', (ids: string[]) => this.files.getMany(ctx, ids), null),
      organizations: ctx.loader<string, Organization | null>('suppliers.organizations', async (ids) => {
        const rows = await repo(Organization).find({ where: { id: In(ids) } });
        return new Map(rows.map((o) => [o.id, o]));
      }, null),
    };
  }
}
