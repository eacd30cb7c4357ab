import { writeFileSync } from 'node:fs';
import { Locale } from '@bc/shared/domain';
import { inspectPdf } from '@bc/api/documents/testing';
import { sampleContent } from '../support/decision-record-sample';
import { DecisionRecordContent, decisionRecordHash } from './decision-record-content';
import type { DecisionRecordScenario } from './decision-record-scenario-content';
import { renderDecisionRecord } from './decision-record';

const render = async (locale: Locale, content: DecisionRecordContent): Promise<string> => {
  const pdf = await renderDecisionRecord({
    content,
    sha256: decisionRecordHash(content),
    locale,
    timeZone: 'Europe/Berlin',
    generatedAt: new Date('2026-11-27T08:00:00Z'),
    chain: { ok: true, checkedEvents: 1234 },
    jsonUrl: 'http://localhost:3000/api/cases/x/decision-record.json',
  });
  if (process.env['WRITE_PDF']) writeFileSync(`/tmp/decision-record-scenario-${locale}.pdf`, pdf);
  return (await inspectPdf(pdf)).pages.join(' ');
};

const rule = (id: string, kind: string, description: string, fields: Partial<DecisionRecordScenario['rules'][number]> = {}): DecisionRecordScenario['rules'][number] => ({
  id,
  kind,
  description,
  count: null,
  basis: null,
  minPercent: null,
  maxPercent: null,
  minScore: null,
  suppliers: null,
  positions: null,
  group: null,
  groups: null,
  ...fields,
});

/** The sample award (pumps to Hanse, seal kits to Alpine) as a scenario with two rules found it. */
function sampleScenario(): DecisionRecordScenario {
  return {
    id: '7b1c5d0e-0000-4000-8000-000000000001',
    name: 'Two suppliers, 60 % cap',
    kind: 'CUSTOM',
    objective: 'MIN_COST',
    budget: null,
    status: 'OPTIMAL',
    solvedAt: '2026-11-20T09:30:00.000Z',
    inputsFingerprint: 'ab'.repeat(32),
    lineGroups: [],
    rules: [
      rule('r1', 'SHARE', 'Each supplier: at most 60 % of the value', { basis: 'VALUE', maxPercent: 60 }),
      rule('r2', 'MIN_RELIABILITY', 'Nobody below reliability 70', { minScore: 70 }),
    ],
    result: {
      totalBeforeDiscounts: '12480.00',
      discountTotal: '0.00',
      totalCost: '12480.00',
      supplierCount: 2,
      score: null,
      suppliers: [
        { supplier: 'Hanse Industrie GmbH', value: '11400.00', discount: '0.00', net: '11400.00', valueShare: 91.35, quantityShare: 4, lines: 1 },
        { supplier: 'Alpine Components AG', value: '1080.00', discount: '0.00', net: '1080.00', valueShare: 8.65, quantityShare: 96, lines: 1 },
      ],
    },
    rulePrices: [
      { ruleId: 'r1', description: 'Each supplier: at most 60 % of the value', status: 'OPTIMAL', totalCostWithout: '12300.00', costOfRule: '180.00' },
      { ruleId: 'r2', description: 'Nobody below reliability 70', status: 'OPTIMAL', totalCostWithout: '12480.00', costOfRule: '0.00' },
    ],
    benchmarks: { bestSingleSupplierTotal: '12600.00', estimate: '13000.00' },
  };
}

describe("the decision record's award scenario", () => {
  // pdf.js runs in a child process: slow on a busy machine.
  jest.setTimeout(240_000);

  it('leaves a record of an award without a scenario as it was: no section, and the same hash', async () => {
    const content = sampleContent();
    expect('scenario' in content).toBe(false);
    expect(decisionRecordHash(content)).toBe('dd1ec9f994b4296a90694ee227a5948fdf8bf16d658b6dd462db61b8dc0ad1e6');
    expect(await render(Locale.EN, content)).not.toContain('Award scenario');
  });

  it('shows the objective, each rule with its price, the shares and the savings, in English and in German', async () => {
    const content = { ...sampleContent(), scenario: sampleScenario() };
    const en = await render(Locale.EN, content);
    for (const expected of [
      'Award scenario',
      'Two suppliers, 60 % cap',
      'the lowest total cost',
      'Each supplier: at most 60 % of the value 12,300.00 180.00',
      'Nobody below reliability 70 12,480.00 0.00',
      'Hanse Industrie GmbH 1 11,400.00 0.00 11,400.00 91.35 %',
      '120.00 EUR less than 12,600.00 EUR',
    ]) {
      expect(en).toContain(expected);
    }
    const de = await render(Locale.DE, content);
    for (const expected of ['Vergabeszenario', 'die niedrigsten Gesamtkosten', 'Jeder Lieferant: höchstens 60 % des Werts 12.300,00 180,00', 'Niemand unter Zuverlässigkeit 70', 'Anteil je Lieferant (EUR)']) {
      expect(de).toContain(expected);
    }
  });
});
