import { Client } from 'pg';

/**
 * Counts the SQL statements every pg client sends (TypeORM's pool included) while `work` runs.
 * The test app runs in the test's process, so this sees all of a request's statements. Run one
 * request at a time while counting. The job queue's polling (pg-boss, schema `pgboss`) is left out.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; texts: string[] }> {
  const original = Client.prototype.query;
  const texts: string[] = [];
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '?');
    // The job queue's workers poll on their own connections at their own pace: not the request's statements.
    if (!text.includes('pgboss.')) texts.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  try {
    const result = await work();
    return { result, statements: texts.length, texts };
  } finally {
    Client.prototype.query = original;
  }
}
