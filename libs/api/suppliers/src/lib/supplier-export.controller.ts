import { BadRequestException, Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Ctx, Public, RequestContext } from '@bc/api/core';
import { assertCan, sendDownload, SignedInGuard } from '@bc/api/files';
import { Permission } from '@bc/shared/domain';
import { SupplierFilter } from './dto/supplier.inputs';
import { SupplierCsvService } from './services/supplier-csv.service';

/**
 * GET /api/suppliers/export.csv?search=&category=&country=&status=A,B&certificates=&minReliability=&tags=a,b
 * streams the (filtered) directory as CSV, to signed-in users who may read it.
 */
@Controller('api/suppliers')
@Public()
@UseGuards(SignedInGuard)
export class SupplierExportController {
  constructor(private readonly csv: SupplierCsvService) {}

  @Get('export.csv')
  async export(@Ctx() ctx: RequestContext, @Query() query: Record<string, string | undefined>, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.SUPPLIER_READ);
    const split = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
    const filter = plainToInstance(SupplierFilter, {
      search: query['search'],
      category: query['category'],
      country: query['country'],
      status: split(query['status']),
      certificates: query['certificates'],
      minReliability: query['minReliability'] !== undefined ? Number(query['minReliability']) : undefined,
      tags: split(query['tags']),
    });
    const problems = await validate(filter, { skipMissingProperties: false });
    if (problems.length > 0) throw new BadRequestException(`${problems[0].property}: ${Object.values(problems[0].constraints ?? {})[0] ?? 'is not valid'}`);
    sendDownload(res, {
      name: `suppliers-${new Date().toISOString().slice(0, 10)}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: this.csv.export(ctx, filter),
    });
  }
}
