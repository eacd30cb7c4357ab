import { ImportanceClass, PurchaseType } from '@bc/shared/domain';
import { DemoQuote, DemoSpecification, line, must, nice } from './showcase-data';

/**
 * The showcase's case for award scenarios (issue 16): a closed RFQ with eight quotes on thirteen
 * lines, where "rank 1 takes everything" is visibly not the cheapest award and each of the
 * buyer's usual rules costs something. What each supplier is there to show:
 * - Moselmetall KG: rank 1 and the cheapest total, yet the best price on only two lines;
 * - Alpine Components AG: the incumbent (the straight rebuy shortlists it), not the cheapest; EUR
 *   1,500 off if awarded all three gear lines whole;
 * - Hanse Industrietechnik GmbH: 3 % off if awarded at least EUR 40,000;
 * - Havelfluid Sp. z o.o.: very good prices (second-cheapest total, best on four lines), but a
 *   reliability of 58 from its late deliveries;
 * - Südhydraulik B.V. and Hansafluid GmbH & Co. KG: the lowest unit prices on two lines each, for
 *   less than the whole quantity (their capacity);
 * - Donautechnik BV: the best price on two lines, but the gears are ground to quality 7 only (a
 *   must-have not met);
 * - Innhydraulik A/S: an ordinary bidder, best on the circlips.
 */

/** What the GX gearboxes need for a year: gears and shafts, machined parts, kits, bar steel and grease. */
export const GEARBOX_PARTS_SPECIFICATION: DemoSpecification = {
  lines: [
    line('Spur gear, module 3, 42 teeth, 16MnCr5 case-hardened and ground', 400, 'pcs', { Drawing: 'GX-200-104' }),
    line('Pinion shaft, module 3, 17 teeth, 16MnCr5 case-hardened and ground', 400, 'pcs', { Drawing: 'GX-200-105' }),
    line('Helical gear set, ratio 3.5 : 1 (wheel and pinion), ground', 250, 'set', { Drawing: 'GX-200-110' }),
    line('Output shaft Ø 45 × 320 mm, 42CrMo4, induction-hardened and ground', 400, 'pcs', { Drawing: 'GX-200-120' }),
    line('Housing cover GX-200, EN-GJL-250, machined', 400, 'pcs', { Drawing: 'GX-200-031' }),
    line('Bearing set for the GX-200 (2 × 6208-2RS, 2 × 32008 X)', 400, 'set'),
    line('Radial shaft seal kit, FKM (input and output seals, O-rings)', 800, 'set'),
    line('Shim set for the bearing preload, 0.1 to 1.0 mm', 400, 'set'),
    line('Feather key DIN 6885 A 12 × 8 × 40, C45', 2400, 'pcs'),
    line('Circlip DIN 471, 45 mm', 2400, 'pcs'),
    line('Magnetic drain plug M18 × 1.5 with sealing ring', 800, 'pcs'),
    line('Case-hardening steel bar 16MnCr5, Ø 60 mm, sawn to length', 6000, 'kg', { Certificate: 'EN 10204 3.1' }),
    line('Synthetic gear grease NLGI 00 for lifetime lubrication', 900, 'kg'),
  ],
  requirements: [
    must('Material certificate EN 10204 3.1 for every heat of steel'),
    must('Gears ground to DIN 3962 quality 6 or better, with a measurement report per batch'),
    nice('Monthly call-offs delivered to our kanban store', 40),
    nice('Parts packed in returnable containers', 20),
  ],
};

/** One bidder of the scenario case: its quote, when it is submitted, and the team's scores (0–10 with a comment). */
export interface ScenarioBidder {
  /** As in the directory. */
  name: string;
  /** The demo supplier companies quote as their portal users; the others as the portal account the showcase opens for their directory contact. */
  portal: 'hanse' | 'alpine' | null;
  quote: DemoQuote;
  quotedDaysAgo: number;
  /** The specifier's technical score, the buyer's lead-time-and-terms score. */
  quality: readonly [score: number, comment: string];
  delivery: readonly [score: number, comment: string];
}

export const MOSELMETALL = 'Moselmetall KG';
export const ALPINE = 'Alpine Components AG';
export const HANSE = 'Hanse Industrietechnik GmbH';
export const HAVELFLUID = 'Havelfluid Sp. z o.o.';
export const SUEDHYDRAULIK = 'Südhydraulik B.V.';
export const HANSAFLUID = 'Hansafluid GmbH & Co. KG';
export const DONAUTECHNIK = 'Donautechnik BV';
export const INNHYDRAULIK = 'Innhydraulik A/S';

/** The three gear lines (spur gear, pinion shaft, helical gear set), by index: Alpine's bundle. */
const GEAR_LINES = [0, 1, 2] as const;

/** The incumbent first (the rebuy shortlists it), then the others as the buyer takes them in. */
const BIDDERS: readonly ScenarioBidder[] = [
  {
    name: ALPINE,
    portal: 'alpine',
    quote: {
      prices: ['48.10', '61.80', '133.20', '57.20', '39.80', '41.20', '10.40', '7.10', '0.41', '0.23', '3.20', '1.98', '11.90'],
      leadTimeDays: 35,
      conditionalDiscounts: [
        { type: 'AMOUNT', value: '1500.00', minValue: null, lines: GEAR_LINES, note: 'If we keep the gear lines together: one setup for all three, as this year.' },
      ],
    },
    quotedDaysAgo: 14,
    quality: [9, 'Our gears of this year, quality 5 with a report per batch; no complaint in twelve months.'],
    delivery: [8, '5 weeks, monthly call-offs to the kanban store as now.'],
  },
  {
    name: MOSELMETALL,
    portal: null,
    quote: {
      prices: ['47.80', '61.50', '132.90', '54.90', '37.20', '43.50', '9.90', '6.60', '0.36', '0.20', '2.95', '1.82', '11.20'],
      leadTimeDays: 28,
    },
    quotedDaysAgo: 20,
    quality: [9, 'Gears ground to quality 5 with full measurement reports; 3.1 certificates per heat, samples checked.'],
    delivery: [8, '4 weeks from Trier, monthly call-offs, returnable containers.'],
  },
  {
    name: HANSE,
    portal: 'hanse',
    quote: {
      prices: ['53.50', '68.00', '149.00', '59.00', '41.50', '46.00', '8.95', '7.40', '0.39', '0.22', '2.65', '2.05', '10.80'],
      leadTimeDays: 21,
      conditionalDiscounts: [
        { type: 'PERCENT', value: '3', minValue: '40000.00', lines: [], note: '3 % off the whole order from EUR 40,000 awarded.' },
      ],
    },
    quotedDaysAgo: 11,
    quality: [7, 'Gears bought in from a partner grinding shop; seals, plugs and grease our own range.'],
    delivery: [7, '3 weeks, but the gears only in two deliveries a year.'],
  },
  {
    name: HAVELFLUID,
    portal: null,
    quote: {
      prices: ['44.20', '64.90', '146.00', '52.40', '35.90', '44.80', '9.20', '6.90', '0.33', '0.19', '2.80', '1.74', '11.50'],
      leadTimeDays: 42,
    },
    quotedDaysAgo: 18,
    quality: [7, 'Drawings met on the samples; measurement reports only in Polish so far.'],
    delivery: [6, '6 weeks from Poznań; late on five of twelve deliveries in our record.'],
  },
  {
    name: SUEDHYDRAULIK,
    portal: null,
    quote: {
      prices: ['54.90', '57.80', '149.50', '49.50', '42.90', '48.90', '11.20', '6.95', '0.37', '0.21', '3.05', '2.08', '12.90'],
      leadTimeDays: 30,
      capacities: { 1: 300, 3: 300 },
    },
    quotedDaysAgo: 16,
    quality: [7, 'Shafts are their speciality (ground to IT5); the rest is bought in.'],
    delivery: [7, 'About 4 weeks; shafts limited to 300 a year on their grinding line.'],
  },
  {
    name: HANSAFLUID,
    portal: null,
    quote: {
      prices: ['53.90', '66.90', '144.90', '58.40', '36.80', '45.90', '9.60', '7.00', '0.40', '0.24', '2.90', '1.69', '10.20'],
      leadTimeDays: 25,
      capacities: { 11: 4000, 12: 600 },
    },
    quotedDaysAgo: 13,
    quality: [8, 'Certificates complete; bar steel from a German mill, grease from the OEM.'],
    delivery: [7, '25 days; bar steel and grease only up to their allocation for next year.'],
  },
  {
    name: DONAUTECHNIK,
    portal: null,
    quote: {
      prices: ['43.90', '62.90', '137.50', '55.80', '40.20', '39.90', '10.80', '7.30', '0.38', '0.22', '3.10', '1.92', '12.10'],
      leadTimeDays: 35,
      notMet: { 1: 'Our gears are ground to DIN 3962 quality 7; quality 6 only against a surcharge on request.' },
    },
    quotedDaysAgo: 12,
    quality: [5, 'Quality 7 gears only: below the must-have; bearing sets of the brand we use.'],
    delivery: [7, '5 weeks from Liège; call-offs fine.'],
  },
  {
    name: INNHYDRAULIK,
    portal: null,
    quote: {
      prices: ['52.00', '66.00', '144.00', '58.30', '39.00', '42.30', '9.75', '6.85', '0.34', '0.18', '2.85', '1.95', '11.40'],
      leadTimeDays: 28,
    },
    quotedDaysAgo: 10,
    quality: [7, 'Complete quote with certificates; gears from a subcontractor in Aarhus.'],
    delivery: [7, '4 weeks, call-offs and returnable containers.'],
  },
];

/**
 * The earlier purchase the rebuy repeats (awarded to Alpine before Buying Center, as history), and
 * the straight rebuy itself: shortlisted, its RFQ out to eight suppliers, closed and scored.
 */
export const SHOWCASE_SCENARIOS = {
  earlier: {
    title: 'Gear parts for the GX gearbox series, 2026 demand',
    description: 'A year of gears, shafts, machined parts, kits, bar steel and grease for the assembly of the GX-200 gearboxes.',
    category: '42141300-2',
    purchaseType: PurchaseType.NEW_TASK,
    importance: ImportanceClass.LEVERAGE,
    estimatedValue: '165000.00',
    budgetReference: 'OPEX-MAT-2026',
    specification: GEARBOX_PARTS_SPECIFICATION,
    incumbent: ALPINE,
    openedDaysAgo: 330,
    awardedDaysAgo: 300,
  },
  rebuy: {
    title: 'Gear parts for the GX gearbox series, 2027 demand',
    description: 'The GX-200 parts again for 2027, tendered wide this time: eight suppliers, split awards welcome.',
    estimatedValue: '170000.00',
    budgetReference: 'OPEX-MAT-2027',
    openedDaysAgo: 32,
    publishedDaysAgo: 28,
    closedDaysAgo: 8,
    bidders: BIDDERS,
  },
};
