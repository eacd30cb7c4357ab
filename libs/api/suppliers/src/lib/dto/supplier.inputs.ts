import { ArgsType, Field, FieldOptions, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Transform, Type } from 'class-transformer';
import { CertificateFilter, CPV_CODE, Locale, PerformanceEventKind, QualificationStatus } from '@bc/shared/domain';
import { IsBoundedDate, KeysetArgs, RequiredText, stacked, toCountryCode, toCountryCodeOrNull, trim, trimOrNull } from '@bc/api/core';

const COUNTRY_MESSAGE = 'country must be an ISO 3166-1 alpha-2 code (DE) or a country name in English or German (Germany, Deutschland)';

/** Blank optional text means "none". */
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export const SUPPLIER_LIMITS = {
  name: 200,
  description: 4000,
  website: 500,
  tag: 50,
  tags: 30,
  categories: 50,
  contactName: 200,
  email: 254,
  phone: 50,
  position: 200,
  reason: 2000,
  note: 4000,
} as const;

const PHONE = /^[0-9+()./\- ]{3,50}$/;

/* The fields creating and updating a supplier share; each input names its own GraphQL options (defaults, descriptions). */
const WebsiteField = () =>
  stacked(
    Field(() => String, { nullable: true }),
    IsOptional(),
    Transform(trimOrNull),
    MaxLength(SUPPLIER_LIMITS.website),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' }),
  );

/** A list of distinct trimmed texts, each checked by `itemRules`. */
const TextListField = (options: FieldOptions, maxItems: number, ...itemRules: PropertyDecorator[]) =>
  stacked(Field(() => [String], options), IsOptional(), Transform(trimEach), ArrayMaxSize(maxItems), ArrayUnique(), ...itemRules);

const TagsField = (options: FieldOptions) =>
  TextListField(options, SUPPLIER_LIMITS.tags, IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(SUPPLIER_LIMITS.tag, { each: true }));

const CategoriesField = (options: FieldOptions) =>
  TextListField(options, SUPPLIER_LIMITS.categories, Matches(CPV_CODE, { each: true, message: 'categories must be CPV codes like 42122000-0' }));

@InputType()
export class CreateSupplierInput {
  @RequiredText(SUPPLIER_LIMITS.name) name!: string;
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(SUPPLIER_LIMITS.description) description?: string;
  @Field({ description: 'ISO 3166-1 alpha-2, or the country name in English or German' }) @Transform(toCountryCode) @IsISO31661Alpha2({ message: COUNTRY_MESSAGE }) country!: string;
  @WebsiteField() website?: string | null;
  @TagsField({ nullable: true, defaultValue: [] }) tags?: string[];
  @CategoriesField({ nullable: true, defaultValue: [], description: 'CPV codes with check digit, e.g. 42122000-0' }) categories?: string[];
}

/** Only the fields given change. */
@InputType()
export class UpdateSupplierInput {
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(SUPPLIER_LIMITS.name) name?: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(SUPPLIER_LIMITS.description) description?: string;
  @Field({ nullable: true }) @IsOptional() @Transform(toCountryCode) @IsISO31661Alpha2({ message: COUNTRY_MESSAGE }) country?: string;
  @WebsiteField() website?: string | null;
  @TagsField({ nullable: true }) tags?: string[];
  @CategoriesField({ nullable: true }) categories?: string[];
}

@InputType()
export class SupplierContactInput {
  @RequiredText(SUPPLIER_LIMITS.contactName) name!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))
  @MaxLength(SUPPLIER_LIMITS.email)
  @IsEmail()
  email?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @Matches(PHONE, { message: 'phone may hold digits, spaces and + ( ) . / - only' })
  phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(SUPPLIER_LIMITS.position) position?: string | null;
}

@InputType()
export class CertificateInput {
  @RequiredText(200, { description: 'e.g. ISO 9001' }) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(200) issuer?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(100) number?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsBoundedDate()
  validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none = does not expire' })
  @IsOptional()
  @IsBoundedDate()
  validUntil?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded file (POST /api/files)' }) @IsOptional() @IsUUID() fileId?: string | null;
}

@InputType()
export class SupplierDocumentInput {
  @RequiredText(200) title!: string;
  @Field(() => ID, { description: 'An uploaded file (POST /api/files)' }) @IsUUID() fileId!: string;
}

@InputType()
export class RecordPerformanceInput {
  @Field(() => ID) @IsString() supplierId!: string;
  @Field(() => PerformanceEventKind) @IsEnum(PerformanceEventKind) kind!: PerformanceEventKind;
  @Field({ description: 'YYYY-MM-DD, not in the future' }) @IsBoundedDate() occurredOn!: string;
  @Field(() => Boolean, { nullable: true, description: 'Required for DELIVERY, not allowed otherwise' }) @IsOptional() @IsBoolean() onTime?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The purchase case it happened in' }) @IsOptional() @IsUUID() caseId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(SUPPLIER_LIMITS.reason) note?: string | null;
}

@InputType()
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: 'Words of name, description, categories and tags; typos tolerated. Results are ranked.' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(200)
  search?: string | null;
  @Field(() => String, { nullable: true, description: 'A CPV code: suppliers of it or of any of its sub-codes' })
  @IsOptional()
  @Transform(trimOrNull)
  @Matches(CPV_CODE, { message: 'category must be a CPV code like 42122000-0' })
  category?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, or the country name in English or German' }) @IsOptional() @Transform(toCountryCodeOrNull) @IsISO31661Alpha2({ message: COUNTRY_MESSAGE }) country?: string | null;
  @Field(() => [QualificationStatus], { nullable: true }) @IsOptional() @ArrayMaxSize(4) @IsEnum(QualificationStatus, { each: true }) status?: QualificationStatus[] | null;
  @Field(() => CertificateFilter, { nullable: true }) @IsOptional() @IsEnum(CertificateFilter) certificates?: CertificateFilter | null;
  @Field(() => Float, { nullable: true, description: 'Reliability score at least this (0..100); suppliers without history are left out' })
  @IsOptional()
  @Min(0)
  @Max(100)
  minReliability?: number | null;
  @Field(() => [String], { nullable: true, description: 'Suppliers with all these tags' })
  @IsOptional()
  @Transform(trimEach)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(SUPPLIER_LIMITS.tag, { each: true })
  tags?: string[] | null;
}

@ArgsType()
export class SuppliersArgs extends KeysetArgs {
  @Field(() => SupplierFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SupplierFilter) filter?: SupplierFilter | null;
  @Field(() => Int, { defaultValue: 20 }) @Min(1) @Max(100) limit = 20;
}

@ArgsType()
export class ExportSuppliersArgs {
  @Field(() => SupplierFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SupplierFilter) filter?: SupplierFilter | null;
  @Field(() => Locale, { defaultValue: Locale.EN, description: "The reader's language: DE writes semicolons and decimal commas (German Excel), EN commas and decimal points" })
  @IsEnum(Locale)
  locale: Locale = Locale.EN;
}

@ArgsType()
export class PortalAccountsArgs {
  @Field({ description: 'At least 2 characters of the company name' }) @Transform(trim) @IsString() @MinLength(2) @MaxLength(100) search!: string;
  @Field(() => Int, { defaultValue: 10 }) @Min(1) @Max(50) limit = 10;
}

@ArgsType()
export class CpvCodesArgs {
  @Field({ description: 'Words of a label, or digits of a code' }) @Transform(trim) @IsString() @MaxLength(200) search!: string;
  @Field(() => Int, { defaultValue: 20 }) @Min(1) @Max(100) limit = 20;
}

@ArgsType()
export class ImportSuppliersArgs {
  @Field(() => String, { nullable: true, description: 'The CSV text (UTF-8), header line first; see the suppliers README for the columns. Up to 1 MB this way; larger files (up to 5 MB) by fileId' })
  @IsOptional()
  @IsString()
  csv?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded CSV file (POST /api/files), instead of csv' }) @IsOptional() @IsUUID() fileId?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Write the valid rows even if some rows are rejected' }) @IsBoolean() importValidRows = false;
}
