import type { Client } from 'pg';
import type { AppConfig } from '@bc/api/core';
import { SealService } from '@bc/api/quotes';
import { BENCH_SEALING_KEY } from './api-process';

// The AAD the quote service binds each blob to (quote.service.ts): a blob copied to another row does not open.
const draftAad = (quoteId: string) => `quote:${quoteId}:draft`;
const revisionAad = (quoteId: string, revision: number) => `quote:${quoteId}:revision:${revision}`;
const nonceAad = (quoteId: string, revision: number) => `quote:${quoteId}:revision:${revision}:receipt-nonce`;

export const benchSeal = () => new SealService({ quoteSealingKey: Buffer.from(BENCH_SEALING_KEY, 'base64') } as AppConfig);

interface Sealed {
  o: string;
  k: number;
  sealed: Buffer | null;
  nonce: Buffer | null;
}

async function store(db: Client, rows: Sealed[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000);
    await db.query(`INSERT INTO bench_sealed SELECT * FROM unnest($1::uuid[], $2::int[], $3::bytea[], $4::bytea[])`, [
      batch.map((r) => r.o),
      batch.map((r) => r.k),
      batch.map((r) => r.sealed),
      batch.map((r) => r.nonce),
    ]);
  }
}

/**
 * The `prepare` step of a case copy (clone.ts): opens each copied quote's sealed draft and revisions
 * under the original quote's binding and seals them anew under the copy's, into bench_sealed
 * (original id × copy → blobs), which the quote and quote_revision copies read.
 */
export async function resealQuotes(db: Client): Promise<void> {
  const seal = benchSeal();
  await db.query(`CREATE TEMP TABLE bench_sealed (o uuid NOT NULL, k int NOT NULL, sealed bytea, nonce bytea, PRIMARY KEY (o, k)) ON COMMIT DROP`);
  const drafts = await db.query(
    `SELECT q.id, q.draft_sealed, m.k, m.n FROM src_quote q JOIN bench_map m ON m.o = q.id WHERE q.draft_sealed IS NOT NULL`,
  );
  await store(
    db,
    drafts.rows.map((r) => ({ o: r.id, k: r.k, sealed: seal.seal(seal.open(r.draft_sealed, draftAad(r.id)), draftAad(r.n)), nonce: null })),
  );
  const revisions = await db.query(
    `SELECT r.id, r.quote_id, r.revision, r.sealed, r.receipt_nonce_sealed, m.k, mq.n AS new_quote_id
       FROM src_quote_revision r JOIN bench_map m ON m.o = r.id JOIN bench_map mq ON mq.o = r.quote_id AND mq.k = m.k`,
  );
  await store(
    db,
    revisions.rows.map((r) => ({
      o: r.id,
      k: r.k,
      sealed: seal.seal(seal.open(r.sealed, revisionAad(r.quote_id, r.revision)), revisionAad(r.new_quote_id, r.revision)),
      nonce: r.receipt_nonce_sealed
        ? seal.seal(seal.open(r.receipt_nonce_sealed, nonceAad(r.quote_id, r.revision)), nonceAad(r.new_quote_id, r.revision))
        : null,
    })),
  );
  await db.query('ANALYZE bench_sealed');
}
