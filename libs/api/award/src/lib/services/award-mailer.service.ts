import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { AwardApproval, AwardLine, AwardProposal } from '../entities/award.entities';

/**
 * The award's emails, through the outbox: approval requests, the rejection notice to the
 * proposer and team, and on award the award letters, regret letters and the team notice.
 * (Being written: the calls are in place so the approval flow does not change when they land.)
 */
@Injectable()
export class AwardMailer {
  /** Approval requests to the approvers whose step has just opened (user ids of the organization). */
  async approvalRequested(_ctx: RequestContext, _proposal: AwardProposal, _approverUserIds: readonly string[]): Promise<void> {
    return;
  }

  /** The proposer and the case team learn that an approver rejected the proposal, and why. */
  async rejected(_ctx: RequestContext, _proposal: AwardProposal, _rejection: AwardApproval): Promise<void> {
    return;
  }

  /** The case is AWARDED: award letters to the awarded suppliers, regret letters to the others, a notice to the team. */
  async granted(_ctx: RequestContext, _proposal: AwardProposal, _lines: readonly AwardLine[]): Promise<void> {
    return;
  }
}
