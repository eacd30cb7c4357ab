import { Organization } from '../entities/organization.entity';
import { Invitation } from '../entities/invitation.entity';
import { User } from '../entities/user.entity';
import { InvitationType, OrganizationType, UserType } from './identity.types';

export const toUserType = (u: User): UserType => ({
  id: u.id,
  email: u.email,
  name: u.name,
  locale: u.locale,
  roles: u.roles,
  disabled: u.disabledAt !== null,
  lastSignInAt: u.lastSignInAt,
  createdAt: u.createdAt,
});

export const toOrganizationType = (o: Organization): OrganizationType => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  country: o.country,
  defaultLocale: o.defaultLocale,
});

export const toInvitationType = (i: Invitation): InvitationType => ({
  id: i.id,
  email: i.email,
  roles: i.roles,
  expiresAt: i.expiresAt,
  acceptedAt: i.acceptedAt,
  revokedAt: i.revokedAt,
  createdAt: i.createdAt,
});
