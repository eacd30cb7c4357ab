import { reliabilityScore } from '@bc/api/suppliers';
import { DEFAULT_CRITERIA, lineTotal, PerformanceEventKind, QualificationStatus, quoteTotal, rankSuppliers, RequirementKind, scoreSuppliers, sumMoney } from '@bc/shared/domain';
import { showcaseSuppliers } from './showcase-data';
import { ALPINE, DONAUTECHNIK, HANSAFLUID, HANSE, HAVELFLUID, MOSELMETALL, SHOWCASE_SCENARIOS, SUEDHYDRAULIK } from './showcase-scenarios-data';

/**
 * The showcase's case for award scenarios (issue 16): the data alone must already make the
 * scenarios differ, computed by the same rules the comparison and the evaluation apply.
 */
describe('the showcase case for award scenarios', () => {
  const { earlier, rebuy } = SHOWCASE_SCENARIOS;
  const spec = earlier.specification;
  const bidders = rebuy.bidders;
  const directory = new Map(showcaseSuppliers().map((s) => [s.name, s]));
  const inDirectory = (name: string) => {
    const found = directory.get(name);
    if (!found) throw new Error(`${name} is not in the showcase directory`);
    return found;
  };
  const bidder = (name: string) => {
    const found = bidders.find((b) => b.name === name);
    if (!found) throw new Error(`${name} does not bid`);
    return found;
  };

  /** A bidder's quote lines as the seed submits them: the capacity where given, else the line's quantity. */
  const linesOf = (name: string) => {
    const b = bidder(name);
    return spec.lines.map((l, i) => ({ unitPrice: b.quote.prices[i], quantity: String(b.quote.capacities?.[i] ?? l.quantity) }));
  };
  /** The comparison's total: the quoted quantity times the unit price, summed over the lines. */
  const totals = new Map(bidders.map((b) => [b.name, quoteTotal(linesOf(b.name)) ?? '0.00']));
  const cheapest = [...totals.entries()].sort((a, b) => Number(a[1]) - Number(b[1]));
  /** The comparison's best offer per line: the lowest line total among the offers for the whole quantity. */
  const bestPerLine = spec.lines.map((l, i) => {
    const full = bidders.filter((b) => b.quote.capacities?.[i] === undefined);
    return full.reduce((best, b) => (Number(b.quote.prices[i]) < Number(best.quote.prices[i]) ? b : best)).name;
  });
  /** Reliability as the directory computes it from the history the showcase imports. */
  const reliability = (name: string): number | null => {
    const events = inDirectory(name).performance;
    const deliveries = events.filter((e) => e.kind === PerformanceEventKind.DELIVERY);
    return reliabilityScore({
      deliveries: deliveries.length,
      lateDeliveries: deliveries.filter((e) => !e.onTime).length,
      qualityIncidents: events.filter((e) => e.kind === PerformanceEventKind.QUALITY_INCIDENT).length,
      awards: 0,
    });
  };

  it('is a leverage buy of 13 lines in pieces, sets and kg, quoted by 8 suppliers of the directory, none blocked', () => {
    expect(spec.lines).toHaveLength(13);
    expect(new Set(spec.lines.map((l) => l.unit))).toEqual(new Set(['pcs', 'set', 'kg']));
    expect(DEFAULT_CRITERIA[earlier.importance].map((c) => c.key).sort()).toEqual(['DELIVERY', 'PRICE', 'QUALITY', 'RELIABILITY']);
    expect(bidders).toHaveLength(8);
    expect(new Set(bidders.map((b) => b.name)).size).toBe(8);
    for (const b of bidders) {
      expect(inDirectory(b.name).status).not.toBe(QualificationStatus.BLOCKED);
      expect(b.quote.prices).toHaveLength(spec.lines.length);
      for (const p of b.quote.prices) expect(Number(p)).toBeGreaterThan(0);
      expect(b.quotedDaysAgo).toBeLessThan(rebuy.publishedDaysAgo);
      expect(b.quotedDaysAgo).toBeGreaterThan(rebuy.closedDaysAgo);
    }
    // The demo companies quote as their portal users, so a supplier sees its conditional offer in the portal.
    expect(bidders.filter((b) => b.portal).map((b) => [b.name, b.portal])).toEqual([
      [ALPINE, 'alpine'],
      [HANSE, 'hanse'],
    ]);
    // The others sign in as their directory contact: one account each.
    const contacts = bidders.filter((b) => !b.portal).map((b) => inDirectory(b.name).contact.email);
    expect(new Set(contacts).size).toBe(contacts.length);
  });

  it('ranks first the cheapest total, which is the best price on only a few lines: the best prices split across five suppliers', () => {
    const results = scoreSuppliers({
      criteria: DEFAULT_CRITERIA[earlier.importance],
      suppliers: bidders.map((b) => ({ id: b.name, name: b.name, comparableTotal: totals.get(b.name) ?? null, performanceScore: reliability(b.name) })),
      scores: bidders.flatMap((b) => [
        { criterionKey: 'QUALITY', supplierId: b.name, evaluatorId: 'specifier', score: b.quality[0], comment: b.quality[1], counted: true },
        { criterionKey: 'DELIVERY', supplierId: b.name, evaluatorId: 'buyer', score: b.delivery[0], comment: b.delivery[1], counted: true },
      ]),
    });
    const ranking = rankSuppliers(results);
    expect(ranking.complete).toBe(true);
    expect(ranking.entries[0].supplierName).toBe(MOSELMETALL);
    expect(cheapest[0][0]).toBe(MOSELMETALL);

    const rankOneLines = bestPerLine.filter((name) => name === MOSELMETALL).length;
    expect(rankOneLines).toBeGreaterThan(0);
    expect(rankOneLines).toBeLessThan(spec.lines.length / 2);
    const winners = new Set(bestPerLine);
    expect(winners.size).toBeGreaterThanOrEqual(4);
    expect(winners.size).toBeLessThanOrEqual(6);
    // Every line at its best price is visibly cheaper than everything to rank 1.
    const perLine = sumMoney(spec.lines.map((l, i) => lineTotal({ unitPrice: bidder(bestPerLine[i]).quote.prices[i], quantity: String(l.quantity) }) ?? '0.00'));
    expect(Number(totals.get(MOSELMETALL)) - Number(perLine)).toBeGreaterThan(5000);
  });

  it('has the incumbent, not the cheapest, shortlisted by the rebuy itself', () => {
    expect(bidders[0].name).toBe(earlier.incumbent);
    expect(cheapest.findIndex(([name]) => name === earlier.incumbent)).toBeGreaterThan(2);
    expect(bestPerLine).not.toContain(earlier.incumbent);
  });

  it('has two suppliers whose capacity is below the quantity on some lines, at the lowest unit price there', () => {
    const limited = bidders.filter((b) => b.quote.capacities);
    expect(limited.map((b) => b.name)).toEqual([SUEDHYDRAULIK, HANSAFLUID]);
    for (const b of limited) {
      for (const [i, capacity] of Object.entries(b.quote.capacities ?? {})) {
        const line = spec.lines[Number(i)];
        expect(capacity).toBeGreaterThan(0);
        expect(capacity).toBeLessThan(line.quantity);
        const lowest = Math.min(...bidders.map((x) => Number(x.quote.prices[Number(i)])));
        expect(Number(b.quote.prices[Number(i)])).toBe(lowest);
      }
    }
  });

  it('has one supplier below reliability 70 with very good prices, the others at 70 or more', () => {
    const scores = new Map(bidders.map((b) => [b.name, reliability(b.name)]));
    expect([...scores.entries()].filter(([, r]) => r === null || r < 70).map(([name]) => name)).toEqual([HAVELFLUID]);
    expect(scores.get(HAVELFLUID)).toBeLessThan(60);
    expect(cheapest[1][0]).toBe(HAVELFLUID);
    expect(bestPerLine.filter((name) => name === HAVELFLUID).length).toBeGreaterThanOrEqual(3);
  });

  it('has one supplier not meeting a must-have, with a comment, and the best price on some lines', () => {
    const failing = bidders.filter((b) => b.quote.notMet);
    expect(failing.map((b) => b.name)).toEqual([DONAUTECHNIK]);
    for (const [i, comment] of Object.entries(failing[0].quote.notMet ?? {})) {
      expect(spec.requirements[Number(i)].kind).toBe(RequirementKind.MUST_HAVE);
      expect(comment.length).toBeGreaterThan(20);
    }
    expect(bestPerLine).toContain(DONAUTECHNIK);
  });

  it('has a conditional discount by value (Hanse) and one by lines (Alpine)', () => {
    const offers = bidders.flatMap((b) => (b.quote.conditionalDiscounts ?? []).map((d) => ({ name: b.name, ...d })));
    expect(offers).toEqual([
      { name: ALPINE, type: 'AMOUNT', value: '1500.00', minValue: null, lines: [0, 1, 2], note: expect.any(String) },
      { name: HANSE, type: 'PERCENT', value: '3', minValue: '40000.00', lines: [], note: expect.any(String) },
    ]);
    // Reachable: Hanse's whole quote is worth more than the minimum.
    expect(Number(totals.get(HANSE))).toBeGreaterThan(40_000);
  });

  it('scores every bidder on technical fit and on lead time and terms, 0 to 10 with a comment', () => {
    for (const b of bidders) {
      for (const [score, comment] of [b.quality, b.delivery]) {
        expect(Number.isInteger(score) && score >= 0 && score <= 10).toBe(true);
        expect(comment.length).toBeGreaterThan(10);
      }
    }
  });
});
