import { compareDecimals, subtractMoney } from '@bc/shared/domain';
import { PDF_PALETTE } from '@bc/api/documents';
import { translator } from '@bc/shared/i18n/documents';
import type { RecordPen } from './decision-record-auctions';
import type { DecisionRecordScenario } from './decision-record-scenario-content';
import { scenarioRuleText } from './scenario-rule-text';

const { muted: MUTED } = PDF_PALETTE;

/** The decision record's section on the award scenario the award was proposed from (nothing without one). */
export function drawScenario(pen: RecordPen, s: DecisionRecordScenario | undefined, currency: string): void {
  if (!s) return;
  const t = translator(pen.locale, 'documents.decisionRecordScenario');
  const { f } = pen;
  const r = s.result;
  const objective = t.pick('objectives', s.objective) ?? s.objective;
  const saving = (benchmark: string | null) =>
    benchmark === null ? t('none') : t('saving', { amount: f.amount(subtractMoney(benchmark, r.totalCost), currency), benchmark: f.amount(benchmark, currency) });
  const facts = pen.facts([
    [t('name'), s.name],
    [t('kind'), t.pick('kinds', s.kind) ?? s.kind],
    [t('objective'), s.budget === null ? objective : t('withinBudget', { objective, budget: f.amount(s.budget, currency) })],
    [t('result'), t.pick('statuses', s.status) ?? s.status],
    [t('solvedAt'), f.stamp(s.solvedAt)],
    [
      t('total'),
      compareDecimals(r.discountTotal, '0') > 0
        ? t('totalWithDiscounts', { total: f.amount(r.totalCost, currency), before: f.amount(r.totalBeforeDiscounts, currency), discounts: f.amount(r.discountTotal, currency) })
        : f.amount(r.totalCost, currency),
    ],
    [t('vsSingle'), saving(s.benchmarks.bestSingleSupplierTotal)],
    [t('vsEstimate'), saving(s.benchmarks.estimate)],
  ]);
  pen.heading(t('heading'), facts.startHeight() + 40);
  pen.paragraph(t('intro'), 9, MUTED);
  facts.draw();

  if (s.rules.length === 0) pen.paragraph(t('noRules'));
  else {
    const priceOf = new Map(s.rulePrices.map((p) => [p.ruleId, p]));
    const rules = pen.table(
      [
        { header: t('rule'), width: 270 },
        { header: t('without'), width: 100, align: 'right' },
        { header: t('costOfRule'), width: 0, align: 'right' },
      ],
      s.rules.map((rule) => {
        const price = priceOf.get(rule.id);
        return [scenarioRuleText(pen.locale, rule), price?.totalCostWithout ? f.amount(price.totalCostWithout) : t('none'), { text: price?.costOfRule ? f.amount(price.costOfRule) : t('none'), bold: true }];
      }),
    );
    pen.captionedTable(`${t('rules')} (${currency})`, rules);
  }
  const suppliers = pen.table(
    [
      { header: t('supplier'), width: 130 },
      { header: t('lines'), width: 40, align: 'right' },
      { header: t('value'), width: 75, align: 'right' },
      { header: t('discount'), width: 65, align: 'right' },
      { header: t('net'), width: 75, align: 'right' },
      { header: t('valueShare'), width: 0, align: 'right' },
    ],
    r.suppliers.map((x) => [x.supplier, String(x.lines), f.amount(x.value), f.amount(x.discount), { text: f.amount(x.net), bold: true }, `${f.number(x.valueShare)} %`]),
  );
  pen.captionedTable(`${t('suppliers')} (${currency})`, suppliers);
  if (s.inputsFingerprint) {
    pen.space(0.3);
    pen.paragraph(t('fingerprint', { hash: s.inputsFingerprint }), 8.5, MUTED);
  }
}
