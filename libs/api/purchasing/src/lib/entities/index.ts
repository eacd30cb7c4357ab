import { CaseConflict } from './case-conflict.entity';
import { CaseMember } from './case-member.entity';
import { CaseReferenceCounter } from './case-reference-counter.entity';
import { CaseStageChange } from './case-stage-change.entity';
import { Need } from './need.entity';
import { PurchaseCase } from './purchase-case.entity';
import { PurchasingPolicy } from './purchasing-policy.entity';
import { Shortlist, ShortlistEntry, ShortlistReview, ShortlistReviewAction } from './shortlist.entity';
import {
  type LineAttribute,
  SpecificationAttachment,
  SpecificationLine,
  SpecificationRequirement,
  SpecificationVersion,
} from './specification.entity';

export type { LineAttribute };
export {
  CaseConflict,
  CaseMember,
  CaseReferenceCounter,
  CaseStageChange,
  Need,
  PurchaseCase,
  PurchasingPolicy,
  Shortlist,
  ShortlistEntry,
  ShortlistReview,
  ShortlistReviewAction,
  SpecificationAttachment,
  SpecificationLine,
  SpecificationRequirement,
  SpecificationVersion,
};

export const PURCHASING_ENTITIES = [
  Need,
  PurchaseCase,
  CaseReferenceCounter,
  CaseMember,
  CaseConflict,
  CaseStageChange,
  PurchasingPolicy,
  SpecificationVersion,
  SpecificationLine,
  SpecificationRequirement,
  SpecificationAttachment,
  Shortlist,
  ShortlistEntry,
  ShortlistReview,
];
