import { Foundation1764100000000 } from './1764100000000-foundation';
import { SupplierDirectory1764200000000 } from './1764200000000-supplier-directory';
import { PurchaseCases1764300000000 } from './1764300000000-purchase-cases';
import { MailOutbox1764400000000 } from './1764400000000-mail-outbox';
import { Rfqs1764500000000 } from './1764500000000-rfqs';
import { RfqExchangeRates1764600000000 } from './1764600000000-rfq-exchange-rates';
import { EvaluationScores1764700000000 } from './1764700000000-evaluation-scores';
import { NegotiationAndAward1764800000000 } from './1764800000000-negotiation-and-award';
import { ReceiptCommitments1765200000000 } from './1765200000000-receipt-commitments';
import { MailSender1765400000000 } from './1765400000000-mail-sender';
import { GermanCpvLabels1765500000000 } from './1765500000000-german-cpv-labels';
import { ApprovalDeputies1765600000000 } from './1765600000000-approval-deputies';
import { RfqFieldReadiness1765700000000 } from './1765700000000-rfq-field-readiness';
import { SupplierAdmins1765800000000 } from './1765800000000-supplier-admins';
import { ConfidentialMail1765900000000 } from './1765900000000-confidential-mail';
import { ApprovalStepAssignment1766000000000 } from './1766000000000-approval-step-assignment';
import { RequiredCertificates1766100000000 } from './1766100000000-required-certificates';
import { DomainEvents1766200000000 } from './1766200000000-domain-events';
import { MailClaims1766300000000 } from './1766300000000-mail-claims';
import { IdempotencyKeys1766400000000 } from './1766400000000-idempotency-keys';
import { KeysetIndexes1766500000000 } from './1766500000000-keyset-indexes';
import { OutboxUnsentIndex1766610000000 } from './1766610000000-outbox-unsent-index';
import { AwardTurn1766611000000 } from './1766611000000-award-turn';
import { Auctions1766700000000 } from './1766700000000-auctions';
import { AuctionReminder1766800000000 } from './1766800000000-auction-reminder';
import { AwardScenarios1766900000000 } from './1766900000000-award-scenarios';

/** Every migration, in order. An explicit list: globs do not survive bundling. */
export const MIGRATIONS = [Foundation1764100000000, SupplierDirectory1764200000000, PurchaseCases1764300000000, MailOutbox1764400000000, Rfqs1764500000000, RfqExchangeRates1764600000000, EvaluationScores1764700000000, NegotiationAndAward1764800000000, ReceiptCommitments1765200000000, MailSender1765400000000, GermanCpvLabels1765500000000, ApprovalDeputies1765600000000, RfqFieldReadiness1765700000000, SupplierAdmins1765800000000, ConfidentialMail1765900000000, ApprovalStepAssignment1766000000000, RequiredCertificates1766100000000, DomainEvents1766200000000, MailClaims1766300000000, IdempotencyKeys1766400000000, KeysetIndexes1766500000000, OutboxUnsentIndex1766610000000, AwardTurn1766611000000, Auctions1766700000000, AuctionReminder1766800000000, AwardScenarios1766900000000];
