import { parse } from 'csv-parse/sync';
import { isEmail, isISO31661Alpha2, isURL } from 'class-validator';
import { countryCode, validationFailed } from '@bc/api/core';
import { CPV_CODE, QualificationStatus } from '@bc/shared/domain';
import { SUPPLIER_LIMITS } from '../dto/supplier.inputs';
import { Column, CSV_COLUMNS, CSV_MAX_BYTES, CSV_MAX_ROWS, CsvRejection, EXPORT_ONLY_COLUMNS, RejectedRow, unguardCell, ValidRow } from './supplier-csv-format';

/**
 * Reading an imported CSV file, row by row, before anything is looked up in the database: the
 * file's size and shape, its header, and each row's cells against the directory's rules.
 */

const PHONE = /^[0-9+()./\- ]{3,50}$/;

const list = (cell: string) =>
  cell
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);

export interface CsvRecord {
  info: { lines: number };
  record: string[];
}

/** The file's header and rows (`;` or `,` as the first line uses), refused as a whole when too large or unreadable. */
export function readCsv(csv: string, field: string): { head: CsvRecord; rows: CsvRecord[] } {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > CSV_MAX_BYTES) {
    throw validationFailed(field, `The file has ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${CSV_MAX_BYTES / 1024 / 1024} MB can be imported at once`);
  }
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: CsvRecord[];
  try {
    records = parse(csv, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, max_record_size: 64 * 1024 }) as unknown as typeof records;
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    throw validationFailed(field, `The file is not valid CSV${err.lines ? ` (line ${err.lines})` : ''}: ${err.message ?? 'unreadable'}`);
  }
  if (records.length === 0) throw validationFailed(field, 'The file is empty: the first line must name the columns');
  const [head, ...rows] = records;
  if (rows.length > CSV_MAX_ROWS) {
    throw validationFailed(field, `The file has ${rows.length} rows; at most ${CSV_MAX_ROWS} can be imported at once`);
  }
  return { head, rows };
}

/** Unknown and missing columns (line 1). */
export function headerProblems(header: string[]): RejectedRow[] {
  const problems: RejectedRow[] = [];
  const ignored = new Set<string>(EXPORT_ONLY_COLUMNS);
  header.forEach((h) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(h) && !ignored.has(h)) {
      problems.push({ line: 1, field: h || '(blank)', code: CsvRejection.UNKNOWN_COLUMN, message: `Unknown column "${h}"; the columns are ${CSV_COLUMNS.join(', ')}` });
    }
  });
  for (const required of ['name', 'country'] as const) {
    if (!header.includes(required)) problems.push({ line: 1, field: required, code: CsvRejection.MISSING_COLUMN, message: `The column "${required}" is missing` });
  }
  return problems;
}

/** One row's problems, or the supplier it describes (its CPV codes still to be looked up). */
export function checkRow(header: string[], { info, record }: CsvRecord): { problems: RejectedRow[]; row?: ValidRow } {
  const index = new Map(header.map((h, i) => [h, i]));
  const cell = (r: string[], c: Column) => {
    const i = index.get(c);
    return i === undefined ? '' : unguardCell(r[i] ?? '').trim();
  };
  const line = info.lines;
  const problems: RejectedRow[] = [];
  const reject = (f: string, code: CsvRejection, message: string) => problems.push({ line, field: f, code, message });
  if (record.length !== header.length) {
    reject('row', CsvRejection.COLUMN_COUNT, `The row has ${record.length} cells; the header has ${header.length}`);
    return { problems };
  }
  const tooLong = (c: Column, max: number, value: string) => value.length > max && reject(c, CsvRejection.TOO_LONG, `${c} has ${value.length} characters; at most ${max}`);

  const name = cell(record, 'name');
  if (!name) reject('name', CsvRejection.REQUIRED, 'name is required');
  tooLong('name', SUPPLIER_LIMITS.name, name);

  // A code or the country's name in English or German, as in the directory's filter.
  const country = countryCode(cell(record, 'country')) ?? cell(record, 'country').toUpperCase();
  if (!country) reject('country', CsvRejection.REQUIRED, 'country is required');
  else if (!isISO31661Alpha2(country)) reject('country', CsvRejection.INVALID_COUNTRY, `"${country}" is neither an ISO 3166-1 alpha-2 country code nor a country name in English or German`);

  const description = cell(record, 'description');
  tooLong('description', SUPPLIER_LIMITS.description, description);

  const categories = [...new Set(list(cell(record, 'categories')))];
  if (categories.length > SUPPLIER_LIMITS.categories) reject('categories', CsvRejection.TOO_MANY, `At most ${SUPPLIER_LIMITS.categories} categories`);
  for (const code of categories) {
    if (!CPV_CODE.test(code)) reject('categories', CsvRejection.INVALID_CPV_CODE, `"${code}" is not a CPV code like 42122000-0`);
  }

  const tags = [...new Set(list(cell(record, 'tags')))];
  if (tags.length > SUPPLIER_LIMITS.tags) reject('tags', CsvRejection.TOO_MANY, `At most ${SUPPLIER_LIMITS.tags} tags`);
  const longTag = tags.find((t) => t.length > SUPPLIER_LIMITS.tag);
  if (longTag) reject('tags', CsvRejection.TOO_LONG, `The tag "${longTag.slice(0, 20)}…" has more than ${SUPPLIER_LIMITS.tag} characters`);

  const statusCell = cell(record, 'status').toUpperCase();
  let status = QualificationStatus.PROSPECT;
  if (statusCell === QualificationStatus.BLOCKED) {
    reject('status', CsvRejection.BLOCKED_NOT_IMPORTABLE, 'A supplier cannot be imported as BLOCKED: a gatekeeper blocks it, with a reason');
  } else if (statusCell) {
    if ((Object.values(QualificationStatus) as string[]).includes(statusCell)) status = statusCell as QualificationStatus;
    else reject('status', CsvRejection.INVALID_STATUS, `"${statusCell}" is not PROSPECT, QUALIFIED or APPROVED`);
  }

  const website = cell(record, 'website') || null;
  if (website) {
    tooLong('website', SUPPLIER_LIMITS.website, website);
    if (!isURL(website, { protocols: ['http', 'https'], require_protocol: true })) reject('website', CsvRejection.INVALID_URL, 'website must be an http(s) URL');
  }

  const contactName = cell(record, 'contact_name');
  const email = cell(record, 'contact_email').toLowerCase() || null;
  const phone = cell(record, 'contact_phone') || null;
  const position = cell(record, 'contact_position') || null;
  if (!contactName && (email || phone || position)) reject('contact_name', CsvRejection.REQUIRED, 'A contact needs a name');
  tooLong('contact_name', SUPPLIER_LIMITS.contactName, contactName);
  if (email && (email.length > SUPPLIER_LIMITS.email || !isEmail(email))) reject('contact_email', CsvRejection.INVALID_EMAIL, `"${email.slice(0, 60)}" is not an email address`);
  if (phone && !PHONE.test(phone)) reject('contact_phone', CsvRejection.INVALID_PHONE, 'contact_phone may hold digits, spaces and + ( ) . / - only');
  if (position) tooLong('contact_position', SUPPLIER_LIMITS.position, position);

  if (problems.length > 0) return { problems };
  return {
    problems,
    row: {
      line,
      name,
      country,
      description,
      categories,
      tags,
      status,
      website,
      contact: contactName ? { name: contactName, email, phone, position } : null,
    },
  };
}
