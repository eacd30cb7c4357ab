import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportanceClass, RequirementKind } from '@bc/shared/domain';
import {
  CriterionKind,
  InvitationStatus,
  PortalInvitationState,
  QuestionVisibility,
  QuoteStatus,
  RequirementCompliance,
  RfqApproval,
  RfqStatus,
} from '@bc/shared/domain';

registerEnumType(RfqStatus, { name: 'RfqStatus' });
registerEnumType(RfqApproval, { name: 'RfqApproval', description: "The gatekeeper's approval of a draft RFQ" });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(QuoteStatus, { name: 'QuoteStatus' });
registerEnumType(PortalInvitationState, { name: 'PortalInvitationState', description: 'What an invitation card in the supplier portal says' });
registerEnumType(RequirementCompliance, { name: 'RequirementCompliance' });
registerEnumType(QuestionVisibility, { name: 'QuestionVisibility' });
registerEnumType(CriterionKind, { name: 'CriterionKind', description: 'Who scores a criterion: the server (price, reliability), specifiers (technical) or buyers (commercial)' });

@ObjectType('RfqCriterion')
export class RfqCriterionType {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => CriterionKind) kind!: CriterionKind;
  @Field(() => Int) weight!: number;
}

@ObjectType('RfqLine', { description: 'A line item of the frozen specification' })
export class RfqLineType {
  @Field(() => ID) key!: string;
  @Field(() => Int, { description: 'From 1, as printed on the RFQ document' }) position!: number;
  @Field() description!: string;
  @Field() quantity!: string;
  @Field() unit!: string;
  @Field(() => [RfqLineAttributeType]) attributes!: RfqLineAttributeType[];
}

@ObjectType('RfqLineAttribute')
export class RfqLineAttributeType {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType('RfqRequirement')
export class RfqRequirementType {
  @Field(() => ID) key!: string;
  @Field(() => Int, { description: 'From 1, as printed on the RFQ document' }) position!: number;
  @Field() text!: string;
  @Field(() => RequirementKind) kind!: RequirementKind;
  @Field(() => Int, { nullable: true }) weight!: number | null;
}

@ObjectType('RfqDocumentFile')
export class RfqDocumentFileType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'Where the invitee downloads it' }) url!: string;
}

@ObjectType('QuoteAlternative')
export class QuoteAlternativeType {
  @Field() description!: string;
  @Field() unitPrice!: string;
  @Field() quantity!: string;
  @Field(() => Int, { nullable: true }) leadTimeDays!: number | null;
  @Field() total!: string;
}

@ObjectType('QuoteLine')
export class QuoteLineType {
  @Field(() => ID) lineKey!: string;
  @Field(() => String, { nullable: true, description: 'Null: the line is not quoted' }) unitPrice!: string | null;
  @Field(() => String, { nullable: true }) quantity!: string | null;
  @Field(() => Int, { nullable: true }) leadTimeDays!: number | null;
  @Field() note!: string;
  @Field(() => String, { nullable: true, description: 'unitPrice × quantity, 2 places' }) total!: string | null;
  @Field(() => [QuoteAlternativeType]) alternatives!: QuoteAlternativeType[];
}

@ObjectType('QuoteAnswer')
export class QuoteAnswerType {
  @Field(() => ID) requirementKey!: string;
  @Field(() => RequirementCompliance, { nullable: true }) compliance!: RequirementCompliance | null;
  @Field() comment!: string;
}

@ObjectType('QuoteAttachment')
export class QuoteAttachmentType {
  @Field(() => ID) fileId!: string;
  @Field() name!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() sha256!: string;
  @Field(() => String, { nullable: true, description: 'Where it can be downloaded by the viewer' }) url!: string | null;
}

@ObjectType('QuoteContent', { description: 'What a supplier quoted (a draft or a submitted revision)' })
export class QuoteContentType {
  @Field() currency!: string;
  @Field(() => String, { nullable: true }) supplierReference!: string | null;
  @Field(() => String, { nullable: true }) validUntil!: string | null;
  @Field() paymentTerms!: string;
  @Field() deliveryTerms!: string;
  @Field() note!: string;
  @Field(() => String, { nullable: true, description: 'Σ of the quoted lines, 2 places' }) total!: string | null;
  @Field(() => [QuoteLineType]) lines!: QuoteLineType[];
  @Field(() => [QuoteAnswerType]) answers!: QuoteAnswerType[];
  @Field(() => [QuoteAttachmentType]) attachments!: QuoteAttachmentType[];
}

@ObjectType('QuoteRevision', { description: 'A submitted revision with its receipt' })
export class QuoteRevisionType {
  @Field(() => Int) revision!: number;
  @Field() submittedAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 (hex) of canonicalContent: the receipt. Null for the buying side while it may not read the content behind it (two envelopes before the technical lock)',
  })
  sha256!: string | null;
  @Field({ description: "The exact text the receipt hashes (empty while the viewer may not read it). Format 2 holds the nonce: it is the supplier's proof" })
  canonicalContent!: string;
  @Field(() => Int, { description: '1: the hash of the content alone (receipts before issue 11); 2: RFC 8785 canonical JSON with a random nonce inside' })
  receiptFormat!: number;
  @Field(() => String, { nullable: true, description: 'The 256-bit nonce inside the receipt document (format 2), hex; null for format 1 and while the content is hidden' })
  nonce!: string | null;
  @Field(() => QuoteContentType) content!: QuoteContentType;
}

@ObjectType('RfqInvitation', { description: 'An invited supplier as the buyer sees it: who has submitted, never what' })
export class RfqInvitationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field({ description: 'The supplier has a portal account' }) hasPortalAccount!: boolean;
  @Field(() => Date, { nullable: true }) viewedAt!: Date | null;
  @Field(() => Date, { nullable: true }) declinedAt!: Date | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the supplier last took back a decline' }) declineWithdrawnAt!: Date | null;
  @Field(() => QuoteStatus, { nullable: true, description: 'SUBMITTED or WITHDRAWN; drafts are not shown' }) quoteStatus!: QuoteStatus | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Int, { description: 'Submitted revisions' }) revisions!: number;
}

@ObjectType('RfqQuestion', { description: 'A question as the buyer team sees it, with who asked' })
export class RfqQuestionType {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field() askedAt!: Date;
  @Field() supplierName!: string;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => String, { nullable: true }) answeredByName!: string | null;
  @Field(() => QuestionVisibility) visibility!: QuestionVisibility;
  @Field(() => String, { nullable: true }) publishedQuestion!: string | null;
}

@ObjectType('OpenedQuote', { description: 'A submitted quote of a closed RFQ' })
export class OpenedQuoteType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => QuoteRevisionType, { description: 'The latest revision' }) latest!: QuoteRevisionType;
  @Field(() => [QuoteRevisionType], { description: 'Every submitted revision, oldest first' }) revisions!: QuoteRevisionType[];
}

@ObjectType('Rfq')
export class RfqType {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => RfqStatus) status!: RfqStatus;
  @Field(() => RfqApproval) approval!: RfqApproval;
  @Field(() => Date, { nullable: true }) approvalRequestedAt!: Date | null;
  @Field(() => String, { nullable: true }) approvalRequestedByName!: string | null;
  @Field(() => Date, { nullable: true }) approvalDecidedAt!: Date | null;
  @Field(() => String, { nullable: true }) approvalDecidedByName!: string | null;
  @Field(() => String, { nullable: true }) approvalComment!: string | null;
  @Field() closesAt!: Date;
  @Field() questionsCloseAt!: Date;
  @Field() currency!: string;
  @Field() deliveryTerms!: string;
  @Field(() => String, { nullable: true }) deliveryDate!: string | null;
  @Field() deliveryAddress!: string;
  @Field() paymentTerms!: string;
  @Field(() => Int) validityDays!: number;
  @Field() instructions!: string;
  @Field(() => [RfqCriterionType]) criteria!: RfqCriterionType[];
  @Field(() => ImportanceClass, { description: "The case's importance class, which set the default criteria" }) importance!: ImportanceClass;
  @Field(() => [RfqCriterionType], { description: 'The default criteria of the importance class' }) defaultCriteria!: RfqCriterionType[];
  @Field(() => Int, { description: 'How often the closing time was moved' }) closingChanges!: number;
  @Field(() => ID) specificationVersionId!: string;
  @Field(() => Int) specificationVersion!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field({ description: 'The RFQ document (PDF)' }) documentUrl!: string;
  @Field({ description: 'Quote content is readable (the RFQ has closed and the quotes are open)' }) quotesOpen!: boolean;
  @Field({ description: 'Two envelopes: the technical scoring is completed and locked before the evaluators see any price (frozen at publishing)' })
  twoEnvelope!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the technical scores were locked for good (two envelopes); null while they are open' })
  technicalLockedAt!: Date | null;
  @Field({ description: 'Prices are hidden from the buying side: a closed two-envelope RFQ whose technical scores are not locked yet' })
  pricesHidden!: boolean;
  @Field(() => String, { nullable: true, description: "Why the bidding period is shorter than the policy's minimum (shown to the gatekeeper who approves)" })
  shortPeriodJustification!: string | null;
  @Field(() => Int, { description: "The purchasing policy's minimum bidding period for the case's purchase type, in days" })
  minimumBiddingDays!: number;
  @Field(() => String, { nullable: true, description: 'Who closed the RFQ before its closing time (every invitee had quoted or declined)' })
  closedEarlyByName!: string | null;
  closedEarlyBy!: string | null;
  technicalLockedBy!: string | null;
  createdBy!: string;
  approvalRequestedBy!: string | null;
}

@ObjectType('PortalQuestion', { description: "A question on an RFQ as an invitee sees it: its own, and everyone's published ones without who asked" })
export class PortalQuestionType {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Only for own questions' }) askedAt!: Date | null;
  @Field({ description: 'Asked by your company' }) mine!: boolean;
  @Field({ description: 'Published to every invitee' }) published!: boolean;
}

@ObjectType('PortalQuote', { description: "The supplier's own quote: the saved draft and every submitted revision with its receipt" })
export class PortalQuoteType {
  @Field(() => QuoteStatus, { nullable: true }) status!: QuoteStatus | null;
  @Field(() => QuoteContentType, { nullable: true }) draft!: QuoteContentType | null;
  @Field(() => Date, { nullable: true }) draftSavedAt!: Date | null;
  @Field(() => [QuoteRevisionType]) revisions!: QuoteRevisionType[];
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
}

@ObjectType('PortalRfq', { description: 'An RFQ as an invitee sees it' })
export class PortalRfqType {
  @Field() reference!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => RfqStatus) status!: RfqStatus;
  @Field() closesAt!: Date;
  @Field() questionsCloseAt!: Date;
  @Field() currency!: string;
  @Field() deliveryTerms!: string;
  @Field(() => String, { nullable: true }) deliveryDate!: string | null;
  @Field() deliveryAddress!: string;
  @Field() paymentTerms!: string;
  @Field(() => Int) validityDays!: number;
  @Field() instructions!: string;
  @Field(() => [RfqCriterionType]) criteria!: RfqCriterionType[];
  @Field(() => [RfqLineType]) lines!: RfqLineType[];
  @Field(() => [RfqRequirementType]) requirements!: RfqRequirementType[];
  @Field(() => [RfqDocumentFileType]) documents!: RfqDocumentFileType[];
  @Field() documentUrl!: string;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
}

@ObjectType('PortalInvitation')
export class PortalInvitationType {
  @Field(() => ID) id!: string;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field({ description: 'The buying organization' }) buyerName!: string;
  @Field() rfqReference!: string;
  @Field() rfqTitle!: string;
  @Field(() => RfqStatus) rfqStatus!: RfqStatus;
  @Field() closesAt!: Date;
  @Field() questionsCloseAt!: Date;
  @Field({ description: 'Quotes and questions are taken now (by the server clock)' }) open!: boolean;
  @Field(() => Date, { nullable: true }) viewedAt!: Date | null;
  @Field(() => Date, { nullable: true }) declinedAt!: Date | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Date, { nullable: true, description: 'When your company last took back a decline' }) declineWithdrawnAt!: Date | null;
  @Field(() => Date, { nullable: true }) quotedAt!: Date | null;
  rfqId!: string;
  /** The invitation as loaded (and access-checked) for this request, so nested fields need not load it again. */
  loaded?: unknown;
}

@ObjectType('QuoteReceipt', { description: 'What a submission gets: keep it to prove what was sent' })
export class QuoteReceiptType {
  @Field(() => ID) invitationId!: string;
  @Field(() => Int) revision!: number;
  @Field() submittedAt!: Date;
  @Field({ description: 'SHA-256 (hex) of canonicalContent' }) sha256!: string;
  @Field({ description: 'The exact text hashed (RFC 8785 canonical JSON), the nonce inside: keep it with the receipt' }) canonicalContent!: string;
  @Field(() => Int, { description: 'The receipt format (2)' }) receiptFormat!: number;
  @Field({ description: 'The 256-bit random nonce inside the hashed document, hex: without it the hash reveals nothing' }) nonce!: string;
}

@ObjectType('SupplierRegistration', { description: 'What a registration link is for' })
export class SupplierRegistrationType {
  @Field() email!: string;
  @Field() supplierName!: string;
  @Field() buyerName!: string;
  @Field() rfqReference!: string;
  @Field() rfqTitle!: string;
  @Field() closesAt!: Date;
}
