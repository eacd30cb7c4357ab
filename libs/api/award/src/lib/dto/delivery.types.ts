import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoundedDate } from '@bc/api/core';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_QUALITY_INCIDENTS = 100;
export const MAX_DELIVERY_NOTE = 2000;

@InputType({ description: 'A delivery of an awarded supplier against an approved award' })
export class RecordDeliveryInput {
  @Field(() => ID, { description: 'The APPROVED award proposal' }) @IsString() proposalId!: string;
  @Field(() => ID, { description: 'A supplier awarded in it (directory id)' }) @IsString() supplierId!: string;
  @Field({ description: 'YYYY-MM-DD: not in the future, not before the award' })
  @IsBoundedDate()
  deliveredOn!: string;
  @Field() @IsBoolean() onTime!: boolean;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: `Quality incidents of this delivery, 0 to ${MAX_QUALITY_INCIDENTS}` })
  @IsOptional()
  @IsInt({ message: 'qualityIncidents is a whole number' })
  @Min(0, { message: 'qualityIncidents cannot be negative' })
  @Max(MAX_QUALITY_INCIDENTS, { message: `At most ${MAX_QUALITY_INCIDENTS} quality incidents per delivery` })
  qualityIncidents?: number | null;
  @Field(() => String, { nullable: true, description: `At most ${MAX_DELIVERY_NOTE} characters` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DELIVERY_NOTE, { message: `A note is at most ${MAX_DELIVERY_NOTE} characters` })
  note?: string | null;
}

@ObjectType('DeliveryRecord', { description: "A delivery recorded against an award; it counts in the supplier's reliability" })
export class DeliveryRecordType {
  @Field(() => ID, { description: 'The DELIVERY performance event' }) id!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field({ description: 'YYYY-MM-DD' }) deliveredOn!: string;
  @Field() onTime!: boolean;
  @Field(() => Int) qualityIncidents!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
  @Field() recordedAt!: Date;
}
