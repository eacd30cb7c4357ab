import { CpvCode } from '../entities/cpv-code.entity';
import { SupplierContact } from '../entities/supplier-contact.entity';
import { SupplierDocument } from '../entities/supplier-document.entity';
import { SupplierNote } from '../entities/supplier-note.entity';
import { SupplierPerformanceEvent } from '../entities/supplier-performance-event.entity';
import type { CertificateView } from '../services/supplier-loaders';
import type { SupplierView } from '../services/supplier-rows';
import {
  CertificateType,
  CpvCodeType,
  PerformanceEventType,
  SupplierContactType,
  SupplierDocumentType,
  SupplierNoteType,
  SupplierType,
} from './supplier.types';

export const toCpvCodeType = (c: CpvCode): CpvCodeType => ({
  code: c.code,
  label: c.label,
  labelDe: c.labelDe,
  prefix: c.prefix,
  level: c.level,
  parentCode: c.parentCode,
});

export const toSupplierType = (s: SupplierView): SupplierType => ({
  id: s.id,
  name: s.name,
  description: s.description,
  country: s.country,
  website: s.website,
  tags: s.tags,
  qualificationStatus: s.qualificationStatus,
  blockedReason: s.blockedReason,
  hasExpiredCertificate: s.hasExpiredCertificate,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  cpvCodes: s.cpvCodes,
  portalOrganizationId: s.portalOrganizationId,
  reliabilityScore: s.reliabilityScore,
});

export const toContactType = (c: SupplierContact): SupplierContactType => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  position: c.position,
});

export const toCertificateType = (c: CertificateView): CertificateType => ({
  id: c.id,
  name: c.name,
  issuer: c.issuer,
  number: c.number,
  validFrom: c.validFrom,
  validUntil: c.validUntil,
  expired: c.expired,
  fileId: c.fileId,
});

export const toDocumentType = (d: SupplierDocument): SupplierDocumentType => ({ id: d.id, title: d.title, createdAt: d.createdAt, fileId: d.fileId });

export const toNoteType = (n: SupplierNote): SupplierNoteType => ({ id: n.id, body: n.body, authorName: n.authorName, createdAt: n.createdAt });

export const toPerformanceEventType = (e: SupplierPerformanceEvent): PerformanceEventType => ({
  id: e.id,
  kind: e.kind,
  occurredOn: e.occurredOn,
  onTime: e.onTime,
  caseId: e.caseId,
  note: e.note,
  createdAt: e.createdAt,
});
