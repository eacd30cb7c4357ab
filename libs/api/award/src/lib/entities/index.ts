import { ApprovalDeputy, ApprovalPolicyRow, AwardApproval, AwardLine, AwardProposal, AwardStepAssignment } from './award.entities';

export { ApprovalDeputy, ApprovalPolicyRow, AwardApproval, AwardLine, AwardProposal, AwardStepAssignment };

export const AWARD_ENTITIES = [AwardProposal, AwardLine, AwardApproval, ApprovalPolicyRow, ApprovalDeputy, AwardStepAssignment];
