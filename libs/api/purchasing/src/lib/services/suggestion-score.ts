import { QUALIFICATION_RANK, QualificationStatus } from '@bc/shared/domain';

export interface SuggestionFacts {
  qualification: QualificationStatus;
  /** 0..100; null without performance history. */
  reliability: number | null;
  certificateCount: number;
  hasExpiredCertificate: boolean;
  /** How many certificates the case requires that the supplier lacks (`certificateGaps`); null when it requires none. */
  requiredCertificateGaps?: number | null;
  /** 0..1 share of RFQ invitations answered with a quote; null until the RFQ capability records them. */
  responseRate: number | null;
}

/** Weights of the suggestion score (out of 100). */
export const SUGGESTION_WEIGHTS = { qualification: 40, certificates: 20, reliability: 30, responseRate: 10 } as const;

/**
 * Ranks suppliers for a shortlist, 0..100: qualification (APPROVED full, QUALIFIED 2/3, PROSPECT
 * 1/3), certificates (all valid full, none half, one expired nothing; for a case that requires
 * certificates: all of them held and valid full, any lacking nothing), reliability score, and the
 * response rate. An unknown reliability or response rate counts as the middle, so a newcomer is
 * neither favoured nor buried.
 */
export function suggestionScore(f: SuggestionFacts): number {
  const w = SUGGESTION_WEIGHTS;
  const qualification = (QUALIFICATION_RANK[f.qualification] / QUALIFICATION_RANK[QualificationStatus.APPROVED]) * w.qualification;
  const certificates =
    f.requiredCertificateGaps !== null && f.requiredCertificateGaps !== undefined
      ? f.requiredCertificateGaps === 0
        ? w.certificates
        : 0
      : f.hasExpiredCertificate
        ? 0
        : f.certificateCount === 0
          ? w.certificates / 2
          : w.certificates;
  const reliability = ((f.reliability ?? 50) / 100) * w.reliability;
  const responseRate = (f.responseRate ?? 0.5) * w.responseRate;
  return Math.round((qualification + certificates + reliability + responseRate) * 10) / 10;
}
