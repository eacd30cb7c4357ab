import { ImportanceClass, Locale, PurchaseType, RequirementKind, Role } from '@bc/shared/domain';

export * from './showcase-suppliers';

/**
 * The showcase a first `npm start` opens on: a directory of a few hundred suppliers across the
 * CPV categories a machine builder buys in, and purchase cases at the first stages. Generated
 * from a fixed seed, so every machine shows the same data; dates are relative to the day of
 * seeding, so "expired" stays expired.
 */


export interface DemoSpecification {
  lines: Array<{ description: string; quantity: number; unit: string; attributes: Array<{ name: string; value: string }> }>;
  requirements: Array<{ text: string; kind: RequirementKind; weight?: number }>;
}

export interface DemoNeed {
  requester: string;
  title: string;
  justification: string;
  quantity: number;
  unit: string;
  neededInDays: number;
  estimatedValue: string;
  budgetReference: string;
  category?: string;
}

/* Builders that keep the specifications below readable as tables. */
type DemoLine = DemoSpecification['lines'][number];
type DemoRequirement = DemoSpecification['requirements'][number];

/** A specification line; `attributes` by name. */
export const line = (description: string, quantity: number, unit: string, attributes: Record<string, string> = {}): DemoLine => ({
  description,
  quantity,
  unit,
  attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })),
});
export const must = (text: string): DemoRequirement => ({ text, kind: RequirementKind.MUST_HAVE });
export const nice = (text: string, weight: number): DemoRequirement => ({ text, kind: RequirementKind.NICE_TO_HAVE, weight });

export const PRESS_LINE_SPECIFICATION: DemoSpecification = {
  lines: [
    line('Double-acting hydraulic cylinder, bore 125 mm, stroke 800 mm', 4, 'pcs', { 'Operating pressure': '250 bar', Mounting: 'Rear clevis' }),
    line('Seal kit for cylinder bore 125 mm', 8, 'set', { Material: 'PU / NBR' }),
  ],
  requirements: [
    must('Pressure test certificate per cylinder (EN 10204 3.1)'),
    must('Delivery within 10 weeks of order'),
    nice('Service technician on site within 48 hours', 60),
    nice('Spare parts available for 10 years', 40),
  ],
};

export const MACHINING_CENTRE_SPECIFICATION: DemoSpecification = {
  lines: [
    line('5-axis vertical machining centre for the prototype shop', 1, 'pcs', { 'Travel X/Y/Z': '650 / 520 / 475 mm', Spindle: '15 000 rpm, HSK-A63', Control: 'Siemens Sinumerik ONE or Heidenhain TNC7' }),
    line('Installation, commissioning and operator training (5 days)', 1, 'lot'),
  ],
  requirements: [
    must('CE marking and declaration of conformity'),
    must('Positioning accuracy ≤ 0.008 mm (ISO 230-2)'),
    nice('Service hotline in German', 30),
    nice('Energy consumption in standby below 1.5 kW', 70),
  ],
};

export const BEARINGS_SPECIFICATION: DemoSpecification = {
  lines: [
    line('Deep groove ball bearing 6205-2RS', 2400, 'pcs', { Clearance: 'C3' }),
    line('Tapered roller bearing 32008', 600, 'pcs'),
    line('Cylindrical roller bearing NU 2208', 300, 'pcs'),
  ],
  requirements: [
    must('Framework agreement for 24 months with call-off orders'),
    nice('Consignment stock at our plant', 50),
    nice('EDI order connection (EDIFACT ORDERS/DESADV)', 50),
  ],
};

/** Needs the requester has raised; the first is turned into a case by the seeder, the last declined. */
export const SHOWCASE_NEEDS: DemoNeed[] = [
  {
    requester: 'requester@nordwind.example',
    title: 'Servo motors for the new packaging line',
    justification: 'The packaging line ordered by customer Baltic Foods needs 12 servo drives; the old type is discontinued.',
    quantity: 12,
    unit: 'pcs',
    neededInDays: 120,
    estimatedValue: '38000.00',
    budgetReference: 'CAPEX-2027-014',
    category: '31110000-0',
  },
  {
    requester: 'requester@nordwind.example',
    title: 'Cut-resistant safety gloves for assembly',
    justification: 'Two cut injuries in Q3; the safety officer requires level C gloves for sheet-metal assembly.',
    quantity: 1500,
    unit: 'pairs',
    neededInDays: 30,
    estimatedValue: '9000.00',
    budgetReference: 'OPEX-PROD-2026',
    category: '18143000-3',
  },
  {
    requester: 'requester@nordwind.example',
    title: 'Calibration of torque wrenches',
    justification: 'Annual calibration of 85 torque wrenches in final assembly (ISO 6789).',
    quantity: 85,
    unit: 'pcs',
    neededInDays: 60,
    estimatedValue: '4200.00',
    budgetReference: 'OPEX-QM-2026',
    category: '50433000-9',
  },
  {
    requester: 'requester@nordwind.example',
    title: 'Espresso machine for the break room',
    justification: 'The old machine broke down.',
    quantity: 1,
    unit: 'pcs',
    neededInDays: 14,
    estimatedValue: '2500.00',
    budgetReference: 'OPEX-FAC-2026',
  },
];

/** The cases of the showcase, by the stage they stand in. */
export const SHOWCASE_CASES = {
  awarded: {
    title: 'Hydraulic cylinders for press line 3',
    description: 'Replacement of the four main cylinders of press line 3 and a set of seal kits.',
    category: '42121100-4',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.BOTTLENECK,
    estimatedValue: '86000.00',
    budgetReference: 'CAPEX-2025-031',
    specification: PRESS_LINE_SPECIFICATION,
    incumbent: 'Hanse Industrietechnik GmbH',
    ageDays: 420,
  },
  modifiedRebuy: {
    title: 'Hydraulic cylinders for press line 4',
    description: 'Press line 4 gets the cylinders of line 3, with a longer stroke and position sensors.',
    estimatedValue: '98000.00',
    budgetReference: 'CAPEX-2027-002',
  },
  specification: {
    title: '5-axis machining centre for the prototype shop',
    description: 'A machining centre for prototypes and small series of gearbox housings.',
    category: '42612000-9',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.STRATEGIC,
    estimatedValue: '420000.00',
    budgetReference: 'CAPEX-2027-007',
    specification: MACHINING_CENTRE_SPECIFICATION,
  },
  sourcing: {
    title: 'Rolling bearings, annual demand 2027',
    description: 'Framework agreement for the standard bearings of our gearbox series.',
    category: '44440000-6',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.LEVERAGE,
    estimatedValue: '145000.00',
    budgetReference: 'OPEX-MAT-2027',
    // The gatekeeper sees who lacks them: Alpine's IATF 16949 has expired, Hanse has none.
    requiredCertificates: ['ISO 9001', 'IATF 16949'],
    specification: BEARINGS_SPECIFICATION,
  },
} as const;

/** The RFQs of the showcase: one out with questions and quotes coming in, one closed with its quotes open. */
export const SHOWCASE_RFQS = {
  published: {
    title: 'Hydraulic power units for the test bench',
    description: 'Two power units and spare filter elements for the new hydraulic test bench in hall 2.',
    category: '42121100-4',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.BOTTLENECK,
    estimatedValue: '64000.00',
    budgetReference: 'CAPEX-2027-011',
    specification: {
      lines: [
        line('Hydraulic power unit, 15 kW, 200 bar, 60 l/min, tank 250 l', 2, 'pcs', { Voltage: '400 V / 50 Hz' }),
        line('Pressure filter element, 10 µm, for the units above', 24, 'pcs'),
        line('Commissioning and operator training on site (Bremen)', 1, 'lot'),
      ],
      requirements: [
        must('CE marking and EU declaration of conformity (Machinery Directive)'),
        must('Noise level below 72 dB(A) at 1 m'),
        nice('Delivery within 10 weeks of order', 40),
      ],
    } satisfies DemoSpecification,
    question: 'Can the power units be delivered with a 400 V / 60 Hz motor for a later export of the test bench?',
    answer: 'Please quote 400 V / 50 Hz as specified; you may offer 60 Hz as an alternative on line 1.',
    privateQuestion: 'May we quote filter elements from our second brand with identical specifications?',
    privateAnswer: 'Yes, if the data sheet is attached to the quote.',
  },
  closed: {
    title: 'Linear guide rails for assembly line 2',
    description: 'Profile rail guides and carriages for the retrofit of assembly line 2.',
    category: '44440000-6',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.LEVERAGE,
    estimatedValue: '38000.00',
    budgetReference: 'OPEX-MAINT-2027',
    specification: {
      lines: [
        line('Profile rail, size 25, length 3000 mm', 16, 'pcs', { 'Accuracy class': 'H' }),
        line('Carriage, size 25, flanged, preload class Z1', 64, 'pcs'),
      ],
      requirements: [
        must('Interchangeable with the installed rails (DIN 645-1)'),
        nice('Corrosion-protected version available', 20),
      ],
    } satisfies DemoSpecification,
  },
} as const;


/**
 * A colleague of the demo specifier from quality assurance, on the team of the case in evaluation
 * as a second specifier: two counted technical evaluators are what it takes for the scores to
 * spread (one scorer per criterion never does). Not among the printed demo users; signs in with
 * the demo password all the same.
 */
export const SHOWCASE_COLLEAGUE = {
  email: 'quality@nordwind.example',
  name: 'Stefan Lorenz',
  roles: [Role.SPECIFIER],
  locale: Locale.EN,
} as const;

/**
 * The CFO, the buying organization's second decider: the default approval policy asks two
 * deciders for an award above 10 000 EUR (such as a split award of the GX gear parts proposed from
 * a scenario), which one decider alone can never complete. Printed with the demo users, demo
 * password; the tests' smaller world (no showcase) keeps one decider, as its approval routes expect.
 */
export const SHOWCASE_CFO = {
  email: 'cfo@nordwind.example',
  name: 'Dr. Katharina Seidel',
  roles: [Role.DECIDER],
  locale: Locale.EN,
} as const;

/**
 * A conditional offer of a demo quote (issue 16, `QuoteConditionalDiscount`): its lines by their
 * index in the specification, since the keys exist only once the specification is written.
 */
export interface DemoConditionalDiscount {
  type: 'PERCENT' | 'AMOUNT';
  value: string;
  minValue: string | null;
  lines: readonly number[];
  note: string;
}

/** A quote of a demo supplier company: unit price per line (in the order of the specification) and lead time. */
export interface DemoQuote {
  prices: readonly string[];
  leadTimeDays: number;
  /** By line index: the quantity the supplier can deliver where it is less than asked (its capacity). */
  capacities?: Readonly<Record<number, number>>;
  /** By requirement index: the supplier's comment where it does not meet the requirement; all others MET. */
  notMet?: Readonly<Record<number, string>>;
  conditionalDiscounts?: readonly DemoConditionalDiscount[];
  /** The quote's currency (EUR when left out). */
  currency?: string;
}

/** An evaluator's score (0–10, with the comment the team reads) of one supplier on one criterion. */
export interface DemoScore {
  evaluator: 'specifier' | 'colleague' | 'buyer' | 'advisor';
  supplier: 'hanse' | 'alpine';
  criterion: string;
  score: number;
  comment: string;
}

/* One row per score and quote in the tables below. */
const score = (evaluator: DemoScore['evaluator'], supplier: DemoScore['supplier'], criterion: string, value: number, comment: string): DemoScore => ({
  evaluator,
  supplier,
  criterion,
  score: value,
  comment,
});
const quote = (prices: string[], leadTimeDays: number): DemoQuote => ({ prices, leadTimeDays });

type Assessment = Record<DemoScore['supplier'], [score: number, comment: string]>;
/** The usual pair of evaluators: the specifier scores QUALITY, the buyer DELIVERY, each for both suppliers. */
const qualityAndDelivery = (quality: Assessment, delivery: Assessment): DemoScore[] => [
  score('specifier', 'hanse', 'QUALITY', ...quality.hanse),
  score('specifier', 'alpine', 'QUALITY', ...quality.alpine),
  score('buyer', 'hanse', 'DELIVERY', ...delivery.hanse),
  score('buyer', 'alpine', 'DELIVERY', ...delivery.alpine),
];

/** A closed RFQ of the showcase beyond the first two: the case, both portal suppliers' quotes and their clocks. */
export interface DemoEvaluatedRfq {
  title: string;
  description: string;
  category: string;
  purchaseType: PurchaseType;
  importance: ImportanceClass;
  estimatedValue: string;
  budgetReference: string;
  specification: DemoSpecification;
  quotes: { hanse: DemoQuote; alpine: DemoQuote };
  publishedDaysAgo: number;
  closedDaysAgo: number;
  scores: DemoScore[];
}

/**
 * The scores of the closed RFQ in EVALUATION ("Linear guide rails", leverage: price 50, technical
 * fit 20, lead time and terms 15, reliability 15 from both suppliers' recorded deliveries). Every
 * counted score is in, so the buyer can skip negotiation or open a round at once; the two
 * specifiers are 4 points apart on Alpine's technical fit (a wide spread to discuss), and the
 * advisor gives an advisory score, shown apart.
 */
export const SHOWCASE_EVALUATION_SCORES: DemoScore[] = [
  score('specifier', 'hanse', 'QUALITY', 8, 'Size-25 rails to DIN 645-1, accuracy class H as asked; data sheets complete.'),
  score('specifier', 'alpine', 'QUALITY', 8, 'Interchangeable with the installed rails (checked against the sample carriage); corrosion-protected version offered.'),
  score('colleague', 'hanse', 'QUALITY', 7, '3.1 certificate as asked; no measurement report for the sample carriage yet.'),
  score(
    'colleague',
    'alpine',
    'QUALITY',
    4,
    'Incoming inspection found bearing play out of tolerance in an Alpine lot last spring (8D report); I want the preload measurement protocol before we rely on Z1.',
  ),
  score('buyer', 'hanse', 'DELIVERY', 8, '28 days DAP Bremen, 30 days net: as asked.'),
  score('buyer', 'alpine', 'DELIVERY', 6, '35 days from Innsbruck; 30 days net, no early-payment discount.'),
  score('advisor', 'hanse', 'QUALITY', 9, 'From maintenance: Hanse carriages have run six years on assembly line 1 without a failure.'),
];

/** The further cases of the showcase, by the stage the award flow leaves them in. */
export const SHOWCASE_AWARD_FLOW = {
  /** NEGOTIATION: round 1 open for five more days; Hanse has sent its best and final offer, Alpine not yet. */
  negotiation: {
    title: 'Planetary gearboxes for the winding machines',
    description: 'Twelve low-backlash planetary gearboxes with motor adapters for the retrofit of winding machines 1 to 6.',
    category: '42141300-2',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.LEVERAGE,
    estimatedValue: '36000.00',
    budgetReference: 'CAPEX-2027-019',
    specification: {
      lines: [
        line('Planetary gearbox, ratio 10:1, backlash ≤ 3 arcmin, for servo motors of frame size 100', 12, 'pcs', { 'Output torque': '≥ 180 Nm' }),
        line('Motor adapter flange with clamping coupling', 12, 'pcs'),
      ],
      requirements: [
        must('Backlash measured and documented per unit'),
        nice('Lubricated for life', 50),
      ],
    },
    quotes: { hanse: quote(['2890.00', '165.00'], 42), alpine: quote(['2740.00', '180.00'], 49) },
    publishedDaysAgo: 18,
    closedDaysAgo: 5,
    scores: qualityAndDelivery(
      { hanse: [7, 'Backlash 3 arcmin as asked; measurement per unit only against a surcharge.'], alpine: [8, 'Backlash ≤ 2 arcmin with a test report per unit; lubricated for life.'] },
      { hanse: [8, '6 weeks, DAP Bremen, 30 days net.'], alpine: [7, '7 weeks; 30 days net.'] },
    ),
    round: {
      message:
        'Thank you for your offers. Both are above the budget of the retrofit: please send your best and final offer by the deadline. Our target for line 1 is below; a fixed price for two spare gearboxes a year would help too.',
      closesInDays: 5,
      /** Line 1's target unit price (EUR). */
      target: '2600.00',
      /** Hanse's best and final offer. */
      hanse: quote(['2690.00', '150.00'], 42),
    },
  },
  /** DECISION: negotiation skipped; the buyer's proposal (one decider under the default policy) waits in the decider's inbox. */
  decision: {
    title: 'Hydraulic hose assemblies for the press shop maintenance stock',
    description: 'Ready-made high-pressure hoses and quick couplings for the maintenance stock of the press shop, one year of demand.',
    category: '42121100-4',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.ROUTINE,
    estimatedValue: '6500.00',
    budgetReference: 'OPEX-MAINT-2027',
    specification: {
      lines: [
        line('High-pressure hose assembly DN 12, 2SN, 1500 mm, DKOL fittings both ends', 40, 'pcs', { 'Operating pressure': '250 bar' }),
        line('Quick coupling ISO 16028, size 1/2", flat face', 60, 'pcs'),
      ],
      requirements: [
        must('Pressure test certificate per batch (EN 10204 3.1)'),
        must('Hoses marked with their production date'),
        nice('Delivered in labelled kanban boxes', 30),
      ],
    },
    quotes: { hanse: quote(['96.50', '31.20'], 14), alpine: quote(['104.00', '29.50'], 28) },
    publishedDaysAgo: 20,
    closedDaysAgo: 6,
    scores: qualityAndDelivery(
      { hanse: [8, 'Made to our press drawings in the Hamburg workshop; 3.1 per batch.'], alpine: [6, 'Traded goods; hose brand not named in the quote.'] },
      { hanse: [9, '14 days, kanban boxes included.'], alpine: [6, '4 weeks; kanban boxes at extra cost.'] },
    ),
    skipReason: 'Maintenance stock at framework discount: both quotes are list price less the agreed discount, a round would not move them.',
    justification: 'First place on price, technical fit and lead time: hoses made to our press drawings, 14 days from the Hamburg workshop.',
  },
  /** AWARDED: negotiation skipped, the proposal approved by the decider, award and regret letters sent, one delivery recorded. */
  awarded: {
    title: 'Deep groove ball bearings for the conveyor rollers in hall 3',
    description: 'Replacement bearings for the conveyor rollers of the intralogistics line in hall 3 (planned maintenance in two call-offs).',
    category: '44440000-6',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.ROUTINE,
    estimatedValue: '8000.00',
    budgetReference: 'OPEX-MAINT-2026',
    specification: {
      lines: [
        line('Deep groove ball bearing 6204-2RS', 1280, 'pcs', { Clearance: 'C3' }),
        line('Deep groove ball bearing 6205-2RS', 320, 'pcs', { Clearance: 'C3' }),
      ],
      requirements: [
        must('New goods in original packaging with batch numbers'),
        nice('Delivery in two call-offs', 40),
      ],
    },
    quotes: { hanse: quote(['4.20', '5.10'], 21), alpine: quote(['3.65', '4.80'], 14) },
    publishedDaysAgo: 34,
    closedDaysAgo: 20,
    scores: qualityAndDelivery(
      { hanse: [6, 'Traded bearings of a second brand; data sheet complete.'], alpine: [9, 'The brand our conveyor rollers were built with; batch numbers on every box.'] },
      { hanse: [7, '3 weeks, one delivery only.'], alpine: [8, '2 weeks, two call-offs as asked.'] },
    ),
    skipReason: 'Alpine leads clearly on price and quality and the maintenance window is fixed: a round would not pay off at this value.',
    justification: 'First place: the bearings our conveyor rollers were built with, in two call-offs as asked.',
    approvalComment: 'Approved: within the maintenance budget OPEX-MAINT-2026.',
    delivery: { onTime: true, note: 'First call-off received complete (640 × 6204-2RS, 160 × 6205-2RS), batch numbers on every box.' },
  },
  /**
   * EVALUATION, a reverse auction ahead: a leverage buy with two close quotes, where price discovery pays.
   * The buyer schedules a live auction for tomorrow morning, ranked by total score (the evaluation's
   * quality and delivery scores held), and the gatekeeper has approved its settings.
   */
  auction: {
    title: 'Stainless steel fasteners for the assembly lines, one year of demand',
    description: 'A2 and A4 screws, nuts and washers for the kanban racks of assembly lines 1 to 3, called off monthly.',
    category: '44531510-9',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.LEVERAGE,
    estimatedValue: '28000.00',
    budgetReference: 'OPEX-ASSY-2027',
    specification: {
      lines: [
        line('Hexagon socket head cap screw ISO 4762, M8 × 25, A2-70', 40000, 'pcs'),
        line('Hexagon nut ISO 4032, M8, A2-70', 40000, 'pcs'),
        line('Washer ISO 7089, 8 mm, A2', 60000, 'pcs'),
      ],
      requirements: [
        must('Inspection certificate 3.1 (EN 10204) per batch'),
        nice('Refilled into our kanban boxes', 40),
      ],
    },
    quotes: { hanse: quote(['0.182', '0.046', '0.021'], 10), alpine: quote(['0.176', '0.049', '0.019'], 14) },
    publishedDaysAgo: 16,
    closedDaysAgo: 3,
    scores: qualityAndDelivery(
      { hanse: [8, 'Certificates per batch and refilled into our kanban boxes on site.'], alpine: [7, 'Certificates per batch; kanban refill only from a minimum order.'] },
      { hanse: [8, '10 days, monthly call-offs.'], alpine: [7, '14 days, monthly call-offs.'] },
    ),
    /** Tomorrow at 10:00 in Germany (09:00 UTC in winter), 20 minutes, 0.5 % steps, 2-minute soft close up to 20 minutes. */
    live: { startsInDays: 1, startsAtUtc: '09:00:00Z', durationMinutes: 20, decrementPercent: '0.5', softCloseMinutes: 2, extensionMinutes: 2, maxExtensionMinutes: 20 },
  },
} satisfies Record<string, DemoEvaluatedRfq & Record<string, unknown>>;
