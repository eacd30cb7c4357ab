import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ErrorCode } from '@bc/shared/domain';
import { catchError, firstValueFrom, retry, throwError, timer } from 'rxjs';
import { AppError, isAppError, isRetryable } from '../errors/app-error';
import { IDEMPOTENCY_HEADER, newIdempotencyKey, RETRY_ATTEMPTS, retryDelayMs } from '../http/retries';

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
 * `x-bc-csrf` header: a cross-site form cannot set it. Each upload carries an idempotency key of its
 * own, so that it is sent again under that key when the network fails or the server is briefly
 * away (UNAVAILABLE), and the server stores the file once however often it arrives.
 */
@Injectable({ providedIn: 'root' })
export class FileUploadService {
  private readonly http = inject(HttpClient);

  /** Throws an `AppError` when the API refuses (too large, not signed in, …) or stays away. */
  async upload(file: File, options: { newKey?: () => string | undefined; maxDelayMs?: number } = {}): Promise<UploadedFile> {
    const body = new FormData();
    body.append('file', file, file.name);
    const key = (options.newKey ?? newIdempotencyKey)();
    const headers: Record<string, string> = { 'x-bc-csrf': '1', ...(key ? { [IDEMPOTENCY_HEADER]: key } : {}) };
    try {
      return await firstValueFrom(
        this.http.post<UploadedFile>(FILES_URL, body, { headers, withCredentials: true }).pipe(
          catchError((error: unknown) => throwError(() => uploadError(error))),
          retry({
            count: key ? RETRY_ATTEMPTS - 1 : 0,
            delay: (error: unknown, attempt) => (isRetryable(error) ? timer(retryDelayMs(attempt, error, options.maxDelayMs)) : throwError(() => error)),
          }),
        ),
      );
    } catch (error) {
      throw uploadError(error);
    }
  }
}

function uploadError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { code?: unknown; message?: unknown; retryAfterSeconds?: unknown } | null;
    const code = typeof body?.code === 'string' && body.code in ErrorCode ? (body.code as ErrorCode) : null;
    const retryAfter = typeof body?.retryAfterSeconds === 'number' ? { retryAfterSeconds: body.retryAfterSeconds } : {};
    if (code) return { code, message: String(body?.message ?? error.message), ...retryAfter };
    if (error.status === 0) return { code: 'NETWORK', message: error.message };
    if (error.status === 401) return { code: ErrorCode.UNAUTHENTICATED, message: error.message };
    if (error.status === 403) return { code: ErrorCode.FORBIDDEN, message: error.message };
    if (error.status === 400 || error.status === 413) return { code: ErrorCode.VALIDATION_FAILED, message: error.message };
    if (error.status === 429) return { code: ErrorCode.RATE_LIMITED, message: error.message };
    if (error.status === 503) return { code: ErrorCode.UNAVAILABLE, message: error.message };
  }
  return { code: ErrorCode.INTERNAL, message: error instanceof Error ? error.message : String(error) };
}
