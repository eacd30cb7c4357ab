import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ErrorCode } from '@bc/shared/domain';
import { IDEMPOTENCY_HEADER, RETRY_ATTEMPTS } from '../http/retries';
import { FILES_URL, FileUploadService, UploadedFile } from './file-upload.service';

const STORED: UploadedFile = { id: 'f1', name: 'drawing.pdf', contentType: 'application/pdf', sizeBytes: 4, sha256: 'ab' };
const UNAVAILABLE = { statusCode: 503, code: ErrorCode.UNAVAILABLE, message: 'briefly unavailable', retryAfterSeconds: 5 };

describe('an upload sent again under its idempotency key while the server is briefly away', () => {
  let service: FileUploadService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(FileUploadService);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  const file = () => new File(['%PDF'], 'drawing.pdf', { type: 'application/pdf' });
  /** The next request to the file store, once the retry's pause (at most 1 ms here) is over. */
  const nextRequest = async (): Promise<TestRequest> => {
    for (let i = 0; i < 50; i++) {
      const [request] = http.match(FILES_URL);
      if (request) return request;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    throw new Error('no request to the file store');
  };

  it('sends the same file again with the same key after UNAVAILABLE and a lost connection, and returns what was stored', async () => {
    const upload = service.upload(file(), { newKey: () => 'key-1', maxDelayMs: 1 });
    const keys: Array<string | null> = [];
    const first = await nextRequest();
    keys.push(first.request.headers.get(IDEMPOTENCY_HEADER));
    expect(first.request.headers.get('x-bc-csrf')).toBe('1');
    first.flush(UNAVAILABLE, { status: 503, statusText: 'Service Unavailable' });
    const second = await nextRequest();
    keys.push(second.request.headers.get(IDEMPOTENCY_HEADER));
    second.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    const third = await nextRequest();
    keys.push(third.request.headers.get(IDEMPOTENCY_HEADER));
    third.flush(STORED);
    await expect(upload).resolves.toEqual(STORED);
    expect(keys).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it(`gives up after ${RETRY_ATTEMPTS} attempts with UNAVAILABLE and the pause the server asked for`, async () => {
    const upload = service.upload(file(), { newKey: () => 'key-2', maxDelayMs: 1 });
    for (let attempt = 1; attempt <= RETRY_ATTEMPTS; attempt++) (await nextRequest()).flush(UNAVAILABLE, { status: 503, statusText: 'Service Unavailable' });
    await expect(upload).rejects.toMatchObject({ code: ErrorCode.UNAVAILABLE, retryAfterSeconds: 5 });
  });

  it('does not send again what the server refused, nor a file without a key (no secure context)', async () => {
    const refused = service.upload(file(), { newKey: () => 'key-3', maxDelayMs: 1 });
    (await nextRequest()).flush({ statusCode: 400, code: ErrorCode.VALIDATION_FAILED, message: 'too large' }, { status: 400, statusText: 'Bad Request' });
    await expect(refused).rejects.toMatchObject({ code: ErrorCode.VALIDATION_FAILED });

    const keyless = service.upload(file(), { newKey: () => undefined, maxDelayMs: 1 });
    const only = await nextRequest();
    expect(only.request.headers.has(IDEMPOTENCY_HEADER)).toBe(false);
    only.flush(UNAVAILABLE, { status: 503, statusText: 'Service Unavailable' });
    await expect(keyless).rejects.toMatchObject({ code: ErrorCode.UNAVAILABLE });
  });
});
