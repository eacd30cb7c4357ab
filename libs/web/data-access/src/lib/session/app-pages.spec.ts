import { Permission, permissionsOf, Role } from '@bc/shared/domain';
import { landingPathFor, pagesFor } from './app-pages';
import { safeReturnUrl } from './guards';

describe('where a user lands', () => {
  it('is the first page their roles allow', () => {
    expect(landingPathFor(permissionsOf([Role.BUYER]))).toBe('/workspace');
    expect(landingPathFor(permissionsOf([Role.SUPPLIER]))).toBe('/portal');
    expect(landingPathFor(permissionsOf([Role.ADMIN]))).toBe('/admin/users');
    expect(landingPathFor([Permission.USER_READ])).toBe('/profile');
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
});
