import { Injectable } from '@nestjs/common';
import { AppError, RequestContext, validationFailed } from '@bc/api/core';
import { ScoringService } from '@bc/api/evaluation';
import { QuoteService } from '@bc/api/quotes';
import { Rfq } from '@bc/api/rfq';
import { AuctionRanking, compareDecimals, CriterionKind, ErrorCode, quoteTotal } from '@bc/shared/domain';
import { AuctionLinePrice } from '../entities/auction.entity';

/** A supplier that takes part, as scheduling found it. */
export interface ParticipantDraft {
  invitationId: string;
  quoteId: string;
  supplierOrganizationId: string;
  supplierId: string;
  supplierName: string;
  startingAmount: string;
  lines: AuctionLinePrice[];
  fixedScores: Record<string, number | null>;
}

/** Suppliers left out, and why (kept in the audit entry of the scheduling). */
export interface LeftOut {
  supplier: string;
  reason: 'CURRENCY' | 'NO_PRICED_LINE';
}

/**
 * Who takes part in an auction on a closed RFQ: every supplier with a submitted quote (the latest
 * revision the buying side may read) that prices at least one line in the RFQ's currency. Its
 * starting price is that quote; its non-price scores are the evaluation's, held fixed (under
 * TOTAL_SCORE ranking every one of them must be there).
 */
@Injectable()
export class AuctionParticipants {
  constructor(
    private readonly quotes: QuoteService,
    private readonly scoring: ScoringService,
  ) {}

  async of(ctx: RequestContext, rfq: Rfq, ranking: AuctionRanking): Promise<{ participants: ParticipantDraft[]; leftOut: LeftOut[] }> {
    const { quotes } = await this.quotes.opened(ctx, rfq.id);
    const evaluation = await this.scoring.evaluate(ctx, rfq.id);
    const participants: ParticipantDraft[] = [];
    const leftOut: LeftOut[] = [];
    for (const q of quotes) {
      const content = q.latest.content;
      const lines = content.lines.flatMap((l) => (l.unitPrice !== null && l.quantity !== null ? [{ lineKey: l.lineKey, unitPrice: l.unitPrice, quantity: l.quantity }] : []));
      const total = quoteTotal(lines);
      if (content.currency !== rfq.currency) leftOut.push({ supplier: q.invitation.supplierName, reason: 'CURRENCY' });
      else if (total === null || compareDecimals(total, '0') <= 0) leftOut.push({ supplier: q.invitation.supplierName, reason: 'NO_PRICED_LINE' });
      else {
        const scored = evaluation.suppliers.find((s) => s.invitationId === q.invitation.id);
        const fixedScores = Object.fromEntries((scored?.criteria ?? []).filter((c) => c.kind !== CriterionKind.PRICE).map((c) => [c.criterionKey, c.score]));
        participants.push({
          invitationId: q.invitation.id,
          quoteId: q.quote.id,
          supplierOrganizationId: q.quote.supplierOrganizationId,
          supplierId: q.invitation.supplierId,
          supplierName: q.invitation.supplierName,
          startingAmount: total,
          lines,
          fixedScores,
        });
      }
    }
    if (participants.length < 2) {
      throw validationFailed('input.rfqId', `An auction needs at least two suppliers with a quote in ${rfq.currency}; ${rfq.reference} has ${participants.length}`, {
        rule: 'AUCTION_TOO_FEW_BIDDERS',
        leftOut,
      });
    }
    if (ranking === AuctionRanking.TOTAL_SCORE) this.assertScored(rfq, participants);
    return { participants, leftOut };
  }

  /** Ranking on the total score needs every non-price score of every bidder: they are held fixed. */
  private assertScored(rfq: Rfq, participants: ParticipantDraft[]): void {
    const nonPrice = rfq.criteria.filter((c) => c.kind !== CriterionKind.PRICE);
    const missing = participants.flatMap((p) => nonPrice.filter((c) => p.fixedScores[c.key] === null || p.fixedScores[c.key] === undefined).map((c) => ({ supplier: p.supplierName, criterion: c.key })));
    if (missing.length > 0) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, 'Ranking on the total score needs every non-price score of every bidder: complete the evaluation first', {
        field: 'input.ranking',
        details: { rule: 'EVALUATION_INCOMPLETE', missing },
      });
    }
  }
}
