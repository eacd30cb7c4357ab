import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { LineTarget } from '@bc/shared/domain';

/** A negotiation round an invitation was asked into, as the negotiation library keeps it. */
export interface InvitedRound {
  id: string;
  invitationId: string;
  rfqId: string;
  number: number;
  message: string;
  targets: LineTarget[];
  closesAt: Date;
  openedAt: Date;
  endedAt: Date | null;
  /** Open at the time asked about: before its deadline and not ended by the buyer. */
  open: boolean;
}

export interface InvitedRoundsQuery {
  /** Only the rounds open at the time asked about. */
  openOnly?: boolean;
  /** Holds the rounds FOR SHARE for the transaction (the buyer's ending of one waits for a change). */
  lock?: boolean;
}

/** Reads the rounds these invitations were asked into, by round number. */
export type InvitedRoundsReader = (ctx: RequestContext, invitationIds: readonly string[], now: Date, query: InvitedRoundsQuery) => Promise<InvitedRound[]>;

/** An invitation of the supplier company asked into a round open now, and when that round closes. */
export interface InvitationInOpenRound {
  invitationId: string;
  closesAt: Date;
}

/** Reads the caller's company's invitations in a round open at `now` (the earliest closing when in more than one). */
export type OpenRoundsReader = (ctx: RequestContext, now: Date) => Promise<InvitationInOpenRound[]>;

/**
 * The negotiation rounds as the quotes see them. Negotiation is a library above this one
 * (`@bc/api/negotiation`), which registers its reader here when its module starts; this library
 * never reads the negotiation tables itself.
 */
@Injectable()
export class InvitationRounds {
  private reader?: InvitedRoundsReader;
  private openReader?: OpenRoundsReader;

  /** Called once by the negotiation library. */
  register(reader: InvitedRoundsReader, openReader?: OpenRoundsReader): void {
    this.reader = reader;
    this.openReader = openReader;
  }

  /** The rounds these invitations were asked into (one entry per round and invitation), by number. */
  async of(ctx: RequestContext, invitationIds: readonly string[], now: Date, query: InvitedRoundsQuery = {}): Promise<InvitedRound[]> {
    if (invitationIds.length === 0) return [];
    if (!this.reader) throw new Error('No negotiation rounds registered: import NegotiationModule where QuotesModule takes quotes');
    return this.reader(ctx, invitationIds, now, query);
  }

  /** The caller's company's invitations in a round open at `now` (few: the negotiations going on), in no order. */
  async inOpenRound(ctx: RequestContext, now: Date): Promise<InvitationInOpenRound[]> {
    if (!this.openReader) throw new Error('No negotiation rounds registered: import NegotiationModule where QuotesModule takes quotes');
    return this.openReader(ctx, now);
  }
}
