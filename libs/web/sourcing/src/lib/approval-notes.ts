import type { ReasonDialogNote } from '@bc/web/ui';

/** A shortlist warning as the API gives it (`approvalWarnings`). */
export interface ApprovalWarning {
  supplierName: string;
  kind: string;
  certificate?: string | null;
  detail?: string | null;
}

/** A date YYYY-MM-DD as the reader writes dates (a calendar day: no time zone shifts it). */
export function calendarDate(isoDay: string, lang: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/**
 * What the gatekeeper is shown in the approval dialog: which certificates the case requires (if
 * any), then one warning per supplier and problem, in the reader's language: "Hanse: ISO 9001
 * missing", "… ISO 9001 expired on 1 Oct 2026", "… is blocked" with the block's reason under it.
 */
export function approvalNotes(warnings: readonly ApprovalWarning[], requiredCertificates: readonly string[], lang: string): ReasonDialogNote[] {
  const required: ReasonDialogNote[] = requiredCertificates.length
    ? [{ key: 'shortlist.requiredCertificates', params: { names: requiredCertificates.join(', ') } }]
    : [];
  return [
    ...required,
    ...warnings.map((w) => ({
      key: `shortlist.warnings.${w.kind}`,
      params: {
        supplier: w.supplierName,
        certificate: w.certificate ?? '',
        date: w.kind === 'CERTIFICATE_EXPIRED' && w.detail ? calendarDate(w.detail, lang) : '',
      },
      text: w.kind === 'BLOCKED' ? (w.detail ?? null) : null,
      warning: true,
    })),
  ];
}
