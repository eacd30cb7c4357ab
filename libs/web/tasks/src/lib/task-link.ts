import { TaskKind } from '@bc/shared/domain';
import type { MyTask } from '@bc/web/data-access';

export interface TaskLink {
  commands: string[];
  queryParams?: Record<string, string>;
  /** The part of the page where it is done (the page scrolls to it). */
  fragment?: string;
  /** Translation key of the action. */
  action: string;
  /** Translation key of the detail line (with `count` and `round`), if any. */
  detail: string | null;
}

/** Where a task is done, and how the card names it. */
export function taskLink(task: MyTask): TaskLink {
  const kind = task.kind as TaskKind;
  const onRfq = (action: string, detail: string | null = null): TaskLink => ({ commands: ['/cases', task.caseId ?? '', 'rfq'], action, detail });
  switch (kind) {
    case TaskKind.AWARD_APPROVAL:
      return { commands: ['/inbox'], queryParams: { proposal: task.proposalId ?? '' }, action: 'tasks.action.AWARD_APPROVAL', detail: null };
    case TaskKind.SHORTLIST_APPROVAL:
      return { commands: ['/cases', task.caseId ?? ''], queryParams: { tab: 'shortlist' }, action: 'tasks.action.SHORTLIST_APPROVAL', detail: null };
    case TaskKind.RFQ_APPROVAL:
      return onRfq('tasks.action.RFQ_APPROVAL');
    case TaskKind.AUCTION_APPROVAL:
      // The RFQ page's reverse auctions panel, where a gatekeeper approves.
      return { ...onRfq('tasks.action.AUCTION_APPROVAL', 'tasks.detail.AUCTION_APPROVAL'), fragment: 'auctions' };
    case TaskKind.SCORES_OWED:
      return onRfq('tasks.action.SCORES_OWED', 'tasks.detail.SCORES_OWED');
    case TaskKind.SUPPLIER_QUESTIONS:
      return onRfq('tasks.action.SUPPLIER_QUESTIONS', 'tasks.detail.SUPPLIER_QUESTIONS');
    case TaskKind.RFQ_CLOSING:
      return onRfq('tasks.action.RFQ_CLOSING', 'tasks.detail.RFQ_CLOSING');
    case TaskKind.ROUND_OPEN:
      // A supplier's round is answered in its portal; a buyer follows it on the RFQ.
      return task.invitationId
        ? { commands: ['/portal/rfqs', task.invitationId], action: 'tasks.action.ROUND_OPEN_SUPPLIER', detail: 'tasks.detail.ROUND_OPEN_SUPPLIER' }
        : onRfq('tasks.action.ROUND_OPEN', 'tasks.detail.ROUND_OPEN');
    case TaskKind.NEED_WAITING:
      return { commands: ['/needs/incoming'], action: 'tasks.action.NEED_WAITING', detail: null };
    case TaskKind.QUOTE_DUE:
      return { commands: ['/portal/rfqs', task.invitationId ?? ''], action: 'tasks.action.QUOTE_DUE', detail: null };
    case TaskKind.APPROVAL_STUCK:
      return { commands: ['/admin/policy'], action: 'tasks.action.APPROVAL_STUCK', detail: null };
  }
}
