import { Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Ctx, RequestContext, validationFailed } from '@bc/api/core';
import { assertCan, orNotFound, sendDownload, SignedInController } from '@bc/api/files';
import { ErrorCode, Permission } from '@bc/shared/domain';
import { OcdsExportService, type Period } from './services/ocds-export.service';
import { streamJson } from './stream-json';

/** What the caller may not see, and a case still in its RFQ (or before), is a plain 404. */
const packageOrNotFound = <T>(work: () => Promise<T>) => orNotFound(work, 'Open data', [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN]);

const JSON_TYPE = 'application/json; charset=utf-8';

/** `from` and `to` as ISO 8601 instants, `from` before `to`. */
export function periodOf(from: unknown, to: unknown): Period {
  const at = (value: unknown, field: string): Date => {
    const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : null;
    if (!d || Number.isNaN(d.getTime())) throw validationFailed(field, `${field} is an ISO 8601 date or instant, e.g. 2026-01-01`);
    return d;
  };
  const period = { from: at(from, 'from'), to: at(to, 'to') };
  if (period.from >= period.to) throw validationFailed('to', 'to must be later than from');
  return period;
}

/**
 * OCDS 1.1.5 downloads for signed-in users. A case's release package and record package are read
 * by whoever reads its awards and decision record (AWARD_READ on the case, or a decider of the
 * organization); the bulk package of a period covers the whole organization, so it is for those
 * who read the whole organization's record (AUDIT_READ: admins and gatekeepers).
 */
@SignedInController('api')
export class OpenDataController {
  constructor(private readonly exports: OcdsExportService) {}

  @Get('cases/:id/ocds/release-package.json')
  async releasePackage(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { reference, body } = await packageOrNotFound(() => this.exports.caseReleasePackage(ctx, id));
    sendDownload(res, { name: `${reference}-ocds-release-package.json`, contentType: JSON_TYPE, body: Buffer.from(JSON.stringify(body), 'utf8') });
  }

  @Get('cases/:id/ocds/record-package.json')
  async recordPackage(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { reference, body } = await packageOrNotFound(() => this.exports.caseRecordPackage(ctx, id));
    sendDownload(res, { name: `${reference}-ocds-record-package.json`, contentType: JSON_TYPE, body: Buffer.from(JSON.stringify(body), 'utf8') });
  }

  @Get('open-data/releases.json')
  async period(@Ctx() ctx: RequestContext, @Query('from') from: unknown, @Query('to') to: unknown, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.AUDIT_READ);
    const period = periodOf(from, to);
    // Refusals (no prefix) come before the first byte, so they are answered as errors.
    await this.exports.publishingOf(ctx);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    await streamJson(res, `ocds-releases-${day(period.from)}-${day(period.to)}.json`, (sink) => this.exports.streamPeriod(ctx, period, sink));
  }
}
