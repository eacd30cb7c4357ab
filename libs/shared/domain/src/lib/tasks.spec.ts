import { compareTasks, TaskKind, TaskOrderFacts } from './tasks';

const now = new Date('2026-12-06T12:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const t = (kind: TaskKind, dueIn: number | null, sinceHoursAgo: number): TaskOrderFacts & { name: string } => ({
  name: `${kind}/${dueIn}/${sinceHoursAgo}`,
  kind,
  dueAt: dueIn === null ? null : at(dueIn),
  since: at(-sinceHoursAgo),
});

describe('compareTasks (the urgency rule of My tasks)', () => {
  it('puts what is due within 48 h first (soonest first), then approvals someone waits on (oldest first), then other deadlines, then the rest (oldest first)', () => {
    const closingIn40h = t(TaskKind.RFQ_CLOSING, 40, 200);
    const roundIn2h = t(TaskKind.ROUND_OPEN, 2, 1);
    const oldApproval = t(TaskKind.AWARD_APPROVAL, null, 72);
    const newApproval = t(TaskKind.RFQ_APPROVAL, null, 1);
    const questionsIn5Days = t(TaskKind.SUPPLIER_QUESTIONS, 120, 3);
    const quoteIn3Days = t(TaskKind.QUOTE_DUE, 72, 10);
    const oldNeed = t(TaskKind.NEED_WAITING, null, 500);
    const scores = t(TaskKind.SCORES_OWED, null, 24);
    const sorted = [oldNeed, newApproval, questionsIn5Days, closingIn40h, scores, quoteIn3Days, oldApproval, roundIn2h].sort(compareTasks(now));
    expect(sorted.map((x) => x.name)).toEqual([roundIn2h, closingIn40h, oldApproval, newApproval, quoteIn3Days, questionsIn5Days, oldNeed, scores].map((x) => x.name));
  });

  it('an approval whose deadline is near counts as due (tier one), not as waiting', () => {
    const dueApproval = t(TaskKind.SHORTLIST_APPROVAL, 10, 1);
    const olderApproval = t(TaskKind.AWARD_APPROVAL, null, 100);
    expect([olderApproval, dueApproval].sort(compareTasks(now))[0]).toBe(dueApproval);
  });
});
