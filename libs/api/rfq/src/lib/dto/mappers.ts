import { DEFAULT_CRITERIA, ImportanceClass, RfqStatus } from '@bc/shared/domain';
import { Rfq } from '../entities/rfq.entity';
import { RfqType } from './rfq.types';

/**
 * Two envelopes: prices of a closed two-envelope RFQ stay hidden from the whole buying side until
 * its technical scores are locked (before closing, everything is sealed anyway).
 */
export function pricesHidden(rfq: Pick<Rfq, 'status' | 'twoEnvelope' | 'technicalLockedAt'>): boolean {
  return rfq.twoEnvelope && rfq.status === RfqStatus.CLOSED && !rfq.technicalLockedAt;
}

export function toRfqType(rfq: Rfq, importance: ImportanceClass, specificationVersion: number, minimumBiddingDays: number): RfqType {
  return {
    ...rfq,
    minimumBiddingDays,
    closedEarlyByName: null,
    importance,
    specificationVersion,
    criteria: rfq.criteria,
    defaultCriteria: DEFAULT_CRITERIA[importance].map((c) => ({ ...c })),
    approvalRequestedByName: null,
    approvalDecidedByName: null,
    documentUrl: `/api/rfqs/${rfq.id}/document.pdf`,
    quotesOpen: rfq.status === 'CLOSED' && !!rfq.closedAt,
    pricesHidden: pricesHidden(rfq),
  };
}
