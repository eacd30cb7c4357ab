import { Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@bc/api/core';
import { MyTasksType } from './task.types';
import { TasksService } from './tasks.service';

@Resolver(() => MyTasksType)
export class TasksResolver {
  constructor(private readonly tasks: TasksService) {}

  @Query(() => MyTasksType, { description: 'What waits for the signed-in user across all the roles they hold, most urgent first' })
  @Allow()
  myTasks(@Ctx() ctx: RequestContext): Promise<MyTasksType> {
    return this.tasks.mine(ctx);
  }
}
