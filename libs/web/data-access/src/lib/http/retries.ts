import { toAppError } from '../errors/app-error';

/** How often a read, or a change sent with an idempotency key, is sent in all when the server is away or answers UNAVAILABLE. */
export const RETRY_ATTEMPTS = 4;

/** The header under which a change names its retries (the API keeps the first answer for 24 h). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * A fresh idempotency key. Browsers make them only in a secure context (HTTPS or localhost);
 * elsewhere there is none, and a change goes without one and is not retried.
 */
export function newIdempotencyKey(): string | undefined {
  return globalThis.crypto?.randomUUID?.();
}

/**
 * How long to wait before attempt `attempt + 1`: what the server asked for (`retryAfterSeconds`),
 * else 0.5, 1, 2 s …, at most `maxDelayMs`, jittered so that clients do not come back together.
 */
export function retryDelayMs(attempt: number, error: unknown, maxDelayMs = 5000): number {
  const asked = toAppError(error).retryAfterSeconds;
  const base = asked !== undefined ? asked * 1000 : 500 * 2 ** (attempt - 1);
  return Math.min(base, maxDelayMs) * (0.75 + Math.random() / 2);
}
