import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify';
import { isEmail, isISO31661Alpha2, isURL } from 'class-validator';
import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { conflict, countryCode, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { CPV_CODE, Locale, QualificationStatus } from '@bc/shared/domain';
import { SUPPLIER_LIMITS } from '../dto/supplier.inputs';
import { CpvService } from './cpv.service';
import { categoryPrefixes } from './supplier-directory.service';
import { SupplierQuery, supplierSql } from './supplier-search.service';
import { withTrigramThreshold } from './search-text';

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
type Column = (typeof CSV_COLUMNS)[number];

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

interface ValidRow {
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

const PHONE = /^[0-9+()./\- ]{3,50}$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula gets a leading single quote (OWASP CSV injection). */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `guardCell` on import, so that an exported file re-imports to the same values. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const list = (cell: string) =>
  cell
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);

/**
 * How the export suits the reader's spreadsheet: Excel opens a CSV with the list separator of the
 * system's region, and German Excel expects semicolons and a decimal comma (the comma being the
 * decimal sign there); English Excel expects commas and a decimal point. Both get a UTF-8 BOM,
 * without which Excel reads umlauts as Windows-1252. Import reads either.
 */
export const CSV_FORMATS: Record<Locale, { delimiter: string; decimal: string }> = {
  [Locale.EN]: { delimiter: ',', decimal: '.' },
  [Locale.DE]: { delimiter: ';', decimal: ',' },
};

@Injectable()
export class SupplierCsvService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly cpv: CpvService,
  ) {}

  /**
   * Checks every row and reports each problem (line, column, code). Writes nothing when a row
   * is rejected, unless `importValidRows`; then the valid rows are written and the rest reported.
   */
  async import(ctx: RequestContext, csv: string, importValidRows: boolean, field = 'csv'): Promise<ImportReport> {
    const bytes = Buffer.byteLength(csv, 'utf8');
    if (bytes > CSV_MAX_BYTES) {
      throw validationFailed(field, `The file has ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${CSV_MAX_BYTES / 1024 / 1024} MB can be imported at once`);
    }
    const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
    let records: Array<{ info: { lines: number }; record: string[] }>;
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

    const header = head.record.map((h) => h.trim().toLowerCase());
    const headerProblems: RejectedRow[] = [];
    const ignored = new Set<string>(EXPORT_ONLY_COLUMNS);
    header.forEach((h) => {
      if (!(CSV_COLUMNS as readonly string[]).includes(h) && !ignored.has(h)) {
        headerProblems.push({ line: 1, field: h || '(blank)', code: CsvRejection.UNKNOWN_COLUMN, message: `Unknown column "${h}"; the columns are ${CSV_COLUMNS.join(', ')}` });
      }
    });
    for (const required of ['name', 'country'] as const) {
      if (!header.includes(required)) headerProblems.push({ line: 1, field: required, code: CsvRejection.MISSING_COLUMN, message: `The column "${required}" is missing` });
    }
    if (headerProblems.length > 0) {
      return this.finish(ctx, { totalRows: rows.length, imported: 0, rejected: headerProblems, written: false }, []);
    }
    const index = new Map(header.map((h, i) => [h, i]));
    const cell = (r: string[], c: Column) => {
      const i = index.get(c);
      return i === undefined ? '' : unguardCell(r[i] ?? '').trim();
    };

    const rejected: RejectedRow[] = [];
    const candidates: ValidRow[] = [];
    const allCodes = new Set<string>();
    for (const { info, record } of rows) {
      const line = info.lines;
      const problems: RejectedRow[] = [];
      const reject = (f: string, code: CsvRejection, message: string) => problems.push({ line, field: f, code, message });
      if (record.length !== header.length) {
        reject('row', CsvRejection.COLUMN_COUNT, `The row has ${record.length} cells; the header has ${header.length}`);
        rejected.push(...problems);
        continue;
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
        else allCodes.add(code);
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

      if (problems.length > 0) rejected.push(...problems);
      else
        candidates.push({
          line,
          name,
          country,
          description,
          categories,
          tags,
          status,
          website,
          contact: contactName ? { name: contactName, email, phone, position } : null,
        });
    }

    // Codes that look right but are not in the vocabulary: one look-up for the whole file.
    const known = await this.cpv.getMany(ctx, [...allCodes]);
    // Duplicates against the directory: one look-up for the whole file.
    const existing: Array<{ key: string }> = candidates.length
      ? await this.connection.manager(ctx).query(
          `SELECT lower(name) || '|' || country AS key FROM supplier
            WHERE organization_id = $1 AND (lower(name), country) IN (SELECT lower(n), c FROM unnest($2::text[], $3::text[]) AS x(n, c))`,
          [ctx.organizationId, candidates.map((c) => c.name), candidates.map((c) => c.country)],
        )
      : [];
    const inDirectory = new Set(existing.map((e) => e.key));
    const seen = new Map<string, number>();
    const valid: ValidRow[] = [];
    for (const row of candidates) {
      const problems: RejectedRow[] = [];
      const unknown = row.categories.filter((c) => !known.has(c));
      for (const code of unknown) problems.push({ line: row.line, field: 'categories', code: CsvRejection.UNKNOWN_CPV_CODE, message: `${code} is not a CPV 2008 code` });
      const key = `${row.name.toLowerCase()}|${row.country}`;
      if (inDirectory.has(key)) {
        problems.push({ line: row.line, field: 'name', code: CsvRejection.DUPLICATE, message: `${row.name} (${row.country}) is already in the directory` });
      } else if (seen.has(key)) {
        problems.push({ line: row.line, field: 'name', code: CsvRejection.DUPLICATE_IN_FILE, message: `${row.name} (${row.country}) is already on line ${seen.get(key)}` });
      }
      if (!seen.has(key)) seen.set(key, row.line);
      if (problems.length > 0) rejected.push(...problems);
      else valid.push(row);
    }
    rejected.sort((a, b) => a.line - b.line);

    const write = valid.length > 0 && (rejected.length === 0 || importValidRows);
    if (write) await this.insert(ctx, valid);
    return this.finish(ctx, { totalRows: rows.length, imported: write ? valid.length : 0, rejected, written: write }, valid);
  }

  private async finish(ctx: RequestContext, report: ImportReport, valid: ValidRow[]): Promise<ImportReport> {
    await this.audit.record(ctx, {
      action: report.written ? 'supplier.imported' : 'supplier.import-refused',
      entityType: 'Supplier',
      summary: {
        totalRows: report.totalRows,
        imported: report.imported,
        rejectedRows: new Set(report.rejected.map((r) => r.line)).size,
        ...(report.written ? { names: valid.slice(0, 20).map((v) => v.name) } : {}),
      },
    });
    return report;
  }

  /** Set-based, in chunks: one INSERT of suppliers and one of contacts per 1 000 rows. */
  private async insert(ctx: RequestContext, rows: ValidRow[]): Promise<void> {
    const em = this.connection.manager(ctx);
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      let inserted: Array<{ id: string; key: string }>;
      try {
        inserted = await em.query(
          `INSERT INTO supplier (organization_id, name, country, description, cpv_codes, category_prefixes, tags, qualification_status, website, created_by)
           SELECT $1, r.name, r.country, r.description,
                  ARRAY(SELECT jsonb_array_elements_text(r.categories)), ARRAY(SELECT jsonb_array_elements_text(r.prefixes)),
                  ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.status, r.website, $2
             FROM jsonb_to_recordset($3::jsonb) AS r(name text, country text, description text, categories jsonb, prefixes jsonb, tags jsonb, status text, website text)
           RETURNING id, lower(name) || '|' || country AS key`,
          [
            ctx.organizationId,
            ctx.userId,
            JSON.stringify(
              chunk.map((r) => ({
                name: r.name,
                country: r.country,
                description: r.description,
                categories: r.categories,
                prefixes: categoryPrefixes(r.categories),
                tags: r.tags,
                status: r.status,
                website: r.website,
              })),
            ),
          ],
        );
      } catch (e) {
        if ((e as { code?: string }).code === '23505') throw conflict('A supplier of the file was added to the directory meanwhile; import again', 'csv');
        throw e;
      }
      // Name and country are unique among the rows written (duplicates were rejected): they find each new id.
      const ids = new Map(inserted.map((r) => [r.key, r.id]));
      const contacts = chunk.flatMap((r) => {
        const id = ids.get(`${r.name.toLowerCase()}|${r.country}`);
        return r.contact && id ? [{ supplier_id: id, ...r.contact }] : [];
      });
      if (contacts.length > 0) {
        await em.query(
          `INSERT INTO supplier_contact (organization_id, supplier_id, name, email, phone, position)
           SELECT $1, c.supplier_id, c.name, c.email, c.phone, c.position
             FROM jsonb_to_recordset($2::jsonb) AS c(supplier_id uuid, name text, email text, phone text, position text)`,
          [ctx.organizationId, JSON.stringify(contacts)],
        );
      }
    }
  }

  /**
   * The (filtered) directory as CSV, streamed in pages of 1 000 by name (keyset), with the first
   * contact of each supplier. Cells that a spreadsheet would run as formulas are quoted.
   */
  export(ctx: RequestContext, q: SupplierQuery, locale: Locale = Locale.EN): Readable {
    const format = CSV_FORMATS[locale];
    const stringifier = stringify({
      header: true,
      columns: [...CSV_COLUMNS, ...EXPORT_ONLY_COLUMNS],
      bom: true,
      delimiter: format.delimiter,
      cast: { boolean: (v) => (v ? 'true' : 'false') },
    });
    // The rank is selected (and not used) so that every parameter of the search has a use and a type.
    const { cte, where, params, rank } = supplierSql(ctx.organizationId, q);
    const n = params.length;
    // One transaction for the whole export, with the search's trigram threshold.
    const pump = (em: EntityManager) => async () => {
      let after: { name: string; id: string } | null = null;
      for (;;) {
        const rows: Array<Record<string, unknown>> = await em.query(
          `${cte ? `WITH ${cte} ` : ''}SELECT s.id, s.name, s.country, s.description, s.cpv_codes, s.tags, s.qualification_status, s.status_before_block,
                  s.blocked_reason, s.website, s.reliability_score, c.name AS contact_name, c.email AS contact_email,
                  c.phone AS contact_phone, c.position AS contact_position, ${rank ?? 'NULL'} AS rank
             FROM supplier s
             LEFT JOIN LATERAL (SELECT name, email, phone, position FROM supplier_contact
                                 WHERE supplier_id = s.id ORDER BY created_at, id LIMIT 1) c ON true
            WHERE ${where} AND ($${n + 1}::text IS NULL OR (s.name, s.id) > ($${n + 1}::text, $${n + 2}::uuid))
            ORDER BY s.name, s.id LIMIT 1000`,
          [...params, after?.name ?? null, after?.id ?? null],
        );
        for (const r of rows) {
          const status = r['qualification_status'] === QualificationStatus.BLOCKED ? (r['status_before_block'] ?? QualificationStatus.PROSPECT) : r['qualification_status'];
          const text = (v: unknown) => guardCell(v === null || v === undefined ? '' : String(v));
          const ok = stringifier.write({
            name: text(r['name']),
            country: text(r['country']),
            description: text(r['description']),
            categories: (r['cpv_codes'] as string[]).join(';'),
            tags: text((r['tags'] as string[]).join(';')),
            status,
            website: text(r['website']),
            contact_name: text(r['contact_name']),
            contact_email: text(r['contact_email']),
            contact_phone: text(r['contact_phone']),
            contact_position: text(r['contact_position']),
            blocked_reason: text(r['blocked_reason']),
            reliability_score: r['reliability_score'] === null ? '' : String(r['reliability_score']).replace('.', format.decimal),
          });
          if (!ok) await new Promise((resolve) => stringifier.once('drain', resolve));
        }
        if (rows.length < 1000) break;
        const last = rows[rows.length - 1];
        after = { name: String(last['name']), id: String(last['id']) };
      }
      stringifier.end();
    };
    withTrigramThreshold(this.connection, ctx, (em) => pump(em)()).catch((e) => stringifier.destroy(e as Error));
    return stringifier;
  }

  /** Refuses a filter that would silently find nothing (an unknown category); before any byte is sent. */
  async assertExportable(ctx: RequestContext, q: SupplierQuery): Promise<void> {
    await this.cpv.assertKnownFilter(ctx, q.category);
  }

  /** The whole export as one string (for GraphQL clients). */
  async exportText(ctx: RequestContext, q: SupplierQuery, locale: Locale = Locale.EN): Promise<string> {
    await this.assertExportable(ctx, q);
    const chunks: Buffer[] = [];
    for await (const chunk of this.export(ctx, q, locale)) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return Buffer.concat(chunks).toString('utf8');
  }
}
