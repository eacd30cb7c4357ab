import { KeysetPageType } from '@bc/api/core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field(() => Int) sequence!: number;
  @Field() action!: string;
  @Field() entityType!: string;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field({ description: 'What changed, as JSON' }) summary!: string;
  @Field() occurredAt!: Date;
  @Field() hash!: string;
}

@ObjectType('AuditEventPage', { implements: () => [KeysetPageType] })
export class AuditEventPage extends KeysetPageType {
  @Field(() => [AuditEventType]) items!: AuditEventType[];
}

@ObjectType('AuditChainVerification')
export class AuditChainVerificationType {
  @Field() ok!: boolean;
  @Field(() => Int) checkedEvents!: number;
  @Field(() => ID, { nullable: true, description: 'The first entry whose link does not hold' })
  firstBrokenEventId?: string;
  @Field(() => Int, { nullable: true }) firstBrokenSequence?: number;
  @Field(() => String, { nullable: true }) reason?: string;
}
