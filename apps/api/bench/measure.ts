import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** CPU time (user + system) the process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; in clock ticks (100 per second).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Resident memory of the process, in MiB, from /proc/<pid>/status. */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

export interface Target {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The process that answers, whose CPU is counted. */
  pid: number;
}

export interface Run {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  cpuMsPerRequest: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? NaN;
}

/** `amount` requests from `connections` concurrent clients (autocannon); each response's latency is kept for the percentiles. */
export async function run(target: Target, connections: number, amount: number): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const cpu0 = cpuMs(target.pid);
  let settle: (r: autocannon.Result) => void = () => undefined;
  let failed: (e: Error) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    settle = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections,
    amount,
    timeout: 60,
    },
    (err, result) => (err ? failed(err) : settle(result)),
  );
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    if (status !== 200) errors += 1;
  });
  const result = await finished;
  const cpu = cpuMs(target.pid) - cpu0;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors: errors + result.errors + result.timeouts,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    cpuMsPerRequest: cpu / Math.max(1, latencies.length),
  };
}

/** One request, answering its body: to check that the operation works before it is measured. */
export async function once(target: Target): Promise<{ status: number; bytes: number; body: string }> {
  const res = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const body = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(body), body };
}
