import { QualificationStatus } from '@bc/shared/domain';

/**
 * The directory as CSV. Columns (header names, any order, case-insensitive; only `name` and
 * `country` are required):
 *
 *   name, country (ISO 3166-1 alpha-2), description, categories (CPV codes with check digit,
 *   `;`-separated), tags (`;`-separated), status (PROSPECT | QUALIFIED | APPROVED; empty =
 *   PROSPECT), website, contact_name, contact_email, contact_phone, contact_position
 *
 * Export writes these columns and two that import ignores: blocked_reason and reliability_score
 * (a block is never imported: a gatekeeper decides it, with a reason).
 */
export const CSV_COLUMNS = [
  'name',
  'country',
  'description',
  'categories',
  'tags',
  'status',
  'website',
  'contact_name',
  'contact_email',
  'contact_phone',
  'contact_position',
] as const;
export const EXPORT_ONLY_COLUMNS = ['blocked_reason', 'reliability_score'] as const;
export type Column = (typeof CSV_COLUMNS)[number];

export const CSV_MAX_BYTES = 5 * 1024 * 1024;
export const CSV_MAX_ROWS = 20_000;

/** Reason codes of a rejected row. */
export enum CsvRejection {
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  TOO_MANY = 'TOO_MANY',
  INVALID_COUNTRY = 'INVALID_COUNTRY',
  INVALID_CPV_CODE = 'INVALID_CPV_CODE',
  UNKNOWN_CPV_CODE = 'UNKNOWN_CPV_CODE',
  INVALID_STATUS = 'INVALID_STATUS',
  BLOCKED_NOT_IMPORTABLE = 'BLOCKED_NOT_IMPORTABLE',
  INVALID_URL = 'INVALID_URL',
  INVALID_EMAIL = 'INVALID_EMAIL',
  INVALID_PHONE = 'INVALID_PHONE',
  DUPLICATE = 'DUPLICATE',
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
  COLUMN_COUNT = 'COLUMN_COUNT',
  MISSING_COLUMN = 'MISSING_COLUMN',
  UNKNOWN_COLUMN = 'UNKNOWN_COLUMN',
}

export interface RejectedRow {
  line: number;
  field: string;
  code: CsvRejection;
  message: string;
}

export interface ImportReport {
  totalRows: number;
  imported: number;
  rejected: RejectedRow[];
  written: boolean;
}

export interface ValidRow {
  line: number;
  name: string;
  country: string;
  description: string;
  categories: string[];
  tags: string[];
  status: QualificationStatus;
  website: string | null;
  contact: { name: string; email: string | null; phone: string | null; position: string | null } | null;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula gets a leading single quote (OWASP CSV injection). */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `guardCell` on import, so that an exported file re-imports to the same values. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
