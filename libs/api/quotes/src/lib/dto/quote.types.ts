import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { KeysetPageType } from '@bc/api/core';
import { InvitationStatus, PortalInvitationState, QuoteStatus, RequirementCompliance, RfqStatus } from '@bc/shared/domain';
import { RfqDocumentFileType, RfqLineType, RfqRequirementType, RfqTermsType } from '@bc/api/rfq';
import { PortalInvitationGroup } from '../services/portal.service';

registerEnumType(QuoteStatus, { name: 'QuoteStatus' });
registerEnumType(PortalInvitationState, { name: 'PortalInvitationState', description: 'What an invitation card in the supplier portal says' });
registerEnumType(PortalInvitationGroup, {
  name: 'PortalInvitationGroup',
  description: "A group of the supplier portal's list, paged on its own",
  valuesMap: {
    IN_ROUND: { description: 'Asked into a negotiation round open now; the round closing soonest first' },
    OPEN: { description: 'The RFQ takes questions and quotes now; the one closing soonest first' },
    PAST: { description: 'Closed, cancelled or decided; the newest invitation first' },
  },
});
registerEnumType(RequirementCompliance, { name: 'RequirementCompliance' });

/** How a conditional offer discounts (QuoteConditionalDiscount.type). */
export enum ConditionalDiscountType {
  PERCENT = 'PERCENT',
  AMOUNT = 'AMOUNT',
}
registerEnumType(ConditionalDiscountType, {
  name: 'ConditionalDiscountType',
  valuesMap: {
    PERCENT: { description: "A percentage off the supplier's awarded value" },
    AMOUNT: { description: "An amount off the supplier's awarded value (never more than that value)" },
  },
});

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

@ObjectType('QuoteConditionalDiscount', { description: 'A discount the supplier grants if it is awarded at least minValue, or the whole of the lines lineKeys (exactly one of the two)' })
export class QuoteConditionalDiscountType {
  @Field(() => ConditionalDiscountType) type!: ConditionalDiscountType;
  @Field({ description: 'The percentage, or the amount in the quote currency' }) value!: string;
  @Field(() => String, { nullable: true, description: 'Awarded at least this value (quote currency, before discounts); null when lineKeys is the condition' }) minValue!: string | null;
  @Field(() => [ID], { description: 'Awarded the whole quantity of each of these lines; empty when minValue is the condition' }) lineKeys!: string[];
  @Field() note!: string;
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
  @Field(() => [QuoteConditionalDiscountType], { description: 'Conditional offers; price information: hidden with the prices (two envelopes)' })
  conditionalDiscounts!: QuoteConditionalDiscountType[];
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

@ObjectType('OpenedQuote', { description: 'A submitted quote of a closed RFQ' })
export class OpenedQuoteType {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => QuoteRevisionType, { description: 'The latest revision' }) latest!: QuoteRevisionType;
  @Field(() => [QuoteRevisionType], { description: 'Every submitted revision, oldest first' }) revisions!: QuoteRevisionType[];
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
export class PortalRfqType extends RfqTermsType {
  @Field(() => [RfqLineType]) lines!: RfqLineType[];
  @Field(() => [RfqRequirementType]) requirements!: RfqRequirementType[];
  @Field(() => [RfqDocumentFileType]) documents!: RfqDocumentFileType[];
  @Field() documentUrl!: string;
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

@ObjectType('PortalInvitationPage', { implements: () => [KeysetPageType], description: "A page of the supplier company's invitations" })
export class PortalInvitationPage extends KeysetPageType {
  @Field(() => [PortalInvitationType]) items!: PortalInvitationType[];
}
