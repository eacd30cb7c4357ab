import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, assertId, Clock, conflict, countRows, Keyset, KeysetPage, KeysetSort, notFound, PageRequest, readKeysetPage, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserService } from '@bc/api/identity';
import { CpvService, Supplier, SupplierCaseLinks, SupplierService } from '@bc/api/suppliers';
import {
  CaseStage,
  CLOSED_STAGES,
  ErrorCode,
  ImportanceClass,
  Permission,
  PRE_RFQ_STAGES,
  PurchaseType,
  requiredCertificatesProblem,
  Role,
  TEAM_ROLES,
} from '@bc/shared/domain';
import { In } from 'typeorm';
import { CaseConflict } from '../entities/case-conflict.entity';
import { CaseMember } from '../entities/case-member.entity';
import { CaseStageChange } from '../entities/case-stage-change.entity';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { Shortlist } from '../entities/shortlist.entity';
import { CaseAccessService } from './case-access.service';
import { caseVisibleSql, named, positional } from './case-visibility.service';

export interface NewCase {
  title: string;
  description?: string;
  categoryCode?: string | null;
  purchaseType: PurchaseType;
  importance: ImportanceClass;
  estimatedValue?: string | null;
  currency?: string;
  neededBy?: string | null;
  budgetReference?: string | null;
  requiredCertificates?: string[] | null;
  stage: CaseStage;
  sourceCaseId?: string | null;
  needId?: string | null;
  team: Array<{ userId: string; role: Role }>;
}

export type CaseChanges = Partial<
  Pick<PurchaseCase, 'title' | 'description' | 'categoryCode' | 'importance' | 'estimatedValue' | 'currency' | 'neededBy' | 'budgetReference'>
> & { requiredCertificates?: string[] | null };

/** A case as lists of other libraries name it. */
export interface CaseSummary {
  id: string;
  reference: string;
  title: string;
  stage: CaseStage;
}

export interface CaseFilter {
  stage?: CaseStage[];
  search?: string;
  purchaseType?: PurchaseType;
  importance?: ImportanceClass;
  mine?: boolean;
}

/** The trigram-indexed expression the list searches (see the migration's purchase_case_search_idx). */
/** The case list's one order, newest first; purchase_case_list_idx matches it. */
export const CASE_LIST_SORT: KeysetSort = {
  name: 'created',
  keys: [
    { expression: 'c.created_at', type: 'timestamptz', descending: true },
    { expression: 'c.id', type: 'uuid', descending: true },
  ],
};

const SEARCH_EXPRESSION = `(c.reference || ' ' || c.title || ' ' || c.description)`;

/** A case's required certificates as given (trimmed by the input), refused with the entry named: `input.requiredCertificates.2`. */
export function checkedRequiredCertificates(list: string[] | null | undefined, field: string): string[] {
  const names = (list ?? []).map((name) => name.trim());
  const problem = requiredCertificatesProblem(names);
  if (problem) throw validationFailed(problem.index === null ? field : `${field}.${problem.index}`, problem.message);
  return names;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const stageLocked = (c: PurchaseCase, what: string) =>
  new AppError(ErrorCode.STAGE_LOCKED, `${c.reference} is in ${c.stage}: ${what} is no longer possible`, {
    details: { stage: c.stage },
  });

@Injectable()
export class CaseService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly suppliers: SupplierService,
    private readonly users: UserService,
    private readonly cpv: CpvService,
    private readonly supplierCaseLinks: SupplierCaseLinks,
    private readonly clock: Clock,
  ) {}

  /** The supplier directory (below purchasing) asks here whether a case it is told about is the caller's organization's, and which categories cases use. */
  onModuleInit(): void {
    this.supplierCaseLinks.registerCaseExists((ctx, caseId) =>
      this.connection.getRepository(ctx, PurchaseCase).exists({ where: { id: caseId, organizationId: ctx.organizationId } }),
    );
    this.supplierCaseLinks.registerCaseCategories(async (ctx) => {
      const rows: Array<{ code: string }> = await this.connection
        .manager(ctx)
        .query(`SELECT DISTINCT category_code::text AS code FROM purchase_case WHERE organization_id = $1 AND category_code IS NOT NULL`, [ctx.organizationId]);
      return rows.map((r) => r.code.trim());
    });
  }

  /** Opens a case with its shortlist, team and first stage entry; the reference is allocated here. */
  async create(ctx: RequestContext, data: NewCase, field = 'input'): Promise<PurchaseCase> {
    if (data.categoryCode) await this.assertCpvCode(ctx, data.categoryCode, `${field}.categoryCode`);
    const requiredCertificates = checkedRequiredCertificates(data.requiredCertificates, `${field}.requiredCertificates`);
    const em = this.connection.manager(ctx);
    const reference = await this.nextReference(ctx);
    const repo = em.getRepository(PurchaseCase);
    const purchaseCase = await repo.save(
      repo.create({
        organizationId: ctx.organizationId,
        reference,
        title: data.title,
        description: data.description ?? '',
        categoryCode: data.categoryCode ?? null,
        purchaseType: data.purchaseType,
        importance: data.importance,
        estimatedValue: data.estimatedValue ?? null,
        currency: data.currency ?? 'EUR',
        neededBy: data.neededBy ?? null,
        budgetReference: data.budgetReference ?? null,
        requiredCertificates,
        stage: data.stage,
        sourceCaseId: data.sourceCaseId ?? null,
        needId: data.needId ?? null,
        createdBy: ctx.userId,
      }),
    );
    await em.getRepository(Shortlist).insert({ caseId: purchaseCase.id });
    const team = new Map(data.team.map((m) => [`${m.userId}:${m.role}`, m]));
    if (team.size > 0) {
      await em
        .getRepository(CaseMember)
        .insert([...team.values()].map((m) => ({ caseId: purchaseCase.id, userId: m.userId, role: m.role, addedBy: ctx.userId })));
    }
    await em.getRepository(CaseStageChange).insert({ caseId: purchaseCase.id, fromStage: null, toStage: data.stage, actorUserId: ctx.userId, occurredAt: this.clock.now() });
    await this.audit.record(ctx, {
      action: 'case.created',
      entityType: 'PurchaseCase',
      entityId: purchaseCase.id,
      summary: {
        reference,
        title: purchaseCase.title,
        purchaseType: purchaseCase.purchaseType,
        stage: purchaseCase.stage,
        ...(requiredCertificates.length ? { requiredCertificates } : {}),
        ...(purchaseCase.sourceCaseId ? { sourceCaseId: purchaseCase.sourceCaseId } : {}),
        ...(purchaseCase.needId ? { needId: purchaseCase.needId } : {}),
        team: [...team.values()],
      },
    });
    return purchaseCase;
  }

  /**
   * `PC-<year>-<number>`, numbered per organization and year. The upsert takes the counter row's
   * lock, so concurrent openings get consecutive numbers, never the same one.
   */
  private async nextReference(ctx: RequestContext): Promise<string> {
    const year = this.clock.now().getUTCFullYear();
    const [{ last_number }] = await this.connection.manager(ctx).query(
      `INSERT INTO case_reference_counter (organization_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last_number = case_reference_counter.last_number + 1
       RETURNING last_number`,
      [ctx.organizationId, year],
    );
    return `PC-${year}-${String(last_number).padStart(4, '0')}`;
  }

  async assertCpvCode(ctx: RequestContext, code: string, field: string): Promise<void> {
    if (!(await this.cpv.get(ctx, code))) throw validationFailed(field, `${code} is not a CPV code`);
  }

  async get(ctx: RequestContext, caseId: string): Promise<PurchaseCase> {
    return (await this.access.open(ctx, caseId)).purchaseCase;
  }

  /**
   * One page of the cases the caller may see, newest first, found by keyset (the index
   * purchase_case_list_idx matches the order, so every page costs the same), and the total by a
   * separate count over the same conditions.
   */
  async list(ctx: RequestContext, filter: CaseFilter, request: PageRequest): Promise<KeysetPage<PurchaseCase> & { total: number }> {
    const keyset = new Keyset(CASE_LIST_SORT, request);
    const qb = this.connection.getRepository(ctx, PurchaseCase).createQueryBuilder('c').where('c.organization_id = :org', { org: ctx.organizationId });
    qb.andWhere(caseVisibleSql(ctx, 'c.id', named(qb), filter.mine));
    if (filter.stage?.length) qb.andWhere('c.stage IN (:...stages)', { stages: filter.stage });
    if (filter.purchaseType) qb.andWhere('c.purchase_type = :type', { type: filter.purchaseType });
    if (filter.importance) qb.andWhere('c.importance = :importance', { importance: filter.importance });
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      qb.andWhere(`${SEARCH_EXPRESSION} ILIKE :pattern`, { pattern });
    }
    // One after the other: the request may hold one transaction's connection.
    const page = await readKeysetPage(qb, keyset);
    return { ...page, total: await countRows(qb) };
  }

  /** How many visible cases stand in each stage (every stage listed, zeros included). */
  async countsByStage(ctx: RequestContext): Promise<Array<{ stage: CaseStage; count: number }>> {
    const params: unknown[] = [ctx.organizationId];
    const visible = caseVisibleSql(ctx, 'c.id', positional(params));
    const rows: Array<{ stage: CaseStage; count: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT c.stage, count(*) AS count FROM purchase_case c WHERE c.organization_id = $1 AND ${visible} GROUP BY c.stage`, params);
    const counts = new Map(rows.map((r) => [r.stage, Number(r.count)]));
    return Object.values(CaseStage).map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
  }

  async update(ctx: RequestContext, caseId: string, changes: CaseChanges): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.CASE_MANAGE, true);
    if (!PRE_RFQ_STAGES.includes(purchaseCase.stage)) throw stageLocked(purchaseCase, 'changing the case data');
    if (changes.categoryCode) await this.assertCpvCode(ctx, changes.categoryCode, 'input.categoryCode');
    const from: Record<string, unknown> = {};
    const to: Record<string, unknown> = {};
    const { requiredCertificates, ...rest } = changes;
    if (requiredCertificates !== undefined) {
      const names = checkedRequiredCertificates(requiredCertificates, 'input.requiredCertificates');
      if (!sameList(names, purchaseCase.requiredCertificates)) {
        from['requiredCertificates'] = purchaseCase.requiredCertificates;
        to['requiredCertificates'] = names;
      }
    }
    for (const [key, value] of Object.entries(rest) as Array<[Exclude<keyof CaseChanges, 'requiredCertificates'>, unknown]>) {
      if (value === undefined) continue;
      if (value === null && (key === 'title' || key === 'description' || key === 'importance' || key === 'currency')) {
        throw validationFailed(`input.${key}`, `${key} cannot be empty`);
      }
      if (purchaseCase[key] === value) continue;
      from[key] = purchaseCase[key];
      to[key] = value;
    }
    if (Object.keys(to).length === 0) return this.get(ctx, caseId);
    await this.connection.getRepository(ctx, PurchaseCase).update(caseId, to as Partial<PurchaseCase>);
    await this.audit.record(ctx, {
      action: 'case.updated',
      entityType: 'PurchaseCase',
      entityId: caseId,
      summary: { reference: purchaseCase.reference, from, to },
    });
    return this.get(ctx, caseId);
  }

  /** Team roles must be roles the user holds in the organization. */
  async addMember(ctx: RequestContext, caseId: string, userId: string, role: Role): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.CASE_MANAGE, true);
    if (CLOSED_STAGES.includes(purchaseCase.stage)) throw stageLocked(purchaseCase, 'changing the team');
    if (!TEAM_ROLES.includes(role)) throw validationFailed('role', `${role} is not a role on a case team`);
    const user = await this.users.get(ctx, userId);
    if (user.disabledAt) throw validationFailed('userId', `${user.name} is disabled`);
    if (!user.roles.includes(role)) throw validationFailed('role', `${user.name} does not hold the role ${role} in the organization`);
    const repo = this.connection.getRepository(ctx, CaseMember);
    if (await repo.exists({ where: { caseId, userId, role } })) throw conflict(`${user.name} is already on the team as ${role}`, 'role');
    const member = await repo.save(repo.create({ caseId, userId, role, addedBy: ctx.userId }));
    await this.audit.record(ctx, {
      action: 'case.member-added',
      entityType: 'PurchaseCase',
      entityId: caseId,
      summary: { reference: purchaseCase.reference, memberId: member.id, userId, name: user.name, role },
    });
    return purchaseCase;
  }

  async removeMember(ctx: RequestContext, caseId: string, memberId: string): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.CASE_MANAGE, true);
    if (CLOSED_STAGES.includes(purchaseCase.stage)) throw stageLocked(purchaseCase, 'changing the team');
    assertId(memberId, 'Team member');
    const repo = this.connection.getRepository(ctx, CaseMember);
    const member = await repo.findOne({ where: { id: memberId, caseId } });
    if (!member) throw notFound('Team member');
    await repo.delete({ id: memberId });
    await this.audit.record(ctx, {
      action: 'case.member-removed',
      entityType: 'PurchaseCase',
      entityId: caseId,
      summary: { reference: purchaseCase.reference, memberId, userId: member.userId, role: member.role },
    });
    return purchaseCase;
  }

  /** Anyone who acts on the case may declare a conflict of interest; the declaration is kept for good. */
  async declareConflict(ctx: RequestContext, caseId: string, supplierId: string, statement: string): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.open(ctx, caseId);
    const text = statement.trim();
    if (!text) throw validationFailed('statement', 'Say what the conflict of interest is');
    if (text.length > 2000) throw validationFailed('statement', 'statement must be at most 2000 characters');
    const supplier: Supplier = await this.suppliers.get(ctx, supplierId);
    const saved = await this.connection
      .getRepository(ctx, CaseConflict)
      .save({ caseId, userId: ctx.userId, supplierId: supplier.id, statement: text });
    await this.audit.record(ctx, {
      action: 'case.conflict-declared',
      entityType: 'PurchaseCase',
      entityId: caseId,
      summary: { reference: purchaseCase.reference, conflictId: saved.id, supplierId, supplier: supplier.name },
    });
    return purchaseCase;
  }

  /** Reference, title and stage of the organization's cases: these (`ids`) or every case in these stages. */
  async summaries(ctx: RequestContext, filter: { ids?: readonly string[]; stages?: readonly CaseStage[] }): Promise<Map<string, CaseSummary>> {
    const rows = await this.connection.getRepository(ctx, PurchaseCase).find({
      where: { organizationId: ctx.organizationId, ...(filter.ids ? { id: In([...filter.ids]) } : {}), ...(filter.stages ? { stage: In([...filter.stages]) } : {}) },
      select: { id: true, reference: true, title: true, stage: true },
    });
    return new Map(rows.map((c) => [c.id, { id: c.id, reference: c.reference, title: c.title, stage: c.stage }]));
  }

  /** The suppliers a user declared a conflict of interest with, on these cases. */
  async conflictsOf(ctx: RequestContext, userId: string, caseIds: readonly string[]): Promise<Array<{ caseId: string; supplierId: string }>> {
    if (caseIds.length === 0) return [];
    return this.connection
      .getRepository(ctx, CaseConflict)
      .find({ where: { userId, caseId: In([...caseIds]) }, select: { caseId: true, supplierId: true } });
  }
}

export { stageLocked };
