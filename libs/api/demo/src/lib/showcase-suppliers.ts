import { PerformanceEventKind, QualificationStatus } from '@bc/shared/domain';

/**
 * The showcase's supplier directory: a few hundred suppliers across the CPV categories a machine
 * builder buys in, generated from a fixed seed so every machine shows the same directory.
 */
export interface DemoCertificate {
  name: string;
  issuer: string;
  number: string;
  /** Days relative to the seeding day (negative = in the past). */
  validFromDays: number;
  validUntilDays: number;
}

export interface DemoPerformance {
  kind: PerformanceEventKind;
  daysAgo: number;
  onTime?: boolean;
  note?: string;
}

export interface DemoSupplier {
  name: string;
  description: string;
  country: string;
  website: string;
  tags: string[];
  categories: string[];
  status: QualificationStatus;
  blockedReason?: string;
  contact: { name: string; email: string; phone: string };
  certificates: DemoCertificate[];
  performance: DemoPerformance[];
  /** The supplier company's portal account, by demo organization name. */
  portalOrganization?: string;
}

/** The categories of the showcase: what a machine builder buys, with a few words for descriptions. */
export const SHOWCASE_CATEGORIES: ReadonlyArray<{ code: string; words: string; tags: string[] }> = [
  { code: '42121100-4', words: 'hydraulic and pneumatic cylinders', tags: ['hydraulics', 'Hydraulik'] },
  { code: '42122000-0', words: 'industrial pumps', tags: ['pumps', 'Pumpen'] },
  { code: '42123000-7', words: 'compressors and compressed-air systems', tags: ['compressed air', 'Druckluft'] },
  { code: '42130000-9', words: 'valves, taps and fittings', tags: ['valves', 'Ventile'] },
  { code: '42141300-2', words: 'gears and gearing', tags: ['drive technology', 'Antriebstechnik'] },
  { code: '44440000-6', words: 'ball and roller bearings', tags: ['bearings', 'Wälzlager'] },
  { code: '31110000-0', words: 'electric and servo motors', tags: ['drives', 'Elektromotoren'] },
  { code: '42662000-4', words: 'welding equipment and consumables', tags: ['welding', 'Schweißtechnik'] },
  { code: '42612000-9', words: 'CNC machining centres', tags: ['CNC', 'Werkzeugmaschinen'] },
  { code: '42620000-8', words: 'lathes, boring and milling machines', tags: ['machine tools', 'Drehmaschinen'] },
  { code: '44531510-9', words: 'bolts, screws and fasteners', tags: ['fasteners', 'Verbindungselemente'] },
  { code: '14622000-7', words: 'steel bars, sheets and profiles', tags: ['steel', 'Stahl'] },
  { code: '44810000-1', words: 'industrial paints and coatings', tags: ['coatings', 'Lacke'] },
  { code: '09211000-1', words: 'lubricating oils and greases', tags: ['lubricants', 'Schmierstoffe'] },
  { code: '42997300-4', words: 'industrial robots and automation cells', tags: ['automation', 'Robotik'] },
  { code: '42417200-4', words: 'conveyors and material flow systems', tags: ['intralogistics', 'Fördertechnik'] },
  { code: '42415110-2', words: 'forklift trucks', tags: ['intralogistics', 'Stapler'] },
  { code: '35125100-7', words: 'sensors and measuring probes', tags: ['sensors', 'Sensorik'] },
  { code: '31224400-6', words: 'connection cables and harnesses', tags: ['cables', 'Kabel'] },
  { code: '18143000-3', words: 'protective gear and workwear', tags: ['safety', 'Arbeitsschutz'] },
  { code: '50530000-9', words: 'repair and maintenance of machinery', tags: ['service', 'Instandhaltung'] },
  { code: '50433000-9', words: 'calibration services', tags: ['calibration', 'Kalibrierung'] },
  { code: '79921000-6', words: 'packaging services', tags: ['packaging', 'Verpackung'] },
  { code: '60100000-9', words: 'road freight transport', tags: ['logistics', 'Spedition'] },
  { code: '48100000-9', words: 'industry-specific software', tags: ['software', 'MES'] },
  { code: '30192000-1', words: 'office supplies', tags: ['office', 'Bürobedarf'] },
];

const COUNTRIES = ['DE', 'DE', 'DE', 'DE', 'AT', 'CH', 'NL', 'PL', 'CZ', 'IT', 'FR', 'DK', 'SE', 'BE'];
const FIRST = ['Nord', 'Süd', 'West', 'Ost', 'Rhein', 'Elb', 'Weser', 'Main', 'Donau', 'Alpen', 'Harz', 'Eifel',
  'Ruhr', 'Spree', 'Isar', 'Neckar', 'Baltic', 'Hansa', 'Saar', 'Mosel', 'Lahn', 'Inn', 'Oder', 'Havel'];
const SECOND = ['tec', 'werk', 'form', 'tronic', 'metall', 'hydraulik', 'antrieb', 'mechanik', 'technik', 'systeme',
  'präzision', 'industrie', 'logistik', 'service', 'fluid', 'motion'];
const LEGAL: Record<string, string[]> = {
  DE: ['GmbH', 'GmbH & Co. KG', 'AG', 'KG'], AT: ['GmbH', 'AG'], CH: ['AG', 'GmbH'], NL: ['B.V.'], PL: ['Sp. z o.o.'],
  CZ: ['s.r.o.'], IT: ['S.p.A.', 'S.r.l.'], FR: ['SAS', 'SARL'], DK: ['A/S', 'ApS'], SE: ['AB'], BE: ['NV', 'BV'],
};
const CONTACTS = ['Anna Weber', 'Lukas Meyer', 'Sophie Wagner', 'Jan Novák', 'Eva Kowalska', 'Marco Rossi',
  'Claire Martin', 'Lars Jensen', 'Erik Lindqvist', 'Thomas Peeters', 'Julia Fischer', 'Paul Schneider'];
const CERTIFICATES = [
  { name: 'ISO 9001:2015', issuer: 'TÜV SÜD' },
  { name: 'ISO 14001:2015', issuer: 'DEKRA' },
  { name: 'IATF 16949:2016', issuer: 'TÜV Rheinland' },
  { name: 'ISO 45001:2018', issuer: 'DNV' },
  { name: 'ISO 3834-2 (welding)', issuer: 'GSI SLV' },
];

/** mulberry32: a small, good-enough PRNG so the showcase is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The suppliers the portal accounts belong to and the blocked one: the showcase's stories name them. */
const NAMED_SUPPLIERS: readonly DemoSupplier[] = [
  {
    name: 'Hanse Industrietechnik GmbH',
    description: 'Hydraulic cylinders, power units and valves for presses and machine tools; repair service in Hamburg.',
    country: 'DE',
    website: 'https://hanse-industrie.example',
    tags: ['hydraulics', 'Hydraulik', 'framework agreement'],
    categories: ['42121100-4', '42130000-9', '50530000-9'],
    status: QualificationStatus.APPROVED,
    contact: { name: 'Felix Brandt', email: 'supplier@hanse-industrie.example', phone: '+49 40 555 0100' },
    certificates: [
      { name: 'ISO 9001:2015', issuer: 'TÜV Nord', number: 'TN-9001-44812', validFromDays: -400, validUntilDays: 695 },
      { name: 'ISO 14001:2015', issuer: 'TÜV Nord', number: 'TN-14001-44812', validFromDays: -400, validUntilDays: 695 },
    ],
    performance: [
      ...Array.from({ length: 11 }, (_, i) => ({ kind: PerformanceEventKind.DELIVERY, daysAgo: 30 + i * 45, onTime: i !== 4 })),
      { kind: PerformanceEventKind.AWARD, daysAgo: 420, note: 'Hydraulic cylinders for press line 3' },
    ],
    portalOrganization: 'Hanse Industrietechnik GmbH',
  },
  {
    name: 'Alpine Components AG',
    description: 'Precision ball and roller bearings, gears and linear guides from Tyrol.',
    country: 'AT',
    website: 'https://alpine-components.example',
    tags: ['bearings', 'Wälzlager', 'drive technology'],
    categories: ['44440000-6', '42141300-2'],
    status: QualificationStatus.APPROVED,
    contact: { name: 'Martina Huber', email: 'supplier@alpine-components.example', phone: '+43 512 555 0200' },
    certificates: [
      { name: 'ISO 9001:2015', issuer: 'Quality Austria', number: 'QA-9001-2231', validFromDays: -700, validUntilDays: 395 },
      { name: 'IATF 16949:2016', issuer: 'Quality Austria', number: 'QA-16949-2231', validFromDays: -1200, validUntilDays: -35 },
    ],
    performance: [
      ...Array.from({ length: 8 }, (_, i) => ({ kind: PerformanceEventKind.DELIVERY, daysAgo: 20 + i * 60, onTime: true })),
      { kind: PerformanceEventKind.QUALITY_INCIDENT, daysAgo: 200, note: 'Bearing play out of tolerance in one lot; 8D report accepted' },
    ],
    portalOrganization: 'Alpine Components AG',
  },
  {
    name: 'Billig-Hydraulik Handels GmbH',
    description: 'Trader of hydraulic cylinders, seals and hoses.',
    country: 'DE',
    website: 'https://billig-hydraulik.example',
    tags: ['hydraulics', 'Hydraulik', 'trader'],
    categories: ['42121100-4'],
    status: QualificationStatus.BLOCKED,
    blockedReason: 'Counterfeit seals found in incoming inspection (complaint Q-2025-117); do not invite until the audit is closed.',
    contact: { name: 'Rolf Kaiser', email: 'vertrieb@billig-hydraulik.example', phone: '+49 30 555 0300' },
    certificates: [],
    performance: [
      { kind: PerformanceEventKind.DELIVERY, daysAgo: 300, onTime: false },
      { kind: PerformanceEventKind.QUALITY_INCIDENT, daysAgo: 290, note: 'Counterfeit seals' },
    ],
  },
];

/** The suppliers the portal accounts belong to, the blocked one, then generated ones. */
export function showcaseSuppliers(count = 320): DemoSupplier[] {
  const rnd = seededRandom(20261126);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const suppliers: DemoSupplier[] = NAMED_SUPPLIERS.map((s) => ({ ...s }));
  const names = new Set(suppliers.map((s) => s.name));
  while (suppliers.length < count) {
    const country = pick(COUNTRIES);
    const base = `${pick(FIRST)}${pick(SECOND)}`;
    const name = `${base} ${pick(LEGAL[country])}`;
    if (names.has(name)) continue;
    names.add(name);
    const main = pick(SHOWCASE_CATEGORIES);
    const categories = [main];
    if (rnd() < 0.35) {
      const other = pick(SHOWCASE_CATEGORIES);
      if (other !== main) categories.push(other);
    }
    const roll = rnd();
    const status =
      roll < 0.3 ? QualificationStatus.APPROVED : roll < 0.65 ? QualificationStatus.QUALIFIED : QualificationStatus.PROSPECT;
    const certificates: DemoCertificate[] = [];
    if (status !== QualificationStatus.PROSPECT || rnd() < 0.3) {
      const n = 1 + Math.floor(rnd() * 2);
      for (let i = 0; i < n; i++) {
        const c = CERTIFICATES[(i + Math.floor(rnd() * CERTIFICATES.length)) % CERTIFICATES.length];
        if (certificates.some((x) => x.name === c.name)) continue;
        const from = -Math.floor(200 + rnd() * 900);
        // About one supplier in eight lets a certificate lapse.
        const until = rnd() < 0.12 ? -Math.floor(10 + rnd() * 300) : Math.floor(60 + rnd() * 900);
        certificates.push({ ...c, number: `${c.name.slice(0, 3).toUpperCase()}-${Math.floor(rnd() * 90000 + 10000)}`, validFromDays: from, validUntilDays: until });
      }
    }
    const performance: DemoPerformance[] = [];
    if (status !== QualificationStatus.PROSPECT && rnd() < 0.7) {
      const deliveries = 2 + Math.floor(rnd() * 14);
      const lateness = rnd() * 0.35;
      for (let i = 0; i < deliveries; i++) {
        performance.push({ kind: PerformanceEventKind.DELIVERY, daysAgo: 10 + Math.floor(rnd() * 900), onTime: rnd() >= lateness });
      }
      if (rnd() < 0.25) performance.push({ kind: PerformanceEventKind.QUALITY_INCIDENT, daysAgo: Math.floor(rnd() * 700), note: 'Non-conformity report' });
      if (rnd() < 0.3) performance.push({ kind: PerformanceEventKind.AWARD, daysAgo: Math.floor(rnd() * 1000) });
    }
    const contactName = pick(CONTACTS);
    suppliers.push({
      name,
      description: `${base} supplies ${categories.map((c) => c.words).join(' and ')} to machine builders in ${country === 'DE' ? 'Germany' : 'Europe'}.`,
      country,
      website: `https://${slug(base)}.example`,
      tags: [...new Set(categories.flatMap((c) => c.tags))],
      categories: categories.map((c) => c.code),
      status,
      contact: {
        name: contactName,
        email: `${slug(contactName).replace(/-/g, '.')}@${slug(base)}.example`,
        phone: `+${10 + Math.floor(rnd() * 89)} ${Math.floor(rnd() * 900 + 100)} ${Math.floor(rnd() * 9000000 + 1000000)}`,
      },
      certificates,
      performance,
    });
  }
  return suppliers;
}
