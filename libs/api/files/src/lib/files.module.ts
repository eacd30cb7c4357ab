import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { IdentityModule } from '@bc/api/identity';
import { FilesController } from './files.controller';
import { DocumentSettings } from './document-settings';
import { SignedInGuard } from './files.guard';
import { FileService } from './services/file.service';

@Module({
  imports: [AuditModule, IdentityModule],
  controllers: [FilesController],
  providers: [FileService, SignedInGuard, DocumentSettings],
  exports: [FileService, SignedInGuard, DocumentSettings, IdentityModule],
})
export class FilesModule {}
