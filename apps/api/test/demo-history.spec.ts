import { startTestApp, TestApp } from './support/test-app';

/**
 * The showcase's year of history (issue 17, "Demo data with enough history that every chart says
 * something"): finished purchases in every month of the year before the seed, written through the
 * real services on a moved clock, so that cycle times, savings, competition, spend, approvals and
 * deliveries have something true to show, and the audit chain still verifies.
 */
describe('the showcase history', () => {
  let app: TestApp;
  let org = '';
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => app.dataSource.query(sql, params);

  beforeAll(async () => {
    app = await startTestApp({}, { showcase: true });
    [{ id: org }] = await q<{ id: string }>(`SELECT id FROM organization WHERE name = 'Nordwind Maschinenbau GmbH'`);
  }, 300_000);
  afterAll(() => app?.close());

  it('awards cases in every month of the year before the seed, dated by their stage changes', async () => {
    const months = await q<{ month: string; n: number }>(
      `SELECT to_char(date_trunc('month', ch.occurred_at), 'YYYY-MM') AS month, count(*)::int AS n
         FROM case_stage_change ch JOIN purchase_case pc ON pc.id = ch.case_id
        WHERE pc.organization_id = $1 AND ch.to_stage = 'AWARDED' AND ch.occurred_at > now() - interval '365 days'
        GROUP BY 1 ORDER BY 1`,
      [org],
    );
    // Ten of the last twelve months at least (the newest month may have just begun).
    expect(months.length).toBeGreaterThanOrEqual(10);
    const [{ n: awarded }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM award_proposal WHERE organization_id = $1 AND status = 'APPROVED'`, [org]);
    expect(awarded).toBeGreaterThanOrEqual(30);
    // Each went the whole way: an RFQ published and closed, quotes opened, scores, a proposal.
    const [gaps] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM award_proposal ap JOIN rfq r ON r.id = ap.rfq_id
        WHERE ap.organization_id = $1 AND ap.status = 'APPROVED' AND (r.published_at IS NULL OR r.closed_at IS NULL OR r.closed_at > ap.proposed_at
          OR NOT EXISTS (SELECT 1 FROM evaluation_score s WHERE s.rfq_id = r.id))`,
      [org],
    );
    expect(gaps.n).toBe(0);
  });

  it('spends in several categories with different concentration, and disagrees with the data on some classes', async () => {
    const rows = await q<{ category: string; cases: number; suppliers: number; top_share: number; spend: number; classes: string[] }>(
      `WITH won AS (
         SELECT pc.category_code AS category, al.supplier_id, sum(al.total) AS spend, count(DISTINCT pc.id) AS cases
           FROM award_proposal ap JOIN award_line al ON al.proposal_id = ap.id JOIN purchase_case pc ON pc.id = ap.case_id
          WHERE ap.organization_id = $1 AND ap.status = 'APPROVED' GROUP BY 1, 2)
       SELECT category, sum(cases)::int AS cases, count(*)::int AS suppliers, (max(spend) / sum(spend))::float AS top_share, sum(spend)::float AS spend,
              (SELECT array_agg(DISTINCT importance ORDER BY importance) FROM purchase_case WHERE organization_id = $1 AND category_code = won.category) AS classes
         FROM won GROUP BY category ORDER BY spend DESC`,
      [org],
    );
    const of = (code: string) => rows.find((r) => r.category === code);
    for (const code of ['14622000-7', '42997300-4', '35125100-7', '09211000-1']) expect(of(code)?.cases).toBeGreaterThanOrEqual(3);
    // Sensors: one supplier takes everything; lubricants: spread over three, none above 60 %.
    expect(of('35125100-7')).toMatchObject({ suppliers: 1, top_share: 1 });
    expect(of('09211000-1')?.suppliers).toBe(3);
    expect(of('09211000-1')?.top_share).toBeLessThan(0.6);
    // Robots and steel are where the money goes; lubricants are the tail.
    for (const big of ['42997300-4', '14622000-7']) expect(of(big)!.spend).toBeGreaterThan(of('09211000-1')!.spend * 4);
    // Classes chosen against what the data suggests: a routine sensor buy, a strategic lubricant.
    expect(of('35125100-7')?.classes).toEqual(expect.arrayContaining(['BOTTLENECK', 'ROUTINE']));
    expect(of('09211000-1')?.classes).toEqual(expect.arrayContaining(['ROUTINE', 'STRATEGIC']));
  });

  it('has competition: invitations unanswered and declined, single sources with a justification, foreign currencies and moved closings', async () => {
    const [c] = await q<{ invited: number; quoted: number; declined: number; moved: number; rates: number; rounds: number; single: number }>(
      `SELECT (SELECT count(*) FROM rfq_invitation i WHERE i.organization_id = $1)::int AS invited,
              (SELECT count(*) FROM quote qt JOIN rfq_invitation i ON i.id = qt.invitation_id WHERE i.organization_id = $1 AND qt.submitted_at IS NOT NULL)::int AS quoted,
              (SELECT count(*) FROM rfq_invitation i WHERE i.organization_id = $1 AND i.declined_at IS NOT NULL)::int AS declined,
              (SELECT count(*) FROM rfq WHERE organization_id = $1 AND closing_changes > 0)::int AS moved,
              (SELECT count(*) FROM rfq_exchange_rate er JOIN rfq ON rfq.id = er.rfq_id WHERE rfq.organization_id = $1)::int AS rates,
              (SELECT count(*) FROM negotiation_round nr JOIN rfq ON rfq.id = nr.rfq_id WHERE rfq.organization_id = $1)::int AS rounds,
              (SELECT count(*) FROM shortlist WHERE single_source_justification IS NOT NULL AND case_id IN (SELECT id FROM purchase_case WHERE organization_id = $1))::int AS single`,
      [org],
    );
    expect(c.quoted).toBeLessThan(c.invited);
    expect(c.quoted).toBeGreaterThan(c.invited / 2);
    expect(c.declined).toBeGreaterThanOrEqual(1);
    expect(c.moved).toBeGreaterThanOrEqual(2);
    expect(c.rates).toBeGreaterThanOrEqual(3);
    expect(c.rounds).toBeGreaterThanOrEqual(3);
    expect(c.single).toBeGreaterThanOrEqual(3);
    // Straight rebuys of earlier awards, whose award holds the last price paid.
    const rebuys = await q<{ reference: string; source_awarded: Date; opened: Date }>(
      `SELECT pc.reference, src.stage_changed_at AS source_awarded, pc.created_at AS opened FROM purchase_case pc JOIN purchase_case src ON src.id = pc.source_case_id
        WHERE pc.organization_id = $1 AND pc.purchase_type = 'STRAIGHT_REBUY' AND pc.stage = 'AWARDED'
          AND EXISTS (SELECT 1 FROM award_proposal ap WHERE ap.case_id = src.id AND ap.status = 'APPROVED')`,
      [org],
    );
    expect(rebuys.length).toBeGreaterThanOrEqual(4);
    for (const r of rebuys) expect(new Date(r.source_awarded).getTime()).toBeLessThan(new Date(r.opened).getTime());
    const [{ cancelled }] = await q<{ cancelled: number }>(`SELECT count(*)::int AS cancelled FROM purchase_case WHERE organization_id = $1 AND stage = 'CANCELLED'`, [org]);
    expect(cancelled).toBeGreaterThanOrEqual(4);
  });

  it('approves by route step, with one and with two deciders (and the gatekeeper above 100 000 EUR)', async () => {
    const routes = await q<{ steps: number; n: number; hours: number }>(
      `SELECT jsonb_array_length(ap.approval_steps)::int AS steps, count(*)::int AS n,
              avg(extract(epoch FROM (SELECT max(a.decided_at) FROM award_approval a WHERE a.proposal_id = ap.id) - ap.proposed_at) / 3600)::float AS hours
         FROM award_proposal ap WHERE ap.organization_id = $1 AND ap.status = 'APPROVED' GROUP BY 1 ORDER BY 1`,
      [org],
    );
    expect(routes.map((r) => r.steps)).toEqual(expect.arrayContaining([1, 2, 3]));
    for (const r of routes) expect(r.hours).toBeGreaterThan(1);
    const [{ n }] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM award_proposal ap WHERE ap.organization_id = $1 AND ap.status = 'APPROVED'
          AND jsonb_array_length(ap.approval_steps) <> (SELECT count(*) FROM award_approval a WHERE a.proposal_id = ap.id)`,
      [org],
    );
    expect(n).toBe(0);
  });

  it('records deliveries on time and late, and quality incidents, so reliability changes over the year', async () => {
    const [d] = await q<{ on_time: number; late: number; incidents: number; months: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'DELIVERY' AND on_time)::int AS on_time, count(*) FILTER (WHERE kind = 'DELIVERY' AND NOT on_time)::int AS late,
              count(*) FILTER (WHERE kind = 'QUALITY_INCIDENT')::int AS incidents,
              count(DISTINCT date_trunc('month', occurred_on)) FILTER (WHERE award_proposal_id IS NOT NULL)::int AS months
         FROM supplier_performance_event WHERE organization_id = $1 AND award_proposal_id IS NOT NULL`,
      [org],
    );
    expect(d.on_time).toBeGreaterThan(d.late);
    expect(d.late).toBeGreaterThanOrEqual(5);
    expect(d.incidents).toBeGreaterThanOrEqual(2);
    expect(d.months).toBeGreaterThanOrEqual(8);
    // Each delivery moves its supplier's reliability: up after an on-time one, down after a late one or an incident.
    const moves = await q<{ from: number | null; to: number | null }>(
      `SELECT (summary->'reliability'->>'from')::float AS from, (summary->'reliability'->>'to')::float AS to FROM audit_event
        WHERE chain = $1::text AND action = 'award.delivery-recorded'`,
      [org],
    );
    expect(moves.some((m) => m.from !== null && m.to !== null && m.to < m.from)).toBe(true);
    expect(moves.some((m) => m.from !== null && m.to !== null && m.to > m.from)).toBe(true);
  });

  it('leaves an audit trail that verifies, dated in the past', async () => {
    const admin = await app.as('admin@nordwind.example');
    const result = await admin.ok(`{ verifyAuditChain { ok checkedEvents } }`);
    expect(result['verifyAuditChain'].ok).toBe(true);
    const [{ future }] = await q<{ future: number }>(`SELECT count(*)::int AS future FROM audit_event WHERE occurred_at > now() + interval '1 minute'`);
    expect(future).toBe(0);
  });
});
