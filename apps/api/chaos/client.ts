import { randomUUID } from 'node:crypto';
import { sleep } from './cluster';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: GraphQLError[];
}

/** A signed-in user: the session cookie works on either instance (sessions live in PostgreSQL). */
export class Session {
  cookie?: string;

  constructor(readonly email: string) {}

  /** One POST to `/graphql` of `baseUrl`; throws on network errors, timeouts and aborts. */
  async post(baseUrl: string, query: string, variables: Record<string, unknown>, opts: { key?: string; signal?: AbortSignal } = {}): Promise<Answer> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(opts.key ? { 'idempotency-key': opts.key } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: opts.signal ?? AbortSignal.timeout(20_000),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await response.text();
    let body: { data?: Record<string, any>; errors?: GraphQLError[] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON (${response.status}): ${text.slice(0, 200)}` }] };
    }
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** The data of a setup step, or a thrown error; setup runs with no fault injected. */
  async ok(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const answer = await this.post(baseUrl, query, variables, { key: randomUUID() });
    if (answer.errors?.length || !answer.data) throw new Error(`${this.email}: ${JSON.stringify(answer.errors ?? answer)}`);
    return answer.data;
  }

  async signIn(baseUrl: string, password: string): Promise<this> {
    await this.ok(baseUrl, `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email: this.email, password } });
    return this;
  }
}

export const SUBMIT = `mutation ($invitationId: ID!, $input: QuoteInput!) { submitQuote(invitationId: $invitationId, input: $input) { invitationId revision submittedAt sha256 } }`;

export interface Receipt {
  invitationId: string;
  revision: number;
  submittedAt: string;
  sha256: string;
}

/** One logical submission: one Idempotency-Key, however many attempts it takes. */
export interface Submission {
  key: string;
  phase: string;
  supplier: string;
  invitationId: string;
  /** Attempts made (network attempts, the lost ones included). */
  attempts: number;
  /** Attempts whose answer the client threw away on purpose (abort after sending). */
  lost: number;
  outcome: 'acked' | 'failed' | 'unresolved';
  receipt?: Receipt;
  error?: string;
  /** A repeat sent after the acknowledgement under the same key: did it answer the same receipt? */
  replay?: 'same' | 'different' | 'error';
}

export type Attempt = { kind: 'ack'; receipt: Receipt } | { kind: 'retry'; why: string } | { kind: 'fail'; why: string };

/** Classifies one answer: a receipt, a retryable refusal (UNAVAILABLE, 5xx), or a final refusal. */
export function classify(answer: Answer): Attempt {
  const receipt = answer.data?.['submitQuote'] as Receipt | undefined;
  if (receipt && !answer.errors?.length) return { kind: 'ack', receipt };
  const code = answer.errors?.[0]?.extensions?.code ?? `HTTP ${answer.status}`;
  if (code === 'UNAVAILABLE' || answer.status >= 500) return { kind: 'retry', why: code };
  return { kind: 'fail', why: `${code}: ${answer.errors?.[0]?.message ?? ''}`.slice(0, 200) };
}

export interface SubmitOptions {
  /** Instances' base URLs; attempts rotate over them, so a dead one's requests go to the other. */
  urls: () => string[];
  /** Throw the first attempt's answer away: abort the request this long after sending it. */
  loseFirstAfterMs?: number;
  /** Send the same request once more after the acknowledgement and compare the receipts. */
  replay: boolean;
  /** Give up (outcome unresolved) after this long. */
  budgetMs: number;
}

async function attemptOnce(session: Session, url: string, sub: Submission, input: Record<string, unknown>, loseAfterMs?: number): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), loseAfterMs ?? 20_000);
  try {
    return classify(await session.post(url, SUBMIT, { invitationId: sub.invitationId, input }, { key: sub.key, signal: controller.signal }));
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return { kind: 'retry', why: loseAfterMs !== undefined ? 'lost on purpose' : (cause ?? (e as Error).name) };
  } finally {
    clearTimeout(timer);
  }
}

/** Submits `input` under `sub.key` until acknowledged, refused for good, or out of budget; retries keep the key. */
export async function submitWithRetries(session: Session, sub: Submission, input: Record<string, unknown>, opts: SubmitOptions, turn: number): Promise<void> {
  const until = Date.now() + opts.budgetMs;
  while (Date.now() < until) {
    const urls = opts.urls();
    const url = urls[(turn + sub.attempts) % urls.length];
    const lose = sub.attempts === 0 ? opts.loseFirstAfterMs : undefined;
    sub.attempts += 1;
    const result = await attemptOnce(session, url, sub, input, lose);
    if (lose !== undefined) {
      sub.lost += 1;
      continue;
    }
    if (result.kind === 'ack') {
      sub.outcome = 'acked';
      sub.receipt = result.receipt;
      if (opts.replay) sub.replay = await replay(session, opts.urls, sub, input);
      return;
    }
    if (result.kind === 'fail') {
      sub.outcome = 'failed';
      sub.error = result.why;
      return;
    }
    sub.error = result.why;
    await sleep(150 + Math.random() * 250);
  }
  sub.outcome = 'unresolved';
}

async function replay(session: Session, urls: () => string[], sub: Submission, input: Record<string, unknown>): Promise<Submission['replay']> {
  for (let i = 0; i < 20; i++) {
    const list = urls();
    const result = await attemptOnce(session, list[i % list.length], sub, input);
    if (result.kind === 'ack') {
      const a = result.receipt;
      const b = sub.receipt as Receipt;
      return a.revision === b.revision && a.sha256 === b.sha256 && a.invitationId === b.invitationId ? 'same' : 'different';
    }
    if (result.kind === 'fail') return 'error';
    await sleep(300);
  }
  return 'error';
}
