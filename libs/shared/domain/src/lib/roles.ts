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
}

/** A buying organization runs purchase cases; a supplier company quotes through the portal. */
export enum OrganizationKind {
  BUYING = 'BUYING',
  SUPPLIER = 'SUPPLIER',
}

export const BUYING_ROLES: readonly Role[] = [
  Role.ADMIN,
  Role.REQUESTER,
  Role.SPECIFIER,
  Role.BUYER,
  Role.GATEKEEPER,
  Role.ADVISOR,
  Role.DECIDER,
];

export const SUPPLIER_ROLES: readonly Role[] = [Role.SUPPLIER];

/** Which roles a user of an organization of this kind may hold. */
export function rolesAllowedFor(kind: OrganizationKind): readonly Role[] {
  return kind === OrganizationKind.BUYING ? BUYING_ROLES : SUPPLIER_ROLES;
}

export enum Locale {
  EN = 'en',
  DE = 'de',
}
