import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CombinedReads, RequestContext, TransactionalConnection } from '@bc/api/core';
import { Locale, Role } from '@bc/shared/domain';

/** Who acted or is named: a user's name and email, and their organization. */
export interface PersonRow {
  id: string;
  name: string;
  email: string;
  organizationId: string | null;
}

/** A user as other libraries need them to address or name someone. */
export interface DirectoryUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  roles: Role[];
}

const COLUMNS = `id, email, name, locale, roles`;

/**
 * Identity's typed reads of `app_user` and `organization` for the other libraries (mail
 * recipients, names, the reader's language): they ask here instead of reading the tables with their own SQL.
 */
@Injectable()
export class UserDirectory {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
  ) {}

  /** Users of the organization by id, by email (or by name); active ones only unless `includeDisabled` (for naming who acted). */
  async byIds(ctx: RequestContext, organizationId: string | null, ids: readonly string[], includeDisabled = false, order: 'email' | 'name' = 'email'): Promise<DirectoryUser[]> {
    if (ids.length === 0) return [];
    return this.reads.rows(
      ctx,
      `SELECT ${COLUMNS} FROM app_user
        WHERE ($1::uuid IS NULL OR organization_id = $1) AND id = ANY ($2::uuid[]) ${includeDisabled ? '' : 'AND disabled_at IS NULL'}
        ORDER BY ${order === 'name' ? 'name, id' : 'email'}`,
      [organizationId, [...ids]],
    );
  }

  /** The organization's active users who hold `role`, by email. */
  withRole(ctx: RequestContext, organizationId: string, role: Role): Promise<DirectoryUser[]> {
    return this.connection.manager(ctx).query(
      `SELECT ${COLUMNS} FROM app_user WHERE organization_id = $1 AND $2 = ANY (roles) AND disabled_at IS NULL ORDER BY email`,
      [organizationId, role],
    );
  }

  /** The organization's active users who hold any of `roles`, by name. */
  withAnyRole(ctx: RequestContext, organizationId: string, roles: readonly Role[]): Promise<DirectoryUser[]> {
    return this.connection.manager(ctx).query(
      `SELECT ${COLUMNS} FROM app_user WHERE organization_id = $1 AND disabled_at IS NULL AND roles && $2::text[] ORDER BY name, id`,
      [organizationId, [...roles]],
    );
  }

  /** A user of the organization (disabled ones too: they still name who acted), or null. */
  async one(ctx: RequestContext, id: string, organizationId: string | null = null): Promise<DirectoryUser | null> {
    const [row] = await this.connection
      .manager(ctx)
      .query(`SELECT ${COLUMNS} FROM app_user WHERE id = $1 AND ($2::uuid IS NULL OR organization_id = $2)`, [id, organizationId]);
    return row ?? null;
  }

  /** The name of a user of the caller's organization, or null (no id, or another organization's). */
  async nameOf(ctx: RequestContext, id: string | null): Promise<string | null> {
    return id ? ((await this.one(ctx, id, ctx.organizationId))?.name ?? null) : null;
  }

  /** The language documents are written in for the signed-in reader: German for a German user, else English. */
  async readerLocale(ctx: RequestContext): Promise<Locale> {
    return (await this.one(ctx, ctx.userId))?.locale === Locale.DE ? Locale.DE : Locale.EN;
  }

  /** An organization's name and country, or null. */
  async organization(ctx: RequestContext, id: string): Promise<{ name: string; country: string | null } | null> {
    return (await this.organizations(ctx, [id])).get(id) ?? null;
  }

  /** Organizations' names and countries, by id. */
  async organizations(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, { name: string; country: string | null }>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string; country: string | null }> = await this.connection
      .manager(ctx)
      .query(`SELECT id, name, country FROM organization WHERE id = ANY ($1::uuid[])`, [[...ids]]);
    return new Map(rows.map((r) => [r.id, { name: r.name, country: r.country ?? null }]));
  }

  /** Names by id (disabled users included: they still name who acted), of one organization if given. */
  async names(ctx: RequestContext, ids: readonly string[], organizationId: string | null = null): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT id, name FROM app_user WHERE id = ANY ($1::uuid[]) AND ($2::uuid IS NULL OR organization_id = $2)`, [[...new Set(ids)], organizationId]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * The request's loader of people by id (any organization's: disabled users still name who acted).
   * Other libraries' loaders name their rows' actors through it, so a page's names cost one statement.
   */
  people(ctx: RequestContext): DataLoader<string, PersonRow | null> {
    return ctx.loader(
      'identity.people',
      async (ids) => {
        const rows = await this.reads.rows<PersonRow>(ctx, `SELECT id, name, email, organization_id AS "organizationId" FROM app_user WHERE id = ANY ($1::uuid[])`, [ids]);
        return new Map(rows.map((r) => [r.id, r]));
      },
      null,
    );
  }

  /** The people with these ids (null and unknown ids are skipped), by id. */
  async peopleByIds(ctx: RequestContext, ids: ReadonlyArray<string | null | undefined>): Promise<Map<string, PersonRow>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    const found = await this.people(ctx).loadMany(wanted);
    return new Map(found.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p] as const] : [])));
  }
}
