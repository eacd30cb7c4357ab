/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { Role } from '@bc/shared/domain';
import type { Permission } from '@bc/shared/domain';
import type { OrganizationKind } from '@bc/shared/domain';
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
export type AcceptInvitationInput = {
  locale?: Locale | null | undefined;
  name: string;
  password: string;
  token: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type InviteUserInput = {
  email: string;
  roles: Array<Role>;
};

export type Locale =
  | 'DE'
  | 'EN';

export { OrganizationKind };

export { Permission };

export { Role };

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: string | number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type UpdateProfileInput = {
  locale: Locale;
  name: string;
};

export type AuditEventsQueryVariables = Exact<{
  limit: number;
  offset: number;
}>;


export type AuditEventsQuery = { auditEvents: { total: number, items: Array<{ id: string, sequence: number, action: string, entityType: string, entityId: string | null, actorName: string | null, summary: string, occurredAt: string, hash: string }> } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checkedEvents: number, firstBrokenEventId: string | null, firstBrokenSequence: number | null, reason: string | null } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, organizationName: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MeFieldsFragment = { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type UserFieldsFragment = { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string };

export type InvitationFieldsFragment = { id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }> };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { invitations: Array<{ id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { url: string, invitation: { id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string } } };

export type SetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type SetUserRolesMutation = { setUserRoles: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type DisableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type EnableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string } };

export const UserFieldsFragmentDoc = gql`
    fragment UserFields on User {
  id
  email
  name
  locale
  roles
  disabled
  lastSignInAt
  createdAt
}
    `;
export const MeFieldsFragmentDoc = gql`
    fragment MeFields on Me {
  user {
    ...UserFields
  }
  organization {
    id
    name
    kind
    defaultLocale
  }
  permissions
}
    ${UserFieldsFragmentDoc}`;
export const InvitationFieldsFragmentDoc = gql`
    fragment InvitationFields on Invitation {
  id
  email
  roles
  expiresAt
  acceptedAt
  revokedAt
  createdAt
}
    `;
export const AuditEventsDocument = gql`
    query AuditEvents($limit: Int!, $offset: Int!) {
  auditEvents(limit: $limit, offset: $offset) {
    total
    items {
      id
      sequence
      action
      entityType
      entityId
      actorName
      summary
      occurredAt
      hash
    }
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class AuditEventsGQL extends Apollo.Query<AuditEventsQuery, AuditEventsQueryVariables> {
    override document = AuditEventsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VerifyAuditChainDocument = gql`
    query VerifyAuditChain {
  verifyAuditChain {
    ok
    checkedEvents
    firstBrokenEventId
    firstBrokenSequence
    reason
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class VerifyAuditChainGQL extends Apollo.Query<VerifyAuditChainQuery, VerifyAuditChainQueryVariables> {
    override document = VerifyAuditChainDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const InvitationPreviewDocument = gql`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    email
    organizationName
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class InvitationPreviewGQL extends Apollo.Query<InvitationPreviewQuery, InvitationPreviewQueryVariables> {
    override document = InvitationPreviewDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AcceptInvitationDocument = gql`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...MeFields
  }
}
    ${MeFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class AcceptInvitationGQL extends Apollo.Mutation<AcceptInvitationMutation, AcceptInvitationMutationVariables> {
    override document = AcceptInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateMyProfileDocument = gql`
    mutation UpdateMyProfile($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateMyProfileGQL extends Apollo.Mutation<UpdateMyProfileMutation, UpdateMyProfileMutationVariables> {
    override document = UpdateMyProfileDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ChangePasswordDocument = gql`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class ChangePasswordGQL extends Apollo.Mutation<ChangePasswordMutation, ChangePasswordMutationVariables> {
    override document = ChangePasswordDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MeDocument = gql`
    query Me {
  me {
    ...MeFields
  }
}
    ${MeFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MeGQL extends Apollo.Query<MeQuery, MeQueryVariables> {
    override document = MeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignInDocument = gql`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...MeFields
  }
}
    ${MeFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class SignInGQL extends Apollo.Mutation<SignInMutation, SignInMutationVariables> {
    override document = SignInDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignOutDocument = gql`
    mutation SignOut {
  signOut
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class SignOutGQL extends Apollo.Mutation<SignOutMutation, SignOutMutationVariables> {
    override document = SignOutDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UsersDocument = gql`
    query Users {
  users {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class UsersGQL extends Apollo.Query<UsersQuery, UsersQueryVariables> {
    override document = UsersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const InvitationsDocument = gql`
    query Invitations {
  invitations {
    ...InvitationFields
  }
}
    ${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class InvitationsGQL extends Apollo.Query<InvitationsQuery, InvitationsQueryVariables> {
    override document = InvitationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const InviteUserDocument = gql`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    url
    invitation {
      ...InvitationFields
    }
  }
}
    ${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class InviteUserGQL extends Apollo.Mutation<InviteUserMutation, InviteUserMutationVariables> {
    override document = InviteUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetUserRolesDocument = gql`
    mutation SetUserRoles($input: SetUserRolesInput!) {
  setUserRoles(input: $input) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class SetUserRolesGQL extends Apollo.Mutation<SetUserRolesMutation, SetUserRolesMutationVariables> {
    override document = SetUserRolesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DisableUserDocument = gql`
    mutation DisableUser($userId: ID!) {
  disableUser(userId: $userId) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class DisableUserGQL extends Apollo.Mutation<DisableUserMutation, DisableUserMutationVariables> {
    override document = DisableUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EnableUserDocument = gql`
    mutation EnableUser($userId: ID!) {
  enableUser(userId: $userId) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class EnableUserGQL extends Apollo.Mutation<EnableUserMutation, EnableUserMutationVariables> {
    override document = EnableUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RevokeInvitationDocument = gql`
    mutation RevokeInvitation($invitationId: ID!) {
  revokeInvitation(invitationId: $invitationId) {
    ...InvitationFields
  }
}
    ${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RevokeInvitationGQL extends Apollo.Mutation<RevokeInvitationMutation, RevokeInvitationMutationVariables> {
    override document = RevokeInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }