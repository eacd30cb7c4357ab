import { Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Ctx, RequestContext, validationFailed } from '@bc/api/core';
import { assertCan, sendDownload, SignedInController } from '@bc/api/files';
import { Locale, Permission } from '@bc/shared/domain';

const isLocale = (value: string): value is Locale => (Object.values(Locale) as string[]).includes(value);
import { SupplierFilter } from './dto/supplier.inputs';
import { SupplierCsvService } from './services/supplier-csv.service';

/**
 * GET /api/suppliers/export.csv?search=&category=&country=&status=A,B&certificates=&minReliability=&tags=a,b&locale=de
 * streams the (filtered) directory as CSV, to signed-in users who may read it; `locale=de` writes
 * it for German Excel (semicolons, decimal commas). A bad filter is answered 400 with the same
 * code and field as the GraphQL query (`VALIDATION_FAILED`, `filter.country`).
 */
@SignedInController('api/suppliers')
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
    const refuse = validationFailed;
    const problems = await validate(filter, { skipMissingProperties: false });
    if (problems.length > 0) throw refuse(`filter.${problems[0].property}`, Object.values(problems[0].constraints ?? {})[0] ?? 'is not valid');
    const locale = (query['locale'] ?? Locale.EN).toLowerCase();
    if (!isLocale(locale)) throw refuse('locale', `locale must be one of ${Object.values(Locale).join(', ')}`);
    await this.csv.assertExportable(ctx, filter);
    sendDownload(res, {
      name: `suppliers-${new Date().toISOString().slice(0, 10)}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: this.csv.export(ctx, filter, locale),
    });
  }
}
