import { randomUUID } from 'node:crypto';
import { AnalyticsFactsService } from '@bc/api/analytics';
import { ErrorCode } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';
import { clockOf } from './support/test-clock';

/**
 * The analytics measures against figures computed by hand, on a small fixed history of the demo
 * organization (Nordwind, reporting currency EUR), inserted as rows; the period is Q1 2030.
 *
 * Suppliers: S1 (QUALIFIED, CPV 30213100-6), S2 (APPROVED, 30213100-6 and 44111000-1), S3 (QUALIFIED, 44111000-1).
 * Category A = CPV group 30200000-1 (Computer equipment), B = 44100000-1 (Construction materials).
 *
 * C1  NEW_TASK, STRATEGIC, A, estimate 1 200 EUR. Opened 01-01; NEED 2 d, SPECIFICATION 1 d, SOURCING 2 d,
 *     RFQ 10 d (01-06 → 01-16), DECISION 2 d (after EVALUATION 2 d), AWARDED 01-20: end to end 19 d.
 *     RFQ R1 (EUR, closed 01-16): S1 and S2 quote, S3 does not. Award: S1 1 000.00; first-round best 1 100.00.
 *     Route SEQUENTIAL [DECIDER]: proposed 01-18, approved 01-19 (1 d).
 * C2  STRAIGHT_REBUY of C1, ROUTINE, A, case currency USD, estimate 500 USD. Opened 02-01, AWARDED 02-10: 9 d.
 *     RFQ R2 (USD, closed 02-05) to S1 only (single source: "Only the incumbent"), rate 1 EUR = 1.25 USD.
 *     Award: S1 1 125.00 USD = 900.00 EUR; first best 1 125.00 USD = 900.00 EUR; estimate 500 USD = 400.00 EUR.
 *     Route PARALLEL [DECIDER, DECIDER]: proposed 02-06, approvals 02-07 (1 d) and 02-09 (3 d).
 * C3  NEW_TASK, LEVERAGE, B, no estimate. Opened 01-10, RFQ 01-20 → 02-01 (12 d), AWARDED 03-01: 50 d.
 *     RFQ R3 (EUR, closed 02-01): S2 and S3 quote. Award split S2 3 000.00 + S3 1 000.00 = 4 000.00; first best 4 400.00.
 *     Route SEQUENTIAL [DECIDER, DECIDER, GATEKEEPER]: proposed 02-15; 02-16 (1 d), 02-18 (2 d), 02-22 (4 d).
 * C4  NEW_TASK, ROUTINE, A, not awarded. RFQ R4 (EUR, closed 03-10): S1, S2, S3 invited, S2 quotes.
 * X   Another buying organization's awarded case (99 999.00 EUR), supplier and events: never counted.
 *
 * Deliveries: S1 on time 01-25 (C1), S1 late 02-12 (C2), S3 on time 03-06 (C3); quality incident S2 03-05 (C3).
 */
const Q1 = { from: '2030-01-01', to: '2030-03-31' };
const at = (day: string) => `2030-${day}T00:00:00Z`;

describe('analytics', () => {
  let app: TestApp;
  const id = { c1: randomUUID(), c2: randomUUID(), c3: randomUUID(), c4: randomUUID(), x: randomUUID(), s1: randomUUID(), s2: randomUUID(), s3: randomUUID(), sx: randomUUID() };

  beforeAll(async () => {
    app = await startTestApp();
    const q = (sql: string, params: unknown[] = []) => app.dataSource.query(sql, params);
    const [org] = await q(`SELECT o.id FROM organization o JOIN app_user u ON u.organization_id = o.id WHERE u.email = 'buyer@nordwind.example'`);
    const user = async (email: string) => (await q(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
    const [buyer, decider, gatekeeper] = [await user('buyer@nordwind.example'), await user('decider@nordwind.example'), await user('gatekeeper@nordwind.example')];
    const [{ id: cfo }] = await q(`INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'second.decider@nordwind.example', 'Second Decider', 'x', '{DECIDER}') RETURNING id`, [org.id]);
    const [supplierOrg] = await q(`SELECT id FROM organization WHERE kind = 'SUPPLIER' LIMIT 1`);
    const [other] = await q(`INSERT INTO organization (name, kind) VALUES ('Andere Einkauf GmbH', 'BUYING') RETURNING id`);
    const [otherUser] = await q(`INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'buyer@andere.example', 'Other', 'x', '{BUYER}') RETURNING id`, [other.id]);

    const supplier = (sid: string, orgId: string, name: string, status: string, cpv: string[], prefixes: string[]) =>
      q(`INSERT INTO supplier (id, organization_id, name, country, qualification_status, cpv_codes, category_prefixes) VALUES ($1, $2, $3, 'DE', $4, $5, $6)`, [sid, orgId, name, status, cpv, prefixes]);
    await supplier(id.s1, org.id, 'Analytik Eins GmbH', 'QUALIFIED', ['30213100-6'], ['30', '302', '3021', '30213', '302131']);
    await supplier(id.s2, org.id, 'Analytik Zwei GmbH', 'APPROVED', ['30213100-6', '44111000-1'], ['30', '302', '3021', '30213', '302131', '44', '441', '4411', '44111']);
    await supplier(id.s3, org.id, 'Analytik Drei GmbH', 'QUALIFIED', ['44111000-1'], ['44', '441', '4411', '44111']);
    await supplier(id.sx, other.id, 'Fremd AG', 'QUALIFIED', ['30213100-6'], ['30', '302']);

    const kase = async (cid: string, orgId: string, by: string, ref: string, type: string, importance: string, category: string, currency: string, estimate: string | null, stage: string, source: string | null, stages: Array<[string, string]>) => {
      await q(
        `INSERT INTO purchase_case (id, organization_id, reference, title, category_code, purchase_type, importance, estimated_value, currency, stage, source_case_id, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [cid, orgId, ref, `Analytics ${ref}`, category, type, importance, estimate, currency, stage, source, by, at(stages[0][1])],
      );
      let from: string | null = null;
      for (const [to, day] of stages) {
        await q(`INSERT INTO case_stage_change (case_id, from_stage, to_stage, occurred_at) VALUES ($1, $2, $3, $4)`, [cid, from, to, at(day)]);
        from = to;
      }
      const [spec] = await q(`INSERT INTO specification_version (case_id, version, status, created_by, approved_by, approved_at) VALUES ($1, 1, 'APPROVED', $2, $2, now()) RETURNING id`, [cid, by]);
      return spec.id as string;
    };
    const rfq = async (cid: string, orgId: string, spec: string, by: string, ref: string, currency: string, closed: string) =>
      (
        await q(
          `INSERT INTO rfq (organization_id, case_id, reference, title, specification_version_id, status, closes_at, questions_close_at, currency, criteria, published_at, published_by, closed_at, created_by)
           VALUES ($1, $2, $3, $3, $4, 'CLOSED', $5, $5, $6, '[]', $5::timestamptz - interval '10 days', $7, $5, $7) RETURNING id`,
          [orgId, cid, ref, spec, at(closed), currency, by],
        )
      )[0].id as string;
    const invite = async (orgId: string, rfqId: string, sid: string, quoted: boolean) => {
      const [inv] = await q(`INSERT INTO rfq_invitation (organization_id, rfq_id, supplier_id, supplier_name, status) VALUES ($1, $2, $3, 'x', $4) RETURNING id`, [orgId, rfqId, sid, quoted ? 'QUOTED' : 'SENT']);
      if (quoted) {
        await q(`INSERT INTO quote (organization_id, rfq_id, invitation_id, supplier_organization_id, status, current_revision, submitted_at) VALUES ($1, $2, $3, $4, 'SUBMITTED', 1, now())`, [orgId, rfqId, inv.id, supplierOrg.id]);
      }
      return inv.id as string;
    };
    const award = async (cid: string, orgId: string, rfqId: string, by: string, currency: string, total: string, firstBest: string, importance: string, mode: string, steps: string[], proposed: string, lines: Array<[string, string, string]>, approvals: Array<[string, string, string]>) => {
      const [p] = await q(
        `INSERT INTO award_proposal (organization_id, case_id, rfq_id, version, status, currency, total_value, follows_ranking, evaluation_snapshot, importance, approval_mode, approval_steps, proposed_by, proposed_at, decided_at)
         VALUES ($1, $2, $3, 1, 'APPROVED', $4, $5, true, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
        [orgId, cid, rfqId, currency, total, JSON.stringify({ firstBestTotal: firstBest }), importance, mode, JSON.stringify(steps), by, at(proposed)],
      );
      for (const [inv, sid, amount] of lines) {
        await q(`INSERT INTO award_line (proposal_id, line_key, invitation_id, supplier_id, quantity, unit_price, total) VALUES ($1, 'L1', $2, $3, 1, $4, $4)`, [p.id, inv, sid, amount]);
      }
      for (const [approver, role, day] of approvals) {
        await q(`INSERT INTO award_approval (organization_id, proposal_id, approver_id, role, decision, decided_at) VALUES ($1, $2, $3, $4, 'APPROVED', $5)`, [orgId, p.id, approver, role, at(day)]);
      }
    };

    // C1
    const spec1 = await kase(id.c1, org.id, buyer, 'AN-1', 'NEW_TASK', 'STRATEGIC', '30213100-6', 'EUR', '1200.00', 'AWARDED', null, [
      ['NEED', '01-01'], ['SPECIFICATION', '01-03'], ['SOURCING', '01-04'], ['RFQ', '01-06'], ['EVALUATION', '01-16'], ['DECISION', '01-18'], ['AWARDED', '01-20'],
    ]);
    const r1 = await rfq(id.c1, org.id, spec1, buyer, 'AN-1-R', 'EUR', '01-16');
    const i11 = await invite(org.id, r1, id.s1, true);
    await invite(org.id, r1, id.s2, true);
    await invite(org.id, r1, id.s3, false);
    await award(id.c1, org.id, r1, buyer, 'EUR', '1000.00', '1100.00', 'STRATEGIC', 'SEQUENTIAL', ['DECIDER'], '01-18', [[i11, id.s1, '1000.00']], [[decider, 'DECIDER', '01-19']]);
    // C2
    const spec2 = await kase(id.c2, org.id, buyer, 'AN-2', 'STRAIGHT_REBUY', 'ROUTINE', '30213100-6', 'USD', '500.00', 'AWARDED', id.c1, [
      ['RFQ', '02-01'], ['EVALUATION', '02-05'], ['DECISION', '02-06'], ['AWARDED', '02-10'],
    ]);
    await q(`INSERT INTO shortlist (case_id, status, single_source_justification) VALUES ($1, 'APPROVED', 'Only the incumbent')`, [id.c2]);
    const r2 = await rfq(id.c2, org.id, spec2, buyer, 'AN-2-R', 'USD', '02-05');
    await q(`INSERT INTO rfq_exchange_rate (rfq_id, currency, rate, set_by) VALUES ($1, 'EUR', 1.25, $2)`, [r2, buyer]);
    const i21 = await invite(org.id, r2, id.s1, true);
    await award(id.c2, org.id, r2, buyer, 'USD', '1125.00', '1125.00', 'ROUTINE', 'PARALLEL', ['DECIDER', 'DECIDER'], '02-06', [[i21, id.s1, '1125.00']], [[decider, 'DECIDER', '02-07'], [cfo, 'DECIDER', '02-09']]);
    // C3
    const spec3 = await kase(id.c3, org.id, buyer, 'AN-3', 'NEW_TASK', 'LEVERAGE', '44111000-1', 'EUR', null, 'AWARDED', null, [
      ['NEED', '01-10'], ['RFQ', '01-20'], ['EVALUATION', '02-01'], ['DECISION', '02-15'], ['AWARDED', '03-01'],
    ]);
    const r3 = await rfq(id.c3, org.id, spec3, buyer, 'AN-3-R', 'EUR', '02-01');
    const i32 = await invite(org.id, r3, id.s2, true);
    const i33 = await invite(org.id, r3, id.s3, true);
    await award(id.c3, org.id, r3, buyer, 'EUR', '4000.00', '4400.00', 'LEVERAGE', 'SEQUENTIAL', ['DECIDER', 'DECIDER', 'GATEKEEPER'], '02-15',
      [[i32, id.s2, '3000.00'], [i33, id.s3, '1000.00']], [[decider, 'DECIDER', '02-16'], [cfo, 'DECIDER', '02-18'], [gatekeeper, 'GATEKEEPER', '02-22']]);
    // C4
    const spec4 = await kase(id.c4, org.id, buyer, 'AN-4', 'NEW_TASK', 'ROUTINE', '30213100-6', 'EUR', '800.00', 'EVALUATION', null, [['NEED', '03-01'], ['RFQ', '03-02'], ['EVALUATION', '03-10']]);
    const r4 = await rfq(id.c4, org.id, spec4, buyer, 'AN-4-R', 'EUR', '03-10');
    await invite(org.id, r4, id.s1, false);
    await invite(org.id, r4, id.s2, true);
    await invite(org.id, r4, id.s3, false);
    // X: the other organization
    const specX = await kase(id.x, other.id, otherUser.id, 'X-1', 'NEW_TASK', 'ROUTINE', '30213100-6', 'EUR', '1.00', 'AWARDED', null, [['NEED', '01-01'], ['RFQ', '01-02'], ['AWARDED', '02-02']]);
    const rx = await rfq(id.x, other.id, specX, otherUser.id, 'X-1-R', 'EUR', '01-20');
    const ix = await invite(other.id, rx, id.sx, true);
    await award(id.x, other.id, rx, otherUser.id, 'EUR', '99999.00', '99999.00', 'ROUTINE', 'SEQUENTIAL', [], '01-25', [[ix, id.sx, '99999.00']], []);

    const event = (orgId: string, sid: string, kind: string, day: string, onTime: boolean | null, cid: string) =>
      q(`INSERT INTO supplier_performance_event (organization_id, supplier_id, kind, occurred_on, on_time, case_id) VALUES ($1, $2, $3, $4, $5, $6)`, [orgId, sid, kind, `2030-${day}`, onTime, cid]);
    await event(org.id, id.s1, 'DELIVERY', '01-25', true, id.c1);
    await event(org.id, id.s1, 'DELIVERY', '02-12', false, id.c2);
    await event(org.id, id.s2, 'QUALITY_INCIDENT', '03-05', null, id.c3);
    await event(org.id, id.s3, 'DELIVERY', '03-06', true, id.c3);
    await event(other.id, id.sx, 'DELIVERY', '02-03', false, id.x);

    await app.running.app.get(AnalyticsFactsService).refresh();
  });
  afterAll(() => app.close());

  const ask = async (query: string, variables: Record<string, unknown> = {}, email = 'buyer@nordwind.example') => (await app.as(email)).ok(query, { filter: Q1, ...variables });

  it('measures cycle time per stage and end to end as median and p90', async () => {
    const { analyticsCycleTime: byType } = await ask(
      `query($filter: AnalyticsFilter) { analyticsCycleTime(filter: $filter, dimension: PURCHASE_TYPE) {
         meta { refreshedAt currency from to } groups { key cases endToEnd { median p90 count } stages { stage days { median p90 count } } } } }`,
    );
    expect(byType.meta).toMatchObject({ currency: 'EUR', from: '2030-01-01', to: '2030-03-31' });
    expect(byType.meta.refreshedAt).toBeTruthy();
    const newTask = byType.groups.find((g: { key: string }) => g.key === 'PURCHASE_TYPE:NEW_TASK');
    // C1 19 d, C3 50 d: median 34.5; p90 = 19 + 0.9 × 31 = 46.9
    expect(newTask).toMatchObject({ cases: 2, endToEnd: { median: 34.5, p90: 46.9, count: 2 } });
    // RFQ stage: C1 10 d, C3 12 d → median 11, p90 10 + 0.9 × 2 = 11.8
    expect(newTask.stages.find((s: { stage: string }) => s.stage === 'RFQ').days).toEqual({ median: 11, p90: 11.8, count: 2 });
    // NEED: C1 2 d, C3 10 d (01-10 → 01-20) → median 6
    expect(newTask.stages.find((s: { stage: string }) => s.stage === 'NEED').days.median).toBe(6);
    expect(byType.groups.find((g: { key: string }) => g.key === 'PURCHASE_TYPE:STRAIGHT_REBUY')).toMatchObject({ cases: 1, endToEnd: { median: 9, p90: 9 } });

    const { analyticsCycleTime: byMonth } = await ask(`query($filter: AnalyticsFilter) { analyticsCycleTime(filter: $filter, dimension: MONTH) { groups { key cases endToEnd { median } } } }`);
    // awarded 01-20 (C1), 02-10 (C2), 03-01 (C3) — months in Berlin time
    expect(byMonth.groups).toEqual([
      { key: 'MONTH:2030-01', cases: 1, endToEnd: { median: 19 } },
      { key: 'MONTH:2030-02', cases: 1, endToEnd: { median: 9 } },
      { key: 'MONTH:2030-03', cases: 1, endToEnd: { median: 50 } },
    ]);
  });

  it('measures savings against the first-round best quote, the estimate and the last price, in EUR with the rates used', async () => {
    const { analyticsSavings: s } = await ask(`query($filter: AnalyticsFilter) { analyticsSavings(filter: $filter) {
      measures { key cases baseline awarded savings percent } conversions { rfqCurrency rate cases } withoutRate } }`);
    expect(s.measures).toEqual([
      // 1 100 + 900 + 4 400 = 6 400 against 1 000 + 900 + 4 000 = 5 900: 500, 7.81 %
      { key: 'FIRST_BEST', cases: 3, baseline: '6400.00', awarded: '5900.00', savings: '500.00', percent: 7.81 },
      // C1 1 200 and C2 400 (500 USD / 1.25) against 1 000 + 900: −300, −18.75 %
      { key: 'ESTIMATE', cases: 2, baseline: '1600.00', awarded: '1900.00', savings: '-300.00', percent: -18.75 },
      // C2 against C1's 1 000: 100, 10 %
      { key: 'LAST_PRICE', cases: 1, baseline: '1000.00', awarded: '900.00', savings: '100.00', percent: 10 },
    ]);
    expect(s.conversions).toEqual([
      { rfqCurrency: 'EUR', rate: null, cases: 2 },
      { rfqCurrency: 'USD', rate: '1.25000000', cases: 1 },
    ]);
    expect(s.withoutRate).toBe(0);
  });

  it('measures competition and win rates per supplier', async () => {
    const { analyticsCompetition: c } = await ask(`query($filter: AnalyticsFilter) { analyticsCompetition(filter: $filter) {
      rfqs invitations responses responseRate quotesPerRfq singleSource singleSourceShare singleSourceCases { reference justification } } }`);
    // R1–R4 closed in Q1: 3 + 1 + 2 + 3 = 9 invitations, 2 + 1 + 2 + 1 = 6 quotes
    expect(c).toEqual({ rfqs: 4, invitations: 9, responses: 6, responseRate: 66.67, quotesPerRfq: 1.5, singleSource: 1, singleSourceShare: 25, singleSourceCases: [{ reference: 'AN-2', justification: 'Only the incumbent' }] });

    const { analyticsWinRates: w } = await ask(`query($filter: AnalyticsFilter) { analyticsWinRates(filter: $filter) { suppliers { supplierId invitations responses wins responseRate winRate awarded } } }`);
    const bySupplier = Object.fromEntries(w.suppliers.map((s: { supplierId: string }) => [s.supplierId, s]));
    expect(Object.keys(bySupplier).sort()).toEqual([id.s1, id.s2, id.s3].sort());
    expect(bySupplier[id.s1]).toMatchObject({ invitations: 3, responses: 2, wins: 2, responseRate: 66.67, winRate: 100, awarded: '1900.00' });
    expect(bySupplier[id.s2]).toMatchObject({ invitations: 3, responses: 3, wins: 1, responseRate: 100, winRate: 33.33, awarded: '3000.00' });
    expect(bySupplier[id.s3]).toMatchObject({ invitations: 3, responses: 1, wins: 1, responseRate: 33.33, winRate: 100, awarded: '1000.00' });
  });

  it('measures spend by CPV group with both labels, concentration and tail spend', async () => {
    const { analyticsSpend: s } = await ask(`query($filter: AnalyticsFilter) { analyticsSpend(filter: $filter) { total uncategorized categories { code label labelDe divisionCode spend share cases } } }`);
    // B 4 000 and A 1 000 + 900 of 5 900: 67.80 % and 32.20 %
    expect(s).toEqual({
      total: '5900.00',
      uncategorized: 0,
      categories: [
        { code: '44100000-1', label: 'Construction materials and associated items', labelDe: 'Baustoffe und Zubehör', divisionCode: '44000000-0', spend: '4000.00', share: 67.8, cases: 1 },
        { code: '30200000-1', label: 'Computer equipment and supplies', labelDe: 'Computeranlagen und Zubehör', divisionCode: '30000000-9', spend: '1900.00', share: 32.2, cases: 2 },
      ],
    });
    const { analyticsConcentration: c } = await ask(`query($filter: AnalyticsFilter) { analyticsConcentration(filter: $filter) { categories { code suppliers top5Share hhi } } }`);
    // B: 75 % and 25 % → 5 625 + 625; A: S1 alone → 10 000
    expect(c.categories).toEqual([
      { code: '44100000-1', suppliers: 2, top5Share: 100, hhi: 6250 },
      { code: '30200000-1', suppliers: 1, top5Share: 100, hhi: 10000 },
    ]);
    const { analyticsTailSpend: t } = await ask(`query($filter: AnalyticsFilter) { analyticsTailSpend(filter: $filter) { total suppliers tailSuppliers tailSpend tailShare tail { supplierId spend } } }`);
    // 20 % of 5 900 = 1 180: S3 (1 000) fits, S3 + S1 (2 900) does not
    expect(t).toEqual({ total: '5900.00', suppliers: 3, tailSuppliers: 1, tailSpend: '1000.00', tailShare: 16.95, tail: [{ supplierId: id.s3, spend: '1000.00' }] });
  });

  it('measures approval lead time per route step, and deliveries and incidents per month', async () => {
    const { analyticsApprovalLeadTimes: a } = await ask(`query($filter: AnalyticsFilter) { analyticsApprovalLeadTimes(filter: $filter) { steps { key days { median p90 count } } } }`);
    expect(a.steps).toEqual([
      // C1 1 d, C2 1 d (parallel, from the proposal), C3 1 d
      { key: '1:DECIDER', days: { median: 1, p90: 1, count: 3 } },
      // C2 3 d (parallel: from the proposal 02-06 to 02-09), C3 2 d (from step 1 on 02-16): median 2.5, p90 2.9
      { key: '2:DECIDER', days: { median: 2.5, p90: 2.9, count: 2 } },
      { key: '3:GATEKEEPER', days: { median: 4, p90: 4, count: 1 } },
    ]);
    const { analyticsDelivery: d } = await ask(`query($filter: AnalyticsFilter) { analyticsDelivery(filter: $filter) { months { month deliveries onTime onTimeRate qualityIncidents } } }`);
    expect(d.months).toEqual([
      { month: '2030-01', deliveries: 1, onTime: 1, onTimeRate: 100, qualityIncidents: 0 },
      { month: '2030-02', deliveries: 1, onTime: 0, onTimeRate: 0, qualityIncidents: 0 },
      { month: '2030-03', deliveries: 1, onTime: 1, onTimeRate: 100, qualityIncidents: 1 },
    ]);
  });

  it('builds the Kraljic matrix and flags the classes chosen against the data', async () => {
    const { analyticsKraljic: k } = await ask(`query($filter: AnalyticsFilter) { analyticsKraljic(filter: $filter) {
      thresholds { highImpactShare highRisk } categories { code spendShare qualifiedSuppliers singleSourceShare hhi supplyRisk quadrant cases chosen { importance cases } disagreeing } } }`);
    expect(k.thresholds).toEqual({ highImpactShare: 10, highRisk: 50 });
    expect(k.categories).toEqual([
      // B: 67.8 % of spend; S2 and S3 qualified → scarcity 50; no single source; HHI 6 250 → (50 + 0 + 62.5) / 3 = 37.5: LEVERAGE, as chosen
      { code: '44100000-1', spendShare: 67.8, qualifiedSuppliers: 2, singleSourceShare: 0, hhi: 6250, supplyRisk: 37.5, quadrant: 'LEVERAGE', cases: 1, chosen: [{ importance: 'LEVERAGE', cases: 1 }], disagreeing: 0 },
      // A: 32.2 %; S1 and S2 → 50; C2 of C1, C2 single source → 50 %; HHI 10 000 → (50 + 50 + 100) / 3 = 66.67: STRATEGIC; C2 chose ROUTINE
      {
        code: '30200000-1', spendShare: 32.2, qualifiedSuppliers: 2, singleSourceShare: 50, hhi: 10000, supplyRisk: 66.67, quadrant: 'STRATEGIC', cases: 2,
        chosen: [{ importance: 'ROUTINE', cases: 1 }, { importance: 'STRATEGIC', cases: 1 }], disagreeing: 1,
      },
    ]);
  });

  it('drills down from a point to exactly the cases behind it', async () => {
    const drill = async (chart: string, key: string) =>
      ((await ask(`query($filter: AnalyticsFilter, $chart: AnalyticsChart!, $key: String!) { analyticsDrillDown(filter: $filter, chart: $chart, key: $key) { total cases { caseId reference rate awarded } } }`, { chart, key })) as {
        analyticsDrillDown: { total: number; cases: Array<{ caseId: string; reference: string; rate: string | null; awarded: string | null }> };
      }).analyticsDrillDown;
    const refs = async (chart: string, key: string) => (await drill(chart, key)).cases.map((c) => c.reference).sort();
    expect(await refs('CYCLE_TIME', 'PURCHASE_TYPE:NEW_TASK')).toEqual(['AN-1', 'AN-3']);
    expect(await refs('CYCLE_TIME', 'MONTH:2030-02')).toEqual(['AN-2']);
    expect(await refs('SAVINGS', 'ESTIMATE')).toEqual(['AN-1', 'AN-2']);
    expect(await refs('SAVINGS', 'LAST_PRICE')).toEqual(['AN-2']);
    expect(await refs('COMPETITION', 'RFQS')).toEqual(['AN-1', 'AN-2', 'AN-3', 'AN-4']);
    expect(await refs('COMPETITION', 'SINGLE_SOURCE')).toEqual(['AN-2']);
    expect(await refs('WIN_RATE', id.s3)).toEqual(['AN-1', 'AN-3', 'AN-4']);
    expect(await refs('SPEND_BY_CATEGORY', '30200000-1')).toEqual(['AN-1', 'AN-2']);
    expect(await refs('TAIL_SPEND', 'TAIL')).toEqual(['AN-3']);
    expect(await refs('APPROVAL_LEAD_TIME', '3:GATEKEEPER')).toEqual(['AN-3']);
    expect(await refs('DELIVERY', '2030-03')).toEqual(['AN-3']);
    // The rate behind a converted amount is traceable on the case.
    const rebuy = (await drill('SAVINGS', 'LAST_PRICE')).cases[0];
    expect(rebuy).toMatchObject({ rate: '1.25000000', awarded: '900.00' });
  });

  it('narrows every measure by the filter', async () => {
    const { analyticsSpend: s } = await ask(`query($filter: AnalyticsFilter) { analyticsSpend(filter: $filter) { total categories { code } } }`, {
      filter: { ...Q1, importances: ['ROUTINE', 'STRATEGIC'], category: '30200000-1' },
    });
    expect(s).toEqual({ total: '1900.00', categories: [{ code: '30200000-1' }] });
    const { analyticsCompetition: c } = await ask(`query($filter: AnalyticsFilter) { analyticsCompetition(filter: $filter) { rfqs } }`, { filter: { ...Q1, purchaseTypes: ['STRAIGHT_REBUY'] } });
    expect(c.rfqs).toBe(1);
    const { analyticsDelivery: d } = await ask(`query($filter: AnalyticsFilter) { analyticsDelivery(filter: $filter) { months { month deliveries } } }`, { filter: { from: '2030-02-01', to: '2030-02-28' } });
    expect(d.months).toEqual([{ month: '2030-02', deliveries: 1 }]);
  });

  it('lets buyers, deciders and admins read analytics, and refuses suppliers and other roles', async () => {
    const query = `query($filter: AnalyticsFilter) { analyticsSpend(filter: $filter) { total } }`;
    for (const email of ['decider@nordwind.example', 'admin@nordwind.example']) {
      expect((await ask(query, {}, email)).analyticsSpend.total).toBe('5900.00');
    }
    for (const email of ['supplier@hanse-industrie.example', 'requester@nordwind.example']) {
      const error = await (await app.as(email)).error(query, { filter: Q1 });
      expect(error.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    }
  });

  it("never counts another organization's cases, suppliers or events", async () => {
    const { analyticsWinRates: w } = await ask(`query($filter: AnalyticsFilter) { analyticsWinRates(filter: $filter) { suppliers { supplierId } } }`);
    expect(w.suppliers.map((s: { supplierId: string }) => s.supplierId)).not.toContain(id.sx);
    const drill = await ask(`query($filter: AnalyticsFilter) { analyticsDrillDown(filter: $filter, chart: SPEND_BY_CATEGORY, key: "30200000-1") { cases { caseId } } }`);
    expect(drill.analyticsDrillDown.cases.map((c: { caseId: string }) => c.caseId)).not.toContain(id.x);
  });

  it('refuses a bad filter naming the field with a stable code', async () => {
    const client = await app.as('buyer@nordwind.example');
    const q = `query($filter: AnalyticsFilter) { analyticsSavings(filter: $filter) { withoutRate } }`;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ from: '2030-03-01', to: '2030-01-01' }, 'filter.to'],
      [{ from: '2020-01-01', to: '2030-01-01' }, 'filter.from'],
      [{ from: '2030-02-30' }, 'filter.from'],
      [{ from: '1st of May' }, 'filter.from'],
      [{ category: '99999999-9' }, 'filter.category'],
      [{ buyerId: randomUUID() }, 'filter.buyerId'],
    ];
    for (const [filter, field] of cases) {
      const error = await client.error(q, { filter });
      expect({ field: error.extensions?.field, code: error.extensions?.code }).toEqual({ field, code: ErrorCode.VALIDATION_FAILED });
    }
    const badKey = await client.error(`{ analyticsDrillDown(chart: SAVINGS, key: "NOPE") { total } }`);
    expect({ field: badKey.extensions?.field, code: badKey.extensions?.code }).toEqual({ field: 'key', code: ErrorCode.VALIDATION_FAILED });
  });

  it("exports a chart's table as CSV (German Excel) and xlsx", async () => {
    const client = await app.as('buyer@nordwind.example');
    const url = (file: string, extra = '') => `${app.url}/api/analytics/${file}?filter=${encodeURIComponent(JSON.stringify(Q1))}${extra}`;
    const csv = await fetch(url('savings.csv', '&locale=de'), { headers: { cookie: client.sessionCookie ?? '' } });
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for umlauts
    const text = bytes.toString('utf8');
    expect(text).toContain('FIRST_BEST;3;6400,00;5900,00;500,00;7,81');
    const xlsx = await fetch(url('spend-by-category.xlsx'), { headers: { cookie: client.sessionCookie ?? '' } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const bad = await fetch(url('savings.csv').replace(encodeURIComponent(JSON.stringify(Q1)), encodeURIComponent(JSON.stringify({ to: 'x' }))), { headers: { cookie: client.sessionCookie ?? '' } });
    expect(bad.status).toBe(400);
    const supplier = await app.as('supplier@hanse-industrie.example');
    expect((await fetch(url('savings.csv'), { headers: { cookie: supplier.sessionCookie ?? '' } })).status).toBe(403);
  });

  it('asks for a refresh on request, answering when the figures were last computed, with a trace in the audit trail', async () => {
    const client = await app.as('buyer@nordwind.example');
    const { refreshAnalytics } = await client.ok(`mutation { refreshAnalytics }`);
    expect(new Date(refreshAnalytics).getTime()).toBeGreaterThan(0);
    const [event] = await app.dataSource.query(`SELECT action, entity_type FROM audit_event WHERE action = 'analytics.refresh_requested' ORDER BY sequence DESC LIMIT 1`);
    expect(event).toEqual({ action: 'analytics.refresh_requested', entity_type: 'Organization' });
    const supplier = await (await app.as('supplier@hanse-industrie.example')).error(`mutation { refreshAnalytics }`);
    expect(supplier.extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('suggests an importance class for a new case from its category, with the reason, without forcing it', async () => {
    clockOf(app).advanceTo(new Date('2030-04-15T10:00:00Z'));
    const client = await app.as('buyer@nordwind.example');
    const { suggestImportance: s } = await client.ok(`{ suggestImportance(category: "30213100-6") { group suggested explanation figures { quadrant } } }`);
    expect(s).toMatchObject({ group: '30200000-1', suggested: 'STRATEGIC', figures: { quadrant: 'STRATEGIC' } });
    expect(s.explanation).toContain('32.2 % of spend');
    const { suggestImportance: none } = await client.ok(`{ suggestImportance(category: "03111000-2") { suggested explanation } }`);
    expect(none.suggested).toBeNull();
  });
});
