import { EvaluationScore } from './evaluation-score.entity';
import { RfqInvitation, SupplierPortalToken } from './invitation.entity';
import { NegotiationRound, NegotiationRoundInvitation, roundOpenSql } from './negotiation-round.entity';
import { RfqQuestion } from './question.entity';
import { Quote, QuoteRevision } from './quote.entity';
import { Rfq, rfqOpenSql } from './rfq.entity';

export { EvaluationScore, NegotiationRound, NegotiationRoundInvitation, Quote, QuoteRevision, Rfq, RfqInvitation, RfqQuestion, SupplierPortalToken, roundOpenSql, rfqOpenSql };

export const RFQ_ENTITIES = [Rfq, RfqInvitation, SupplierPortalToken, RfqQuestion, Quote, QuoteRevision, EvaluationScore, NegotiationRound, NegotiationRoundInvitation];
