import { Args, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, RequestContext, validationFailed } from '@bc/api/core';
import { FileService } from '@bc/api/files';
import { Permission } from '@bc/shared/domain';
import { ExportSuppliersArgs, ImportSuppliersArgs } from '../dto/supplier.inputs';
import { SupplierImportReportType } from '../dto/supplier.types';
import { SupplierCsvService } from '../services/supplier-csv.service';
import { CSV_MAX_BYTES } from '../services/supplier-csv-format';

@Resolver()
export class SupplierCsvResolver {
  constructor(
    private readonly csv: SupplierCsvService,
    private readonly files: FileService,
  ) {}

  @AllowedMutation(() => SupplierImportReportType, Permission.SUPPLIER_MANAGE, {
    description: 'Imports suppliers from CSV. Every rejected row is reported; nothing is written if a row is rejected unless importValidRows',
  })
  async importSuppliers(@Ctx() ctx: RequestContext, @Args() args: ImportSuppliersArgs): Promise<SupplierImportReportType> {
    if ((args.csv === null || args.csv === undefined) === !args.fileId) throw validationFailed('csv', 'Send either csv or fileId');
    if (args.fileId) {
      const file = await this.files.open(ctx, args.fileId).catch(() => {
        throw validationFailed('fileId', 'No such file in your organization');
      });
      if (file.sizeBytes > CSV_MAX_BYTES) {
        throw validationFailed('fileId', `The file has ${(file.sizeBytes / 1024 / 1024).toFixed(1)} MB; at most ${CSV_MAX_BYTES / 1024 / 1024} MB can be imported at once`);
      }
      return this.csv.import(ctx, file.data.toString('utf8'), args.importValidRows, 'fileId');
    }
    return this.csv.import(ctx, args.csv ?? '', args.importValidRows);
  }

  @AllowedQuery(() => String, Permission.SUPPLIER_READ, { description: 'The (filtered) directory as CSV text; the same as GET /api/suppliers/export.csv' })
  exportSuppliers(@Ctx() ctx: RequestContext, @Args() args: ExportSuppliersArgs): Promise<string> {
    return this.csv.exportText(ctx, args.filter ?? {}, args.locale);
  }
}
