import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { conflict, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { Locale, QualificationStatus } from '@bc/shared/domain';
import { CpvService } from './cpv.service';
import { categoryPrefixes } from './supplier-directory.service';
import { SupplierQuery, supplierSql } from './supplier-search.service';
import { checkRow, headerProblems, readCsv } from './supplier-csv-rows';
import { CSV_COLUMNS, CsvRejection, EXPORT_ONLY_COLUMNS, guardCell, ImportReport, RejectedRow, ValidRow } from './supplier-csv-format';
import { withTrigramThreshold } from './search-text';

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
    const { head, rows } = readCsv(csv, field);
    const header = head.record.map((h) => h.trim().toLowerCase());
    const problems = headerProblems(header);
    if (problems.length > 0) {
      return this.finish(ctx, { totalRows: rows.length, imported: 0, rejected: problems, written: false }, []);
    }
    const rejected: RejectedRow[] = [];
    const candidates: ValidRow[] = [];
    for (const record of rows) {
      const checked = checkRow(header, record);
      rejected.push(...checked.problems);
      if (checked.row) candidates.push(checked.row);
    }
    const allCodes = new Set(candidates.flatMap((c) => c.categories));

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
