import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OrganizationRow } from '@bc/api/core';
import { AuctionBidOn, AuctionDecrementKind, AuctionRanking, AuctionStatus, AuctionVisibility, RfqCriterion } from '@bc/shared/domain';

/** A unit price a bid (or the sealed quote) names for one line. */
export interface AuctionLinePrice {
  lineKey: string;
  unitPrice: string;
  quantity: string;
}

/**
 * A live reverse auction on a closed RFQ: scheduled by a buyer, its settings approved by a
 * gatekeeper, then frozen (the database refuses changing them once approved). `endsAt` is the
 * current end (soft close moves it, never past `capAt`). Numeric columns come back as strings.
 */
@Entity('auction')
export class Auction extends OrganizationRow {
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text') status!: AuctionStatus;
  @Column('char', { length: 3 }) currency!: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt!: Date;
  @Column('integer', { name: 'duration_minutes' }) durationMinutes!: number;
  @Column('text', { name: 'bid_on' }) bidOn!: AuctionBidOn;
  @Column('text', { name: 'decrement_kind' }) decrementKind!: AuctionDecrementKind;
  @Column('numeric', { precision: 16, scale: 4 }) decrement!: string;
  @Column('integer', { name: 'soft_close_minutes' }) softCloseMinutes!: number;
  @Column('integer', { name: 'extension_minutes' }) extensionMinutes!: number;
  @Column('timestamptz', { name: 'cap_at', nullable: true }) capAt!: Date | null;
  @Column('text') visibility!: AuctionVisibility;
  @Column('text') ranking!: AuctionRanking;
  @Column('jsonb') criteria!: RfqCriterion[];
  @Column('timestamptz', { name: 'ends_at' }) endsAt!: Date;
  @Column('uuid', { name: 'scheduled_by' }) scheduledBy!: string;
  @Column('timestamptz', { name: 'scheduled_at' }) scheduledAt!: Date;
  @Column('uuid', { name: 'approved_by', nullable: true }) approvedBy!: string | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt!: Date | null;
  /** When the reminder before the start went out (set once, by the guarded UPDATE that sends it). */
  @Column('timestamptz', { name: 'reminded_at', nullable: true }) remindedAt!: Date | null;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt!: Date | null;
  @Column('uuid', { name: 'cancelled_by', nullable: true }) cancelledBy!: string | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason!: string | null;
  @Column('integer', { name: 'bid_count', default: 0 }) bidCount!: number;
  @Column('integer', { default: 0 }) extensions!: number;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}

/** A supplier taking part (by its RFQ invitation): its starting price and current price. */
@Entity('auction_participant')
export class AuctionParticipant {
  @PrimaryColumn('uuid', { name: 'auction_id' }) auctionId!: string;
  @PrimaryColumn('uuid', { name: 'invitation_id' }) invitationId!: string;
  @Column('uuid', { name: 'quote_id' }) quoteId!: string;
  @Column('uuid', { name: 'supplier_organization_id' }) supplierOrganizationId!: string;
  @Column('text', { name: 'supplier_name' }) supplierName!: string;
  @Column('numeric', { name: 'starting_amount', precision: 18, scale: 2 }) startingAmount!: string;
  @Column('numeric', { name: 'current_amount', precision: 18, scale: 2 }) currentAmount!: string;
  @Column('jsonb', { name: 'current_lines' }) currentLines!: AuctionLinePrice[];
  @Column('jsonb', { name: 'fixed_scores' }) fixedScores!: Record<string, number | null>;
  @Column('integer', { default: 0 }) bids!: number;
}

/** One accepted bid: append-only, numbered per auction in the order the database serialized them. */
@Entity('auction_bid')
export class AuctionBid extends OrganizationRow {
  @Column('uuid', { name: 'auction_id' }) auctionId!: string;
  @Column('uuid', { name: 'invitation_id' }) invitationId!: string;
  @Column('integer') sequence!: number;
  @Column('numeric', { precision: 18, scale: 2 }) amount!: string;
  @Column('jsonb') lines!: AuctionLinePrice[];
  @Column('integer', { name: 'quote_revision' }) quoteRevision!: number;
  @Column('char', { name: 'receipt_sha256', length: 64 }) receiptSha256!: string;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('uuid', { name: 'placed_by' }) placedBy!: string;
  @Column('timestamptz', { name: 'ends_at_after' }) endsAtAfter!: Date;
  @Column('boolean') extended!: boolean;
}

export const AUCTION_ENTITIES = [Auction, AuctionParticipant, AuctionBid];
