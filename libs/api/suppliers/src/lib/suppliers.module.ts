import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { FilesModule } from '@bc/api/files';
import { SupplierService } from './services/supplier.service';

@Module({
  imports: [AuditModule, FilesModule],
  providers: [SupplierService],
  exports: [SupplierService],
})
export class SuppliersModule {}
