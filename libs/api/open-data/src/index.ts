export * from './lib/open-data.module';
export * from './lib/entities/open-data-settings.entity';
export { OpenDataSettingsService } from './lib/services/open-data-settings.service';
export { OcdsExportService } from './lib/services/ocds-export.service';
export * from './lib/dto/open-data.types';
export * from './lib/dto/open-data.inputs';

import { OpenDataSettings } from './lib/entities/open-data-settings.entity';
export const OPEN_DATA_ENTITIES = [OpenDataSettings];
