import { KeysetArgs, KeysetPageType } from '@bc/api/core';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Max, Min } from 'class-validator';
import { OutboxMessage, OutboxStatus } from '../outbox-message.entity';

registerEnumType(OutboxStatus, { name: 'OutboxStatus', description: 'Where an email stands in the outbox' });

@ObjectType('OutboxMessage')
export class OutboxMessageType {
  @Field(() => ID) id!: string;
  @Field({ description: "The recipient's address" }) to!: string;
  @Field(() => String, { nullable: true }) toName!: string | null;
  @Field() subject!: string;
  @Field({ description: 'What the email is about, e.g. rfq.invitation' }) kind!: string;
  @Field(() => OutboxStatus) status!: OutboxStatus;
  @Field(() => Int) attempts!: number;
  @Field() nextAttemptAt!: Date;
  @Field(() => String, { nullable: true, description: "The mail server's last answer when sending failed" }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('OutboxPage', { implements: () => [KeysetPageType] })
export class OutboxPage extends KeysetPageType {
  @Field(() => [OutboxMessageType]) items!: OutboxMessageType[];
}

@ArgsType()
export class MailOutboxArgs extends KeysetArgs {
  @Field(() => OutboxStatus, { nullable: true }) @IsOptional() @IsEnum(OutboxStatus) status?: OutboxStatus;
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) limit = 50;
}

export const toOutboxMessageType = (m: OutboxMessage): OutboxMessageType => ({
  id: m.id,
  to: m.toAddress,
  toName: m.toName,
  subject: m.subject,
  kind: m.kind,
  status: m.status,
  attempts: m.attempts,
  nextAttemptAt: m.nextAttemptAt,
  lastError: m.lastError,
  sentAt: m.sentAt,
  createdAt: m.createdAt,
});
