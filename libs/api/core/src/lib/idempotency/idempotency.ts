import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@bc/shared/domain';
import { AppError, validationFailed } from '../errors/app-error';

/** The request header that names a retry of the same change (as Stripe's API takes it). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a key is remembered: a retry after that is a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The key a request sent, checked: printable ASCII without spaces, at most 255 characters; none if the header is absent. */
export function idempotencyKeyOf(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const raw = headers?.[IDEMPOTENCY_HEADER];
  if (raw === undefined) return null;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!KEY.test(key)) {
    throw validationFailed('Idempotency-Key', 'The Idempotency-Key header takes 1 to 255 printable characters without spaces', { rule: 'IDEMPOTENCY_KEY_FORMAT' });
  }
  return key;
}

/** What a request asks for, as one hash: the operation and its arguments in canonical JSON (RFC 8785). */
export function requestHashOf(operation: string, args: unknown): string {
  return createHash('sha256').update(canonicalize({ operation, args }) ?? '').digest('hex');
}

/**
 * The first answer kept as JSON: dates and binary values are tagged so that the replay hands the
 * GraphQL layer the same values (field resolvers read them as they read the first result).
 */
export function storedAnswer(value: unknown): string {
  return JSON.stringify(value ?? null, function (this: Record<string, unknown>, key: string, v: unknown) {
    const original = this[key];
    if (original instanceof Date) return { $date: original.toISOString() };
    if (Buffer.isBuffer(original)) return { $base64: original.toString('base64') };
    return v;
  });
}

export function replayedAnswer(stored: string): unknown {
  return JSON.parse(stored, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (typeof o['$date'] === 'string' && Object.keys(o).length === 1) return new Date(o['$date']);
      if (typeof o['$base64'] === 'string' && Object.keys(o).length === 1) return Buffer.from(o['$base64'], 'base64');
    }
    return v;
  });
}

/** A key's first use, or what its first use answered. */
export type IdempotentClaim = { kind: 'first' } | { kind: 'replay'; answer: unknown };

/**
 * Keys of retried changes, scoped to the user and the operation and kept for 24 hours. The key is
 * claimed in the change's own transaction, so it commits exactly with the change: a repeat that
 * comes while the first is still running waits for it on the key's row (PostgreSQL's unique index),
 * then replays its answer; if the first rolled back, the repeat runs as the first.
 */
export class IdempotencyKeys {
  /** Claims `key` for this request, or returns the first request's answer; a key sent again with another request is refused. */
  static async claim(em: EntityManager, scope: { userId: string; operation: string; key: string; requestHash: string }, now: Date): Promise<IdempotentClaim> {
    const { userId, operation, key, requestHash } = scope;
    // One statement: a new key is claimed, and a key whose day is over is taken over as new.
    const claimed: unknown[] = await em.query(
      `INSERT INTO idempotency_key (user_id, operation, key, request_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, operation, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, answer = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
         WHERE idempotency_key.expires_at <= EXCLUDED.created_at
       RETURNING key`,
      [userId, operation, key, requestHash, now, new Date(now.getTime() + IDEMPOTENCY_TTL_MS)],
    );
    if (claimed.length > 0) return { kind: 'first' };
    const [first] = (await em.query(`SELECT request_hash, answer FROM idempotency_key WHERE user_id = $1 AND operation = $2 AND key = $3`, [userId, operation, key])) as Array<{
      request_hash: string;
      answer: string | null;
    }>;
    if (!first || first.request_hash !== requestHash) {
      throw new AppError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was used for a different request: send a new key for a new request', {
        field: 'Idempotency-Key',
      });
    }
    return { kind: 'replay', answer: first.answer === null ? null : replayedAnswer(first.answer) };
  }

  /** Keeps the first answer with the claimed key, in the change's transaction. */
  static async remember(em: EntityManager, scope: { userId: string; operation: string; key: string }, answer: unknown): Promise<void> {
    await em.query(`UPDATE idempotency_key SET answer = $4 WHERE user_id = $1 AND operation = $2 AND key = $3`, [scope.userId, scope.operation, scope.key, storedAnswer(answer)]);
  }

  /** Forgets the keys whose day is over. */
  static async purge(em: EntityManager, now: Date): Promise<number> {
    const [, count] = (await em.query(`DELETE FROM idempotency_key WHERE expires_at <= $1`, [now])) as [unknown, number];
    return count ?? 0;
  }
}
