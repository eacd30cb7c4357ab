/** The buying organization's supplier directory. */

export enum QualificationStatus {
  /** Known, not yet checked. */
  PROSPECT = 'PROSPECT',
  /** Checked against the organization's criteria. */
  QUALIFIED = 'QUALIFIED',
  /** Released for business. */
  APPROVED = 'APPROVED',
  /** Not to be invited; a gatekeeper blocked it with a reason. */
  BLOCKED = 'BLOCKED',
}

/** How strongly qualification counts when suppliers are ranked for a shortlist. */
export const QUALIFICATION_RANK: Readonly<Record<QualificationStatus, number>> = {
  [QualificationStatus.APPROVED]: 3,
  [QualificationStatus.QUALIFIED]: 2,
  [QualificationStatus.PROSPECT]: 1,
  [QualificationStatus.BLOCKED]: 0,
};

/** One recorded fact about a supplier's past performance. */
export enum PerformanceEventKind {
  /** A delivery; `onTime` says whether it came on time. */
  DELIVERY = 'DELIVERY',
  /** A quality incident (complaint, rejected lot, non-conformity). */
  QUALITY_INCIDENT = 'QUALITY_INCIDENT',
  /** A contract awarded to the supplier. */
  AWARD = 'AWARD',
}

/** Certificate validity, as a directory filter. */
export enum CertificateFilter {
  /** At least one certificate, none expired. */
  ALL_VALID = 'ALL_VALID',
  /** At least one expired certificate. */
  SOME_EXPIRED = 'SOME_EXPIRED',
  /** No certificate at all. */
  NONE = 'NONE',
}

/** A CPV code's digits without check digit, e.g. `45112000` of `45112000-5`. */
export const CPV_CODE = /^(\d{8})-(\d)$/;

/**
 * The hierarchy the CPV digits give: `45000000` is a division, `45100000` a group,
 * `45110000` a class, `45112000` a category. The prefix is the code's significant digits
 * (at least two); every code under a group starts with the group's prefix.
 */
export function cpvPrefix(code: string): string {
  const digits = code.slice(0, 8);
  const trimmed = digits.replace(/0+$/, '');
  return trimmed.length >= 2 ? trimmed : digits.slice(0, 2);
}

/** The prefixes of a code and of every level above it: `45112000-5` → 45, 451, 4511, 45112. */
export function cpvAncestorPrefixes(code: string): string[] {
  const prefix = cpvPrefix(code);
  const out: string[] = [];
  for (let n = 2; n <= prefix.length; n++) out.push(prefix.slice(0, n));
  return out;
}

/** What a gatekeeper is shown about a shortlisted supplier before approving the shortlist. */
export enum ShortlistWarningKind {
  /** Blocked by a gatekeeper (publishing the RFQ would be refused). */
  BLOCKED = 'BLOCKED',
  /** A certificate the case requires is on file but has expired (see `certificateGaps`). */
  CERTIFICATE_EXPIRED = 'CERTIFICATE_EXPIRED',
  /** No certificate on file meets one the case requires. */
  CERTIFICATE_MISSING = 'CERTIFICATE_MISSING',
}
