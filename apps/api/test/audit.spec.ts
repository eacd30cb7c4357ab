import { createHash } from 'node:crypto';
import { startTestApp, TestApp } from './support/test-app';

const VERIFY = `{ verifyAuditChain { ok checkedEvents firstBrokenEventId firstBrokenSequence reason } }`;

describe('the audit trail', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<TestApp['as']>>;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.as('admin@nordwind.example');
  });
  afterAll(() => app.close());

  it('records every mutation with who, what, which object and a summary', async () => {
    const link = await admin.ok(`mutation { inviteUser(input: { email: "auditor@nordwind.example", roles: [ADVISOR] }) { invitation { id } url } }`);
    const page = await admin.ok(`{ auditEvents(limit: 1) { items { action entityType entityId actorName summary hash } } }`);
    const [event] = page['auditEvents'].items;
    expect(event).toMatchObject({ action: 'invitation.created', entityType: 'Invitation', entityId: link['inviteUser'].invitation.id });
    expect(JSON.parse(event.summary)).toMatchObject({ email: 'auditor@nordwind.example', roles: ['ADVISOR'] });
    // The invitation's secret never reaches the trail.
    const token = new URL(link['inviteUser'].url).pathname.split('/').pop() as string;
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE summary::text LIKE $1`, [`%${token}%`]);
    expect(n).toBe(0);
  });

  it('chains each entry to the hash of the one before', async () => {
    const chain = await app.dataSource.query(
      `SELECT sequence::int, prev_hash, hash FROM audit_event WHERE chain = (SELECT id::text FROM organization WHERE name = 'Nordwind Maschinenbau GmbH') ORDER BY sequence`,
    );
    expect(chain.length).toBeGreaterThan(3);
    chain.forEach((row: { sequence: number; prev_hash: string; hash: string }, i: number) => {
      expect(row.sequence).toBe(i + 1);
      expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : chain[i - 1].hash);
    });
  });

  it('verifies an intact chain', async () => {
    const result = (await admin.ok(VERIFY))['verifyAuditChain'];
    expect(result).toMatchObject({ ok: true, firstBrokenEventId: null });
    expect(result.checkedEvents).toBeGreaterThan(3);
  });

  it('is append-only: the database refuses to change or delete an entry', async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it('finds a tampered entry and reports it as the first broken link', async () => {
    const [target] = await app.dataSource.query(
      `SELECT id, sequence::int FROM audit_event WHERE chain = (SELECT id::text FROM organization WHERE name = 'Nordwind Maschinenbau GmbH') ORDER BY sequence OFFSET 3 LIMIT 1`,
    );
    // Someone with superuser rights edits a row behind the application's back.
    await app.dataSource.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_event SET summary = '{"email":"someone.else@nordwind.example"}' WHERE id = $1`, [target.id]);
    });
    const result = (await admin.ok(VERIFY))['verifyAuditChain'];
    expect(result).toMatchObject({ ok: false, firstBrokenEventId: target.id, firstBrokenSequence: target.sequence, checkedEvents: target.sequence - 1 });
    expect(result.reason).toMatch(/content does not match/);
  });

  it('finds an entry rewritten with a recomputed hash, by the next link', async () => {
    const [first] = await app.dataSource.query(
      `SELECT id, sequence::int FROM audit_event WHERE chain = (SELECT id::text FROM organization WHERE name = 'Nordwind Maschinenbau GmbH') ORDER BY sequence LIMIT 1`,
    );
    await app.dataSource.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE audit_event SET hash = $2 WHERE id = $1`, [first.id, createHash('sha256').update('forged').digest('hex')]);
    });
    const result = (await admin.ok(VERIFY))['verifyAuditChain'];
    expect(result).toMatchObject({ ok: false, firstBrokenSequence: 1 });
  });
});
