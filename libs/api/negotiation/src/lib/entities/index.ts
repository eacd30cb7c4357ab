import { NegotiationRound, NegotiationRoundInvitation } from './negotiation-round.entity';

export { NegotiationRound, NegotiationRoundInvitation };

export const NEGOTIATION_ENTITIES = [NegotiationRound, NegotiationRoundInvitation];
