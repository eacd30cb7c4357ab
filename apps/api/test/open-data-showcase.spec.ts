import { OPEN_DATA_STAGES } from '@bc/shared/domain';
import { codelistErrors, schemaErrors } from './support/ocds-validator';
import { DEMO } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The demo data as open data (issue 17, "The demo data's cases produce valid packages"): every
 * showcase case that has left its RFQ stage gives a release package and a record package that
 * validate against OCDS 1.1.5, and the organization's bulk package validates too.
 */
describe('the showcase as OCDS open data', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({}, { showcase: true });
  }, 300_000);
  afterAll(() => app.close());

  it('gives a valid release and record package for every case past its RFQ, and a valid bulk package', async () => {
    const admin = await app.as(DEMO.admin);
    await admin.ok(`mutation { updateOpenDataSettings(input: { ocidPrefix: "ocds-nw2026", includeContacts: true }) { ocidPrefix } }`);
    const decider = await app.as(DEMO.decider);
    const past: Array<{ id: string; reference: string; closed: boolean }> = await app.dataSource.query(
      `SELECT pc.id, pc.reference, EXISTS (SELECT 1 FROM rfq r WHERE r.case_id = pc.id AND r.status = 'CLOSED') AS closed
         FROM purchase_case pc JOIN organization o ON o.id = pc.organization_id
        WHERE o.name LIKE 'Nordwind%' AND pc.stage = ANY ($1::text[]) ORDER BY pc.reference`,
      [[...OPEN_DATA_STAGES]],
    );
    // A case past its RFQ stage qualifies through its closed RFQ; the seed's oldest awarded cases
    // have no RFQ on record (no tender to describe), so they are not published.
    const cases = past.filter((c) => c.closed);
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const c of past.filter((x) => !x.closed)) {
      const res = await fetch(`${app.url}/api/cases/${c.id}/ocds/release-package.json`, { headers: { cookie: decider.sessionCookie! } });
      expect({ reference: c.reference, status: res.status }).toEqual({ reference: c.reference, status: 404 });
    }
    for (const c of cases) {
      for (const kind of ['release', 'record'] as const) {
        const res = await fetch(`${app.url}/api/cases/${c.id}/ocds/${kind}-package.json`, { headers: { cookie: decider.sessionCookie! } });
        expect({ reference: c.reference, kind, status: res.status }).toEqual({ reference: c.reference, kind, status: 200 });
        const body = await res.json();
        expect({ reference: c.reference, errors: schemaErrors(kind, body) }).toEqual({ reference: c.reference, errors: [] });
        const releases = kind === 'release' ? body.releases : body.records.flatMap((r: any) => [...r.releases, r.compiledRelease]);
        expect({ reference: c.reference, errors: codelistErrors(releases) }).toEqual({ reference: c.reference, errors: [] });
      }
    }
    const bulk = await (await fetch(`${app.url}/api/open-data/releases.json?from=2000-01-01&to=2100-01-01`, { headers: { cookie: admin.sessionCookie! } })).json();
    expect(schemaErrors('release', bulk)).toEqual([]);
    expect(codelistErrors(bulk.releases)).toEqual([]);
    expect(new Set(bulk.releases.map((r: any) => r.ocid)).size).toBe(cases.length);
  });
});
