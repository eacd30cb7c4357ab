import type { CaseFacts } from '../ocds/case-facts';
import { PUBLISH, sampleFacts } from '../ocds/sample-facts';
import { OcdsExportService } from './ocds-export.service';
import type { CaseSelection, OcdsFactsReader } from './ocds-facts.reader';

/**
 * The bulk export of 10 000 cases (issue 17, "Speed"): the service asks the reader for one batch
 * of 50 cases at a time, keyset on the case id, and writes each batch out before reading the
 * next, so memory holds one batch whatever the number of cases. (The reader's SQL is proven against
 * PostgreSQL in apps/api/test/open-data.spec.ts.)
 */
describe('the bulk OCDS export', () => {
  const TOTAL = 10_000;
  const ids = Array.from({ length: TOTAL }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

  function service(calls: CaseSelection[]): OcdsExportService {
    const reader = {
      batch: async (_em: unknown, s: CaseSelection): Promise<CaseFacts[]> => {
        calls.push(s);
        const start = s.after ? ids.indexOf(s.after) + 1 : 0;
        return ids.slice(start, start + s.limit).map((id, i) => sampleFacts({ caseId: id, reference: `PC-2026-${start + i}` }));
      },
    } as unknown as OcdsFactsReader;
    const em = { query: async () => [{ name: 'Nordwind' }] };
    const connection = { manager: () => em } as never;
    const settings = { get: async () => ({ ocidPrefix: PUBLISH.ocidPrefix, includeContacts: false, publicPublishing: false, updatedAt: null }) } as never;
    const clock = { now: () => new Date('2026-03-02T00:00:00Z') } as never;
    return new OcdsExportService(connection, settings, reader, {} as never, clock, { publicUrl: 'https://bc.example' } as never);
  }

  it('reads 10 000 cases in batches of 50 and writes each batch out before reading the next', async () => {
    const calls: CaseSelection[] = [];
    let bytes = 0;
    let releases = 0;
    // How many batches had been read when each release went out: never more than the one it belongs to.
    const readAhead: number[] = [];
    const ctx = { organizationId: 'o1' } as never;
    await service(calls).streamPeriod(ctx, { from: new Date('2000-01-01'), to: new Date('2100-01-01') }, async (chunk) => {
      bytes += chunk.length;
      if (!chunk.includes('"ocid"')) return;
      readAhead.push(calls.length - Math.floor(releases / 150));
      releases += 1;
    });
    expect(calls).toHaveLength(TOTAL / 50 + 1);
    expect(calls.every((c) => c.limit === 50)).toBe(true);
    expect(calls[1].after).toBe(ids[49]);
    expect(releases).toBe(TOTAL * 3);
    // About 50 MB of JSON went out, each batch's releases before the next batch was read.
    expect(bytes).toBeGreaterThan(40_000_000);
    expect(Math.max(...readAhead)).toBe(1);
  }, 120_000);
});
