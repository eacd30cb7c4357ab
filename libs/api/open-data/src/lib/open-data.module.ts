import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { AwardModule } from '@bc/api/award';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { OpenDataController } from './open-data.controller';
import { PublicOpenDataController } from './public-open-data.controller';
import { OpenDataSettingsResolver } from './resolvers/open-data-settings.resolver';
import { OcdsExportService } from './services/ocds-export.service';
import { OcdsFactsReader } from './services/ocds-facts.reader';
import { OpenDataSettingsService } from './services/open-data-settings.service';
import { PublicFeedLimiter } from './services/public-feed-limiter.service';

/** Open data (issue 17): the organization's cases as OCDS 1.1.5 releases and records, for download and, if it chooses, in public. */
@Module({
  imports: [AuditModule, AwardModule, FilesModule, IdentityModule],
  controllers: [OpenDataController, PublicOpenDataController],
  providers: [OpenDataSettingsService, OcdsFactsReader, OcdsExportService, OpenDataSettingsResolver, PublicFeedLimiter],
  exports: [OpenDataSettingsService, OcdsExportService],
})
export class OpenDataModule {}
