import { ImportanceClass, PurchaseType } from '@bc/shared/domain';
import { finishedAfter, HISTORY_SUPPLIERS, showcaseHistory } from './showcase-history-data';
import { showcaseSuppliers } from './showcase-data';

describe('the showcase history', () => {
  const history = showcaseHistory();
  const awarded = history.filter((c) => !c.cancelled);
  const awardedDaysAgo = (c: (typeof history)[number]) => c.openedDaysAgo - finishedAfter(c);

  it('is the same on every machine, with titles of their own', () => {
    expect(showcaseHistory()).toEqual(history);
    expect(new Set(history.map((c) => c.title)).size).toBe(history.length);
  });

  it('awards across the year before the seed, every case finished before the story ends', () => {
    expect(awarded.length).toBeGreaterThanOrEqual(35);
    const months = new Set(awarded.map((c) => Math.floor(awardedDaysAgo(c) / 30.4)));
    expect(months.size).toBeGreaterThanOrEqual(10);
    for (const c of awarded) {
      expect(awardedDaysAgo(c)).toBeGreaterThan(2);
      expect(c.openedDaysAgo).toBeLessThan(395);
    }
  });

  it('buys from its own portal suppliers, never from the showcase directory’s names (Hanse and Alpine stay out)', () => {
    const directory = new Set(showcaseSuppliers().map((s) => s.name));
    for (const s of HISTORY_SUPPLIERS) expect(directory.has(s.name)).toBe(false);
    const keys = new Set(HISTORY_SUPPLIERS.map((s) => s.key));
    for (const c of history) for (const q of c.quotes) expect(keys.has(q.supplier)).toBe(true);
  });

  it('has cancelled cases, negotiated ones (the final offer better), foreign currencies and moved closings', () => {
    expect(history.filter((c) => c.cancelled).length).toBeGreaterThanOrEqual(4);
    const negotiated = awarded.filter((c) => c.negotiated);
    expect(negotiated.length).toBeGreaterThanOrEqual(3);
    for (const c of negotiated) for (const q of c.quotes) q.finalPrices?.forEach((p, i) => expect(Number(p)).toBeLessThan(Number(q.prices[i])));
    const currencies = new Set(awarded.flatMap((c) => c.quotes.map((q) => HISTORY_SUPPLIERS.find((s) => s.key === q.supplier)?.currency)));
    expect([...currencies].sort()).toEqual(['CHF', 'EUR', 'PLN']);
    expect(awarded.filter((c) => c.extendedByDays > 0).length).toBeGreaterThanOrEqual(2);
    expect(awarded.filter((c) => c.quotes.length < c.invited.length + c.uninvitedDirectorySuppliers).length).toBeGreaterThan(5);
  });

  it('rebuys earlier awards months after them, from the incumbent', () => {
    const rebuys = history.filter((c) => c.purchaseType === PurchaseType.STRAIGHT_REBUY);
    expect(rebuys.length).toBeGreaterThanOrEqual(4);
    for (const r of rebuys) {
      const source = history[r.rebuyOf ?? -1];
      expect(source.cancelled).toBeNull();
      expect(r.openedDaysAgo).toBeLessThan(awardedDaysAgo(source) - 30);
      expect(r.invited).toEqual([source.winner]);
      expect(r.lines).toEqual(source.lines);
    }
  });

  it('delivers on time and late, with quality incidents', () => {
    const deliveries = awarded.flatMap((c) => c.deliveries.filter((d) => awardedDaysAgo(c) - d.afterDays >= 1));
    expect(deliveries.filter((d) => d.onTime).length).toBeGreaterThan(deliveries.filter((d) => !d.onTime).length);
    expect(deliveries.filter((d) => !d.onTime).length).toBeGreaterThanOrEqual(5);
    expect(deliveries.filter((d) => d.qualityIncidents > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('chooses some classes against what the category suggests', () => {
    const classes = (category: string) => new Set(history.filter((c) => c.category === category).map((c) => c.importance));
    expect(classes('35125100-7')).toEqual(new Set([ImportanceClass.BOTTLENECK, ImportanceClass.ROUTINE]));
    expect(classes('09211000-1').has(ImportanceClass.STRATEGIC)).toBe(true);
  });
});
