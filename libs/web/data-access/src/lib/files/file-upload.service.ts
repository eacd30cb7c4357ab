import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ErrorCode } from '@bc/shared/domain';
import { firstValueFrom } from 'rxjs';
import { AppError } from '../errors/app-error';

/** What `POST /api/files` answers for a stored file. */
export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export const FILES_URL = '/api/files';

/** Where a stored file of the organization can be downloaded. */
export function fileUrl(id: string): string {
  return `${FILES_URL}/${encodeURIComponent(id)}`;
}

/**
 * Uploads files to the API's file store. A multipart POST is not JSON, so the API asks for the
 * `x-bc-csrf` header: a cross-site form cannot set it.
 */
@Injectable({ providedIn: 'root' })
export class FileUploadService {
  private readonly http = inject(HttpClient);

  /** Throws an `AppError` when the API refuses (too large, not signed in, …). */
  async upload(file: File): Promise<UploadedFile> {
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      return await firstValueFrom(
        this.http.post<UploadedFile>(FILES_URL, body, { headers: { 'x-bc-csrf': '1' }, withCredentials: true }),
      );
    } catch (error) {
      throw uploadError(error);
    }
  }
}

function uploadError(error: unknown): AppError {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { code?: unknown; message?: unknown } | null;
    const code = typeof body?.code === 'string' && body.code in ErrorCode ? (body.code as ErrorCode) : null;
    if (code) return { code, message: String(body?.message ?? error.message) };
    if (error.status === 0) return { code: 'NETWORK', message: error.message };
    if (error.status === 401) return { code: ErrorCode.UNAUTHENTICATED, message: error.message };
    if (error.status === 403) return { code: ErrorCode.FORBIDDEN, message: error.message };
    if (error.status === 400 || error.status === 413) return { code: ErrorCode.VALIDATION_FAILED, message: error.message };
    if (error.status === 429) return { code: ErrorCode.RATE_LIMITED, message: error.message };
  }
  return { code: ErrorCode.INTERNAL, message: error instanceof Error ? error.message : String(error) };
}
