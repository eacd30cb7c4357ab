/** Roles a user holds in their organization (product.md, "Who uses it"). */
export enum Role {
  ADMIN = 'ADMIN',
  REQUESTER = 'REQUESTER',
  SPECIFIER = 'SPECIFIER',
  BUYER = 'BUYER',
  GATEKEEPER = 'GATEKEEPER',
  ADVISOR = 'ADVISOR',
  DECIDER = 'DECIDER',
  SUPPLIER = 'SUPPLIER',
  /**
   * The admin of a supplier company: invites colleagues into it, disables them, grants and takes
   * this role. Held together with SUPPLIER; it gives nothing of the buying side.
   */
  SUPPLIER_ADMIN = 'SUPPLIER_ADMIN',
}

/** A buying organization runs purchase cases; a supplier company quotes through the portal. */
export enum OrganizationKind {
  BUYING = 'BUYING',
  SUPPLIER = 'SUPPLIER',
  /** No organization is of this kind: a leftover the published GraphQL schema still lists. */
  SUPPLIER_ADMIN = 'SUPPLIER_ADMIN',
}

/**
 * The buying organization's roles that work on purchase cases (everyone but the admin): they may
 * sit on a case team and use the workspace.
 */
export const WORKSPACE_ROLES: readonly Role[] = [
  Role.REQUESTER,
  Role.SPECIFIER,
  Role.BUYER,
  Role.GATEKEEPER,
  Role.ADVISOR,
  Role.DECIDER,
];

export const BUYING_ROLES: readonly Role[] = [Role.ADMIN, ...WORKSPACE_ROLES];

export const SUPPLIER_ROLES: readonly Role[] = [Role.SUPPLIER, Role.SUPPLIER_ADMIN];

/** Which roles a user of an organization of this kind may hold. */
export function rolesAllowedFor(kind: OrganizationKind): readonly Role[] {
  return kind === OrganizationKind.BUYING ? BUYING_ROLES : SUPPLIER_ROLES;
}

/** The role that administers an organization of this kind: at least one active user always holds it. */
export function adminRoleOf(kind: OrganizationKind): Role {
  return kind === OrganizationKind.BUYING ? Role.ADMIN : Role.SUPPLIER_ADMIN;
}

/** The role every user of an organization of this kind holds (none for buying organizations). */
export function baseRoleOf(kind: OrganizationKind): Role | null {
  return kind === OrganizationKind.SUPPLIER ? Role.SUPPLIER : null;
}

export enum Locale {
  EN = 'en',
  DE = 'de',
}
