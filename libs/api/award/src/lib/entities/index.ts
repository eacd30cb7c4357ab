import { ApprovalDeputy, ApprovalPolicyRow, AwardApproval, AwardLine, AwardProposal } from './award.entities';

export { ApprovalDeputy, ApprovalPolicyRow, AwardApproval, AwardLine, AwardProposal };

export const AWARD_ENTITIES = [AwardProposal, AwardLine, AwardApproval, ApprovalPolicyRow, ApprovalDeputy];
