/**
 * Certificates a purchase requires, and whether a supplier's certificates on file meet them.
 * Certificates are free text per supplier ("DIN EN ISO 9001:2015"), a case names what it requires
 * ("ISO 9001"): the one rule that relates the two is `certificateMeets`.
 */

/** How many certificates a case may require, and how long each name may be. */
export const REQUIRED_CERTIFICATE_LIMITS = { count: 10, length: 100 } as const;

/**
 * The words of a certificate's name: lower case, without accents or punctuation, letters and
 * digits apart ("ISO9001" is "iso 9001"). "DIN EN ISO 9001:2015" → din, en, iso, 9001, 2015.
 */
export function certificateWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a certificate named `certificate` is one that `requirement` asks for: every word of the
 * requirement is a word of the certificate's name, in any case and whatever the punctuation.
 * "ISO 9001" is met by "DIN EN ISO 9001:2015", not by "ISO 14001" nor by "ISO 90011".
 */
export function certificateMeets(requirement: string, certificate: string): boolean {
  const wanted = certificateWords(requirement);
  if (wanted.length === 0) return false;
  const have = new Set(certificateWords(certificate));
  return wanted.every((w) => have.has(w));
}

/** A certificate on file: its name and, if it expires, the last day it is valid (YYYY-MM-DD). */
export interface CertificateOnFile {
  name: string;
  validUntil: string | null;
}

/** A required certificate a supplier lacks: none on file meets it, or every one that does has expired. */
export type CertificateGap = { certificate: string; kind: 'MISSING' } | { certificate: string; kind: 'EXPIRED'; expiredOn: string };

/**
 * The required certificates (in the order required) that `onFile` does not meet as of `today`
 * (YYYY-MM-DD). A certificate is valid through its `validUntil` day; one without it does not
 * expire. When only expired ones meet a requirement, the gap names the latest of their expiries.
 * Nothing required, no gap: a supplier without certificates is no problem for such a case.
 */
export function certificateGaps(required: readonly string[], onFile: readonly CertificateOnFile[], today: string): CertificateGap[] {
  return required.flatMap((requirement): CertificateGap[] => {
    const meeting = onFile.filter((c) => certificateMeets(requirement, c.name));
    if (meeting.length === 0) return [{ certificate: requirement, kind: 'MISSING' }];
    if (meeting.some((c) => c.validUntil === null || c.validUntil >= today)) return [];
    const expiredOn = meeting.map((c) => c.validUntil as string).sort().at(-1) as string;
    return [{ certificate: requirement, kind: 'EXPIRED', expiredOn }];
  });
}

/** Why a list of required certificates is refused: the entry (its index) and what is wrong with it. */
export interface RequiredCertificatesProblem {
  /** The entry at fault; null for the list as a whole (too many). */
  index: number | null;
  rule: 'TOO_MANY' | 'EMPTY' | 'TOO_LONG' | 'DUPLICATE';
  message: string;
}

/**
 * The first problem of a case's required certificates (as trimmed), or null: at most
 * REQUIRED_CERTIFICATE_LIMITS.count entries, each 1..length characters with a letter or digit, no two
 * the same in any case or punctuation (they would be met by the same certificates).
 */
export function requiredCertificatesProblem(list: readonly string[]): RequiredCertificatesProblem | null {
  const { count, length } = REQUIRED_CERTIFICATE_LIMITS;
  if (list.length > count) return { index: null, rule: 'TOO_MANY', message: `A case requires at most ${count} certificates` };
  const seen = new Set<string>();
  for (const [index, name] of list.entries()) {
    const words = certificateWords(name);
    if (words.length === 0) return { index, rule: 'EMPTY', message: 'A required certificate is named in letters or digits' };
    if ([...name].length > length) return { index, rule: 'TOO_LONG', message: `A required certificate's name has at most ${length} characters` };
    // Written differently but asking for the same ("ISO 9001", "iso-9001"): one requirement.
    const key = words.join(' ');
    if (seen.has(key)) return { index, rule: 'DUPLICATE', message: `${name.trim()} is required twice` };
    seen.add(key);
  }
  return null;
}
