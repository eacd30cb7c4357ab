import { Injectable } from '@nestjs/common';
import { CombinedReads, groupRows, RequestContext, TransactionalConnection } from '@bc/api/core';
import { DirectoryUser, UserDirectory } from '@bc/api/identity';
import { caseRoles, Role } from '@bc/shared/domain';

/** Binds a value into a statement and answers its placeholder (`$3`, `:cv0`). */
export type SqlBind = (value: unknown) => string;

/** Placeholders for a raw statement: each bound value is appended to `values` and named `$n`. */
export function positional(values: unknown[]): SqlBind {
  return (value) => {
    values.push(value);
    return `$${values.length}`;
  };
}

/** Placeholders for a TypeORM query builder: each bound value becomes a named parameter `:cv<n>`. */
export function named(qb: { setParameter(key: string, value: unknown): unknown }, prefix = 'cv'): SqlBind {
  let n = 0;
  return (value) => {
    const key = `${prefix}${n++}`;
    qb.setParameter(key, value);
    return `:${key}`;
  };
}

/** Whether the caller's organization roles alone let them see every case of the organization (the rule of caseRoles). */
export function seesEveryCase(ctx: RequestContext): boolean {
  return caseRoles(ctx.signedIn.roles, []).length > 0;
}

/**
 * The case access rule as SQL, the twin of shared/domain's `caseRoles(...).length > 0`: true for
 * the cases (`caseIdColumn`) the caller may see — every case for organization-wide roles, else the
 * cases on whose team they are in a role they still hold. `teamOnly` asks for the team condition
 * even for organization-wide roles (the "mine" filter). The organization is the caller's own filter.
 */
export function caseVisibleSql(ctx: RequestContext, caseIdColumn: string, bind: SqlBind, teamOnly = false): string {
  if (!teamOnly && seesEveryCase(ctx)) return 'TRUE';
  return `EXISTS (SELECT 1 FROM case_member cv_m WHERE cv_m.case_id = ${caseIdColumn} AND cv_m.user_id = ${bind(ctx.userId)}
                     AND cv_m.role = ANY (${bind(ctx.signedIn.roles)}::text[]))`;
}

/**
 * Case visibility, one definition for lists, loaders and mailers: the SQL above for lists, and the
 * caller's roles per case (shared/domain's caseRoles over their team roles) for everything that
 * decides in code. Reads only purchasing's own `case_member`; user facts come from identity.
 */
@Injectable()
export class CaseVisibility {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
    private readonly directory: UserDirectory,
  ) {}

  /** The caller's team roles on each case (uncached: right after a team change too). */
  async teamRoles(ctx: RequestContext, caseIds: readonly string[]): Promise<Map<string, Role[]>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.reads.rows<{ caseId: string; role: Role }>(
      ctx,
      `SELECT case_id AS "caseId", role FROM case_member WHERE case_id = ANY ($1::uuid[]) AND user_id = $2`,
      [[...caseIds], ctx.userId],
    );
    return new Map([...groupRows(rows, (r) => r.caseId)].map(([k, v]) => [k, v.map((r) => r.role)]));
  }

  /** The caller's team roles on every case of their organization they are on the team of. */
  async teamRolesInOrganization(ctx: RequestContext): Promise<Map<string, Role[]>> {
    const rows: Array<{ caseId: string; role: Role }> = await this.connection.manager(ctx).query(
      `SELECT m.case_id AS "caseId", m.role FROM case_member m JOIN purchase_case c ON c.id = m.case_id WHERE m.user_id = $1 AND c.organization_id = $2`,
      [ctx.userId, ctx.organizationId],
    );
    return new Map([...groupRows(rows, (r) => r.caseId)].map(([k, v]) => [k, v.map((r) => r.role)]));
  }

  /** The caller's team roles per case, batched in the request's loader (shared by every field that asks). */
  myTeamRoles(ctx: RequestContext, caseId: string): Promise<Role[]> {
    return ctx.loader('purchasing.myTeamRoles', (ids: string[]) => this.teamRoles(ctx, ids), [] as Role[]).load(caseId);
  }

  /** The roles the caller acts in on each case (empty: they may not see it), batched per request. */
  async rolesOn(ctx: RequestContext, caseIds: readonly string[]): Promise<Map<string, Role[]>> {
    const team = await Promise.all(caseIds.map((id) => this.myTeamRoles(ctx, id)));
    return new Map(caseIds.map((id, i) => [id, caseRoles(ctx.signedIn.roles, team[i])]));
  }

  /**
   * Whom a case's team emails go to (and who works on it in a role: its specifiers), by email: its active team members who still hold their team
   * role (one of `roles`, if given), and the author of what the mail is about (`authorId`, if active).
   */
  async activeTeamUsers(
    ctx: RequestContext,
    organizationId: string,
    caseId: string,
    authorId: string | null,
    roles?: readonly Role[],
    order: 'email' | 'name' = 'email',
  ): Promise<DirectoryUser[]> {
    const { members, users } = await this.membersAndUsers(ctx, organizationId, caseId, roles, authorId, order);
    return users.filter((u) => u.id === authorId || members.some((m) => m.userId === u.id && u.roles.includes(m.role)));
  }

  /** The case's team as far as its members are active and still hold their team role. */
  async activeMembers(ctx: RequestContext, caseId: string): Promise<Array<{ userId: string; role: Role }>> {
    const { members, users } = await this.membersAndUsers(ctx, ctx.organizationId, caseId);
    const active = new Map(users.map((u) => [u.id, u]));
    return members.filter((m) => active.get(m.userId)?.roles.includes(m.role));
  }

  private async membersAndUsers(ctx: RequestContext, organizationId: string, caseId: string, roles?: readonly Role[], alsoUserId?: string | null, order: 'email' | 'name' = 'email') {
    const all: Array<{ userId: string; role: Role }> = await this.connection
      .manager(ctx)
      .query(`SELECT user_id AS "userId", role FROM case_member WHERE case_id = $1`, [caseId]);
    const members = all.filter((m) => !roles || roles.includes(m.role));
    const ids = new Set(members.map((m) => m.userId));
    if (alsoUserId) ids.add(alsoUserId);
    return { members, users: await this.directory.byIds(ctx, organizationId, [...ids], false, order) };
  }
}
