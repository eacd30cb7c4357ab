import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApprovalDecision, ApprovalMode, AwardStatus, ErrorCode, ImportanceClass, Role } from '@bc/shared/domain';
import { KeysetPageType } from '@bc/api/core';

registerEnumType(AwardStatus, { name: 'AwardStatus', description: "An award proposal's life: PENDING until decided, or SUPERSEDED/WITHDRAWN by the buyer" });
registerEnumType(ApprovalDecision, { name: 'ApprovalDecision' });
registerEnumType(ApprovalMode, { name: 'ApprovalMode', description: 'Whether approvers act in the order of the route (deciders, then the gatekeeper) or all at once' });

const DECIMAL = { description: 'A decimal number as a string, e.g. "12500.00"' };

@ObjectType('RouteShortfall', { description: 'A role a route needs more eligible approvers of than the organization has: the route cannot be completed' })
export class RouteShortfallType {
  @Field(() => Role) role!: Role;
  @Field(() => Int, { description: 'Distinct approvers of the role the route needs' }) required!: number;
  @Field(() => Int, { description: 'Active users of the role who may approve (the requester and anyone holding both roles counted once)' }) available!: number;
}

@ObjectType('ApproverStaffing', { description: 'Active users holding each approving role now' })
export class ApproverStaffingType {
  @Field(() => Int) deciders!: number;
  @Field(() => Int) gatekeepers!: number;
  @Field(() => Int, { description: 'Users counted in both: each of them fills one step of a route only' }) holdingBoth!: number;
}

@ObjectType('ApprovalTier', { description: 'Awards up to `upTo` (case currency; null = above every other tier) need these approvals' })
export class ApprovalTierType {
  @Field(() => Float, { nullable: true }) upTo!: number | null;
  @Field(() => Int) deciders!: number;
  @Field() gatekeeper!: boolean;
  @Field(() => [RouteShortfallType], { description: 'Why this route cannot be completed by the active users now (worst case: the requester holds an approving role); empty when it can' })
  shortfalls!: RouteShortfallType[];
}

@ObjectType('ImportanceApproval', { description: 'An importance class that needs at least this route whatever the value' })
export class ImportanceApprovalType {
  @Field(() => ImportanceClass) importance!: ImportanceClass;
  @Field(() => Int) deciders!: number;
  @Field() gatekeeper!: boolean;
  @Field(() => [RouteShortfallType], { description: 'As on a tier: empty when the route can be completed' }) shortfalls!: RouteShortfallType[];
}

@ObjectType('ApprovalPolicy', { description: "The organization's approval policy: who approves an award, by its value (in the case currency) and the case's importance" })
export class ApprovalPolicyType {
  @Field(() => ApprovalMode) mode!: ApprovalMode;
  @Field(() => [ApprovalTierType]) tiers!: ApprovalTierType[];
  @Field(() => [ImportanceApprovalType]) byImportance!: ImportanceApprovalType[];
  @Field({ description: 'No policy of its own: the defaults of product.md apply' }) isDefault!: boolean;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field(() => ApproverStaffingType) staffing!: ApproverStaffingType;
  @Field(() => [RouteShortfallType], { description: 'Whether a gatekeeper other than the requester exists for shortlist and RFQ approvals; empty when one does' })
  gatekeeperApprovalShortfalls!: RouteShortfallType[];
}

@ObjectType('AwardLine', { description: 'One awarded line: amounts in the case currency' })
export class AwardLineType {
  @Field(() => ID) lineKey!: string;
  @Field(() => Int) position!: number;
  @Field() description!: string;
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(DECIMAL) quantity!: string;
  @Field({ description: 'In the case currency, 4 places (converted at the RFQ’s entered rate)' }) unitPrice!: string;
  @Field({ description: 'The line total in the case currency, as the comparison shows it' }) total!: string;
}

@ObjectType('AwardSupplierTotal')
export class AwardSupplierTotalType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(DECIMAL) total!: string;
  @Field(() => Int) lines!: number;
}

@ObjectType('AwardApproval', { description: "One approver's decision (kept for good)" })
export class AwardApprovalType {
  @Field(() => ID) id!: string;
  @Field(() => ID) approverId!: string;
  @Field() approverName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ApprovalDecision) decision!: ApprovalDecision;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => String, { nullable: true, description: 'The away approver this was decided for, by their deputy (the approver)' }) onBehalfOfName!: string | null;
  @Field() decidedAt!: Date;
}

@ObjectType('AwardStep', { description: 'One step of the approval route, fixed when proposed' })
export class AwardStepType {
  @Field(() => Int) index!: number;
  @Field(() => Role) role!: Role;
  @Field(() => AwardApprovalType, { nullable: true }) approval!: AwardApprovalType | null;
  @Field({ description: 'The step takes an approval now' }) open!: boolean;
  @Field(() => ID, { nullable: true, description: 'The approver an admin reassigned this waiting step to: only they fill it' }) assigneeId!: string | null;
  @Field(() => String, { nullable: true }) assigneeName!: string | null;
}

@ObjectType('AwardRankingEntry', { description: 'The ranking the proposal was made on' })
export class AwardRankingEntryType {
  @Field(() => Int) rank!: number;
  @Field(() => ID) invitationId!: string;
  @Field() supplierName!: string;
  @Field(() => Float, { description: 'Weighted total score, 0–100' }) total!: number;
  @Field(() => String, { nullable: true, description: 'The quote total in the case currency' }) comparableTotal!: string | null;
}

@ObjectType('AwardProposal', { description: 'A proposed award with its approval route; every version is kept' })
export class AwardProposalType {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field() caseTitle!: string;
  @Field(() => String, { nullable: true, description: "The case's CPV category code (for approvers' summary: they need not be on the team)" })
  caseCategoryCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The CPV label of the category (English)' }) caseCategoryLabel!: string | null;
  @Field(() => ID) rfqId!: string;
  @Field() rfqReference!: string;
  @Field(() => Int) version!: number;
  @Field(() => AwardStatus) status!: AwardStatus;
  @Field() currency!: string;
  @Field(DECIMAL) totalValue!: string;
  @Field(() => String, { nullable: true }) justification!: string | null;
  @Field({ description: 'Every line goes to the first place of the ranking' }) followsRanking!: boolean;
  @Field(() => String, { nullable: true }) topRankedSupplierName!: string | null;
  @Field(() => ImportanceClass) importance!: ImportanceClass;
  @Field(() => ApprovalMode) approvalMode!: ApprovalMode;
  @Field(() => [AwardLineType]) lines!: AwardLineType[];
  @Field(() => [AwardSupplierTotalType]) supplierTotals!: AwardSupplierTotalType[];
  @Field(() => [AwardStepType]) steps!: AwardStepType[];
  @Field(() => [AwardApprovalType], { description: 'In the order they came' }) approvals!: AwardApprovalType[];
  @Field(() => ID) proposedById!: string;
  @Field() proposedByName!: string;
  @Field() proposedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Why it was rejected (the approver's comment), withdrawn (the buyer's reason) or superseded ('changed')" })
  decisionReason!: string | null;
  @Field(() => [AwardRankingEntryType]) ranking!: AwardRankingEntryType[];
  @Field(() => String, { nullable: true, description: "The first best quote: the lowest comparable total of the quotes as they stood at the RFQ's closing" })
  firstBestTotal!: string | null;
  @Field(() => String, { nullable: true, description: 'firstBestTotal − totalValue (positive: cheaper than the first best quote)' }) savings!: string | null;
  @Field(() => Float, { nullable: true }) savingsPercent!: number | null;
  @Field({ description: 'The viewer may approve or reject it now' }) canDecide!: boolean;
  @Field({ description: "The viewer may open the case itself (on its team, or a buyer or gatekeeper); approvers from elsewhere read the proposal only" })
  canOpenCase!: boolean;
  @Field(() => String, { nullable: true, description: 'The error code the viewer would get approving it now (null when they may)' })
  cannotDecideReason!: ErrorCode | null;
  @Field(() => [String], { description: 'Approvers away now who named the viewer their deputy and could decide this themselves: the viewer decides for them' })
  deputyFor!: string[];
  @Field(() => ID, { nullable: true, description: 'The award scenario it was proposed from (issue 16); null when proposed by hand' }) scenarioId!: string | null;
  @Field(() => String, { nullable: true, description: 'That scenario’s name (its objective, rules and result are in the decision record)' }) scenarioName!: string | null;
}

@ObjectType('AwardProposalPage', { implements: () => [KeysetPageType], description: 'A page of the decider inbox' })
export class AwardProposalPage extends KeysetPageType {
  @Field(() => [AwardProposalType]) items!: AwardProposalType[];
  @Field(() => Int, { description: 'How many proposals wait for the viewer' }) override total!: number;
}
