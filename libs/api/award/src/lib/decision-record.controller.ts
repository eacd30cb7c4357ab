import { Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, Ctx, RequestContext } from '@bc/api/core';
import { assertCan, DocumentSettings, orNotFound, sendDownload, SignedInController } from '@bc/api/files';
import { ErrorCode, Permission } from '@bc/shared/domain';
import { canonicalJson } from './documents/decision-record-content';
import { renderDecisionRecord } from './documents/decision-record';
import { DecisionRecordService } from './services/decision-record.service';

/** Anything the caller may not see, and a case without a granted award, is a plain 404. */
const recordOrNotFound = <T>(work: () => Promise<T>) => orNotFound(work, 'Decision record', [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN]);

/**
 * The decision record of an awarded case: as a PDF in the reader's language, and as the canonical
 * JSON whose SHA-256 the PDF prints (so anyone can recompute it). For the case's buying team
 * (AWARD_READ), once the award has been granted.
 */
@SignedInController('api')
export class DecisionRecordController {
  constructor(
    private readonly records: DecisionRecordService,
    private readonly documents: DocumentSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('cases/:id/decision-record.pdf')
  async pdf(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.AWARD_READ);
    const record = await recordOrNotFound(() => this.records.record(ctx, id));
    const pdf = await renderDecisionRecord({
      content: record.content,
      sha256: record.sha256,
      ...(await this.documents.forReader(ctx)),
      chain: await this.records.chain(ctx),
      jsonUrl: `${this.config.publicUrl}/api/cases/${id}/decision-record.json`,
    });
    sendDownload(res, {
      name: `${record.caseReference}-decision-record.pdf`,
      contentType: 'application/pdf',
      body: pdf,
      headers: { 'X-Content-SHA256': record.sha256 },
    });
  }

  @Get('cases/:id/decision-record.json')
  async json(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.AWARD_READ);
    const record = await recordOrNotFound(() => this.records.record(ctx, id));
    // Exactly the bytes that were hashed.
    const body = Buffer.from(canonicalJson(record.content), 'utf8');
    sendDownload(res, {
      name: `${record.caseReference}-decision-record.json`,
      contentType: 'application/json; charset=utf-8',
      body,
      headers: { 'X-Content-SHA256': record.sha256 },
    });
  }
}
