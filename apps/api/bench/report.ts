import type { Run } from './measure';

export interface Side {
  load: Run;
  single: Run & { statementsPerRequest: number };
  /** Size of one answer. */
  bytes: number;
}

export interface Row {
  operation: string;
  graphql: Side;
  sql: Side;
  /** The API process's resident memory after the operation's runs. */
  apiRssMiB: number;
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const kb = (bytes: number) => (bytes < 10_240 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024).toFixed(0)} KB`);

/** The one table: latencies in ms (load = concurrency 8, single = one at a time), CPU in ms per request. */
export function printTable(rows: Row[]): void {
  const header = [
    'operation',
    'GraphQL p50/p95 load',
    'SQL p50/p95 load',
    'GraphQL p50/p95 single',
    'SQL p50/p95 single',
    'p95 ratio load / single',
    'CPU/request GraphQL vs SQL',
    'statements/request GraphQL vs SQL',
    'answer GraphQL vs SQL',
    'API RSS',
  ];
  const lines = rows.map((r) => [
    r.operation,
    `${ms(r.graphql.load.p50)} / ${ms(r.graphql.load.p95)}`,
    `${ms(r.sql.load.p50)} / ${ms(r.sql.load.p95)}`,
    `${ms(r.graphql.single.p50)} / ${ms(r.graphql.single.p95)}`,
    `${ms(r.sql.single.p50)} / ${ms(r.sql.single.p95)}`,
    `${ratio(r.graphql.load.p95, r.sql.load.p95)} / ${ratio(r.graphql.single.p95, r.sql.single.p95)}`,
    `${r.graphql.load.cpuMsPerRequest.toFixed(1)} ms vs ${r.sql.load.cpuMsPerRequest.toFixed(1)} ms`,
    `${r.graphql.single.statementsPerRequest.toFixed(1)} vs ${r.sql.single.statementsPerRequest.toFixed(1)}`,
    `${kb(r.graphql.bytes)} vs ${kb(r.sql.bytes)}`,
    `${r.apiRssMiB.toFixed(0)} MiB`,
  ]);
  const errors = rows.filter((r) => r.graphql.load.errors + r.sql.load.errors + r.graphql.single.errors + r.sql.single.errors > 0);
  console.log(`\n| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const l of lines) console.log(`| ${l.join(' | ')} |`);
  if (errors.length) console.log(`\nNon-200 answers or timeouts in: ${errors.map((r) => r.operation).join(', ')}`);
}
