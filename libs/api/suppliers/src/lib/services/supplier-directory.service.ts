import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, Clock, conflict, notFound, assertId, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { FileService } from '@bc/api/files';
import { Organization } from '@bc/api/identity';
import { cpvAncestorPrefixes, ErrorCode, OrganizationKind, PerformanceEventKind, QualificationStatus } from '@bc/shared/domain';
import { Supplier } from '../entities/supplier.entity';
import { SupplierCertificate } from '../entities/supplier-certificate.entity';
import { SupplierContact } from '../entities/supplier-contact.entity';
import { SupplierDocument } from '../entities/supplier-document.entity';
import { SupplierNote } from '../entities/supplier-note.entity';
import { SupplierPerformanceEvent } from '../entities/supplier-performance-event.entity';
import type {
  CertificateInput,
  CreateSupplierInput,
  RecordPerformanceInput,
  SupplierContactInput,
  SupplierDocumentInput,
  UpdateSupplierInput,
} from '../dto/supplier.inputs';
import { SUPPLIER_LIMITS } from '../dto/supplier.inputs';
import { CpvService } from './cpv.service';
import { UPDATE_RELIABILITY_SQL } from './reliability';
import { SupplierService } from './supplier.service';
import { SupplierCaseLinks } from './supplier-case-links';

/** The union of every level's prefix of every code: what a category filter looks up. */
export function categoryPrefixes(codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap(cpvAncestorPrefixes))].sort();
}


function isValidDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A required free text, trimmed: refused when empty (with `emptyMessage`) or longer than `max`. */
function requiredText(field: string, value: string | null | undefined, max: number, emptyMessage: string): string {
  const text = (value ?? '').trim();
  if (!text) throw validationFailed(field, emptyMessage);
  if (text.length > max) throw validationFailed(field, `At most ${max} characters`);
  return text;
}

/** Every change to the directory; each one writes its audit event in the same transaction. */
@Injectable()
export class SupplierDirectoryService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly suppliers: SupplierService,
    private readonly cpv: CpvService,
    private readonly files: FileService,
    private readonly caseLinks: SupplierCaseLinks,
    private readonly clock: Clock,
  ) {}

  private em(ctx: RequestContext): EntityManager {
    return this.connection.manager(ctx);
  }

  /** Refuses a second supplier of the same name (any case) and country in the directory. */
  private async assertNoDuplicate(ctx: RequestContext, name: string, country: string, exceptId: string | null, field: string): Promise<void> {
    const rows: unknown[] = await this.em(ctx).query(
      `SELECT 1 FROM supplier WHERE organization_id = $1 AND lower(name) = lower($2) AND country = $3 AND ($4::uuid IS NULL OR id <> $4)`,
      [ctx.organizationId, name, country, exceptId],
    );
    if (rows.length > 0) throw conflict(`${name} (${country}) is already in the directory`, field);
  }

  async create(ctx: RequestContext, input: CreateSupplierInput): Promise<Supplier> {
    const categories = input.categories ?? [];
    await this.cpv.assertKnown(ctx, categories, 'input.categories');
    await this.assertNoDuplicate(ctx, input.name, input.country, null, 'input.name');
    const repo = this.em(ctx).getRepository(Supplier);
    const supplier = await repo.save(
      repo.create({
        organizationId: ctx.organizationId,
        name: input.name,
        description: input.description ?? '',
        country: input.country,
        website: input.website ?? null,
        tags: input.tags ?? [],
        cpvCodes: categories,
        categoryPrefixes: categoryPrefixes(categories),
        qualificationStatus: QualificationStatus.PROSPECT,
        createdBy: ctx.userId,
      }),
    );
    return this.audited(ctx, supplier, 'supplier.created', { country: supplier.country, categories });
  }

  async update(ctx: RequestContext, id: string, input: UpdateSupplierInput): Promise<Supplier> {
    const supplier = await this.suppliers.get(ctx, id, true);
    const changes: Partial<Supplier> = {};
    if (input.name !== undefined && input.name !== null) changes.name = input.name;
    if (input.description !== undefined && input.description !== null) changes.description = input.description;
    if (input.country !== undefined && input.country !== null) changes.country = input.country;
    if (input.website !== undefined) changes.website = input.website ?? null;
    if (input.tags !== undefined && input.tags !== null) changes.tags = input.tags;
    if (input.categories !== undefined && input.categories !== null) {
      await this.cpv.assertKnown(ctx, input.categories, 'input.categories');
      changes.cpvCodes = input.categories;
      changes.categoryPrefixes = categoryPrefixes(input.categories);
    }
    if (changes.name !== undefined || changes.country !== undefined) {
      await this.assertNoDuplicate(ctx, changes.name ?? supplier.name, changes.country ?? supplier.country, supplier.id, changes.name !== undefined ? 'input.name' : 'input.country');
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of Object.keys(changes) as Array<keyof Supplier>) {
      if (key === 'categoryPrefixes') continue;
      if (JSON.stringify(supplier[key]) !== JSON.stringify(changes[key])) {
        before[key] = supplier[key];
        after[key] = changes[key];
      }
    }
    Object.assign(supplier, changes);
    await this.em(ctx).getRepository(Supplier).save(supplier);
    return this.audited(ctx, supplier, 'supplier.updated', { from: before, to: after });
  }

  /** PROSPECT, QUALIFIED or APPROVED; blocking is the gatekeeper's, with a reason. */
  async setQualification(ctx: RequestContext, id: string, status: QualificationStatus): Promise<Supplier> {
    if (status === QualificationStatus.BLOCKED) throw validationFailed('status', 'Blocking needs a reason: use blockSupplier');
    const supplier = await this.suppliers.get(ctx, id, true);
    if (supplier.qualificationStatus === QualificationStatus.BLOCKED) throw conflict('The supplier is blocked; a gatekeeper must lift the block first', 'id');
    const from = supplier.qualificationStatus;
    supplier.qualificationStatus = status;
    await this.em(ctx).getRepository(Supplier).save(supplier);
    return this.audited(ctx, supplier, 'supplier.qualification-changed', { from, to: status });
  }

  async block(ctx: RequestContext, id: string, reason: string): Promise<Supplier> {
    const why = requiredText('reason', reason, SUPPLIER_LIMITS.reason, 'Say why the supplier is blocked');
    const supplier = await this.suppliers.get(ctx, id, true);
    if (supplier.qualificationStatus !== QualificationStatus.BLOCKED) supplier.statusBeforeBlock = supplier.qualificationStatus;
    supplier.qualificationStatus = QualificationStatus.BLOCKED;
    supplier.blockedReason = why;
    await this.em(ctx).getRepository(Supplier).save(supplier);
    return this.audited(ctx, supplier, 'supplier.blocked', { reason: why });
  }

  /** Lifts the block: the supplier returns to the status it had before. */
  async unblock(ctx: RequestContext, id: string): Promise<Supplier> {
    const supplier = await this.suppliers.get(ctx, id, true);
    if (supplier.qualificationStatus !== QualificationStatus.BLOCKED) throw conflict('The supplier is not blocked', 'id');
    const reason = supplier.blockedReason;
    supplier.qualificationStatus = supplier.statusBeforeBlock ?? QualificationStatus.PROSPECT;
    supplier.blockedReason = null;
    supplier.statusBeforeBlock = null;
    await this.em(ctx).getRepository(Supplier).save(supplier);
    return this.audited(ctx, supplier, 'supplier.unblocked', { liftedReason: reason, status: supplier.qualificationStatus });
  }

  async addContact(ctx: RequestContext, supplierId: string, input: SupplierContactInput): Promise<Supplier> {
    const supplier = await this.suppliers.get(ctx, supplierId, true);
    const repo = this.em(ctx).getRepository(SupplierContact);
    const contact = await repo.save(
      repo.create({ organizationId: ctx.organizationId, supplierId, name: input.name, email: input.email ?? null, phone: input.phone ?? null, position: input.position ?? null }),
    );
    await this.touch(ctx, supplier);
    return this.audited(ctx, supplier, 'supplier.contact-added', { contactId: contact.id, contact: input.name });
  }

  async removeContact(ctx: RequestContext, contactId: string): Promise<Supplier> {
    const contact = await this.child(ctx, SupplierContact, contactId, 'Contact');
    const supplier = await this.suppliers.get(ctx, contact.supplierId, true);
    await this.em(ctx).getRepository(SupplierContact).delete({ id: contact.id });
    await this.touch(ctx, supplier);
    return this.audited(ctx, supplier, 'supplier.contact-removed', { contactId, contact: contact.name });
  }

  async addCertificate(ctx: RequestContext, supplierId: string, input: CertificateInput): Promise<Supplier> {
    for (const field of ['validFrom', 'validUntil'] as const) {
      const value = input[field];
      if (value && !isValidDate(value)) throw validationFailed(`input.${field}`, `${field} is not a date`);
    }
    if (input.validFrom && input.validUntil && input.validFrom > input.validUntil) throw validationFailed('input.validUntil', 'validUntil is before validFrom');
    const supplier = await this.suppliers.get(ctx, supplierId, true);
    if (input.fileId) await this.files.assertOwned(ctx, [input.fileId], 'input.fileId');
    const repo = this.em(ctx).getRepository(SupplierCertificate);
    const certificate = await repo.save(
      repo.create({
        organizationId: ctx.organizationId,
        supplierId,
        name: input.name,
        issuer: input.issuer ?? null,
        number: input.number ?? null,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        fileId: input.fileId ?? null,
      }),
    );
    await this.refreshCertificateSummary(ctx, supplier.id);
    return this.audited(ctx, supplier, 'supplier.certificate-added', { certificateId: certificate.id, certificate: input.name, validUntil: input.validUntil ?? null });
  }

  async removeCertificate(ctx: RequestContext, certificateId: string): Promise<Supplier> {
    const certificate = await this.child(ctx, SupplierCertificate, certificateId, 'Certificate');
    const supplier = await this.suppliers.get(ctx, certificate.supplierId, true);
    await this.em(ctx).getRepository(SupplierCertificate).delete({ id: certificate.id });
    await this.refreshCertificateSummary(ctx, supplier.id);
    return this.audited(ctx, supplier, 'supplier.certificate-removed', { certificateId, certificate: certificate.name });
  }

  async addDocument(ctx: RequestContext, supplierId: string, input: SupplierDocumentInput): Promise<Supplier> {
    const supplier = await this.suppliers.get(ctx, supplierId, true);
    await this.files.assertOwned(ctx, [input.fileId], 'input.fileId');
    const repo = this.em(ctx).getRepository(SupplierDocument);
    const document = await repo.save(repo.create({ organizationId: ctx.organizationId, supplierId, fileId: input.fileId, title: input.title, addedBy: ctx.userId }));
    await this.touch(ctx, supplier);
    return this.audited(ctx, supplier, 'supplier.document-added', { documentId: document.id, title: input.title, fileId: input.fileId });
  }

  async removeDocument(ctx: RequestContext, documentId: string): Promise<Supplier> {
    const document = await this.child(ctx, SupplierDocument, documentId, 'Document');
    const supplier = await this.suppliers.get(ctx, document.supplierId, true);
    await this.em(ctx).getRepository(SupplierDocument).delete({ id: document.id });
    await this.touch(ctx, supplier);
    return this.audited(ctx, supplier, 'supplier.document-removed', { documentId, title: document.title, fileId: document.fileId });
  }

  async addNote(ctx: RequestContext, supplierId: string, body: string): Promise<Supplier> {
    const text = requiredText('body', body, SUPPLIER_LIMITS.note, 'The note is empty');
    const supplier = await this.suppliers.get(ctx, supplierId, true);
    const repo = this.em(ctx).getRepository(SupplierNote);
    const note = await repo.save(repo.create({ organizationId: ctx.organizationId, supplierId, body: text, authorId: ctx.userId, authorName: ctx.signedIn.userName }));
    return this.audited(ctx, supplier, 'supplier.note-added', { noteId: note.id });
  }

  /**
   * The case an event names must be one of the caller's organization: another organization's
   * case answers exactly like one that does not exist. (The directory sits below purchasing, so
   * purchasing answers through SupplierCaseLinks.)
   */
  private async assertOwnCase(ctx: RequestContext, caseId: string): Promise<void> {
    if (!(await this.caseLinks.caseExists(ctx, caseId))) throw new AppError(ErrorCode.NOT_FOUND, 'Purchase case not found', { field: 'input.caseId' });
  }

  /** Appends a performance event and brings the denormalized reliability score up to date, in one transaction. */
  async recordPerformance(ctx: RequestContext, input: RecordPerformanceInput): Promise<Supplier> {
    if (!isValidDate(input.occurredOn)) throw validationFailed('input.occurredOn', 'occurredOn is not a date');
    if (input.occurredOn > this.clock.now().toISOString().slice(0, 10)) throw validationFailed('input.occurredOn', 'Performance is recorded after the fact: occurredOn is in the future');
    const delivery = input.kind === PerformanceEventKind.DELIVERY;
    if (delivery && (input.onTime === undefined || input.onTime === null)) throw validationFailed('input.onTime', 'Say whether the delivery came on time');
    if (!delivery && input.onTime !== undefined && input.onTime !== null) throw validationFailed('input.onTime', 'onTime is for deliveries only');
    const supplier = await this.suppliers.get(ctx, input.supplierId, true);
    if (input.caseId) await this.assertOwnCase(ctx, input.caseId);
    const repo = this.em(ctx).getRepository(SupplierPerformanceEvent);
    const event = await repo.save(
      repo.create({
        organizationId: ctx.organizationId,
        supplierId: supplier.id,
        kind: input.kind,
        occurredOn: input.occurredOn,
        onTime: delivery ? Boolean(input.onTime) : null,
        caseId: input.caseId ?? null,
        note: input.note ?? null,
        recordedBy: ctx.userId,
      }),
    );
    const before = supplier.reliabilityScore;
    // `UPDATE ... RETURNING` through the query runner answers [rows, affected].
    const result = (await this.em(ctx).query(UPDATE_RELIABILITY_SQL, [supplier.id])) as [Array<{ reliability_score: number | null }>, number];
    supplier.reliabilityScore = result[0][0]?.reliability_score ?? null;
    return this.audited(ctx, supplier, 'supplier.performance-recorded', { eventId: event.id, kind: input.kind, occurredOn: input.occurredOn, onTime: event.onTime, caseId: event.caseId, score: { from: before, to: supplier.reliabilityScore } });
  }

  /** Links the supplier to its company's portal account (an organization of kind SUPPLIER), or unlinks it with null. */
  async linkPortal(ctx: RequestContext, supplierId: string, organizationId: string | null | undefined): Promise<Supplier> {
    const supplier = await this.suppliers.get(ctx, supplierId, true);
    let portal: Organization | null = null;
    if (organizationId) {
      assertId(organizationId, 'Organization');
      portal = await this.em(ctx).getRepository(Organization).findOne({ where: { id: organizationId } });
      if (!portal || portal.kind !== OrganizationKind.SUPPLIER) throw validationFailed('organizationId', 'No supplier company with this id has a portal account');
      const taken: Array<{ id: string; name: string }> = await this.em(ctx).query(
        `SELECT id, name FROM supplier WHERE organization_id = $1 AND portal_organization_id = $2 AND id <> $3`,
        [ctx.organizationId, portal.id, supplier.id],
      );
      if (taken.length > 0) {
        // The entry holding it goes in the details, so a client can name it in the user's language.
        throw new AppError(ErrorCode.CONFLICT, `That portal account is already linked to ${taken[0].name}`, {
          field: 'organizationId',
          details: { supplierId: taken[0].id, supplierName: taken[0].name },
        });
      }
    }
    const from = supplier.portalOrganizationId;
    supplier.portalOrganizationId = portal?.id ?? null;
    await this.em(ctx).getRepository(Supplier).save(supplier);
    return this.audited(ctx, supplier, portal ? 'supplier.portal-linked' : 'supplier.portal-unlinked', { from, to: supplier.portalOrganizationId, portalName: portal?.name ?? null });
  }

  /** Supplier companies with a portal account whose name contains `search`, to pick one for linkPortal. */
  async findPortalAccounts(ctx: RequestContext, search: string, limit: number): Promise<Organization[]> {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.em(ctx)
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('o.kind = :kind AND o.name ILIKE :pattern', { kind: OrganizationKind.SUPPLIER, pattern })
      .orderBy('o.name', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Audits a change of `supplier` (its name first in the summary) and answers the supplier. */
  private async audited(ctx: RequestContext, supplier: Supplier, action: string, summary: Record<string, unknown>): Promise<Supplier> {
    await this.audit.record(ctx, { action, entityType: 'Supplier', entityId: supplier.id, summary: { name: supplier.name, ...summary } });
    return supplier;
  }

  private async child<T extends { organizationId: string; supplierId: string }>(
    ctx: RequestContext,
    target: new () => T,
    id: string,
    what: string,
  ): Promise<T> {
    assertId(id, what);
    const row = await this.em(ctx).getRepository(target).findOne({ where: { id, organizationId: ctx.organizationId } as never });
    if (!row) throw notFound(what);
    return row as T;
  }

  private async touch(ctx: RequestContext, supplier: Supplier): Promise<void> {
    await this.em(ctx).query(`UPDATE supplier SET updated_at = now() WHERE id = $1`, [supplier.id]);
  }

  private async refreshCertificateSummary(ctx: RequestContext, supplierId: string): Promise<void> {
    await this.em(ctx).query(
      `UPDATE supplier s SET certificate_count = c.n, certificate_earliest_expiry = c.earliest, updated_at = now()
         FROM (SELECT count(*)::int AS n, min(valid_until) AS earliest FROM supplier_certificate WHERE supplier_id = $1) c
        WHERE s.id = $1`,
      [supplierId],
    );
  }
}
