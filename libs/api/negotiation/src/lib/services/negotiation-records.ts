import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { InvitationInOpenRound, InvitationRounds, InvitedRound, InvitedRoundsQuery } from '@bc/api/quotes';
import { LineTarget, roundOpenSql } from '@bc/shared/domain';

/** A negotiation round as stored: its columns by their database names. */
export type RoundRow = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The negotiation library's typed reads of its own tables for the records other libraries keep
 * (the decision record) and for the quotes below it (registered with their InvitationRounds):
 * they ask here instead of reading `negotiation_round*` with their own SQL.
 */
@Injectable()
export class NegotiationRecords implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly invitationRounds: InvitationRounds,
  ) {}

  onModuleInit(): void {
    this.invitationRounds.register(
      (ctx, invitationIds, now, query) => this.roundsOfInvitations(ctx, invitationIds, now, query),
      (ctx, now) => this.openRoundsOfCompany(ctx, now),
    );
  }

  /** The rounds these invitations were asked into (one entry per round and invitation), by number; `open` at `now`. */
  async roundsOfInvitations(ctx: RequestContext, invitationIds: readonly string[], now: Date, query: InvitedRoundsQuery = {}): Promise<InvitedRound[]> {
    if (invitationIds.length === 0) return [];
    const rows: Array<{
      id: string;
      invitation_id: string;
      rfq_id: string;
      number: number;
      message: string;
      targets: LineTarget[] | null;
      closes_at: Date;
      opened_at: Date;
      ended_at: Date | null;
      open: boolean;
    }> = await this.connection.manager(ctx).query(
      `SELECT r.id, ri.invitation_id, r.rfq_id, r.number, r.message, r.targets, r.closes_at, r.opened_at, r.ended_at, ${roundOpenSql('r', '$2')} AS open
         FROM negotiation_round r JOIN negotiation_round_invitation ri ON ri.round_id = r.id
        WHERE ri.invitation_id = ANY ($1::uuid[]) ${query.openOnly ? `AND ${roundOpenSql('r', '$2')}` : ''}
        ORDER BY r.number, ri.invitation_id${query.lock ? ' FOR SHARE OF r' : ''}`,
      [[...invitationIds], now],
    );
    return rows.map((r) => ({
      id: r.id,
      invitationId: r.invitation_id,
      rfqId: r.rfq_id,
      number: Number(r.number),
      message: r.message,
      targets: r.targets ?? [],
      closesAt: new Date(r.closes_at),
      openedAt: new Date(r.opened_at),
      endedAt: r.ended_at ? new Date(r.ended_at) : null,
      open: r.open,
    }));
  }

  /**
   * The caller's (supplier) company's invitations asked into a round open at `now`, each with the
   * earliest closing of its open rounds: the supplier portal's "answer a round" group, read whole
   * (rounds open now are few) so that the portal pages it by that closing.
   */
  async openRoundsOfCompany(ctx: RequestContext, now: Date): Promise<InvitationInOpenRound[]> {
    const rows: Array<{ invitation_id: string; closes_at: Date }> = await this.connection.manager(ctx).query(
      `SELECT ri.invitation_id, min(r.closes_at) AS closes_at
         FROM negotiation_round r
         JOIN negotiation_round_invitation ri ON ri.round_id = r.id
         JOIN rfq_invitation i ON i.id = ri.invitation_id AND i.supplier_organization_id = $1
        WHERE ${roundOpenSql('r', '$2')}
        GROUP BY ri.invitation_id`,
      [ctx.organizationId, now],
    );
    return rows.map((r) => ({ invitationId: r.invitation_id, closesAt: new Date(r.closes_at) }));
  }

  /** The RFQ's rounds opened up to `until`, by number. */
  roundsUpTo(ctx: RequestContext, rfqId: string, until: Date): Promise<RoundRow[]> {
    return this.connection.manager(ctx).query(
      `SELECT * FROM negotiation_round WHERE rfq_id = $1 AND organization_id = $2 AND opened_at <= $3 ORDER BY number`,
      [rfqId, ctx.organizationId, until],
    );
  }

  /** Who was asked in each of these rounds. */
  async invited(ctx: RequestContext, roundIds: readonly string[]): Promise<Array<{ round_id: string; invitation_id: string }>> {
    if (roundIds.length === 0) return [];
    return this.connection.manager(ctx).query(
      `SELECT round_id, invitation_id FROM negotiation_round_invitation WHERE round_id = ANY ($1::uuid[])`,
      [[...roundIds]],
    );
  }
}
