import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RequiredText } from '@bc/api/core';
import { AwardProposalType } from './award.types';

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

export const MAX_REASSIGN_REASON = 2000;

@InputType({ description: "An admin reassigns a waiting step of a pending award proposal to a named approver (the usual ones are away, gone or conflicted)" })
export class ReassignApprovalStepInput {
  @Field(() => ID) @IsUUID() proposalId!: string;
  @Field(() => Int, { description: 'The step, counted from 0 as in AwardProposal.steps' }) @IsInt() @Min(0) @Max(50) stepIndex!: number;
  @Field(() => ID, { description: 'An active decider or gatekeeper: they alone fill the step, in its role' }) @IsUUID() assigneeId!: string;
  @RequiredText(MAX_REASSIGN_REASON, { description: 'Why the step is reassigned: on the record' }) reason!: string;
}

@ObjectType('WaitingApproval', { description: "A pending award proposal as an admin sees it: who can decide its open steps now, and whom a step could be reassigned to" })
export class WaitingApprovalType {
  @Field(() => AwardProposalType) proposal!: AwardProposalType;
  @Field(() => [ApproverChoiceType], { description: 'Who may decide an open step now; empty: the proposal waits for nobody' }) waitingFor!: ApproverChoiceType[];
  @Field(() => [ApproverChoiceType], { description: 'Active approvers an open step may be reassigned to: not the proposer, not decided yet, no declared conflict, not yourself' })
  candidates!: ApproverChoiceType[];
}
