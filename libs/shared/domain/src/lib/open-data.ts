import { CaseStage } from './purchasing';

/**
 * Open data (OCDS 1.1.5): what both sides need to agree on. The ocid prefix is the one the Open
 * Contracting Partnership registers for a publisher: `ocds-` and six lowercase letters or digits.
 */
export const OCID_PREFIX_PATTERN = /^ocds-[a-z0-9]{6}$/;

export function isOcidPrefix(value: string): boolean {
  return OCID_PREFIX_PATTERN.test(value);
}

/**
 * The stages in which a case has left the RFQ stage: its RFQ has closed (the stage machine lets
 * no case into EVALUATION before that), so quotes have been opened and may be counted. A case
 * cancelled after its RFQ closed is published too (as a cancelled tender); one cancelled earlier is not.
 */
export const OPEN_DATA_STAGES: readonly CaseStage[] = [CaseStage.EVALUATION, CaseStage.NEGOTIATION, CaseStage.DECISION, CaseStage.AWARDED];

/** Cases per page of the public feed (and per database batch of the bulk export). */
export const OPEN_DATA_PAGE_SIZE = 50;
