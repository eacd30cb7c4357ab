import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';

import { AppError, assertId, Clock, conflict, groupRows, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { FileService } from '@bc/api/files';
import { ErrorCode, Permission, PRE_RFQ_STAGES, RequirementKind, SpecificationStatus } from '@bc/shared/domain';
import { PurchaseCase } from '../entities/purchase-case.entity';
import {
  LineAttribute,
  SpecificationAttachment,
  SpecificationLine,
  SpecificationRequirement,
  SpecificationVersion,
} from '../entities/specification.entity';
import { CaseAccessService } from './case-access.service';
import { stageLocked } from './case.service';
import { ChangeKind, diffAttachments, diffByKey, KeyedChange } from './spec-diff';

export interface LineData {
  key?: string | null;
  description: string;
  quantity: string;
  unit: string;
  attributes?: LineAttribute[];
}

export interface RequirementData {
  key?: string | null;
  text: string;
  kind: RequirementKind;
  weight?: number | null;
}

export interface SpecificationData {
  lines: LineData[];
  requirements: RequirementData[];
  attachmentIds: string[];
  note?: string | null;
}

export interface SpecificationContent {
  version: SpecificationVersion;
  lines: SpecificationLine[];
  requirements: SpecificationRequirement[];
  attachmentIds: string[];
}

export interface SpecificationDiff {
  fromVersionId: string;
  toVersionId: string;
  lines: KeyedChange<SpecificationLine>[];
  requirements: KeyedChange<SpecificationRequirement>[];
  attachments: Array<{ change: ChangeKind; fileId: string }>;
}

/** Inserts a version's rows of one kind; none is no statement (an empty INSERT is an SQL error). */
async function insertAll<E extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<E>, rows: QueryDeepPartialEntity<E>[]): Promise<void> {
  if (rows.length > 0) await em.getRepository(entity).insert(rows);
}

/**
 * Versioned specifications. A version is written once and never changed; editing writes a new
 * DRAFT version from the latest one (else STALE); approving freezes a version (APPROVED), and only
 * such a version can go into an RFQ. The database refuses any other change (see the migration).
 */
/** How many versions' content a process keeps (see `content`). */
const CONTENTS_KEPT = 500;

/** What `content` keeps of a version: its content, and its row once approved. */
type KeptContent = Omit<SpecificationContent, 'version'> & { approved?: SpecificationVersion };

const frozen = <T>(rows: T[]): T[] => Object.freeze(rows.map((r) => Object.freeze(r))) as T[];

@Injectable()
export class SpecificationService {
  private readonly contents = new LRUCache<string, KeptContent>({ max: CONTENTS_KEPT });

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly files: FileService,
    private readonly clock: Clock,
  ) {}

  async save(ctx: RequestContext, caseId: string, input: SpecificationData & { baseVersionId?: string | null }): Promise<SpecificationVersion> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.SPECIFICATION_EDIT, true);
    if (!PRE_RFQ_STAGES.includes(purchaseCase.stage)) throw stageLocked(purchaseCase, 'editing the specification');
    const latest = await this.latest(ctx, caseId);
    if ((latest?.id ?? null) !== (input.baseVersionId ?? null)) {
      throw new AppError(
        ErrorCode.STALE,
        latest
          ? `Version ${latest.version} is the latest now: start from it and save again`
          : 'The specification has no version yet: save without a base version',
        { field: 'input.baseVersionId', details: { latestVersionId: latest?.id ?? null } },
      );
    }
    this.assertKeysUnique(input.lines, 'input.lines');
    this.assertKeysUnique(input.requirements, 'input.requirements');
    input.requirements.forEach((r, i) => {
      if (r.kind === RequirementKind.MUST_HAVE && r.weight !== null && r.weight !== undefined) {
        throw validationFailed(`input.requirements.${i}.weight`, 'A must-have has no weight: it is met or not');
      }
    });
    const attachmentIds = [...new Set(input.attachmentIds)];
    if (attachmentIds.length > 0) await this.files.assertOwned(ctx, attachmentIds, 'input.attachmentIds');
    const version = await this.write(ctx, purchaseCase, {
      version: (latest?.version ?? 0) + 1,
      status: SpecificationStatus.DRAFT,
      baseVersionId: latest?.id ?? null,
      copiedFromVersionId: null,
      data: { ...input, attachmentIds },
    });
    await this.audit.record(ctx, {
      action: 'specification.saved',
      entityType: 'SpecificationVersion',
      entityId: version.id,
      summary: {
        reference: purchaseCase.reference,
        caseId,
        version: version.version,
        lines: input.lines.length,
        requirements: input.requirements.length,
        attachments: attachmentIds.length,
      },
    });
    return version;
  }

  /**
   * Writes a version with its lines, requirements and attachments. Lines and requirements keep
   * their key (a new one gets a fresh key), so versions can be compared.
   */
  async write(
    ctx: RequestContext,
    purchaseCase: PurchaseCase,
    v: {
      version: number;
      status: SpecificationStatus;
      baseVersionId: string | null;
      copiedFromVersionId: string | null;
      approvedBy?: string | null;
      approvedAt?: Date | null;
      data: SpecificationData;
    },
  ): Promise<SpecificationVersion> {
    const em = this.connection.manager(ctx);
    const repo = em.getRepository(SpecificationVersion);
    const version = await repo.save(
      repo.create({
        caseId: purchaseCase.id,
        version: v.version,
        status: v.status,
        note: v.data.note ?? null,
        baseVersionId: v.baseVersionId,
        copiedFromVersionId: v.copiedFromVersionId,
        createdBy: ctx.userId,
        approvedBy: v.approvedBy ?? null,
        approvedAt: v.approvedAt ?? null,
      }),
    );
    // Lines and requirements keep their key from version to version (the diff pairs them by it); new ones get one.
    const insertKeyed = <E extends ObjectLiteral, T extends { key?: string | null }>(entity: EntityTarget<E>, items: T[], fields: (item: T) => QueryDeepPartialEntity<E>) =>
      insertAll(
        em,
        entity,
        items.map((item, position) => ({ ...fields(item), versionId: version.id, key: item.key ?? randomUUID(), position })),
      );
    await insertKeyed(SpecificationLine, v.data.lines, (l) => ({
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      attributes: (l.attributes ?? []).map((a) => ({ name: a.name, value: a.value })),
    }));
    await insertKeyed(SpecificationRequirement, v.data.requirements, (r) => ({
      text: r.text,
      kind: r.kind,
      weight: r.kind === RequirementKind.NICE_TO_HAVE ? (r.weight ?? null) : null,
    }));
    await insertAll(em, SpecificationAttachment, v.data.attachmentIds.map((fileId, position) => ({ versionId: version.id, fileId, position })));
    return version;
  }

  async approve(ctx: RequestContext, versionId: string): Promise<SpecificationVersion> {
    const version = await this.findVersion(ctx, versionId);
    const { purchaseCase } = await this.access.openFor(ctx, version.caseId, Permission.SPECIFICATION_APPROVE, true);
    if (!PRE_RFQ_STAGES.includes(purchaseCase.stage)) throw stageLocked(purchaseCase, 'approving the specification');
    if (version.status === SpecificationStatus.APPROVED) throw conflict(`Version ${version.version} is already approved`);
    const latest = await this.latest(ctx, version.caseId);
    if (latest && latest.id !== version.id) {
      throw new AppError(ErrorCode.STALE, `Version ${latest.version} is newer: approve that one`, {
        field: 'versionId',
        details: { latestVersionId: latest.id },
      });
    }
    const approvedAt = this.clock.now();
    await this.connection
      .getRepository(ctx, SpecificationVersion)
      .update(version.id, { status: SpecificationStatus.APPROVED, approvedBy: ctx.userId, approvedAt });
    await this.audit.record(ctx, {
      action: 'specification.approved',
      entityType: 'SpecificationVersion',
      entityId: version.id,
      summary: { reference: purchaseCase.reference, caseId: version.caseId, version: version.version },
    });
    return { ...version, status: SpecificationStatus.APPROVED, approvedBy: ctx.userId, approvedAt };
  }

  /** A version the caller may read (through its case); NOT_FOUND otherwise. */
  async getVersion(ctx: RequestContext, versionId: string): Promise<SpecificationVersion> {
    const version = await this.findVersion(ctx, versionId);
    await this.access.open(ctx, version.caseId);
    return version;
  }

  async diff(ctx: RequestContext, fromVersionId: string, toVersionId: string): Promise<SpecificationDiff> {
    const from = await this.getVersion(ctx, fromVersionId);
    const to = await this.getVersion(ctx, toVersionId);
    if (from.caseId !== to.caseId) throw validationFailed('toVersionId', 'Both versions must belong to the same case');
    const a = await this.content(ctx, from);
    const b = await this.content(ctx, to);
    return {
      fromVersionId,
      toVersionId,
      lines: diffByKey(a.lines, b.lines, ['description', 'quantity', 'unit', 'attributes']),
      requirements: diffByKey(a.requirements, b.requirements, ['text', 'kind', 'weight']),
      attachments: diffAttachments(a.attachmentIds, b.attachmentIds),
    };
  }

  /**
   * A version's lines, requirements and attachments. They never change once written (a change saves
   * a new version; only the version's status moves), so they are kept by version id, frozen, for
   * the versions read most recently: a quote, a bid or a document reads them without a query.
   */
  async content(ctx: RequestContext, version: SpecificationVersion): Promise<SpecificationContent> {
    const kept = this.contents.get(version.id);
    if (kept) return { version, lines: kept.lines, requirements: kept.requirements, attachmentIds: kept.attachmentIds };
    const em = this.connection.manager(ctx);
    // Sequential: inside a mutation they share the transaction's connection.
    const lines = await em.getRepository(SpecificationLine).find({ where: { versionId: version.id }, order: { position: 'ASC' } });
    const requirements = await em.getRepository(SpecificationRequirement).find({ where: { versionId: version.id }, order: { position: 'ASC' } });
    const attachments = await em.getRepository(SpecificationAttachment).find({ where: { versionId: version.id }, order: { position: 'ASC' } });
    // Frozen (the lists and their rows) so that no reader changes what the next one gets.
    const content: KeptContent = {
      lines: frozen(lines),
      requirements: frozen(requirements),
      attachmentIds: frozen(attachments.map((a) => a.fileId)),
    };
    this.contents.set(version.id, content);
    return { version, lines: content.lines, requirements: content.requirements, attachmentIds: content.attachmentIds };
  }

  /** A version's content by id, for a caller already let in by what names the version (an RFQ it was sent with). */
  async contentOfVersion(ctx: RequestContext, versionId: string): Promise<SpecificationContent> {
    const kept = this.contents.get(versionId);
    // An approved version's row is final too (approving is its last change).
    if (kept?.approved) return { version: kept.approved, lines: kept.lines, requirements: kept.requirements, attachmentIds: kept.attachmentIds };
    const version = await this.connection.getRepository(ctx, SpecificationVersion).findOneOrFail({ where: { id: versionId } });
    const content = await this.content(ctx, version);
    const keeping = this.contents.get(versionId);
    if (keeping && version.status === SpecificationStatus.APPROVED) keeping.approved = Object.freeze(version);
    return content;
  }

  /** The lines of these versions, in their order, by version. */
  async linesOfVersions(ctx: RequestContext, versionIds: readonly string[]): Promise<Map<string, SpecificationLine[]>> {
    if (versionIds.length === 0) return new Map();
    const lines = await this.connection.getRepository(ctx, SpecificationLine).find({ where: { versionId: In([...versionIds]) }, order: { position: 'ASC' } });
    return groupRows(lines, (l) => l.versionId);
  }

  latest(ctx: RequestContext, caseId: string): Promise<SpecificationVersion | null> {
    return this.connection.getRepository(ctx, SpecificationVersion).findOne({ where: { caseId }, order: { version: 'DESC' } });
  }

  /** The latest approved version, else (when `orLatest`) the latest one. */
  async latestApproved(ctx: RequestContext, caseId: string, orLatest = false): Promise<SpecificationVersion | null> {
    const approved = await this.connection
      .getRepository(ctx, SpecificationVersion)
      .findOne({ where: { caseId, status: SpecificationStatus.APPROVED }, order: { version: 'DESC' } });
    return approved ?? (orLatest ? this.latest(ctx, caseId) : null);
  }

  private async findVersion(ctx: RequestContext, versionId: string): Promise<SpecificationVersion> {
    assertId(versionId, 'Specification version');
    const version = await this.connection
      .getRepository(ctx, SpecificationVersion)
      .createQueryBuilder('v')
      .innerJoin(PurchaseCase, 'c', 'c.id = v.case_id')
      .where('v.id = :versionId AND c.organization_id = :org', { versionId, org: ctx.organizationId })
      .getOne();
    if (!version) throw notFound('Specification version');
    return version;
  }

  private assertKeysUnique(items: Array<{ key?: string | null }>, field: string): void {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!item.key) return;
      if (seen.has(item.key)) throw validationFailed(`${field}.${i}.key`, 'The same key is given twice');
      seen.add(item.key);
    });
  }
}

