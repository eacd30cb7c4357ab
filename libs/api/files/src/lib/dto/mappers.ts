import { StoredFile } from '../entities/stored-file.entity';
import { StoredFileType } from './file.types';

export const toStoredFileType = (f: StoredFile): StoredFileType => ({
  id: f.id,
  name: f.name,
  contentType: f.contentType,
  sizeBytes: f.sizeBytes,
  sha256: f.sha256,
  createdAt: f.createdAt,
});
