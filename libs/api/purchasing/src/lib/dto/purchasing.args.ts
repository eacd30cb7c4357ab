import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CaseStage, NeedStatus, Role, ShortlistDecision, ShortlistSource } from '@bc/shared/domain';
import { PurchaseCaseFilter } from './purchasing.inputs';
import { KeysetArgs, RequiredText, trimOrNull } from '@bc/api/core';


@ArgsType()
export class PurchaseCasesArgs extends KeysetArgs {
  @Field(() => PurchaseCaseFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PurchaseCaseFilter) filter?: PurchaseCaseFilter;
  @Field(() => Int, { defaultValue: 20 }) @Min(1) @Max(100) limit = 20;
}

@ArgsType()
export class NeedsArgs extends KeysetArgs {
  @Field(() => NeedStatus, { nullable: true }) @IsOptional() @IsEnum(NeedStatus) status?: NeedStatus | null;
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) limit = 50;
}

@ArgsType()
export class MyNeedsArgs extends KeysetArgs {
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) limit = 50;
}

@ArgsType()
export class MoveCaseArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => CaseStage) @IsEnum(CaseStage) to!: CaseStage;
  @Field(() => String, { nullable: true, description: 'Required for cancelling and for going back' })
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(2000) reason?: string | null;
}

@ArgsType()
export class CancelCaseArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @RequiredText(2000, { message: 'Say why the case is cancelled' }) reason!: string;
}

@ArgsType()
export class CaseMemberArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => ID) @IsString() userId!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
}

@ArgsType()
export class RemoveCaseMemberArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => ID, { description: 'CaseMember.id' }) @IsString() memberId!: string;
}

@ArgsType()
export class DeclareConflictArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => ID) @IsString() supplierId!: string;
  @RequiredText(2000, { message: 'Say what the conflict of interest is' }) statement!: string;
}

@ArgsType()
export class DeclineNeedArgs {
  @Field(() => ID) @IsString() id!: string;
  @RequiredText(2000, { message: 'Say why the need is declined' }) reason!: string;
}

@ArgsType()
export class SetShortlistEntryArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => ID) @IsString() supplierId!: string;
  @Field(() => ShortlistDecision) @IsEnum(ShortlistDecision) decision!: ShortlistDecision;
  @RequiredText(2000, { message: 'Give a reason for taking the supplier in or leaving it out', description: 'Why the supplier is taken in or left out' }) reason!: string;
  @Field(() => ShortlistSource, { defaultValue: ShortlistSource.SEARCH }) @IsEnum(ShortlistSource) source: ShortlistSource = ShortlistSource.SEARCH;
}

@ArgsType()
export class SubmitShortlistArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => String, { nullable: true, description: 'Required when fewer suppliers are in than the policy asks for' })
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(5000) singleSourceJustification?: string | null;
}

@ArgsType()
export class ApproveShortlistArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(5000) comment?: string | null;
}

@ArgsType()
export class ReturnShortlistArgs {
  @Field(() => ID) @IsString() caseId!: string;
  @RequiredText(5000, { message: 'Say what must change' }) comment!: string;
}

@ArgsType()
export class SpecificationDiffArgs {
  @Field(() => ID) @IsString() fromVersionId!: string;
  @Field(() => ID) @IsString() toVersionId!: string;
}
