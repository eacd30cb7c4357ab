import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QualificationStatus } from '@bc/shared/domain';
import { SHOWCASE_CASES, SHOWCASE_CATEGORIES, SHOWCASE_NEEDS, showcaseSuppliers } from './showcase-data';

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
