import { SealService } from '@bc/api/quotes';
import { AWARD_OPS, caseInDecision, DecisionCase, evaluatedCase } from './support/award-fixtures';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Award scenarios (issue 16) through the HTTP app, on hand-made RFQs with known answers. The
 * specification: line 1 = 4 pumps, line 2 = 8 seal kits. RFQ "A": Hanse 100.00 a pump and 20.00 a
 * seal kit (560.00 for all), Alpine 90.00 and 26.00 (568.00); Hanse ranks first (scored better),
 * is the incumbent, has reliability 80 (Alpine 50) and meets the must-haves (Alpine does not).
 * Best price per line: Alpine's pumps and Hanse's seal kits, 360 + 160 = 520.00.
 */

const RULE = `id kind description count basis minPercent maxPercent minScore invitationIds lineKeys lineGroupKey lineGroupKeys`;
const SCENARIO = `id kind builtIn name objective budget status stale rules { ${RULE} } lineGroups { key name lineKeys }
  result { totalBeforeDiscounts discountTotal totalCost gap provenOptimal savingsVsSingleSupplier savingsVsEstimate supplierCount score split
    suppliers { invitationId supplierName value discount net valueShare quantity quantityShare lines { lineKey position quantity wholeLine unitPrice total } }
    rulePrices { ruleId kind description status totalCostWithout costOfRule }
    conflict { rules { id kind description } budget linesWithoutOffers { key } explanation }
    violations { ruleId message } }`;
const OPS = {
  list: `query ($rfqId: ID!) { awardScenarios(rfqId: $rfqId) { rfqId currency estimate bestSingleSupplierTotal inputsFingerprint canEdit
    lines { key position quantity unit } suppliers { invitationId supplierName rank reliabilityScore technicalScore totalScore mustHavesMet incumbent }
    leftOut { invitationId reason } scenarios { ${SCENARIO} } } }`,
  create: `mutation ($input: CreateAwardScenarioInput!) { createAwardScenario(input: $input) { ${SCENARIO} } }`,
  update: `mutation ($id: ID!, $input: AwardScenarioInput!) { updateAwardScenario(id: $id, input: $input) { ${SCENARIO} } }`,
  remove: `mutation ($id: ID!) { deleteAwardScenario(id: $id) }`,
  solve: `mutation ($id: ID!) { solveAwardScenario(id: $id) { ${SCENARIO} } }`,
  propose: `mutation ($input: ProposeAwardFromScenarioInput!) { proposeAwardFromScenario(input: $input) {
    id status totalValue followsRanking justification scenarioId scenarioName lines { lineKey invitationId supplierName quantity unitPrice total } } }`,
};

type Scenario = {
  id: string;
  status: string;
  stale: boolean;
  rules: Array<{ id: string; kind: string; description: string }>;
  result: {
    totalCost: string;
    discountTotal: string;
    supplierCount: number;
    split: boolean;
    savingsVsSingleSupplier: string | null;
    suppliers: Array<{ invitationId: string; supplierName: string; value: string; discount: string; lines: Array<{ lineKey: string; quantity: string; wholeLine: boolean }> }>;
    rulePrices: Array<{ ruleId: string; costOfRule: string | null; totalCostWithout: string | null }>;
    conflict: { rules: Array<{ id: string; description: string }>; budget: boolean; explanation: string } | null;
  } | null;
};

describe('award scenarios', () => {
  let app: TestApp;
  let w: RfqWorld;
  let a: DecisionCase;
  /** Alpine quotes 2 of the 4 pumps; the case stays in EVALUATION. */
  let b: DecisionCase;

  const hanseLines = (s: Scenario) => s.result!.suppliers.find((x) => x.invitationId === a.hanseInv)?.lines ?? [];
  const alpineLines = (s: Scenario) => s.result!.suppliers.find((x) => x.invitationId === a.alpineInv)?.lines ?? [];
  const pumps = () => a.lineKeys[0];
  const seals = () => a.lineKeys[1];

  /** Creates and solves a custom scenario on `rfqId` as the buyer. */
  async function solved(input: Record<string, unknown>, rfqId = a.rfqId): Promise<Scenario> {
    const created = (await w.as.buyer.ok(OPS.create, { input: { rfqId, name: 'Test', objective: 'MIN_COST', ...input } }))['createAwardScenario'];
    expect(created.status).toBe('UNSOLVED');
    return (await w.as.buyer.ok(OPS.solve, { id: created.id }))['solveAwardScenario'];
  }
  const total = (s: Scenario) => Number(s.result!.totalCost);

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    await app.dataSource.query(`UPDATE supplier SET reliability_score = CASE WHEN id = $1 THEN 80 ELSE 50 END WHERE id IN ($1, $2)`, [w.hanseSupplierId, w.alpineSupplierId]);
    const notMet = (q: Record<string, unknown>) => ({ ...q, answers: (q['answers'] as Array<Record<string, unknown>>).map((x) => ({ ...x, compliance: 'NOT_MET' })) });
    a = await caseInDecision(app, w, { hanse: ['100.00', '20.00'], alpine: ['90.00', '26.00'], adjust: { alpine: notMet }, caseInput: { estimatedValue: '600.00' } });
    await app.dataSource.query(`UPDATE shortlist_entry SET source = 'INCUMBENT' WHERE case_id = $1 AND supplier_id = $2`, [a.caseId, w.hanseSupplierId]);
    const twoPumps = (q: Record<string, unknown>) => ({ ...q, lines: (q['lines'] as Array<Record<string, unknown>>).map((l, i) => (i === 0 ? { ...l, quantity: '2' } : l)) });
    b = await evaluatedCase(app, w, { hanse: ['100.00', '20.00'], alpine: ['90.00', '26.00'], adjust: { alpine: twoPumps } });
  }, 300_000);
  afterAll(() => app?.close());

  it('shows the built-in scenarios with what the rules read of each supplier', async () => {
    const view = (await w.as.buyer.ok(OPS.list, { rfqId: a.rfqId }))['awardScenarios'];
    expect(view).toMatchObject({ currency: 'EUR', estimate: '600', bestSingleSupplierTotal: '560.00', canEdit: true, leftOut: [] });
    const hanse = view.suppliers.find((s: { invitationId: string }) => s.invitationId === a.hanseInv);
    const alpine = view.suppliers.find((s: { invitationId: string }) => s.invitationId === a.alpineInv);
    expect(hanse).toMatchObject({ rank: 1, reliabilityScore: 80, mustHavesMet: true, incumbent: true });
    expect(alpine).toMatchObject({ reliabilityScore: 50, mustHavesMet: false, incumbent: false });
    expect(hanse.technicalScore).toBeGreaterThan(alpine.technicalScore);

    const [best, single] = view.scenarios as Scenario[];
    expect(best).toMatchObject({ id: `${a.rfqId}/BEST_PRICE_PER_LINE`, status: 'OPTIMAL', stale: false });
    expect(best.result).toMatchObject({ totalCost: '520.00', supplierCount: 2, savingsVsSingleSupplier: '40.00', savingsVsEstimate: '80.00' });
    // A scenario of ordinary size is solved exactly, and says so.
    expect(best.result).toMatchObject({ gap: 0, provenOptimal: true });
    expect(alpineLines(best)).toEqual([expect.objectContaining({ lineKey: pumps(), quantity: '4', wholeLine: true })]);
    expect(single).toMatchObject({ id: `${a.rfqId}/SINGLE_SUPPLIER`, status: 'OPTIMAL' });
    expect(single.result).toMatchObject({ totalCost: '560.00', supplierCount: 1, savingsVsSingleSupplier: '0.00' });
    // No proposal yet: no "as proposed".
    expect(view.scenarios).toHaveLength(2);
  });

  it('solves a scenario per rule kind to the known allocation', async () => {
    const hanseAll = { totalCost: '560.00', supplierCount: 1 };
    expect((await solved({ rules: [{ kind: 'MAX_SUPPLIERS', count: 1 }] })).result).toMatchObject(hanseAll);
    expect((await solved({ rules: [{ kind: 'MIN_SUPPLIERS', count: 2 }] })).result).toMatchObject({ totalCost: '520.00', supplierCount: 2 });
    expect((await solved({ rules: [{ kind: 'EXCLUDE_SUPPLIERS', invitationIds: [a.alpineInv] }] })).result).toMatchObject(hanseAll);
    expect((await solved({ rules: [{ kind: 'MIN_RELIABILITY', minScore: 70 }] })).result).toMatchObject(hanseAll);
    expect((await solved({ rules: [{ kind: 'MIN_TECHNICAL', minScore: 70 }] })).result).toMatchObject(hanseAll);
    expect((await solved({ rules: [{ kind: 'MUST_HAVES_REQUIRED' }] })).result).toMatchObject(hanseAll);
    const lots = await solved({ lineGroups: [{ key: 'all', name: 'Pumps with seals', lineKeys: a.lineKeys }], rules: [{ kind: 'LOTS_TOGETHER' }] });
    expect(lots.result).toMatchObject(hanseAll);

    // No one above 60 % of the value: Alpine keeps 3 of the 4 pumps (270 of 530).
    const share = await solved({ rules: [{ kind: 'SHARE', basis: 'VALUE', maxPercent: 60 }] });
    expect(share.result).toMatchObject({ totalCost: '530.00', split: true });
    expect(alpineLines(share)).toEqual([expect.objectContaining({ lineKey: pumps(), quantity: '3', wholeLine: false })]);
    expect(hanseLines(share).map((l) => [l.lineKey, l.quantity])).toEqual([[pumps(), '1'], [seals(), '8']]);
    expect(share.result!.rulePrices).toEqual([expect.objectContaining({ ruleId: 'r1', totalCostWithout: '520.00', costOfRule: '10.00' })]);

    // The incumbent keeps half of the value: 2 pumps go back to Hanse.
    const incumbent = await solved({ rules: [{ kind: 'INCUMBENT_RETENTION', basis: 'VALUE', minPercent: 50 }] });
    expect(incumbent.result).toMatchObject({ totalCost: '540.00' });
    expect(alpineLines(incumbent)).toEqual([expect.objectContaining({ lineKey: pumps(), quantity: '2' })]);

    // Whole lines as well: only Hanse alone keeps the incumbent at half; each rule's price says so.
    const whole = await solved({ rules: [{ kind: 'INCUMBENT_RETENTION', basis: 'VALUE', minPercent: 50 }, { kind: 'WHOLE_LINES' }] });
    expect(whole.result).toMatchObject(hanseAll);
    expect(whole.result!.rulePrices.map((p) => [p.ruleId, p.totalCostWithout, p.costOfRule])).toEqual([
      ['r1', '520.00', '40.00'],
      ['r2', '540.00', '20.00'],
    ]);

    // The best score (Hanse's) within a budget of 530: Alpine must take 3 pumps.
    const score = await solved({ objective: 'MAX_SCORE', budget: '530.00' });
    expect(score.result).toMatchObject({ totalCost: '530.00' });

    // Capacity: Alpine quoted 2 of the 4 pumps (RFQ b, still in EVALUATION).
    const capacity = await solved({ rules: [{ kind: 'CAPACITY' }] }, b.rfqId);
    expect(capacity.result).toMatchObject({ totalCost: '540.00' });
    expect(capacity.result!.suppliers.find((s) => s.invitationId === b.alpineInv)!.lines).toEqual([expect.objectContaining({ lineKey: b.lineKeys[0], quantity: '2' })]);
    expect(capacity.result!.rulePrices).toEqual([expect.objectContaining({ costOfRule: '20.00' })]);
  }, 300_000);

  it('names both rules of an infeasible pair, in the buyer’s words', async () => {
    const s = await solved({ rules: [{ kind: 'SHARE', basis: 'VALUE', maxPercent: 60 }, { kind: 'WHOLE_LINES' }] });
    expect(s.status).toBe('INFEASIBLE');
    expect(s.result!.conflict!.rules.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(s.result!.conflict!.explanation).toContain('Each supplier: at most 60 % of the value');
    expect(s.result!.conflict!.explanation).toContain('Whole lines only');
    expect(s.result!.conflict!.budget).toBe(false);
  }, 120_000);

  it('refuses bad input with the field named and a stable rule', async () => {
    const bad = async (input: Record<string, unknown>) => (await w.as.buyer.error(OPS.create, { input: { rfqId: a.rfqId, name: 'Bad', objective: 'MIN_COST', ...input } })).extensions;
    expect(await bad({ rules: [{ kind: 'EXCLUDE_SUPPLIERS', invitationIds: [b.alpineInv] }] })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.rules.0.invitationIds.0', rule: 'UNKNOWN_SUPPLIER' });
    expect(await bad({ rules: [{ kind: 'MAX_SUPPLIERS' }] })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.rules.0.count', rule: 'REQUIRED' });
    expect(await bad({ rules: [{ kind: 'CAPACITY' }, { kind: 'MAX_SUPPLIERS', count: 2, basis: 'VALUE' }] })).toMatchObject({ field: 'input.rules.1.basis', rule: 'NOT_FOR_KIND' });
    expect(await bad({ rules: [{ kind: 'SHARE', basis: 'VALUE', maxPercent: 120 }] })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.rules.0.maxPercent' });
    expect(await bad({ rules: [{ kind: 'SHARE', basis: 'VALUE', minPercent: 50, maxPercent: 40 }] })).toMatchObject({ field: 'input.rules.0.minPercent', rule: 'MIN_ABOVE_MAX' });
    expect(await bad({ rules: [{ kind: 'WHOLE_LINES', lineKeys: [pumps(), 'nope'] }] })).toMatchObject({ field: 'input.rules.0.lineKeys.1', rule: 'UNKNOWN_LINE' });
    expect(await bad({ rules: [{ kind: 'SHARE', basis: 'VALUE', maxPercent: 50, lineGroupKey: 'x' }] })).toMatchObject({ field: 'input.rules.0.lineGroupKey', rule: 'UNKNOWN_LINE_GROUP' });
    expect(await bad({ budget: '100.00' })).toMatchObject({ field: 'input.budget', rule: 'NOT_FOR_OBJECTIVE' });
    expect(await bad({ name: '  ' })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.name' });
    const built = (await w.as.buyer.error(OPS.solve, { id: `${a.rfqId}/BEST_PRICE_PER_LINE` })).extensions;
    expect(built).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id', rule: 'BUILT_IN' });
  });

  it('lets only the buying side of the organization read them, and only buyers change them', async () => {
    expect((await w.as.supplier.error(OPS.list, { rfqId: a.rfqId })).extensions?.code).toBe('FORBIDDEN');
    const other = await secondTenant(app);
    expect((await other.client.error(OPS.list, { rfqId: a.rfqId })).extensions?.code).toBe('NOT_FOUND');
    const created = (await w.as.buyer.ok(OPS.create, { input: { rfqId: a.rfqId, name: 'Mine', objective: 'MIN_COST' } }))['createAwardScenario'];
    expect((await other.client.error(OPS.solve, { id: created.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await w.as.supplier.error(OPS.remove, { id: created.id })).extensions?.code).toBe('FORBIDDEN');
    const specifierView = (await w.as.specifier.ok(OPS.list, { rfqId: a.rfqId }))['awardScenarios'];
    expect(specifierView.canEdit).toBe(false);
    expect((await w.as.specifier.error(OPS.create, { input: { rfqId: a.rfqId, name: 'No', objective: 'MIN_COST' } })).extensions?.code).toBe('FORBIDDEN');
    expect(await w.as.buyer.ok(OPS.remove, { id: created.id })).toEqual({ deleteAwardScenario: created.id });
    const ids = (await w.as.buyer.ok(OPS.list, { rfqId: a.rfqId }))['awardScenarios'].scenarios.map((s: { id: string }) => s.id);
    expect(ids).not.toContain(created.id);
  });

  it('honours a conditional offer when its condition holds, and marks results solved before it stale', async () => {
    const single = await solved({ rules: [{ kind: 'MAX_SUPPLIERS', count: 1 }] });
    expect(hanseLines(single)).toHaveLength(2);
    // Alpine: 30.00 off if awarded at least 500.00 — all of it (568.00) then costs 538.00, less than Hanse's 560.00.
    await addConditionalDiscounts(a.alpineInv, [{ type: 'AMOUNT', value: '30.00', minValue: '500.00', lineKeys: [], note: 'Volume' }]);
    const listed = (await w.as.buyer.ok(OPS.list, { rfqId: a.rfqId }))['awardScenarios'];
    expect(listed.scenarios.find((s: Scenario) => s.id === single.id).stale).toBe(true);
    expect(listed.bestSingleSupplierTotal).toBe('538.00');

    const again = (await w.as.buyer.ok(OPS.solve, { id: single.id }))['solveAwardScenario'] as Scenario;
    expect(again.stale).toBe(false);
    expect(again.result).toMatchObject({ totalCost: '538.00', discountTotal: '30.00', supplierCount: 1 });
    expect(again.result!.suppliers).toEqual([expect.objectContaining({ invitationId: a.alpineInv, value: '568.00', discount: '30.00' })]);
    // The best price per line (520.00) gives Alpine only 360.00: the condition does not hold there.
    const best = listed.scenarios.find((s: Scenario) => s.id === `${a.rfqId}/BEST_PRICE_PER_LINE`);
    expect(best.result).toMatchObject({ totalCost: '520.00', discountTotal: '0.00' });
  }, 120_000);

  it('hands a split scenario to the award proposal, which reaches the decider and whose decision record shows it', async () => {
    const share = await solved({ name: '60 % cap', rules: [{ kind: 'SHARE', basis: 'VALUE', maxPercent: 60 }] });
    // Not every line goes to the first place (Hanse): say why.
    const unjustified = await w.as.buyer.error(OPS.propose, { input: { scenarioId: share.id } });
    expect(unjustified.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.justification' });

    const proposal = (await w.as.buyer.ok(OPS.propose, { input: { scenarioId: share.id, justification: 'No supplier above 60 %' } }))['proposeAwardFromScenario'];
    expect(proposal).toMatchObject({ status: 'PENDING', totalValue: '530.00', followsRanking: false, scenarioId: share.id, scenarioName: '60 % cap' });
    const parts = proposal.lines.map((l: { lineKey: string; invitationId: string; quantity: string; total: string }) => [l.lineKey, l.invitationId, l.quantity, l.total]);
    expect(parts).toEqual(
      expect.arrayContaining([
        [pumps(), a.alpineInv, '3', '270.00'],
        [pumps(), a.hanseInv, '1', '100.00'],
        [seals(), a.hanseInv, '8', '160.00'],
      ]),
    );
    expect(parts).toHaveLength(3);

    const inbox = (await w.as.decider.ok(AWARD_OPS.inbox))['deciderInbox'].items;
    expect(inbox.map((p: { id: string }) => p.id)).toContain(proposal.id);
    // "As proposed" now appears among the built-ins, evaluating the proposal's split.
    const asProposed = (await w.as.buyer.ok(OPS.list, { rfqId: a.rfqId }))['awardScenarios'].scenarios.find((s: Scenario) => s.id === `${a.rfqId}/AS_PROPOSED`);
    expect(asProposed.result).toMatchObject({ totalCost: '530.00', split: true });

    await w.as.decider.ok(AWARD_OPS.approve, { proposalId: proposal.id });
    const record = await (await fetch(`${app.url}/api/cases/${a.caseId}/decision-record.json`, { headers: { cookie: w.as.buyer.sessionCookie! } })).json();
    expect(record.scenario).toMatchObject({ id: share.id, name: '60 % cap', kind: 'CUSTOM', objective: 'MIN_COST', rules: [{ id: 'r1', kind: 'SHARE', description: 'Each supplier: at most 60 % of the value' }] });
    expect(record.scenario.result).toMatchObject({ totalCost: '530.00', supplierCount: 2 });
    expect(record.scenario.rulePrices).toEqual([expect.objectContaining({ ruleId: 'r1', totalCostWithout: '520.00', costOfRule: '10.00' })]);
    expect(record.award.lines).toHaveLength(3);
    const pdf = await fetch(`${app.url}/api/cases/${a.caseId}/decision-record.pdf`, { headers: { cookie: w.as.buyer.sessionCookie! } });
    expect(pdf.status).toBe(200);

    // Awarded: the scenarios are read only now.
    expect((await w.as.buyer.error(OPS.solve, { id: share.id })).extensions).toMatchObject({ code: 'STAGE_LOCKED' });
  }, 180_000);

  /** Writes conditional offers into the supplier's latest submitted revision (sealed as the server seals it). */
  async function addConditionalDiscounts(invitationId: string, discounts: unknown[]): Promise<void> {
    const [r] = await app.dataSource.query(
      `SELECT r.quote_id, r.revision, r.sealed FROM quote_revision r JOIN quote q ON q.id = r.quote_id WHERE q.invitation_id = $1 ORDER BY r.revision DESC LIMIT 1`,
      [invitationId],
    );
    const seal = app.running.app.get(SealService);
    const aad = `quote:${r.quote_id}:revision:${r.revision}`;
    const content = seal.open<Record<string, unknown>>(r.sealed, aad);
    await app.dataSource.transaction(async (em) => {
      await em.query(`ALTER TABLE quote_revision DISABLE TRIGGER quote_revision_append_only`);
      await em.query(`UPDATE quote_revision SET sealed = $3 WHERE quote_id = $1 AND revision = $2`, [r.quote_id, r.revision, seal.seal({ ...content, conditionalDiscounts: discounts }, aad)]);
      await em.query(`ALTER TABLE quote_revision ENABLE TRIGGER quote_revision_append_only`);
    });
  }
});
