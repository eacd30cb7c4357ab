import { RfqExchangeRate } from './exchange-rate.entity';
import { RfqInvitation, SupplierPortalToken } from './invitation.entity';
import { RfqQuestion } from './question.entity';
import { Rfq } from './rfq.entity';

export { Rfq, RfqExchangeRate, RfqInvitation, RfqQuestion, SupplierPortalToken };

export const RFQ_ENTITIES = [Rfq, RfqInvitation, SupplierPortalToken, RfqQuestion, RfqExchangeRate];
