import { Client } from 'pg';
import { sleep } from './api-process';
import { BIG_RFQ, bigRfqIds } from './big-rfq';
import { rssMiB } from './measure';
import { webDocument } from './operations';

export interface ComparisonResult {
  suppliers: number;
  lines: number;
  /** Wall time of each GraphQL call, one at a time, in ms. */
  comparisonMs: number[];
  scoringMs: number[];
  xlsx: { ms: number; bytes: number; rssBeforeMiB: number; rssPeakMiB: number };
}

interface Api {
  url: string;
  pid: number;
  cookie: string;
}

async function timed(api: Api, document: string, variables: Record<string, unknown>): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: api.cookie },
    body: JSON.stringify({ query: webDocument(document), variables, operationName: document }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  const ms = performance.now() - t0;
  if (body.errors?.length) throw new Error(`${document}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return ms;
}

/** The xlsx download: wall time, and the API's RSS sampled every 10 ms while it runs (peak minus before). */
async function workbook(api: Api, rfqId: string): Promise<ComparisonResult['xlsx']> {
  const rssBeforeMiB = rssMiB(api.pid);
  let rssPeakMiB = rssBeforeMiB;
  let running = true;
  const sampler = (async () => {
    while (running) {
      rssPeakMiB = Math.max(rssPeakMiB, rssMiB(api.pid));
      await sleep(10);
    }
  })();
  const t0 = performance.now();
  const res = await fetch(`${api.url}/api/rfqs/${rfqId}/comparison.xlsx`, { headers: { cookie: api.cookie } });
  const bytes = (await res.arrayBuffer()).byteLength;
  const ms = performance.now() - t0;
  running = false;
  await sampler;
  if (res.status !== 200) throw new Error(`comparison.xlsx answered ${res.status}`);
  return { ms, bytes, rssBeforeMiB, rssPeakMiB: Math.max(rssPeakMiB, rssMiB(api.pid)) };
}

/** Comparison and scoring of the 200 × 500 RFQ (big-rfq.ts) through the web's documents, then its xlsx. */
export async function measureComparison(api: Api, databaseUrl: string, org: string, runs = 3): Promise<ComparisonResult> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const { caseId, rfqId } = await bigRfqIds(db, org).finally(() => db.end());
  const comparisonMs: number[] = [];
  const scoringMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    comparisonMs.push(await timed(api, 'RfqComparison', { rfqId }));
    scoringMs.push(await timed(api, 'RfqScoring', { caseId, rfqId }));
  }
  return { suppliers: BIG_RFQ.suppliers, lines: BIG_RFQ.lines, comparisonMs, scoringMs, xlsx: await workbook(api, rfqId) };
}

export function printComparison(c: ComparisonResult): void {
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
  console.log(`\nComparison of ${c.suppliers} suppliers × ${c.lines} lines (GraphQL, one at a time, ms): ${list(c.comparisonMs)}`);
  console.log(`Scoring page of the same RFQ (RfqScoring, ms): ${list(c.scoringMs)}`);
  console.log(
    `xlsx of the comparison: ${c.xlsx.ms.toFixed(0)} ms, ${(c.xlsx.bytes / 1024).toFixed(0)} KB; API RSS ${c.xlsx.rssBeforeMiB.toFixed(0)} → peak ${c.xlsx.rssPeakMiB.toFixed(0)} MiB (+${(c.xlsx.rssPeakMiB - c.xlsx.rssBeforeMiB).toFixed(0)} MiB)`,
  );
}
