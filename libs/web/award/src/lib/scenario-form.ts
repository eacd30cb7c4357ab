import { AwardScenarioFieldsFragment, AwardScenarioInput, AwardScenarioObjective, AwardScenarioRuleInput, AwardScenarioRuleKind, ShareBasis } from '@bc/web/data-access';

/**
 * The scenario dialog's form as plain data (issue 16), and the pure steps between it and the API:
 * a saved scenario into the form (`formOf`) and the form into the input (`inputOf`). The common
 * rules are quick fields; every other rule is a row of its kind in `rules`; lots are `groups`.
 */

/** A number as typed: '' or null when blank (a decimal comma taken as the point). */
export type NumberText = string | number | null;

/** The quick fields, each one rule when set. */
export interface QuickRules {
  maxSuppliers: NumberText;
  minSuppliers: NumberText;
  maxShare: NumberText;
  minReliability: NumberText;
  incumbent: NumberText;
  mustHaves: boolean;
  wholeLines: boolean;
  capacity: boolean;
  exclude: string[];
}
export type QuickKey = keyof QuickRules;

/** A rule row; `id` only tells rows apart (the server gives rules their own ids). */
export interface RuleDraft {
  id: number;
  kind: AwardScenarioRuleKind;
  basis: ShareBasis;
  count: NumberText;
  minPercent: NumberText;
  maxPercent: NumberText;
  minScore: NumberText;
  invitationIds: string[];
  lineKeys: string[];
  /** '' for all lines (a select shows no choice for null). */
  lineGroupKey: string;
  lineGroupKeys: string[];
}

/** A lot: lines bought together, named by a key the rules refer to. */
export interface LineGroupDraft {
  key: string;
  name: string;
  lineKeys: string[];
}

export interface ScenarioForm {
  name: string;
  objective: AwardScenarioObjective;
  budget: string;
  quick: QuickRules;
  groups: LineGroupDraft[];
  rules: RuleDraft[];
}

/** The fields a row of each kind shows and sends (the API's `AwardScenarioRuleInput` by kind). */
export type RuleDraftField = 'basis' | 'count' | 'minPercent' | 'maxPercent' | 'minScore' | 'invitationIds' | 'lineKeys' | 'lineGroupKey' | 'lineGroupKeys';
export const FIELDS_OF_KIND: Record<AwardScenarioRuleKind, readonly RuleDraftField[]> = {
  MAX_SUPPLIERS: ['count'],
  MIN_SUPPLIERS: ['count'],
  SHARE: ['invitationIds', 'basis', 'minPercent', 'maxPercent', 'lineGroupKey'],
  CAPACITY: [],
  EXCLUDE_SUPPLIERS: ['invitationIds'],
  MIN_RELIABILITY: ['minScore'],
  MIN_TECHNICAL: ['minScore'],
  MUST_HAVES_REQUIRED: [],
  INCUMBENT_RETENTION: ['basis', 'minPercent'],
  WHOLE_LINES: ['lineKeys'],
  LOTS_TOGETHER: ['lineGroupKeys'],
};

/** Kinds a row is added for: those the quick fields do not set, or set only in their simplest form. */
export const ADDABLE_KINDS: readonly AwardScenarioRuleKind[] = ['SHARE', 'MIN_TECHNICAL', 'INCUMBENT_RETENTION', 'WHOLE_LINES', 'LOTS_TOGETHER'];

export function numberOf(text: NumberText | undefined): number | null {
  const value = String(text ?? '').trim().replace(',', '.');
  return value === '' || Number.isNaN(Number(value)) ? null : Number(value);
}

const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

export function emptyQuick(): QuickRules {
  return { maxSuppliers: '', minSuppliers: '', maxShare: '', minReliability: '', incumbent: '', mustHaves: false, wholeLines: false, capacity: true, exclude: [] };
}

export function emptyForm(): ScenarioForm {
  return { name: '', objective: 'MIN_COST', budget: '', quick: emptyQuick(), groups: [], rules: [] };
}

export function newRule(id: number, kind: AwardScenarioRuleKind): RuleDraft {
  return { id, kind, basis: 'VALUE', count: '', minPercent: '', maxPercent: '', minScore: '', invitationIds: [], lineKeys: [], lineGroupKey: '', lineGroupKeys: [] };
}

/** A key for a new lot that no lot of the form has (`lot-1`, `lot-2`, …). */
export function nextGroupKey(groups: readonly LineGroupDraft[]): string {
  let n = 1;
  while (groups.some((g) => g.key === `lot-${n}`)) n++;
  return `lot-${n}`;
}

/** The form without a lot, and without every rule's reference to it (a rule then applies to all lines or every lot). */
export function withoutGroup(form: ScenarioForm, key: string): ScenarioForm {
  return {
    ...form,
    groups: form.groups.filter((g) => g.key !== key),
    rules: form.rules.map((r) => ({ ...r, lineGroupKey: r.lineGroupKey === key ? '' : r.lineGroupKey, lineGroupKeys: r.lineGroupKeys.filter((k) => k !== key) })),
  };
}

type SavedRule = AwardScenarioFieldsFragment['rules'][number];

/** The quick field a saved rule fills, if it is of the simple form that field sends. */
function quickOf(r: SavedRule): QuickKey | null {
  switch (r.kind) {
    case 'MAX_SUPPLIERS':
      return 'maxSuppliers';
    case 'MIN_SUPPLIERS':
      return 'minSuppliers';
    case 'MIN_RELIABILITY':
      return 'minReliability';
    case 'MUST_HAVES_REQUIRED':
      return 'mustHaves';
    case 'CAPACITY':
      return 'capacity';
    case 'EXCLUDE_SUPPLIERS':
      return 'exclude';
    case 'SHARE':
      return r.basis === 'VALUE' && r.minPercent == null && r.maxPercent != null && !r.invitationIds?.length && !r.lineGroupKey ? 'maxShare' : null;
    case 'INCUMBENT_RETENTION':
      return r.basis === 'VALUE' ? 'incumbent' : null;
    case 'WHOLE_LINES':
      return r.lineKeys?.length ? null : 'wholeLines';
    default:
      return null;
  }
}

function quickValue(r: SavedRule): Partial<QuickRules> {
  switch (r.kind) {
    case 'MAX_SUPPLIERS':
      return { maxSuppliers: text(r.count) };
    case 'MIN_SUPPLIERS':
      return { minSuppliers: text(r.count) };
    case 'MIN_RELIABILITY':
      return { minReliability: text(r.minScore) };
    case 'EXCLUDE_SUPPLIERS':
      return { exclude: [...(r.invitationIds ?? [])] };
    case 'SHARE':
      return { maxShare: text(r.maxPercent) };
    case 'INCUMBENT_RETENTION':
      return { incumbent: text(r.minPercent) };
    default:
      return { [quickOf(r) as QuickKey]: true };
  }
}

/**
 * A saved scenario as the form: each rule of a quick field's simple form fills that field (the
 * first of a kind only); every other rule becomes a row, in the saved order.
 */
export function formOf(scenario: AwardScenarioFieldsFragment): ScenarioForm {
  const quick: QuickRules = { ...emptyQuick(), capacity: false };
  const filled = new Set<QuickKey>();
  const rules: RuleDraft[] = [];
  for (const r of scenario.rules) {
    const key = quickOf(r);
    if (key && !filled.has(key)) {
      filled.add(key);
      Object.assign(quick, quickValue(r));
      continue;
    }
    rules.push({
      ...newRule(rules.length + 1, r.kind),
      basis: r.basis ?? 'VALUE',
      count: text(r.count),
      minPercent: text(r.minPercent),
      maxPercent: text(r.maxPercent),
      minScore: text(r.minScore),
      invitationIds: [...(r.invitationIds ?? [])],
      lineKeys: [...(r.lineKeys ?? [])],
      lineGroupKey: r.lineGroupKey ?? '',
      lineGroupKeys: [...(r.lineGroupKeys ?? [])],
    });
  }
  return {
    name: scenario.name,
    objective: scenario.objective,
    budget: scenario.budget ?? '',
    quick,
    groups: scenario.lineGroups.map((g) => ({ key: g.key, name: g.name, lineKeys: [...g.lineKeys] })),
    rules,
  };
}

/** Where a sent rule came from: a quick field, or the row with that id. */
export type RuleSource = { quick: QuickKey } | { row: number };

/** A row as the API takes it: only its kind's fields; an empty list means "every" (sent as none). */
function ruleInputOf(d: RuleDraft): AwardScenarioRuleInput {
  const input: AwardScenarioRuleInput = { kind: d.kind };
  for (const f of FIELDS_OF_KIND[d.kind]) {
    if (f === 'basis') input.basis = d.basis;
    else if (f === 'lineGroupKey') input.lineGroupKey = d.lineGroupKey || null;
    else if (f === 'invitationIds' || f === 'lineKeys' || f === 'lineGroupKeys') {
      // EXCLUDE_SUPPLIERS needs its list even when empty: the server then says which field is missing.
      if (d[f].length || d.kind === 'EXCLUDE_SUPPLIERS') input[f] = [...d[f]];
    } else input[f] = numberOf(d[f]);
  }
  return input;
}

/**
 * The form as the API's input: the quick fields' rules first (in a fixed order), then the rows;
 * `sources` says, per sent rule, where an error naming `input.rules.<i>` belongs.
 */
export function inputOf(form: ScenarioForm): { input: AwardScenarioInput; sources: RuleSource[] } {
  const sources: RuleSource[] = [];
  const rules: AwardScenarioRuleInput[] = [];
  const add = (source: RuleSource, rule: AwardScenarioRuleInput) => {
    sources.push(source);
    rules.push(rule);
  };
  const q = form.quick;
  const maxSuppliers = numberOf(q.maxSuppliers);
  if (maxSuppliers !== null) add({ quick: 'maxSuppliers' }, { kind: 'MAX_SUPPLIERS', count: maxSuppliers });
  const minSuppliers = numberOf(q.minSuppliers);
  if (minSuppliers !== null) add({ quick: 'minSuppliers' }, { kind: 'MIN_SUPPLIERS', count: minSuppliers });
  const maxShare = numberOf(q.maxShare);
  if (maxShare !== null) add({ quick: 'maxShare' }, { kind: 'SHARE', basis: 'VALUE', maxPercent: maxShare });
  const minReliability = numberOf(q.minReliability);
  if (minReliability !== null) add({ quick: 'minReliability' }, { kind: 'MIN_RELIABILITY', minScore: minReliability });
  if (q.mustHaves) add({ quick: 'mustHaves' }, { kind: 'MUST_HAVES_REQUIRED' });
  const incumbent = numberOf(q.incumbent);
  if (incumbent !== null) add({ quick: 'incumbent' }, { kind: 'INCUMBENT_RETENTION', basis: 'VALUE', minPercent: incumbent });
  if (q.wholeLines) add({ quick: 'wholeLines' }, { kind: 'WHOLE_LINES' });
  if (q.capacity) add({ quick: 'capacity' }, { kind: 'CAPACITY' });
  if (q.exclude.length) add({ quick: 'exclude' }, { kind: 'EXCLUDE_SUPPLIERS', invitationIds: [...q.exclude] });
  for (const d of form.rules) add({ row: d.id }, ruleInputOf(d));
  const maxScore = form.objective === 'MAX_SCORE';
  return {
    input: {
      name: form.name.trim(),
      objective: form.objective,
      budget: maxScore && form.budget.trim() ? form.budget.trim().replace(',', '.') : null,
      lineGroups: form.groups.map((g) => ({ key: g.key, name: g.name.trim(), lineKeys: [...g.lineKeys] })),
      rules,
    },
    sources,
  };
}

/** An id for a new row, above every row's. */
export function nextRowId(rules: readonly RuleDraft[]): number {
  return rules.reduce((max, r) => Math.max(max, r.id), 0) + 1;
}
