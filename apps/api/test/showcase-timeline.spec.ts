import { startTestApp, TestApp } from './support/test-app';

/**
 * The showcase tells possible stories: every seeded case's records, read from the database, come
 * in the order they would have happened (need, case, specification, shortlist, RFQ, invitations
 * viewed, quotes, closing, scores, negotiation round, proposal, approvals, award, performance
 * records), the audit trail reads in the same order, and nothing is dated in the future.
 */
describe('the showcase timeline', () => {
  let app: TestApp;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => app.dataSource.query(sql, params);

  beforeAll(async () => {
    app = await startTestApp({}, { showcase: true });
  }, 300_000);
  afterAll(() => app?.close());

  /** Collects every pair out of order, so that one run names all of them. */
  function orderChecker() {
    const wrong: string[] = [];
    const ms = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).getTime());
    return {
      wrong,
      /** `a` happened strictly before `b` (both recorded). */
      before(where: string, aName: string, a: unknown, bName: string, b: unknown, orEqual = false): void {
        const [x, y] = [ms(a), ms(b)];
        if (x === null || y === null) return;
        if (orEqual ? x > y : x >= y) wrong.push(`${where}: ${aName} ${new Date(x).toISOString()} is not before ${bName} ${new Date(y).toISOString()}`);
      },
      present(where: string, name: string, v: unknown): void {
        if (ms(v) === null) wrong.push(`${where}: ${name} is missing`);
      },
    };
  }

  it('dates every seeded case in the order its stages happened', async () => {
    const c = orderChecker();
    const cases = await q<{ id: string; reference: string; stage: string; created_at: Date; need_created: Date | null; source_case_id: string | null }>(
      `SELECT pc.id, pc.reference, pc.stage, pc.created_at, n.created_at AS need_created, pc.source_case_id
         FROM purchase_case pc LEFT JOIN need n ON n.id = pc.need_id ORDER BY pc.reference`,
    );
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const pc of cases) {
      const at = `${pc.reference} (${pc.stage})`;
      c.before(at, 'need raised', pc.need_created, 'case opened', pc.created_at);
      if (pc.source_case_id) {
        const [source] = await q(`SELECT stage_changed_at FROM purchase_case WHERE id = $1`, [pc.source_case_id]);
        c.before(at, 'source case awarded', source['stage_changed_at'], 'rebuy opened', pc.created_at);
      }
      for (const ch of await q(`SELECT occurred_at, to_stage FROM case_stage_change WHERE case_id = $1 ORDER BY occurred_at`, [pc.id])) {
        c.before(at, 'case opened', pc.created_at, `stage change to ${ch['to_stage']}`, ch['occurred_at'], true);
      }
      const specs = await q(`SELECT version, created_at, approved_at, copied_from_version_id FROM specification_version WHERE case_id = $1 ORDER BY version`, [pc.id]);
      for (const v of specs) {
        c.before(at, 'case opened', pc.created_at, `specification v${v['version']} written`, v['created_at'], true);
        // A straight rebuy's frozen copy keeps the approval of the version it copies: given before the copy was made.
        if (v['copied_from_version_id'] && v['approved_at']) c.before(at, `copied specification v${v['version']} approved`, v['approved_at'], 'copied', v['created_at']);
        else c.before(at, `specification v${v['version']} written`, v['created_at'], 'approved', v['approved_at']);
      }
      const approvedSpec = specs.filter((v) => v['approved_at']).map((v) => v['approved_at']).pop();
      const [shortlist] = await q(`SELECT submitted_at, approved_at FROM shortlist WHERE case_id = $1`, [pc.id]);
      if (shortlist) {
        c.before(at, 'specification approved', approvedSpec, 'shortlist submitted', shortlist['submitted_at']);
        c.before(at, 'shortlist submitted', shortlist['submitted_at'], 'shortlist approved', shortlist['approved_at']);
      }
      for (const rfq of await q(`SELECT * FROM rfq WHERE case_id = $1`, [pc.id])) {
        await checkRfq(c, `${at} ${rfq['reference']}`, rfq, shortlist?.['approved_at']);
      }
    }
    expect(c.wrong).toEqual([]);
  });

  async function checkRfq(c: ReturnType<typeof orderChecker>, at: string, rfq: Record<string, unknown>, shortlistApproved: unknown): Promise<void> {
    c.before(at, 'shortlist approved', shortlistApproved, 'RFQ drafted', rfq['created_at']);
    c.before(at, 'RFQ drafted', rfq['created_at'], 'approval asked', rfq['approval_requested_at'], true);
    c.before(at, 'approval asked', rfq['approval_requested_at'], 'approved', rfq['approval_decided_at']);
    c.before(at, 'RFQ approved', rfq['approval_decided_at'], 'published', rfq['published_at']);
    c.present(at, 'published', rfq['published_at']);
    const closed = rfq['status'] === 'CLOSED';
    if (closed) {
      c.before(at, 'published', rfq['published_at'], 'questions close', rfq['questions_close_at']);
      c.before(at, 'questions close', rfq['questions_close_at'], 'closing time', rfq['closes_at'], true);
      c.before(at, 'closing time', rfq['closes_at'], 'closed', rfq['closed_at'], true);
    }
    for (const question of await q(`SELECT asked_at, answered_at FROM rfq_question WHERE rfq_id = $1`, [rfq['id']])) {
      c.before(at, 'published', rfq['published_at'], 'question asked', question['asked_at']);
      c.before(at, 'question asked', question['asked_at'], 'answered', question['answered_at']);
    }
    for (const inv of await q(`SELECT id, supplier_name, created_at, viewed_at, quoted_at FROM rfq_invitation WHERE rfq_id = $1`, [rfq['id']])) {
      const who = `${at} ${inv['supplier_name']}`;
      c.before(who, 'RFQ drafted', rfq['created_at'], 'invited', inv['created_at'], true);
      c.before(who, 'invited', inv['created_at'], 'viewed', inv['viewed_at']);
      c.before(who, 'published', rfq['published_at'], 'viewed', inv['viewed_at']);
      c.before(who, 'viewed', inv['viewed_at'], 'quoted', inv['quoted_at'], true);
    }
    const revisions = await q(
      `SELECT r.revision, r.submitted_at, r.round_id, i.supplier_name, i.viewed_at, q.submitted_at AS quote_submitted
         FROM quote_revision r JOIN quote q ON q.id = r.quote_id JOIN rfq_invitation i ON i.id = q.invitation_id WHERE r.rfq_id = $1 ORDER BY r.submitted_at`,
      [rfq['id']],
    );
    for (const r of revisions) {
      const who = `${at} ${r['supplier_name']} revision ${r['revision']}`;
      c.before(who, 'viewed', r['viewed_at'], 'submitted', r['submitted_at'], true);
      c.before(who, 'submitted', r['submitted_at'], 'quote last submitted', r['quote_submitted'], true);
      if (closed && !r['round_id']) c.before(who, 'submitted', r['submitted_at'], 'closing time', rfq['closes_at']);
    }
    for (const d of await q(`SELECT draft_saved_at, supplier_organization_id FROM quote WHERE rfq_id = $1 AND draft_saved_at IS NOT NULL`, [rfq['id']])) {
      c.before(`${at} draft`, 'published', rfq['published_at'], 'draft saved', d['draft_saved_at']);
    }
    if (!closed) return;
    const scores = await q(`SELECT created_at FROM evaluation_score WHERE rfq_id = $1 ORDER BY created_at`, [rfq['id']]);
    for (const s of scores) c.before(at, 'closed', rfq['closed_at'], 'scored', s['created_at']);
    const lastScore = scores.map((s) => s['created_at']).pop();
    for (const round of await q(`SELECT id, number, opened_at FROM negotiation_round WHERE rfq_id = $1`, [rfq['id']])) {
      c.before(at, 'last score', lastScore, `round ${round['number']} opened`, round['opened_at']);
      for (const r of revisions.filter((x) => x['round_id'] === round['id'])) {
        c.before(at, `round ${round['number']} opened`, round['opened_at'], `${r['supplier_name']}'s offer in it`, r['submitted_at']);
      }
    }
    for (const p of await q(`SELECT id, proposed_at, decided_at, status FROM award_proposal WHERE rfq_id = $1`, [rfq['id']])) {
      c.before(at, 'last score', lastScore, 'award proposed', p['proposed_at']);
      c.before(at, 'closed', rfq['closed_at'], 'award proposed', p['proposed_at']);
      const approvals = await q(`SELECT decided_at FROM award_approval WHERE proposal_id = $1`, [p['id']]);
      for (const a of approvals) {
        c.before(at, 'award proposed', p['proposed_at'], 'approval', a['decided_at']);
        c.before(at, 'approval', a['decided_at'], `proposal ${String(p['status']).toLowerCase()}`, p['decided_at'], true);
      }
      if (p['status'] !== 'APPROVED') continue;
      c.present(at, 'award granted', p['decided_at']);
      for (const e of await q(`SELECT kind, occurred_on::text AS day, created_at FROM supplier_performance_event WHERE award_proposal_id = $1`, [p['id']])) {
        c.before(at, 'award granted', p['decided_at'], `${e['kind']} recorded`, e['created_at'], true);
        const granted = new Date(p['decided_at'] as string).toISOString().slice(0, 10);
        if (e['kind'] === 'AWARD' && e['day'] !== granted) c.wrong.push(`${at}: the AWARD record is dated ${e['day']}, the award was granted on ${granted}`);
        if (e['kind'] === 'DELIVERY' && String(e['day']) < granted) c.wrong.push(`${at}: a delivery on ${e['day']} comes before the award of ${granted}`);
      }
    }
    // The RFQ's mails come after the RFQ was drafted; those naming the award after the award.
    for (const m of await q(`SELECT kind, created_at FROM outbox_message WHERE subject LIKE '%' || $1 || '%'`, [rfq['reference']])) {
      c.before(at, 'RFQ drafted', rfq['created_at'], `mail ${m['kind']}`, m['created_at']);
    }
  }

  it('keeps the audit trail in the order of time, each entry after what it records was made', async () => {
    const c = orderChecker();
    const events = await q(`SELECT chain, sequence, action, occurred_at FROM audit_event ORDER BY chain, sequence`);
    expect(events.length).toBeGreaterThan(100);
    for (let i = 1; i < events.length; i++) {
      const [prev, cur] = [events[i - 1], events[i]];
      if (prev['chain'] !== cur['chain']) continue;
      c.before(`audit ${cur['chain']} #${cur['sequence']}`, `#${prev['sequence']} ${prev['action']}`, prev['occurred_at'], `${cur['action']}`, cur['occurred_at'], true);
    }
    // Each case's and RFQ's own entries: none before it was made.
    for (const row of await q(
      `SELECT e.action, e.occurred_at, coalesce(pc.created_at, r.created_at) AS made, coalesce(pc.reference, r.reference) AS ref
         FROM audit_event e LEFT JOIN purchase_case pc ON pc.id::text = e.entity_id LEFT JOIN rfq r ON r.id::text = e.entity_id
        WHERE pc.id IS NOT NULL OR r.id IS NOT NULL`,
    )) {
      c.before(String(row['ref']), 'made', row['made'], `audit ${row['action']}`, row['occurred_at'], true);
    }
    // Closing opens the quotes that came in before it.
    for (const rfq of await q(`SELECT id, reference FROM rfq WHERE status = 'CLOSED'`)) {
      const [closedEvent] = await q(`SELECT occurred_at FROM audit_event WHERE entity_id = $1 AND action = 'rfq.closed'`, [rfq['id']]);
      for (const s of await q(`SELECT occurred_at FROM audit_event WHERE entity_id = $1 AND action = 'quote.submitted' AND NOT summary ? 'round'`, [rfq['id']])) {
        c.before(String(rfq['reference']), 'audit quote.submitted', s['occurred_at'], 'audit rfq.closed', closedEvent?.['occurred_at']);
      }
    }
    expect(c.wrong).toEqual([]);
    // Written at the story's times, each entry is hashed over the time it states: the chain holds.
    const admin = await app.as('admin@nordwind.example');
    expect((await admin.ok(`{ verifyAuditChain { ok checkedEvents } }`))['verifyAuditChain'].ok).toBe(true);
  });

  it('dates nothing in the future: only deadlines lie ahead', async () => {
    const deadlines = new Set(['closes_at', 'questions_close_at', 'expires_at', 'reminder_sent_for', 'starts_at', 'ends_at', 'cap_at', 'next_attempt_at']);
    const columns = await q<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('timestamp with time zone', 'date') AND table_name NOT IN ('migrations', 'user_session', 'rate_limit')`,
    );
    const future: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      if (deadlines.has(column) || /^(needed_by|valid_|delivery_date|certificate_earliest_expiry)/.test(column)) continue;
      const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" > now()`);
      if (n > 0) future.push(`${table}.${column}: ${n}`);
    }
    expect(future).toEqual([]);
  });
});
