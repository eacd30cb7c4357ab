import { scenarioRuleText } from '@bc/api/award';
import type { WorkbookSheets } from '@bc/api/evaluation';
import { Locale } from '@bc/shared/domain';
import { translator } from '@bc/shared/i18n/documents';
import type { AwardScenarioComparisonType, AwardScenarioRuleType, AwardScenarioType } from '../dto/scenario.types';
import { explainConflict, ruleWords } from '../services/scenario-views';

const num = (d: string | null | undefined): number | null => (d === null || d === undefined ? null : Number(d));

/**
 * The comparison workbook's award scenario sheets (issue 16), labelled in the reader's language:
 * "Scenarios" (one row per scenario, side by side: kind, objective, status, the totals and savings
 * as numbers in the workbook's money format, the suppliers' shares, each rule with its price, the
 * conflict) and "Scenario lines" (per scenario and supplier, its lines with quantity, unit price
 * and total). Rules and conflicts are said from their fields in the reader's language, in the
 * decision record's words (`scenarioRuleText`), not in the API's English `description`.
 */
export async function writeScenarioSheets(view: AwardScenarioComparisonType, sheets: WorkbookSheets): Promise<void> {
  const t = translator(sheets.locale, 'documents.scenarioWorkbook');
  const { money, price, quantity } = sheets.formats;
  const currency = view.currency;
  // Amounts and percents inside text (shares, rule prices) in the reader's notation.
  const tag = sheets.locale === Locale.DE ? 'de-DE' : 'en-GB';
  const amount = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const names = new Map(view.suppliers.map((s) => [s.invitationId, s.supplierName]));

  const overview = sheets.addSheet(
    t('scenarios'),
    [
      { label: t('scenario'), width: 30 },
      { label: t('kind'), width: 24 },
      { label: t('objective'), width: 22 },
      { label: t('status'), width: 22 },
      { label: t('totalBeforeDiscounts', { currency }), width: 18, numFmt: money },
      { label: t('discounts', { currency }), width: 16, numFmt: money },
      { label: t('totalCost', { currency }), width: 18, numFmt: money },
      { label: t('vsSingle', { currency }), width: 20, numFmt: money },
      { label: t('vsEstimate', { currency }), width: 18, numFmt: money },
      { label: t('supplierCount'), width: 11, numFmt: '0' },
      { label: t('shares'), width: 36 },
      { label: t('rules', { currency }), width: 48 },
      { label: t('conflict'), width: 48 },
    ],
    1,
  );
  for (const [i, s] of view.scenarios.entries()) {
    // An infeasible scenario (or one without an allocation in the time limit) has no totals to show: blank, not 0.
    const r = s.result && s.result.suppliers.length > 0 ? s.result : null;
    const row = overview.getRow(i + 2);
    const status = t.pick('statuses', s.status) ?? s.status;
    row.values = [
      s.name,
      t.pick('kinds', s.kind) ?? s.kind,
      t.pick('objectives', s.objective) ?? s.objective,
      s.stale ? `${status} (${t('stale')})` : status,
      num(r?.totalBeforeDiscounts),
      num(r?.discountTotal),
      num(r?.totalCost),
      num(r?.savingsVsSingleSupplier),
      num(r?.savingsVsEstimate),
      r ? r.supplierCount : null,
      (r?.suppliers ?? []).map((x) => t('share', { supplier: x.supplierName, value: percent.format(x.valueShare) })).join('\n'),
      ...rulesAndConflict(view, s, sheets.locale, t, (d) => amount.format(Number(d))),
    ];
    sheets.commitRow(row);
    await sheets.pace(overview, i + 2);
  }
  overview.commit();

  const lines = sheets.addSheet(
    t('scenarioLines'),
    [
      { label: t('scenario'), width: 30 },
      { label: t('supplier'), width: 28 },
      { label: t('position'), width: 6, numFmt: '0' },
      { label: t('description'), width: 36 },
      { label: t('quantity'), width: 12 },
      { label: t('unit'), width: 8 },
      { label: t('unitPrice', { currency }), width: 14, numFmt: price },
      { label: t('total', { currency }), width: 16, numFmt: money },
      { label: t('wholeLine'), width: 11 },
    ],
    2,
  );
  let n = 2;
  for (const s of view.scenarios) {
    for (const supplier of s.result?.suppliers ?? []) {
      for (const l of supplier.lines) {
        const row = lines.getRow(n);
        const q = Number(l.quantity);
        row.values = [s.name, names.get(supplier.invitationId) ?? supplier.supplierName, l.position, l.description, q, l.unit, Number(l.unitPrice), Number(l.total), l.wholeLine ? t('yes') : t('no')];
        row.getCell(5).numFmt = quantity(q);
        sheets.commitRow(row);
        await sheets.pace(lines, n++);
      }
    }
  }
  lines.commit();
}

/**
 * The rules column (each rule in words with its price, the total with it − without it, one a line)
 * and the conflict column, said from the rules' fields in the reader's language.
 */
function rulesAndConflict(
  view: AwardScenarioComparisonType,
  s: AwardScenarioType,
  locale: Locale,
  t: ReturnType<typeof translator<'documents.scenarioWorkbook'>>,
  amount: (d: string) => string,
): [string, string | null] {
  const names = {
    suppliers: new Map(view.suppliers.map((x) => [x.invitationId, x.supplierName])),
    positions: new Map(view.lines.map((l) => [l.key, l.position])),
    groups: new Map(s.lineGroups.map((g) => [g.key, g.name])),
  };
  const say = (rule: AwardScenarioRuleType) => scenarioRuleText(locale, ruleWords(rule, names));
  const prices = new Map((s.result?.rulePrices ?? []).map((p) => [p.ruleId, p]));
  const rules = s.rules
    .map((rule) => {
      const cost = prices.get(rule.id)?.costOfRule;
      return prices.has(rule.id) ? t('rulePrice', { rule: say(rule), price: cost === null || cost === undefined ? t('noPrice') : amount(cost) }) : say(rule);
    })
    .join('\n');
  const conflict = s.result?.conflict;
  return [rules, conflict ? explainConflict(locale, conflict.rules.map(say), conflict.budget, conflict.linesWithoutOffers) : null];
}
