/**
 * What the decider's summary shows of a proposal, as pure functions of what the API sent (the
 * amounts stay decimal strings; only their sign and size are read here).
 */

/** The parts of a proposal these functions read (CaseAwardFieldsFragment fits). */
export interface ProposalFacts {
  savings: string | null;
  savingsPercent: number | null;
  steps: ReadonlyArray<{ approval: { decision: string } | null }>;
  lines: ReadonlyArray<{ invitationId: string }>;
  supplierTotals: ReadonlyArray<{ invitationId: string }>;
}

export type SavingsKind = 'less' | 'more' | 'equal' | 'unknown';

/** Savings against the first best quote: `less` when the award is cheaper (the API's savings > 0). */
export function savingsKind(p: Pick<ProposalFacts, 'savings'>): SavingsKind {
  if (p.savings === null || p.savings === undefined || p.savings.trim() === '') return 'unknown';
  const amount = Number(p.savings);
  if (Number.isNaN(amount)) return 'unknown';
  if (amount > 0) return 'less';
  if (amount < 0) return 'more';
  return 'equal';
}

/** The savings amount without its sign ("-1250.00" → "1250.00"), for "… above the first best quote". */
export function unsigned(amount: string | null): string | null {
  if (amount === null) return null;
  return amount.trim().replace(/^[-+]/, '');
}

/** How far the route has come: approvals in, out of the steps it needs. */
export function routeProgress(p: Pick<ProposalFacts, 'steps'>): { done: number; total: number } {
  return { done: p.steps.filter((s) => s.approval?.decision === 'APPROVED').length, total: p.steps.length };
}

/** The invitations that win at least one line (to mark them in the ranking). */
export function awardedInvitations(p: Pick<ProposalFacts, 'lines' | 'supplierTotals'>): Set<string> {
  return new Set([...p.supplierTotals.map((s) => s.invitationId), ...p.lines.map((l) => l.invitationId)]);
}
