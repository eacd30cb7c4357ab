import { Injectable, Module } from '@nestjs/common';
import { Field, ID, ObjectType, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AllowedSubscription, Ctx, LiveEvents, LiveTopic, RequestContext } from '@bc/api/core';

/**
 * A subscription only the live-transport suite registers (no domain event of the app is live yet):
 * a signed-in user is told their own name, first as the database has it, then again whenever
 * someone says it changed. The shape of every live subscription: the state from the database,
 * the event only a notice to read it again.
 */
export const MY_NAME_CHANGED = new LiveTopic<{ userId: string }>('test.my-name');

@ObjectType()
export class LiveProbeState {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
}

@Injectable()
class LiveProbeReader {
  constructor(private readonly dataSource: DataSource) {}

  async state(userId: string): Promise<LiveProbeState> {
    const [row] = await this.dataSource.query(`SELECT id, name FROM app_user WHERE id = $1`, [userId]);
    return { userId: row.id, name: row.name };
  }
}

@Resolver()
class LiveProbeResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly reader: LiveProbeReader,
  ) {}

  @AllowedSubscription(() => LiveProbeState, [])
  myNameLive(@Ctx() ctx: RequestContext): AsyncIterableIterator<LiveProbeState> {
    const userId = ctx.userId;
    return this.live.snapshotThenUpdates(MY_NAME_CHANGED.channel(userId), () => this.reader.state(userId));
  }
}

@Module({ providers: [LiveProbeReader, LiveProbeResolver] })
export class LiveProbeModule {}
