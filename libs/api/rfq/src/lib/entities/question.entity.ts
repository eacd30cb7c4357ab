import { Column, Entity } from 'typeorm';
import { OrganizationRow } from '@bc/api/core';
import { QuestionVisibility } from '@bc/shared/domain';

/** A supplier's question on an RFQ; who asked is seen by the buyer team only. */
@Entity('rfq_question')
export class RfqQuestion extends OrganizationRow {
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  @Column('uuid', { name: 'invitation_id' }) invitationId!: string;
  @Column('uuid', { name: 'asked_by' }) askedBy!: string;
  @Column('text') body!: string;
  @Column('timestamptz', { name: 'asked_at', default: () => 'now()' }) askedAt!: Date;
  @Column('text', { nullable: true }) answer!: string | null;
  @Column('uuid', { name: 'answered_by', nullable: true }) answeredBy!: string | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt!: Date | null;
  @Column('text') visibility!: QuestionVisibility;
  /** The question as shown to every invitee: the buyer may reword it so it names nobody. */
  @Column('text', { name: 'published_question', nullable: true }) publishedQuestion!: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
}
