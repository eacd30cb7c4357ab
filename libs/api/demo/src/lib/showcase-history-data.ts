import { ImportanceClass, Locale, PurchaseType, RequirementKind } from '@bc/shared/domain';
import { seededRandom } from './showcase-suppliers';

/**
 * A year of finished purchases before the showcase's open cases (issue 17, "Demo data with enough
 * history that every chart says something"): cases that went the whole way from specification to
 * an award and deliveries, some cancelled, rebuys of earlier ones. Generated from a fixed seed, so
 * every machine shows the same history; days count back from the story's anchor.
 *
 * The history buys from supplier companies of its own (each with a portal account, so they quote
 * through the portal), in four categories chosen so the analytics differ between them: steel
 * (leverage: high spend, two suppliers dominant), industrial robots (strategic: few large awards,
 * negotiated), sensors (bottleneck: one qualified supplier, single-sourced, quoted in CHF) and
 * lubricants (routine: small orders spread over several suppliers, the tail). Hanse and Alpine,
 * whose portals the browser suite walks through, take no part in it.
 */

export interface HistorySupplier {
  key: string;
  name: string;
  country: string;
  category: string;
  /** The currency it quotes in (the cases are in EUR; the buyer enters a rate after the closing). */
  currency: string;
  /** The value of one unit of `currency` in EUR, as the buyer enters it. */
  rateToEur: string;
  /** Its price level against the market (1 = the estimate's). */
  priceLevel: number;
  /** Its chance of a late delivery in the first and in the second half of the year (reliability that changes). */
  lateness: [number, number];
  /** Its chance of a quality incident per delivery. */
  incidents: number;
  /** Its chance of not answering an invitation. */
  silence: number;
  leadTimeDays: number;
  user: { email: string; name: string; locale: Locale };
}

export const HISTORY_SUPPLIERS: readonly HistorySupplier[] = [
  // Steel: Baltic is the cheapest when it answers, Nordstahl cheap and reliable; Baltic's deliveries get worse over the year.
  { key: 'nordstahl', name: 'Nordstahl Handel GmbH', country: 'DE', category: '14622000-7', currency: 'EUR', rateToEur: '1', priceLevel: 0.93, lateness: [0.1, 0.05], incidents: 0.05, silence: 0.05, leadTimeDays: 14, user: { email: 'vertrieb@nordstahl.example', name: 'Henrik Lund', locale: Locale.DE } },
  { key: 'ruhrblech', name: 'Ruhrblech Service-Center GmbH', country: 'DE', category: '14622000-7', currency: 'EUR', rateToEur: '1', priceLevel: 1.02, lateness: [0.15, 0.15], incidents: 0.05, silence: 0.2, leadTimeDays: 10, user: { email: 'angebote@ruhrblech.example', name: 'Sandra Kowalski', locale: Locale.DE } },
  { key: 'baltic', name: 'Baltic Steel Trading Sp. z o.o.', country: 'PL', category: '14622000-7', currency: 'PLN', rateToEur: '0.2315', priceLevel: 0.9, lateness: [0.15, 0.6], incidents: 0.2, silence: 0.25, leadTimeDays: 21, user: { email: 'sales@baltic-steel.example', name: 'Piotr Zielinski', locale: Locale.EN } },
  // Robots: two integrators, large awards.
  { key: 'weser', name: 'Weser Robotik GmbH', country: 'DE', category: '42997300-4', currency: 'EUR', rateToEur: '1', priceLevel: 1.0, lateness: [0.25, 0.1], incidents: 0.1, silence: 0, leadTimeDays: 70, user: { email: 'projekte@weser-robotik.example', name: 'Katrin Evers', locale: Locale.DE } },
  { key: 'lombarda', name: 'Lombarda Automazione S.p.A.', country: 'IT', category: '42997300-4', currency: 'EUR', rateToEur: '1', priceLevel: 0.96, lateness: [0.4, 0.4], incidents: 0.15, silence: 0, leadTimeDays: 84, user: { email: 'offerte@lombarda-automazione.example', name: 'Giulia Ferri', locale: Locale.EN } },
  // Sensors: the one qualified maker of the probes, Swiss, quotes in CHF.
  { key: 'saentis', name: 'Säntis Messtechnik AG', country: 'CH', category: '35125100-7', currency: 'CHF', rateToEur: '1.0640', priceLevel: 1.08, lateness: [0.2, 0.3], incidents: 0.1, silence: 0, leadTimeDays: 42, user: { email: 'sales@saentis-messtechnik.example', name: 'Urs Brunner', locale: Locale.DE } },
  // Lubricants: small orders, spread.
  { key: 'elbe', name: 'Elbe Schmiertechnik GmbH', country: 'DE', category: '09211000-1', currency: 'EUR', rateToEur: '1', priceLevel: 1.0, lateness: [0.1, 0.1], incidents: 0.02, silence: 0.2, leadTimeDays: 5, user: { email: 'bestellung@elbe-schmiertechnik.example', name: 'Ole Petersen', locale: Locale.DE } },
  { key: 'mainoel', name: 'Mainöl Service KG', country: 'DE', category: '09211000-1', currency: 'EUR', rateToEur: '1', priceLevel: 1.0, lateness: [0.3, 0.1], incidents: 0.05, silence: 0.2, leadTimeDays: 7, user: { email: 'info@mainoel.example', name: 'Birgit Hahn', locale: Locale.DE } },
  { key: 'danube', name: 'Danube Lubricants s.r.o.', country: 'CZ', category: '09211000-1', currency: 'EUR', rateToEur: '1', priceLevel: 1.0, lateness: [0.2, 0.2], incidents: 0.05, silence: 0.3, leadTimeDays: 9, user: { email: 'sales@danube-lubricants.example', name: 'Tomáš Dvořák', locale: Locale.EN } },
];

/** The categories the history buys in; the showcase's open cases buy in others, so tests tell them apart by category. */
export const HISTORY_CATEGORIES = ['14622000-7', '42997300-4', '35125100-7', '09211000-1'] as const;

interface CategoryPlan {
  category: string;
  importance: ImportanceClass;
  suppliers: string[];
  /** Cases of the year (new tasks); rebuys come on top. */
  cases: number;
  items: Array<{ description: string; unit: string; quantity: [number, number]; unitPrice: number }>;
  /** Share of the cases negotiated in a round. */
  negotiated: number;
  /** The class some buyers chose instead (the data suggests `importance`), and how often. */
  otherClass?: { importance: ImportanceClass; share: number };
  /** Straight rebuys of earlier awards (single-sourced with a justification). */
  rebuys: number;
  /** How far a quote strays from the supplier's price level (a commodity's prices move more). */
  spread: [number, number];
}

const CATEGORIES: readonly CategoryPlan[] = [
  {
    category: '14622000-7',
    importance: ImportanceClass.LEVERAGE,
    suppliers: ['nordstahl', 'ruhrblech', 'baltic'],
    cases: 10,
    items: [
      { description: 'Steel sheet S355MC, 3 mm, laser-cut blanks', unit: 't', quantity: [20, 60], unitPrice: 1180 },
      { description: 'Hollow section S355J2H 80×80×5', unit: 'm', quantity: [1500, 4000], unitPrice: 14.2 },
      { description: 'Bright steel bar C45, Ø 40 mm', unit: 'm', quantity: [1500, 4000], unitPrice: 9.6 },
    ],
    negotiated: 0.3,
    otherClass: { importance: ImportanceClass.ROUTINE, share: 0.2 },
    rebuys: 2,
    spread: [0.95, 1.06],
  },
  {
    category: '42997300-4',
    importance: ImportanceClass.STRATEGIC,
    suppliers: ['weser', 'lombarda'],
    cases: 3,
    items: [
      { description: 'Six-axis welding robot cell with positioner', unit: 'pcs', quantity: [1, 2], unitPrice: 148000 },
      { description: 'Palletising robot with safety fence and conveyor interface', unit: 'pcs', quantity: [1, 1], unitPrice: 96000 },
    ],
    negotiated: 1,
    rebuys: 0,
    spread: [0.95, 1.06],
  },
  {
    category: '35125100-7',
    importance: ImportanceClass.BOTTLENECK,
    suppliers: ['saentis'],
    cases: 4,
    items: [
      { description: 'Touch probe for in-process gauging, radio transmission', unit: 'pcs', quantity: [4, 12], unitPrice: 1450 },
      { description: 'Laser displacement sensor, 0.5 µm resolution', unit: 'pcs', quantity: [6, 20], unitPrice: 820 },
    ],
    negotiated: 0,
    otherClass: { importance: ImportanceClass.ROUTINE, share: 0.5 },
    rebuys: 3,
    spread: [0.97, 1.03],
  },
  {
    category: '09211000-1',
    importance: ImportanceClass.ROUTINE,
    suppliers: ['elbe', 'mainoel', 'danube'],
    cases: 12,
    items: [
      { description: 'Hydraulic oil HLP 46, 208 l drum', unit: 'drum', quantity: [4, 16], unitPrice: 395 },
      { description: 'Multipurpose grease NLGI 2, 18 kg pail', unit: 'pail', quantity: [10, 40], unitPrice: 118 },
      { description: 'Cutting fluid concentrate, 200 l', unit: 'drum', quantity: [2, 8], unitPrice: 640 },
    ],
    negotiated: 0,
    otherClass: { importance: ImportanceClass.STRATEGIC, share: 0.15 },
    rebuys: 2,
    spread: [0.85, 1.15],
  },
];

export interface HistoryQuote {
  supplier: string;
  /** Unit prices by line, in the supplier's currency. */
  prices: string[];
  /** Unit prices of the best and final offer, when the case is negotiated. */
  finalPrices?: string[];
  leadTimeDays: number;
  /** Quoted at this fraction of the bidding period. */
  at: number;
}

export interface HistoryDelivery {
  /** Days after the award. */
  afterDays: number;
  onTime: boolean;
  qualityIncidents: number;
}

export interface HistoryCase {
  /** Unique, with a running number per category, so that a tester finds a case by its title. */
  title: string;
  category: string;
  importance: ImportanceClass;
  purchaseType: PurchaseType;
  /** Index (in the list) of the awarded case it rebuys. */
  rebuyOf: number | null;
  estimatedValue: string;
  lines: Array<{ description: string; quantity: number; unit: string }>;
  /** The days (before the anchor) the case is opened. */
  openedDaysAgo: number;
  specificationDays: number;
  sourcingDays: number;
  rfqDraftDays: number;
  biddingDays: number;
  /** The closing time moved this many days later, halfway through the bidding. */
  extendedByDays: number;
  /** Invited: the category's portal suppliers, and directory suppliers without portal (never answer). */
  invited: string[];
  uninvitedDirectorySuppliers: number;
  quotes: HistoryQuote[];
  /** The supplier that declines the invitation (answers, but with no quote). */
  declined: string | null;
  evaluationDays: number;
  negotiated: boolean;
  decisionDays: number;
  /** The winner (the best final price). */
  winner: string;
  deliveries: HistoryDelivery[];
  /** Cancelled at this stage with this reason, instead of awarded. */
  cancelled: { at: 'SPECIFICATION' | 'SOURCING'; reason: string } | null;
}

const DAY_FIRST = 372;
const DAY_LAST = 40;

const money = (n: number) => n.toFixed(2);

type Draft = { plan: CategoryPlan; opened: number; rebuyOf: number | null; cancelled: HistoryCase['cancelled'] };
interface Draw {
  rnd: () => number;
  between: (a: number, b: number) => number;
  int: (a: number, b: number) => number;
}

function supplierOf(key: string): HistorySupplier {
  const s = HISTORY_SUPPLIERS.find((x) => x.key === key);
  if (!s) throw new Error(`History supplier ${key} is missing`);
  return s;
}

/** The history, oldest case first. */
export function showcaseHistory(): HistoryCase[] {
  const rnd = seededRandom(20261207);
  const between = (a: number, b: number) => a + rnd() * (b - a);
  const int = (a: number, b: number) => Math.floor(between(a, b + 1));
  const draw: Draw = { rnd, between, int };
  const make = (d: Draft, rebuyOf: number | null, source: HistoryCase | null) => makeCase(draw, counters, d, rebuyOf, source);
  const cases: HistoryCase[] = [];
  const counters = new Map<string, number>();

  const drafts: Draft[] = [];
  for (const plan of CATEGORIES) {
    for (let i = 0; i < plan.cases; i++) {
      const opened = DAY_FIRST - ((DAY_FIRST - DAY_LAST + 20) * (i + rnd() * 0.8)) / plan.cases;
      drafts.push({ plan, opened, rebuyOf: null, cancelled: null });
    }
  }
  // Some purchases that never got to an RFQ.
  const reasons = [
    { at: 'SPECIFICATION' as const, reason: 'The customer order behind it was cancelled.' },
    { at: 'SOURCING' as const, reason: 'Budget frozen for the quarter; the need will be raised again next year.' },
    { at: 'SPECIFICATION' as const, reason: 'Covered by the existing framework agreement after all.' },
    { at: 'SOURCING' as const, reason: 'The line conversion was postponed by the plant manager.' },
  ];
  reasons.forEach((r, i) => drafts.push({ plan: CATEGORIES[[0, 3, 3, 2][i]], opened: 330 - i * 80, rebuyOf: null, cancelled: r }));
  drafts.sort((a, b) => b.opened - a.opened);

  for (const d of drafts) {
    const c = make(d, null, null);
    // A purchase opened late in the year is still awarded before the story ends (and its deliveries after, where they fit).
    if (!c.cancelled) c.openedDaysAgo = Math.max(c.openedDaysAgo, Math.ceil(finishedAfter(c) + 3));
    cases.push(c);
  }
  // Straight rebuys of awarded cases, months after them: the same lines, the incumbent alone.
  for (const plan of CATEGORIES) {
    const earlier = cases.filter((c) => c.category === plan.category && !c.cancelled && c.purchaseType === PurchaseType.NEW_TASK && c.openedDaysAgo > 200);
    for (let i = 0; i < plan.rebuys && i < earlier.length; i++) {
      const source = earlier[i];
      const sourceIndex = cases.indexOf(source);
      const opened = source.openedDaysAgo - finishedAfter(source) - int(60, 110);
      if (opened < DAY_LAST) continue;
      cases.push(make({ plan, opened, rebuyOf: sourceIndex, cancelled: null }, sourceIndex, source));
    }
  }
  return cases;
}

/** One case of the history, drawn from `draw` (a rebuy repeats `source`'s lines from its winner). */
function makeCase(draw: Draw, counters: Map<string, number>, d: Draft, rebuyOf: number | null, source: HistoryCase | null): HistoryCase {
  const { rnd, between, int } = draw;
  const plan = d.plan;
  const n = (counters.get(plan.category) ?? 0) + 1;
  counters.set(plan.category, n);
  const item = source ? null : plan.items[int(0, plan.items.length - 1)];
  const lines = source
    ? source.lines.map((l) => ({ ...l }))
    : [{ description: item!.description, quantity: int(item!.quantity[0], item!.quantity[1]), unit: item!.unit }];
  const basePrice = source ? null : item!.unitPrice;
  const unitPriceOf = (description: string) => plan.items.find((x) => x.description === description)?.unitPrice ?? basePrice ?? 100;
  const market = lines.map((l) => unitPriceOf(l.description) * between(0.94, 1.08));
  const estimate = lines.reduce((sum, l, i) => sum + l.quantity * market[i] * between(1.0, 1.12), 0);
  const straight = rebuyOf !== null;
  const importance = !straight && plan.otherClass && rnd() < plan.otherClass.share ? plan.otherClass.importance : source?.importance ?? plan.importance;
  // The first asked always answers: who that is turns from case to case.
  const invited = straight ? [source!.winner] : plan.suppliers.map((_, i) => plan.suppliers[(i + n) % plan.suppliers.length]);
  const declined = !straight && invited.length > 2 && rnd() < 0.15 ? invited[int(0, invited.length - 1)] : null;
  const quotes: HistoryQuote[] = [];
  for (const key of invited) {
    const s = supplierOf(key);
    if (key === declined) continue;
    if (!straight && quotes.length > 0 && rnd() < s.silence) continue;
    const eur = market.map((m) => m * s.priceLevel * between(plan.spread[0], plan.spread[1]));
    const rate = Number(s.rateToEur);
    const prices = eur.map((p) => money(p / rate));
    quotes.push({ supplier: key, prices, leadTimeDays: Math.round(s.leadTimeDays * between(0.8, 1.3)), at: between(0.2, 0.9) });
  }
  if (quotes.length === 0) {
    const s = supplierOf(invited[0]);
    quotes.push({ supplier: s.key, prices: market.map((m) => money((m * s.priceLevel) / Number(s.rateToEur))), leadTimeDays: s.leadTimeDays, at: 0.5 });
  }
  const negotiated = !straight && quotes.length > 1 && rnd() < plan.negotiated;
  if (negotiated) for (const q of quotes) q.finalPrices = q.prices.map((p) => money(Number(p) * between(0.93, 0.98)));
  const eurTotal = (q: HistoryQuote) =>
    (q.finalPrices ?? q.prices).reduce((sum, p, i) => sum + Number(p) * Number(supplierOf(q.supplier).rateToEur) * lines[i].quantity, 0);
  const winner = [...quotes].sort((a, b) => eurTotal(a) - eurTotal(b))[0].supplier;
  const w = supplierOf(winner);
  const late = d.opened > (DAY_FIRST + DAY_LAST) / 2 ? w.lateness[0] : w.lateness[1];
  const deliveries: HistoryDelivery[] = Array.from({ length: lines[0].quantity > 1 && rnd() < 0.5 ? 2 : 1 }, (_, i) => ({
    afterDays: Math.round(w.leadTimeDays * between(0.9, 1.2)) + i * int(10, 25),
    onTime: rnd() >= late,
    qualityIncidents: rnd() < w.incidents ? int(1, 2) : 0,
  }));
  const category = plan.category;
  const kind = straight ? 'rebuy' : d.cancelled ? 'cancelled' : '';
  return {
    title: `${lines[0].description} (${categoryLabel(category)} ${String(n).padStart(2, '0')}${kind ? `, ${kind}` : ''})`,
    category,
    importance,
    purchaseType: straight ? PurchaseType.STRAIGHT_REBUY : PurchaseType.NEW_TASK,
    rebuyOf,
    estimatedValue: money(estimate),
    lines,
    openedDaysAgo: Math.round(d.opened * 10) / 10,
    specificationDays: straight ? 0 : Math.round(between(2, importance === ImportanceClass.STRATEGIC ? 14 : 6) * 10) / 10,
    sourcingDays: Math.round(between(1, 5) * 10) / 10,
    rfqDraftDays: Math.round(between(1, 4) * 10) / 10,
    biddingDays: Math.round(between(plan.importance === ImportanceClass.STRATEGIC ? 21 : 10, plan.importance === ImportanceClass.STRATEGIC ? 28 : 16)),
    extendedByDays: !straight && rnd() < 0.15 ? int(3, 7) : 0,
    invited,
    uninvitedDirectorySuppliers: straight ? 0 : int(0, 1),
    quotes,
    declined,
    evaluationDays: Math.round(between(1, 6) * 10) / 10,
    negotiated,
    decisionDays: Math.round(between(0.5, 5) * 10) / 10,
    winner,
    deliveries,
    cancelled: d.cancelled,
  };
}

/** Days from a case's opening to its award (the decision). */
export function finishedAfter(c: HistoryCase): number {
  return c.specificationDays + c.sourcingDays + c.rfqDraftDays + c.biddingDays + c.extendedByDays + c.evaluationDays + (c.negotiated ? 5 : 0) + c.decisionDays;
}

function categoryLabel(category: string): string {
  return { '14622000-7': 'steel', '42997300-4': 'robots', '35125100-7': 'sensors', '09211000-1': 'lubricants' }[category] ?? category;
}

/** A history case's specification: its lines and two requirements. */
export function historySpecification(c: HistoryCase) {
  return {
    lines: c.lines.map((l) => ({ description: l.description, quantity: l.quantity, unit: l.unit, attributes: [] as Array<{ name: string; value: string }> })),
    requirements: [
      { text: 'Material or test certificate with every delivery', kind: RequirementKind.MUST_HAVE },
      { text: 'Delivery in several call-offs on request', kind: RequirementKind.NICE_TO_HAVE, weight: 100 },
    ],
  };
}
