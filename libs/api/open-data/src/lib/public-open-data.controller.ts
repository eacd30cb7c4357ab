import { createHash } from 'node:crypto';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public, validationFailed } from '@bc/api/core';
import { OcdsExportService } from './services/ocds-export.service';
import { PublicFeedLimiter } from './services/public-feed-limiter.service';

const CURSOR = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The public OCDS feed of an organization that switched public publishing on, found by its ocid
 * prefix: unauthenticated, paginated by a cursor (the `Link: rel="next"` header), cacheable (an
 * ETag of the body; `If-None-Match` answers 304). Any other prefix is a 404, the same as an
 * organization that publishes nothing, so the feed says nothing about who uses the portal.
 */
@Controller('api/public/ocds')
@Public()
export class PublicOpenDataController {
  constructor(
    private readonly exports: OcdsExportService,
    private readonly limiter: PublicFeedLimiter,
  ) {}

  @Get(':prefix/releases.json')
  async releases(@Param('prefix') prefix: string, @Query('cursor') cursor: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.limiter.consume(req.ip ?? '');
    if (cursor !== undefined && (typeof cursor !== 'string' || !CURSOR.test(cursor))) throw validationFailed('cursor', 'cursor is the value from the Link header of the page before');
    const { body, next } = await this.exports.publicPage(prefix, (cursor as string | undefined) ?? null);
    const json = JSON.stringify(body);
    const etag = `"${createHash('sha256').update(json).digest('base64url')}"`;
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (next) res.setHeader('Link', `<${body.uri.split('?')[0]}?cursor=${next}>; rel="next"`);
    const match = req.headers['if-none-match'];
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.status(200).end(json);
  }
}
