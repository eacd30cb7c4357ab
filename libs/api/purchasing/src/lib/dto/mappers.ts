import { CaseConflict } from '../entities/case-conflict.entity';
import { CaseStageChange } from '../entities/case-stage-change.entity';
import { Need } from '../entities/need.entity';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { ShortlistEntry, ShortlistReview } from '../entities/shortlist.entity';
import { SpecificationLine, SpecificationRequirement, SpecificationVersion } from '../entities/specification.entity';
import {
  ConflictDeclarationType,
  NeedType,
  PersonType,
  PurchaseCaseType,
  ShortlistEntryType,
  ShortlistReviewType,
  SpecificationVersionType,
  SpecLineType,
  SpecRequirementType,
  StageChangeType,
} from './purchasing.types';

export const UNKNOWN_PERSON = (id: string): PersonType => ({ id, name: '(unknown)', email: '' });

export const toNeedType = (n: Need): NeedType => ({
  id: n.id,
  title: n.title,
  description: n.description,
  justification: n.justification,
  quantity: n.quantity,
  unit: n.unit,
  neededBy: n.neededBy,
  estimatedValue: n.estimatedValue,
  currency: n.currency,
  budgetReference: n.budgetReference,
  categoryCode: n.categoryCode,
  status: n.status,
  declineReason: n.declineReason,
  decidedAt: n.decidedAt,
  createdAt: n.createdAt,
  requesterId: n.requesterId,
});

export const toCaseType = (c: PurchaseCase): PurchaseCaseType => ({
  id: c.id,
  reference: c.reference,
  title: c.title,
  description: c.description,
  categoryCode: c.categoryCode,
  purchaseType: c.purchaseType,
  importance: c.importance,
  estimatedValue: c.estimatedValue,
  currency: c.currency,
  neededBy: c.neededBy,
  budgetReference: c.budgetReference,
  requiredCertificates: c.requiredCertificates ?? [],
  stage: c.stage,
  cancelReason: c.cancelReason,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  stageChangedAt: c.stageChangedAt,
  sourceCaseId: c.sourceCaseId,
  needId: c.needId,
  organizationId: c.organizationId,
});

export const toConflictType = (c: CaseConflict, user: PersonType): ConflictDeclarationType => ({
  id: c.id,
  statement: c.statement,
  user,
  createdAt: c.declaredAt,
  supplierId: c.supplierId,
});

export const toStageChangeType = (s: CaseStageChange, actorName: string | null): StageChangeType => ({
  id: s.id,
  from: s.fromStage,
  to: s.toStage,
  reason: s.reason,
  actorName,
  at: s.occurredAt,
});

export const toSpecVersionType = (v: SpecificationVersion): SpecificationVersionType => ({
  id: v.id,
  version: v.version,
  status: v.status,
  note: v.note,
  baseVersionId: v.baseVersionId,
  copiedFromVersionId: v.copiedFromVersionId,
  createdAt: v.createdAt,
  approvedAt: v.approvedAt,
  caseId: v.caseId,
  createdBy: v.createdBy,
  approvedBy: v.approvedBy,
});

export const toSpecLineType = (l: SpecificationLine): SpecLineType => ({
  key: l.key,
  position: l.position,
  description: l.description,
  quantity: l.quantity,
  unit: l.unit,
  attributes: l.attributes.map((a) => ({ name: a.name, value: a.value })),
});

export const toSpecRequirementType = (r: SpecificationRequirement): SpecRequirementType => ({
  key: r.key,
  position: r.position,
  text: r.text,
  kind: r.kind,
  weight: r.weight,
});

export const toShortlistEntryType = (e: ShortlistEntry): ShortlistEntryType => ({
  id: e.id,
  decision: e.decision,
  reason: e.reason,
  source: e.source,
  decidedAt: e.decidedAt,
  supplierId: e.supplierId,
  decidedBy: e.decidedBy,
});

export const toShortlistReviewType = (r: ShortlistReview, actorName: string | null): ShortlistReviewType => ({
  id: r.id,
  action: r.action,
  comment: r.comment,
  singleSourceJustification: r.singleSourceJustification,
  suppliersIn: r.suppliersIn,
  actorName,
  at: r.occurredAt,
});
