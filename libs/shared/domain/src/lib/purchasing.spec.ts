import { Role } from './roles';
import {
  CASE_STAGE_ORDER,
  caseRoles,
  CaseFacts,
  CaseStage,
  LATER_CASE_FACTS,
  transitionBlockers,
  transitionsFrom,
  TransitionBlocker,
} from './purchasing';
import { cpvAncestorPrefixes, cpvPrefix } from './suppliers';

const ready: CaseFacts = {
  hasCategory: true,
  specifierOnTeam: true,
  approvedSpecification: true,
  shortlistApproved: true,
  shortlistedCount: 3,
  minimumSuppliers: 3,
  singleSourceJustified: false,
  rfqClosed: true,
  rfqClosingPassed: false,
  evaluationComplete: true,
  negotiationRoundOpen: false,
  awardPending: false,
  awardApproved: true,
  auctionPending: false,
};

describe('the purchase case state machine', () => {
  it('lets a case move forward when every precondition holds', () => {
    expect(transitionBlockers(CaseStage.NEED, CaseStage.SPECIFICATION, ready)).toEqual([]);
    expect(transitionBlockers(CaseStage.SPECIFICATION, CaseStage.SOURCING, ready)).toEqual([]);
    expect(transitionBlockers(CaseStage.SOURCING, CaseStage.RFQ, ready)).toEqual([]);
  });

  it('names each unmet precondition', () => {
    expect(transitionBlockers(CaseStage.NEED, CaseStage.SPECIFICATION, { ...ready, hasCategory: false })).toEqual([
      TransitionBlocker.CATEGORY_MISSING,
    ]);
    expect(transitionBlockers(CaseStage.NEED, CaseStage.SPECIFICATION, { ...ready, specifierOnTeam: false })).toEqual([
      TransitionBlocker.NO_SPECIFIER_ON_TEAM,
    ]);
    expect(
      transitionBlockers(CaseStage.SPECIFICATION, CaseStage.SOURCING, { ...ready, approvedSpecification: false }),
    ).toEqual([TransitionBlocker.SPECIFICATION_NOT_APPROVED]);
    expect(transitionBlockers(CaseStage.SOURCING, CaseStage.RFQ, { ...ready, shortlistApproved: false })).toEqual([
      TransitionBlocker.SHORTLIST_NOT_APPROVED,
    ]);
    expect(transitionBlockers(CaseStage.SOURCING, CaseStage.RFQ, { ...ready, shortlistedCount: 1 })).toEqual([
      TransitionBlocker.SINGLE_SOURCE_UNJUSTIFIED,
    ]);
    expect(
      transitionBlockers(CaseStage.SOURCING, CaseStage.RFQ, { ...ready, shortlistedCount: 1, singleSourceJustified: true }),
    ).toEqual([]);
  });

  it('needs a reason to cancel or to go back, and refuses to leave a closed case', () => {
    expect(transitionBlockers(CaseStage.SOURCING, CaseStage.CANCELLED, ready)).toEqual([TransitionBlocker.REASON_REQUIRED]);
    expect(transitionBlockers(CaseStage.SOURCING, CaseStage.CANCELLED, ready, '  ')).toEqual([TransitionBlocker.REASON_REQUIRED]);
    expect(transitionBlockers(CaseStage.SOURCING, CaseStage.CANCELLED, ready, 'Budget withdrawn')).toEqual([]);
    expect(transitionBlockers(CaseStage.SOURCING, CaseStage.SPECIFICATION, ready)).toEqual([TransitionBlocker.REASON_REQUIRED]);
    expect(transitionBlockers(CaseStage.CANCELLED, CaseStage.NEED, ready, 'x')).toEqual([TransitionBlocker.CASE_CLOSED]);
    expect(transitionBlockers(CaseStage.AWARDED, CaseStage.CANCELLED, ready, 'x')).toEqual([TransitionBlocker.CASE_CLOSED]);
  });

  it('knows no transition that is not declared', () => {
    expect(transitionBlockers(CaseStage.NEED, CaseStage.SOURCING, ready)).toBeUndefined();
    expect(transitionBlockers(CaseStage.SPECIFICATION, CaseStage.AWARDED, ready)).toBeUndefined();
  });

  it('declares what the moves after the shortlist need', () => {
    expect(transitionBlockers(CaseStage.RFQ, CaseStage.EVALUATION, ready)).toEqual([]);
    expect(transitionBlockers(CaseStage.RFQ, CaseStage.EVALUATION, { ...ready, rfqClosed: false })).toEqual([TransitionBlocker.RFQ_NOT_CLOSED]);
    expect(transitionBlockers(CaseStage.RFQ, CaseStage.SOURCING, ready, 'Wrong lines')).toEqual([]);
    expect(transitionBlockers(CaseStage.RFQ, CaseStage.SOURCING, { ...ready, rfqClosingPassed: true })).toEqual([
      TransitionBlocker.RFQ_CLOSED,
      TransitionBlocker.REASON_REQUIRED,
    ]);
    for (const to of [CaseStage.NEGOTIATION, CaseStage.DECISION]) {
      expect(transitionBlockers(CaseStage.EVALUATION, to, ready, 'Prices are firm')).toEqual([]);
      expect(transitionBlockers(CaseStage.EVALUATION, to, { ...ready, evaluationComplete: false }, 'Prices are firm')).toEqual([
        TransitionBlocker.EVALUATION_INCOMPLETE,
      ]);
    }
    expect(transitionBlockers(CaseStage.EVALUATION, CaseStage.DECISION, ready)).toEqual([TransitionBlocker.REASON_REQUIRED]);
    expect(transitionBlockers(CaseStage.NEGOTIATION, CaseStage.DECISION, ready)).toEqual([]);
    expect(transitionBlockers(CaseStage.NEGOTIATION, CaseStage.DECISION, { ...ready, negotiationRoundOpen: true })).toEqual([
      TransitionBlocker.NEGOTIATION_ROUND_OPEN,
    ]);
    expect(transitionBlockers(CaseStage.DECISION, CaseStage.NEGOTIATION, ready)).toEqual([]);
    expect(transitionBlockers(CaseStage.DECISION, CaseStage.NEGOTIATION, { ...ready, awardPending: true })).toEqual([TransitionBlocker.AWARD_PENDING]);
    expect(transitionBlockers(CaseStage.DECISION, CaseStage.AWARDED, ready)).toEqual([]);
    expect(transitionBlockers(CaseStage.DECISION, CaseStage.AWARDED, { ...ready, awardApproved: false })).toEqual([TransitionBlocker.AWARD_NOT_APPROVED]);
  });

  it('holds the later moves when no library has said otherwise', () => {
    const early: CaseFacts = { ...ready, ...LATER_CASE_FACTS };
    expect(transitionBlockers(CaseStage.RFQ, CaseStage.EVALUATION, early)).toEqual([TransitionBlocker.RFQ_NOT_CLOSED]);
    expect(transitionBlockers(CaseStage.RFQ, CaseStage.SOURCING, early, 'x')).toEqual([]);
    expect(transitionBlockers(CaseStage.EVALUATION, CaseStage.NEGOTIATION, early)).toEqual([TransitionBlocker.EVALUATION_INCOMPLETE]);
    expect(transitionBlockers(CaseStage.NEGOTIATION, CaseStage.DECISION, early)).toEqual([]);
    expect(transitionBlockers(CaseStage.DECISION, CaseStage.AWARDED, early)).toEqual([TransitionBlocker.AWARD_NOT_APPROVED]);
  });

  it('lets every open stage be cancelled', () => {
    for (const stage of CASE_STAGE_ORDER.filter((s) => s !== CaseStage.AWARDED && s !== CaseStage.CANCELLED)) {
      expect(transitionsFrom(stage).map((t) => t.to)).toContain(CaseStage.CANCELLED);
    }
  });
});

describe('the CPV hierarchy', () => {
  it('takes the significant digits as the prefix', () => {
    expect(cpvPrefix('45000000-7')).toBe('45');
    expect(cpvPrefix('45100000-8')).toBe('451');
    expect(cpvPrefix('45112000-5')).toBe('45112');
    expect(cpvPrefix('50000000-5')).toBe('50');
    expect(cpvPrefix('03000000-1')).toBe('03');
  });

  it('lists the prefixes of every level above a code', () => {
    expect(cpvAncestorPrefixes('45112000-5')).toEqual(['45', '451', '4511', '45112']);
    expect(cpvAncestorPrefixes('50000000-5')).toEqual(['50']);
  });
});

describe('the roles a user acts in on a case', () => {
  it('are the team roles they still hold, plus BUYER and GATEKEEPER organization-wide', () => {
    expect(caseRoles([Role.SPECIFIER], [Role.SPECIFIER])).toEqual([Role.SPECIFIER]);
    expect(caseRoles([Role.ADVISOR], [Role.SPECIFIER])).toEqual([]);
    expect(caseRoles([Role.GATEKEEPER], [])).toEqual([Role.GATEKEEPER]);
    expect(caseRoles([Role.BUYER, Role.REQUESTER], [Role.REQUESTER])).toEqual([Role.BUYER, Role.REQUESTER]);
    expect(caseRoles([Role.ADMIN, Role.DECIDER], [])).toEqual([]);
  });
});
