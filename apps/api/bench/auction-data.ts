import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { DEMO_PASSWORD } from '@bc/api/demo';
import { MIGRATIONS } from '@bc/migrations';
import { createTestDatabase } from '../test/support/test-database';
import { ApiProcess } from './api-process';
import { cloneRows, type CloneTable } from './clone';
import { admin, BUYER_ORG, withDb } from './data';
import { SIGN_IN, webDocument } from './operations';
import { resealQuotes } from './reseal';

/**
 * The data of issue 15's load-and-fairness benchmark, kept as the template `bench_auction_<hash>`:
 * - the demo seed (the built API's real services, SEED_DEMO): the showcase's leverage buy, closed and
 *   scored, whose RFQ has quotes of the two demo portal companies (Hanse, Alpine);
 * - 48 further supplier companies, each with a portal user (the demo password) and a submitted, sealed
 *   quote on that RFQ: set-based copies of Hanse's portal organization, user, directory entry,
 *   invitation, quote and revision (clone.ts, sealed anew by reseal.ts), so 50 bidders in all;
 * - the showcase's own auction on that RFQ cancelled by the buyer, and the bench's auction scheduled
 *   by the buyer and approved by the gatekeeper through the API (so its participants, audit entries
 *   and start/end jobs are the services' own): bids on the total, 0.1 % decrement, soft close
 *   1 minute / 1 minute, capped 2 minutes past the planned end, bidders see their rank, ranked on price.
 * Settings must start in the future and last at least 5 minutes through the API, so each run moves the
 * approved auction's times in SQL (`moveIntoFinalMinute`).
 */
export const BIDDERS = 50;
const COPIES = BIDDERS - 2;
export const AUCTION_SETTINGS = { durationMinutes: 5, decrementPercent: '0.1', softCloseMinutes: 1, extensionMinutes: 1, capMinutes: 2 };
export const BIDDER_EMAIL = (k: number) => `bidder${String(k).padStart(2, '0')}@bench-auction.example`;
export const DEMO_BIDDERS = ['supplier@hanse-industrie.example', 'supplier@alpine-components.example'];
const HANSE_USER = DEMO_BIDDERS[0];

/** Copies of Hanse's portal company, user, directory entry, invitation and quote on the auction's RFQ. */
function bidderTree(buyerOrg: string, rfqId: string, hanseOrg: string): CloneTable[] {
  return [
    { table: 'organization', where: `s.id = '${hanseOrg}'`, override: { name: `'Bench Bidder ' || lpad(g.k::text, 2, '0') || ' GmbH'` } },
    { table: 'app_user', where: `s.email = '${HANSE_USER}'`, override: { email: `'bidder' || lpad(g.k::text, 2, '0') || '@bench-auction.example'`, name: `'Bidder ' || g.k` } },
    { table: 'supplier', where: `s.organization_id = '${buyerOrg}' AND s.portal_organization_id = '${hanseOrg}'`, override: { name: `'Bench Bidder ' || lpad(g.k::text, 2, '0') || ' GmbH'` } },
    { table: 'rfq_invitation', where: `s.rfq_id = '${rfqId}' AND s.supplier_organization_id = '${hanseOrg}'`, override: { supplier_name: `'Bench Bidder ' || lpad(g.k::text, 2, '0') || ' GmbH'` } },
    { table: 'quote', where: `s.invitation_id IN (SELECT id FROM src_rfq_invitation)`, override: { draft_sealed: `(SELECT b.sealed FROM bench_sealed b WHERE b.o = s.id AND b.k = g.k)` } },
    {
      table: 'quote_revision',
      where: `s.quote_id IN (SELECT id FROM src_quote)`,
      override: {
        sealed: `(SELECT b.sealed FROM bench_sealed b WHERE b.o = s.id AND b.k = g.k)`,
        receipt_nonce_sealed: `(SELECT b.nonce FROM bench_sealed b WHERE b.o = s.id AND b.k = g.k)`,
      },
    },
  ];
}

/** A GraphQL mutation through the web's document, as `cookie`'s user; throws on errors. */
export async function mutate(url: string, cookie: string, document: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': randomBytes(12).toString('hex') },
    body: JSON.stringify({ query: webDocument(document), variables, operationName: document }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`${document}: ${JSON.stringify(body.errors).slice(0, 800)}`);
  return body.data;
}

/** The showcase auction's RFQ (the one auction the demo seed schedules). */
async function showcaseAuction(db: Client): Promise<{ auctionId: string; rfqId: string }> {
  const { rows } = await db.query(`SELECT id, rfq_id FROM auction WHERE status = 'APPROVED' ORDER BY created_at LIMIT 1`);
  if (!rows.length) throw new Error('the demo seed has no approved auction');
  return { auctionId: rows[0].id, rfqId: rows[0].rfq_id };
}

/** The template (built once per migrations and bench sources, in about a minute). */
export async function auctionTemplate(): Promise<string> {
  const sources = ['auction-data.ts', 'clone.ts', 'reseal.ts'].map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
  const hash = createHash('sha256').update(MIGRATIONS.map((m) => m.name).join(',') + sources).digest('hex').slice(0, 12);
  const name = `bench_auction_${hash}`;
  if (await admin(async (db) => (await db.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1)) return name;
  const t0 = Date.now();
  const fresh = await createTestDatabase();
  const api = new ApiProcess(fresh.url, true);
  await api.start();
  try {
    const { auctionId, rfqId } = await withDb(fresh.name, async (db) => {
      const found = await showcaseAuction(db);
      const buyerOrg = (await db.query(`SELECT id FROM organization WHERE name = $1`, [BUYER_ORG])).rows[0].id as string;
      const hanseOrg = (await db.query(`SELECT organization_id FROM app_user WHERE email = $1`, [HANSE_USER])).rows[0].organization_id as string;
      await cloneRows(db, bidderTree(buyerOrg, found.rfqId, hanseOrg), COPIES, [], resealQuotes);
      return found;
    });
    const buyer = await api.signIn('buyer@nordwind.example', DEMO_PASSWORD, webDocument(SIGN_IN));
    const gatekeeper = await api.signIn('gatekeeper@nordwind.example', DEMO_PASSWORD, webDocument(SIGN_IN));
    await mutate(api.url, buyer, 'CancelAuction', { id: auctionId, reason: 'Replaced by the load benchmark' });
    const s = AUCTION_SETTINGS;
    const scheduled = await mutate(api.url, buyer, 'ScheduleAuction', {
      input: {
        rfqId,
        startsAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
        durationMinutes: s.durationMinutes,
        bidOn: 'TOTAL',
        decrementKind: 'PERCENT',
        decrement: s.decrementPercent,
        softCloseMinutes: s.softCloseMinutes,
        extensionMinutes: s.extensionMinutes,
        maxExtensionMinutes: s.capMinutes,
        visibility: 'RANK',
        ranking: 'PRICE',
      },
    });
    await mutate(api.url, gatekeeper, 'ApproveAuction', { id: scheduled['scheduleAuction'].id });
  } finally {
    await api.stop();
  }
  await withDb(fresh.name, async (db) => {
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM auction_participant p JOIN auction a ON a.id = p.auction_id WHERE a.status = 'APPROVED'`)).rows;
    if (n !== BIDDERS) throw new Error(`the bench auction has ${n} bidders, not ${BIDDERS}`);
    await db.query('VACUUM ANALYZE');
  });
  await admin((db) => db.query(`CREATE DATABASE ${name} TEMPLATE ${fresh.name}`));
  await fresh.drop();
  console.log(`Built ${name} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return name;
}

/** The bench's auction in a copy of the template. */
export async function benchAuction(db: Client): Promise<{ auctionId: string; rfqId: string }> {
  const { rows } = await db.query(`SELECT id, rfq_id FROM auction WHERE status = 'APPROVED'`);
  return { auctionId: rows[0].id, rfqId: rows[0].rfq_id };
}

/**
 * Moves the approved auction so that it started `durationMinutes − leadSeconds` ago and its planned end
 * is `leadSeconds` ahead (the cap 2 minutes after it), with its start job due now and its end job at the
 * new end. The settings trigger refuses any change of an approved auction's times, so this runs with
 * triggers off (`session_replication_role = replica`, the server's superuser) in one transaction.
 * Returns the planned end. The start job (or the first bid) then starts it as in production.
 */
export async function moveIntoFinalMinute(db: Client, auctionId: string, leadSeconds: number): Promise<{ plannedEnd: Date; capAt: Date }> {
  const s = AUCTION_SETTINGS;
  await db.query('BEGIN');
  try {
    await db.query(`SET LOCAL session_replication_role = replica`);
    const { rows } = await db.query(
      `UPDATE auction SET ends_at = date_trunc('milliseconds', now()) + make_interval(secs => $2),
              starts_at = date_trunc('milliseconds', now()) + make_interval(secs => $2) - make_interval(mins => duration_minutes),
              cap_at = date_trunc('milliseconds', now()) + make_interval(secs => $2) + make_interval(mins => $3)
        WHERE id = $1 AND status = 'APPROVED' RETURNING starts_at, ends_at, cap_at`,
      [auctionId, leadSeconds, s.capMinutes],
    );
    if (rows.length !== 1) throw new Error('the bench auction is not approved');
    await db.query(`UPDATE pgboss.job SET start_after = $2 WHERE name = 'auction.start' AND data->>'auctionId' = $1 AND state = 'created'`, [auctionId, rows[0].starts_at]);
    await db.query(`UPDATE pgboss.job SET start_after = $2 WHERE name = 'auction.end' AND data->>'auctionId' = $1 AND state = 'created'`, [auctionId, rows[0].ends_at]);
    await db.query('COMMIT');
    return { plannedEnd: rows[0].ends_at, capAt: rows[0].cap_at };
  } catch (e) {
    await db.query('ROLLBACK');
    throw e;
  }
}
