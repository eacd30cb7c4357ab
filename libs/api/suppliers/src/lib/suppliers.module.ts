import { ReliabilityRefreshService } from './services/reliability-refresh.service';
import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { CpvResolver } from './resolvers/cpv.resolver';
import { CertificateResolver, SupplierDocumentResolver } from './resolvers/nested-file.resolver';
import { SupplierCsvResolver } from './resolvers/supplier-csv.resolver';
import { SupplierResolver } from './resolvers/supplier.resolver';
import { CpvService } from './services/cpv.service';
import { SupplierCsvService } from './services/supplier-csv.service';
import { SupplierDirectoryService } from './services/supplier-directory.service';
import { SupplierLoaderFactory } from './services/supplier-loaders';
import { SupplierSearchService } from './services/supplier-search.service';
import { SupplierService } from './services/supplier.service';
import { SupplierExportController } from './supplier-export.controller';
import { SupplierCaseLinks } from './services/supplier-case-links';
import { PerformanceLedger } from './services/performance-ledger.service';

@Module({
  imports: [AuditModule, FilesModule, IdentityModule],
  controllers: [SupplierExportController],
  providers: [
    SupplierCaseLinks,
    PerformanceLedger,
    ReliabilityRefreshService,
    CpvService,
    SupplierService,
    SupplierSearchService,
    SupplierDirectoryService,
    SupplierCsvService,
    SupplierLoaderFactory,
    CpvResolver,
    SupplierResolver,
    SupplierCsvResolver,
    CertificateResolver,
    SupplierDocumentResolver,
  ],
  exports: [SupplierCaseLinks, PerformanceLedger, ReliabilityRefreshService, SupplierService, SupplierSearchService, SupplierDirectoryService, SupplierCsvService, CpvService, SupplierLoaderFactory],
})
export class SuppliersModule {}
