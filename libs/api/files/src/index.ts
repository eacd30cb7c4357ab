export * from './lib/files.module';
export * from './lib/entities/stored-file.entity';
export * from './lib/services/file.service';
export * from './lib/dto/file.types';
export * from './lib/dto/mappers';
export * from './lib/files.guard';
export * from './lib/download';
export * from './lib/document-settings';

import { StoredFile } from './lib/entities/stored-file.entity';
export const FILE_ENTITIES = [StoredFile];
export { sendStoredFile } from './lib/files.controller';
