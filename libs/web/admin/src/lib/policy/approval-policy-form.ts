import { ApprovalMode, ImportanceClass, MAX_APPROVAL_THRESHOLD, MAX_APPROVAL_TIERS, MAX_DECIDERS_PER_ROUTE, PolicyRule } from '@bc/shared/domain';

/**
 * The approval policy form's rules, apart from Angular: what the admin entered as the API's
 * input, what is wrong with it (as translation keys at the field at fault), and where a field the
 * API refused belongs on the form.
 */

/** The importance classes in the order the page lists them. */
export const POLICY_IMPORTANCE: readonly ImportanceClass[] = [
  ImportanceClass.STRATEGIC,
  ImportanceClass.BOTTLENECK,
  ImportanceClass.LEVERAGE,
  ImportanceClass.ROUTINE,
];

export const DECIDERS_RANGE = { min: 0, max: MAX_DECIDERS_PER_ROUTE } as const;
export const MAX_TIERS = MAX_APPROVAL_TIERS;

export interface TierValue {
  upTo: number | string | null;
  deciders: number | string | null;
  gatekeeper: boolean;
}

export interface OverrideValue {
  on: boolean;
  deciders: number | string | null;
  gatekeeper: boolean;
}

export interface PolicyFormValue {
  mode: ApprovalMode | `${ApprovalMode}`;
  tiers: TierValue[];
  byImportance: Record<ImportanceClass, OverrideValue>;
}

/** What the API sends and takes (ApprovalPolicyFieldsFragment / ApprovalPolicyInput fit). */
export interface PolicyShape {
  mode: string;
  tiers: Array<{ upTo: number | null; deciders: number; gatekeeper: boolean }>;
  byImportance?: Array<{ importance: ImportanceClass; deciders: number; gatekeeper: boolean }> | null;
}

/** A problem at a form path (`tiers.1.upTo`, `byImportance.STRATEGIC.deciders`, `tiers`). */
export interface FormProblem {
  path: string;
  key: string;
  params?: Record<string, unknown>;
}

const num = (v: number | string | null | undefined): number | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = v.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
};

/** The form's start from what the API sent: every importance class, off when the policy has no rule for it. */
export function toFormValue(policy: PolicyShape): PolicyFormValue {
  const byImportance = Object.fromEntries(
    POLICY_IMPORTANCE.map((importance) => {
      const rule = policy.byImportance?.find((b) => b.importance === importance);
      return [importance, rule ? { on: true, deciders: rule.deciders, gatekeeper: rule.gatekeeper } : { on: false, deciders: 1, gatekeeper: false }];
    }),
  ) as Record<ImportanceClass, OverrideValue>;
  return {
    mode: policy.mode as ApprovalMode,
    tiers: policy.tiers.map((t, i) => ({ upTo: i === policy.tiers.length - 1 ? null : t.upTo, deciders: t.deciders, gatekeeper: t.gatekeeper })),
    byImportance,
  };
}

/** The API's input: the last tier open-ended, importance rules only for the classes switched on. */
export function toPolicyInput(value: PolicyFormValue): { mode: ApprovalMode; tiers: Array<{ upTo: number | null; deciders: number; gatekeeper: boolean }>; byImportance: Array<{ importance: ImportanceClass; deciders: number; gatekeeper: boolean }> } {
  return {
    mode: value.mode as ApprovalMode,
    tiers: value.tiers.map((t, i) => ({
      upTo: i === value.tiers.length - 1 ? null : num(t.upTo),
      deciders: num(t.deciders) ?? 0,
      gatekeeper: !!t.gatekeeper,
    })),
    byImportance: POLICY_IMPORTANCE.filter((k) => value.byImportance[k]?.on).map((importance) => ({
      importance,
      deciders: num(value.byImportance[importance].deciders) ?? 0,
      gatekeeper: !!value.byImportance[importance].gatekeeper,
    })),
  };
}

function requirementProblems(path: string, deciders: number | string | null, gatekeeper: boolean): FormProblem[] {
  const n = num(deciders);
  if (n === null || !Number.isInteger(n) || n < DECIDERS_RANGE.min || n > DECIDERS_RANGE.max) {
    return [{ path: `${path}.deciders`, key: 'approvalPolicy.errors.decidersRange', params: { max: DECIDERS_RANGE.max } }];
  }
  if (n === 0 && !gatekeeper) return [{ path: `${path}.deciders`, key: 'approvalPolicy.errors.noApproval' }];
  return [];
}

/** The shared rules (approvalPolicyProblems) in the form's terms, so the admin sees them before saving. */
export function policyFormProblems(value: PolicyFormValue): FormProblem[] {
  const problems: FormProblem[] = [];
  if (value.tiers.length > MAX_TIERS) problems.push({ path: 'tiers', key: 'approvalPolicy.errors.tiersMax', params: { max: MAX_TIERS } });
  let previous: number | null = null;
  value.tiers.forEach((t, i) => {
    const last = i === value.tiers.length - 1;
    if (!last) {
      const upTo = num(t.upTo);
      if (t.upTo === null || t.upTo === '' || (typeof t.upTo === 'string' && t.upTo.trim() === '')) {
        problems.push({ path: `tiers.${i}.upTo`, key: 'approvalPolicy.errors.upToRequired' });
      } else if (upTo === null || upTo <= 0) {
        problems.push({ path: `tiers.${i}.upTo`, key: 'approvalPolicy.errors.upToPositive' });
      } else if (upTo > MAX_APPROVAL_THRESHOLD) {
        problems.push({ path: `tiers.${i}.upTo`, key: 'approvalPolicy.errors.upToMax' });
      } else if (Math.round(upTo * 100) / 100 !== upTo) {
        problems.push({ path: `tiers.${i}.upTo`, key: 'approvalPolicy.errors.upToPlaces' });
      } else if (previous !== null && upTo <= previous) {
        problems.push({ path: `tiers.${i}.upTo`, key: 'approvalPolicy.errors.upToRising' });
      }
      if (upTo !== null && upTo > 0) previous = upTo;
    }
    problems.push(...requirementProblems(`tiers.${i}`, t.deciders, t.gatekeeper));
  });
  for (const k of POLICY_IMPORTANCE) {
    const o = value.byImportance[k];
    if (o?.on) problems.push(...requirementProblems(`byImportance.${k}`, o.deciders, o.gatekeeper));
  }
  return problems;
}

/**
 * Where a field the API refused belongs: `input.tiers.1.upTo` → `tiers.1.upTo`; an importance
 * rule is named by its position in what was sent (`input.byImportance.0.deciders`) or by its
 * class → `byImportance.STRATEGIC.deciders`. Null when the field is not on the form.
 */
export function formPathOf(field: string | undefined, sent: PolicyShape): string | null {
  if (!field) return null;
  const segments = field.replace(/^input\./, '').split('.');
  if (segments[0] === 'tiers') {
    if (segments.length === 1) return 'tiers';
    const i = Number(segments[1]);
    if (!Number.isInteger(i) || i < 0 || i >= sent.tiers.length) return 'tiers';
    const leaf = segments[2] === 'upTo' || segments[2] === 'deciders' || segments[2] === 'gatekeeper' ? segments[2] : 'deciders';
    return `tiers.${i}.${leaf}`;
  }
  if (segments[0] === 'byImportance' && segments.length > 1) {
    const byIndex = /^\d+$/.test(segments[1]) ? sent.byImportance?.[Number(segments[1])]?.importance : undefined;
    const importance = byIndex ?? (POLICY_IMPORTANCE as readonly string[]).find((k) => k === segments[1]);
    if (!importance) return null;
    return `byImportance.${importance}.${segments[2] === 'gatekeeper' ? 'gatekeeper' : 'deciders'}`;
  }
  if (segments[0] === 'mode') return 'mode';
  return null;
}

/** The translation key for a server problem by the rule it breaks (never by its English message), else the generic one. */
export function serverProblemKey(rule: string | undefined): { key: string; params?: Record<string, unknown> } {
  switch (rule) {
    case PolicyRule.UP_TO_RISING:
      return { key: 'approvalPolicy.errors.upToRising' };
    case PolicyRule.UP_TO_POSITIVE:
      return { key: 'approvalPolicy.errors.upToPositive' };
    case PolicyRule.UP_TO_MAX:
      return { key: 'approvalPolicy.errors.upToMax' };
    case PolicyRule.UP_TO_PLACES:
      return { key: 'approvalPolicy.errors.upToPlaces' };
    case PolicyRule.UP_TO_REQUIRED:
      return { key: 'approvalPolicy.errors.upToRequired' };
    case PolicyRule.NO_APPROVAL:
      return { key: 'approvalPolicy.errors.noApproval' };
    case PolicyRule.DECIDERS_RANGE:
      return { key: 'approvalPolicy.errors.decidersRange', params: { max: DECIDERS_RANGE.max } };
    case PolicyRule.TIERS_MAX:
      return { key: 'approvalPolicy.errors.tiersMax', params: { max: MAX_TIERS } };
    default:
      return { key: 'approvalPolicy.errors.refused' };
  }
}
