/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { Role } from '@bc/shared/domain';
import type { Permission } from '@bc/shared/domain';
import type { OrganizationKind } from '@bc/shared/domain';
import type { PurchaseType } from '@bc/shared/domain';
import type { ImportanceClass } from '@bc/shared/domain';
import type { CaseStage } from '@bc/shared/domain';
import type { NeedStatus } from '@bc/shared/domain';
import type { SpecificationStatus } from '@bc/shared/domain';
import type { RequirementKind } from '@bc/shared/domain';
import type { ShortlistStatus } from '@bc/shared/domain';
import type { ShortlistDecision } from '@bc/shared/domain';
import type { ShortlistSource } from '@bc/shared/domain';
import type { TransitionBlocker } from '@bc/shared/domain';
import type { QualificationStatus } from '@bc/shared/domain';
import type { PerformanceEventKind } from '@bc/shared/domain';
import type { CertificateFilter } from '@bc/shared/domain';
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
import { GraphqlScope } from './graphql-scope';
export type AcceptInvitationInput = {
  locale?: Locale | null | undefined;
  name: string;
  password: string;
  token: string;
};

export type AcceptNeedInput = {
  /** A CPV code; defaults to the need's */
  categoryCode?: string | null | undefined;
  importance: ImportanceClass;
  /** A rebuy also needs sourceCaseId */
  purchaseType?: PurchaseType | null | undefined;
  /** The earlier case a rebuy starts from */
  sourceCaseId?: string | number | null | undefined;
  /** Defaults to the need's title */
  title?: string | null | undefined;
};

/** A chart of the analytics page */
export type AnalyticsChart =
  | 'APPROVAL_LEAD_TIME'
  | 'COMPETITION'
  | 'CONCENTRATION'
  | 'CYCLE_TIME'
  | 'DELIVERY'
  | 'KRALJIC'
  | 'SAVINGS'
  | 'SPEND_BY_CATEGORY'
  | 'TAIL_SPEND'
  | 'WIN_RATE';

/** What every analytics query is narrowed to. Dates are days in the display time zone; the period holds both days. */
export type AnalyticsFilter = {
  /** A buyer of the organization: cases they opened or are a buyer on the team of */
  buyerId?: string | number | null | undefined;
  /** A CPV code (e.g. 30200000-1): cases in that category and below it */
  category?: string | null | undefined;
  /** First day (YYYY-MM-DD); default: a year before `to` */
  from?: string | null | undefined;
  importances?: Array<ImportanceClass> | null | undefined;
  purchaseTypes?: Array<PurchaseType> | null | undefined;
  /** Last day (YYYY-MM-DD); default: today */
  to?: string | null | undefined;
};

export type AnswerQuestionInput = {
  answer: string;
  /** Publish question and answer to every invitee, without naming who asked */
  publish: boolean;
  /** The question as published (reworded so it names nobody); defaults to the question */
  publishedQuestion?: string | null | undefined;
};

export type ApprovalDecision =
  | 'APPROVED'
  | 'REJECTED';

/** Whether approvers act in the order of the route (deciders, then the gatekeeper) or all at once */
export type ApprovalMode =
  | 'PARALLEL'
  | 'SEQUENTIAL';

export type ApprovalPolicyInput = {
  /** Importance classes that need at least this route, whatever the value; each class once */
  byImportance?: Array<ImportanceApprovalInput> | null | undefined;
  mode: ApprovalMode;
  /** Ascending by upTo; the last one open-ended */
  tiers: Array<ApprovalTierInput>;
};

export type ApprovalTierInput = {
  deciders: number;
  gatekeeper: boolean;
  /** Award values up to and including this amount (case currency); null for the last, open-ended tier */
  upTo?: number | null | undefined;
};

/** TOTAL: a bid names a new total; LINE: new unit prices per line */
export type AuctionBidOn =
  | 'LINE'
  | 'TOTAL';

/** PERCENT of the bidder's own last price, or an AMOUNT off it */
export type AuctionDecrementKind =
  | 'AMOUNT'
  | 'PERCENT';

/** PRICE: lowest total first; TOTAL_SCORE: the evaluation's total weighted score, non-price scores held fixed */
export type AuctionRanking =
  | 'PRICE'
  | 'TOTAL_SCORE';

/** SCHEDULED → APPROVED (gatekeeper) → RUNNING (from the start time) → ENDED (at the end time, by the server); or CANCELLED before the start */
export type AuctionStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'ENDED'
  | 'RUNNING'
  | 'SCHEDULED';

/** What bidders see besides their own bids: their RANK, their and the LEADING_SCORE, the BEST_PRICE, or NONE */
export type AuctionVisibility =
  | 'BEST_PRICE'
  | 'LEADING_SCORE'
  | 'NONE'
  | 'RANK';

export type AwardLineInput = {
  /** The invitation (supplier) awarded this line */
  invitationId: string | number;
  /** A line of the RFQ’s specification */
  lineKey: string | number;
  /** The part of the line this supplier gets (a split line): the line is named once per supplier and their quantities add up to the line’s. Absent: the whole line, at the quantity the supplier quoted */
  quantity?: string | null | undefined;
};

/** What the award means for the supplier reading it */
export type AwardOutcomeResult =
  | 'AWARDED'
  | 'NOT_AWARDED';

/** What a custom award scenario asks: its name, objective (and budget), line groups and rules */
export type AwardScenarioInput = {
  /** MAX_SCORE only: the most the award may cost after discounts (case currency); null: no budget */
  budget?: string | null | undefined;
  lineGroups?: Array<AwardScenarioLineGroupInput> | null | undefined;
  name: string;
  objective: AwardScenarioObjective;
  rules?: Array<AwardScenarioRuleInput> | null | undefined;
};

/** CUSTOM: a buyer's; the others are built in (best price per line, the best single supplier, the award as proposed) */
export type AwardScenarioKind =
  | 'AS_PROPOSED'
  | 'BEST_PRICE_PER_LINE'
  | 'CUSTOM'
  | 'SINGLE_SUPPLIER';

/** A group of lines (a lot): the scope of a SHARE rule, or lines kept together (LOTS_TOGETHER) */
export type AwardScenarioLineGroupInput = {
  /** Chosen by the client, unique within the scenario; rules name the group by it */
  key: string | number;
  /** Specification line keys */
  lineKeys: Array<string | number>;
  name: string;
};

/** MIN_COST: the lowest total cost; MAX_SCORE: the best weighted total score within the budget */
export type AwardScenarioObjective =
  | 'MAX_SCORE'
  | 'MIN_COST';

/** One rule. Fields by kind: MAX_SUPPLIERS / MIN_SUPPLIERS: count. SHARE: basis, minPercent and/or maxPercent, optional invitationIds (default every supplier) and lineGroupKey (default all lines). CAPACITY, MUST_HAVES_REQUIRED: nothing. EXCLUDE_SUPPLIERS: invitationIds. MIN_RELIABILITY / MIN_TECHNICAL: minScore (0–100). INCUMBENT_RETENTION: basis, minPercent. WHOLE_LINES: optional lineKeys (default every line). LOTS_TOGETHER: optional lineGroupKeys (default every group). A field the kind does not take is refused. */
export type AwardScenarioRuleInput = {
  basis?: ShareBasis | null | undefined;
  count?: number | null | undefined;
  /** Suppliers by their invitation to the RFQ */
  invitationIds?: Array<string | number> | null | undefined;
  kind: AwardScenarioRuleKind;
  /** A key of the scenario’s lineGroups */
  lineGroupKey?: string | number | null | undefined;
  /** Keys of the scenario’s lineGroups */
  lineGroupKeys?: Array<string | number> | null | undefined;
  /** Specification line keys */
  lineKeys?: Array<string | number> | null | undefined;
  maxPercent?: number | null | undefined;
  minPercent?: number | null | undefined;
  /** Reliability or technical score, 0–100 */
  minScore?: number | null | undefined;
};

/** A rule of an award scenario; which fields of the rule it takes is said on AwardScenarioRuleInput */
export type AwardScenarioRuleKind =
  | 'CAPACITY'
  | 'EXCLUDE_SUPPLIERS'
  | 'INCUMBENT_RETENTION'
  | 'LOTS_TOGETHER'
  | 'MAX_SUPPLIERS'
  | 'MIN_RELIABILITY'
  | 'MIN_SUPPLIERS'
  | 'MIN_TECHNICAL'
  | 'MUST_HAVES_REQUIRED'
  | 'SHARE'
  | 'WHOLE_LINES';

/** UNSOLVED until solved; OPTIMAL; TIME_LIMIT (the best allocation found in the time limit, if any); INFEASIBLE (see conflict); EVALUATED (as proposed: a given allocation) */
export type AwardScenarioStatus =
  | 'EVALUATED'
  | 'INFEASIBLE'
  | 'OPTIMAL'
  | 'TIME_LIMIT'
  | 'UNSOLVED';

/** An award proposal's life: PENDING until decided, or SUPERSEDED/WITHDRAWN by the buyer */
export type AwardStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUPERSEDED'
  | 'WITHDRAWN';

export type BidLineInput = {
  lineKey: string | number;
  /** The new unit price, a decimal string greater than 0 */
  unitPrice: string;
};

export { CaseStage };

export { CertificateFilter };

export type CertificateInput = {
  /** An uploaded file (POST /api/files) */
  fileId?: string | number | null | undefined;
  issuer?: string | null | undefined;
  /** e.g. ISO 9001 */
  name: string;
  number?: string | null | undefined;
  /** YYYY-MM-DD */
  validFrom?: string | null | undefined;
  /** YYYY-MM-DD; none = does not expire */
  validUntil?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type ConditionalDiscountType =
  /** An amount off the supplier's awarded value (never more than that value) */
  | 'AMOUNT'
  /** A percentage off the supplier's awarded value */
  | 'PERCENT';

export type CreateAwardScenarioInput = {
  /** MAX_SCORE only: the most the award may cost after discounts (case currency); null: no budget */
  budget?: string | null | undefined;
  lineGroups?: Array<AwardScenarioLineGroupInput> | null | undefined;
  name: string;
  objective: AwardScenarioObjective;
  rfqId: string | number;
  rules?: Array<AwardScenarioRuleInput> | null | undefined;
};

export type CreatePurchaseCaseInput = {
  budgetReference?: string | null | undefined;
  categoryCode?: string | null | undefined;
  currency?: string | null | undefined;
  description?: string | null | undefined;
  estimatedValue?: string | null | undefined;
  importance: ImportanceClass;
  /** YYYY-MM-DD */
  neededBy?: string | null | undefined;
  /** Certificates every supplier must hold, e.g. ISO 9001; at most 10, each 1..100 characters */
  requiredCertificates?: Array<string> | null | undefined;
  title: string;
};

export type CreateRebuyInput = {
  /** Defaults to the earlier case's */
  importance?: ImportanceClass | null | undefined;
  /** MODIFIED_REBUY or STRAIGHT_REBUY */
  purchaseType: PurchaseType;
  sourceCaseId: string | number;
  /** Defaults to the earlier case's title */
  title?: string | null | undefined;
};

export type CreateSupplierInput = {
  /** CPV codes with check digit, e.g. 42122000-0 */
  categories?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2, or the country name in English or German */
  country: string;
  description?: string | null | undefined;
  name: string;
  tags?: Array<string> | null | undefined;
  website?: string | null | undefined;
};

/** Who scores a criterion: the server (price, reliability), specifiers (technical) or buyers (commercial) */
export type CriterionKind =
  | 'COMMERCIAL'
  | 'PRICE'
  | 'RELIABILITY'
  | 'TECHNICAL';

/** How cycle times are grouped (MONTH: the trend, by the month of the award) */
export type CycleTimeDimension =
  | 'CATEGORY'
  | 'IMPORTANCE'
  | 'MONTH'
  | 'PURCHASE_TYPE';

export type ImportanceApprovalInput = {
  deciders: number;
  gatekeeper: boolean;
  importance: ImportanceClass;
};

export { ImportanceClass };

export type InvitationStatus =
  | 'DECLINED'
  | 'QUOTED'
  | 'SENT'
  | 'VIEWED';

/** A colleague invited into the caller's supplier company; the link goes to them by email */
export type InviteSupplierColleagueInput = {
  email: string;
  /** The invitation email's language; the company's default when unset */
  locale?: Locale | null | undefined;
};

export type InviteUserInput = {
  email: string;
  roles: Array<Role>;
};

export type LineAttributeInput = {
  name: string;
  value: string;
};

export type LineTargetInput = {
  lineKey: string | number;
  /** Unit price in the case currency, a decimal string greater than 0 */
  unitPrice: string;
};

export type Locale =
  | 'DE'
  | 'EN';

export type MinimumBiddingDaysInput = {
  /** Days from publishing to the closing time, 0 to 90 */
  days: number;
  purchaseType: PurchaseType;
};

export type MinimumSuppliersInput = {
  minimum: number;
  purchaseType: PurchaseType;
};

/** An approver out of office names a deputy who holds the same approving role, for a period */
export type NameApprovalDeputyInput = {
  deputyId: string | number;
  endsAt: string;
  /** The approver who is away; yourself when not given (admins name for anyone) */
  principalId?: string | number | null | undefined;
  startsAt: string;
};

export { NeedStatus };

/** OPEN until the round deadline by the server clock or until the buyer ends it; CLOSED after */
export type NegotiationRoundStatus =
  | 'CLOSED'
  | 'OPEN';

/** A negotiation round: the suppliers asked (by invitation, each with a submitted quote), a message, a deadline and targets per line if wanted */
export type OpenNegotiationRoundInput = {
  /** The round deadline */
  closesAt: string;
  invitationIds: Array<string | number>;
  message: string;
  rfqId: string | number;
  targets?: Array<LineTargetInput> | null | undefined;
};

export { OrganizationKind };

/** Where an email stands in the outbox */
export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export { PerformanceEventKind };

export { Permission };

/** A bid: the new total (bidOn TOTAL) or new unit prices for some lines (bidOn LINE) */
export type PlaceBidInput = {
  /** The new total in the auction's currency (bidOn TOTAL) */
  amount?: string | null | undefined;
  auctionId: string | number;
  /** New unit prices (bidOn LINE); lines not named keep their price */
  lines?: Array<BidLineInput> | null | undefined;
};

/** A group of the supplier portal's list, paged on its own */
export type PortalInvitationGroup =
  /** Asked into a negotiation round open now; the round closing soonest first */
  | 'IN_ROUND'
  /** The RFQ takes questions and quotes now; the one closing soonest first */
  | 'OPEN'
  /** Closed, cancelled or decided; the newest invitation first */
  | 'PAST';

/** What an invitation card in the supplier portal says */
export type PortalInvitationState =
  | 'AWARDED'
  | 'DECLINED'
  | 'DRAFT'
  | 'INVITED'
  | 'IN_ROUND'
  | 'NOT_AWARDED'
  | 'REVISED'
  | 'SUBMITTED'
  | 'VIEWED'
  | 'WITHDRAWN';

/** Proposes the award a scenario found, through the approval flow */
export type ProposeAwardFromScenarioInput = {
  /** Required when the award does not give every line to the first place of the ranking */
  justification?: string | null | undefined;
  /** A scenario’s id as awardScenarios gives it (built-in ones included) */
  scenarioId: string | number;
};

/** Either invitationId (one supplier for every line) or lines (a split per line), not both */
export type ProposeAwardInput = {
  caseId: string | number;
  invitationId?: string | number | null | undefined;
  /** Required when the proposal does not follow the ranking; up to 5000 characters */
  justification?: string | null | undefined;
  lines?: Array<AwardLineInput> | null | undefined;
};

export type PurchaseCaseFilter = {
  importance?: ImportanceClass | null | undefined;
  /** Only cases on whose team I am */
  mine?: boolean | null | undefined;
  purchaseType?: PurchaseType | null | undefined;
  /** Words of the title, reference or description */
  search?: string | null | undefined;
  stage?: Array<CaseStage> | null | undefined;
};

export { PurchaseType };

export { QualificationStatus };

export type QuestionVisibility =
  | 'PRIVATE'
  | 'PUBLISHED';

export type QuoteAlternativeInput = {
  description: string;
  leadTimeDays?: number | null | undefined;
  quantity: string;
  unitPrice: string;
};

export type QuoteAnswerInput = {
  comment?: string | null | undefined;
  compliance?: RequirementCompliance | null | undefined;
  requirementKey: string | number;
};

/** A discount offered on a condition: exactly one of minValue and lineKeys */
export type QuoteConditionalDiscountInput = {
  /** The condition "awarded the whole quantity of each of these lines" (specification line keys) */
  lineKeys?: Array<string | number> | null | undefined;
  /** The condition "awarded at least this value" (quote currency, before discounts) */
  minValue?: string | null | undefined;
  note?: string | null | undefined;
  type: ConditionalDiscountType;
  /** The percentage (above 0, at most 100, 2 places) or the amount off in the quote currency (2 places) */
  value: string;
};

export type QuoteInput = {
  answers?: Array<QuoteAnswerInput> | null | undefined;
  /** Files uploaded to /api/files */
  attachmentIds?: Array<string | number> | null | undefined;
  /** Conditional offers (at most 10) */
  conditionalDiscounts?: Array<QuoteConditionalDiscountInput> | null | undefined;
  /** ISO 4217 */
  currency: string;
  deliveryTerms?: string | null | undefined;
  lines: Array<QuoteLineInput>;
  note?: string | null | undefined;
  paymentTerms?: string | null | undefined;
  /** Your own reference for this quote */
  supplierReference?: string | null | undefined;
  /** YYYY-MM-DD */
  validUntil?: string | null | undefined;
};

export type QuoteLineInput = {
  alternatives?: Array<QuoteAlternativeInput> | null | undefined;
  leadTimeDays?: number | null | undefined;
  /** The specification line's key */
  lineKey: string | number;
  note?: string | null | undefined;
  /** The quantity you can deliver */
  quantity?: string | null | undefined;
  /** Leave empty for a line you do not quote */
  unitPrice?: string | null | undefined;
};

export type QuoteStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type RaiseNeedInput = {
  budgetReference?: string | null | undefined;
  /** A CPV code, e.g. 42122000-0 */
  categoryCode?: string | null | undefined;
  /** ISO 4217 */
  currency?: string | null | undefined;
  /** What is needed */
  description?: string | null | undefined;
  estimatedValue?: string | null | undefined;
  /** Why it is needed */
  justification: string;
  /** YYYY-MM-DD */
  neededBy?: string | null | undefined;
  quantity?: string | null | undefined;
  title: string;
  unit?: string | null | undefined;
};

/** An admin reassigns a waiting step of a pending award proposal to a named approver (the usual ones are away, gone or conflicted) */
export type ReassignApprovalStepInput = {
  /** An active decider or gatekeeper: they alone fill the step, in its role */
  assigneeId: string | number;
  proposalId: string | number;
  /** Why the step is reassigned: on the record */
  reason: string;
  /** The step, counted from 0 as in AwardProposal.steps */
  stepIndex: number;
};

/** A delivery of an awarded supplier against an approved award */
export type RecordDeliveryInput = {
  /** YYYY-MM-DD: not in the future, not before the award */
  deliveredOn: string;
  /** At most 2000 characters */
  note?: string | null | undefined;
  onTime: boolean;
  /** The APPROVED award proposal */
  proposalId: string | number;
  /** Quality incidents of this delivery, 0 to 100 */
  qualityIncidents?: number | null | undefined;
  /** A supplier awarded in it (directory id) */
  supplierId: string | number;
};

export type RecordPerformanceInput = {
  /** The purchase case it happened in */
  caseId?: string | number | null | undefined;
  kind: PerformanceEventKind;
  note?: string | null | undefined;
  /** YYYY-MM-DD, not in the future */
  occurredOn: string;
  /** Required for DELIVERY, not allowed otherwise */
  onTime?: boolean | null | undefined;
  supplierId: string | number;
};

export type RegisterSupplierInput = {
  /** Defaults to the name in the buyer's directory */
  companyName?: string | null | undefined;
  locale?: string | null | undefined;
  name: string;
  password: string;
  token: string;
};

export type RequirementCompliance =
  | 'MET'
  | 'NOT_MET'
  | 'PARTLY_MET';

export { RequirementKind };

/** The gatekeeper's approval of a draft RFQ */
export type RfqApproval =
  | 'APPROVED'
  | 'NONE'
  | 'REQUESTED'
  | 'RETURNED';

export type RfqCriterionInput = {
  /** PRICE, RELIABILITY, QUALITY, DELIVERY or your own (capital letters, digits, _) */
  key: string;
  kind: CriterionKind;
  name: string;
  weight: number;
};

/** Terms of an RFQ; anything left out keeps its value (or its default on creation) */
export type RfqInput = {
  closesAt?: string | null | undefined;
  /** Weights add up to 100 */
  criteria?: Array<RfqCriterionInput> | null | undefined;
  deliveryAddress?: string | null | undefined;
  /** YYYY-MM-DD */
  deliveryDate?: string | null | undefined;
  /** e.g. DAP Stuttgart (Incoterms 2020) */
  deliveryTerms?: string | null | undefined;
  description?: string | null | undefined;
  /** How to quote: what to include, whom to ask */
  instructions?: string | null | undefined;
  paymentTerms?: string | null | undefined;
  questionsCloseAt?: string | null | undefined;
  /** Why the bidding period is shorter than the purchasing policy's minimum for the purchase type (needed then; shown to the gatekeeper); empty clears it */
  shortPeriodJustification?: string | null | undefined;
  title?: string | null | undefined;
  /** Two envelopes: the technical scoring is completed and locked before the evaluators see any price (false by default; frozen at publishing) */
  twoEnvelope?: boolean | null | undefined;
  /** How long quotes must hold, in days */
  validityDays?: number | null | undefined;
};

export type RfqStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export { Role };

export type SaveSpecificationInput = {
  attachmentIds?: Array<string | number> | null | undefined;
  /** The latest version the edit starts from; none for the first */
  baseVersionId?: string | number | null | undefined;
  lines: Array<SpecLineInput>;
  note?: string | null | undefined;
  requirements: Array<SpecRequirementInput>;
};

/** An auction's settings, frozen once the gatekeeper approves them */
export type ScheduleAuctionInput = {
  bidOn: AuctionBidOn;
  /** The minimum decrement: percent (above 0, at most 50) or an amount (of the total, or per unit of a line) */
  decrement: string;
  decrementKind: AuctionDecrementKind;
  /** Minutes from the start to the planned end (5–1440) */
  durationMinutes: number;
  /** Soft close: after a late bid at least M minutes remain */
  extensionMinutes: number;
  /** Soft close: the end never moves more than this many minutes past the planned end (none: no cap) */
  maxExtensionMinutes?: number | null | undefined;
  ranking: AuctionRanking;
  /** A closed RFQ of a case in EVALUATION or NEGOTIATION */
  rfqId: string | number;
  /** Soft close: a bid in the last N minutes extends the end (0: no soft close) */
  softCloseMinutes: number;
  /** When bidding opens (by the server clock) */
  startsAt: string;
  visibility: AuctionVisibility;
};

/** Where a criterion score comes from: the server's price rule, the supplier's recorded performance, or the evaluators' consensus */
export type ScoreSource =
  | 'EVALUATORS'
  | 'PERFORMANCE'
  | 'PRICE';

/** The period of a scorecard (days in the display time zone, both included) */
export type ScorecardPeriod = {
  /** First day (YYYY-MM-DD); default: a year before `to` */
  from?: string | null | undefined;
  /** Last day (YYYY-MM-DD); default: today */
  to?: string | null | undefined;
};

export type SetSupplierColleagueAdminInput = {
  /** Whether the colleague is an admin of the company */
  admin: boolean;
  userId: string | number;
};

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: string | number;
};

/** What a share is measured by: the awarded value (before discounts) or the awarded quantity */
export type ShareBasis =
  | 'QUANTITY'
  | 'VALUE';

export { ShortlistDecision };

export { ShortlistSource };

export { ShortlistStatus };

/** Why a shortlisted supplier needs the gatekeeper’s attention */
export type ShortlistWarningKind =
  | 'BLOCKED'
  | 'CERTIFICATE_EXPIRED'
  | 'CERTIFICATE_MISSING';

export type SignInInput = {
  email: string;
  password: string;
};

export type SpecChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type SpecLineInput = {
  attributes?: Array<LineAttributeInput> | null | undefined;
  description: string;
  /** The key of the line in the base version; none for a new line */
  key?: string | number | null | undefined;
  quantity: string;
  unit: string;
};

export type SpecRequirementInput = {
  key?: string | number | null | undefined;
  kind: RequirementKind;
  text: string;
  /** 1..100, for a nice-to-have only */
  weight?: number | null | undefined;
};

export { SpecificationStatus };

export type SuggestionReasonCode =
  | 'CATEGORY_MATCH'
  | 'CERTIFICATES_VALID'
  | 'CERTIFICATE_EXPIRED'
  | 'NO_CERTIFICATES'
  | 'NO_HISTORY'
  | 'QUALIFICATION'
  | 'RELIABILITY'
  | 'REQUIRED_CERTIFICATES_LACKING'
  | 'REQUIRED_CERTIFICATES_MET'
  | 'RESPONSE_RATE';

export type SupplierContactInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  position?: string | null | undefined;
};

export type SupplierDocumentInput = {
  /** An uploaded file (POST /api/files) */
  fileId: string | number;
  title: string;
};

export type SupplierFilter = {
  /** A CPV code: suppliers of it or of any of its sub-codes */
  category?: string | null | undefined;
  certificates?: CertificateFilter | null | undefined;
  /** ISO 3166-1 alpha-2, or the country name in English or German */
  country?: string | null | undefined;
  /** Reliability score at least this (0..100); suppliers without history are left out */
  minReliability?: number | null | undefined;
  /** Words of name, description, categories and tags; typos tolerated. Results are ranked. */
  search?: string | null | undefined;
  status?: Array<QualificationStatus> | null | undefined;
  /** Suppliers with all these tags */
  tags?: Array<string> | null | undefined;
};

/** What kind of work waits for the user */
export type TaskKind =
  | 'APPROVAL_STUCK'
  | 'AUCTION_APPROVAL'
  | 'AWARD_APPROVAL'
  | 'NEED_WAITING'
  | 'QUOTE_DUE'
  | 'RFQ_APPROVAL'
  | 'RFQ_CLOSING'
  | 'ROUND_OPEN'
  | 'SCORES_OWED'
  | 'SHORTLIST_APPROVAL'
  | 'SUPPLIER_QUESTIONS';

export { TransitionBlocker };

/** The action that makes a stage step */
export type TransitionVia =
  | 'AWARD_APPROVAL'
  | 'NEGOTIATION_FINISH'
  | 'NEGOTIATION_OPEN'
  | 'NEGOTIATION_SKIP'
  | 'RFQ_CANCEL'
  | 'RFQ_CLOSE'
  | 'RFQ_PUBLISH';

export type UpdateOpenDataSettingsInput = {
  includeContacts?: boolean | null | undefined;
  /** `ocds-` and six lowercase letters or digits (refused otherwise with OCID_PREFIX_INVALID); empty to remove */
  ocidPrefix?: string | null | undefined;
  publicPublishing?: boolean | null | undefined;
};

export type UpdateProfileInput = {
  locale: Locale;
  name: string;
};

export type UpdatePurchaseCaseInput = {
  budgetReference?: string | null | undefined;
  categoryCode?: string | null | undefined;
  currency?: string | null | undefined;
  description?: string | null | undefined;
  estimatedValue?: string | null | undefined;
  importance?: ImportanceClass | null | undefined;
  neededBy?: string | null | undefined;
  /** The whole list, replacing the one before; [] or null: none required */
  requiredCertificates?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type UpdatePurchasingPolicyInput = {
  minimumBiddingDays?: Array<MinimumBiddingDaysInput> | null | undefined;
  minimumSuppliers?: Array<MinimumSuppliersInput> | null | undefined;
};

export type UpdateSupplierInput = {
  categories?: Array<string> | null | undefined;
  country?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  website?: string | null | undefined;
};

export type AnalyticsMetaFieldsFragment = { currency: string, from: string, to: string, refreshedAt: string | null };

export type SpreadFieldsFragment = { count: number, median: number | null, p90: number | null };

export type AnalyticsCycleTimeQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
  dimension: CycleTimeDimension;
}>;


export type AnalyticsCycleTimeQuery = { analyticsCycleTime: { meta: { currency: string, from: string, to: string, refreshedAt: string | null }, groups: Array<{ key: string, value: string, label: string | null, labelDe: string | null, cases: number, endToEnd: { count: number, median: number | null, p90: number | null }, stages: Array<{ stage: CaseStage, days: { count: number, median: number | null, p90: number | null } }> }> } };

export type AnalyticsSavingsQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
}>;


export type AnalyticsSavingsQuery = { analyticsSavings: { withoutRate: number, meta: { currency: string, from: string, to: string, refreshedAt: string | null }, measures: Array<{ key: string, baseline: string, awarded: string, savings: string, percent: number | null, cases: number }>, conversions: Array<{ rfqCurrency: string, rate: string | null, cases: number }> } };

export type AnalyticsCompetitionQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
}>;


export type AnalyticsCompetitionQuery = { analyticsCompetition: { rfqs: number, invitations: number, responses: number, responseRate: number | null, quotesPerRfq: number | null, singleSource: number, singleSourceShare: number | null, meta: { currency: string, from: string, to: string, refreshedAt: string | null }, singleSourceCases: Array<{ caseId: string, reference: string, title: string, justification: string | null }> } };

export type AnalyticsWinRatesQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
  limit: number;
}>;


export type AnalyticsWinRatesQuery = { analyticsWinRates: { meta: { currency: string, from: string, to: string, refreshedAt: string | null }, suppliers: Array<{ supplierId: string, supplierName: string, invitations: number, responses: number, responseRate: number | null, wins: number, winRate: number | null, awarded: string }> } };

export type AnalyticsSpendQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
}>;


export type AnalyticsSpendQuery = { analyticsSpend: { total: string, uncategorized: number, meta: { currency: string, from: string, to: string, refreshedAt: string | null }, categories: Array<{ code: string, label: string, labelDe: string, divisionCode: string, divisionLabel: string, divisionLabelDe: string, spend: string, share: number | null, cases: number }> } };

export type AnalyticsConcentrationQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
}>;


export type AnalyticsConcentrationQuery = { analyticsConcentration: { meta: { currency: string, from: string, to: string, refreshedAt: string | null }, categories: Array<{ code: string, label: string, labelDe: string, spend: string, suppliers: number, top5Share: number | null, hhi: number | null }> } };

export type AnalyticsTailSpendQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
}>;


export type AnalyticsTailSpendQuery = { analyticsTailSpend: { total: string, suppliers: number, tailPercent: number, tailShare: number | null, tailSpend: string, tailSuppliers: number, meta: { currency: string, from: string, to: string, refreshedAt: string | null }, tail: Array<{ supplierId: string, supplierName: string, spend: string }> } };

export type AnalyticsApprovalLeadTimesQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
}>;


export type AnalyticsApprovalLeadTimesQuery = { analyticsApprovalLeadTimes: { meta: { currency: string, from: string, to: string, refreshedAt: string | null }, steps: Array<{ key: string, step: number, role: string, days: { count: number, median: number | null, p90: number | null } }> } };

export type AnalyticsDeliveryQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
}>;


export type AnalyticsDeliveryQuery = { analyticsDelivery: { meta: { currency: string, from: string, to: string, refreshedAt: string | null }, months: Array<{ month: string, deliveries: number, onTime: number, onTimeRate: number | null, qualityIncidents: number }> } };

export type KraljicCategoryFieldsFragment = { code: string, label: string, labelDe: string, spend: string, spendShare: number, supplyRisk: number, quadrant: ImportanceClass, qualifiedSuppliers: number, singleSourceShare: number | null, hhi: number | null, cases: number, disagreeing: number, explanation: string, chosen: Array<{ importance: ImportanceClass, cases: number }> };

export type AnalyticsKraljicQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
}>;


export type AnalyticsKraljicQuery = { analyticsKraljic: { meta: { currency: string, from: string, to: string, refreshedAt: string | null }, thresholds: { highImpactShare: number, highRisk: number }, categories: Array<{ code: string, label: string, labelDe: string, spend: string, spendShare: number, supplyRisk: number, quadrant: ImportanceClass, qualifiedSuppliers: number, singleSourceShare: number | null, hhi: number | null, cases: number, disagreeing: number, explanation: string, chosen: Array<{ importance: ImportanceClass, cases: number }> }> } };

export type AnalyticsDrillDownQueryVariables = Exact<{
  chart: AnalyticsChart;
  key: string;
  filter?: AnalyticsFilter | null | undefined;
  limit: number;
}>;


export type AnalyticsDrillDownQuery = { analyticsDrillDown: { total: number, meta: { currency: string, from: string, to: string, refreshedAt: string | null }, cases: Array<{ caseId: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, categoryCode: string | null, awardedAt: string | null, awardedTotal: string | null, rfqCurrency: string | null, rate: string | null, awarded: string | null }> } };

export type RefreshAnalyticsMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshAnalyticsMutation = { refreshAnalytics: string };

export type SuggestImportanceQueryVariables = Exact<{
  category: string;
}>;


export type SuggestImportanceQuery = { suggestImportance: { category: string, group: string | null, suggested: ImportanceClass | null, explanation: string, figures: { code: string, label: string, labelDe: string, spend: string, spendShare: number, supplyRisk: number, quadrant: ImportanceClass, qualifiedSuppliers: number, singleSourceShare: number | null, hhi: number | null, cases: number, disagreeing: number, explanation: string, chosen: Array<{ importance: ImportanceClass, cases: number }> } | null } };

export type ApprovalPolicyFieldsFragment = { mode: ApprovalMode, isDefault: boolean, updatedAt: string | null, tiers: Array<{ upTo: number | null, deciders: number, gatekeeper: boolean, shortfalls: Array<{ role: Role, required: number, available: number }> }>, byImportance: Array<{ importance: ImportanceClass, deciders: number, gatekeeper: boolean, shortfalls: Array<{ role: Role, required: number, available: number }> }>, staffing: { deciders: number, gatekeepers: number, holdingBoth: number }, gatekeeperApprovalShortfalls: Array<{ role: Role, required: number, available: number }> };

export type RouteShortfallFieldsFragment = { role: Role, required: number, available: number };

export type ApprovalPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalPolicyQuery = { approvalPolicy: { mode: ApprovalMode, isDefault: boolean, updatedAt: string | null, tiers: Array<{ upTo: number | null, deciders: number, gatekeeper: boolean, shortfalls: Array<{ role: Role, required: number, available: number }> }>, byImportance: Array<{ importance: ImportanceClass, deciders: number, gatekeeper: boolean, shortfalls: Array<{ role: Role, required: number, available: number }> }>, staffing: { deciders: number, gatekeepers: number, holdingBoth: number }, gatekeeperApprovalShortfalls: Array<{ role: Role, required: number, available: number }> } };

export type UpdateApprovalPolicyMutationVariables = Exact<{
  input: ApprovalPolicyInput;
}>;


export type UpdateApprovalPolicyMutation = { updateApprovalPolicy: { mode: ApprovalMode, isDefault: boolean, updatedAt: string | null, tiers: Array<{ upTo: number | null, deciders: number, gatekeeper: boolean, shortfalls: Array<{ role: Role, required: number, available: number }> }>, byImportance: Array<{ importance: ImportanceClass, deciders: number, gatekeeper: boolean, shortfalls: Array<{ role: Role, required: number, available: number }> }>, staffing: { deciders: number, gatekeepers: number, holdingBoth: number }, gatekeeperApprovalShortfalls: Array<{ role: Role, required: number, available: number }> } };

export type WaitingApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type WaitingApprovalsQuery = { waitingApprovals: Array<{ proposal: { id: string, caseId: string, caseReference: string, caseTitle: string, caseCategoryCode: string | null, caseCategoryLabel: string | null, canOpenCase: boolean, rfqId: string, rfqReference: string, version: number, status: AwardStatus, currency: string, totalValue: string, justification: string | null, followsRanking: boolean, topRankedSupplierName: string | null, importance: ImportanceClass, approvalMode: ApprovalMode, proposedByName: string, proposedAt: string, decidedAt: string | null, decisionReason: string | null, firstBestTotal: string | null, savings: string | null, savingsPercent: number | null, canDecide: boolean, cannotDecideReason: string | null, deputyFor: Array<string>, lines: Array<{ lineKey: string, position: number, description: string, invitationId: string, supplierId: string, supplierName: string, quantity: string, unitPrice: string, total: string }>, supplierTotals: Array<{ invitationId: string, supplierId: string, supplierName: string, total: string, lines: number }>, steps: Array<{ index: number, role: Role, open: boolean, assigneeName: string | null, approval: { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string } | null }>, approvals: Array<{ approverId: string, id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string }>, ranking: Array<{ rank: number, invitationId: string, supplierName: string, total: number, comparableTotal: string | null }> }, waitingFor: Array<{ id: string, name: string, roles: Array<string> }>, candidates: Array<{ id: string, name: string, roles: Array<string> }> }> };

export type ReassignApprovalStepMutationVariables = Exact<{
  input: ReassignApprovalStepInput;
}>;


export type ReassignApprovalStepMutation = { reassignApprovalStep: { id: string } };

export type AuctionLinePriceFieldsFragment = { lineKey: string, quantity: string, unitPrice: string };

export type AuctionSettingsFieldsFragment = { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility };

export type AuctionSummaryFieldsFragment = { id: string, rfqId: string, caseId: string, status: AuctionStatus, currency: string, endsAt: string, extensions: number, bidCount: number, scheduledAt: string, scheduledByName: string | null, approvedAt: string | null, approvedByName: string | null, startedAt: string | null, endedAt: string | null, cancelledAt: string | null, cancelReason: string | null, serverNow: string, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility } };

export type AuctionFieldsFragment = { rfqReference: string, rfqTitle: string, bidsAfter: number | null, id: string, rfqId: string, caseId: string, status: AuctionStatus, currency: string, endsAt: string, extensions: number, bidCount: number, scheduledAt: string, scheduledByName: string | null, approvedAt: string | null, approvedByName: string | null, startedAt: string | null, endedAt: string | null, cancelledAt: string | null, cancelReason: string | null, serverNow: string, participants: Array<{ invitationId: string, supplierName: string, rank: number, bids: number, currentAmount: string, startingAmount: string, leadingPrice: string | null, priceScore: number | null, totalScore: number | null, currentLines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }>, bids: Array<{ sequence: number, invitationId: string, supplierName: string, amount: string, receivedAt: string, extended: boolean, endsAtAfter: string, quoteRevision: number, receiptSha256: string, lines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }>, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility } };

export type PortalAuctionFieldsFragment = { id: string, invitationId: string, buyerName: string, rfqReference: string, rfqTitle: string, status: AuctionStatus, currency: string, endsAt: string, serverNow: string, currentAmount: string, startingAmount: string, nextValidBid: string | null, rank: number | null, leading: boolean | null, leadingPrice: string | null, leadingScore: number | null, myScore: number | null, bestPrice: string | null, myBidsAfter: number | null, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility }, currentLines: Array<{ lineKey: string, quantity: string, unitPrice: string }>, nextValidLinePrices: Array<{ lineKey: string, quantity: string, unitPrice: string }>, myBids: Array<{ number: number, amount: string, receivedAt: string, quoteRevision: number, receiptSha256: string, lines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }> };

export type RfqAuctionsQueryVariables = Exact<{
  rfqId: string | number;
}>;


export type RfqAuctionsQuery = { auctions: Array<{ id: string, rfqId: string, caseId: string, status: AuctionStatus, currency: string, endsAt: string, extensions: number, bidCount: number, scheduledAt: string, scheduledByName: string | null, approvedAt: string | null, approvedByName: string | null, startedAt: string | null, endedAt: string | null, cancelledAt: string | null, cancelReason: string | null, serverNow: string, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility } }> };

export type ScheduleAuctionMutationVariables = Exact<{
  input: ScheduleAuctionInput;
}>;


export type ScheduleAuctionMutation = { scheduleAuction: { id: string, rfqId: string, caseId: string, status: AuctionStatus, currency: string, endsAt: string, extensions: number, bidCount: number, scheduledAt: string, scheduledByName: string | null, approvedAt: string | null, approvedByName: string | null, startedAt: string | null, endedAt: string | null, cancelledAt: string | null, cancelReason: string | null, serverNow: string, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility } } };

export type ApproveAuctionMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveAuctionMutation = { approveAuction: { id: string, rfqId: string, caseId: string, status: AuctionStatus, currency: string, endsAt: string, extensions: number, bidCount: number, scheduledAt: string, scheduledByName: string | null, approvedAt: string | null, approvedByName: string | null, startedAt: string | null, endedAt: string | null, cancelledAt: string | null, cancelReason: string | null, serverNow: string, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility } } };

export type CancelAuctionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelAuctionMutation = { cancelAuction: { id: string, rfqId: string, caseId: string, status: AuctionStatus, currency: string, endsAt: string, extensions: number, bidCount: number, scheduledAt: string, scheduledByName: string | null, approvedAt: string | null, approvedByName: string | null, startedAt: string | null, endedAt: string | null, cancelledAt: string | null, cancelReason: string | null, serverNow: string, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility } } };

export type PlaceBidMutationVariables = Exact<{
  input: PlaceBidInput;
}>;


export type PlaceBidMutation = { placeBid: { id: string, invitationId: string, buyerName: string, rfqReference: string, rfqTitle: string, status: AuctionStatus, currency: string, endsAt: string, serverNow: string, currentAmount: string, startingAmount: string, nextValidBid: string | null, rank: number | null, leading: boolean | null, leadingPrice: string | null, leadingScore: number | null, myScore: number | null, bestPrice: string | null, myBidsAfter: number | null, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility }, currentLines: Array<{ lineKey: string, quantity: string, unitPrice: string }>, nextValidLinePrices: Array<{ lineKey: string, quantity: string, unitPrice: string }>, myBids: Array<{ number: number, amount: string, receivedAt: string, quoteRevision: number, receiptSha256: string, lines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }> } };

export type AuctionQueryVariables = Exact<{
  id: string | number;
}>;


export type AuctionQuery = { auction: { rfqReference: string, rfqTitle: string, bidsAfter: number | null, id: string, rfqId: string, caseId: string, status: AuctionStatus, currency: string, endsAt: string, extensions: number, bidCount: number, scheduledAt: string, scheduledByName: string | null, approvedAt: string | null, approvedByName: string | null, startedAt: string | null, endedAt: string | null, cancelledAt: string | null, cancelReason: string | null, serverNow: string, participants: Array<{ invitationId: string, supplierName: string, rank: number, bids: number, currentAmount: string, startingAmount: string, leadingPrice: string | null, priceScore: number | null, totalScore: number | null, currentLines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }>, bids: Array<{ sequence: number, invitationId: string, supplierName: string, amount: string, receivedAt: string, extended: boolean, endsAtAfter: string, quoteRevision: number, receiptSha256: string, lines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }>, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility } } };

export type PortalAuctionQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalAuctionQuery = { portalAuction: { id: string, invitationId: string, buyerName: string, rfqReference: string, rfqTitle: string, status: AuctionStatus, currency: string, endsAt: string, serverNow: string, currentAmount: string, startingAmount: string, nextValidBid: string | null, rank: number | null, leading: boolean | null, leadingPrice: string | null, leadingScore: number | null, myScore: number | null, bestPrice: string | null, myBidsAfter: number | null, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility }, currentLines: Array<{ lineKey: string, quantity: string, unitPrice: string }>, nextValidLinePrices: Array<{ lineKey: string, quantity: string, unitPrice: string }>, myBids: Array<{ number: number, amount: string, receivedAt: string, quoteRevision: number, receiptSha256: string, lines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }> } };

export type PortalAuctionLinesQueryVariables = Exact<{
  invitationId: string | number;
}>;


export type PortalAuctionLinesQuery = { portalInvitation: { id: string, rfq: { lines: Array<{ key: string, position: number, description: string, unit: string }> } } };

export type AuctionLiveSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type AuctionLiveSubscription = { auctionLive: { rfqReference: string, rfqTitle: string, bidsAfter: number | null, id: string, rfqId: string, caseId: string, status: AuctionStatus, currency: string, endsAt: string, extensions: number, bidCount: number, scheduledAt: string, scheduledByName: string | null, approvedAt: string | null, approvedByName: string | null, startedAt: string | null, endedAt: string | null, cancelledAt: string | null, cancelReason: string | null, serverNow: string, participants: Array<{ invitationId: string, supplierName: string, rank: number, bids: number, currentAmount: string, startingAmount: string, leadingPrice: string | null, priceScore: number | null, totalScore: number | null, currentLines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }>, bids: Array<{ sequence: number, invitationId: string, supplierName: string, amount: string, receivedAt: string, extended: boolean, endsAtAfter: string, quoteRevision: number, receiptSha256: string, lines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }>, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility } } };

export type PortalAuctionLiveSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type PortalAuctionLiveSubscription = { portalAuctionLive: { id: string, invitationId: string, buyerName: string, rfqReference: string, rfqTitle: string, status: AuctionStatus, currency: string, endsAt: string, serverNow: string, currentAmount: string, startingAmount: string, nextValidBid: string | null, rank: number | null, leading: boolean | null, leadingPrice: string | null, leadingScore: number | null, myScore: number | null, bestPrice: string | null, myBidsAfter: number | null, settings: { bidOn: AuctionBidOn, capAt: string | null, decrement: string, decrementKind: AuctionDecrementKind, durationMinutes: number, extensionMinutes: number, ranking: AuctionRanking, softCloseMinutes: number, startsAt: string, visibility: AuctionVisibility }, currentLines: Array<{ lineKey: string, quantity: string, unitPrice: string }>, nextValidLinePrices: Array<{ lineKey: string, quantity: string, unitPrice: string }>, myBids: Array<{ number: number, amount: string, receivedAt: string, quoteRevision: number, receiptSha256: string, lines: Array<{ lineKey: string, quantity: string, unitPrice: string }> }> } };

export type PortalAuctionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalAuctionsQuery = { portalAuctions: Array<{ id: string, invitationId: string, rfqReference: string, rfqTitle: string, buyerName: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } }> };

export type AuditEventsQueryVariables = Exact<{
  limit: number;
  after?: string | null | undefined;
  before?: string | null | undefined;
  last?: boolean | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, items: Array<{ id: string, sequence: number, action: string, entityType: string, entityId: string | null, actorName: string | null, summary: string, occurredAt: string, hash: string }> } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checkedEvents: number, firstBrokenEventId: string | null, firstBrokenSequence: number | null, reason: string | null } };

export type AwardScenarioRuleFieldsFragment = { id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string };

export type AwardScenarioFieldsFragment = { id: string, rfqId: string, kind: AwardScenarioKind, builtIn: boolean, name: string, objective: AwardScenarioObjective, budget: string | null, status: AwardScenarioStatus, stale: boolean, solvedAt: string | null, createdByName: string | null, lineGroups: Array<{ key: string, name: string, lineKeys: Array<string> }>, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, result: { totalCost: string, gap: number | null, provenOptimal: boolean, totalBeforeDiscounts: string, discountTotal: string, savingsVsSingleSupplier: string | null, savingsVsEstimate: string | null, savingsVsEstimatePercent: number | null, supplierCount: number, score: number | null, split: boolean, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, value: string, discount: string, net: string, valueShare: number, quantityShare: number, lines: Array<{ lineKey: string, position: number, description: string, quantity: string, unit: string, unitPrice: string, total: string, wholeLine: boolean }> }>, rulePrices: Array<{ ruleId: string, kind: AwardScenarioRuleKind, status: AwardScenarioStatus, totalCostWithout: string | null, costOfRule: string | null, scoreWithout: number | null, scoreDifference: number | null }>, conflict: { budget: boolean, explanation: string, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, linesWithoutOffers: Array<{ key: string, position: number, description: string }> } | null, violations: Array<{ ruleId: string | null, message: string }> } | null };

export type AwardScenariosQueryVariables = Exact<{
  rfqId: string | number;
}>;


export type AwardScenariosQuery = { awardScenarios: { rfqId: string, caseId: string, currency: string, estimate: string | null, bestSingleSupplierTotal: string | null, canEdit: boolean, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string }>, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, rank: number, reliabilityScore: number | null, technicalScore: number | null, totalScore: number | null, mustHavesMet: boolean, incumbent: boolean }>, leftOut: Array<{ invitationId: string, supplierName: string, reason: string }>, scenarios: Array<{ id: string, rfqId: string, kind: AwardScenarioKind, builtIn: boolean, name: string, objective: AwardScenarioObjective, budget: string | null, status: AwardScenarioStatus, stale: boolean, solvedAt: string | null, createdByName: string | null, lineGroups: Array<{ key: string, name: string, lineKeys: Array<string> }>, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, result: { totalCost: string, gap: number | null, provenOptimal: boolean, totalBeforeDiscounts: string, discountTotal: string, savingsVsSingleSupplier: string | null, savingsVsEstimate: string | null, savingsVsEstimatePercent: number | null, supplierCount: number, score: number | null, split: boolean, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, value: string, discount: string, net: string, valueShare: number, quantityShare: number, lines: Array<{ lineKey: string, position: number, description: string, quantity: string, unit: string, unitPrice: string, total: string, wholeLine: boolean }> }>, rulePrices: Array<{ ruleId: string, kind: AwardScenarioRuleKind, status: AwardScenarioStatus, totalCostWithout: string | null, costOfRule: string | null, scoreWithout: number | null, scoreDifference: number | null }>, conflict: { budget: boolean, explanation: string, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, linesWithoutOffers: Array<{ key: string, position: number, description: string }> } | null, violations: Array<{ ruleId: string | null, message: string }> } | null }> } };

export type CreateAwardScenarioMutationVariables = Exact<{
  input: CreateAwardScenarioInput;
}>;


export type CreateAwardScenarioMutation = { createAwardScenario: { id: string, rfqId: string, kind: AwardScenarioKind, builtIn: boolean, name: string, objective: AwardScenarioObjective, budget: string | null, status: AwardScenarioStatus, stale: boolean, solvedAt: string | null, createdByName: string | null, lineGroups: Array<{ key: string, name: string, lineKeys: Array<string> }>, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, result: { totalCost: string, gap: number | null, provenOptimal: boolean, totalBeforeDiscounts: string, discountTotal: string, savingsVsSingleSupplier: string | null, savingsVsEstimate: string | null, savingsVsEstimatePercent: number | null, supplierCount: number, score: number | null, split: boolean, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, value: string, discount: string, net: string, valueShare: number, quantityShare: number, lines: Array<{ lineKey: string, position: number, description: string, quantity: string, unit: string, unitPrice: string, total: string, wholeLine: boolean }> }>, rulePrices: Array<{ ruleId: string, kind: AwardScenarioRuleKind, status: AwardScenarioStatus, totalCostWithout: string | null, costOfRule: string | null, scoreWithout: number | null, scoreDifference: number | null }>, conflict: { budget: boolean, explanation: string, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, linesWithoutOffers: Array<{ key: string, position: number, description: string }> } | null, violations: Array<{ ruleId: string | null, message: string }> } | null } };

export type UpdateAwardScenarioMutationVariables = Exact<{
  id: string | number;
  input: AwardScenarioInput;
}>;


export type UpdateAwardScenarioMutation = { updateAwardScenario: { id: string, rfqId: string, kind: AwardScenarioKind, builtIn: boolean, name: string, objective: AwardScenarioObjective, budget: string | null, status: AwardScenarioStatus, stale: boolean, solvedAt: string | null, createdByName: string | null, lineGroups: Array<{ key: string, name: string, lineKeys: Array<string> }>, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, result: { totalCost: string, gap: number | null, provenOptimal: boolean, totalBeforeDiscounts: string, discountTotal: string, savingsVsSingleSupplier: string | null, savingsVsEstimate: string | null, savingsVsEstimatePercent: number | null, supplierCount: number, score: number | null, split: boolean, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, value: string, discount: string, net: string, valueShare: number, quantityShare: number, lines: Array<{ lineKey: string, position: number, description: string, quantity: string, unit: string, unitPrice: string, total: string, wholeLine: boolean }> }>, rulePrices: Array<{ ruleId: string, kind: AwardScenarioRuleKind, status: AwardScenarioStatus, totalCostWithout: string | null, costOfRule: string | null, scoreWithout: number | null, scoreDifference: number | null }>, conflict: { budget: boolean, explanation: string, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, linesWithoutOffers: Array<{ key: string, position: number, description: string }> } | null, violations: Array<{ ruleId: string | null, message: string }> } | null } };

export type DeleteAwardScenarioMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAwardScenarioMutation = { deleteAwardScenario: string };

export type SolveAwardScenarioMutationVariables = Exact<{
  id: string | number;
}>;


export type SolveAwardScenarioMutation = { solveAwardScenario: { id: string, rfqId: string, kind: AwardScenarioKind, builtIn: boolean, name: string, objective: AwardScenarioObjective, budget: string | null, status: AwardScenarioStatus, stale: boolean, solvedAt: string | null, createdByName: string | null, lineGroups: Array<{ key: string, name: string, lineKeys: Array<string> }>, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, result: { totalCost: string, gap: number | null, provenOptimal: boolean, totalBeforeDiscounts: string, discountTotal: string, savingsVsSingleSupplier: string | null, savingsVsEstimate: string | null, savingsVsEstimatePercent: number | null, supplierCount: number, score: number | null, split: boolean, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, value: string, discount: string, net: string, valueShare: number, quantityShare: number, lines: Array<{ lineKey: string, position: number, description: string, quantity: string, unit: string, unitPrice: string, total: string, wholeLine: boolean }> }>, rulePrices: Array<{ ruleId: string, kind: AwardScenarioRuleKind, status: AwardScenarioStatus, totalCostWithout: string | null, costOfRule: string | null, scoreWithout: number | null, scoreDifference: number | null }>, conflict: { budget: boolean, explanation: string, rules: Array<{ id: string, kind: AwardScenarioRuleKind, basis: ShareBasis | null, count: number | null, invitationIds: Array<string> | null, lineGroupKey: string | null, lineGroupKeys: Array<string> | null, lineKeys: Array<string> | null, maxPercent: number | null, minPercent: number | null, minScore: number | null, description: string }>, linesWithoutOffers: Array<{ key: string, position: number, description: string }> } | null, violations: Array<{ ruleId: string | null, message: string }> } | null } };

export type ProposeAwardFromScenarioMutationVariables = Exact<{
  input: ProposeAwardFromScenarioInput;
}>;


export type ProposeAwardFromScenarioMutation = { proposeAwardFromScenario: { id: string, caseId: string, caseReference: string, caseTitle: string, caseCategoryCode: string | null, caseCategoryLabel: string | null, canOpenCase: boolean, rfqId: string, rfqReference: string, version: number, status: AwardStatus, currency: string, totalValue: string, justification: string | null, followsRanking: boolean, topRankedSupplierName: string | null, importance: ImportanceClass, approvalMode: ApprovalMode, proposedByName: string, proposedAt: string, decidedAt: string | null, decisionReason: string | null, firstBestTotal: string | null, savings: string | null, savingsPercent: number | null, canDecide: boolean, cannotDecideReason: string | null, deputyFor: Array<string>, lines: Array<{ lineKey: string, position: number, description: string, invitationId: string, supplierId: string, supplierName: string, quantity: string, unitPrice: string, total: string }>, supplierTotals: Array<{ invitationId: string, supplierId: string, supplierName: string, total: string, lines: number }>, steps: Array<{ index: number, role: Role, open: boolean, assigneeName: string | null, approval: { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string } | null }>, approvals: Array<{ approverId: string, id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string }>, ranking: Array<{ rank: number, invitationId: string, supplierName: string, total: number, comparableTotal: string | null }> } };

export type AwardApprovalFieldsFragment = { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string };

export type CaseAwardFieldsFragment = { id: string, caseId: string, caseReference: string, caseTitle: string, caseCategoryCode: string | null, caseCategoryLabel: string | null, canOpenCase: boolean, rfqId: string, rfqReference: string, version: number, status: AwardStatus, currency: string, totalValue: string, justification: string | null, followsRanking: boolean, topRankedSupplierName: string | null, importance: ImportanceClass, approvalMode: ApprovalMode, proposedByName: string, proposedAt: string, decidedAt: string | null, decisionReason: string | null, firstBestTotal: string | null, savings: string | null, savingsPercent: number | null, canDecide: boolean, cannotDecideReason: string | null, deputyFor: Array<string>, lines: Array<{ lineKey: string, position: number, description: string, invitationId: string, supplierId: string, supplierName: string, quantity: string, unitPrice: string, total: string }>, supplierTotals: Array<{ invitationId: string, supplierId: string, supplierName: string, total: string, lines: number }>, steps: Array<{ index: number, role: Role, open: boolean, assigneeName: string | null, approval: { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string } | null }>, approvals: Array<{ approverId: string, id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string }>, ranking: Array<{ rank: number, invitationId: string, supplierName: string, total: number, comparableTotal: string | null }> };

export type AwardProposalsQueryVariables = Exact<{
  caseId: string | number;
}>;


export type AwardProposalsQuery = { awardProposals: Array<{ id: string, caseId: string, caseReference: string, caseTitle: string, caseCategoryCode: string | null, caseCategoryLabel: string | null, canOpenCase: boolean, rfqId: string, rfqReference: string, version: number, status: AwardStatus, currency: string, totalValue: string, justification: string | null, followsRanking: boolean, topRankedSupplierName: string | null, importance: ImportanceClass, approvalMode: ApprovalMode, proposedByName: string, proposedAt: string, decidedAt: string | null, decisionReason: string | null, firstBestTotal: string | null, savings: string | null, savingsPercent: number | null, canDecide: boolean, cannotDecideReason: string | null, deputyFor: Array<string>, lines: Array<{ lineKey: string, position: number, description: string, invitationId: string, supplierId: string, supplierName: string, quantity: string, unitPrice: string, total: string }>, supplierTotals: Array<{ invitationId: string, supplierId: string, supplierName: string, total: string, lines: number }>, steps: Array<{ index: number, role: Role, open: boolean, assigneeName: string | null, approval: { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string } | null }>, approvals: Array<{ approverId: string, id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string }>, ranking: Array<{ rank: number, invitationId: string, supplierName: string, total: number, comparableTotal: string | null }> }> };

export type ProposeAwardMutationVariables = Exact<{
  input: ProposeAwardInput;
}>;


export type ProposeAwardMutation = { proposeAward: { id: string, caseId: string, caseReference: string, caseTitle: string, caseCategoryCode: string | null, caseCategoryLabel: string | null, canOpenCase: boolean, rfqId: string, rfqReference: string, version: number, status: AwardStatus, currency: string, totalValue: string, justification: string | null, followsRanking: boolean, topRankedSupplierName: string | null, importance: ImportanceClass, approvalMode: ApprovalMode, proposedByName: string, proposedAt: string, decidedAt: string | null, decisionReason: string | null, firstBestTotal: string | null, savings: string | null, savingsPercent: number | null, canDecide: boolean, cannotDecideReason: string | null, deputyFor: Array<string>, lines: Array<{ lineKey: string, position: number, description: string, invitationId: string, supplierId: string, supplierName: string, quantity: string, unitPrice: string, total: string }>, supplierTotals: Array<{ invitationId: string, supplierId: string, supplierName: string, total: string, lines: number }>, steps: Array<{ index: number, role: Role, open: boolean, assigneeName: string | null, approval: { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string } | null }>, approvals: Array<{ approverId: string, id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string }>, ranking: Array<{ rank: number, invitationId: string, supplierName: string, total: number, comparableTotal: string | null }> } };

export type WithdrawAwardProposalMutationVariables = Exact<{
  proposalId: string | number;
  reason: string;
}>;


export type WithdrawAwardProposalMutation = { withdrawAwardProposal: { id: string, caseId: string, caseReference: string, caseTitle: string, caseCategoryCode: string | null, caseCategoryLabel: string | null, canOpenCase: boolean, rfqId: string, rfqReference: string, version: number, status: AwardStatus, currency: string, totalValue: string, justification: string | null, followsRanking: boolean, topRankedSupplierName: string | null, importance: ImportanceClass, approvalMode: ApprovalMode, proposedByName: string, proposedAt: string, decidedAt: string | null, decisionReason: string | null, firstBestTotal: string | null, savings: string | null, savingsPercent: number | null, canDecide: boolean, cannotDecideReason: string | null, deputyFor: Array<string>, lines: Array<{ lineKey: string, position: number, description: string, invitationId: string, supplierId: string, supplierName: string, quantity: string, unitPrice: string, total: string }>, supplierTotals: Array<{ invitationId: string, supplierId: string, supplierName: string, total: string, lines: number }>, steps: Array<{ index: number, role: Role, open: boolean, assigneeName: string | null, approval: { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string } | null }>, approvals: Array<{ approverId: string, id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string }>, ranking: Array<{ rank: number, invitationId: string, supplierName: string, total: number, comparableTotal: string | null }> } };

export type AwardDeliveryFieldsFragment = { id: string, supplierId: string, supplierName: string, deliveredOn: string, onTime: boolean, qualityIncidents: number, note: string | null, recordedAt: string, recordedByName: string | null };

export type AwardDeliveriesQueryVariables = Exact<{
  proposalId: string | number;
}>;


export type AwardDeliveriesQuery = { awardDeliveries: Array<{ id: string, supplierId: string, supplierName: string, deliveredOn: string, onTime: boolean, qualityIncidents: number, note: string | null, recordedAt: string, recordedByName: string | null }> };

export type RecordDeliveryMutationVariables = Exact<{
  input: RecordDeliveryInput;
}>;


export type RecordDeliveryMutation = { recordDelivery: { id: string, supplierId: string, supplierName: string, deliveredOn: string, onTime: boolean, qualityIncidents: number, note: string | null, recordedAt: string, recordedByName: string | null } };

export type CaseListFieldsFragment = { id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, category: { code: string, label: string, labelDe: string } | null };

export type SpecLineFieldsFragment = { key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> };

export type SpecRequirementFieldsFragment = { key: string, text: string, kind: RequirementKind, weight: number | null };

export type SpecVersionFieldsFragment = { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> };

export type ShortlistFieldsFragment = { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> };

export type CaseFieldsFragment = { description: string, budgetReference: string | null, requiredCertificates: Array<string>, cancelReason: string | null, myRoles: Array<Role>, id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, sourceCase: { id: string, reference: string, title: string } | null, need: { id: string, title: string, justification: string, requester: { id: string, name: string } } | null, team: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }>, conflicts: Array<{ id: string, statement: string, createdAt: string, user: { id: string, name: string }, supplier: { id: string, name: string } }>, nextSteps: Array<{ to: CaseStage, blockers: Array<TransitionBlocker>, needsReason: boolean, via: TransitionVia | null }>, rfq: { id: string, reference: string, status: RfqStatus, approval: RfqApproval, closesAt: string } | null, stageHistory: Array<{ from: CaseStage | null, to: CaseStage, reason: string | null, actorName: string | null, at: string }>, specification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } | null, specificationVersions: Array<{ id: string, version: number, status: SpecificationStatus, authorName: string | null, createdAt: string, approvedAt: string | null }>, shortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> }, category: { code: string, label: string, labelDe: string } | null };

export type PurchaseCasesQueryVariables = Exact<{
  filter?: PurchaseCaseFilter | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  last?: boolean | null | undefined;
}>;


export type PurchaseCasesQuery = { purchaseCases: { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, items: Array<{ id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, category: { code: string, label: string, labelDe: string } | null }> } };

export type PurchaseCaseCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchaseCaseCountsQuery = { purchaseCaseCounts: Array<{ stage: CaseStage, count: number }> };

export type PurchaseCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchaseCaseQuery = { purchaseCase: { description: string, budgetReference: string | null, requiredCertificates: Array<string>, cancelReason: string | null, myRoles: Array<Role>, id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, currentAward: { id: string, status: AwardStatus, currency: string, totalValue: string, decidedAt: string | null, supplierTotals: Array<{ supplierId: string, supplierName: string, total: string, lines: number }> } | null, sourceCase: { id: string, reference: string, title: string } | null, need: { id: string, title: string, justification: string, requester: { id: string, name: string } } | null, team: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }>, conflicts: Array<{ id: string, statement: string, createdAt: string, user: { id: string, name: string }, supplier: { id: string, name: string } }>, nextSteps: Array<{ to: CaseStage, blockers: Array<TransitionBlocker>, needsReason: boolean, via: TransitionVia | null }>, rfq: { id: string, reference: string, status: RfqStatus, approval: RfqApproval, closesAt: string } | null, stageHistory: Array<{ from: CaseStage | null, to: CaseStage, reason: string | null, actorName: string | null, at: string }>, specification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } | null, specificationVersions: Array<{ id: string, version: number, status: SpecificationStatus, authorName: string | null, createdAt: string, approvedAt: string | null }>, shortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> }, category: { code: string, label: string, labelDe: string } | null } };

export type CreatePurchaseCaseMutationVariables = Exact<{
  input: CreatePurchaseCaseInput;
}>;


export type CreatePurchaseCaseMutation = { createPurchaseCase: { id: string, reference: string } };

export type CreateRebuyMutationVariables = Exact<{
  input: CreateRebuyInput;
}>;


export type CreateRebuyMutation = { createRebuy: { id: string, reference: string } };

export type UpdatePurchaseCaseMutationVariables = Exact<{
  id: string | number;
  input: UpdatePurchaseCaseInput;
}>;


export type UpdatePurchaseCaseMutation = { updatePurchaseCase: { description: string, budgetReference: string | null, requiredCertificates: Array<string>, cancelReason: string | null, myRoles: Array<Role>, id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, sourceCase: { id: string, reference: string, title: string } | null, need: { id: string, title: string, justification: string, requester: { id: string, name: string } } | null, team: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }>, conflicts: Array<{ id: string, statement: string, createdAt: string, user: { id: string, name: string }, supplier: { id: string, name: string } }>, nextSteps: Array<{ to: CaseStage, blockers: Array<TransitionBlocker>, needsReason: boolean, via: TransitionVia | null }>, rfq: { id: string, reference: string, status: RfqStatus, approval: RfqApproval, closesAt: string } | null, stageHistory: Array<{ from: CaseStage | null, to: CaseStage, reason: string | null, actorName: string | null, at: string }>, specification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } | null, specificationVersions: Array<{ id: string, version: number, status: SpecificationStatus, authorName: string | null, createdAt: string, approvedAt: string | null }>, shortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> }, category: { code: string, label: string, labelDe: string } | null } };

export type AddCaseMemberMutationVariables = Exact<{
  caseId: string | number;
  userId: string | number;
  role: Role;
}>;


export type AddCaseMemberMutation = { addCaseMember: { description: string, budgetReference: string | null, requiredCertificates: Array<string>, cancelReason: string | null, myRoles: Array<Role>, id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, sourceCase: { id: string, reference: string, title: string } | null, need: { id: string, title: string, justification: string, requester: { id: string, name: string } } | null, team: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }>, conflicts: Array<{ id: string, statement: string, createdAt: string, user: { id: string, name: string }, supplier: { id: string, name: string } }>, nextSteps: Array<{ to: CaseStage, blockers: Array<TransitionBlocker>, needsReason: boolean, via: TransitionVia | null }>, rfq: { id: string, reference: string, status: RfqStatus, approval: RfqApproval, closesAt: string } | null, stageHistory: Array<{ from: CaseStage | null, to: CaseStage, reason: string | null, actorName: string | null, at: string }>, specification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } | null, specificationVersions: Array<{ id: string, version: number, status: SpecificationStatus, authorName: string | null, createdAt: string, approvedAt: string | null }>, shortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> }, category: { code: string, label: string, labelDe: string } | null } };

export type RemoveCaseMemberMutationVariables = Exact<{
  caseId: string | number;
  memberId: string | number;
}>;


export type RemoveCaseMemberMutation = { removeCaseMember: { description: string, budgetReference: string | null, requiredCertificates: Array<string>, cancelReason: string | null, myRoles: Array<Role>, id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, sourceCase: { id: string, reference: string, title: string } | null, need: { id: string, title: string, justification: string, requester: { id: string, name: string } } | null, team: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }>, conflicts: Array<{ id: string, statement: string, createdAt: string, user: { id: string, name: string }, supplier: { id: string, name: string } }>, nextSteps: Array<{ to: CaseStage, blockers: Array<TransitionBlocker>, needsReason: boolean, via: TransitionVia | null }>, rfq: { id: string, reference: string, status: RfqStatus, approval: RfqApproval, closesAt: string } | null, stageHistory: Array<{ from: CaseStage | null, to: CaseStage, reason: string | null, actorName: string | null, at: string }>, specification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } | null, specificationVersions: Array<{ id: string, version: number, status: SpecificationStatus, authorName: string | null, createdAt: string, approvedAt: string | null }>, shortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> }, category: { code: string, label: string, labelDe: string } | null } };

export type DeclareConflictMutationVariables = Exact<{
  caseId: string | number;
  supplierId: string | number;
  statement: string;
}>;


export type DeclareConflictMutation = { declareConflict: { description: string, budgetReference: string | null, requiredCertificates: Array<string>, cancelReason: string | null, myRoles: Array<Role>, id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, sourceCase: { id: string, reference: string, title: string } | null, need: { id: string, title: string, justification: string, requester: { id: string, name: string } } | null, team: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }>, conflicts: Array<{ id: string, statement: string, createdAt: string, user: { id: string, name: string }, supplier: { id: string, name: string } }>, nextSteps: Array<{ to: CaseStage, blockers: Array<TransitionBlocker>, needsReason: boolean, via: TransitionVia | null }>, rfq: { id: string, reference: string, status: RfqStatus, approval: RfqApproval, closesAt: string } | null, stageHistory: Array<{ from: CaseStage | null, to: CaseStage, reason: string | null, actorName: string | null, at: string }>, specification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } | null, specificationVersions: Array<{ id: string, version: number, status: SpecificationStatus, authorName: string | null, createdAt: string, approvedAt: string | null }>, shortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> }, category: { code: string, label: string, labelDe: string } | null } };

export type MoveCaseMutationVariables = Exact<{
  caseId: string | number;
  to: CaseStage;
  reason?: string | null | undefined;
}>;


export type MoveCaseMutation = { moveCase: { description: string, budgetReference: string | null, requiredCertificates: Array<string>, cancelReason: string | null, myRoles: Array<Role>, id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, sourceCase: { id: string, reference: string, title: string } | null, need: { id: string, title: string, justification: string, requester: { id: string, name: string } } | null, team: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }>, conflicts: Array<{ id: string, statement: string, createdAt: string, user: { id: string, name: string }, supplier: { id: string, name: string } }>, nextSteps: Array<{ to: CaseStage, blockers: Array<TransitionBlocker>, needsReason: boolean, via: TransitionVia | null }>, rfq: { id: string, reference: string, status: RfqStatus, approval: RfqApproval, closesAt: string } | null, stageHistory: Array<{ from: CaseStage | null, to: CaseStage, reason: string | null, actorName: string | null, at: string }>, specification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } | null, specificationVersions: Array<{ id: string, version: number, status: SpecificationStatus, authorName: string | null, createdAt: string, approvedAt: string | null }>, shortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> }, category: { code: string, label: string, labelDe: string } | null } };

export type CancelCaseMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type CancelCaseMutation = { cancelCase: { description: string, budgetReference: string | null, requiredCertificates: Array<string>, cancelReason: string | null, myRoles: Array<Role>, id: string, reference: string, title: string, stage: CaseStage, purchaseType: PurchaseType, importance: ImportanceClass, estimatedValue: string | null, currency: string, neededBy: string | null, createdAt: string, sourceCase: { id: string, reference: string, title: string } | null, need: { id: string, title: string, justification: string, requester: { id: string, name: string } } | null, team: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }>, conflicts: Array<{ id: string, statement: string, createdAt: string, user: { id: string, name: string }, supplier: { id: string, name: string } }>, nextSteps: Array<{ to: CaseStage, blockers: Array<TransitionBlocker>, needsReason: boolean, via: TransitionVia | null }>, rfq: { id: string, reference: string, status: RfqStatus, approval: RfqApproval, closesAt: string } | null, stageHistory: Array<{ from: CaseStage | null, to: CaseStage, reason: string | null, actorName: string | null, at: string }>, specification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } | null, specificationVersions: Array<{ id: string, version: number, status: SpecificationStatus, authorName: string | null, createdAt: string, approvedAt: string | null }>, shortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> }, category: { code: string, label: string, labelDe: string } | null } };

export type SpecificationVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type SpecificationVersionQuery = { specificationVersion: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } };

export type SpecificationDiffQueryVariables = Exact<{
  fromVersionId: string | number;
  toVersionId: string | number;
}>;


export type SpecificationDiffQuery = { specificationDiff: { lines: Array<{ change: SpecChangeKind, key: string, fields: Array<string>, before: { key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> } | null, after: { key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> } | null }>, requirements: Array<{ change: SpecChangeKind, key: string, fields: Array<string>, before: { key: string, text: string, kind: RequirementKind, weight: number | null } | null, after: { key: string, text: string, kind: RequirementKind, weight: number | null } | null }>, attachments: Array<{ change: SpecChangeKind, file: { id: string, name: string } | null }> } };

export type SaveSpecificationMutationVariables = Exact<{
  caseId: string | number;
  input: SaveSpecificationInput;
}>;


export type SaveSpecificationMutation = { saveSpecification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } };

export type ApproveSpecificationMutationVariables = Exact<{
  versionId: string | number;
}>;


export type ApproveSpecificationMutation = { approveSpecification: { id: string, version: number, status: SpecificationStatus, note: string | null, authorName: string | null, approvedByName: string | null, approvedAt: string | null, createdAt: string, lines: Array<{ key: string, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, text: string, kind: RequirementKind, weight: number | null }>, attachments: Array<{ id: string, name: string, contentType: string, sizeBytes: number }> } };

export type ShortlistSuggestionsQueryVariables = Exact<{
  caseId: string | number;
}>;


export type ShortlistSuggestionsQuery = { shortlistSuggestions: Array<{ score: number, reasons: Array<{ code: SuggestionReasonCode, detail: string }>, supplier: { id: string, name: string, country: string, tags: Array<string>, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean, certificates: Array<{ id: string, expired: boolean }>, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, reliability: { score: number | null } } }> };

export type SetShortlistEntryMutationVariables = Exact<{
  caseId: string | number;
  supplierId: string | number;
  decision: ShortlistDecision;
  reason: string;
  source: ShortlistSource;
}>;


export type SetShortlistEntryMutation = { setShortlistEntry: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> } };

export type SubmitShortlistMutationVariables = Exact<{
  caseId: string | number;
  singleSourceJustification?: string | null | undefined;
}>;


export type SubmitShortlistMutation = { submitShortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> } };

export type ApproveShortlistMutationVariables = Exact<{
  caseId: string | number;
  comment?: string | null | undefined;
}>;


export type ApproveShortlistMutation = { approveShortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> } };

export type ReturnShortlistMutationVariables = Exact<{
  caseId: string | number;
  comment: string;
}>;


export type ReturnShortlistMutation = { returnShortlist: { id: string, status: ShortlistStatus, singleSourceJustification: string | null, minimumSuppliers: number, reviewComment: string | null, reviewedByName: string | null, entries: Array<{ id: string, decision: ShortlistDecision, reason: string, source: ShortlistSource, supplier: { id: string, name: string, country: string, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean } }>, approvalWarnings: Array<{ supplierId: string, supplierName: string, kind: ShortlistWarningKind, certificate: string | null, detail: string | null }> } };

export type CaseTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseTimelineQuery = { purchaseCase: { id: string, timeline: Array<{ id: string, action: string, entityType: string, actorName: string | null, summary: string, occurredAt: string }> } };

export type SupplierColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierColleaguesQuery = { supplierColleagues: { users: Array<{ id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }>, invitations: Array<{ id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string }> } };

export type InviteSupplierColleagueMutationVariables = Exact<{
  input: InviteSupplierColleagueInput;
}>;


export type InviteSupplierColleagueMutation = { inviteSupplierColleague: { id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string } };

export type RevokeSupplierColleagueInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type RevokeSupplierColleagueInvitationMutation = { revokeSupplierColleagueInvitation: { id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string } };

export type SetSupplierColleagueAdminMutationVariables = Exact<{
  input: SetSupplierColleagueAdminInput;
}>;


export type SetSupplierColleagueAdminMutation = { setSupplierColleagueAdmin: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type DisableSupplierColleagueMutationVariables = Exact<{
  userId: string | number;
}>;


export type DisableSupplierColleagueMutation = { disableSupplierColleague: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type EnableSupplierColleagueMutationVariables = Exact<{
  userId: string | number;
}>;


export type EnableSupplierColleagueMutation = { enableSupplierColleague: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type RfqExchangeRateFieldsFragment = { currency: string, rate: string, setAt: string, setByName: string | null };

export type ComparisonHeadFieldsFragment = { rfqId: string, reference: string, currency: string, complete: boolean, missingRates: Array<string>, lineCount: number, exchangeRates: Array<{ currency: string, rate: string, setAt: string, setByName: string | null }>, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, supplierReference: string | null, revision: number, submittedAt: string, currency: string, rate: string | null, rateMissing: boolean, total: string | null, totalConverted: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, linesQuoted: number, complete: boolean, mustHaveNotMet: boolean, mustHaveNotMetKeys: Array<string> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null, answers: Array<{ invitationId: string, compliance: RequirementCompliance | null, comment: string, mustHaveNotMet: boolean }> }> };

export type ComparisonLineFieldsFragment = { key: string, position: number, description: string, quantity: string, unit: string, bestDecided: boolean, offers: Array<{ invitationId: string, unitPrice: string | null, quantity: string | null, fullQuantity: boolean, lineTotal: string | null, lineTotalConverted: string | null, leadTimeDays: number | null, note: string, best: boolean, alternatives: Array<{ description: string, unitPrice: string, quantity: string, total: string, totalConverted: string | null, leadTimeDays: number | null }> }> };

export type ComparisonFieldsFragment = { rfqId: string, reference: string, currency: string, complete: boolean, missingRates: Array<string>, lineCount: number, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, bestDecided: boolean, offers: Array<{ invitationId: string, unitPrice: string | null, quantity: string | null, fullQuantity: boolean, lineTotal: string | null, lineTotalConverted: string | null, leadTimeDays: number | null, note: string, best: boolean, alternatives: Array<{ description: string, unitPrice: string, quantity: string, total: string, totalConverted: string | null, leadTimeDays: number | null }> }> }>, exchangeRates: Array<{ currency: string, rate: string, setAt: string, setByName: string | null }>, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, supplierReference: string | null, revision: number, submittedAt: string, currency: string, rate: string | null, rateMissing: boolean, total: string | null, totalConverted: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, linesQuoted: number, complete: boolean, mustHaveNotMet: boolean, mustHaveNotMetKeys: Array<string> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null, answers: Array<{ invitationId: string, compliance: RequirementCompliance | null, comment: string, mustHaveNotMet: boolean }> }> };

export type RfqComparisonQueryVariables = Exact<{
  rfqId: string | number;
  lineOffset?: number;
  lineLimit?: number | null | undefined;
}>;


export type RfqComparisonQuery = { rfqComparison: { rfqId: string, reference: string, currency: string, complete: boolean, missingRates: Array<string>, lineCount: number, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, bestDecided: boolean, offers: Array<{ invitationId: string, unitPrice: string | null, quantity: string | null, fullQuantity: boolean, lineTotal: string | null, lineTotalConverted: string | null, leadTimeDays: number | null, note: string, best: boolean, alternatives: Array<{ description: string, unitPrice: string, quantity: string, total: string, totalConverted: string | null, leadTimeDays: number | null }> }> }>, exchangeRates: Array<{ currency: string, rate: string, setAt: string, setByName: string | null }>, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, supplierReference: string | null, revision: number, submittedAt: string, currency: string, rate: string | null, rateMissing: boolean, total: string | null, totalConverted: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, linesQuoted: number, complete: boolean, mustHaveNotMet: boolean, mustHaveNotMetKeys: Array<string> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null, answers: Array<{ invitationId: string, compliance: RequirementCompliance | null, comment: string, mustHaveNotMet: boolean }> }> } };

export type RfqComparisonWholeQueryVariables = Exact<{
  rfqId: string | number;
}>;


export type RfqComparisonWholeQuery = { rfqComparison: { rfqId: string, reference: string, currency: string, complete: boolean, missingRates: Array<string>, lineCount: number, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, bestDecided: boolean, offers: Array<{ invitationId: string, unitPrice: string | null, quantity: string | null, fullQuantity: boolean, lineTotal: string | null, lineTotalConverted: string | null, leadTimeDays: number | null, note: string, best: boolean, alternatives: Array<{ description: string, unitPrice: string, quantity: string, total: string, totalConverted: string | null, leadTimeDays: number | null }> }> }>, exchangeRates: Array<{ currency: string, rate: string, setAt: string, setByName: string | null }>, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, supplierReference: string | null, revision: number, submittedAt: string, currency: string, rate: string | null, rateMissing: boolean, total: string | null, totalConverted: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, linesQuoted: number, complete: boolean, mustHaveNotMet: boolean, mustHaveNotMetKeys: Array<string> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null, answers: Array<{ invitationId: string, compliance: RequirementCompliance | null, comment: string, mustHaveNotMet: boolean }> }> } };

export type SetRfqExchangeRateMutationVariables = Exact<{
  rfqId: string | number;
  currency: string;
  rate: string;
}>;


export type SetRfqExchangeRateMutation = { setRfqExchangeRate: { currency: string, rate: string, setAt: string, setByName: string | null } };

export type ApprovalDeputyFieldsFragment = { id: string, principalId: string, principalName: string, deputyId: string, deputyName: string, startsAt: string, endsAt: string, active: boolean, namedByName: string, namedAt: string, revokedAt: string | null };

export type ApprovalDeputiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalDeputiesQuery = { approvalDeputies: Array<{ id: string, principalId: string, principalName: string, deputyId: string, deputyName: string, startsAt: string, endsAt: string, active: boolean, namedByName: string, namedAt: string, revokedAt: string | null }>, approverChoices: Array<{ id: string, name: string, roles: Array<string> }> };

export type NameApprovalDeputyMutationVariables = Exact<{
  input: NameApprovalDeputyInput;
}>;


export type NameApprovalDeputyMutation = { nameApprovalDeputy: { id: string, principalId: string, principalName: string, deputyId: string, deputyName: string, startsAt: string, endsAt: string, active: boolean, namedByName: string, namedAt: string, revokedAt: string | null } };

export type RevokeApprovalDeputyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApprovalDeputyMutation = { revokeApprovalDeputy: { id: string, principalId: string, principalName: string, deputyId: string, deputyName: string, startsAt: string, endsAt: string, active: boolean, namedByName: string, namedAt: string, revokedAt: string | null } };

export type RfqEnvelopeQueryVariables = Exact<{
  rfqId: string | number;
}>;


export type RfqEnvelopeQuery = { rfqEvaluation: { rfqId: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalOutstanding: Array<{ criterionKey: string, invitationId: string, supplierName: string, evaluatorId: string | null, evaluatorName: string | null }> } };

export type LockTechnicalScoresMutationVariables = Exact<{
  rfqId: string | number;
}>;


export type LockTechnicalScoresMutation = { lockTechnicalScores: { id: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, organizationName: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type InboxListFieldsFragment = { id: string, caseReference: string, caseTitle: string, importance: ImportanceClass, proposedByName: string, proposedAt: string, deputyFor: Array<string>, followsRanking: boolean, totalValue: string, currency: string, steps: Array<{ index: number, approval: { id: string, decision: ApprovalDecision } | null }>, supplierTotals: Array<{ invitationId: string, supplierName: string }> };

export type DeciderInboxQueryVariables = Exact<{
  limit?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  last?: boolean | null | undefined;
}>;


export type DeciderInboxQuery = { deciderInbox: { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, items: Array<{ id: string, caseReference: string, caseTitle: string, importance: ImportanceClass, proposedByName: string, proposedAt: string, deputyFor: Array<string>, followsRanking: boolean, totalValue: string, currency: string, steps: Array<{ index: number, approval: { id: string, decision: ApprovalDecision } | null }>, supplierTotals: Array<{ invitationId: string, supplierName: string }> }> } };

export type DeciderInboxProposalQueryVariables = Exact<{
  proposalId: string | number;
}>;


export type DeciderInboxProposalQuery = { deciderInboxProposal: { id: string, caseId: string, caseReference: string, caseTitle: string, caseCategoryCode: string | null, caseCategoryLabel: string | null, canOpenCase: boolean, rfqId: string, rfqReference: string, version: number, status: AwardStatus, currency: string, totalValue: string, justification: string | null, followsRanking: boolean, topRankedSupplierName: string | null, importance: ImportanceClass, approvalMode: ApprovalMode, proposedByName: string, proposedAt: string, decidedAt: string | null, decisionReason: string | null, firstBestTotal: string | null, savings: string | null, savingsPercent: number | null, canDecide: boolean, cannotDecideReason: string | null, deputyFor: Array<string>, lines: Array<{ lineKey: string, position: number, description: string, invitationId: string, supplierId: string, supplierName: string, quantity: string, unitPrice: string, total: string }>, supplierTotals: Array<{ invitationId: string, supplierId: string, supplierName: string, total: string, lines: number }>, steps: Array<{ index: number, role: Role, open: boolean, assigneeName: string | null, approval: { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string } | null }>, approvals: Array<{ approverId: string, id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string }>, ranking: Array<{ rank: number, invitationId: string, supplierName: string, total: number, comparableTotal: string | null }> } | null };

export type ApproveAwardMutationVariables = Exact<{
  proposalId: string | number;
  comment?: string | null | undefined;
}>;


export type ApproveAwardMutation = { approveAward: { id: string, status: AwardStatus } };

export type RejectAwardMutationVariables = Exact<{
  proposalId: string | number;
  comment: string;
}>;


export type RejectAwardMutation = { rejectAward: { id: string, status: AwardStatus } };

export type MyAwardDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAwardDecisionsQuery = { myAwardDecisions: Array<{ id: string, caseId: string, caseReference: string, caseTitle: string, caseCategoryCode: string | null, caseCategoryLabel: string | null, canOpenCase: boolean, rfqId: string, rfqReference: string, version: number, status: AwardStatus, currency: string, totalValue: string, justification: string | null, followsRanking: boolean, topRankedSupplierName: string | null, importance: ImportanceClass, approvalMode: ApprovalMode, proposedByName: string, proposedAt: string, decidedAt: string | null, decisionReason: string | null, firstBestTotal: string | null, savings: string | null, savingsPercent: number | null, canDecide: boolean, cannotDecideReason: string | null, deputyFor: Array<string>, lines: Array<{ lineKey: string, position: number, description: string, invitationId: string, supplierId: string, supplierName: string, quantity: string, unitPrice: string, total: string }>, supplierTotals: Array<{ invitationId: string, supplierId: string, supplierName: string, total: string, lines: number }>, steps: Array<{ index: number, role: Role, open: boolean, assigneeName: string | null, approval: { id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string } | null }>, approvals: Array<{ approverId: string, id: string, approverName: string, onBehalfOfName: string | null, role: Role, decision: ApprovalDecision, comment: string | null, decidedAt: string }>, ranking: Array<{ rank: number, invitationId: string, supplierName: string, total: number, comparableTotal: string | null }> }> };

export type OutboxMessageFieldsFragment = { id: string, to: string, toName: string | null, subject: string, kind: string, status: OutboxStatus, attempts: number, nextAttemptAt: string, lastError: string | null, sentAt: string | null, createdAt: string };

export type MailOutboxQueryVariables = Exact<{
  status?: OutboxStatus | null | undefined;
  limit: number;
  after?: string | null | undefined;
  before?: string | null | undefined;
  last?: boolean | null | undefined;
}>;


export type MailOutboxQuery = { mailOutbox: { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, items: Array<{ id: string, to: string, toName: string | null, subject: string, kind: string, status: OutboxStatus, attempts: number, nextAttemptAt: string, lastError: string | null, sentAt: string | null, createdAt: string }> } };

export type RetryMailMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryMailMutation = { retryMail: { id: string, to: string, toName: string | null, subject: string, kind: string, status: OutboxStatus, attempts: number, nextAttemptAt: string, lastError: string | null, sentAt: string | null, createdAt: string } };

export type NeedFieldsFragment = { id: string, title: string, description: string, justification: string, quantity: string | null, unit: string | null, neededBy: string | null, estimatedValue: string | null, currency: string, budgetReference: string | null, status: NeedStatus, declineReason: string | null, createdAt: string, category: { code: string, label: string, labelDe: string } | null, requester: { id: string, name: string }, case: { id: string, reference: string, stage: CaseStage } | null };

export type MyNeedsQueryVariables = Exact<{
  limit?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  last?: boolean | null | undefined;
}>;


export type MyNeedsQuery = { myNeeds: { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, items: Array<{ id: string, title: string, description: string, justification: string, quantity: string | null, unit: string | null, neededBy: string | null, estimatedValue: string | null, currency: string, budgetReference: string | null, status: NeedStatus, declineReason: string | null, createdAt: string, category: { code: string, label: string, labelDe: string } | null, requester: { id: string, name: string }, case: { id: string, reference: string, stage: CaseStage } | null }> } };

export type NeedsQueryVariables = Exact<{
  status?: NeedStatus | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  last?: boolean | null | undefined;
}>;


export type NeedsQuery = { needs: { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, items: Array<{ id: string, title: string, description: string, justification: string, quantity: string | null, unit: string | null, neededBy: string | null, estimatedValue: string | null, currency: string, budgetReference: string | null, status: NeedStatus, declineReason: string | null, createdAt: string, category: { code: string, label: string, labelDe: string } | null, requester: { id: string, name: string }, case: { id: string, reference: string, stage: CaseStage } | null }> } };

export type RaiseNeedMutationVariables = Exact<{
  input: RaiseNeedInput;
}>;


export type RaiseNeedMutation = { raiseNeed: { id: string, title: string, description: string, justification: string, quantity: string | null, unit: string | null, neededBy: string | null, estimatedValue: string | null, currency: string, budgetReference: string | null, status: NeedStatus, declineReason: string | null, createdAt: string, category: { code: string, label: string, labelDe: string } | null, requester: { id: string, name: string }, case: { id: string, reference: string, stage: CaseStage } | null } };

export type WithdrawNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawNeedMutation = { withdrawNeed: { id: string, title: string, description: string, justification: string, quantity: string | null, unit: string | null, neededBy: string | null, estimatedValue: string | null, currency: string, budgetReference: string | null, status: NeedStatus, declineReason: string | null, createdAt: string, category: { code: string, label: string, labelDe: string } | null, requester: { id: string, name: string }, case: { id: string, reference: string, stage: CaseStage } | null } };

export type AcceptNeedMutationVariables = Exact<{
  id: string | number;
  input: AcceptNeedInput;
}>;


export type AcceptNeedMutation = { acceptNeed: { id: string, reference: string, stage: CaseStage } };

export type DeclineNeedMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineNeedMutation = { declineNeed: { id: string, title: string, description: string, justification: string, quantity: string | null, unit: string | null, neededBy: string | null, estimatedValue: string | null, currency: string, budgetReference: string | null, status: NeedStatus, declineReason: string | null, createdAt: string, category: { code: string, label: string, labelDe: string } | null, requester: { id: string, name: string }, case: { id: string, reference: string, stage: CaseStage } | null } };

export type NegotiationRoundFieldsFragment = { id: string, rfqId: string, number: number, message: string, closesAt: string, openedAt: string, endedAt: string | null, status: NegotiationRoundStatus, openedByName: string | null, targets: Array<{ lineKey: string, unitPrice: string }>, invitations: Array<{ invitationId: string, supplierName: string, responded: boolean, respondedAt: string | null }> };

export type NegotiationRoundsQueryVariables = Exact<{
  rfqId: string | number;
}>;


export type NegotiationRoundsQuery = { rfq: { id: string, negotiationRounds: Array<{ id: string, rfqId: string, number: number, message: string, closesAt: string, openedAt: string, endedAt: string | null, status: NegotiationRoundStatus, openedByName: string | null, targets: Array<{ lineKey: string, unitPrice: string }>, invitations: Array<{ invitationId: string, supplierName: string, responded: boolean, respondedAt: string | null }> }> } };

export type OpenNegotiationRoundMutationVariables = Exact<{
  input: OpenNegotiationRoundInput;
}>;


export type OpenNegotiationRoundMutation = { openNegotiationRound: { id: string, rfqId: string, number: number, message: string, closesAt: string, openedAt: string, endedAt: string | null, status: NegotiationRoundStatus, openedByName: string | null, targets: Array<{ lineKey: string, unitPrice: string }>, invitations: Array<{ invitationId: string, supplierName: string, responded: boolean, respondedAt: string | null }> } };

export type EndNegotiationRoundMutationVariables = Exact<{
  roundId: string | number;
}>;


export type EndNegotiationRoundMutation = { endNegotiationRound: { id: string, rfqId: string, number: number, message: string, closesAt: string, openedAt: string, endedAt: string | null, status: NegotiationRoundStatus, openedByName: string | null, targets: Array<{ lineKey: string, unitPrice: string }>, invitations: Array<{ invitationId: string, supplierName: string, responded: boolean, respondedAt: string | null }> } };

export type SkipNegotiationMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type SkipNegotiationMutation = { skipNegotiation: { id: string, stage: CaseStage } };

export type FinishNegotiationMutationVariables = Exact<{
  caseId: string | number;
}>;


export type FinishNegotiationMutation = { finishNegotiation: { id: string, stage: CaseStage } };

export type OpenDataSettingsFieldsFragment = { ocidPrefix: string | null, includeContacts: boolean, publicPublishing: boolean, publicPath: string | null, updatedAt: string | null };

export type OpenDataSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenDataSettingsQuery = { openDataSettings: { ocidPrefix: string | null, includeContacts: boolean, publicPublishing: boolean, publicPath: string | null, updatedAt: string | null } };

export type UpdateOpenDataSettingsMutationVariables = Exact<{
  input: UpdateOpenDataSettingsInput;
}>;


export type UpdateOpenDataSettingsMutation = { updateOpenDataSettings: { ocidPrefix: string | null, includeContacts: boolean, publicPublishing: boolean, publicPath: string | null, updatedAt: string | null } };

type KeysetPageFields_AuditEventPage_Fragment = { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean };

type KeysetPageFields_AwardProposalPage_Fragment = { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean };

type KeysetPageFields_NeedPage_Fragment = { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean };

type KeysetPageFields_OutboxPage_Fragment = { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean };

type KeysetPageFields_PortalInvitationPage_Fragment = { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean };

type KeysetPageFields_PurchaseCasePage_Fragment = { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean };

type KeysetPageFields_SupplierPage_Fragment = { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean };

export type KeysetPageFieldsFragment =
  | KeysetPageFields_AuditEventPage_Fragment
  | KeysetPageFields_AwardProposalPage_Fragment
  | KeysetPageFields_NeedPage_Fragment
  | KeysetPageFields_OutboxPage_Fragment
  | KeysetPageFields_PortalInvitationPage_Fragment
  | KeysetPageFields_PurchaseCasePage_Fragment
  | KeysetPageFields_SupplierPage_Fragment
;

export type PurchasingPolicyFieldsFragment = { updatedAt: string | null, minimumSuppliers: Array<{ purchaseType: PurchaseType, minimum: number }>, minimumBiddingDays: Array<{ purchaseType: PurchaseType, days: number }> };

export type PurchasingPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchasingPolicyQuery = { purchasingPolicy: { updatedAt: string | null, minimumSuppliers: Array<{ purchaseType: PurchaseType, minimum: number }>, minimumBiddingDays: Array<{ purchaseType: PurchaseType, days: number }> } };

export type UpdatePurchasingPolicyMutationVariables = Exact<{
  input: UpdatePurchasingPolicyInput;
}>;


export type UpdatePurchasingPolicyMutation = { updatePurchasingPolicy: { updatedAt: string | null, minimumSuppliers: Array<{ purchaseType: PurchaseType, minimum: number }>, minimumBiddingDays: Array<{ purchaseType: PurchaseType, days: number }> } };

export type PortalInvitationSummaryFieldsFragment = { id: string, buyerName: string, rfqReference: string, rfqTitle: string, rfqStatus: RfqStatus, status: InvitationStatus, open: boolean, closesAt: string, questionsCloseAt: string, viewedAt: string | null, quotedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, state: PortalInvitationState, rounds: Array<{ number: number, message: string, closesAt: string, status: NegotiationRoundStatus, submitted: boolean, targets: Array<{ lineKey: string }> }>, outcome: { result: AwardOutcomeResult, decidedAt: string } | null, auction: { id: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } } | null };

export type PortalQuestionFieldsFragment = { id: string, question: string, answer: string | null, answeredAt: string | null, askedAt: string | null, mine: boolean, published: boolean };

export type PortalInvitationFieldsFragment = { canRevise: boolean, id: string, buyerName: string, rfqReference: string, rfqTitle: string, rfqStatus: RfqStatus, status: InvitationStatus, open: boolean, closesAt: string, questionsCloseAt: string, viewedAt: string | null, quotedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, state: PortalInvitationState, rounds: Array<{ submittedRevision: number | null, number: number, message: string, closesAt: string, status: NegotiationRoundStatus, submitted: boolean, targets: Array<{ unitPrice: string, lineKey: string }> }>, outcome: { totalValue: string | null, currency: string, result: AwardOutcomeResult, decidedAt: string, lines: Array<{ lineKey: string, description: string, unit: string, quantity: string, unitPrice: string, total: string }> } | null, rfq: { reference: string, title: string, status: RfqStatus, description: string, instructions: string, currency: string, deliveryAddress: string, deliveryDate: string | null, deliveryTerms: string, paymentTerms: string, validityDays: number, closesAt: string, questionsCloseAt: string, publishedAt: string | null, cancelReason: string | null, documentUrl: string, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null }>, documents: Array<{ id: string, name: string, sizeBytes: number, url: string }> }, questions: Array<{ id: string, question: string, answer: string | null, answeredAt: string | null, askedAt: string | null, mine: boolean, published: boolean }>, quote: { status: QuoteStatus | null, draftSavedAt: string | null, withdrawnAt: string | null, draft: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } | null, revisions: Array<{ revision: number, submittedAt: string, sha256: string | null, canonicalContent: string, receiptFormat: number, nonce: string | null, content: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } }> }, auction: { id: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } } | null };

export type PortalInvitationsQueryVariables = Exact<{
  group?: PortalInvitationGroup | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  last?: boolean | null | undefined;
}>;


export type PortalInvitationsQuery = { portalInvitations: { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, items: Array<{ id: string, buyerName: string, rfqReference: string, rfqTitle: string, rfqStatus: RfqStatus, status: InvitationStatus, open: boolean, closesAt: string, questionsCloseAt: string, viewedAt: string | null, quotedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, state: PortalInvitationState, rounds: Array<{ number: number, message: string, closesAt: string, status: NegotiationRoundStatus, submitted: boolean, targets: Array<{ lineKey: string }> }>, outcome: { result: AwardOutcomeResult, decidedAt: string } | null, auction: { id: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } } | null }> } };

export type PortalInvitationQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalInvitationQuery = { portalInvitation: { canRevise: boolean, id: string, buyerName: string, rfqReference: string, rfqTitle: string, rfqStatus: RfqStatus, status: InvitationStatus, open: boolean, closesAt: string, questionsCloseAt: string, viewedAt: string | null, quotedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, state: PortalInvitationState, rounds: Array<{ submittedRevision: number | null, number: number, message: string, closesAt: string, status: NegotiationRoundStatus, submitted: boolean, targets: Array<{ unitPrice: string, lineKey: string }> }>, outcome: { totalValue: string | null, currency: string, result: AwardOutcomeResult, decidedAt: string, lines: Array<{ lineKey: string, description: string, unit: string, quantity: string, unitPrice: string, total: string }> } | null, rfq: { reference: string, title: string, status: RfqStatus, description: string, instructions: string, currency: string, deliveryAddress: string, deliveryDate: string | null, deliveryTerms: string, paymentTerms: string, validityDays: number, closesAt: string, questionsCloseAt: string, publishedAt: string | null, cancelReason: string | null, documentUrl: string, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null }>, documents: Array<{ id: string, name: string, sizeBytes: number, url: string }> }, questions: Array<{ id: string, question: string, answer: string | null, answeredAt: string | null, askedAt: string | null, mine: boolean, published: boolean }>, quote: { status: QuoteStatus | null, draftSavedAt: string | null, withdrawnAt: string | null, draft: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } | null, revisions: Array<{ revision: number, submittedAt: string, sha256: string | null, canonicalContent: string, receiptFormat: number, nonce: string | null, content: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } }> }, auction: { id: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } } | null } };

export type DeclineRfqMutationVariables = Exact<{
  invitationId: string | number;
  reason?: string | null | undefined;
}>;


export type DeclineRfqMutation = { declineRfq: { canRevise: boolean, id: string, buyerName: string, rfqReference: string, rfqTitle: string, rfqStatus: RfqStatus, status: InvitationStatus, open: boolean, closesAt: string, questionsCloseAt: string, viewedAt: string | null, quotedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, state: PortalInvitationState, rounds: Array<{ submittedRevision: number | null, number: number, message: string, closesAt: string, status: NegotiationRoundStatus, submitted: boolean, targets: Array<{ unitPrice: string, lineKey: string }> }>, outcome: { totalValue: string | null, currency: string, result: AwardOutcomeResult, decidedAt: string, lines: Array<{ lineKey: string, description: string, unit: string, quantity: string, unitPrice: string, total: string }> } | null, rfq: { reference: string, title: string, status: RfqStatus, description: string, instructions: string, currency: string, deliveryAddress: string, deliveryDate: string | null, deliveryTerms: string, paymentTerms: string, validityDays: number, closesAt: string, questionsCloseAt: string, publishedAt: string | null, cancelReason: string | null, documentUrl: string, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null }>, documents: Array<{ id: string, name: string, sizeBytes: number, url: string }> }, questions: Array<{ id: string, question: string, answer: string | null, answeredAt: string | null, askedAt: string | null, mine: boolean, published: boolean }>, quote: { status: QuoteStatus | null, draftSavedAt: string | null, withdrawnAt: string | null, draft: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } | null, revisions: Array<{ revision: number, submittedAt: string, sha256: string | null, canonicalContent: string, receiptFormat: number, nonce: string | null, content: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } }> }, auction: { id: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } } | null } };

export type WithdrawDeclineMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type WithdrawDeclineMutation = { withdrawDecline: { canRevise: boolean, id: string, buyerName: string, rfqReference: string, rfqTitle: string, rfqStatus: RfqStatus, status: InvitationStatus, open: boolean, closesAt: string, questionsCloseAt: string, viewedAt: string | null, quotedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, state: PortalInvitationState, rounds: Array<{ submittedRevision: number | null, number: number, message: string, closesAt: string, status: NegotiationRoundStatus, submitted: boolean, targets: Array<{ unitPrice: string, lineKey: string }> }>, outcome: { totalValue: string | null, currency: string, result: AwardOutcomeResult, decidedAt: string, lines: Array<{ lineKey: string, description: string, unit: string, quantity: string, unitPrice: string, total: string }> } | null, rfq: { reference: string, title: string, status: RfqStatus, description: string, instructions: string, currency: string, deliveryAddress: string, deliveryDate: string | null, deliveryTerms: string, paymentTerms: string, validityDays: number, closesAt: string, questionsCloseAt: string, publishedAt: string | null, cancelReason: string | null, documentUrl: string, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null }>, documents: Array<{ id: string, name: string, sizeBytes: number, url: string }> }, questions: Array<{ id: string, question: string, answer: string | null, answeredAt: string | null, askedAt: string | null, mine: boolean, published: boolean }>, quote: { status: QuoteStatus | null, draftSavedAt: string | null, withdrawnAt: string | null, draft: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } | null, revisions: Array<{ revision: number, submittedAt: string, sha256: string | null, canonicalContent: string, receiptFormat: number, nonce: string | null, content: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } }> }, auction: { id: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } } | null } };

export type AskRfqQuestionMutationVariables = Exact<{
  invitationId: string | number;
  body: string;
}>;


export type AskRfqQuestionMutation = { askRfqQuestion: { id: string, question: string, answer: string | null, answeredAt: string | null, askedAt: string | null, mine: boolean, published: boolean } };

export type SaveQuoteDraftMutationVariables = Exact<{
  invitationId: string | number;
  input: QuoteInput;
}>;


export type SaveQuoteDraftMutation = { saveQuoteDraft: { canRevise: boolean, id: string, buyerName: string, rfqReference: string, rfqTitle: string, rfqStatus: RfqStatus, status: InvitationStatus, open: boolean, closesAt: string, questionsCloseAt: string, viewedAt: string | null, quotedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, state: PortalInvitationState, rounds: Array<{ submittedRevision: number | null, number: number, message: string, closesAt: string, status: NegotiationRoundStatus, submitted: boolean, targets: Array<{ unitPrice: string, lineKey: string }> }>, outcome: { totalValue: string | null, currency: string, result: AwardOutcomeResult, decidedAt: string, lines: Array<{ lineKey: string, description: string, unit: string, quantity: string, unitPrice: string, total: string }> } | null, rfq: { reference: string, title: string, status: RfqStatus, description: string, instructions: string, currency: string, deliveryAddress: string, deliveryDate: string | null, deliveryTerms: string, paymentTerms: string, validityDays: number, closesAt: string, questionsCloseAt: string, publishedAt: string | null, cancelReason: string | null, documentUrl: string, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null }>, documents: Array<{ id: string, name: string, sizeBytes: number, url: string }> }, questions: Array<{ id: string, question: string, answer: string | null, answeredAt: string | null, askedAt: string | null, mine: boolean, published: boolean }>, quote: { status: QuoteStatus | null, draftSavedAt: string | null, withdrawnAt: string | null, draft: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } | null, revisions: Array<{ revision: number, submittedAt: string, sha256: string | null, canonicalContent: string, receiptFormat: number, nonce: string | null, content: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } }> }, auction: { id: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } } | null } };

export type SubmitQuoteMutationVariables = Exact<{
  invitationId: string | number;
  input: QuoteInput;
}>;


export type SubmitQuoteMutation = { submitQuote: { invitationId: string, revision: number, submittedAt: string, sha256: string, canonicalContent: string, receiptFormat: number, nonce: string } };

export type WithdrawQuoteMutationVariables = Exact<{
  invitationId: string | number;
  reason?: string | null | undefined;
}>;


export type WithdrawQuoteMutation = { withdrawQuote: { canRevise: boolean, id: string, buyerName: string, rfqReference: string, rfqTitle: string, rfqStatus: RfqStatus, status: InvitationStatus, open: boolean, closesAt: string, questionsCloseAt: string, viewedAt: string | null, quotedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, state: PortalInvitationState, rounds: Array<{ submittedRevision: number | null, number: number, message: string, closesAt: string, status: NegotiationRoundStatus, submitted: boolean, targets: Array<{ unitPrice: string, lineKey: string }> }>, outcome: { totalValue: string | null, currency: string, result: AwardOutcomeResult, decidedAt: string, lines: Array<{ lineKey: string, description: string, unit: string, quantity: string, unitPrice: string, total: string }> } | null, rfq: { reference: string, title: string, status: RfqStatus, description: string, instructions: string, currency: string, deliveryAddress: string, deliveryDate: string | null, deliveryTerms: string, paymentTerms: string, validityDays: number, closesAt: string, questionsCloseAt: string, publishedAt: string | null, cancelReason: string | null, documentUrl: string, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, lines: Array<{ key: string, position: number, description: string, quantity: string, unit: string, attributes: Array<{ name: string, value: string }> }>, requirements: Array<{ key: string, position: number, kind: RequirementKind, text: string, weight: number | null }>, documents: Array<{ id: string, name: string, sizeBytes: number, url: string }> }, questions: Array<{ id: string, question: string, answer: string | null, answeredAt: string | null, askedAt: string | null, mine: boolean, published: boolean }>, quote: { status: QuoteStatus | null, draftSavedAt: string | null, withdrawnAt: string | null, draft: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } | null, revisions: Array<{ revision: number, submittedAt: string, sha256: string | null, canonicalContent: string, receiptFormat: number, nonce: string | null, content: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } }> }, auction: { id: string, status: AuctionStatus, endsAt: string, settings: { startsAt: string } } | null } };

export type SupplierRegistrationQueryVariables = Exact<{
  token: string;
}>;


export type SupplierRegistrationQuery = { supplierRegistration: { buyerName: string, supplierName: string, rfqReference: string, rfqTitle: string, closesAt: string, email: string } };

export type RegisterSupplierMutationVariables = Exact<{
  input: RegisterSupplierInput;
}>;


export type RegisterSupplierMutation = { registerSupplier: { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } } };

export type DeclineRfqFromLinkMutationVariables = Exact<{
  token: string;
  reason: string;
}>;


export type DeclineRfqFromLinkMutation = { declineRfqFromLink: boolean };

export type ClaimSupplierInvitationMutationVariables = Exact<{
  token: string;
}>;


export type ClaimSupplierInvitationMutation = { claimSupplierInvitation: { id: string } };

export type QuoteContentFieldsFragment = { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> };

export type QuoteRevisionFieldsFragment = { revision: number, submittedAt: string, sha256: string | null, content: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } };

export type RfqCriterionFieldsFragment = { key: string, name: string, kind: CriterionKind, weight: number };

export type RfqInvitationFieldsFragment = { id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number };

export type RfqQuestionFieldsFragment = { id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null };

export type RfqFieldsFragment = { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> };

export type CaseRfqQueryVariables = Exact<{
  caseId: string | number;
}>;


export type CaseRfqQuery = { purchaseCase: { id: string, reference: string, title: string, stage: CaseStage, importance: ImportanceClass, rfq: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } | null } };

export type RfqQuotesQueryVariables = Exact<{
  id: string | number;
}>;


export type RfqQuotesQuery = { rfq: { id: string, quotesOpen: boolean, quotes: Array<{ invitationId: string, supplierId: string, supplierName: string, latest: { revision: number, submittedAt: string, sha256: string | null, content: { currency: string, supplierReference: string | null, validUntil: string | null, paymentTerms: string, deliveryTerms: string, note: string, total: string | null, lines: Array<{ lineKey: string, unitPrice: string | null, quantity: string | null, leadTimeDays: number | null, note: string, total: string | null, alternatives: Array<{ description: string, unitPrice: string, quantity: string, leadTimeDays: number | null, total: string }> }>, answers: Array<{ requirementKey: string, compliance: RequirementCompliance | null, comment: string }>, attachments: Array<{ fileId: string, name: string, sha256: string, sizeBytes: number, url: string | null }>, conditionalDiscounts: Array<{ type: ConditionalDiscountType, value: string, minValue: string | null, lineKeys: Array<string>, note: string }> } }, revisions: Array<{ revision: number, submittedAt: string, sha256: string | null, content: { currency: string, total: string | null } }> }> } };

export type CreateRfqMutationVariables = Exact<{
  caseId: string | number;
  input?: RfqInput | null | undefined;
}>;


export type CreateRfqMutation = { createRfq: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type UpdateRfqMutationVariables = Exact<{
  id: string | number;
  input: RfqInput;
}>;


export type UpdateRfqMutation = { updateRfq: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type RequestRfqApprovalMutationVariables = Exact<{
  id: string | number;
}>;


export type RequestRfqApprovalMutation = { requestRfqApproval: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type ApproveRfqMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type ApproveRfqMutation = { approveRfq: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type ReturnRfqMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type ReturnRfqMutation = { returnRfq: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type PublishRfqMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishRfqMutation = { publishRfq: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type ExtendRfqMutationVariables = Exact<{
  id: string | number;
  closesAt: string;
  questionsCloseAt?: string | null | undefined;
  reason: string;
}>;


export type ExtendRfqMutation = { extendRfq: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type CloseRfqEarlyMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseRfqEarlyMutation = { closeRfqEarly: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type CancelRfqMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelRfqMutation = { cancelRfq: { id: string, caseId: string, reference: string, status: RfqStatus, title: string, description: string, importance: ImportanceClass, currency: string, closesAt: string, questionsCloseAt: string, closingChanges: number, deliveryTerms: string, deliveryDate: string | null, deliveryAddress: string, paymentTerms: string, validityDays: number, instructions: string, twoEnvelope: boolean, pricesHidden: boolean, technicalLockedAt: string | null, technicalLockedByName: string | null, documentUrl: string, specificationVersion: number, specificationVersionId: string, approval: RfqApproval, approvalComment: string | null, approvalRequestedAt: string | null, approvalRequestedByName: string | null, approvalDecidedAt: string | null, approvalDecidedByName: string | null, publishedAt: string | null, closedAt: string | null, cancelledAt: string | null, cancelReason: string | null, quotesOpen: boolean, shortPeriodJustification: string | null, minimumBiddingDays: number, closedEarlyByName: string | null, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, defaultCriteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, invitations: Array<{ id: string, supplierId: string, supplierName: string, status: InvitationStatus, hasPortalAccount: boolean, viewedAt: string | null, declinedAt: string | null, declineReason: string | null, declineWithdrawnAt: string | null, quoteStatus: QuoteStatus | null, submittedAt: string | null, revisions: number }>, questions: Array<{ id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null }> } };

export type AnswerRfqQuestionMutationVariables = Exact<{
  id: string | number;
  input: AnswerQuestionInput;
}>;


export type AnswerRfqQuestionMutation = { answerRfqQuestion: { id: string, body: string, askedAt: string, supplierName: string, answer: string | null, answeredAt: string | null, answeredByName: string | null, visibility: QuestionVisibility, publishedQuestion: string | null } };

export type ScorecardFieldsFragment = { supplierId: string, supplierName: string, buyingOrganizationId: string, buyingOrganizationName: string, invitations: number, responses: number, responseRate: number | null, wins: number, winRate: number | null, awarded: string, deliveries: number, onTimeDeliveries: number, onTimeRate: number | null, qualityIncidents: number, meta: { refreshedAt: string | null, currency: string, from: string, to: string }, reliability: { score: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, history: Array<{ id: string, occurredOn: string, kind: PerformanceEventKind, onTime: boolean | null, scoreBefore: number | null, score: number | null, caseId: string | null, reference: string | null, title: string | null, note: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, validUntil: string | null, expired: boolean, daysLeft: number | null }> };

export type SupplierScorecardQueryVariables = Exact<{
  supplierId: string | number;
  filter?: AnalyticsFilter | null | undefined;
}>;


export type SupplierScorecardQuery = { supplierScorecard: { supplierId: string, supplierName: string, buyingOrganizationId: string, buyingOrganizationName: string, invitations: number, responses: number, responseRate: number | null, wins: number, winRate: number | null, awarded: string, deliveries: number, onTimeDeliveries: number, onTimeRate: number | null, qualityIncidents: number, meta: { refreshedAt: string | null, currency: string, from: string, to: string }, reliability: { score: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, history: Array<{ id: string, occurredOn: string, kind: PerformanceEventKind, onTime: boolean | null, scoreBefore: number | null, score: number | null, caseId: string | null, reference: string | null, title: string | null, note: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, validUntil: string | null, expired: boolean, daysLeft: number | null }> } };

export type MyScorecardsQueryVariables = Exact<{
  period?: ScorecardPeriod | null | undefined;
}>;


export type MyScorecardsQuery = { myScorecards: Array<{ supplierId: string, supplierName: string, buyingOrganizationId: string, buyingOrganizationName: string, invitations: number, responses: number, responseRate: number | null, wins: number, winRate: number | null, awarded: string, deliveries: number, onTimeDeliveries: number, onTimeRate: number | null, qualityIncidents: number, meta: { refreshedAt: string | null, currency: string, from: string, to: string }, reliability: { score: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, history: Array<{ id: string, occurredOn: string, kind: PerformanceEventKind, onTime: boolean | null, scoreBefore: number | null, score: number | null, caseId: string | null, reference: string | null, title: string | null, note: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, validUntil: string | null, expired: boolean, daysLeft: number | null }> }> };

export type EvaluatorScoreFieldsFragment = { id: string, invitationId: string, criterionKey: string, evaluatorId: string, evaluatorName: string, role: Role, score: number, comment: string, counted: boolean, conflictOfInterest: boolean, scoredAt: string };

export type SensitivityChangeFieldsFragment = { criterionKey: string, shift: number, newLeaderInvitationId: string, newLeaderName: string };

export type EvaluationFieldsFragment = { rfqId: string, reference: string, currency: string, missingRates: Array<string>, rankingComplete: boolean, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, rank: number, total: number, missing: Array<string>, comparableTotal: string | null, performanceScore: number | null, criteria: Array<{ criterionKey: string, name: string, kind: CriterionKind, weight: number, score: number | null, source: ScoreSource, mean: number | null, spread: number | null, wideSpread: boolean, scores: Array<{ id: string, invitationId: string, criterionKey: string, evaluatorId: string, evaluatorName: string, role: Role, score: number, comment: string, counted: boolean, conflictOfInterest: boolean, scoredAt: string }> }> }>, sensitivity: { stable: boolean, leaderInvitationId: string, leaderName: string, changes: Array<{ criterionKey: string, shift: number, newLeaderInvitationId: string, newLeaderName: string }>, byCriterion: Array<{ criterionKey: string, smallestChange: { criterionKey: string, shift: number, newLeaderInvitationId: string, newLeaderName: string } | null }> } | null };

export type RfqScoringQueryVariables = Exact<{
  caseId: string | number;
  rfqId: string | number;
}>;


export type RfqScoringQuery = { purchaseCase: { id: string, myRoles: Array<Role>, conflicts: Array<{ id: string, user: { id: string }, supplier: { id: string } }> }, rfqEvaluation: { rfqId: string, reference: string, currency: string, missingRates: Array<string>, rankingComplete: boolean, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, rank: number, total: number, missing: Array<string>, comparableTotal: string | null, performanceScore: number | null, criteria: Array<{ criterionKey: string, name: string, kind: CriterionKind, weight: number, score: number | null, source: ScoreSource, mean: number | null, spread: number | null, wideSpread: boolean, scores: Array<{ id: string, invitationId: string, criterionKey: string, evaluatorId: string, evaluatorName: string, role: Role, score: number, comment: string, counted: boolean, conflictOfInterest: boolean, scoredAt: string }> }> }>, sensitivity: { stable: boolean, leaderInvitationId: string, leaderName: string, changes: Array<{ criterionKey: string, shift: number, newLeaderInvitationId: string, newLeaderName: string }>, byCriterion: Array<{ criterionKey: string, smallestChange: { criterionKey: string, shift: number, newLeaderInvitationId: string, newLeaderName: string } | null }> } | null } };

export type RfqEvaluationQueryVariables = Exact<{
  rfqId: string | number;
}>;


export type RfqEvaluationQuery = { rfqEvaluation: { rfqId: string, reference: string, currency: string, missingRates: Array<string>, rankingComplete: boolean, criteria: Array<{ key: string, name: string, kind: CriterionKind, weight: number }>, suppliers: Array<{ invitationId: string, supplierId: string, supplierName: string, rank: number, total: number, missing: Array<string>, comparableTotal: string | null, performanceScore: number | null, criteria: Array<{ criterionKey: string, name: string, kind: CriterionKind, weight: number, score: number | null, source: ScoreSource, mean: number | null, spread: number | null, wideSpread: boolean, scores: Array<{ id: string, invitationId: string, criterionKey: string, evaluatorId: string, evaluatorName: string, role: Role, score: number, comment: string, counted: boolean, conflictOfInterest: boolean, scoredAt: string }> }> }>, sensitivity: { stable: boolean, leaderInvitationId: string, leaderName: string, changes: Array<{ criterionKey: string, shift: number, newLeaderInvitationId: string, newLeaderName: string }>, byCriterion: Array<{ criterionKey: string, smallestChange: { criterionKey: string, shift: number, newLeaderInvitationId: string, newLeaderName: string } | null }> } | null } };

export type ScoreQuoteMutationVariables = Exact<{
  rfqId: string | number;
  invitationId: string | number;
  criterionKey: string;
  score: number;
  comment: string;
}>;


export type ScoreQuoteMutation = { scoreQuote: { id: string, invitationId: string, criterionKey: string, evaluatorId: string, evaluatorName: string, role: Role, score: number, comment: string, counted: boolean, conflictOfInterest: boolean, scoredAt: string } };

export type MeFieldsFragment = { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { permissions: Array<Permission>, user: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }, organization: { id: string, name: string, kind: OrganizationKind, defaultLocale: Locale } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CpvCodeFieldsFragment = { code: string, label: string, labelDe: string, level: number };

export type SupplierListFieldsFragment = { id: string, name: string, country: string, tags: Array<string>, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean, certificates: Array<{ id: string, expired: boolean }>, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, reliability: { score: number | null } };

export type PortalAccountFieldsFragment = { id: string, name: string, country: string | null };

export type SupplierFieldsFragment = { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> };

export type CpvCodesQueryVariables = Exact<{
  search: string;
  limit?: number | null | undefined;
}>;


export type CpvCodesQuery = { cpvCodes: Array<{ code: string, label: string, labelDe: string, level: number }> };

export type SuppliersQueryVariables = Exact<{
  filter?: SupplierFilter | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  last?: boolean | null | undefined;
}>;


export type SuppliersQuery = { suppliers: { total: number, startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, items: Array<{ id: string, name: string, country: string, tags: Array<string>, qualificationStatus: QualificationStatus, hasExpiredCertificate: boolean, certificates: Array<{ id: string, expired: boolean }>, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, reliability: { score: number | null } }> } };

export type SupplierQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierQuery = { supplier: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type ExportSuppliersQueryVariables = Exact<{
  filter?: SupplierFilter | null | undefined;
  locale: Locale;
}>;


export type ExportSuppliersQuery = { exportSuppliers: string };

export type ImportSuppliersMutationVariables = Exact<{
  csv?: string | null | undefined;
  fileId?: string | number | null | undefined;
  importValidRows: boolean;
}>;


export type ImportSuppliersMutation = { importSuppliers: { totalRows: number, imported: number, written: boolean, rejected: Array<{ line: number, field: string, code: string, message: string }> } };

export type BlockSupplierMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type BlockSupplierMutation = { blockSupplier: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type UnblockSupplierMutationVariables = Exact<{
  id: string | number;
}>;


export type UnblockSupplierMutation = { unblockSupplier: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type AddSupplierNoteMutationVariables = Exact<{
  supplierId: string | number;
  body: string;
}>;


export type AddSupplierNoteMutation = { addSupplierNote: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type SetSupplierQualificationMutationVariables = Exact<{
  id: string | number;
  status: QualificationStatus;
}>;


export type SetSupplierQualificationMutation = { setSupplierQualification: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type CreateSupplierMutationVariables = Exact<{
  input: CreateSupplierInput;
}>;


export type CreateSupplierMutation = { createSupplier: { id: string, name: string } };

export type UpdateSupplierMutationVariables = Exact<{
  id: string | number;
  input: UpdateSupplierInput;
}>;


export type UpdateSupplierMutation = { updateSupplier: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type AddSupplierContactMutationVariables = Exact<{
  supplierId: string | number;
  input: SupplierContactInput;
}>;


export type AddSupplierContactMutation = { addSupplierContact: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type RemoveSupplierContactMutationVariables = Exact<{
  contactId: string | number;
}>;


export type RemoveSupplierContactMutation = { removeSupplierContact: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type AddCertificateMutationVariables = Exact<{
  supplierId: string | number;
  input: CertificateInput;
}>;


export type AddCertificateMutation = { addCertificate: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type RemoveCertificateMutationVariables = Exact<{
  certificateId: string | number;
}>;


export type RemoveCertificateMutation = { removeCertificate: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type AddSupplierDocumentMutationVariables = Exact<{
  supplierId: string | number;
  input: SupplierDocumentInput;
}>;


export type AddSupplierDocumentMutation = { addSupplierDocument: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type RemoveSupplierDocumentMutationVariables = Exact<{
  documentId: string | number;
}>;


export type RemoveSupplierDocumentMutation = { removeSupplierDocument: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type RecordPerformanceMutationVariables = Exact<{
  input: RecordPerformanceInput;
}>;


export type RecordPerformanceMutation = { recordPerformance: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type SupplierPortalAccountsQueryVariables = Exact<{
  search: string;
  limit?: number | null | undefined;
}>;


export type SupplierPortalAccountsQuery = { supplierPortalAccounts: Array<{ id: string, name: string, country: string | null }> };

export type LinkSupplierPortalMutationVariables = Exact<{
  supplierId: string | number;
  organizationId?: string | number | null | undefined;
}>;


export type LinkSupplierPortalMutation = { linkSupplierPortal: { id: string, name: string, description: string, country: string, website: string | null, tags: Array<string>, qualificationStatus: QualificationStatus, blockedReason: string | null, hasExpiredCertificate: boolean, createdAt: string, updatedAt: string, portalOrganization: { id: string, name: string, country: string | null } | null, categories: Array<{ code: string, label: string, labelDe: string, level: number }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, position: string | null }>, certificates: Array<{ id: string, name: string, issuer: string | null, number: string | null, validFrom: string | null, validUntil: string | null, expired: boolean, file: { id: string, name: string } | null }>, documents: Array<{ id: string, title: string, createdAt: string, file: { id: string, name: string, sizeBytes: number } | null }>, notes: Array<{ id: string, body: string, authorName: string, createdAt: string }>, reliability: { score: number | null, onTimeRate: number | null, deliveries: number, lateDeliveries: number, qualityIncidents: number, awards: number }, performanceEvents: Array<{ id: string, kind: PerformanceEventKind, occurredOn: string, onTime: boolean | null, note: string | null, createdAt: string }> } };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myTasks: { total: number, counts: Array<{ kind: TaskKind, count: number }>, items: Array<{ kind: TaskKind, caseId: string | null, caseReference: string | null, title: string | null, rfqId: string | null, rfqReference: string | null, invitationId: string | null, needId: string | null, proposalId: string | null, auctionId: string | null, round: number | null, dueAt: string | null, since: string, count: number }> } };

export type UserFieldsFragment = { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string };

export type InvitationFieldsFragment = { id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string }> };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { invitations: Array<{ id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { url: string, invitation: { id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string } } };

export type SetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type SetUserRolesMutation = { setUserRoles: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type DisableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type EnableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string, email: string, name: string, locale: Locale, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, createdAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, email: string, roles: Array<Role>, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, createdAt: string } };

export const AnalyticsMetaFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AnalyticsMetaFields on AnalyticsMeta {
  currency
  from
  to
  refreshedAt
}
    `;
export const SpreadFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment SpreadFields on Spread {
  count
  median
  p90
}
    `;
export const KraljicCategoryFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment KraljicCategoryFields on KraljicCategory {
  code
  label
  labelDe
  spend
  spendShare
  supplyRisk
  quadrant
  qualifiedSuppliers
  singleSourceShare
  hhi
  cases
  disagreeing
  explanation
  chosen {
    importance
    cases
  }
}
    `;
export const RouteShortfallFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment RouteShortfallFields on RouteShortfall {
  role
  required
  available
}
    `;
export const ApprovalPolicyFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment ApprovalPolicyFields on ApprovalPolicy {
  mode
  tiers {
    upTo
    deciders
    gatekeeper
    shortfalls {
      ...RouteShortfallFields
    }
  }
  byImportance {
    importance
    deciders
    gatekeeper
    shortfalls {
      ...RouteShortfallFields
    }
  }
  isDefault
  updatedAt
  staffing {
    deciders
    gatekeepers
    holdingBoth
  }
  gatekeeperApprovalShortfalls {
    ...RouteShortfallFields
  }
}
    ${RouteShortfallFieldsFragmentDoc}`;
export const AuctionSettingsFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AuctionSettingsFields on AuctionSettings {
  bidOn
  capAt
  decrement
  decrementKind
  durationMinutes
  extensionMinutes
  ranking
  softCloseMinutes
  startsAt
  visibility
}
    `;
export const AuctionSummaryFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AuctionSummaryFields on Auction {
  id
  rfqId
  caseId
  status
  currency
  endsAt
  extensions
  bidCount
  scheduledAt
  scheduledByName
  approvedAt
  approvedByName
  startedAt
  endedAt
  cancelledAt
  cancelReason
  serverNow
  settings {
    ...AuctionSettingsFields
  }
}
    ${AuctionSettingsFieldsFragmentDoc}`;
export const AuctionLinePriceFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AuctionLinePriceFields on AuctionLinePrice {
  lineKey
  quantity
  unitPrice
}
    `;
export const AuctionFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AuctionFields on Auction {
  ...AuctionSummaryFields
  rfqReference
  rfqTitle
  bidsAfter
  participants {
    invitationId
    supplierName
    rank
    bids
    currentAmount
    startingAmount
    leadingPrice
    priceScore
    totalScore
    currentLines {
      ...AuctionLinePriceFields
    }
  }
  bids {
    sequence
    invitationId
    supplierName
    amount
    receivedAt
    extended
    endsAtAfter
    quoteRevision
    receiptSha256
    lines {
      ...AuctionLinePriceFields
    }
  }
}
    ${AuctionSummaryFieldsFragmentDoc}
${AuctionLinePriceFieldsFragmentDoc}`;
export const PortalAuctionFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment PortalAuctionFields on PortalAuction {
  id
  invitationId
  buyerName
  rfqReference
  rfqTitle
  status
  currency
  endsAt
  serverNow
  currentAmount
  startingAmount
  nextValidBid
  rank
  leading
  leadingPrice
  leadingScore
  myScore
  bestPrice
  settings {
    ...AuctionSettingsFields
  }
  currentLines {
    ...AuctionLinePriceFields
  }
  nextValidLinePrices {
    ...AuctionLinePriceFields
  }
  myBidsAfter
  myBids {
    number
    amount
    receivedAt
    quoteRevision
    receiptSha256
    lines {
      ...AuctionLinePriceFields
    }
  }
}
    ${AuctionSettingsFieldsFragmentDoc}
${AuctionLinePriceFieldsFragmentDoc}`;
export const AwardScenarioRuleFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AwardScenarioRuleFields on AwardScenarioRule {
  id
  kind
  basis
  count
  invitationIds
  lineGroupKey
  lineGroupKeys
  lineKeys
  maxPercent
  minPercent
  minScore
  description
}
    `;
export const AwardScenarioFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AwardScenarioFields on AwardScenario {
  id
  rfqId
  kind
  builtIn
  name
  objective
  budget
  status
  stale
  solvedAt
  createdByName
  lineGroups {
    key
    name
    lineKeys
  }
  rules {
    ...AwardScenarioRuleFields
  }
  result {
    totalCost
    gap
    provenOptimal
    totalBeforeDiscounts
    discountTotal
    savingsVsSingleSupplier
    savingsVsEstimate
    savingsVsEstimatePercent
    supplierCount
    score
    split
    suppliers {
      invitationId
      supplierId
      supplierName
      value
      discount
      net
      valueShare
      quantityShare
      lines {
        lineKey
        position
        description
        quantity
        unit
        unitPrice
        total
        wholeLine
      }
    }
    rulePrices {
      ruleId
      kind
      status
      totalCostWithout
      costOfRule
      scoreWithout
      scoreDifference
    }
    conflict {
      budget
      explanation
      rules {
        ...AwardScenarioRuleFields
      }
      linesWithoutOffers {
        key
        position
        description
      }
    }
    violations {
      ruleId
      message
    }
  }
}
    ${AwardScenarioRuleFieldsFragmentDoc}`;
export const AwardApprovalFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AwardApprovalFields on AwardApproval {
  id
  approverName
  onBehalfOfName
  role
  decision
  comment
  decidedAt
}
    `;
export const CaseAwardFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment CaseAwardFields on AwardProposal {
  id
  caseId
  caseReference
  caseTitle
  caseCategoryCode
  caseCategoryLabel
  canOpenCase
  rfqId
  rfqReference
  version
  status
  currency
  totalValue
  justification
  followsRanking
  topRankedSupplierName
  importance
  approvalMode
  lines {
    lineKey
    position
    description
    invitationId
    supplierId
    supplierName
    quantity
    unitPrice
    total
  }
  supplierTotals {
    invitationId
    supplierId
    supplierName
    total
    lines
  }
  steps {
    index
    role
    open
    assigneeName
    approval {
      ...AwardApprovalFields
    }
  }
  approvals {
    ...AwardApprovalFields
    approverId
  }
  proposedByName
  proposedAt
  decidedAt
  decisionReason
  ranking {
    rank
    invitationId
    supplierName
    total
    comparableTotal
  }
  firstBestTotal
  savings
  savingsPercent
  canDecide
  cannotDecideReason
  deputyFor
}
    ${AwardApprovalFieldsFragmentDoc}`;
export const AwardDeliveryFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment AwardDeliveryFields on DeliveryRecord {
  id
  supplierId
  supplierName
  deliveredOn
  onTime
  qualityIncidents
  note
  recordedAt
  recordedByName
}
    `;
export const CaseListFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment CaseListFields on PurchaseCase {
  id
  reference
  title
  stage
  purchaseType
  importance
  estimatedValue
  currency
  neededBy
  category {
    code
    label
    labelDe
  }
  createdAt
}
    `;
export const SpecLineFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment SpecLineFields on SpecLine {
  key
  description
  quantity
  unit
  attributes {
    name
    value
  }
}
    `;
export const SpecRequirementFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment SpecRequirementFields on SpecRequirement {
  key
  text
  kind
  weight
}
    `;
export const SpecVersionFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment SpecVersionFields on SpecificationVersion {
  id
  version
  status
  note
  authorName
  approvedByName
  approvedAt
  createdAt
  lines {
    ...SpecLineFields
  }
  requirements {
    ...SpecRequirementFields
  }
  attachments {
    id
    name
    contentType
    sizeBytes
  }
}
    ${SpecLineFieldsFragmentDoc}
${SpecRequirementFieldsFragmentDoc}`;
export const ShortlistFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment ShortlistFields on Shortlist {
  id
  status
  singleSourceJustification
  minimumSuppliers
  reviewComment
  reviewedByName
  entries {
    id
    decision
    reason
    source
    supplier {
      id
      name
      country
      qualificationStatus
      hasExpiredCertificate
    }
  }
  approvalWarnings {
    supplierId
    supplierName
    kind
    certificate
    detail
  }
}
    `;
export const CaseFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment CaseFields on PurchaseCase {
  ...CaseListFields
  description
  budgetReference
  requiredCertificates
  cancelReason
  myRoles
  sourceCase {
    id
    reference
    title
  }
  need {
    id
    title
    justification
    requester {
      id
      name
    }
  }
  team {
    id
    role
    user {
      id
      name
      email
    }
  }
  conflicts {
    id
    statement
    createdAt
    user {
      id
      name
    }
    supplier {
      id
      name
    }
  }
  nextSteps {
    to
    blockers
    needsReason
    via
  }
  rfq {
    id
    reference
    status
    approval
    closesAt
  }
  stageHistory {
    from
    to
    reason
    actorName
    at
  }
  specification {
    ...SpecVersionFields
  }
  specificationVersions {
    id
    version
    status
    authorName
    createdAt
    approvedAt
  }
  shortlist {
    ...ShortlistFields
  }
}
    ${CaseListFieldsFragmentDoc}
${SpecVersionFieldsFragmentDoc}
${ShortlistFieldsFragmentDoc}`;
export const RfqExchangeRateFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment RfqExchangeRateFields on RfqExchangeRate {
  currency
  rate
  setAt
  setByName
}
    `;
export const ComparisonHeadFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment ComparisonHeadFields on RfqComparison {
  rfqId
  reference
  currency
  complete
  missingRates
  lineCount
  exchangeRates {
    ...RfqExchangeRateFields
  }
  suppliers {
    invitationId
    supplierId
    supplierName
    supplierReference
    revision
    submittedAt
    currency
    rate
    rateMissing
    total
    totalConverted
    validUntil
    paymentTerms
    deliveryTerms
    linesQuoted
    complete
    mustHaveNotMet
    mustHaveNotMetKeys
  }
  requirements {
    key
    position
    kind
    text
    weight
    answers {
      invitationId
      compliance
      comment
      mustHaveNotMet
    }
  }
}
    ${RfqExchangeRateFieldsFragmentDoc}`;
export const ComparisonLineFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment ComparisonLineFields on ComparisonLine {
  key
  position
  description
  quantity
  unit
  bestDecided
  offers {
    invitationId
    unitPrice
    quantity
    fullQuantity
    lineTotal
    lineTotalConverted
    leadTimeDays
    note
    best
    alternatives {
      description
      unitPrice
      quantity
      total
      totalConverted
      leadTimeDays
    }
  }
}
    `;
export const ComparisonFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment ComparisonFields on RfqComparison {
  ...ComparisonHeadFields
  lines {
    ...ComparisonLineFields
  }
}
    ${ComparisonHeadFieldsFragmentDoc}
${ComparisonLineFieldsFragmentDoc}`;
export const ApprovalDeputyFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment ApprovalDeputyFields on ApprovalDeputy {
  id
  principalId
  principalName
  deputyId
  deputyName
  startsAt
  endsAt
  active
  namedByName
  namedAt
  revokedAt
}
    `;
export const InboxListFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment InboxListFields on AwardProposal {
  id
  caseReference
  caseTitle
  importance
  proposedByName
  proposedAt
  deputyFor
  followsRanking
  totalValue
  currency
  steps {
    index
    approval {
      id
      decision
    }
  }
  supplierTotals {
    invitationId
    supplierName
  }
}
    `;
export const OutboxMessageFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment OutboxMessageFields on OutboxMessage {
  id
  to
  toName
  subject
  kind
  status
  attempts
  nextAttemptAt
  lastError
  sentAt
  createdAt
}
    `;
export const NeedFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment NeedFields on Need {
  id
  title
  description
  justification
  quantity
  unit
  neededBy
  estimatedValue
  currency
  budgetReference
  category {
    code
    label
    labelDe
  }
  status
  declineReason
  requester {
    id
    name
  }
  case {
    id
    reference
    stage
  }
  createdAt
}
    `;
export const NegotiationRoundFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment NegotiationRoundFields on NegotiationRound {
  id
  rfqId
  number
  message
  targets {
    lineKey
    unitPrice
  }
  closesAt
  openedAt
  endedAt
  status
  openedByName
  invitations {
    invitationId
    supplierName
    responded
    respondedAt
  }
}
    `;
export const OpenDataSettingsFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment OpenDataSettingsFields on OpenDataSettings {
  ocidPrefix
  includeContacts
  publicPublishing
  publicPath
  updatedAt
}
    `;
export const KeysetPageFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment KeysetPageFields on KeysetPage {
  total
  startCursor
  endCursor
  hasNextPage
  hasPreviousPage
}
    `;
export const PurchasingPolicyFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment PurchasingPolicyFields on PurchasingPolicy {
  minimumSuppliers {
    purchaseType
    minimum
  }
  minimumBiddingDays {
    purchaseType
    days
  }
  updatedAt
}
    `;
export const PortalInvitationSummaryFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment PortalInvitationSummaryFields on PortalInvitation {
  id
  buyerName
  rfqReference
  rfqTitle
  rfqStatus
  status
  open
  closesAt
  questionsCloseAt
  viewedAt
  quotedAt
  declinedAt
  declineReason
  declineWithdrawnAt
  state
  rounds {
    number
    message
    targets {
      lineKey
    }
    closesAt
    status
    submitted
  }
  outcome {
    result
    decidedAt
  }
  auction {
    id
    status
    endsAt
    settings {
      startsAt
    }
  }
}
    `;
export const RfqCriterionFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment RfqCriterionFields on RfqCriterion {
  key
  name
  kind
  weight
}
    `;
export const PortalQuestionFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment PortalQuestionFields on PortalQuestion {
  id
  question
  answer
  answeredAt
  askedAt
  mine
  published
}
    `;
export const QuoteContentFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment QuoteContentFields on QuoteContent {
  currency
  supplierReference
  validUntil
  paymentTerms
  deliveryTerms
  note
  total
  lines {
    lineKey
    unitPrice
    quantity
    leadTimeDays
    note
    total
    alternatives {
      description
      unitPrice
      quantity
      leadTimeDays
      total
    }
  }
  answers {
    requirementKey
    compliance
    comment
  }
  attachments {
    fileId
    name
    sha256
    sizeBytes
    url
  }
  conditionalDiscounts {
    type
    value
    minValue
    lineKeys
    note
  }
}
    `;
export const PortalInvitationFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment PortalInvitationFields on PortalInvitation {
  ...PortalInvitationSummaryFields
  canRevise
  rounds {
    targets {
      unitPrice
    }
    submittedRevision
  }
  outcome {
    totalValue
    currency
    lines {
      lineKey
      description
      unit
      quantity
      unitPrice
      total
    }
  }
  rfq {
    reference
    title
    status
    description
    instructions
    currency
    deliveryAddress
    deliveryDate
    deliveryTerms
    paymentTerms
    validityDays
    closesAt
    questionsCloseAt
    publishedAt
    cancelReason
    documentUrl
    criteria {
      ...RfqCriterionFields
    }
    lines {
      key
      position
      description
      quantity
      unit
      attributes {
        name
        value
      }
    }
    requirements {
      key
      position
      kind
      text
      weight
    }
    documents {
      id
      name
      sizeBytes
      url
    }
  }
  questions {
    ...PortalQuestionFields
  }
  quote {
    status
    draftSavedAt
    withdrawnAt
    draft {
      ...QuoteContentFields
    }
    revisions {
      revision
      submittedAt
      sha256
      canonicalContent
      receiptFormat
      nonce
      content {
        ...QuoteContentFields
      }
    }
  }
}
    ${PortalInvitationSummaryFieldsFragmentDoc}
${RfqCriterionFieldsFragmentDoc}
${PortalQuestionFieldsFragmentDoc}
${QuoteContentFieldsFragmentDoc}`;
export const QuoteRevisionFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment QuoteRevisionFields on QuoteRevision {
  revision
  submittedAt
  sha256
  content {
    ...QuoteContentFields
  }
}
    ${QuoteContentFieldsFragmentDoc}`;
export const RfqInvitationFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment RfqInvitationFields on RfqInvitation {
  id
  supplierId
  supplierName
  status
  hasPortalAccount
  viewedAt
  declinedAt
  declineReason
  declineWithdrawnAt
  quoteStatus
  submittedAt
  revisions
}
    `;
export const RfqQuestionFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment RfqQuestionFields on RfqQuestion {
  id
  body
  askedAt
  supplierName
  answer
  answeredAt
  answeredByName
  visibility
  publishedQuestion
}
    `;
export const RfqFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment RfqFields on Rfq {
  id
  caseId
  reference
  status
  title
  description
  importance
  currency
  closesAt
  questionsCloseAt
  closingChanges
  deliveryTerms
  deliveryDate
  deliveryAddress
  paymentTerms
  validityDays
  instructions
  twoEnvelope
  pricesHidden
  technicalLockedAt
  technicalLockedByName
  documentUrl
  specificationVersion
  specificationVersionId
  approval
  approvalComment
  approvalRequestedAt
  approvalRequestedByName
  approvalDecidedAt
  approvalDecidedByName
  publishedAt
  closedAt
  cancelledAt
  cancelReason
  quotesOpen
  shortPeriodJustification
  minimumBiddingDays
  closedEarlyByName
  criteria {
    ...RfqCriterionFields
  }
  defaultCriteria {
    ...RfqCriterionFields
  }
  invitations {
    ...RfqInvitationFields
  }
  questions {
    ...RfqQuestionFields
  }
}
    ${RfqCriterionFieldsFragmentDoc}
${RfqInvitationFieldsFragmentDoc}
${RfqQuestionFieldsFragmentDoc}`;
export const ScorecardFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment ScorecardFields on SupplierScorecard {
  supplierId
  supplierName
  buyingOrganizationId
  buyingOrganizationName
  meta {
    refreshedAt
    currency
    from
    to
  }
  invitations
  responses
  responseRate
  wins
  winRate
  awarded
  deliveries
  onTimeDeliveries
  onTimeRate
  qualityIncidents
  reliability {
    score
    deliveries
    lateDeliveries
    qualityIncidents
    awards
  }
  history {
    id
    occurredOn
    kind
    onTime
    scoreBefore
    score
    caseId
    reference
    title
    note
  }
  certificates {
    id
    name
    issuer
    validUntil
    expired
    daysLeft
  }
}
    `;
export const EvaluatorScoreFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment EvaluatorScoreFields on EvaluatorScore {
  id
  invitationId
  criterionKey
  evaluatorId
  evaluatorName
  role
  score
  comment
  counted
  conflictOfInterest
  scoredAt
}
    `;
export const SensitivityChangeFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment SensitivityChangeFields on SensitivityChange {
  criterionKey
  shift
  newLeaderInvitationId
  newLeaderName
}
    `;
export const EvaluationFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment EvaluationFields on RfqEvaluation {
  rfqId
  reference
  currency
  missingRates
  rankingComplete
  criteria {
    ...RfqCriterionFields
  }
  suppliers {
    invitationId
    supplierId
    supplierName
    rank
    total
    missing
    comparableTotal
    performanceScore
    criteria {
      criterionKey
      name
      kind
      weight
      score
      source
      mean
      spread
      wideSpread
      scores {
        ...EvaluatorScoreFields
      }
    }
  }
  sensitivity {
    stable
    leaderInvitationId
    leaderName
    changes {
      ...SensitivityChangeFields
    }
    byCriterion {
      criterionKey
      smallestChange {
        ...SensitivityChangeFields
      }
    }
  }
}
    ${RfqCriterionFieldsFragmentDoc}
${EvaluatorScoreFieldsFragmentDoc}
${SensitivityChangeFieldsFragmentDoc}`;
export const UserFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment UserFields on User {
  id
  email
  name
  locale
  roles
  disabled
  lastSignInAt
  createdAt
}
    `;
export const MeFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment MeFields on Me {
  user {
    ...UserFields
  }
  organization {
    id
    name
    kind
    defaultLocale
  }
  permissions
}
    ${UserFieldsFragmentDoc}`;
export const CpvCodeFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment CpvCodeFields on CpvCode {
  code
  label
  labelDe
  level
}
    `;
export const SupplierListFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment SupplierListFields on Supplier {
  id
  name
  country
  tags
  qualificationStatus
  hasExpiredCertificate
  certificates {
    id
    expired
  }
  categories {
    ...CpvCodeFields
  }
  reliability {
    score
  }
}
    ${CpvCodeFieldsFragmentDoc}`;
export const PortalAccountFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment PortalAccountFields on Organization {
  id
  name
  country
}
    `;
export const SupplierFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment SupplierFields on Supplier {
  id
  name
  description
  country
  website
  tags
  qualificationStatus
  blockedReason
  hasExpiredCertificate
  createdAt
  updatedAt
  portalOrganization {
    ...PortalAccountFields
  }
  categories {
    ...CpvCodeFields
  }
  contacts {
    id
    name
    email
    phone
    position
  }
  certificates {
    id
    name
    issuer
    number
    validFrom
    validUntil
    expired
    file {
      id
      name
    }
  }
  documents {
    id
    title
    createdAt
    file {
      id
      name
      sizeBytes
    }
  }
  notes {
    id
    body
    authorName
    createdAt
  }
  reliability {
    score
    onTimeRate
    deliveries
    lateDeliveries
    qualityIncidents
    awards
  }
  performanceEvents {
    id
    kind
    occurredOn
    onTime
    note
    createdAt
  }
}
    ${PortalAccountFieldsFragmentDoc}
${CpvCodeFieldsFragmentDoc}`;
export const InvitationFieldsFragmentDoc = /*#__PURE__*/ gql`
    fragment InvitationFields on Invitation {
  id
  email
  roles
  expiresAt
  acceptedAt
  revokedAt
  createdAt
}
    `;
export const AnalyticsCycleTimeDocument = /*#__PURE__*/ gql`
    query AnalyticsCycleTime($filter: AnalyticsFilter, $dimension: CycleTimeDimension!) {
  analyticsCycleTime(filter: $filter, dimension: $dimension) {
    meta {
      ...AnalyticsMetaFields
    }
    groups {
      key
      value
      label
      labelDe
      cases
      endToEnd {
        ...SpreadFields
      }
      stages {
        stage
        days {
          ...SpreadFields
        }
      }
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}
${SpreadFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsCycleTimeGQL extends Apollo.Query<AnalyticsCycleTimeQuery, AnalyticsCycleTimeQueryVariables> {
    override document = AnalyticsCycleTimeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsSavingsDocument = /*#__PURE__*/ gql`
    query AnalyticsSavings($filter: AnalyticsFilter) {
  analyticsSavings(filter: $filter) {
    meta {
      ...AnalyticsMetaFields
    }
    measures {
      key
      baseline
      awarded
      savings
      percent
      cases
    }
    conversions {
      rfqCurrency
      rate
      cases
    }
    withoutRate
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsSavingsGQL extends Apollo.Query<AnalyticsSavingsQuery, AnalyticsSavingsQueryVariables> {
    override document = AnalyticsSavingsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsCompetitionDocument = /*#__PURE__*/ gql`
    query AnalyticsCompetition($filter: AnalyticsFilter) {
  analyticsCompetition(filter: $filter) {
    meta {
      ...AnalyticsMetaFields
    }
    rfqs
    invitations
    responses
    responseRate
    quotesPerRfq
    singleSource
    singleSourceShare
    singleSourceCases {
      caseId
      reference
      title
      justification
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsCompetitionGQL extends Apollo.Query<AnalyticsCompetitionQuery, AnalyticsCompetitionQueryVariables> {
    override document = AnalyticsCompetitionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsWinRatesDocument = /*#__PURE__*/ gql`
    query AnalyticsWinRates($filter: AnalyticsFilter, $limit: Int!) {
  analyticsWinRates(filter: $filter, limit: $limit) {
    meta {
      ...AnalyticsMetaFields
    }
    suppliers {
      supplierId
      supplierName
      invitations
      responses
      responseRate
      wins
      winRate
      awarded
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsWinRatesGQL extends Apollo.Query<AnalyticsWinRatesQuery, AnalyticsWinRatesQueryVariables> {
    override document = AnalyticsWinRatesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsSpendDocument = /*#__PURE__*/ gql`
    query AnalyticsSpend($filter: AnalyticsFilter) {
  analyticsSpend(filter: $filter) {
    meta {
      ...AnalyticsMetaFields
    }
    total
    uncategorized
    categories {
      code
      label
      labelDe
      divisionCode
      divisionLabel
      divisionLabelDe
      spend
      share
      cases
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsSpendGQL extends Apollo.Query<AnalyticsSpendQuery, AnalyticsSpendQueryVariables> {
    override document = AnalyticsSpendDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsConcentrationDocument = /*#__PURE__*/ gql`
    query AnalyticsConcentration($filter: AnalyticsFilter) {
  analyticsConcentration(filter: $filter) {
    meta {
      ...AnalyticsMetaFields
    }
    categories {
      code
      label
      labelDe
      spend
      suppliers
      top5Share
      hhi
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsConcentrationGQL extends Apollo.Query<AnalyticsConcentrationQuery, AnalyticsConcentrationQueryVariables> {
    override document = AnalyticsConcentrationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsTailSpendDocument = /*#__PURE__*/ gql`
    query AnalyticsTailSpend($filter: AnalyticsFilter) {
  analyticsTailSpend(filter: $filter) {
    meta {
      ...AnalyticsMetaFields
    }
    total
    suppliers
    tailPercent
    tailShare
    tailSpend
    tailSuppliers
    tail {
      supplierId
      supplierName
      spend
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsTailSpendGQL extends Apollo.Query<AnalyticsTailSpendQuery, AnalyticsTailSpendQueryVariables> {
    override document = AnalyticsTailSpendDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsApprovalLeadTimesDocument = /*#__PURE__*/ gql`
    query AnalyticsApprovalLeadTimes($filter: AnalyticsFilter) {
  analyticsApprovalLeadTimes(filter: $filter) {
    meta {
      ...AnalyticsMetaFields
    }
    steps {
      key
      step
      role
      days {
        ...SpreadFields
      }
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}
${SpreadFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsApprovalLeadTimesGQL extends Apollo.Query<AnalyticsApprovalLeadTimesQuery, AnalyticsApprovalLeadTimesQueryVariables> {
    override document = AnalyticsApprovalLeadTimesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsDeliveryDocument = /*#__PURE__*/ gql`
    query AnalyticsDelivery($filter: AnalyticsFilter) {
  analyticsDelivery(filter: $filter) {
    meta {
      ...AnalyticsMetaFields
    }
    months {
      month
      deliveries
      onTime
      onTimeRate
      qualityIncidents
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsDeliveryGQL extends Apollo.Query<AnalyticsDeliveryQuery, AnalyticsDeliveryQueryVariables> {
    override document = AnalyticsDeliveryDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsKraljicDocument = /*#__PURE__*/ gql`
    query AnalyticsKraljic($filter: AnalyticsFilter) {
  analyticsKraljic(filter: $filter) {
    meta {
      ...AnalyticsMetaFields
    }
    thresholds {
      highImpactShare
      highRisk
    }
    categories {
      ...KraljicCategoryFields
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}
${KraljicCategoryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsKraljicGQL extends Apollo.Query<AnalyticsKraljicQuery, AnalyticsKraljicQueryVariables> {
    override document = AnalyticsKraljicDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnalyticsDrillDownDocument = /*#__PURE__*/ gql`
    query AnalyticsDrillDown($chart: AnalyticsChart!, $key: String!, $filter: AnalyticsFilter, $limit: Int!) {
  analyticsDrillDown(chart: $chart, key: $key, filter: $filter, limit: $limit) {
    total
    meta {
      ...AnalyticsMetaFields
    }
    cases {
      caseId
      reference
      title
      stage
      purchaseType
      importance
      categoryCode
      awardedAt
      awardedTotal
      rfqCurrency
      rate
      awarded
    }
  }
}
    ${AnalyticsMetaFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnalyticsDrillDownGQL extends Apollo.Query<AnalyticsDrillDownQuery, AnalyticsDrillDownQueryVariables> {
    override document = AnalyticsDrillDownDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RefreshAnalyticsDocument = /*#__PURE__*/ gql`
    mutation RefreshAnalytics {
  refreshAnalytics
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RefreshAnalyticsGQL extends Apollo.Mutation<RefreshAnalyticsMutation, RefreshAnalyticsMutationVariables> {
    override document = RefreshAnalyticsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SuggestImportanceDocument = /*#__PURE__*/ gql`
    query SuggestImportance($category: String!) {
  suggestImportance(category: $category) {
    category
    group
    suggested
    explanation
    figures {
      ...KraljicCategoryFields
    }
  }
}
    ${KraljicCategoryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SuggestImportanceGQL extends Apollo.Query<SuggestImportanceQuery, SuggestImportanceQueryVariables> {
    override document = SuggestImportanceDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApprovalPolicyDocument = /*#__PURE__*/ gql`
    query ApprovalPolicy {
  approvalPolicy {
    ...ApprovalPolicyFields
  }
}
    ${ApprovalPolicyFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ApprovalPolicyGQL extends Apollo.Query<ApprovalPolicyQuery, ApprovalPolicyQueryVariables> {
    override document = ApprovalPolicyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateApprovalPolicyDocument = /*#__PURE__*/ gql`
    mutation UpdateApprovalPolicy($input: ApprovalPolicyInput!) {
  updateApprovalPolicy(input: $input) {
    ...ApprovalPolicyFields
  }
}
    ${ApprovalPolicyFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UpdateApprovalPolicyGQL extends Apollo.Mutation<UpdateApprovalPolicyMutation, UpdateApprovalPolicyMutationVariables> {
    override document = UpdateApprovalPolicyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const WaitingApprovalsDocument = /*#__PURE__*/ gql`
    query WaitingApprovals {
  waitingApprovals {
    proposal {
      ...CaseAwardFields
    }
    waitingFor {
      id
      name
      roles
    }
    candidates {
      id
      name
      roles
    }
  }
}
    ${CaseAwardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class WaitingApprovalsGQL extends Apollo.Query<WaitingApprovalsQuery, WaitingApprovalsQueryVariables> {
    override document = WaitingApprovalsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ReassignApprovalStepDocument = /*#__PURE__*/ gql`
    mutation ReassignApprovalStep($input: ReassignApprovalStepInput!) {
  reassignApprovalStep(input: $input) {
    id
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ReassignApprovalStepGQL extends Apollo.Mutation<ReassignApprovalStepMutation, ReassignApprovalStepMutationVariables> {
    override document = ReassignApprovalStepDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RfqAuctionsDocument = /*#__PURE__*/ gql`
    query RfqAuctions($rfqId: ID!) {
  auctions(rfqId: $rfqId) {
    ...AuctionSummaryFields
  }
}
    ${AuctionSummaryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RfqAuctionsGQL extends Apollo.Query<RfqAuctionsQuery, RfqAuctionsQueryVariables> {
    override document = RfqAuctionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ScheduleAuctionDocument = /*#__PURE__*/ gql`
    mutation ScheduleAuction($input: ScheduleAuctionInput!) {
  scheduleAuction(input: $input) {
    ...AuctionSummaryFields
  }
}
    ${AuctionSummaryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ScheduleAuctionGQL extends Apollo.Mutation<ScheduleAuctionMutation, ScheduleAuctionMutationVariables> {
    override document = ScheduleAuctionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveAuctionDocument = /*#__PURE__*/ gql`
    mutation ApproveAuction($id: ID!) {
  approveAuction(id: $id) {
    ...AuctionSummaryFields
  }
}
    ${AuctionSummaryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ApproveAuctionGQL extends Apollo.Mutation<ApproveAuctionMutation, ApproveAuctionMutationVariables> {
    override document = ApproveAuctionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CancelAuctionDocument = /*#__PURE__*/ gql`
    mutation CancelAuction($id: ID!, $reason: String!) {
  cancelAuction(id: $id, reason: $reason) {
    ...AuctionSummaryFields
  }
}
    ${AuctionSummaryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CancelAuctionGQL extends Apollo.Mutation<CancelAuctionMutation, CancelAuctionMutationVariables> {
    override document = CancelAuctionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PlaceBidDocument = /*#__PURE__*/ gql`
    mutation PlaceBid($input: PlaceBidInput!) {
  placeBid(input: $input) {
    ...PortalAuctionFields
  }
}
    ${PortalAuctionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PlaceBidGQL extends Apollo.Mutation<PlaceBidMutation, PlaceBidMutationVariables> {
    override document = PlaceBidDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AuctionDocument = /*#__PURE__*/ gql`
    query Auction($id: ID!) {
  auction(id: $id) {
    ...AuctionFields
  }
}
    ${AuctionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AuctionGQL extends Apollo.Query<AuctionQuery, AuctionQueryVariables> {
    override document = AuctionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PortalAuctionDocument = /*#__PURE__*/ gql`
    query PortalAuction($id: ID!) {
  portalAuction(id: $id) {
    ...PortalAuctionFields
  }
}
    ${PortalAuctionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PortalAuctionGQL extends Apollo.Query<PortalAuctionQuery, PortalAuctionQueryVariables> {
    override document = PortalAuctionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PortalAuctionLinesDocument = /*#__PURE__*/ gql`
    query PortalAuctionLines($invitationId: ID!) {
  portalInvitation(id: $invitationId) {
    id
    rfq {
      lines {
        key
        position
        description
        unit
      }
    }
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PortalAuctionLinesGQL extends Apollo.Query<PortalAuctionLinesQuery, PortalAuctionLinesQueryVariables> {
    override document = PortalAuctionLinesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AuctionLiveDocument = /*#__PURE__*/ gql`
    subscription AuctionLive($id: ID!) {
  auctionLive(id: $id) {
    ...AuctionFields
  }
}
    ${AuctionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AuctionLiveGQL extends Apollo.Subscription<AuctionLiveSubscription, AuctionLiveSubscriptionVariables> {
    override document = AuctionLiveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PortalAuctionLiveDocument = /*#__PURE__*/ gql`
    subscription PortalAuctionLive($id: ID!) {
  portalAuctionLive(id: $id) {
    ...PortalAuctionFields
  }
}
    ${PortalAuctionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PortalAuctionLiveGQL extends Apollo.Subscription<PortalAuctionLiveSubscription, PortalAuctionLiveSubscriptionVariables> {
    override document = PortalAuctionLiveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PortalAuctionsDocument = /*#__PURE__*/ gql`
    query PortalAuctions {
  portalAuctions {
    id
    invitationId
    rfqReference
    rfqTitle
    buyerName
    status
    endsAt
    settings {
      startsAt
    }
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PortalAuctionsGQL extends Apollo.Query<PortalAuctionsQuery, PortalAuctionsQueryVariables> {
    override document = PortalAuctionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AuditEventsDocument = /*#__PURE__*/ gql`
    query AuditEvents($limit: Int!, $after: String, $before: String, $last: Boolean) {
  auditEvents(limit: $limit, after: $after, before: $before, last: $last) {
    ...KeysetPageFields
    items {
      id
      sequence
      action
      entityType
      entityId
      actorName
      summary
      occurredAt
      hash
    }
  }
}
    ${KeysetPageFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AuditEventsGQL extends Apollo.Query<AuditEventsQuery, AuditEventsQueryVariables> {
    override document = AuditEventsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VerifyAuditChainDocument = /*#__PURE__*/ gql`
    query VerifyAuditChain {
  verifyAuditChain {
    ok
    checkedEvents
    firstBrokenEventId
    firstBrokenSequence
    reason
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class VerifyAuditChainGQL extends Apollo.Query<VerifyAuditChainQuery, VerifyAuditChainQueryVariables> {
    override document = VerifyAuditChainDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AwardScenariosDocument = /*#__PURE__*/ gql`
    query AwardScenarios($rfqId: ID!) {
  awardScenarios(rfqId: $rfqId) {
    rfqId
    caseId
    currency
    estimate
    bestSingleSupplierTotal
    canEdit
    lines {
      key
      position
      description
      quantity
      unit
    }
    suppliers {
      invitationId
      supplierId
      supplierName
      rank
      reliabilityScore
      technicalScore
      totalScore
      mustHavesMet
      incumbent
    }
    leftOut {
      invitationId
      supplierName
      reason
    }
    scenarios {
      ...AwardScenarioFields
    }
  }
}
    ${AwardScenarioFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AwardScenariosGQL extends Apollo.Query<AwardScenariosQuery, AwardScenariosQueryVariables> {
    override document = AwardScenariosDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateAwardScenarioDocument = /*#__PURE__*/ gql`
    mutation CreateAwardScenario($input: CreateAwardScenarioInput!) {
  createAwardScenario(input: $input) {
    ...AwardScenarioFields
  }
}
    ${AwardScenarioFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CreateAwardScenarioGQL extends Apollo.Mutation<CreateAwardScenarioMutation, CreateAwardScenarioMutationVariables> {
    override document = CreateAwardScenarioDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateAwardScenarioDocument = /*#__PURE__*/ gql`
    mutation UpdateAwardScenario($id: ID!, $input: AwardScenarioInput!) {
  updateAwardScenario(id: $id, input: $input) {
    ...AwardScenarioFields
  }
}
    ${AwardScenarioFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UpdateAwardScenarioGQL extends Apollo.Mutation<UpdateAwardScenarioMutation, UpdateAwardScenarioMutationVariables> {
    override document = UpdateAwardScenarioDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeleteAwardScenarioDocument = /*#__PURE__*/ gql`
    mutation DeleteAwardScenario($id: ID!) {
  deleteAwardScenario(id: $id)
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DeleteAwardScenarioGQL extends Apollo.Mutation<DeleteAwardScenarioMutation, DeleteAwardScenarioMutationVariables> {
    override document = DeleteAwardScenarioDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SolveAwardScenarioDocument = /*#__PURE__*/ gql`
    mutation SolveAwardScenario($id: ID!) {
  solveAwardScenario(id: $id) {
    ...AwardScenarioFields
  }
}
    ${AwardScenarioFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SolveAwardScenarioGQL extends Apollo.Mutation<SolveAwardScenarioMutation, SolveAwardScenarioMutationVariables> {
    override document = SolveAwardScenarioDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ProposeAwardFromScenarioDocument = /*#__PURE__*/ gql`
    mutation ProposeAwardFromScenario($input: ProposeAwardFromScenarioInput!) {
  proposeAwardFromScenario(input: $input) {
    ...CaseAwardFields
  }
}
    ${CaseAwardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ProposeAwardFromScenarioGQL extends Apollo.Mutation<ProposeAwardFromScenarioMutation, ProposeAwardFromScenarioMutationVariables> {
    override document = ProposeAwardFromScenarioDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AwardProposalsDocument = /*#__PURE__*/ gql`
    query AwardProposals($caseId: ID!) {
  awardProposals(caseId: $caseId) {
    ...CaseAwardFields
  }
}
    ${CaseAwardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AwardProposalsGQL extends Apollo.Query<AwardProposalsQuery, AwardProposalsQueryVariables> {
    override document = AwardProposalsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ProposeAwardDocument = /*#__PURE__*/ gql`
    mutation ProposeAward($input: ProposeAwardInput!) {
  proposeAward(input: $input) {
    ...CaseAwardFields
  }
}
    ${CaseAwardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ProposeAwardGQL extends Apollo.Mutation<ProposeAwardMutation, ProposeAwardMutationVariables> {
    override document = ProposeAwardDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const WithdrawAwardProposalDocument = /*#__PURE__*/ gql`
    mutation WithdrawAwardProposal($proposalId: ID!, $reason: String!) {
  withdrawAwardProposal(proposalId: $proposalId, reason: $reason) {
    ...CaseAwardFields
  }
}
    ${CaseAwardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class WithdrawAwardProposalGQL extends Apollo.Mutation<WithdrawAwardProposalMutation, WithdrawAwardProposalMutationVariables> {
    override document = WithdrawAwardProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AwardDeliveriesDocument = /*#__PURE__*/ gql`
    query AwardDeliveries($proposalId: ID!) {
  awardDeliveries(proposalId: $proposalId) {
    ...AwardDeliveryFields
  }
}
    ${AwardDeliveryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AwardDeliveriesGQL extends Apollo.Query<AwardDeliveriesQuery, AwardDeliveriesQueryVariables> {
    override document = AwardDeliveriesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordDeliveryDocument = /*#__PURE__*/ gql`
    mutation RecordDelivery($input: RecordDeliveryInput!) {
  recordDelivery(input: $input) {
    ...AwardDeliveryFields
  }
}
    ${AwardDeliveryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RecordDeliveryGQL extends Apollo.Mutation<RecordDeliveryMutation, RecordDeliveryMutationVariables> {
    override document = RecordDeliveryDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PurchaseCasesDocument = /*#__PURE__*/ gql`
    query PurchaseCases($filter: PurchaseCaseFilter, $limit: Int, $after: String, $before: String, $last: Boolean) {
  purchaseCases(
    filter: $filter
    limit: $limit
    after: $after
    before: $before
    last: $last
  ) {
    ...KeysetPageFields
    items {
      ...CaseListFields
    }
  }
}
    ${KeysetPageFieldsFragmentDoc}
${CaseListFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PurchaseCasesGQL extends Apollo.Query<PurchaseCasesQuery, PurchaseCasesQueryVariables> {
    override document = PurchaseCasesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PurchaseCaseCountsDocument = /*#__PURE__*/ gql`
    query PurchaseCaseCounts {
  purchaseCaseCounts {
    stage
    count
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PurchaseCaseCountsGQL extends Apollo.Query<PurchaseCaseCountsQuery, PurchaseCaseCountsQueryVariables> {
    override document = PurchaseCaseCountsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PurchaseCaseDocument = /*#__PURE__*/ gql`
    query PurchaseCase($id: ID!) {
  purchaseCase(id: $id) {
    ...CaseFields
    currentAward {
      id
      status
      currency
      totalValue
      decidedAt
      supplierTotals {
        supplierId
        supplierName
        total
        lines
      }
    }
  }
}
    ${CaseFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PurchaseCaseGQL extends Apollo.Query<PurchaseCaseQuery, PurchaseCaseQueryVariables> {
    override document = PurchaseCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreatePurchaseCaseDocument = /*#__PURE__*/ gql`
    mutation CreatePurchaseCase($input: CreatePurchaseCaseInput!) {
  createPurchaseCase(input: $input) {
    id
    reference
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CreatePurchaseCaseGQL extends Apollo.Mutation<CreatePurchaseCaseMutation, CreatePurchaseCaseMutationVariables> {
    override document = CreatePurchaseCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateRebuyDocument = /*#__PURE__*/ gql`
    mutation CreateRebuy($input: CreateRebuyInput!) {
  createRebuy(input: $input) {
    id
    reference
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CreateRebuyGQL extends Apollo.Mutation<CreateRebuyMutation, CreateRebuyMutationVariables> {
    override document = CreateRebuyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdatePurchaseCaseDocument = /*#__PURE__*/ gql`
    mutation UpdatePurchaseCase($id: ID!, $input: UpdatePurchaseCaseInput!) {
  updatePurchaseCase(id: $id, input: $input) {
    ...CaseFields
  }
}
    ${CaseFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UpdatePurchaseCaseGQL extends Apollo.Mutation<UpdatePurchaseCaseMutation, UpdatePurchaseCaseMutationVariables> {
    override document = UpdatePurchaseCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddCaseMemberDocument = /*#__PURE__*/ gql`
    mutation AddCaseMember($caseId: ID!, $userId: ID!, $role: Role!) {
  addCaseMember(caseId: $caseId, userId: $userId, role: $role) {
    ...CaseFields
  }
}
    ${CaseFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AddCaseMemberGQL extends Apollo.Mutation<AddCaseMemberMutation, AddCaseMemberMutationVariables> {
    override document = AddCaseMemberDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveCaseMemberDocument = /*#__PURE__*/ gql`
    mutation RemoveCaseMember($caseId: ID!, $memberId: ID!) {
  removeCaseMember(caseId: $caseId, memberId: $memberId) {
    ...CaseFields
  }
}
    ${CaseFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RemoveCaseMemberGQL extends Apollo.Mutation<RemoveCaseMemberMutation, RemoveCaseMemberMutationVariables> {
    override document = RemoveCaseMemberDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeclareConflictDocument = /*#__PURE__*/ gql`
    mutation DeclareConflict($caseId: ID!, $supplierId: ID!, $statement: String!) {
  declareConflict(caseId: $caseId, supplierId: $supplierId, statement: $statement) {
    ...CaseFields
  }
}
    ${CaseFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DeclareConflictGQL extends Apollo.Mutation<DeclareConflictMutation, DeclareConflictMutationVariables> {
    override document = DeclareConflictDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MoveCaseDocument = /*#__PURE__*/ gql`
    mutation MoveCase($caseId: ID!, $to: CaseStage!, $reason: String) {
  moveCase(caseId: $caseId, to: $to, reason: $reason) {
    ...CaseFields
  }
}
    ${CaseFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class MoveCaseGQL extends Apollo.Mutation<MoveCaseMutation, MoveCaseMutationVariables> {
    override document = MoveCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CancelCaseDocument = /*#__PURE__*/ gql`
    mutation CancelCase($caseId: ID!, $reason: String!) {
  cancelCase(caseId: $caseId, reason: $reason) {
    ...CaseFields
  }
}
    ${CaseFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CancelCaseGQL extends Apollo.Mutation<CancelCaseMutation, CancelCaseMutationVariables> {
    override document = CancelCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SpecificationVersionDocument = /*#__PURE__*/ gql`
    query SpecificationVersion($id: ID!) {
  specificationVersion(id: $id) {
    ...SpecVersionFields
  }
}
    ${SpecVersionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SpecificationVersionGQL extends Apollo.Query<SpecificationVersionQuery, SpecificationVersionQueryVariables> {
    override document = SpecificationVersionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SpecificationDiffDocument = /*#__PURE__*/ gql`
    query SpecificationDiff($fromVersionId: ID!, $toVersionId: ID!) {
  specificationDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {
    lines {
      change
      key
      fields
      before {
        ...SpecLineFields
      }
      after {
        ...SpecLineFields
      }
    }
    requirements {
      change
      key
      fields
      before {
        ...SpecRequirementFields
      }
      after {
        ...SpecRequirementFields
      }
    }
    attachments {
      change
      file {
        id
        name
      }
    }
  }
}
    ${SpecLineFieldsFragmentDoc}
${SpecRequirementFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SpecificationDiffGQL extends Apollo.Query<SpecificationDiffQuery, SpecificationDiffQueryVariables> {
    override document = SpecificationDiffDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SaveSpecificationDocument = /*#__PURE__*/ gql`
    mutation SaveSpecification($caseId: ID!, $input: SaveSpecificationInput!) {
  saveSpecification(caseId: $caseId, input: $input) {
    ...SpecVersionFields
  }
}
    ${SpecVersionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SaveSpecificationGQL extends Apollo.Mutation<SaveSpecificationMutation, SaveSpecificationMutationVariables> {
    override document = SaveSpecificationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveSpecificationDocument = /*#__PURE__*/ gql`
    mutation ApproveSpecification($versionId: ID!) {
  approveSpecification(versionId: $versionId) {
    ...SpecVersionFields
  }
}
    ${SpecVersionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ApproveSpecificationGQL extends Apollo.Mutation<ApproveSpecificationMutation, ApproveSpecificationMutationVariables> {
    override document = ApproveSpecificationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ShortlistSuggestionsDocument = /*#__PURE__*/ gql`
    query ShortlistSuggestions($caseId: ID!) {
  shortlistSuggestions(caseId: $caseId) {
    score
    reasons {
      code
      detail
    }
    supplier {
      ...SupplierListFields
    }
  }
}
    ${SupplierListFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ShortlistSuggestionsGQL extends Apollo.Query<ShortlistSuggestionsQuery, ShortlistSuggestionsQueryVariables> {
    override document = ShortlistSuggestionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetShortlistEntryDocument = /*#__PURE__*/ gql`
    mutation SetShortlistEntry($caseId: ID!, $supplierId: ID!, $decision: ShortlistDecision!, $reason: String!, $source: ShortlistSource!) {
  setShortlistEntry(
    caseId: $caseId
    supplierId: $supplierId
    decision: $decision
    reason: $reason
    source: $source
  ) {
    ...ShortlistFields
  }
}
    ${ShortlistFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SetShortlistEntryGQL extends Apollo.Mutation<SetShortlistEntryMutation, SetShortlistEntryMutationVariables> {
    override document = SetShortlistEntryDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SubmitShortlistDocument = /*#__PURE__*/ gql`
    mutation SubmitShortlist($caseId: ID!, $singleSourceJustification: String) {
  submitShortlist(
    caseId: $caseId
    singleSourceJustification: $singleSourceJustification
  ) {
    ...ShortlistFields
  }
}
    ${ShortlistFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SubmitShortlistGQL extends Apollo.Mutation<SubmitShortlistMutation, SubmitShortlistMutationVariables> {
    override document = SubmitShortlistDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveShortlistDocument = /*#__PURE__*/ gql`
    mutation ApproveShortlist($caseId: ID!, $comment: String) {
  approveShortlist(caseId: $caseId, comment: $comment) {
    ...ShortlistFields
  }
}
    ${ShortlistFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ApproveShortlistGQL extends Apollo.Mutation<ApproveShortlistMutation, ApproveShortlistMutationVariables> {
    override document = ApproveShortlistDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ReturnShortlistDocument = /*#__PURE__*/ gql`
    mutation ReturnShortlist($caseId: ID!, $comment: String!) {
  returnShortlist(caseId: $caseId, comment: $comment) {
    ...ShortlistFields
  }
}
    ${ShortlistFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ReturnShortlistGQL extends Apollo.Mutation<ReturnShortlistMutation, ReturnShortlistMutationVariables> {
    override document = ReturnShortlistDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CaseTimelineDocument = /*#__PURE__*/ gql`
    query CaseTimeline($id: ID!) {
  purchaseCase(id: $id) {
    id
    timeline {
      id
      action
      entityType
      actorName
      summary
      occurredAt
    }
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CaseTimelineGQL extends Apollo.Query<CaseTimelineQuery, CaseTimelineQueryVariables> {
    override document = CaseTimelineDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SupplierColleaguesDocument = /*#__PURE__*/ gql`
    query SupplierColleagues {
  supplierColleagues {
    users {
      ...UserFields
    }
    invitations {
      ...InvitationFields
    }
  }
}
    ${UserFieldsFragmentDoc}
${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SupplierColleaguesGQL extends Apollo.Query<SupplierColleaguesQuery, SupplierColleaguesQueryVariables> {
    override document = SupplierColleaguesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const InviteSupplierColleagueDocument = /*#__PURE__*/ gql`
    mutation InviteSupplierColleague($input: InviteSupplierColleagueInput!) {
  inviteSupplierColleague(input: $input) {
    ...InvitationFields
  }
}
    ${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class InviteSupplierColleagueGQL extends Apollo.Mutation<InviteSupplierColleagueMutation, InviteSupplierColleagueMutationVariables> {
    override document = InviteSupplierColleagueDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RevokeSupplierColleagueInvitationDocument = /*#__PURE__*/ gql`
    mutation RevokeSupplierColleagueInvitation($invitationId: ID!) {
  revokeSupplierColleagueInvitation(invitationId: $invitationId) {
    ...InvitationFields
  }
}
    ${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RevokeSupplierColleagueInvitationGQL extends Apollo.Mutation<RevokeSupplierColleagueInvitationMutation, RevokeSupplierColleagueInvitationMutationVariables> {
    override document = RevokeSupplierColleagueInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetSupplierColleagueAdminDocument = /*#__PURE__*/ gql`
    mutation SetSupplierColleagueAdmin($input: SetSupplierColleagueAdminInput!) {
  setSupplierColleagueAdmin(input: $input) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SetSupplierColleagueAdminGQL extends Apollo.Mutation<SetSupplierColleagueAdminMutation, SetSupplierColleagueAdminMutationVariables> {
    override document = SetSupplierColleagueAdminDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DisableSupplierColleagueDocument = /*#__PURE__*/ gql`
    mutation DisableSupplierColleague($userId: ID!) {
  disableSupplierColleague(userId: $userId) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DisableSupplierColleagueGQL extends Apollo.Mutation<DisableSupplierColleagueMutation, DisableSupplierColleagueMutationVariables> {
    override document = DisableSupplierColleagueDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EnableSupplierColleagueDocument = /*#__PURE__*/ gql`
    mutation EnableSupplierColleague($userId: ID!) {
  enableSupplierColleague(userId: $userId) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class EnableSupplierColleagueGQL extends Apollo.Mutation<EnableSupplierColleagueMutation, EnableSupplierColleagueMutationVariables> {
    override document = EnableSupplierColleagueDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RfqComparisonDocument = /*#__PURE__*/ gql`
    query RfqComparison($rfqId: ID!, $lineOffset: Int! = 0, $lineLimit: Int = 20) {
  rfqComparison(rfqId: $rfqId) {
    ...ComparisonHeadFields
    lines(offset: $lineOffset, limit: $lineLimit) {
      ...ComparisonLineFields
    }
  }
}
    ${ComparisonHeadFieldsFragmentDoc}
${ComparisonLineFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RfqComparisonGQL extends Apollo.Query<RfqComparisonQuery, RfqComparisonQueryVariables> {
    override document = RfqComparisonDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RfqComparisonWholeDocument = /*#__PURE__*/ gql`
    query RfqComparisonWhole($rfqId: ID!) {
  rfqComparison(rfqId: $rfqId) {
    ...ComparisonFields
  }
}
    ${ComparisonFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RfqComparisonWholeGQL extends Apollo.Query<RfqComparisonWholeQuery, RfqComparisonWholeQueryVariables> {
    override document = RfqComparisonWholeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetRfqExchangeRateDocument = /*#__PURE__*/ gql`
    mutation SetRfqExchangeRate($rfqId: ID!, $currency: String!, $rate: String!) {
  setRfqExchangeRate(rfqId: $rfqId, currency: $currency, rate: $rate) {
    ...RfqExchangeRateFields
  }
}
    ${RfqExchangeRateFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SetRfqExchangeRateGQL extends Apollo.Mutation<SetRfqExchangeRateMutation, SetRfqExchangeRateMutationVariables> {
    override document = SetRfqExchangeRateDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApprovalDeputiesDocument = /*#__PURE__*/ gql`
    query ApprovalDeputies {
  approvalDeputies {
    ...ApprovalDeputyFields
  }
  approverChoices {
    id
    name
    roles
  }
}
    ${ApprovalDeputyFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ApprovalDeputiesGQL extends Apollo.Query<ApprovalDeputiesQuery, ApprovalDeputiesQueryVariables> {
    override document = ApprovalDeputiesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const NameApprovalDeputyDocument = /*#__PURE__*/ gql`
    mutation NameApprovalDeputy($input: NameApprovalDeputyInput!) {
  nameApprovalDeputy(input: $input) {
    ...ApprovalDeputyFields
  }
}
    ${ApprovalDeputyFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class NameApprovalDeputyGQL extends Apollo.Mutation<NameApprovalDeputyMutation, NameApprovalDeputyMutationVariables> {
    override document = NameApprovalDeputyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RevokeApprovalDeputyDocument = /*#__PURE__*/ gql`
    mutation RevokeApprovalDeputy($id: ID!) {
  revokeApprovalDeputy(id: $id) {
    ...ApprovalDeputyFields
  }
}
    ${ApprovalDeputyFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RevokeApprovalDeputyGQL extends Apollo.Mutation<RevokeApprovalDeputyMutation, RevokeApprovalDeputyMutationVariables> {
    override document = RevokeApprovalDeputyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RfqEnvelopeDocument = /*#__PURE__*/ gql`
    query RfqEnvelope($rfqId: ID!) {
  rfqEvaluation(rfqId: $rfqId) {
    rfqId
    twoEnvelope
    pricesHidden
    technicalLockedAt
    technicalOutstanding {
      criterionKey
      invitationId
      supplierName
      evaluatorId
      evaluatorName
    }
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RfqEnvelopeGQL extends Apollo.Query<RfqEnvelopeQuery, RfqEnvelopeQueryVariables> {
    override document = RfqEnvelopeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const LockTechnicalScoresDocument = /*#__PURE__*/ gql`
    mutation LockTechnicalScores($rfqId: ID!) {
  lockTechnicalScores(rfqId: $rfqId) {
    id
    twoEnvelope
    pricesHidden
    technicalLockedAt
    technicalLockedByName
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class LockTechnicalScoresGQL extends Apollo.Mutation<LockTechnicalScoresMutation, LockTechnicalScoresMutationVariables> {
    override document = LockTechnicalScoresDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const InvitationPreviewDocument = /*#__PURE__*/ gql`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    email
    organizationName
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class InvitationPreviewGQL extends Apollo.Query<InvitationPreviewQuery, InvitationPreviewQueryVariables> {
    override document = InvitationPreviewDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AcceptInvitationDocument = /*#__PURE__*/ gql`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...MeFields
  }
}
    ${MeFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AcceptInvitationGQL extends Apollo.Mutation<AcceptInvitationMutation, AcceptInvitationMutationVariables> {
    override document = AcceptInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateMyProfileDocument = /*#__PURE__*/ gql`
    mutation UpdateMyProfile($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UpdateMyProfileGQL extends Apollo.Mutation<UpdateMyProfileMutation, UpdateMyProfileMutationVariables> {
    override document = UpdateMyProfileDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ChangePasswordDocument = /*#__PURE__*/ gql`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ChangePasswordGQL extends Apollo.Mutation<ChangePasswordMutation, ChangePasswordMutationVariables> {
    override document = ChangePasswordDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeciderInboxDocument = /*#__PURE__*/ gql`
    query DeciderInbox($limit: Int, $after: String, $before: String, $last: Boolean) {
  deciderInbox(limit: $limit, after: $after, before: $before, last: $last) {
    ...KeysetPageFields
    items {
      ...InboxListFields
    }
  }
}
    ${KeysetPageFieldsFragmentDoc}
${InboxListFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DeciderInboxGQL extends Apollo.Query<DeciderInboxQuery, DeciderInboxQueryVariables> {
    override document = DeciderInboxDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeciderInboxProposalDocument = /*#__PURE__*/ gql`
    query DeciderInboxProposal($proposalId: ID!) {
  deciderInboxProposal(proposalId: $proposalId) {
    ...CaseAwardFields
  }
}
    ${CaseAwardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DeciderInboxProposalGQL extends Apollo.Query<DeciderInboxProposalQuery, DeciderInboxProposalQueryVariables> {
    override document = DeciderInboxProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveAwardDocument = /*#__PURE__*/ gql`
    mutation ApproveAward($proposalId: ID!, $comment: String) {
  approveAward(proposalId: $proposalId, comment: $comment) {
    id
    status
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ApproveAwardGQL extends Apollo.Mutation<ApproveAwardMutation, ApproveAwardMutationVariables> {
    override document = ApproveAwardDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RejectAwardDocument = /*#__PURE__*/ gql`
    mutation RejectAward($proposalId: ID!, $comment: String!) {
  rejectAward(proposalId: $proposalId, comment: $comment) {
    id
    status
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RejectAwardGQL extends Apollo.Mutation<RejectAwardMutation, RejectAwardMutationVariables> {
    override document = RejectAwardDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyAwardDecisionsDocument = /*#__PURE__*/ gql`
    query MyAwardDecisions {
  myAwardDecisions {
    ...CaseAwardFields
  }
}
    ${CaseAwardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class MyAwardDecisionsGQL extends Apollo.Query<MyAwardDecisionsQuery, MyAwardDecisionsQueryVariables> {
    override document = MyAwardDecisionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MailOutboxDocument = /*#__PURE__*/ gql`
    query MailOutbox($status: OutboxStatus, $limit: Int!, $after: String, $before: String, $last: Boolean) {
  mailOutbox(
    status: $status
    limit: $limit
    after: $after
    before: $before
    last: $last
  ) {
    ...KeysetPageFields
    items {
      ...OutboxMessageFields
    }
  }
}
    ${KeysetPageFieldsFragmentDoc}
${OutboxMessageFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class MailOutboxGQL extends Apollo.Query<MailOutboxQuery, MailOutboxQueryVariables> {
    override document = MailOutboxDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RetryMailDocument = /*#__PURE__*/ gql`
    mutation RetryMail($id: ID!) {
  retryMail(id: $id) {
    ...OutboxMessageFields
  }
}
    ${OutboxMessageFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RetryMailGQL extends Apollo.Mutation<RetryMailMutation, RetryMailMutationVariables> {
    override document = RetryMailDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyNeedsDocument = /*#__PURE__*/ gql`
    query MyNeeds($limit: Int, $after: String, $before: String, $last: Boolean) {
  myNeeds(limit: $limit, after: $after, before: $before, last: $last) {
    ...KeysetPageFields
    items {
      ...NeedFields
    }
  }
}
    ${KeysetPageFieldsFragmentDoc}
${NeedFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class MyNeedsGQL extends Apollo.Query<MyNeedsQuery, MyNeedsQueryVariables> {
    override document = MyNeedsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const NeedsDocument = /*#__PURE__*/ gql`
    query Needs($status: NeedStatus, $limit: Int, $after: String, $before: String, $last: Boolean) {
  needs(
    status: $status
    limit: $limit
    after: $after
    before: $before
    last: $last
  ) {
    ...KeysetPageFields
    items {
      ...NeedFields
    }
  }
}
    ${KeysetPageFieldsFragmentDoc}
${NeedFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class NeedsGQL extends Apollo.Query<NeedsQuery, NeedsQueryVariables> {
    override document = NeedsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RaiseNeedDocument = /*#__PURE__*/ gql`
    mutation RaiseNeed($input: RaiseNeedInput!) {
  raiseNeed(input: $input) {
    ...NeedFields
  }
}
    ${NeedFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RaiseNeedGQL extends Apollo.Mutation<RaiseNeedMutation, RaiseNeedMutationVariables> {
    override document = RaiseNeedDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const WithdrawNeedDocument = /*#__PURE__*/ gql`
    mutation WithdrawNeed($id: ID!) {
  withdrawNeed(id: $id) {
    ...NeedFields
  }
}
    ${NeedFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class WithdrawNeedGQL extends Apollo.Mutation<WithdrawNeedMutation, WithdrawNeedMutationVariables> {
    override document = WithdrawNeedDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AcceptNeedDocument = /*#__PURE__*/ gql`
    mutation AcceptNeed($id: ID!, $input: AcceptNeedInput!) {
  acceptNeed(id: $id, input: $input) {
    id
    reference
    stage
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AcceptNeedGQL extends Apollo.Mutation<AcceptNeedMutation, AcceptNeedMutationVariables> {
    override document = AcceptNeedDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeclineNeedDocument = /*#__PURE__*/ gql`
    mutation DeclineNeed($id: ID!, $reason: String!) {
  declineNeed(id: $id, reason: $reason) {
    ...NeedFields
  }
}
    ${NeedFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DeclineNeedGQL extends Apollo.Mutation<DeclineNeedMutation, DeclineNeedMutationVariables> {
    override document = DeclineNeedDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const NegotiationRoundsDocument = /*#__PURE__*/ gql`
    query NegotiationRounds($rfqId: ID!) {
  rfq(id: $rfqId) {
    id
    negotiationRounds {
      ...NegotiationRoundFields
    }
  }
}
    ${NegotiationRoundFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class NegotiationRoundsGQL extends Apollo.Query<NegotiationRoundsQuery, NegotiationRoundsQueryVariables> {
    override document = NegotiationRoundsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OpenNegotiationRoundDocument = /*#__PURE__*/ gql`
    mutation OpenNegotiationRound($input: OpenNegotiationRoundInput!) {
  openNegotiationRound(input: $input) {
    ...NegotiationRoundFields
  }
}
    ${NegotiationRoundFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class OpenNegotiationRoundGQL extends Apollo.Mutation<OpenNegotiationRoundMutation, OpenNegotiationRoundMutationVariables> {
    override document = OpenNegotiationRoundDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EndNegotiationRoundDocument = /*#__PURE__*/ gql`
    mutation EndNegotiationRound($roundId: ID!) {
  endNegotiationRound(roundId: $roundId) {
    ...NegotiationRoundFields
  }
}
    ${NegotiationRoundFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class EndNegotiationRoundGQL extends Apollo.Mutation<EndNegotiationRoundMutation, EndNegotiationRoundMutationVariables> {
    override document = EndNegotiationRoundDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SkipNegotiationDocument = /*#__PURE__*/ gql`
    mutation SkipNegotiation($caseId: ID!, $reason: String!) {
  skipNegotiation(caseId: $caseId, reason: $reason) {
    id
    stage
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SkipNegotiationGQL extends Apollo.Mutation<SkipNegotiationMutation, SkipNegotiationMutationVariables> {
    override document = SkipNegotiationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const FinishNegotiationDocument = /*#__PURE__*/ gql`
    mutation FinishNegotiation($caseId: ID!) {
  finishNegotiation(caseId: $caseId) {
    id
    stage
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class FinishNegotiationGQL extends Apollo.Mutation<FinishNegotiationMutation, FinishNegotiationMutationVariables> {
    override document = FinishNegotiationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OpenDataSettingsDocument = /*#__PURE__*/ gql`
    query OpenDataSettings {
  openDataSettings {
    ...OpenDataSettingsFields
  }
}
    ${OpenDataSettingsFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class OpenDataSettingsGQL extends Apollo.Query<OpenDataSettingsQuery, OpenDataSettingsQueryVariables> {
    override document = OpenDataSettingsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateOpenDataSettingsDocument = /*#__PURE__*/ gql`
    mutation UpdateOpenDataSettings($input: UpdateOpenDataSettingsInput!) {
  updateOpenDataSettings(input: $input) {
    ...OpenDataSettingsFields
  }
}
    ${OpenDataSettingsFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UpdateOpenDataSettingsGQL extends Apollo.Mutation<UpdateOpenDataSettingsMutation, UpdateOpenDataSettingsMutationVariables> {
    override document = UpdateOpenDataSettingsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PurchasingPolicyDocument = /*#__PURE__*/ gql`
    query PurchasingPolicy {
  purchasingPolicy {
    ...PurchasingPolicyFields
  }
}
    ${PurchasingPolicyFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PurchasingPolicyGQL extends Apollo.Query<PurchasingPolicyQuery, PurchasingPolicyQueryVariables> {
    override document = PurchasingPolicyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdatePurchasingPolicyDocument = /*#__PURE__*/ gql`
    mutation UpdatePurchasingPolicy($input: UpdatePurchasingPolicyInput!) {
  updatePurchasingPolicy(input: $input) {
    ...PurchasingPolicyFields
  }
}
    ${PurchasingPolicyFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UpdatePurchasingPolicyGQL extends Apollo.Mutation<UpdatePurchasingPolicyMutation, UpdatePurchasingPolicyMutationVariables> {
    override document = UpdatePurchasingPolicyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PortalInvitationsDocument = /*#__PURE__*/ gql`
    query PortalInvitations($group: PortalInvitationGroup, $limit: Int, $after: String, $before: String, $last: Boolean) {
  portalInvitations(
    group: $group
    limit: $limit
    after: $after
    before: $before
    last: $last
  ) {
    ...KeysetPageFields
    items {
      ...PortalInvitationSummaryFields
    }
  }
}
    ${KeysetPageFieldsFragmentDoc}
${PortalInvitationSummaryFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PortalInvitationsGQL extends Apollo.Query<PortalInvitationsQuery, PortalInvitationsQueryVariables> {
    override document = PortalInvitationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PortalInvitationDocument = /*#__PURE__*/ gql`
    query PortalInvitation($id: ID!) {
  portalInvitation(id: $id) {
    ...PortalInvitationFields
  }
}
    ${PortalInvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PortalInvitationGQL extends Apollo.Query<PortalInvitationQuery, PortalInvitationQueryVariables> {
    override document = PortalInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeclineRfqDocument = /*#__PURE__*/ gql`
    mutation DeclineRfq($invitationId: ID!, $reason: String) {
  declineRfq(invitationId: $invitationId, reason: $reason) {
    ...PortalInvitationFields
  }
}
    ${PortalInvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DeclineRfqGQL extends Apollo.Mutation<DeclineRfqMutation, DeclineRfqMutationVariables> {
    override document = DeclineRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const WithdrawDeclineDocument = /*#__PURE__*/ gql`
    mutation WithdrawDecline($invitationId: ID!) {
  withdrawDecline(invitationId: $invitationId) {
    ...PortalInvitationFields
  }
}
    ${PortalInvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class WithdrawDeclineGQL extends Apollo.Mutation<WithdrawDeclineMutation, WithdrawDeclineMutationVariables> {
    override document = WithdrawDeclineDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AskRfqQuestionDocument = /*#__PURE__*/ gql`
    mutation AskRfqQuestion($invitationId: ID!, $body: String!) {
  askRfqQuestion(invitationId: $invitationId, body: $body) {
    ...PortalQuestionFields
  }
}
    ${PortalQuestionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AskRfqQuestionGQL extends Apollo.Mutation<AskRfqQuestionMutation, AskRfqQuestionMutationVariables> {
    override document = AskRfqQuestionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SaveQuoteDraftDocument = /*#__PURE__*/ gql`
    mutation SaveQuoteDraft($invitationId: ID!, $input: QuoteInput!) {
  saveQuoteDraft(invitationId: $invitationId, input: $input) {
    ...PortalInvitationFields
  }
}
    ${PortalInvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SaveQuoteDraftGQL extends Apollo.Mutation<SaveQuoteDraftMutation, SaveQuoteDraftMutationVariables> {
    override document = SaveQuoteDraftDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SubmitQuoteDocument = /*#__PURE__*/ gql`
    mutation SubmitQuote($invitationId: ID!, $input: QuoteInput!) {
  submitQuote(invitationId: $invitationId, input: $input) {
    invitationId
    revision
    submittedAt
    sha256
    canonicalContent
    receiptFormat
    nonce
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SubmitQuoteGQL extends Apollo.Mutation<SubmitQuoteMutation, SubmitQuoteMutationVariables> {
    override document = SubmitQuoteDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const WithdrawQuoteDocument = /*#__PURE__*/ gql`
    mutation WithdrawQuote($invitationId: ID!, $reason: String) {
  withdrawQuote(invitationId: $invitationId, reason: $reason) {
    ...PortalInvitationFields
  }
}
    ${PortalInvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class WithdrawQuoteGQL extends Apollo.Mutation<WithdrawQuoteMutation, WithdrawQuoteMutationVariables> {
    override document = WithdrawQuoteDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SupplierRegistrationDocument = /*#__PURE__*/ gql`
    query SupplierRegistration($token: String!) {
  supplierRegistration(token: $token) {
    buyerName
    supplierName
    rfqReference
    rfqTitle
    closesAt
    email
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SupplierRegistrationGQL extends Apollo.Query<SupplierRegistrationQuery, SupplierRegistrationQueryVariables> {
    override document = SupplierRegistrationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RegisterSupplierDocument = /*#__PURE__*/ gql`
    mutation RegisterSupplier($input: RegisterSupplierInput!) {
  registerSupplier(input: $input) {
    ...MeFields
  }
}
    ${MeFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RegisterSupplierGQL extends Apollo.Mutation<RegisterSupplierMutation, RegisterSupplierMutationVariables> {
    override document = RegisterSupplierDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeclineRfqFromLinkDocument = /*#__PURE__*/ gql`
    mutation DeclineRfqFromLink($token: String!, $reason: String!) {
  declineRfqFromLink(token: $token, reason: $reason)
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DeclineRfqFromLinkGQL extends Apollo.Mutation<DeclineRfqFromLinkMutation, DeclineRfqFromLinkMutationVariables> {
    override document = DeclineRfqFromLinkDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ClaimSupplierInvitationDocument = /*#__PURE__*/ gql`
    mutation ClaimSupplierInvitation($token: String!) {
  claimSupplierInvitation(token: $token) {
    id
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ClaimSupplierInvitationGQL extends Apollo.Mutation<ClaimSupplierInvitationMutation, ClaimSupplierInvitationMutationVariables> {
    override document = ClaimSupplierInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CaseRfqDocument = /*#__PURE__*/ gql`
    query CaseRfq($caseId: ID!) {
  purchaseCase(id: $caseId) {
    id
    reference
    title
    stage
    importance
    rfq {
      ...RfqFields
    }
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CaseRfqGQL extends Apollo.Query<CaseRfqQuery, CaseRfqQueryVariables> {
    override document = CaseRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RfqQuotesDocument = /*#__PURE__*/ gql`
    query RfqQuotes($id: ID!) {
  rfq(id: $id) {
    id
    quotesOpen
    quotes {
      invitationId
      supplierId
      supplierName
      latest {
        ...QuoteRevisionFields
      }
      revisions {
        revision
        submittedAt
        sha256
        content {
          currency
          total
        }
      }
    }
  }
}
    ${QuoteRevisionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RfqQuotesGQL extends Apollo.Query<RfqQuotesQuery, RfqQuotesQueryVariables> {
    override document = RfqQuotesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateRfqDocument = /*#__PURE__*/ gql`
    mutation CreateRfq($caseId: ID!, $input: RfqInput) {
  createRfq(caseId: $caseId, input: $input) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CreateRfqGQL extends Apollo.Mutation<CreateRfqMutation, CreateRfqMutationVariables> {
    override document = CreateRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateRfqDocument = /*#__PURE__*/ gql`
    mutation UpdateRfq($id: ID!, $input: RfqInput!) {
  updateRfq(id: $id, input: $input) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UpdateRfqGQL extends Apollo.Mutation<UpdateRfqMutation, UpdateRfqMutationVariables> {
    override document = UpdateRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RequestRfqApprovalDocument = /*#__PURE__*/ gql`
    mutation RequestRfqApproval($id: ID!) {
  requestRfqApproval(id: $id) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RequestRfqApprovalGQL extends Apollo.Mutation<RequestRfqApprovalMutation, RequestRfqApprovalMutationVariables> {
    override document = RequestRfqApprovalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveRfqDocument = /*#__PURE__*/ gql`
    mutation ApproveRfq($id: ID!, $comment: String) {
  approveRfq(id: $id, comment: $comment) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ApproveRfqGQL extends Apollo.Mutation<ApproveRfqMutation, ApproveRfqMutationVariables> {
    override document = ApproveRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ReturnRfqDocument = /*#__PURE__*/ gql`
    mutation ReturnRfq($id: ID!, $comment: String) {
  returnRfq(id: $id, comment: $comment) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ReturnRfqGQL extends Apollo.Mutation<ReturnRfqMutation, ReturnRfqMutationVariables> {
    override document = ReturnRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PublishRfqDocument = /*#__PURE__*/ gql`
    mutation PublishRfq($id: ID!) {
  publishRfq(id: $id) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class PublishRfqGQL extends Apollo.Mutation<PublishRfqMutation, PublishRfqMutationVariables> {
    override document = PublishRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ExtendRfqDocument = /*#__PURE__*/ gql`
    mutation ExtendRfq($id: ID!, $closesAt: DateTime!, $questionsCloseAt: DateTime, $reason: String!) {
  extendRfq(
    id: $id
    closesAt: $closesAt
    questionsCloseAt: $questionsCloseAt
    reason: $reason
  ) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ExtendRfqGQL extends Apollo.Mutation<ExtendRfqMutation, ExtendRfqMutationVariables> {
    override document = ExtendRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CloseRfqEarlyDocument = /*#__PURE__*/ gql`
    mutation CloseRfqEarly($id: ID!) {
  closeRfqEarly(id: $id) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CloseRfqEarlyGQL extends Apollo.Mutation<CloseRfqEarlyMutation, CloseRfqEarlyMutationVariables> {
    override document = CloseRfqEarlyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CancelRfqDocument = /*#__PURE__*/ gql`
    mutation CancelRfq($id: ID!, $reason: String!) {
  cancelRfq(id: $id, reason: $reason) {
    ...RfqFields
  }
}
    ${RfqFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CancelRfqGQL extends Apollo.Mutation<CancelRfqMutation, CancelRfqMutationVariables> {
    override document = CancelRfqDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnswerRfqQuestionDocument = /*#__PURE__*/ gql`
    mutation AnswerRfqQuestion($id: ID!, $input: AnswerQuestionInput!) {
  answerRfqQuestion(id: $id, input: $input) {
    ...RfqQuestionFields
  }
}
    ${RfqQuestionFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AnswerRfqQuestionGQL extends Apollo.Mutation<AnswerRfqQuestionMutation, AnswerRfqQuestionMutationVariables> {
    override document = AnswerRfqQuestionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SupplierScorecardDocument = /*#__PURE__*/ gql`
    query SupplierScorecard($supplierId: ID!, $filter: AnalyticsFilter) {
  supplierScorecard(supplierId: $supplierId, filter: $filter) {
    ...ScorecardFields
  }
}
    ${ScorecardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SupplierScorecardGQL extends Apollo.Query<SupplierScorecardQuery, SupplierScorecardQueryVariables> {
    override document = SupplierScorecardDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyScorecardsDocument = /*#__PURE__*/ gql`
    query MyScorecards($period: ScorecardPeriod) {
  myScorecards(period: $period) {
    ...ScorecardFields
  }
}
    ${ScorecardFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class MyScorecardsGQL extends Apollo.Query<MyScorecardsQuery, MyScorecardsQueryVariables> {
    override document = MyScorecardsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RfqScoringDocument = /*#__PURE__*/ gql`
    query RfqScoring($caseId: ID!, $rfqId: ID!) {
  purchaseCase(id: $caseId) {
    id
    myRoles
    conflicts {
      id
      user {
        id
      }
      supplier {
        id
      }
    }
  }
  rfqEvaluation(rfqId: $rfqId) {
    ...EvaluationFields
  }
}
    ${EvaluationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RfqScoringGQL extends Apollo.Query<RfqScoringQuery, RfqScoringQueryVariables> {
    override document = RfqScoringDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RfqEvaluationDocument = /*#__PURE__*/ gql`
    query RfqEvaluation($rfqId: ID!) {
  rfqEvaluation(rfqId: $rfqId) {
    ...EvaluationFields
  }
}
    ${EvaluationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RfqEvaluationGQL extends Apollo.Query<RfqEvaluationQuery, RfqEvaluationQueryVariables> {
    override document = RfqEvaluationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ScoreQuoteDocument = /*#__PURE__*/ gql`
    mutation ScoreQuote($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!, $comment: String!) {
  scoreQuote(
    rfqId: $rfqId
    invitationId: $invitationId
    criterionKey: $criterionKey
    score: $score
    comment: $comment
  ) {
    ...EvaluatorScoreFields
  }
}
    ${EvaluatorScoreFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ScoreQuoteGQL extends Apollo.Mutation<ScoreQuoteMutation, ScoreQuoteMutationVariables> {
    override document = ScoreQuoteDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MeDocument = /*#__PURE__*/ gql`
    query Me {
  me {
    ...MeFields
  }
}
    ${MeFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class MeGQL extends Apollo.Query<MeQuery, MeQueryVariables> {
    override document = MeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignInDocument = /*#__PURE__*/ gql`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...MeFields
  }
}
    ${MeFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SignInGQL extends Apollo.Mutation<SignInMutation, SignInMutationVariables> {
    override document = SignInDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignOutDocument = /*#__PURE__*/ gql`
    mutation SignOut {
  signOut
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SignOutGQL extends Apollo.Mutation<SignOutMutation, SignOutMutationVariables> {
    override document = SignOutDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CpvCodesDocument = /*#__PURE__*/ gql`
    query CpvCodes($search: String!, $limit: Int) {
  cpvCodes(search: $search, limit: $limit) {
    ...CpvCodeFields
  }
}
    ${CpvCodeFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CpvCodesGQL extends Apollo.Query<CpvCodesQuery, CpvCodesQueryVariables> {
    override document = CpvCodesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SuppliersDocument = /*#__PURE__*/ gql`
    query Suppliers($filter: SupplierFilter, $limit: Int, $after: String, $before: String, $last: Boolean) {
  suppliers(
    filter: $filter
    limit: $limit
    after: $after
    before: $before
    last: $last
  ) {
    ...KeysetPageFields
    items {
      ...SupplierListFields
    }
  }
}
    ${KeysetPageFieldsFragmentDoc}
${SupplierListFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SuppliersGQL extends Apollo.Query<SuppliersQuery, SuppliersQueryVariables> {
    override document = SuppliersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SupplierDocument = /*#__PURE__*/ gql`
    query Supplier($id: ID!) {
  supplier(id: $id) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SupplierGQL extends Apollo.Query<SupplierQuery, SupplierQueryVariables> {
    override document = SupplierDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ExportSuppliersDocument = /*#__PURE__*/ gql`
    query ExportSuppliers($filter: SupplierFilter, $locale: Locale!) {
  exportSuppliers(filter: $filter, locale: $locale)
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ExportSuppliersGQL extends Apollo.Query<ExportSuppliersQuery, ExportSuppliersQueryVariables> {
    override document = ExportSuppliersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ImportSuppliersDocument = /*#__PURE__*/ gql`
    mutation ImportSuppliers($csv: String, $fileId: ID, $importValidRows: Boolean!) {
  importSuppliers(csv: $csv, fileId: $fileId, importValidRows: $importValidRows) {
    totalRows
    imported
    written
    rejected {
      line
      field
      code
      message
    }
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class ImportSuppliersGQL extends Apollo.Mutation<ImportSuppliersMutation, ImportSuppliersMutationVariables> {
    override document = ImportSuppliersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const BlockSupplierDocument = /*#__PURE__*/ gql`
    mutation BlockSupplier($id: ID!, $reason: String!) {
  blockSupplier(id: $id, reason: $reason) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class BlockSupplierGQL extends Apollo.Mutation<BlockSupplierMutation, BlockSupplierMutationVariables> {
    override document = BlockSupplierDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UnblockSupplierDocument = /*#__PURE__*/ gql`
    mutation UnblockSupplier($id: ID!) {
  unblockSupplier(id: $id) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UnblockSupplierGQL extends Apollo.Mutation<UnblockSupplierMutation, UnblockSupplierMutationVariables> {
    override document = UnblockSupplierDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddSupplierNoteDocument = /*#__PURE__*/ gql`
    mutation AddSupplierNote($supplierId: ID!, $body: String!) {
  addSupplierNote(supplierId: $supplierId, body: $body) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AddSupplierNoteGQL extends Apollo.Mutation<AddSupplierNoteMutation, AddSupplierNoteMutationVariables> {
    override document = AddSupplierNoteDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetSupplierQualificationDocument = /*#__PURE__*/ gql`
    mutation SetSupplierQualification($id: ID!, $status: QualificationStatus!) {
  setSupplierQualification(id: $id, status: $status) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SetSupplierQualificationGQL extends Apollo.Mutation<SetSupplierQualificationMutation, SetSupplierQualificationMutationVariables> {
    override document = SetSupplierQualificationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateSupplierDocument = /*#__PURE__*/ gql`
    mutation CreateSupplier($input: CreateSupplierInput!) {
  createSupplier(input: $input) {
    id
    name
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class CreateSupplierGQL extends Apollo.Mutation<CreateSupplierMutation, CreateSupplierMutationVariables> {
    override document = CreateSupplierDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateSupplierDocument = /*#__PURE__*/ gql`
    mutation UpdateSupplier($id: ID!, $input: UpdateSupplierInput!) {
  updateSupplier(id: $id, input: $input) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UpdateSupplierGQL extends Apollo.Mutation<UpdateSupplierMutation, UpdateSupplierMutationVariables> {
    override document = UpdateSupplierDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddSupplierContactDocument = /*#__PURE__*/ gql`
    mutation AddSupplierContact($supplierId: ID!, $input: SupplierContactInput!) {
  addSupplierContact(supplierId: $supplierId, input: $input) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AddSupplierContactGQL extends Apollo.Mutation<AddSupplierContactMutation, AddSupplierContactMutationVariables> {
    override document = AddSupplierContactDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveSupplierContactDocument = /*#__PURE__*/ gql`
    mutation RemoveSupplierContact($contactId: ID!) {
  removeSupplierContact(contactId: $contactId) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RemoveSupplierContactGQL extends Apollo.Mutation<RemoveSupplierContactMutation, RemoveSupplierContactMutationVariables> {
    override document = RemoveSupplierContactDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddCertificateDocument = /*#__PURE__*/ gql`
    mutation AddCertificate($supplierId: ID!, $input: CertificateInput!) {
  addCertificate(supplierId: $supplierId, input: $input) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AddCertificateGQL extends Apollo.Mutation<AddCertificateMutation, AddCertificateMutationVariables> {
    override document = AddCertificateDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveCertificateDocument = /*#__PURE__*/ gql`
    mutation RemoveCertificate($certificateId: ID!) {
  removeCertificate(certificateId: $certificateId) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RemoveCertificateGQL extends Apollo.Mutation<RemoveCertificateMutation, RemoveCertificateMutationVariables> {
    override document = RemoveCertificateDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddSupplierDocumentDocument = /*#__PURE__*/ gql`
    mutation AddSupplierDocument($supplierId: ID!, $input: SupplierDocumentInput!) {
  addSupplierDocument(supplierId: $supplierId, input: $input) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class AddSupplierDocumentGQL extends Apollo.Mutation<AddSupplierDocumentMutation, AddSupplierDocumentMutationVariables> {
    override document = AddSupplierDocumentDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveSupplierDocumentDocument = /*#__PURE__*/ gql`
    mutation RemoveSupplierDocument($documentId: ID!) {
  removeSupplierDocument(documentId: $documentId) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RemoveSupplierDocumentGQL extends Apollo.Mutation<RemoveSupplierDocumentMutation, RemoveSupplierDocumentMutationVariables> {
    override document = RemoveSupplierDocumentDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordPerformanceDocument = /*#__PURE__*/ gql`
    mutation RecordPerformance($input: RecordPerformanceInput!) {
  recordPerformance(input: $input) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RecordPerformanceGQL extends Apollo.Mutation<RecordPerformanceMutation, RecordPerformanceMutationVariables> {
    override document = RecordPerformanceDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SupplierPortalAccountsDocument = /*#__PURE__*/ gql`
    query SupplierPortalAccounts($search: String!, $limit: Int) {
  supplierPortalAccounts(search: $search, limit: $limit) {
    ...PortalAccountFields
  }
}
    ${PortalAccountFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SupplierPortalAccountsGQL extends Apollo.Query<SupplierPortalAccountsQuery, SupplierPortalAccountsQueryVariables> {
    override document = SupplierPortalAccountsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const LinkSupplierPortalDocument = /*#__PURE__*/ gql`
    mutation LinkSupplierPortal($supplierId: ID!, $organizationId: ID) {
  linkSupplierPortal(supplierId: $supplierId, organizationId: $organizationId) {
    ...SupplierFields
  }
}
    ${SupplierFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class LinkSupplierPortalGQL extends Apollo.Mutation<LinkSupplierPortalMutation, LinkSupplierPortalMutationVariables> {
    override document = LinkSupplierPortalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyTasksDocument = /*#__PURE__*/ gql`
    query MyTasks {
  myTasks {
    total
    counts {
      kind
      count
    }
    items {
      kind
      caseId
      caseReference
      title
      rfqId
      rfqReference
      invitationId
      needId
      proposalId
      auctionId
      round
      dueAt
      since
      count
    }
  }
}
    `;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class MyTasksGQL extends Apollo.Query<MyTasksQuery, MyTasksQueryVariables> {
    override document = MyTasksDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UsersDocument = /*#__PURE__*/ gql`
    query Users {
  users {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class UsersGQL extends Apollo.Query<UsersQuery, UsersQueryVariables> {
    override document = UsersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const InvitationsDocument = /*#__PURE__*/ gql`
    query Invitations {
  invitations {
    ...InvitationFields
  }
}
    ${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class InvitationsGQL extends Apollo.Query<InvitationsQuery, InvitationsQueryVariables> {
    override document = InvitationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const InviteUserDocument = /*#__PURE__*/ gql`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    url
    invitation {
      ...InvitationFields
    }
  }
}
    ${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class InviteUserGQL extends Apollo.Mutation<InviteUserMutation, InviteUserMutationVariables> {
    override document = InviteUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetUserRolesDocument = /*#__PURE__*/ gql`
    mutation SetUserRoles($input: SetUserRolesInput!) {
  setUserRoles(input: $input) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class SetUserRolesGQL extends Apollo.Mutation<SetUserRolesMutation, SetUserRolesMutationVariables> {
    override document = SetUserRolesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DisableUserDocument = /*#__PURE__*/ gql`
    mutation DisableUser($userId: ID!) {
  disableUser(userId: $userId) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class DisableUserGQL extends Apollo.Mutation<DisableUserMutation, DisableUserMutationVariables> {
    override document = DisableUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EnableUserDocument = /*#__PURE__*/ gql`
    mutation EnableUser($userId: ID!) {
  enableUser(userId: $userId) {
    ...UserFields
  }
}
    ${UserFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class EnableUserGQL extends Apollo.Mutation<EnableUserMutation, EnableUserMutationVariables> {
    override document = EnableUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RevokeInvitationDocument = /*#__PURE__*/ gql`
    mutation RevokeInvitation($invitationId: ID!) {
  revokeInvitation(invitationId: $invitationId) {
    ...InvitationFields
  }
}
    ${InvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: GraphqlScope
  })
  export class RevokeInvitationGQL extends Apollo.Mutation<RevokeInvitationMutation, RevokeInvitationMutationVariables> {
    override document = RevokeInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }