import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { KeysetPageType } from '@bc/api/core';
import {
  TransitionVia,
  CaseStage,
  ImportanceClass,
  NeedStatus,
  PurchaseType,
  RequirementKind,
  Role,
  ShortlistDecision,
  ShortlistSource,
  ShortlistStatus,
  ShortlistWarningKind,
  SpecificationStatus,
  TransitionBlocker,
} from '@bc/shared/domain';
import { ShortlistReviewAction } from '../entities/shortlist.entity';
import { ChangeKind } from '../services/spec-diff';

registerEnumType(PurchaseType, { name: 'PurchaseType', description: 'The kind of purchase; it sets the path a case takes' });
registerEnumType(ImportanceClass, { name: 'ImportanceClass', description: 'Kraljic importance class' });
registerEnumType(CaseStage, { name: 'CaseStage' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });
registerEnumType(SpecificationStatus, { name: 'SpecificationStatus' });
registerEnumType(RequirementKind, { name: 'RequirementKind' });
registerEnumType(ShortlistStatus, { name: 'ShortlistStatus' });
registerEnumType(ShortlistDecision, { name: 'ShortlistDecision' });
registerEnumType(ShortlistSource, { name: 'ShortlistSource' });
registerEnumType(ShortlistWarningKind, { name: 'ShortlistWarningKind', description: 'Why a shortlisted supplier needs the gatekeeper’s attention' });
registerEnumType(TransitionVia, { name: 'TransitionVia', description: 'The action that makes a stage step' });
registerEnumType(ShortlistReviewAction, { name: 'ShortlistReviewAction' });
registerEnumType(TransitionBlocker, { name: 'TransitionBlocker', description: 'What a stage transition needs that is not there' });

registerEnumType(ChangeKind, { name: 'SpecChangeKind' });

export enum SuggestionReasonCode {
  /** The supplier's category lies under the case's category (detail: the code and its label). */
  CATEGORY_MATCH = 'CATEGORY_MATCH',
  /** The supplier's qualification status (detail: PROSPECT, QUALIFIED or APPROVED). */
  QUALIFICATION = 'QUALIFICATION',
  CERTIFICATES_VALID = 'CERTIFICATES_VALID',
  CERTIFICATE_EXPIRED = 'CERTIFICATE_EXPIRED',
  NO_CERTIFICATES = 'NO_CERTIFICATES',
  /** Holds every certificate the case requires, valid (detail: the required ones). */
  REQUIRED_CERTIFICATES_MET = 'REQUIRED_CERTIFICATES_MET',
  /** Lacks certificates the case requires, or holds them expired (detail: those lacking). */
  REQUIRED_CERTIFICATES_LACKING = 'REQUIRED_CERTIFICATES_LACKING',
  /** Reliability score 0..100 (detail: the score). */
  RELIABILITY = 'RELIABILITY',
  /** No performance history yet. */
  NO_HISTORY = 'NO_HISTORY',
  /** Share of RFQ invitations answered with a quote (detail: percent); comes with the RFQ capability. */
  RESPONSE_RATE = 'RESPONSE_RATE',
}
registerEnumType(SuggestionReasonCode, { name: 'SuggestionReasonCode' });

/** A user named on a case (team member, requester, author); only what colleagues may see. */
@ObjectType('Person')
export class PersonType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
}

/** Money and quantities travel as decimal strings (`"12500.00"`): never as floats. */
const DECIMAL = { description: 'A decimal number as a string, e.g. "12500.00"' };

@ObjectType('Need')
export class NeedType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'What is needed' }) description!: string;
  @Field({ description: 'Why it is needed' }) justification!: string;
  @Field(() => String, { nullable: true, ...DECIMAL }) quantity!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) neededBy!: string | null;
  @Field(() => String, { nullable: true, ...DECIMAL }) estimatedValue!: string | null;
  @Field() currency!: string;
  @Field(() => String, { nullable: true }) budgetReference!: string | null;
  @Field(() => String, { nullable: true, description: 'The CPV code (see `category` for its label)' }) categoryCode!: string | null;
  @Field(() => NeedStatus) status!: NeedStatus;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field() createdAt!: Date;
  requesterId!: string;
  /** Set when a loader joined the requester in. */
  requester?: PersonType;
}

@ObjectType('CaseMember', { description: 'One role a user holds on a case team' })
export class CaseMemberType {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field(() => PersonType) user!: PersonType;
  @Field() addedAt!: Date;
}

@ObjectType('ConflictDeclaration', { description: 'A declared conflict of interest with a supplier; never removed' })
export class ConflictDeclarationType {
  @Field(() => ID) id!: string;
  @Field() statement!: string;
  @Field(() => PersonType) user!: PersonType;
  @Field({ description: 'When it was declared' }) createdAt!: Date;
  supplierId!: string;
}

@ObjectType('CaseNextStep', { description: 'A stage the case may move to, and what blocks it now' })
export class CaseNextStepType {
  @Field(() => CaseStage) to!: CaseStage;
  @Field(() => [TransitionBlocker], { description: 'Empty when the step is possible now (given a reason where needed)' })
  blockers!: TransitionBlocker[];
  @Field({ description: 'The step needs a written reason' }) needsReason!: boolean;
  @Field(() => TransitionVia, { nullable: true, description: 'The action that makes this step (e.g. publishing the RFQ); null for a plain move' })
  via!: TransitionVia | null;
}

@ObjectType('StageChange')
export class StageChangeType {
  @Field(() => ID) id!: string;
  @Field(() => CaseStage, { nullable: true, description: 'None for the stage the case was opened in' }) from!: CaseStage | null;
  @Field(() => CaseStage) to!: CaseStage;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field() at!: Date;
}

@ObjectType('PurchaseCase')
export class PurchaseCaseType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Human reference per organization and year, e.g. PC-2026-0007' }) reference!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: 'The CPV code (see `category` for its label)' }) categoryCode!: string | null;
  @Field(() => PurchaseType) purchaseType!: PurchaseType;
  @Field(() => ImportanceClass) importance!: ImportanceClass;
  @Field(() => String, { nullable: true, ...DECIMAL }) estimatedValue!: string | null;
  @Field() currency!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) neededBy!: string | null;
  @Field(() => String, { nullable: true }) budgetReference!: string | null;
  @Field(() => [String], { description: 'Certificates every supplier must hold, as the buyer named them (ISO 9001)' }) requiredCertificates!: string[];
  @Field(() => CaseStage) stage!: CaseStage;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field() stageChangedAt!: Date;
  sourceCaseId!: string | null;
  needId!: string | null;
  organizationId!: string;
}

@ObjectType('PurchaseCasePage', { implements: () => [KeysetPageType] })
export class PurchaseCasePage extends KeysetPageType {
  @Field(() => [PurchaseCaseType]) items!: PurchaseCaseType[];
}

@ObjectType('NeedPage', { implements: () => [KeysetPageType] })
export class NeedPage extends KeysetPageType {
  @Field(() => [NeedType]) items!: NeedType[];
}

@ObjectType('StageCount')
export class StageCountType {
  @Field(() => CaseStage) stage!: CaseStage;
  @Field(() => Int) count!: number;
}

@ObjectType('LineAttribute')
export class LineAttributeType {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType('SpecLine')
export class SpecLineType {
  @Field(() => ID, { description: 'Stable across versions: the same line keeps its key' }) key!: string;
  @Field(() => Int) position!: number;
  @Field() description!: string;
  @Field(DECIMAL) quantity!: string;
  @Field() unit!: string;
  @Field(() => [LineAttributeType]) attributes!: LineAttributeType[];
}

@ObjectType('SpecRequirement')
export class SpecRequirementType {
  @Field(() => ID, { description: 'Stable across versions' }) key!: string;
  @Field(() => Int) position!: number;
  @Field() text!: string;
  @Field(() => RequirementKind) kind!: RequirementKind;
  @Field(() => Int, { nullable: true, description: '1..100 for a nice-to-have' }) weight!: number | null;
}

@ObjectType('SpecificationVersion', { description: 'One version of a specification; never changed once written' })
export class SpecificationVersionType {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => SpecificationStatus) status!: SpecificationStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true, description: 'The version this one was edited from' }) baseVersionId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The version of the earlier case a rebuy copied' })
  copiedFromVersionId!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  caseId!: string;
  createdBy!: string;
  approvedBy!: string | null;
  /** Set when a loader joined the names in. */
  knownNames?: { author: string | null; approver: string | null };
}

@ObjectType('FieldChange')
export class FieldChangeType {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'The value before, as text (JSON for attributes)' }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('LineChange')
export class LineChangeType {
  @Field(() => ChangeKind) change!: ChangeKind;
  @Field(() => ID) key!: string;
  @Field(() => [String], { description: 'The fields that differ (CHANGED only)' }) fields!: string[];
  @Field(() => [FieldChangeType]) changes!: FieldChangeType[];
  @Field(() => SpecLineType, { nullable: true }) before!: SpecLineType | null;
  @Field(() => SpecLineType, { nullable: true }) after!: SpecLineType | null;
}

@ObjectType('RequirementChange')
export class RequirementChangeType {
  @Field(() => ChangeKind) change!: ChangeKind;
  @Field(() => ID) key!: string;
  @Field(() => [String]) fields!: string[];
  @Field(() => [FieldChangeType]) changes!: FieldChangeType[];
  @Field(() => SpecRequirementType, { nullable: true }) before!: SpecRequirementType | null;
  @Field(() => SpecRequirementType, { nullable: true }) after!: SpecRequirementType | null;
}

@ObjectType('AttachmentChange')
export class AttachmentChangeType {
  @Field(() => ChangeKind, { description: 'ADDED or REMOVED' }) change!: ChangeKind;
  fileId!: string;
}

@ObjectType('SpecDiff', { description: 'What changed from one version to another of the same case' })
export class SpecDiffType {
  @Field(() => ID) fromVersionId!: string;
  @Field(() => ID) toVersionId!: string;
  @Field(() => [LineChangeType]) lines!: LineChangeType[];
  @Field(() => [RequirementChangeType]) requirements!: RequirementChangeType[];
  @Field(() => [AttachmentChangeType]) attachments!: AttachmentChangeType[];
}

@ObjectType('ShortlistEntry')
export class ShortlistEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ShortlistDecision) decision!: ShortlistDecision;
  @Field() reason!: string;
  @Field(() => ShortlistSource) source!: ShortlistSource;
  @Field() decidedAt!: Date;
  supplierId!: string;
  decidedBy!: string | null;
  /** Set when a loader joined the name in. */
  knownDecidedByName?: string | null;
}

@ObjectType('ShortlistReview', { description: 'One step of the shortlist review; never changed' })
export class ShortlistReviewType {
  @Field(() => ID) id!: string;
  @Field(() => ShortlistReviewAction) action!: ShortlistReviewAction;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => String, { nullable: true }) singleSourceJustification!: string | null;
  @Field(() => Int, { description: 'Suppliers taken in at the time' }) suppliersIn!: number;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field() at!: Date;
}

@ObjectType('ShortlistWarning', { description: 'A shortlisted supplier the gatekeeper should look at before approving' })
export class ShortlistWarningType {
  @Field(() => ID) supplierId!: string;
  @Field() supplierName!: string;
  @Field(() => ShortlistWarningKind) kind!: ShortlistWarningKind;
  @Field(() => String, { nullable: true, description: 'The block’s reason, or the expiry date (YYYY-MM-DD)' }) detail!: string | null;
  @Field(() => String, { nullable: true, description: 'The required certificate missing or expired, as the case names it; none for BLOCKED' })
  certificate!: string | null;
}

@ObjectType('Shortlist')
export class ShortlistType {
  @Field(() => ID, { description: "The case's id: one shortlist per case" }) id!: string;
  @Field(() => ShortlistStatus) status!: ShortlistStatus;
  @Field(() => String, { nullable: true }) singleSourceJustification!: string | null;
  @Field(() => Int, { description: "The organization's minimum for this kind of purchase" }) minimumSuppliers!: number;
  @Field(() => Int) suppliersIn!: number;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) submittedByName!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The comment of the last approval or return' }) reviewComment!: string | null;
  @Field(() => String, { nullable: true }) reviewedByName!: string | null;
  @Field(() => [ShortlistEntryType]) entries!: ShortlistEntryType[];
  @Field(() => [ShortlistReviewType]) reviews!: ShortlistReviewType[];
}

@ObjectType('SuggestionReason')
export class SuggestionReasonType {
  @Field(() => SuggestionReasonCode) code!: SuggestionReasonCode;
  @Field({ description: 'E.g. the CPV code and label, the status, the score' }) detail!: string;
}

@ObjectType('ShortlistSuggestion')
export class ShortlistSuggestionType {
  @Field({ description: '0..100; higher first' }) score!: number;
  @Field(() => [SuggestionReasonType]) reasons!: SuggestionReasonType[];
  supplierId!: string;
}

@ObjectType('MinimumSuppliers')
export class MinimumSuppliersType {
  @Field(() => PurchaseType) purchaseType!: PurchaseType;
  @Field(() => Int) minimum!: number;
}

@ObjectType('MinimumBiddingDays')
export class MinimumBiddingDaysType {
  @Field(() => PurchaseType) purchaseType!: PurchaseType;
  @Field(() => Int) days!: number;
}

@ObjectType('PurchasingPolicy')
export class PurchasingPolicyType {
  @Field(() => [MinimumSuppliersType], { description: 'Fewer suppliers on a shortlist need a single-source justification' })
  minimumSuppliers!: MinimumSuppliersType[];
  @Field(() => [MinimumBiddingDaysType], { description: 'Days from publishing to the closing time; a shorter bidding period needs a written justification' })
  minimumBiddingDays!: MinimumBiddingDaysType[];
  @Field(() => Date, { nullable: true, description: 'None while the defaults apply' }) updatedAt!: Date | null;
}
