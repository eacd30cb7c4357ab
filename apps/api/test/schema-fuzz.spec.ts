import fc from 'fast-check';
import { ErrorCode, Role } from '@bc/shared/domain';
import { GraphQLClient } from './support/graphql-client';
import { committedSchema, FuzzRequest, operationArbitraries } from './support/schema-arbitraries';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every query and mutation of the committed schema, with arguments generated from their types
 * (text with NUL, bidi overrides and huge lengths, numbers and dates far out of range, ids of
 * every shape, real ids of this and other organizations, wrong enums, nested inputs), sent over
 * HTTP by a buying user with every role and by a supplier: none may get INTERNAL or a 5xx.
 * `npm test` runs a few cases per operation with a fixed seed; `npm run fuzz:schema` many
 * (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261206);
/** Ending one's own session would leave the rest of the run signed out. */
const SKIP = new Set(['signOut']);

const ID_SOURCES = [
  'purchase_case', 'need', 'rfq', 'rfq_invitation', 'rfq_question', 'specification_version', 'award_proposal',
  'negotiation_round', 'award_scenario', 'supplier', 'supplier_certificate', 'supplier_contact', 'supplier_document', 'organization',
  'app_user', 'invitation', 'outbox_message', 'stored_file', 'case_member',
];

interface Failure {
  user: string;
  operation: string;
  counterexample: unknown;
  error: string;
}

describe('every operation of the schema, with generated arguments', () => {
  let app: TestApp;
  const users: Array<{ name: string; client: GraphQLClient; ownId: string }> = [];
  let ids: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({}, { showcase: true });
    // A demo user with every buying role, so every operation's rules run rather than its permission check.
    const everyRole = [Role.ADMIN, Role.REQUESTER, Role.SPECIFIER, Role.BUYER, Role.GATEKEEPER, Role.ADVISOR, Role.DECIDER];
    await app.dataSource.query(`UPDATE app_user SET roles = $1 WHERE email = 'admin@nordwind.example'`, [everyRole]);
    for (const email of ['admin@nordwind.example', 'supplier@hanse-industrie.example']) {
      const [{ id }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]);
      users.push({ name: email, client: await app.as(email), ownId: id });
    }
    const own = new Set(users.map((u) => u.ownId));
    for (const table of ID_SOURCES) {
      const rows: Array<{ id: string }> = await app.dataSource.query(`SELECT id::text AS id FROM ${table} ORDER BY id LIMIT 12`);
      ids.push(...rows.map((r) => r.id).filter((id) => !own.has(id)));
    }
    const keys: Array<{ key: string }> = await app.dataSource.query(`SELECT DISTINCT key::text AS key FROM specification_line LIMIT 12`);
    ids.push(...keys.map((k) => k.key));
    ids = [...new Set(ids)];
  }, 600_000);
  afterAll(() => app?.close());

  it(`answers no generated request with INTERNAL or a 5xx (seed ${SEED}, ${RUNS} per operation and user)`, async () => {
    const operations = operationArbitraries(committedSchema(), { ids }, SKIP);
    expect(operations.length).toBeGreaterThan(100);
    const failures: Failure[] = [];
    const tally = new Map<string, number>();
    for (const user of users) {
      for (const { name, arbitrary } of operations) {
        const result = await fc.check(
          fc.asyncProperty(arbitrary, async (request: FuzzRequest) => {
            const res = await user.client.request(request.query, request.variables).catch((e: Error) => {
              throw new Error(`${e.message}: ${String((e as { cause?: unknown }).cause ?? '')}`);
            });
            const code = res.errors?.[0]?.extensions?.code ?? 'OK';
            tally.set(code, (tally.get(code) ?? 0) + 1);
            const internal = res.errors?.find((e) => e.extensions?.code === ErrorCode.INTERNAL || !e.extensions?.code);
            if (res.status >= 500 || internal) throw new Error(`HTTP ${res.status}: ${JSON.stringify(internal ?? res.errors?.[0] ?? null)}`);
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
        if (result.failed) {
          failures.push({ user: user.name, operation: name, counterexample: result.counterexample, error: String(result.errorInstance) });
        }
      }
    }
    if (process.env['FUZZ_REPORT']) process.stdout.write(`answers by code: ${JSON.stringify(Object.fromEntries(tally))}\n`);
    expect(failures).toEqual([]);
  }, 3_600_000);
});
