import { can, Permission, PERMISSIONS, permissionsOf } from './permissions';
import { BUYING_ROLES, OrganizationKind, Role, rolesAllowedFor } from './roles';

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

  it('lets a buying organization hold only buying roles and a supplier company only SUPPLIER', () => {
    expect(rolesAllowedFor(OrganizationKind.BUYING)).toEqual(BUYING_ROLES);
    expect(rolesAllowedFor(OrganizationKind.BUYING)).not.toContain(Role.SUPPLIER);
    expect(rolesAllowedFor(OrganizationKind.SUPPLIER)).toEqual([Role.SUPPLIER]);
  });
});
