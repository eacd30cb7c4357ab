import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { Locale, Role } from '@bc/shared/domain';

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
 * Identity's typed reads of `app_user` for the other libraries (mail recipients, names): they ask
 * here instead of reading the table with their own SQL.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Users of the organization by id, by email; active ones only unless `includeDisabled` (for naming who acted). */
  async byIds(ctx: RequestContext, organizationId: string | null, ids: readonly string[], includeDisabled = false): Promise<DirectoryUser[]> {
    if (ids.length === 0) return [];
    return this.connection.manager(ctx).query(
      `SELECT ${COLUMNS} FROM app_user
        WHERE ($1::uuid IS NULL OR organization_id = $1) AND id = ANY ($2::uuid[]) ${includeDisabled ? '' : 'AND disabled_at IS NULL'}
        ORDER BY email`,
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

  /** Names by id (disabled users included: they still name who acted). */
  async names(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT id, name FROM app_user WHERE id = ANY ($1::uuid[])`, [[...ids]]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
