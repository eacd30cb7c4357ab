import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsBoolean,
  IsEnum,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { Locale, PASSWORD_MAX_LENGTH, Role } from '@bc/shared/domain';
import { trim } from '@bc/api/core';

const normalizeEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType()
export class SignInInput {
  @Field() @Transform(normalizeEmail) @IsNotEmpty() @MaxLength(254) email!: string;
  /** Length is not checked here: a wrong password gets the same answer as an unknown email. */
  @Field() @IsString() @IsNotEmpty() @MaxLength(1024) password!: string;
}

@InputType()
export class InviteUserInput {
  @Field() @Transform(normalizeEmail) @IsNotEmpty() @MaxLength(254) @IsEmail() email!: string;
  @Field(() => [Role]) @ArrayMinSize(1) @ArrayMaxSize(8) @ArrayUnique() @IsEnum(Role, { each: true }) roles!: Role[];
}

@InputType({ description: "A colleague invited into the caller's supplier company; the link goes to them by email" })
export class InviteSupplierColleagueInput {
  @Field() @Transform(normalizeEmail) @IsNotEmpty() @MaxLength(254) @IsEmail() email!: string;
  @Field(() => Locale, { nullable: true, description: "The invitation email's language; the company's default when unset" })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}

@InputType()
export class SetSupplierColleagueAdminInput {
  @Field(() => ID) @IsString() userId!: string;
  @Field({ description: 'Whether the colleague is an admin of the company' }) @IsBoolean() admin!: boolean;
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID) @IsString() userId!: string;
  @Field(() => [Role]) @ArrayMaxSize(8) @ArrayUnique() @IsEnum(Role, { each: true }) roles!: Role[];
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) token!: string;
  @Field() @Transform(trim) @IsNotEmpty() @MaxLength(200) name!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH * 4) password!: string;
  @Field(() => Locale, { nullable: true }) @IsOptional() @IsEnum(Locale) locale?: Locale;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(1024) currentPassword!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH * 4) newPassword!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field() @Transform(trim) @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => Locale) @IsEnum(Locale) locale!: Locale;
}

@InputType()
export class UpdateOrganizationInput {
  @Field() @Transform(trim) @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value))
  @IsISO31661Alpha2()
  country?: string | null;
  @Field(() => Locale) @IsEnum(Locale) defaultLocale!: Locale;
}
