import { Client } from 'pg';
import { runningJob } from '@bc/api/core';

/**
 * Counts the SQL statements every pg client sends (TypeORM's pool included) while `work` runs.
 * The test app runs in the test's process, so this sees all of a request's statements. Run one
 * request at a time while counting. Background work is left out: pg-boss's own statements and every
 * statement a job's handler sends (the sweeps, the mail outbox, the refreshes), whenever it happens to run.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; texts: string[] }> {
  const original = Client.prototype.query;
  const texts: string[] = [];
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '?');
    // Background work runs at its own pace and is not the request's: the job queue's own connections
    // (application_name buying-center-jobs) and whatever a job's handler sends.
    const application = (this as unknown as { connectionParameters?: { application_name?: string } }).connectionParameters?.application_name;
    const background = application === 'buying-center-jobs' || text.includes('pgboss.') || runningJob.getStore() !== undefined;
    if (!background) texts.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  try {
    const result = await work();
    return { result, statements: texts.length, texts };
  } finally {
    Client.prototype.query = original;
  }
}

/**
 * The most transactions open at once (from START TRANSACTION to COMMIT or ROLLBACK, per pg client)
 * while `work` runs, background work left out as in {@link countStatements}.
 */
export async function mostOpenTransactions<T>(work: () => Promise<T>): Promise<{ result: T; most: number }> {
  const original = Client.prototype.query;
  const open = new Set<Client>();
  let most = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    const application = (this as unknown as { connectionParameters?: { application_name?: string } }).connectionParameters?.application_name;
    if (application !== 'buying-center-jobs' && runningJob.getStore() === undefined) {
      if (/^START TRANSACTION/.test(text)) {
        open.add(this);
        most = Math.max(most, open.size);
      } else if (/^(COMMIT|ROLLBACK)/.test(text)) open.delete(this);
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  try {
    return { result: await work(), most };
  } finally {
    Client.prototype.query = original;
  }
}
