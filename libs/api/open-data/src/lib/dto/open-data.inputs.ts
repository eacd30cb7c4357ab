import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

/** Omitted fields keep their value; an empty ocidPrefix removes the prefix (public publishing must be off). */
@InputType()
export class UpdateOpenDataSettingsInput {
  @Field(() => String, { nullable: true, description: '`ocds-` and six lowercase letters or digits (refused otherwise with OCID_PREFIX_INVALID); empty to remove' })
  @IsOptional() @IsString() @MaxLength(64) ocidPrefix?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() includeContacts?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() publicPublishing?: boolean | null;
}
