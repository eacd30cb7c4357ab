import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'An approver out of office names a deputy who holds the same approving role, for a period' })
export class NameApprovalDeputyInput {
  @Field(() => ID, { nullable: true, description: 'The approver who is away; yourself when not given (admins name for anyone)' })
  @IsOptional()
  @IsUUID()
  principalId?: string | null;
  @Field(() => ID) @IsUUID() deputyId!: string;
  @Field() @Type(() => Date) @IsDate() startsAt!: Date;
  @Field() @Type(() => Date) @IsDate() endsAt!: Date;
}

@ObjectType('ApprovalDeputy', { description: "An approver's deputy for a period: the deputy's inbox shows what the approver may decide, and their decisions say for whom" })
export class ApprovalDeputyType {
  @Field(() => ID) id!: string;
  @Field(() => ID) principalId!: string;
  @Field() principalName!: string;
  @Field(() => ID) deputyId!: string;
  @Field() deputyName!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field({ description: 'Now within the period and not revoked' }) active!: boolean;
  @Field() namedByName!: string;
  @Field() namedAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('ApproverChoice', { description: 'A user who may stand in for an approver (active, holding one of their approving roles)' })
export class ApproverChoiceType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String]) roles!: string[];
}
