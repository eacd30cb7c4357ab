import { Dec, ZERO, decOf } from './decimal';
import type { AllocationEntry, RuleViolation, ScenarioProblem, ScenarioRule, ShareBasis } from './model';

/**
 * The rule checker: whether an allocation keeps the award's own terms (every line wholly awarded,
 * to suppliers that offered it, in whole split steps) and each rule, computed exactly from the
 * allocation alone. It knows nothing of the solver's formulation: the tests hold the solver's
 * answers and a brute force against it, and "as proposed" reports what it finds.
 */
export function checkAllocation(problem: ScenarioProblem, allocation: readonly AllocationEntry[]): RuleViolation[] {
  const view = new AllocationView(problem, allocation);
  return [...view.awardViolations(), ...problem.rules.flatMap((rule) => view.ruleViolations(rule))];
}

const award = (message: string): RuleViolation => ({ ruleId: null, kind: 'award', message });

class AllocationView {
  private readonly byLine = new Map<string, Map<string, Dec>>();
  /** The offers of the allocation's suppliers: only theirs are read (parsing every offer was most of the check's time). */
  private readonly prices = new Map<string, { price: Dec; capacity: Dec | null }>();
  private readonly awarded = new Set<string>();
  /** Per share scope (basis, line group): each holder's part and the whole. */
  private readonly scopes = new Map<string, { parts: Map<string, Dec>; whole: Dec }>();

  constructor(
    private readonly problem: ScenarioProblem,
    private readonly allocation: readonly AllocationEntry[],
  ) {
    const named = new Set(allocation.map((entry) => entry.supplierId));
    for (const offer of problem.offers) {
      if (!named.has(offer.supplierId)) continue;
      this.prices.set(`${offer.lineId}\u0000${offer.supplierId}`, { price: new Dec(offer.unitPrice), capacity: offer.capacity == null ? null : new Dec(offer.capacity) });
    }
    for (const entry of allocation) {
      const quantity = new Dec(entry.quantity);
      if (quantity.isZero()) continue;
      const line = this.byLine.get(entry.lineId) ?? new Map<string, Dec>();
      line.set(entry.supplierId, (line.get(entry.supplierId) ?? ZERO).plus(quantity));
      this.byLine.set(entry.lineId, line);
      this.awarded.add(entry.supplierId);
    }
  }

  awardViolations(): RuleViolation[] {
    const found: RuleViolation[] = [];
    const lineIds = new Set(this.problem.lines.map((l) => l.id));
    for (const entry of this.allocation) {
      if (!lineIds.has(entry.lineId)) found.push(award(`line ${entry.lineId} is not in the scenario`));
      else if (new Dec(entry.quantity).isNegative()) found.push(award(`line ${entry.lineId}: a negative quantity for ${entry.supplierId}`));
      else if (!this.prices.has(`${entry.lineId}\u0000${entry.supplierId}`)) found.push(award(`line ${entry.lineId}: ${entry.supplierId} made no offer`));
    }
    for (const line of this.problem.lines) {
      const parts = this.byLine.get(line.id) ?? new Map<string, Dec>();
      const sum = [...parts.values()].reduce((a, b) => a.plus(b), ZERO);
      if (!sum.equals(line.quantity)) found.push(award(`line ${line.id}: ${sum.toString()} of ${line.quantity} awarded`));
      const step = new Dec(line.splitStep ?? '1');
      const splittable = new Dec(line.quantity).mod(step).isZero();
      for (const [supplierId, quantity] of parts) {
        if (splittable ? !quantity.mod(step).isZero() : parts.size > 1) found.push(award(`line ${line.id}: ${supplierId} gets ${quantity.toString()}, not whole steps of ${step.toString()}`));
      }
    }
    return found;
  }

  ruleViolations(rule: ScenarioRule): RuleViolation[] {
    const messages = this.check(rule);
    return messages.map((message) => ({ ruleId: rule.id, kind: rule.kind, message }));
  }

  private check(rule: ScenarioRule): string[] {
    const suppliers = this.problem.suppliers.filter((s) => this.awarded.has(s.id));
    switch (rule.kind) {
      case 'maxSuppliers':
        return suppliers.length > rule.max ? [`${suppliers.length} suppliers awarded, at most ${rule.max}`] : [];
      case 'minSuppliers':
        return suppliers.length < rule.min ? [`${suppliers.length} suppliers awarded, at least ${rule.min}`] : [];
      case 'excludeSuppliers':
        return suppliers.filter((s) => rule.supplierIds.includes(s.id)).map((s) => `${s.id} is excluded`);
      case 'minReliability':
        return suppliers.filter((s) => s.reliabilityScore === null || s.reliabilityScore < rule.min).map((s) => `${s.id}: reliability ${s.reliabilityScore ?? 'none'}`);
      case 'minTechnical':
        return suppliers.filter((s) => s.technicalScore === null || s.technicalScore < rule.min).map((s) => `${s.id}: technical score ${s.technicalScore ?? 'none'}`);
      case 'mustHavesRequired':
        return suppliers.filter((s) => !s.mustHavesMet).map((s) => `${s.id} misses a must-have`);
      case 'capacity':
        return this.overCapacity();
      case 'wholeLines':
        return this.problem.lines.filter((l) => !rule.lineIds || rule.lineIds.includes(l.id)).filter((l) => (this.byLine.get(l.id)?.size ?? 0) > 1).map((l) => `line ${l.id} is split`);
      case 'lotsTogether':
        return this.splitLots(rule.lineGroupIds);
      case 'incumbentRetention':
        return this.problem.suppliers.filter((s) => s.incumbent).flatMap((s) => this.shareBelow(s.id, rule.basis, undefined, rule.minPercent, true));
      case 'share': {
        const named = rule.supplierIds ? this.problem.suppliers.filter((s) => rule.supplierIds?.includes(s.id)) : this.problem.suppliers;
        return named.flatMap((s) => [
          ...(rule.maxPercent === undefined ? [] : this.shareAbove(s.id, rule.basis, rule.lineGroupId, rule.maxPercent)),
          ...(rule.minPercent === undefined ? [] : this.shareBelow(s.id, rule.basis, rule.lineGroupId, rule.minPercent, false)),
        ]);
      }
    }
  }

  private overCapacity(): string[] {
    const found: string[] = [];
    for (const [lineId, parts] of this.byLine) {
      for (const [supplierId, quantity] of parts) {
        const capacity = this.prices.get(`${lineId}\u0000${supplierId}`)?.capacity;
        if (capacity && quantity.greaterThan(capacity)) found.push(`line ${lineId}: ${supplierId} gets ${quantity.toString()}, capacity ${capacity.toString()}`);
      }
    }
    return found;
  }

  private splitLots(groupIds: readonly string[] | undefined): string[] {
    const groups = (this.problem.lineGroups ?? []).filter((g) => !groupIds || groupIds.includes(g.id));
    return groups.flatMap((group) => {
      const holders = new Set(group.lineIds.flatMap((lineId) => [...(this.byLine.get(lineId)?.keys() ?? [])]));
      return holders.size > 1 ? [`lot ${group.id} goes to ${holders.size} suppliers`] : [];
    });
  }

  /** The supplier's part and the whole of the scope (all lines, or a group's), exact. */
  private share(supplierId: string, basis: ShareBasis, groupId: string | undefined): { part: Dec; whole: Dec } {
    const { parts, whole } = this.scope(basis, groupId);
    return { part: parts.get(supplierId) ?? ZERO, whole };
  }

  private scope(basis: ShareBasis, groupId: string | undefined): { parts: Map<string, Dec>; whole: Dec } {
    const key = `${basis}\u0000${groupId ?? ''}`;
    const known = this.scopes.get(key);
    if (known) return known;
    const group = groupId === undefined ? null : (this.problem.lineGroups ?? []).find((g) => g.id === groupId);
    const parts = new Map<string, Dec>();
    let whole = ZERO;
    for (const line of this.problem.lines) {
      if (group && !group.lineIds.includes(line.id)) continue;
      for (const [holder, quantity] of this.byLine.get(line.id) ?? []) {
        const amount = basis === 'QUANTITY' ? quantity : quantity.times(this.prices.get(`${line.id}\u0000${holder}`)?.price ?? ZERO);
        whole = whole.plus(amount);
        parts.set(holder, (parts.get(holder) ?? ZERO).plus(amount));
      }
    }
    const made = { parts, whole };
    this.scopes.set(key, made);
    return made;
  }

  private shareAbove(supplierId: string, basis: ShareBasis, groupId: string | undefined, maxPercent: number): string[] {
    const { part, whole } = this.share(supplierId, basis, groupId);
    return part.times(100).greaterThan(whole.times(decOf(maxPercent))) ? [`${supplierId} has more than ${maxPercent} %`] : [];
  }

  private shareBelow(supplierId: string, basis: ShareBasis, groupId: string | undefined, minPercent: number, forced: boolean): string[] {
    const { part, whole } = this.share(supplierId, basis, groupId);
    if (!forced && part.isZero() && !this.holdsInScope(supplierId, groupId)) return [];
    return part.times(100).lessThan(whole.times(decOf(minPercent))) ? [`${supplierId} has less than ${minPercent} %`] : [];
  }

  private holdsInScope(supplierId: string, groupId: string | undefined): boolean {
    return this.scope('QUANTITY', groupId).parts.has(supplierId);
  }
}
