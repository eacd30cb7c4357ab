import { ErrorCode } from '@bc/shared/domain';
import { cannotDecideKey, inboxErrorTranslation } from './inbox-errors';
import { awardedInvitations, routeProgress, savingsKind, unsigned } from './inbox-view';

describe('the decider summary', () => {
  it('reads savings against the first best quote by their sign', () => {
    expect(savingsKind({ savings: '1250.00' })).toBe('less');
    expect(savingsKind({ savings: '-80.50' })).toBe('more');
    expect(savingsKind({ savings: '0.00' })).toBe('equal');
    expect(savingsKind({ savings: null })).toBe('unknown');
    expect(unsigned('-80.50')).toBe('80.50');
    expect(unsigned('12.00')).toBe('12.00');
  });

  it('counts the approvals in against the steps of the route (a rejection is no approval)', () => {
    const step = (decision: string | null) => ({ approval: decision ? { decision } : null });
    expect(routeProgress({ steps: [step('APPROVED'), step(null), step(null)] })).toEqual({ done: 1, total: 3 });
    expect(routeProgress({ steps: [step('APPROVED'), step('REJECTED')] })).toEqual({ done: 1, total: 2 });
  });

  it('marks every supplier of a split award', () => {
    const set = awardedInvitations({ lines: [{ invitationId: 'a' }, { invitationId: 'b' }, { invitationId: 'a' }], supplierTotals: [{ invitationId: 'a' }, { invitationId: 'b' }] });
    expect([...set].sort()).toEqual(['a', 'b']);
  });

  it('explains the approval refusals in words of their own', () => {
    for (const code of [ErrorCode.SEPARATION_OF_DUTIES, ErrorCode.ALREADY_DECIDED, ErrorCode.NOT_YOUR_TURN, ErrorCode.CONFLICT_OF_INTEREST, ErrorCode.STALE]) {
      expect(inboxErrorTranslation({ code, message: 'x', field: 'proposalId' }).key).toBe(`inbox.errors.${code}`);
    }
    expect(inboxErrorTranslation({ code: ErrorCode.VALIDATION_FAILED, message: 'Say why', field: 'comment' }).key).toBe('inbox.errors.commentRequired');
    expect(inboxErrorTranslation({ code: ErrorCode.FORBIDDEN, message: 'x' }).key).toBe('errors.FORBIDDEN');
    expect(cannotDecideKey(ErrorCode.NOT_YOUR_TURN)).toBe('inbox.errors.NOT_YOUR_TURN');
    expect(cannotDecideKey(null)).toBe('inbox.decide.cannot');
  });
});
