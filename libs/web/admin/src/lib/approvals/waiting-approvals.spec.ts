import { Role } from '@bc/shared/domain';
import { reassignableSteps, WaitingApproval } from './waiting-approvals';

const step = (index: number, open: boolean, approved = false) => ({
  index,
  role: Role.DECIDER,
  open,
  assigneeName: null,
  approval: approved ? { id: `a${index}`, approverName: 'Dana', onBehalfOfName: null, role: Role.DECIDER, decision: 'APPROVED', comment: null, decidedAt: '2026-12-01T10:00:00Z' } : null,
});

describe('waiting approvals', () => {
  it('offers to reassign only the steps that take an approval now', () => {
    const item = { proposal: { steps: [step(0, false, true), step(1, true), step(2, false)] } } as unknown as WaitingApproval;
    expect(reassignableSteps(item).map((s) => s.index)).toEqual([1]);
  });
});
