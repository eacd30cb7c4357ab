import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, OrganizationKind, Permission, Role } from '@bc/shared/domain';

registerEnumType(Role, { name: 'Role', description: 'A role a user holds in their organization' });
registerEnumType(Permission, { name: 'Permission', description: 'What a role allows; from the shared permissions map' });
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(Locale, { name: 'Locale' });

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganizationKind) kind!: OrganizationKind;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country!: string | null;
  @Field(() => Locale) defaultLocale!: Locale;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => Locale) locale!: Locale;
  @Field(() => [Role]) roles!: Role[];
  @Field() disabled!: boolean;
  @Field(() => Date, { nullable: true }) lastSignInAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('Me')
export class MeType {
  @Field(() => UserType) user!: UserType;
  @Field(() => OrganizationType) organization!: OrganizationType;
  @Field(() => [Permission]) permissions!: Permission[];
}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('InvitationLink', { description: 'A new invitation; its link is shown once, for the admin to copy' })
export class InvitationLinkType {
  @Field(() => InvitationType) invitation!: InvitationType;
  @Field() url!: string;
}

@ObjectType('InvitationPreview', { description: 'What an invitation link says before it is accepted' })
export class InvitationPreviewType {
  @Field() email!: string;
  @Field() organizationName!: string;
}

@ObjectType('SupplierColleagues', { description: "The users of the caller's supplier company and its pending invitations" })
export class SupplierColleaguesType {
  @Field(() => [UserType]) users!: UserType[];
  @Field(() => [InvitationType], { description: 'Neither accepted nor revoked; expired ones included (expiresAt says)' })
  invitations!: InvitationType[];
}
