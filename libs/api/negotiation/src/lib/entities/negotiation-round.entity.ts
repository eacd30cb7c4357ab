import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OrganizationRow } from '@bc/api/core';
import type { LineTarget } from '@bc/shared/domain';

/**
 * A negotiation round after the RFQ closed: the buyer asks chosen suppliers for a best and final
 * offer by a deadline. Open until `closesAt` by the database clock or until the buyer ends it
 * (`endedAt`); kept for good (the database allows only ending it, once).
 */
@Entity('negotiation_round')
export class NegotiationRound extends OrganizationRow {
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('integer') number!: number;
  @Column('text') message!: string;
  /** Target unit prices per line, in the case currency; empty when the buyer set none. */
  @Column('jsonb', { default: () => `'[]'::jsonb` }) targets!: LineTarget[];
  @Column('timestamptz', { name: 'closes_at' }) closesAt!: Date;
  @Column('uuid', { name: 'opened_by' }) openedBy!: string;
  @Column('timestamptz', { name: 'opened_at', default: () => 'now()' }) openedAt!: Date;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt!: Date | null;
  @Column('uuid', { name: 'ended_by', nullable: true }) endedBy!: string | null;
}


/** A supplier (by its RFQ invitation) asked for an offer in a round. */
@Entity('negotiation_round_invitation')
export class NegotiationRoundInvitation {
  @PrimaryColumn('uuid', { name: 'round_id' }) roundId!: string;
  @PrimaryColumn('uuid', { name: 'invitation_id' }) invitationId!: string;
}
