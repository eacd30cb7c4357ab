import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  consensus,
  CriterionKind,
  DEFAULT_APPROVAL_POLICY,
  DEFAULT_CRITERIA,
  ImportanceClass,
  QualificationStatus,
  requiredApprovals,
  Role,
} from '@bc/shared/domain';
import { DEMO_ORGANIZATIONS } from './demo-data';
import {
  DemoEvaluatedRfq,
  DemoQuote,
  DemoScore,
  SHOWCASE_AWARD_FLOW,
  SHOWCASE_CASES,
  SHOWCASE_CATEGORIES,
  SHOWCASE_CFO,
  SHOWCASE_COLLEAGUE,
  SHOWCASE_EVALUATION_SCORES,
  SHOWCASE_NEEDS,
  SHOWCASE_RFQS,
  showcaseSuppliers,
} from './showcase-data';
import { SHOWCASE_SCENARIOS } from './showcase-scenarios-data';

const cpv: Record<string, string> = JSON.parse(
  readFileSync(join(__dirname, '../../../../../migrations/src/data/cpv-2008-en.json'), 'utf8'),
);

describe('the showcase directory', () => {
  const suppliers = showcaseSuppliers();

  it('has a few hundred suppliers with unique names, the same on every machine', () => {
    expect(suppliers.length).toBe(320);
    expect(new Set(suppliers.map((s) => s.name)).size).toBe(suppliers.length);
    expect(showcaseSuppliers().map((s) => s.name)).toEqual(suppliers.map((s) => s.name));
  });

  it('has exactly one blocked supplier, with a reason', () => {
    const blocked = suppliers.filter((s) => s.status === QualificationStatus.BLOCKED);
    expect(blocked).toHaveLength(1);
    expect(blocked[0].blockedReason).toBeTruthy();
  });

  it('has suppliers with expired certificates and suppliers with valid ones', () => {
    const expired = suppliers.filter((s) => s.certificates.some((c) => c.validUntilDays < 0));
    const valid = suppliers.filter((s) => s.certificates.length > 0 && s.certificates.every((c) => c.validUntilDays > 0));
    expect(expired.length).toBeGreaterThan(10);
    expect(valid.length).toBeGreaterThan(100);
  });

  it('uses only real CPV codes and covers every showcase category', () => {
    for (const s of suppliers) for (const c of s.categories) expect(cpv[c]).toBeDefined();
    for (const c of SHOWCASE_CATEGORIES) {
      expect(cpv[c.code]).toBeDefined();
      expect(suppliers.some((s) => s.categories.includes(c.code))).toBe(true);
    }
    for (const n of SHOWCASE_NEEDS) if (n.category) expect(cpv[n.category]).toBeDefined();
    for (const k of ['awarded', 'specification', 'sourcing'] as const) expect(cpv[SHOWCASE_CASES[k].category]).toBeDefined();
  });

  it('gives the sourcing case enough suppliers to choose from', () => {
    const bearings = suppliers.filter(
      (s) => s.categories.includes(SHOWCASE_CASES.sourcing.category) && s.status !== QualificationStatus.BLOCKED,
    );
    expect(bearings.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the showcase award flow', () => {
  const flow: DemoEvaluatedRfq[] = Object.values(SHOWCASE_AWARD_FLOW);
  /** A quote's total in cents: quantity × unit price per line. */
  const cents = (rfq: DemoEvaluatedRfq, q: DemoQuote) =>
    rfq.specification.lines.reduce((sum, line, i) => sum + line.quantity * Math.round(Number(q.prices[i]) * 100), 0);
  const counted = (s: DemoScore) => s.evaluator !== 'advisor';
  const roleOf = { specifier: Role.SPECIFIER, colleague: Role.SPECIFIER, buyer: Role.BUYER, advisor: Role.ADVISOR } as const;

  it('gives every case a title of its own and real CPV categories', () => {
    const titles = [
      ...SHOWCASE_NEEDS.map((n) => n.title),
      ...Object.values(SHOWCASE_CASES).map((c) => c.title),
      ...Object.values(SHOWCASE_RFQS).map((c) => c.title),
      ...flow.map((c) => c.title),
      ...Object.values(SHOWCASE_SCENARIOS).map((c) => c.title),
    ];
    expect(new Set(titles).size).toBe(titles.length);
    for (const c of [...flow, ...Object.values(SHOWCASE_RFQS), SHOWCASE_SCENARIOS.earlier]) expect(cpv[c.category]).toBeDefined();
  });

  it('prices every line in every quote, the round target and the best and final offer', () => {
    for (const c of flow) {
      for (const q of [c.quotes.hanse, c.quotes.alpine]) {
        expect(q.prices).toHaveLength(c.specification.lines.length);
        for (const p of q.prices) expect(Number(p)).toBeGreaterThan(0);
      }
    }
    const n = SHOWCASE_AWARD_FLOW.negotiation;
    expect(n.round.hanse.prices).toHaveLength(n.specification.lines.length);
    // The offer moves towards the target without reaching it; a deadline a supplier can meet.
    expect(Number(n.round.hanse.prices[0])).toBeLessThan(Number(n.quotes.hanse.prices[0]));
    expect(Number(n.round.hanse.prices[0])).toBeGreaterThan(Number(n.round.target));
    expect(n.round.closesInDays).toBe(5);
  });

  it('scores every evaluator criterion of every quote in a role that counts, with a comment', () => {
    const cases: Array<{ importance: ImportanceClass; scores: DemoScore[] }> = [
      ...flow,
      { importance: SHOWCASE_RFQS.closed.importance, scores: SHOWCASE_EVALUATION_SCORES },
    ];
    for (const c of cases) {
      for (const criterion of DEFAULT_CRITERIA[c.importance]) {
        // Price from the totals; reliability from both suppliers' recorded deliveries.
        if (criterion.kind === CriterionKind.PRICE || criterion.kind === CriterionKind.RELIABILITY) continue;
        const scorer = criterion.kind === CriterionKind.TECHNICAL ? Role.SPECIFIER : Role.BUYER;
        for (const supplier of ['hanse', 'alpine'] as const) {
          const scores = c.scores.filter((s) => s.supplier === supplier && s.criterion === criterion.key && counted(s));
          expect(scores.length).toBeGreaterThan(0);
          for (const s of scores) expect(roleOf[s.evaluator]).toBe(scorer);
        }
      }
      for (const s of c.scores) {
        expect(Number.isInteger(s.score) && s.score >= 0 && s.score <= 10).toBe(true);
        expect(s.comment.length).toBeGreaterThan(10);
      }
    }
  });

  it('has exactly one wide spread in the evaluation, between the two specifiers, and one advisory score', () => {
    const cells = new Map<string, DemoScore[]>();
    for (const s of SHOWCASE_EVALUATION_SCORES) cells.set(`${s.supplier} ${s.criterion}`, [...(cells.get(`${s.supplier} ${s.criterion}`) ?? []), s]);
    const wide = [...cells.entries()].filter(([, scores]) =>
      consensus(scores.map((s) => ({ criterionKey: s.criterion, supplierId: s.supplier, evaluatorId: s.evaluator, score: s.score, comment: s.comment, counted: counted(s) }))).wideSpread,
    );
    expect(wide.map(([cell]) => cell)).toEqual(['alpine QUALITY']);
    expect(SHOWCASE_EVALUATION_SCORES.filter((s) => !counted(s))).toHaveLength(1);
  });

  it('proposes awards that one decider approves under the default policy', () => {
    const { decision, awarded } = SHOWCASE_AWARD_FLOW;
    for (const [c, winner] of [
      [decision, decision.quotes.hanse],
      [awarded, awarded.quotes.alpine],
    ] as const) {
      const value = cents(c, winner) / 100;
      expect(value).toBeLessThanOrEqual(10_000);
      expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, value, c.importance)).toEqual({ deciders: 1, gatekeeper: false });
      expect(c.justification.length).toBeGreaterThan(20);
      expect(c.skipReason.length).toBeGreaterThan(20);
    }
    // The awarded supplier is the cheaper one and scored better: the proposal follows the ranking.
    expect(cents(awarded, awarded.quotes.alpine)).toBeLessThan(cents(awarded, awarded.quotes.hanse));
  });

  it('adds a CFO as a second decider, outside the demo organizations the tests seed', () => {
    expect(SHOWCASE_CFO.roles).toEqual([Role.DECIDER]);
    expect(DEMO_ORGANIZATIONS.flatMap((o) => o.users).some((u) => u.email === SHOWCASE_CFO.email)).toBe(false);
  });

  it('adds a second specifier who is not among the printed demo users', () => {
    expect(SHOWCASE_COLLEAGUE.roles).toEqual([Role.SPECIFIER]);
    expect(DEMO_ORGANIZATIONS.flatMap((o) => o.users).some((u) => u.email === SHOWCASE_COLLEAGUE.email)).toBe(false);
  });
});
