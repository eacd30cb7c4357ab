import { Workbook } from 'exceljs';
import { caseInDecision, DecisionCase, evaluatedCase } from './support/award-fixtures';
import { DEMO } from './support/purchasing-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The award scenarios in the RFQ comparison workbook (issue 16), on the hand-made RFQ of
 * award-scenarios.spec.ts: line 1 = 4 pumps, line 2 = 8 seal kits; Hanse 100.00 and 20.00 (560.00
 * for all), Alpine 90.00 and 26.00; best price per line 520.00.
 */
describe('award scenarios in the comparison workbook', () => {
  let app: TestApp;
  let w: RfqWorld;
  let a: DecisionCase;

  const get = (client: GraphQLClient, path: string) => fetch(`${app.url}${path}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });
  const download = async (rfqId: string): Promise<Workbook> => {
    const res = await get(w.as.buyer, `/api/rfqs/${rfqId}/comparison.xlsx`);
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    return wb;
  };

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    a = await caseInDecision(app, w, { hanse: ['100.00', '20.00'], alpine: ['90.00', '26.00'], caseInput: { estimatedValue: '600.00' } });
  }, 300_000);
  afterAll(() => app?.close());

  it('has a Scenarios sheet side by side and a Scenario lines sheet, numbers in the money format', async () => {
    const solve = async (name: string, rules: unknown[]) => {
      const created = (await w.as.buyer.ok(`mutation ($input: CreateAwardScenarioInput!) { createAwardScenario(input: $input) { id } }`, {
        input: { rfqId: a.rfqId, name, objective: 'MIN_COST', rules },
      }))['createAwardScenario'];
      return (await w.as.buyer.ok(`mutation ($id: ID!) { solveAwardScenario(id: $id) { status rules { description } result { totalCost rulePrices { costOfRule } conflict { explanation } } } }`, {
        id: created.id,
      }))['solveAwardScenario'];
    };
    const solved = await solve('One supplier only', [{ kind: 'MAX_SUPPLIERS', count: 1 }]);
    expect(solved.result).toMatchObject({ totalCost: '560.00', rulePrices: [{ costOfRule: '40.00' }] });
    const infeasible = await solve('Impossible', [{ kind: 'SHARE', basis: 'VALUE', maxPercent: 60 }, { kind: 'WHOLE_LINES' }]);
    expect(infeasible.status).toBe('INFEASIBLE');

    const wb = await download(a.rfqId);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'Lines', 'Requirements', 'Scenarios', 'Scenario lines']);
    const ws = wb.getWorksheet('Scenarios')!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['Scenario', 'Kind', 'Objective', 'Status', 'Total cost (EUR)', 'Suppliers']));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const names = [2, 3, 4, 5].map((r) => ws.getCell(r, 1).value);
    expect(names).toEqual([expect.any(String), expect.any(String), 'One supplier only', 'Impossible']);
    // Best price per line: 520.00 total, 40.00 below the best single supplier, 80.00 below the estimate.
    expect(ws.getCell('B2').value).toBe('Built in: best price per line');
    expect(ws.getCell('G2').value).toBe(520);
    expect(ws.getCell('G2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('H2').value).toBe(40);
    expect(ws.getCell('I2').value).toBe(80);
    expect(ws.getCell('J2').value).toBe(2);
    // The custom scenario: 560.00, one supplier, its rule with its price.
    expect(ws.getCell('B4').value).toBe('Custom');
    expect(ws.getCell('C4').value).toBe('Lowest total cost');
    expect(ws.getCell('D4').value).toBe('Optimal');
    expect(ws.getCell('E4').value).toBe(560);
    expect(ws.getCell('F4').value).toBe(0);
    expect(ws.getCell('G4').value).toBe(560);
    expect(ws.getCell('J4').value).toBe(1);
    expect(String(ws.getCell('K4').value)).toContain('100.0 %');
    expect(ws.getCell('L4').value).toBe('At most 1 supplier(s): 40.00');
    // The infeasible one: no totals, its conflict explained.
    expect(ws.getCell('D5').value).toBe('Infeasible');
    expect(ws.getCell('G5').value ?? null).toBeNull();
    expect(ws.getCell('M5').value).toBe(infeasible.result.conflict.explanation);

    const lines = wb.getWorksheet('Scenario lines')!;
    const rows = [];
    for (let r = 2; r <= lines.rowCount; r++) rows.push((lines.getRow(r).values as unknown[]).slice(1, 9));
    const custom = rows.filter((v) => v[0] === 'One supplier only');
    expect(custom).toEqual([
      ['One supplier only', expect.stringContaining('Hanse'), 1, expect.any(String), 4, expect.any(String), 100, 400],
      ['One supplier only', expect.stringContaining('Hanse'), 2, expect.any(String), 8, expect.any(String), 20, 160],
    ]);
    const alpinePumps = rows.find((v) => v[1] && String(v[1]).includes('Alpine') && v[2] === 1);
    expect(alpinePumps).toEqual([expect.any(String), expect.any(String), 1, expect.any(String), 4, expect.any(String), 90, 360]);
    expect(lines.getCell('H2').numFmt).toBe('#,##0.00');
  });

  it("says the rules and the conflict in the reader's language, in the decision record's words", async () => {
    // The scenarios of the test above: "One supplier only" (at most 1 supplier, 40.00) and "Impossible".
    const [{ locale }] = await app.dataSource.query(`SELECT locale FROM app_user WHERE email = $1`, [DEMO.buyer]);
    await app.dataSource.query(`UPDATE app_user SET locale = 'de' WHERE email = $1`, [DEMO.buyer]);
    try {
      const ws = (await download(a.rfqId)).getWorksheet('Szenarien')!;
      expect(ws.getCell('A4').value).toBe('One supplier only');
      expect(ws.getCell('L4').value).toBe('Höchstens 1 Lieferant(en): 40,00');
      expect(ws.getCell('L5').value).toBe('Jeder Lieferant: höchstens 60 % des Werts: nicht vergleichbar\nNur ganze Positionen: nicht vergleichbar');
      expect(ws.getCell('M5').value).toBe('„Jeder Lieferant: höchstens 60 % des Werts“ und „Nur ganze Positionen“ lassen sich nicht zugleich einhalten: Streichen oder lockern Sie eine davon.');
    } finally {
      await app.dataSource.query(`UPDATE app_user SET locale = $2 WHERE email = $1`, [DEMO.buyer, locale]);
    }
  });

  it('has no scenario sheets when no supplier takes part (every quote in another currency)', async () => {
    const usd = (q: Record<string, unknown>) => ({ ...q, currency: 'USD' });
    const b = await evaluatedCase(app, w, { adjust: { hanse: usd, alpine: usd } });
    const wb = await download(b.rfqId);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'Lines', 'Requirements']);
  });
});
