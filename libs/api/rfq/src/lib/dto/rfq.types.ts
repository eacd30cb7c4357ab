import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CriterionKind, ImportanceClass, InvitationStatus, QuestionVisibility, RequirementKind, RfqApproval, RfqStatus } from '@bc/shared/domain';

registerEnumType(RfqStatus, { name: 'RfqStatus' });
registerEnumType(RfqApproval, { name: 'RfqApproval', description: "The gatekeeper's approval of a draft RFQ" });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
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

/** What an RFQ asks and on which terms: the buyer's view and the invitee's share it. */
@ObjectType({ isAbstract: true })
export abstract class RfqTermsType {
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
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
}

@ObjectType('Rfq')
export class RfqType extends RfqTermsType {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => RfqApproval) approval!: RfqApproval;
  @Field(() => Date, { nullable: true }) approvalRequestedAt!: Date | null;
  @Field(() => String, { nullable: true }) approvalRequestedByName!: string | null;
  @Field(() => Date, { nullable: true }) approvalDecidedAt!: Date | null;
  @Field(() => String, { nullable: true }) approvalDecidedByName!: string | null;
  @Field(() => String, { nullable: true }) approvalComment!: string | null;
  @Field(() => ImportanceClass, { description: "The case's importance class, which set the default criteria" }) importance!: ImportanceClass;
  @Field(() => [RfqCriterionType], { description: 'The default criteria of the importance class' }) defaultCriteria!: RfqCriterionType[];
  @Field(() => Int, { description: 'How often the closing time was moved' }) closingChanges!: number;
  @Field(() => ID) specificationVersionId!: string;
  @Field(() => Int) specificationVersion!: number;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
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

@ObjectType('SupplierRegistration', { description: 'What a registration link is for' })
export class SupplierRegistrationType {
  @Field() email!: string;
  @Field() supplierName!: string;
  @Field() buyerName!: string;
  @Field() rfqReference!: string;
  @Field() rfqTitle!: string;
  @Field() closesAt!: Date;
}
