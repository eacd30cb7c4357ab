import { Workbook, type CellFormulaValue, type Worksheet } from 'exceljs';
import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { DEMO } from './support/purchasing-fixtures';
import { invitationOf, inSeconds, publishedRfq, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { passClosingTime } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const COMPARISON_FIELDS = `rfqId reference currency missingRates complete
  exchangeRates { currency rate setAt setByName }
  suppliers { invitationId supplierName currency rate rateMissing total totalConverted validUntil paymentTerms deliveryTerms supplierReference
    revision sha256 linesQuoted complete mustHaveNotMet mustHaveNotMetKeys }
  lines { key position description quantity unit bestDecided
    offers { invitationId unitPrice quantity lineTotal lineTotalConverted leadTimeDays note fullQuantity best
      alternatives { description unitPrice quantity leadTimeDays total totalConverted } } }
  requirements { key position text kind weight answers { invitationId compliance comment mustHaveNotMet } }`;

const OPS = {
  comparison: `query ($rfqId: ID!) { rfqComparison(rfqId: $rfqId) { ${COMPARISON_FIELDS} } }`,
  onRfq: `query ($id: ID!) { rfq(id: $id) { id comparison { reference missingRates suppliers { supplierName totalConverted } } } }`,
  setRate: `mutation ($rfqId: ID!, $currency: String!, $rate: String!) { setRfqExchangeRate(rfqId: $rfqId, currency: $currency, rate: $rate) { currency rate setAt setByName } }`,
};

type Comparison = Record<string, any>;

/**
 * The comparison of a closed RFQ: Hanse quotes in EUR (the RFQ's currency) with every line in full
 * and an alternative; Alpine quotes in USD, the seal kits only in part, and does not meet the
 * must-have. Sealed before closing; after it, USD stays unconverted until the buyer enters a rate;
 * then totals convert exactly and the best value per line follows the documented rule. Then who may
 * see it and the spreadsheet export.
 */
describe('the comparison of a closed RFQ', () => {
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let reference: string;
  let pumpKey: string;
  let sealKey: string;
  let atexKey: string;
  let hanseInv: string;
  let alpineInv: string;

  const get = (client: GraphQLClient, path: string) => fetch(`${app.url}${path}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });
  const compare = async (): Promise<Comparison> => (await w.as.buyer.ok(OPS.comparison, { rfqId }))['rfqComparison'];
  const supplier = (c: Comparison, inv: string) => c['suppliers'].find((s: { invitationId: string }) => s.invitationId === inv);
  const offer = (c: Comparison, lineKey: string, inv: string) =>
    c['lines'].find((l: { key: string }) => l.key === lineKey).offers.find((o: { invitationId: string }) => o.invitationId === inv);
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    rfqId = published.rfqId;
    reference = published.rfq.reference;
    hanseInv = await invitationOf(w.as.supplier, reference);
    alpineInv = await invitationOf(w.as.alpine, reference);
    const one = (await w.as.supplier.ok(RFQ_OPS.portalOne, { id: hanseInv }))['portalInvitation'];
    expect(one.rfq.currency).toBe('EUR');
    [pumpKey, sealKey] = one.rfq.lines.map((l: { key: string }) => l.key);
    expect(one.rfq.lines.map((l: { quantity: string }) => Number(l.quantity))).toEqual([4, 8]);
    atexKey = one.rfq.requirements.find((r: { kind: string }) => r.kind === 'MUST_HAVE').key;
    const niceKey = one.rfq.requirements.find((r: { kind: string }) => r.kind === 'NICE_TO_HAVE').key;

    // Hanse, first a revision that the comparison must not use, then the one it compares.
    const hanse = (pump: string) => ({
      currency: 'EUR',
      validUntil,
      supplierReference: 'HI-2026-17',
      paymentTerms: '30 days net',
      deliveryTerms: 'DAP Hamburg',
      lines: [
        { lineKey: pumpKey, unitPrice: pump, quantity: '4', leadTimeDays: 42, alternatives: [{ description: 'Cast iron housing', unitPrice: '850.00', quantity: '4', leadTimeDays: 28 }] },
        { lineKey: sealKey, unitPrice: '25.50', quantity: '8', leadTimeDays: 14 },
      ],
      answers: [
        { requirementKey: atexKey, compliance: 'MET', comment: 'Certified' },
        { requirementKey: niceKey, compliance: 'PARTLY_MET', comment: '7 weeks' },
      ],
    });
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: hanse('1111.00') });
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: hanse('1000.00') });
    await w.as.alpine.ok(RFQ_OPS.submit, {
      invitationId: alpineInv,
      input: {
        currency: 'USD',
        validUntil,
        supplierReference: 'AC-991',
        paymentTerms: '14 days 2 %',
        deliveryTerms: 'FCA Zurich',
        lines: [
          { lineKey: pumpKey, unitPrice: '1050.00', quantity: '4', leadTimeDays: 35 },
          // Only 6 of the 8 seal kits requested: shown, but not ranked for best value.
          { lineKey: sealKey, unitPrice: '20.1234', quantity: '6', leadTimeDays: 10, note: 'Two more in spring' },
        ],
        answers: [
          { requirementKey: atexKey, compliance: 'NOT_MET', comment: 'Zone 2 only' },
          { requirementKey: niceKey, compliance: 'MET', comment: '' },
        ],
      },
    });
  }, 240_000);
  afterAll(() => app.close());

  async function close(): Promise<void> {
    await passClosingTime(app, rfqId);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
  }

  it('is sealed before closing: SEALED in GraphQL, 404 for the spreadsheet, and no rate can be entered yet', async () => {
    expect((await w.as.buyer.error(OPS.comparison, { rfqId })).extensions?.code).toBe(ErrorCode.SEALED);
    expect((await w.as.buyer.error(OPS.onRfq, { id: rfqId })).extensions?.code).toBe(ErrorCode.SEALED);
    const res = await get(w.as.buyer, `/api/rfqs/${rfqId}/comparison.xlsx`);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toContain('1050');
    const early = await w.as.buyer.error(OPS.setRate, { rfqId, currency: 'USD', rate: '0.9231' });
    expect(early.extensions?.code).toBe(ErrorCode.CONFLICT);
    await close();
  });

  it('reports the missing USD rate and leaves the USD amounts unconverted; best is marked only where it is certain', async () => {
    const c = await compare();
    expect(c).toMatchObject({ reference, currency: 'EUR', missingRates: ['USD'], complete: false, exchangeRates: [] });
    expect(c['suppliers'].map((s: { invitationId: string }) => s.invitationId)).toEqual([alpineInv, hanseInv]); // by name
    expect(supplier(c, hanseInv)).toMatchObject({
      currency: 'EUR',
      rate: null,
      rateMissing: false,
      total: '4204.00',
      totalConverted: '4204.00',
      validUntil,
      paymentTerms: '30 days net',
      deliveryTerms: 'DAP Hamburg',
      supplierReference: 'HI-2026-17',
      revision: 2,
      linesQuoted: 2,
      complete: true,
      mustHaveNotMet: false,
      mustHaveNotMetKeys: [],
    });
    expect(supplier(c, hanseInv).sha256).toMatch(/^[0-9a-f]{64}$/);
    // 4 × 1050.00 + 6 × 20.1234 = 4320.7404 → 4320.74 USD.
    expect(supplier(c, alpineInv)).toMatchObject({ currency: 'USD', rate: null, rateMissing: true, total: '4320.74', totalConverted: null, complete: false, revision: 1 });
    expect(offer(c, pumpKey, alpineInv)).toMatchObject({ lineTotal: '4200.00', lineTotalConverted: null, fullQuantity: true, best: false });
    expect(offer(c, pumpKey, hanseInv)).toMatchObject({ unitPrice: '1000.00', lineTotal: '4000.00', lineTotalConverted: '4000.00', best: false, leadTimeDays: 42 });
    // The pump line: Alpine quotes it in full but cannot be converted, so nothing is marked.
    expect(c['lines'][0]).toMatchObject({ key: pumpKey, position: 1, bestDecided: false });
    // The seal kits: Alpine's partial quantity is not ranked, so Hanse's full offer is best.
    expect(c['lines'][1].bestDecided).toBe(true);
    expect(offer(c, sealKey, alpineInv)).toMatchObject({ quantity: '6', lineTotal: '120.74', fullQuantity: false, best: false, note: 'Two more in spring' });
    expect(offer(c, sealKey, hanseInv)).toMatchObject({ lineTotal: '204.00', best: true });
  });

  it('refuses a bad rate or currency with VALIDATION_FAILED naming the field, and writes nothing', async () => {
    const audits = async () => Number((await app.dataSource.query(`SELECT count(*) FROM audit_event WHERE action = 'rfq.exchange-rate-set'`))[0].count);
    const before = await audits();
    for (const [currency, rate, field] of [
      ['USD', 'abc', 'rate'],
      ['USD', '0', 'rate'],
      ['USD', '-1.2', 'rate'],
      ['USD', '0.123456789', 'rate'],
      ['USD', '1e3', 'rate'],
      ['USD', '12345678901', 'rate'],
      ['EUR', '1.1', 'currency'],
      ['US', '1.1', 'currency'],
      ['US1', '1.1', 'currency'],
    ]) {
      const e = await w.as.buyer.error(OPS.setRate, { rfqId, currency, rate });
      expect([currency, rate, e.extensions]).toEqual([currency, rate, expect.objectContaining({ code: ErrorCode.VALIDATION_FAILED, field })]);
    }
    expect(await audits()).toBe(before);
    expect(await app.dataSource.query(`SELECT * FROM rfq_exchange_rate WHERE rfq_id = $1`, [rfqId])).toEqual([]);
  });

  it('converts with the entered rate, exact to the cent, audits each change from/to, and marks the best per line', async () => {
    expect((await w.as.buyer.ok(OPS.setRate, { rfqId, currency: 'usd', rate: '0.95' }))['setRfqExchangeRate']).toMatchObject({ currency: 'USD', rate: '0.95' });
    const set = (await w.as.buyer.ok(OPS.setRate, { rfqId, currency: 'USD', rate: '0.92310000' }))['setRfqExchangeRate'];
    expect(set).toMatchObject({ currency: 'USD', rate: '0.9231', setByName: expect.any(String) });
    const events = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'rfq.exchange-rate-set' AND entity_id = $1 ORDER BY sequence`, [rfqId]);
    expect(events.map((e: { summary: Record<string, unknown> }) => e.summary)).toEqual([
      expect.objectContaining({ reference, currency: 'USD', from: null, to: '0.95' }),
      expect.objectContaining({ reference, currency: 'USD', from: '0.95', to: '0.9231' }),
    ]);

    const c = await compare();
    expect(c).toMatchObject({ missingRates: [], complete: false, exchangeRates: [{ currency: 'USD', rate: '0.9231' }] });
    // 4320.74 × 0.9231 = 3988.475094 → 3988.48 (the total converted once, half-up).
    expect(supplier(c, alpineInv)).toMatchObject({ rate: '0.9231', rateMissing: false, total: '4320.74', totalConverted: '3988.48' });
    expect(supplier(c, hanseInv)).toMatchObject({ rate: null, totalConverted: '4204.00' });
    // 4200.00 × 0.9231 = 3877.02 < 4000.00: Alpine is now the best pump offer.
    expect(c['lines'][0].bestDecided).toBe(true);
    expect(offer(c, pumpKey, alpineInv)).toMatchObject({ lineTotalConverted: '3877.02', best: true });
    expect(offer(c, pumpKey, hanseInv)).toMatchObject({ lineTotalConverted: '4000.00', best: false });
    expect(offer(c, pumpKey, hanseInv).alternatives).toEqual([
      { description: 'Cast iron housing', unitPrice: '850.00', quantity: '4', leadTimeDays: 28, total: '3400.00', totalConverted: '3400.00' },
    ]);
    // 120.74 × 0.9231 = 111.455094 → 111.46, cheaper, but only 6 of 8: Hanse stays best.
    expect(offer(c, sealKey, alpineInv)).toMatchObject({ lineTotalConverted: '111.46', best: false });
    expect(offer(c, sealKey, hanseInv)).toMatchObject({ lineTotalConverted: '204.00', best: true });

    expect((await w.as.buyer.ok(OPS.onRfq, { id: rfqId }))['rfq']['comparison']).toMatchObject({ reference, missingRates: [] });
  });

  it('flags a must-have not met, per answer and per supplier', async () => {
    const c = await compare();
    expect(supplier(c, alpineInv)).toMatchObject({ mustHaveNotMet: true, mustHaveNotMetKeys: [atexKey] });
    const atex = c['requirements'].find((r: { key: string }) => r.key === atexKey);
    expect(atex.kind).toBe('MUST_HAVE');
    expect(atex.answers).toEqual([
      { invitationId: alpineInv, compliance: 'NOT_MET', comment: 'Zone 2 only', mustHaveNotMet: true },
      { invitationId: hanseInv, compliance: 'MET', comment: 'Certified', mustHaveNotMet: false },
    ]);
    const nice = c['requirements'].find((r: { kind: string }) => r.kind === 'NICE_TO_HAVE');
    expect(nice.answers.map((a: { compliance: string; mustHaveNotMet: boolean }) => [a.compliance, a.mustHaveNotMet])).toEqual([
      ['MET', false],
      ['PARTLY_MET', false],
    ]);
  });

  it('is for the buying team that may read quotes: requester and supplier FORBIDDEN, another organization NOT_FOUND; rates for the buyer only', async () => {
    for (const role of ['requester', 'supplier'] as const) {
      expect([role, (await w.as[role].error(OPS.comparison, { rfqId })).extensions?.code]).toEqual([role, ErrorCode.FORBIDDEN]);
      expect([role, (await w.as[role].error(OPS.setRate, { rfqId, currency: 'USD', rate: '1.5' })).extensions?.code]).toEqual([role, ErrorCode.FORBIDDEN]);
      expect([role, (await get(w.as[role], `/api/rfqs/${rfqId}/comparison.xlsx`)).status]).toEqual([role, 403]);
    }
    // The gatekeeper may read quotes, not enter rates.
    expect((await w.as.gatekeeper.ok(OPS.comparison, { rfqId }))['rfqComparison'].suppliers).toHaveLength(2);
    expect((await w.as.gatekeeper.error(OPS.setRate, { rfqId, currency: 'USD', rate: '1.5' })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const other = (await secondTenant(app, ['BUYER'])).client;
    expect((await other.error(OPS.comparison, { rfqId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await other.error(OPS.setRate, { rfqId, currency: 'USD', rate: '1.5' })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await get(other, `/api/rfqs/${rfqId}/comparison.xlsx`)).status).toBe(404);
    const [{ rate }] = await app.dataSource.query(`SELECT rate FROM rfq_exchange_rate WHERE rfq_id = $1`, [rfqId]);
    expect(rate).toBe('0.92310000');
  });

  describe('the spreadsheet', () => {
    const download = async (): Promise<Workbook> => {
      const res = await get(w.as.buyer, `/api/rfqs/${rfqId}/comparison.xlsx`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toContain(`${reference}-comparison.xlsx`);
      const wb = new Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      return wb;
    };
    const formulaOf = (ws: Worksheet, address: string) => ws.getCell(address).value as CellFormulaValue;
    const rowOf = (ws: Worksheet, test: (values: unknown[]) => boolean): number => {
      for (let r = 2; r <= ws.rowCount; r++) if (test(ws.getRow(r).values as unknown[])) return r;
      throw new Error('No such row');
    };

    it('has a Summary, Lines and Requirements sheet with numbers as numbers, formulas with their results, frozen headers and the best value filled', async () => {
      const wb = await download();
      // Hanse quotes in the RFQ currency: the award scenarios follow (award-scenarios-workbook.spec.ts).
      expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'Lines', 'Requirements', 'Scenarios', 'Scenario lines']);

      const summary = wb.getWorksheet('Summary')!;
      expect(summary.getCell('A1').value).toBe('Supplier');
      expect(summary.getCell('E1').value).toBe('Total (EUR)');
      expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(summary.getColumn(1).width).toBeGreaterThan(20);
      // Row 2 is Alpine (by name): the rate as entered, the own total a number, the EUR total a formula on them.
      expect(String(summary.getCell('A2').value)).toContain('Alpine');
      expect(summary.getCell('B2').value).toBe('USD');
      expect(summary.getCell('C2').value).toBe(0.9231);
      // The supplier's own total is a formula over its offers on the Lines sheet, with the result cached.
      expect(formulaOf(summary, 'D2')).toMatchObject({ formula: `SUMIFS('Lines'!$J:$J,'Lines'!$E:$E,$A2,'Lines'!$F:$F,"As specified")`, result: 4320.74 });
      expect(summary.getCell('D2').numFmt).toBe('#,##0.00');
      expect(formulaOf(summary, 'E2')).toMatchObject({ formula: 'IF(C2="","",ROUND(D2*C2,2))', result: 3988.48 });
      expect(summary.getCell('F2').value).toEqual(new Date(`${validUntil}T00:00:00Z`));
      expect(summary.getCell('L2').value).toBe(1); // must-haves not met
      expect(summary.getCell('C3').value).toBe(1); // Hanse quotes in EUR
      expect(formulaOf(summary, 'E3')).toMatchObject({ result: 4204 });
      expect(summary.getCell('L3').value).toBe(0);

      const lines = wb.getWorksheet('Lines')!;
      expect(lines.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const alpinePump = rowOf(lines, (v) => v[1] === 1 && String(v[5]).includes('Alpine'));
      expect(lines.getCell(alpinePump, 8).value).toBe(1050);
      expect(lines.getCell(alpinePump, 9).value).toBe(4);
      // A whole quantity is shown without decimals ("4", not "4.0").
      expect(lines.getCell(alpinePump, 9).numFmt).toBe('#,##0');
      expect(lines.getCell(alpinePump, 3).numFmt).toBe('#,##0');
      expect(formulaOf(lines, `J${alpinePump}`)).toMatchObject({ formula: `ROUND(H${alpinePump}*I${alpinePump},2)`, result: 4200 });
      expect(formulaOf(lines, `K${alpinePump}`)).toMatchObject({ formula: `IF('Summary'!$C$2="","",ROUND(J${alpinePump}*'Summary'!$C$2,2))`, result: 3877.02 });
      expect(lines.getCell(alpinePump, 13).value).toBe('Best value');
      expect(lines.getCell(alpinePump, 8).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFC6EFCE' } });
      const hansePump = rowOf(lines, (v) => v[1] === 1 && String(v[5]).includes('Hanse') && v[6] === 'As specified');
      expect(lines.getCell(hansePump, 13).value ?? null).toBeNull();
      const alternative = rowOf(lines, (v) => String(v[6]).startsWith('Alternative 1: Cast iron housing'));
      expect(formulaOf(lines, `J${alternative}`).result).toBe(3400);
      const alpineSeal = rowOf(lines, (v) => v[1] === 2 && String(v[5]).includes('Alpine'));
      expect(lines.getCell(alpineSeal, 8).value).toBe(20.1234);
      expect(formulaOf(lines, `J${alpineSeal}`).result).toBe(120.74);

      const requirements = wb.getWorksheet('Requirements')!;
      const atex = rowOf(requirements, (v) => v[3] === 'Must-have');
      expect(requirements.getCell(atex, 5).value).toBe('Not met');
      expect(requirements.getCell(atex, 5).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
      expect(requirements.getCell(atex, 6).value).toBe('Zone 2 only');
      expect(requirements.getCell(atex, 7).value).toBe('Met');
    });

    it('names its RFQ, case, generation time and user, and prints landscape, one page wide, with the header row repeated', async () => {
      const wb = await download();
      const [rfq] = await app.dataSource.query(`SELECT r.reference, r.title, pc.reference AS case_reference FROM rfq r JOIN purchase_case pc ON pc.id = r.case_id WHERE r.id = $1`, [rfqId]);
      const [buyer] = await app.dataSource.query(`SELECT name FROM app_user WHERE email = $1`, [DEMO.buyer]);
      expect(wb.creator).toBe('Buying Center – Purchasing');
      expect(wb.lastModifiedBy).toBe(buyer.name);
      expect(wb.title).toBe(`${rfq.reference} – ${rfq.title}`);
      expect(wb.subject).toContain(rfq.case_reference);
      const summary = wb.getWorksheet('Summary')!;
      const about = new Map<string, string>();
      summary.eachRow((row) => {
        const label = row.getCell(1).value;
        if (typeof label === 'string') about.set(label, String(row.getCell(2).value ?? ''));
      });
      expect(about.get('RFQ')).toBe(`${rfq.reference} – ${rfq.title}`);
      expect(about.get('Purchase case')).toContain(rfq.case_reference);
      expect(about.get('Generated')).toMatch(/UTC$/);
      expect(about.get('Generated by')).toBe(buyer.name);
      for (const ws of wb.worksheets) {
        expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
        expect(ws.headerFooter.oddHeader).toContain(rfq.reference);
      }
    });

    it('is streamed as it is written (no length known before the last row), each row wrapped and aligned to the top', async () => {
      const res = await get(w.as.buyer, `/api/rfqs/${rfqId}/comparison.xlsx`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBeNull();
      const wb = new Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      expect(wb.getWorksheet('Lines')!.getRow(2).getCell(1).alignment).toMatchObject({ vertical: 'top', wrapText: true });
    });

    it("is labelled in the user's language", async () => {
      const [{ locale }] = await app.dataSource.query(`SELECT locale FROM app_user WHERE email = $1`, [DEMO.buyer]);
      await app.dataSource.query(`UPDATE app_user SET locale = 'de' WHERE email = $1`, [DEMO.buyer]);
      try {
        const wb = await download();
        expect(wb.worksheets.map((s) => s.name)).toEqual(['Übersicht', 'Positionen', 'Anforderungen', 'Szenarien', 'Szenario-Positionen']);
        const scenarios = wb.getWorksheet('Szenarien')!;
        expect([scenarios.getCell('A1').value, scenarios.getCell('G1').value, scenarios.getCell('B2').value]).toEqual(['Szenario', 'Gesamtkosten (EUR)', 'Vorgegeben: bester Preis je Position']);
        expect(wb.getWorksheet('Übersicht')!.getCell('A1').value).toBe('Lieferant');
        const lines = wb.getWorksheet('Positionen')!;
        expect(String(formulaOf(lines, 'K2').formula)).toContain("'Übersicht'!$C$");
        expect(wb.creator).toBe('Buying Center – Einkauf');
        expect(String(formulaOf(wb.getWorksheet('Übersicht')!, 'D2').formula)).toContain('"Wie angefragt"');
      } finally {
        await app.dataSource.query(`UPDATE app_user SET locale = $2 WHERE email = $1`, [DEMO.buyer, locale]);
      }
    });
  });
});
