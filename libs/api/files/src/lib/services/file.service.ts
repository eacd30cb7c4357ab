import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { isUUID } from 'class-validator';
import { assertId, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { StoredFile } from '../entities/stored-file.entity';
import { cleanFileName } from '../download';

/** The largest file we keep: enough for drawings and scanned certificates, not for videos. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

export interface NewFile {
  name: string;
  contentType?: string | null;
  data: Buffer;
}

/**
 * Files of an organization. Other libraries reference files by id and check them with
 * `assertOwned` before they keep the reference; nobody reaches another organization's file.
 */
@Injectable()
export class FileService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  async store(ctx: RequestContext, file: NewFile): Promise<StoredFile> {
    const name = cleanFileName(file.name);
    if (!name) throw validationFailed('file', 'The file needs a name');
    if (file.data.length === 0) throw validationFailed('file', 'The file is empty');
    if (file.data.length > MAX_FILE_BYTES) throw validationFailed('file', `A file may have at most ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    const contentType = file.contentType && CONTENT_TYPE.test(file.contentType) ? file.contentType.toLowerCase() : 'application/octet-stream';
    return this.connection.withTransaction(ctx, async (em) => {
      const repo = em.getRepository(StoredFile);
      const saved = await repo.save(
        repo.create({
          organizationId: ctx.organizationId,
          name,
          contentType,
          sizeBytes: file.data.length,
          sha256: createHash('sha256').update(file.data).digest('hex'),
          data: file.data,
          uploadedBy: ctx.userId,
        }),
      );
      delete saved.data;
      await this.audit.record(ctx, {
        action: 'file.uploaded',
        entityType: 'StoredFile',
        entityId: saved.id,
        summary: { name, contentType, sizeBytes: saved.sizeBytes, sha256: saved.sha256 },
      });
      return saved;
    });
  }

  /** The organization's files among `ids` (metadata only), by id; unknown and foreign ids are left out. */
  async getMany(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, StoredFile>> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    if (valid.length === 0) return new Map();
    const files = await this.connection
      .getRepository(ctx, StoredFile)
      .find({ where: { id: In(valid), organizationId: ctx.organizationId } });
    return new Map(files.map((f) => [f.id, f]));
  }

  /**
   * Name and size of files among `ids`, in any organization: for a caller already let in by what
   * names them (a supplier reading the specification of an RFQ it is invited to).
   */
  async describe(ctx: RequestContext, ids: readonly string[]): Promise<Array<{ id: string; name: string; sizeBytes: number }>> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string; name: string; size_bytes: number }> = await this.connection
      .manager(ctx)
      .query(`SELECT id, name, size_bytes FROM stored_file WHERE id = ANY ($1::uuid[])`, [[...ids]]);
    return rows.map((r) => ({ id: r.id, name: r.name, sizeBytes: Number(r.size_bytes) }));
  }

  /** Refuses (VALIDATION_FAILED on `field`) any id that is not a file of the caller's organization. */
  async assertOwned(ctx: RequestContext, ids: readonly string[], field: string): Promise<void> {
    const found = await this.getMany(ctx, ids);
    const missing = ids.findIndex((id) => !found.has(id));
    if (missing >= 0) throw validationFailed(ids.length === 1 ? field : `${field}.${missing}`, 'No such file in your organization');
  }

  /** One file with its content, for download; NOT_FOUND for another organization's. */
  async open(ctx: RequestContext, id: string): Promise<StoredFile & { data: Buffer }> {
    assertId(id, 'File');
    const file = await this.connection
      .getRepository(ctx, StoredFile)
      .createQueryBuilder('f')
      .addSelect('f.data')
      .where('f.id = :id AND f.organization_id = :org', { id, org: ctx.organizationId })
      .getOne();
    if (!file?.data) throw notFound('File');
    return file as StoredFile & { data: Buffer };
  }

  /**
   * A file of any organization, for routes that have checked the caller's right to it themselves
   * (a supplier's quote attachment for the buyer after opening, a specification attachment for an invitee).
   */
  async openChecked(ctx: RequestContext, id: string): Promise<StoredFile & { data: Buffer }> {
    assertId(id, 'File');
    const file = await this.connection.getRepository(ctx, StoredFile).createQueryBuilder('f').addSelect('f.data').where('f.id = :id', { id }).getOne();
    if (!file?.data) throw notFound('File');
    return file as StoredFile & { data: Buffer };
  }
}
