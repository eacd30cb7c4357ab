import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TaskKind } from '@bc/shared/domain';

registerEnumType(TaskKind, { name: 'TaskKind', description: 'What kind of work waits for the user' });

@ObjectType('Task', { description: 'One thing waiting for the signed-in user' })
export class TaskType {
  @Field(() => TaskKind) kind!: TaskKind;
  @Field(() => ID, { nullable: true, description: 'The purchase case it belongs to (buying side)' }) caseId!: string | null;
  @Field(() => String, { nullable: true }) caseReference!: string | null;
  @Field(() => String, { nullable: true, description: 'The case title, the need title, or the RFQ title for a supplier' }) title!: string | null;
  @Field(() => ID, { nullable: true }) rfqId!: string | null;
  @Field(() => String, { nullable: true }) rfqReference!: string | null;
  @Field(() => ID, { nullable: true, description: "A supplier's invitation (portal tasks)" }) invitationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The need waiting for a buyer' }) needId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The award proposal to decide' }) proposalId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The reverse auction whose settings to approve' }) auctionId!: string | null;
  @Field(() => Int, { nullable: true, description: 'The negotiation round number' }) round!: number | null;
  @Field(() => Date, { nullable: true, description: 'The deadline it runs against' }) dueAt!: Date | null;
  @Field(() => Date, { description: 'Since when it waits' }) since!: Date;
  @Field(() => Int, { description: 'How many: scores owed, questions open, invitees still out; 1 otherwise' }) count!: number;
}

@ObjectType('TaskCount')
export class TaskCountType {
  @Field(() => TaskKind) kind!: TaskKind;
  @Field(() => Int) count!: number;
}

@ObjectType('MyTasks', { description: "The signed-in user's tasks across all the roles they hold, most urgent first" })
export class MyTasksType {
  @Field(() => [TaskType]) items!: TaskType[];
  @Field(() => [TaskCountType], { description: 'Tasks per kind (kinds with none are left out)' }) counts!: TaskCountType[];
  @Field(() => Int) total!: number;
}
