import { Role } from './roles';

/**
 * What a user may do. The API checks these on every operation; the web app reads the same
 * map only to hide what the user cannot do.
 */
export enum Permission {
  /** Read the colleagues of one's own organization (to pick team members, see who is who). */
  USER_READ = 'USER_READ',
  /** Invite users, assign and remove roles, disable and enable users. */
  USER_MANAGE = 'USER_MANAGE',
  /** Change the organization's settings. */
  ORGANIZATION_MANAGE = 'ORGANIZATION_MANAGE',
  /** Read the organization's audit trail. */
  AUDIT_READ = 'AUDIT_READ',
  /** Verify the audit trail's hash chain. */
  AUDIT_VERIFY = 'AUDIT_VERIFY',
  /** Use the buyer workspace (purchase cases, directory). */
  WORKSPACE_USE = 'WORKSPACE_USE',
  /** Use the decider inbox. */
  DECIDER_INBOX_USE = 'DECIDER_INBOX_USE',
  /** Use the supplier portal and keep the supplier company's own profile. */
  SUPPLIER_PORTAL_USE = 'SUPPLIER_PORTAL_USE',
}

const WORKSPACE_ROLES: readonly Role[] = [
  Role.REQUESTER,
  Role.SPECIFIER,
  Role.BUYER,
  Role.GATEKEEPER,
  Role.ADVISOR,
  Role.DECIDER,
];

export const PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  [Permission.USER_READ]: [Role.ADMIN, ...WORKSPACE_ROLES],
  [Permission.USER_MANAGE]: [Role.ADMIN],
  [Permission.ORGANIZATION_MANAGE]: [Role.ADMIN],
  [Permission.AUDIT_READ]: [Role.ADMIN, Role.GATEKEEPER],
  [Permission.AUDIT_VERIFY]: [Role.ADMIN],
  [Permission.WORKSPACE_USE]: WORKSPACE_ROLES,
  [Permission.DECIDER_INBOX_USE]: [Role.DECIDER],
  [Permission.SUPPLIER_PORTAL_USE]: [Role.SUPPLIER],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return (Object.values(Permission) as Permission[]).filter((p) => can(roles, p));
}
