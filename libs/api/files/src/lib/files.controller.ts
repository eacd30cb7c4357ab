import { Get, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Ctx, RequestContext, TransactionInterceptor, validationFailed } from '@bc/api/core';
import { can, Permission } from '@bc/shared/domain';
import { FileService, MAX_FILE_BYTES } from './services/file.service';
import { assertCan, SignedInController } from './files.guard';
import { sendDownload } from './download';

/** What multer hands over for a file kept in memory. */
interface UploadedPart {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface UploadedFileAnswer {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** REST, because GraphQL multipart is a CSRF hazard and needs a plugin: upload and download of files. */
@SignedInController('api/files')
export class FilesController {
  constructor(private readonly files: FileService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(
    FileInterceptor('file', {
      // Browsers send the file name as raw UTF-8; busboy's default (latin1) would turn 'Prüfbericht' into 'PrÃ¼fbericht'.
      defParamCharset: 'utf8',
      limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 },
    }),
    // After the file is read: one transaction, and an Idempotency-Key names a retried upload.
    TransactionInterceptor,
  )
  async upload(@Ctx() ctx: RequestContext, @UploadedFile() part: UploadedPart | undefined): Promise<UploadedFileAnswer> {
    // Buyers attach to specifications and suppliers; suppliers attach to their quotes.
    if (!can(ctx.signedIn.roles, Permission.WORKSPACE_USE)) assertCan(ctx, Permission.SUPPLIER_PORTAL_USE);
    if (!part) throw validationFailed('file', 'Send the file as the multipart field "file"');
    const file = await this.files.store(ctx, { name: part.originalname, contentType: part.mimetype, data: part.buffer });
    return { id: file.id, name: file.name, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 };
  }

  @Get(':id')
  async download(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    sendStoredFile(res, await this.files.open(ctx, id));
  }
}

/** Sends a stored file as a download that a browser never renders in our origin. */
export function sendStoredFile(res: Response, file: { name: string; contentType: string; data: Buffer }): void {
  sendDownload(res, { name: file.name, contentType: file.contentType, body: file.data });
}
