import { can, Permission, PERMISSIONS, permissionsOf } from './permissions';
import { adminRoleOf, BUYING_ROLES, OrganizationKind, Role, rolesAllowedFor } from './roles';

describe('the permissions map', () => {
  it('gives every role at least one permission', () => {
    for (const role of Object.values(Role)) {
      expect(permissionsOf([role]).length).toBeGreaterThan(0);
    }
  });

  it('reserves user management to admins', () => {
    expect(PERMISSIONS[Permission.USER_MANAGE]).toEqual([Role.ADMIN]);
    expect(can([Role.BUYER, Role.DECIDER], Permission.USER_MANAGE)).toBe(false);
  });

  it('lets the scoring roles of the buying center score quotes, and no one else', () => {
    expect(PERMISSIONS[Permission.QUOTE_SCORE]).toEqual([Role.SPECIFIER, Role.BUYER, Role.ADVISOR]);
    expect(can([Role.GATEKEEPER, Role.DECIDER, Role.REQUESTER], Permission.QUOTE_SCORE)).toBe(false);
  });

  it('keeps suppliers out of the buying organization', () => {
    expect(permissionsOf([Role.SUPPLIER])).toEqual([Permission.SUPPLIER_PORTAL_USE]);
  });

  it("gives a supplier company's admin its colleagues and nothing of the buying side", () => {
    expect(permissionsOf([Role.SUPPLIER_ADMIN])).toEqual([Permission.SUPPLIER_COLLEAGUES_MANAGE]);
    expect(permissionsOf([Role.SUPPLIER, Role.SUPPLIER_ADMIN])).toEqual([Permission.SUPPLIER_PORTAL_USE, Permission.SUPPLIER_COLLEAGUES_MANAGE]);
    expect(PERMISSIONS[Permission.SUPPLIER_COLLEAGUES_MANAGE]).toEqual([Role.SUPPLIER_ADMIN]);
    expect(permissionsOf(BUYING_ROLES)).not.toContain(Permission.SUPPLIER_COLLEAGUES_MANAGE);
  });

  it('lets a buying organization hold only buying roles and a supplier company only SUPPLIER and its admin role', () => {
    expect(rolesAllowedFor(OrganizationKind.BUYING)).toEqual(BUYING_ROLES);
    expect(rolesAllowedFor(OrganizationKind.BUYING)).not.toContain(Role.SUPPLIER);
    expect(rolesAllowedFor(OrganizationKind.BUYING)).not.toContain(Role.SUPPLIER_ADMIN);
    expect(rolesAllowedFor(OrganizationKind.SUPPLIER)).toEqual([Role.SUPPLIER, Role.SUPPLIER_ADMIN]);
    expect(adminRoleOf(OrganizationKind.BUYING)).toBe(Role.ADMIN);
    expect(adminRoleOf(OrganizationKind.SUPPLIER)).toBe(Role.SUPPLIER_ADMIN);
  });
});
