import { TaskKind } from '@bc/shared/domain';
import { TaskType } from './task.types';

export type Task = TaskType;

/** A task of this kind, waiting since `since`, with the fields given (the others null, count 1). */
export const task = (kind: TaskKind, since: Date, fields: Partial<Task> = {}): Task => ({
  kind,
  caseId: null,
  caseReference: null,
  title: null,
  rfqId: null,
  rfqReference: null,
  invitationId: null,
  needId: null,
  proposalId: null,
  auctionId: null,
  round: null,
  dueAt: null,
  since,
  count: 1,
  ...fields,
});
