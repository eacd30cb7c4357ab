import type { CaseStage, RfqCriterion } from '@bc/shared/domain';

/** A person who may appear as a contact point, only where the organization publishes contacts. */
export interface ContactFacts {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface SupplierFacts {
  id: string;
  name: string;
  country: string | null;
  contact: ContactFacts | null;
}

/** A move of the closing time, as the audit trail recorded it (`rfq.closing-extended`). */
export interface ClosingChangeFacts {
  at: Date;
  from: string;
  to: string;
  questionsCloseAt: string | null;
  reason: string;
}

export interface AwardLineFacts {
  lineKey: string;
  supplierId: string;
  quantity: number;
  unitPrice: number;
}

/**
 * Everything one case's releases are built from, read in one batch by `OcdsFactsReader`. Quote
 * facts (`tenderers`) are only ever filled in once the RFQ has closed by the server's clock.
 */
export interface CaseFacts {
  caseId: string;
  reference: string;
  stage: CaseStage;
  stageChangedAt: Date;
  categoryCode: string | null;
  categoryLabel: string | null;
  organization: { id: string; name: string; country: string | null; locale: string };
  buyerContact: ContactFacts | null;
  rfq: {
    id: string;
    reference: string;
    title: string;
    description: string;
    currency: string;
    criteria: RfqCriterion[];
    publishedAt: Date;
    closesAt: Date;
    questionsCloseAt: Date;
    closedAt: Date | null;
    invitationCount: number;
  };
  /** The closing and question deadlines as published (before any change). */
  published: { closesAt: string; questionsCloseAt: string };
  closingChanges: ClosingChangeFacts[];
  lines: Array<{ key: string; position: number; description: string; quantity: number; unit: string }>;
  /** Suppliers whose quote stood at closing; empty until the RFQ has closed. */
  tenderers: SupplierFacts[];
  award: { id: string; decidedAt: Date; currency: string; totalValue: number; lines: AwardLineFacts[]; suppliers: SupplierFacts[] } | null;
}

export interface PublishingFacts {
  ocidPrefix: string;
  includeContacts: boolean;
  publicUrl: string;
  /** Where the package itself can be fetched (its `uri`). */
  packageUri: string;
  publishedDate: Date;
}
