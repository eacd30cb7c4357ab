import { randomUUID } from 'node:crypto';
import { AnalyticsFactsService } from '@bc/api/analytics';
import { PasswordService } from '@bc/api/identity';
import { ErrorCode } from '@bc/shared/domain';
import { GraphQLClient } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Supplier scorecards against figures computed by hand, on a small fixed history; the period is Q1 2030.
 *
 * Nordwind (EUR) keeps S1 (linked to the portal company "Scorecard Lieferant") and S2 (linked to "Rival").
 *   R1 (case SC-1, EUR, closed 01-16): S1 and S2 quote; award S1 1 000.00.
 *   R2 (case SC-2, USD, 1 EUR = 1.25 USD, closed 02-05): S1 alone quotes; award S1 1 125.00 USD = 900.00 EUR.
 *   R3 (case SC-3, closed 03-10): S1 withdrew its quote (not a response), S2 quotes; no award.
 *   R0 (case SC-0, closed 2029-12-15, before the period): S1 quotes and wins 500.00.
 *   S1 in Q1: 3 invitations, 2 responses (66.67 %), 2 wins (100 %), 1 900.00 EUR.
 *   S1 events: delivery on time 2029-12-20, on time 2030-01-25, late 02-12, award 02-20, quality incident 03-05
 *   ("Rejected lot", internal). Score after each: 100, 100, 66.67 (2 of 3), 66.67, 56.67 (less 10).
 *   Q1: 2 deliveries, 1 on time (50 %), 1 incident. Certificates: expired 2020-01-01, in 30 days, without expiry.
 * Andere Einkauf (another buying organization) keeps SX, not linked, but invited it as "Scorecard Lieferant":
 *   RX (closed 01-20): SX quotes and wins 99 999.00; a late delivery 02-03 (score 0).
 */
const Q1 = { from: '2030-01-01', to: '2030-03-31' };
const at = (day: string) => `${day.length === 5 ? `2030-${day}` : day}T00:00:00Z`;

const CARD = `supplierId supplierName buyingOrganizationName meta { currency from to refreshedAt }
  invitations responses responseRate wins winRate awarded deliveries onTimeDeliveries onTimeRate qualityIncidents
  reliability { score deliveries lateDeliveries qualityIncidents awards }
  history { occurredOn kind onTime scoreBefore score caseId reference title note }
  certificates { name validUntil expired daysLeft }`;
const BUYER_CARD = `query($id: ID!, $filter: AnalyticsFilter) { supplierScorecard(supplierId: $id, filter: $filter) { ${CARD} } }`;
const MY_CARDS = `query($period: ScorecardPeriod) { myScorecards(period: $period) { ${CARD} } }`;

describe('supplier scorecards', () => {
  let app: TestApp;
  let mine: GraphQLClient;
  let rival: GraphQLClient;
  let otherBuyer: GraphQLClient;
  const id = { s1: randomUUID(), s2: randomUUID(), sx: randomUUID() };

  beforeAll(async () => {
    app = await startTestApp();
    const q = (sql: string, params: unknown[] = []) => app.dataSource.query(sql, params);
    const hash = await app.running.app.get(PasswordService).hash('scorecard passphrase');
    const [org] = await q(`SELECT o.id FROM organization o JOIN app_user u ON u.organization_id = o.id WHERE u.email = 'buyer@nordwind.example'`);
    const [{ id: buyer }] = await q(`SELECT id FROM app_user WHERE email = 'buyer@nordwind.example'`);
    const company = async (name: string, email: string, kind: string, roles: string[]) => {
      const [c] = await q(`INSERT INTO organization (name, kind) VALUES ($1, $2) RETURNING id`, [name, kind]);
      const [u] = await q(`INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [c.id, email, name, hash, roles]);
      return { id: c.id as string, user: u.id as string };
    };
    const lieferant = await company('Scorecard Lieferant GmbH', 'sales@scorecard-lieferant.example', 'SUPPLIER', ['SUPPLIER']);
    const rivalCo = await company('Rival Supply AG', 'sales@rival.example', 'SUPPLIER', ['SUPPLIER']);
    const other = await company('Andere Einkauf GmbH', 'buyer@andere-einkauf.example', 'BUYING', ['BUYER']);

    const supplier = (sid: string, orgId: string, name: string, portal: string | null) =>
      q(`INSERT INTO supplier (id, organization_id, name, country, qualification_status, portal_organization_id) VALUES ($1, $2, $3, 'DE', 'QUALIFIED', $4)`, [sid, orgId, name, portal]);
    await supplier(id.s1, org.id, 'Scorecard Lieferant GmbH', lieferant.id);
    await supplier(id.s2, org.id, 'Rival Supply AG', rivalCo.id);
    await supplier(id.sx, other.id, 'Lieferant (Andere)', null);

    const rfq = async (orgId: string, by: string, ref: string, currency: string, closed: string) => {
      const cid = randomUUID();
      await q(
        `INSERT INTO purchase_case (id, organization_id, reference, title, purchase_type, importance, currency, stage, created_by, created_at)
         VALUES ($1, $2, $3, $4, 'NEW_TASK', 'ROUTINE', $5, 'EVALUATION', $6, $7::timestamptz - interval '20 days')`,
        [cid, orgId, ref, `Internal case ${ref}`, currency, by, at(closed)],
      );
      const [spec] = await q(`INSERT INTO specification_version (case_id, version, status, created_by, approved_by, approved_at) VALUES ($1, 1, 'APPROVED', $2, $2, now()) RETURNING id`, [cid, by]);
      const [r] = await q(
        `INSERT INTO rfq (organization_id, case_id, reference, title, specification_version_id, status, closes_at, questions_close_at, currency, criteria, published_at, published_by, closed_at, created_by)
         VALUES ($1, $2, $3, $4, $5, 'CLOSED', $6, $6, $7, '[]', $6::timestamptz - interval '10 days', $8, $6, $8) RETURNING id`,
        [orgId, cid, `${ref}-R`, `RFQ ${ref}`, spec.id, at(closed), currency, by],
      );
      return { caseId: cid, rfqId: r.id as string };
    };
    const invite = async (orgId: string, r: { rfqId: string }, sid: string, company: string | null, quote: 'SUBMITTED' | 'WITHDRAWN' | null) => {
      const [inv] = await q(`INSERT INTO rfq_invitation (organization_id, rfq_id, supplier_id, supplier_name, supplier_organization_id, status) VALUES ($1, $2, $3, 'x', $4, $5) RETURNING id`, [orgId, r.rfqId, sid, company, quote ? 'QUOTED' : 'SENT']);
      if (quote) {
        await q(`INSERT INTO quote (organization_id, rfq_id, invitation_id, supplier_organization_id, status, current_revision, submitted_at, withdrawn_at) VALUES ($1, $2, $3, $4, $5, 1, now(), $6)`, [orgId, r.rfqId, inv.id, company ?? lieferant.id, quote, quote === 'WITHDRAWN' ? new Date() : null]);
      }
      return inv.id as string;
    };
    const award = async (orgId: string, r: { caseId: string; rfqId: string }, by: string, currency: string, total: string, inv: string, sid: string) => {
      const [p] = await q(
        `INSERT INTO award_proposal (organization_id, case_id, rfq_id, version, status, currency, total_value, follows_ranking, evaluation_snapshot, importance, approval_mode, approval_steps, proposed_by, proposed_at, decided_at)
         VALUES ($1, $2, $3, 1, 'APPROVED', $4, $5, true, '{}', 'ROUTINE', 'SEQUENTIAL', '[]', $6, now(), now()) RETURNING id`,
        [orgId, r.caseId, r.rfqId, currency, total, by],
      );
      await q(`INSERT INTO award_line (proposal_id, line_key, invitation_id, supplier_id, quantity, unit_price, total) VALUES ($1, 'L1', $2, $3, 1, $4, $4)`, [p.id, inv, sid, total]);
    };

    const r1 = await rfq(org.id, buyer, 'SC-1', 'EUR', '01-16');
    await award(org.id, r1, buyer, 'EUR', '1000.00', await invite(org.id, r1, id.s1, lieferant.id, 'SUBMITTED'), id.s1);
    await invite(org.id, r1, id.s2, rivalCo.id, 'SUBMITTED');
    const r2 = await rfq(org.id, buyer, 'SC-2', 'USD', '02-05');
    await q(`INSERT INTO rfq_exchange_rate (rfq_id, currency, rate, set_by) VALUES ($1, 'EUR', 1.25, $2)`, [r2.rfqId, buyer]);
    await award(org.id, r2, buyer, 'USD', '1125.00', await invite(org.id, r2, id.s1, lieferant.id, 'SUBMITTED'), id.s1);
    const r3 = await rfq(org.id, buyer, 'SC-3', 'EUR', '03-10');
    await invite(org.id, r3, id.s1, lieferant.id, 'WITHDRAWN');
    await invite(org.id, r3, id.s2, rivalCo.id, 'SUBMITTED');
    const r0 = await rfq(org.id, buyer, 'SC-0', 'EUR', '2029-12-15');
    await award(org.id, r0, buyer, 'EUR', '500.00', await invite(org.id, r0, id.s1, lieferant.id, 'SUBMITTED'), id.s1);
    const rx = await rfq(other.id, other.user, 'AX-1', 'EUR', '01-20');
    await award(other.id, rx, other.user, 'EUR', '99999.00', await invite(other.id, rx, id.sx, lieferant.id, 'SUBMITTED'), id.sx);

    const event = (orgId: string, sid: string, kind: string, day: string, onTime: boolean | null, caseId: string, note: string | null = null) =>
      q(`INSERT INTO supplier_performance_event (organization_id, supplier_id, kind, occurred_on, on_time, case_id, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [orgId, sid, kind, at(day).slice(0, 10), onTime, caseId, note]);
    await event(org.id, id.s1, 'DELIVERY', '2029-12-20', true, r0.caseId);
    await event(org.id, id.s1, 'DELIVERY', '01-25', true, r1.caseId);
    await event(org.id, id.s1, 'DELIVERY', '02-12', false, r2.caseId);
    await event(org.id, id.s1, 'AWARD', '02-20', null, r2.caseId);
    await event(org.id, id.s1, 'QUALITY_INCIDENT', '03-05', null, r2.caseId, 'Rejected lot, internal');
    await event(org.id, id.s2, 'DELIVERY', '03-01', true, r1.caseId);
    await event(other.id, id.sx, 'DELIVERY', '02-03', false, rx.caseId, 'Andere: late again');

    await q(
      `INSERT INTO supplier_certificate (organization_id, supplier_id, name, valid_until) VALUES
         ($1, $2, 'ISO 9001', '2020-01-01'), ($1, $2, 'ISO 14001', current_date + 30), ($1, $2, 'Registered', NULL)`,
      [org.id, id.s1],
    );
    await app.running.app.get(AnalyticsFactsService).refresh();

    const signIn = (email: string) => app.client().signIn(email, 'scorecard passphrase');
    mine = await signIn('sales@scorecard-lieferant.example');
    rival = await signIn('sales@rival.example');
    otherBuyer = await signIn('buyer@andere-einkauf.example');
  });
  afterAll(() => app.close());

  it("shows a buyer its supplier's invitations, responses, wins, awarded value, deliveries and certificates, computed as the analytics are", async () => {
    const { supplierScorecard: card } = await (await app.as('buyer@nordwind.example')).ok(BUYER_CARD, { id: id.s1, filter: Q1 });
    expect(card).toMatchObject({
      supplierId: id.s1,
      supplierName: 'Scorecard Lieferant GmbH',
      meta: { currency: 'EUR', from: '2030-01-01', to: '2030-03-31' },
      // R1, R2, R3 (R0 closed before the period); the withdrawn quote on R3 is no response
      invitations: 3,
      responses: 2,
      responseRate: 66.67,
      wins: 2,
      winRate: 100,
      // 1 000.00 + 1 125.00 USD / 1.25
      awarded: '1900.00',
      deliveries: 2,
      onTimeDeliveries: 1,
      onTimeRate: 50,
      qualityIncidents: 1,
      // the window holds all five events: 2 of 3 on time, less 10
      reliability: { score: 56.67, deliveries: 3, lateDeliveries: 1, qualityIncidents: 1, awards: 1 },
    });
    expect(card.meta.refreshedAt).toBeTruthy();
    expect(card.certificates).toEqual([
      { name: 'ISO 9001', validUntil: '2020-01-01', expired: true, daysLeft: expect.any(Number) },
      { name: 'ISO 14001', validUntil: expect.any(String), expired: false, daysLeft: 30 },
      { name: 'Registered', validUntil: null, expired: false, daysLeft: null },
    ]);
    // The same figures as the win-rate chart of the analytics page.
    const { analyticsWinRates: w } = await (await app.as('buyer@nordwind.example')).ok(
      `query($filter: AnalyticsFilter) { analyticsWinRates(filter: $filter) { suppliers { supplierId invitations responses wins awarded } } }`,
      { filter: Q1 },
    );
    expect(w.suppliers.find((s: { supplierId: string }) => s.supplierId === id.s1)).toEqual({ supplierId: id.s1, invitations: 3, responses: 2, wins: 2, awarded: '1900.00' });
    // A wider period takes in R0.
    const { supplierScorecard: wide } = await (await app.as('buyer@nordwind.example')).ok(BUYER_CARD, { id: id.s1, filter: { from: '2029-12-01', to: '2030-03-31' } });
    expect(wide).toMatchObject({ invitations: 4, responses: 3, wins: 3, awarded: '2400.00', deliveries: 3, onTimeDeliveries: 2 });
  });

  it('shows the reliability score after each event, with the event that changed it, newest first', async () => {
    const { supplierScorecard: card } = await (await app.as('decider@nordwind.example')).ok(BUYER_CARD, { id: id.s1, filter: Q1 });
    expect(card.history.map((e: Record<string, unknown>) => [e['occurredOn'], e['kind'], e['scoreBefore'], e['score'], e['reference'], e['note']])).toEqual([
      ['2030-03-05', 'QUALITY_INCIDENT', 66.67, 56.67, 'SC-2', 'Rejected lot, internal'],
      ['2030-02-20', 'AWARD', 66.67, 66.67, 'SC-2', null],
      ['2030-02-12', 'DELIVERY', 100, 66.67, 'SC-2', null],
      ['2030-01-25', 'DELIVERY', 100, 100, 'SC-1', null],
      ['2029-12-20', 'DELIVERY', null, 100, 'SC-0', null],
    ]);
    expect(card.history[0]).toMatchObject({ title: 'Internal case SC-2', caseId: expect.any(String) });
    // the newest score is the directory's current one
    expect(card.history[0].score).toBe(card.reliability.score);
  });

  it("shows a supplier its own scorecard with every buying organization, without a buyer's internal notes or other suppliers", async () => {
    const { myScorecards: cards } = await mine.ok(MY_CARDS, { period: Q1 });
    expect(cards.map((c: { buyingOrganizationName: string }) => c.buyingOrganizationName)).toEqual(['Andere Einkauf GmbH', 'Nordwind Maschinenbau GmbH']);
    const [andere, nordwind] = cards;
    expect(andere).toMatchObject({ supplierId: id.sx, invitations: 1, responses: 1, wins: 1, awarded: '99999.00', deliveries: 1, onTimeDeliveries: 0, onTimeRate: 0, reliability: { score: 0 } });
    expect(nordwind).toMatchObject({ supplierId: id.s1, invitations: 3, responses: 2, wins: 2, awarded: '1900.00', onTimeRate: 50, qualityIncidents: 1, reliability: { score: 56.67 } });
    expect(nordwind.history.map((e: Record<string, unknown>) => [e['score'], e['reference'], e['title'], e['caseId'], e['note']])).toEqual([
      [56.67, 'SC-2-R', 'RFQ SC-2', null, null],
      [66.67, 'SC-2-R', 'RFQ SC-2', null, null],
      [66.67, 'SC-2-R', 'RFQ SC-2', null, null],
      [100, 'SC-1-R', 'RFQ SC-1', null, null],
      [100, 'SC-0-R', 'RFQ SC-0', null, null],
    ]);
    const text = JSON.stringify(cards);
    for (const secret of ['Rival', 'internal', 'Andere: late', 'Internal case', id.s2]) expect(text).not.toContain(secret);

    const { myScorecards: theirs } = await rival.ok(MY_CARDS, { period: Q1 });
    expect(theirs.map((c: { supplierId: string }) => c.supplierId)).toEqual([id.s2]);
    expect(theirs[0]).toMatchObject({ invitations: 2, responses: 2, wins: 0, winRate: 0, awarded: '0.00' });
    expect(JSON.stringify(theirs)).not.toContain('Scorecard Lieferant');
  });

  it("keeps each side to its own: a buyer to its directory, a supplier to its portal", async () => {
    const missing = await otherBuyer.error(BUYER_CARD, { id: id.s1 });
    expect(missing.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await otherBuyer.error(BUYER_CARD, { id: 'not-a-uuid' })).message).toBe(missing.message);
    for (const email of ['requester@nordwind.example', 'specifier@nordwind.example']) {
      expect((await (await app.as(email)).error(BUYER_CARD, { id: id.s1 })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    }
    expect((await mine.error(BUYER_CARD, { id: id.s1 })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await (await app.as('buyer@nordwind.example')).error(MY_CARDS)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('refuses a bad period naming the field with a stable code', async () => {
    const buyer = await app.as('buyer@nordwind.example');
    const cases: Array<[GraphQLClient, string, Record<string, unknown>, string]> = [
      [buyer, BUYER_CARD, { id: id.s1, filter: { from: '2030-02-30' } }, 'filter.from'],
      [buyer, BUYER_CARD, { id: id.s1, filter: { category: '123' } }, 'filter.category'],
      [mine, MY_CARDS, { period: { from: '2030-04-01', to: '2030-03-01' } }, 'period.to'],
      [mine, MY_CARDS, { period: { from: '1.1.2030' } }, 'period.from'],
      [mine, MY_CARDS, { period: { from: '2020-01-01', to: '2030-01-01' } }, 'period.from'],
    ];
    for (const [client, query, variables, field] of cases) {
      const error = await client.error(query, variables);
      expect({ field: error.extensions?.field, code: error.extensions?.code }).toEqual({ field, code: ErrorCode.VALIDATION_FAILED });
    }
  });
});
