import { TaskKind } from '@bc/shared/domain';
import type { MyTask } from '@bc/web/data-access';
import { taskLink } from './task-link';

const task = (kind: TaskKind, fields: Partial<MyTask> = {}): MyTask =>
  ({
    kind,
    caseId: 'case-1',
    caseReference: 'PC-2026-0001',
    title: 'Pumps',
    rfqId: 'rfq-1',
    rfqReference: 'PC-2026-0001-R1',
    invitationId: null,
    needId: null,
    proposalId: null,
    auctionId: null,
    round: null,
    dueAt: null,
    since: '2026-12-01T10:00:00Z',
    count: 1,
    ...fields,
  }) as MyTask;

describe('where a task is done (taskLink)', () => {
  it('sends each kind of task to the page where it is done', () => {
    expect(taskLink(task(TaskKind.AWARD_APPROVAL, { proposalId: 'p-1' }))).toMatchObject({ commands: ['/inbox'], queryParams: { proposal: 'p-1' } });
    expect(taskLink(task(TaskKind.SHORTLIST_APPROVAL))).toMatchObject({ commands: ['/cases', 'case-1'], queryParams: { tab: 'shortlist' } });
    for (const kind of [TaskKind.RFQ_APPROVAL, TaskKind.SCORES_OWED, TaskKind.SUPPLIER_QUESTIONS, TaskKind.RFQ_CLOSING]) {
      expect(taskLink(task(kind)).commands).toEqual(['/cases', 'case-1', 'rfq']);
    }
    expect(taskLink(task(TaskKind.AUCTION_APPROVAL, { auctionId: 'a-1' }))).toEqual({
      commands: ['/cases', 'case-1', 'rfq'],
      fragment: 'auctions',
      action: 'tasks.action.AUCTION_APPROVAL',
      detail: 'tasks.detail.AUCTION_APPROVAL',
    });
    expect(taskLink(task(TaskKind.NEED_WAITING, { caseId: null, needId: 'n-1' })).commands).toEqual(['/needs/incoming']);
    expect(taskLink(task(TaskKind.QUOTE_DUE, { caseId: null, invitationId: 'inv-1' })).commands).toEqual(['/portal/rfqs', 'inv-1']);
    expect(taskLink(task(TaskKind.APPROVAL_STUCK, { proposalId: 'p-1' })).commands).toEqual(['/admin/policy']);
  });

  it("sends a supplier's open round to its portal and a buyer's to the RFQ, each with words of its own", () => {
    const supplier = taskLink(task(TaskKind.ROUND_OPEN, { caseId: null, invitationId: 'inv-1', round: 2 }));
    expect(supplier).toEqual({ commands: ['/portal/rfqs', 'inv-1'], action: 'tasks.action.ROUND_OPEN_SUPPLIER', detail: 'tasks.detail.ROUND_OPEN_SUPPLIER' });
    const buyer = taskLink(task(TaskKind.ROUND_OPEN, { round: 2 }));
    expect(buyer).toEqual({ commands: ['/cases', 'case-1', 'rfq'], action: 'tasks.action.ROUND_OPEN', detail: 'tasks.detail.ROUND_OPEN' });
  });

  it('names a count only where the kind has one', () => {
    expect(taskLink(task(TaskKind.SCORES_OWED)).detail).toBe('tasks.detail.SCORES_OWED');
    expect(taskLink(task(TaskKind.AWARD_APPROVAL)).detail).toBeNull();
  });
});
