import { Permission, permissionsOf, Role } from '@bc/shared/domain';
import { landingPathFor, pagesFor, TASKS_PATH, WORKSPACE_PATH } from './app-pages';
import { safeReturnUrl } from './guards';

describe('where a user lands', () => {
  it('is My tasks for every role, alone or combined: each role starts on its work (issue 11)', () => {
    for (const role of Object.values(Role)) {
      expect(landingPathFor(permissionsOf([role]))).toBe(TASKS_PATH);
      expect(landingPathFor(permissionsOf([Role.REQUESTER, role]))).toBe(TASKS_PATH);
    }
    expect(landingPathFor(permissionsOf([Role.DECIDER]))).not.toBe(WORKSPACE_PATH);
  });

  it('is My tasks even without any permission, and My tasks comes first in everyone\'s navigation', () => {
    expect(landingPathFor([Permission.USER_READ])).toBe(TASKS_PATH);
    for (const role of Object.values(Role)) expect(pagesFor(permissionsOf([role]))[0]?.path).toBe(TASKS_PATH);
  });

  it('keeps the case board from a requester, who has no part in the work on it', () => {
    expect(pagesFor(permissionsOf([Role.REQUESTER])).map((p) => p.path)).not.toContain(WORKSPACE_PATH);
  });

  it('after sign-in is never another site', () => {
    expect(safeReturnUrl('/admin/audit?x=1')).toBe('/admin/audit?x=1');
    expect(safeReturnUrl('//evil.example/x')).toBeNull();
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('/sign-in')).toBeNull();
  });

  it('for the admin includes the purchasing policy', () => {
    expect(pagesFor(permissionsOf([Role.ADMIN])).map((p) => p.path)).toContain('/admin/policy');
    expect(pagesFor(permissionsOf([Role.BUYER])).map((p) => p.path)).not.toContain('/admin/policy');
  });

  it('for the admin alone includes the email outbox', () => {
    expect(pagesFor(permissionsOf([Role.ADMIN])).map((p) => p.path)).toContain('/admin/mail');
    for (const role of [Role.BUYER, Role.REQUESTER, Role.DECIDER, Role.SUPPLIER]) {
      expect(pagesFor(permissionsOf([role])).map((p) => p.path)).not.toContain('/admin/mail');
    }
  });

  it("for a supplier company's admin alone includes the Colleagues page", () => {
    expect(pagesFor(permissionsOf([Role.SUPPLIER, Role.SUPPLIER_ADMIN])).map((p) => p.path)).toEqual([TASKS_PATH, '/portal', '/scorecards', '/colleagues']);
    for (const role of [Role.SUPPLIER, Role.ADMIN, Role.BUYER]) {
      expect(pagesFor(permissionsOf([role])).map((p) => p.path)).not.toContain('/colleagues');
    }
  });

  it('shows analytics to buyers, deciders and admins only (ANALYTICS_READ)', () => {
    for (const role of [Role.BUYER, Role.DECIDER, Role.ADMIN]) {
      expect(pagesFor(permissionsOf([role])).map((p) => p.path)).toContain('/analytics');
    }
    for (const role of [Role.REQUESTER, Role.SUPPLIER, Role.SUPPLIER_ADMIN]) {
      expect(pagesFor(permissionsOf([role])).map((p) => p.path)).not.toContain('/analytics');
    }
  });

  it("gives a supplier's users their own scorecards, and nobody of a buying organization", () => {
    expect(pagesFor(permissionsOf([Role.SUPPLIER])).map((p) => p.path)).toContain('/scorecards');
    for (const role of [Role.ADMIN, Role.BUYER, Role.DECIDER]) {
      expect(pagesFor(permissionsOf([role])).map((p) => p.path)).not.toContain('/scorecards');
    }
  });
});
