import { Permission, permissionsOf, Role } from '@bc/shared/domain';
import { landingPathFor, pagesFor, WORKSPACE_PATH } from './app-pages';
import { safeReturnUrl } from './guards';

describe('where a user lands', () => {
  it('is the first page their roles allow', () => {
    expect(landingPathFor(permissionsOf([Role.BUYER]))).toBe('/workspace');
    expect(landingPathFor(permissionsOf([Role.SUPPLIER]))).toBe('/portal');
    expect(landingPathFor(permissionsOf([Role.ADMIN]))).toBe('/admin/users');
    expect(landingPathFor([Permission.USER_READ])).toBe('/profile');
  });

  it('is their needs for a requester, who has no part in the work on the case board', () => {
    expect(landingPathFor(permissionsOf([Role.REQUESTER]))).toBe('/needs/mine');
    expect(pagesFor(permissionsOf([Role.REQUESTER])).map((p) => p.path)).not.toContain(WORKSPACE_PATH);
    expect(landingPathFor(permissionsOf([Role.REQUESTER, Role.ADMIN]))).toBe('/needs/mine');
  });

  it('stays the case board for every other workspace role, alone or with the requester role', () => {
    for (const role of [Role.SPECIFIER, Role.BUYER, Role.GATEKEEPER, Role.ADVISOR, Role.DECIDER]) {
      expect(landingPathFor(permissionsOf([role]))).toBe('/workspace');
      expect(landingPathFor(permissionsOf([Role.REQUESTER, role]))).toBe('/workspace');
    }
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
});
