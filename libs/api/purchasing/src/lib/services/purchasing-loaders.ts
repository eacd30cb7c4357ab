import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { BatchLoad, Clock, CombinedReads, groupRows as groupBy, RequestContext } from '@bc/api/core';
import { FileService, StoredFile } from '@bc/api/files';
import { PersonRow as DirectoryPerson, UserDirectory } from '@bc/api/identity';
import { CpvService, Supplier, SupplierService } from '@bc/api/suppliers';
import { CaseFacts, Role, SpecificationStatus } from '@bc/shared/domain';
import { CaseConflict } from '../entities/case-conflict.entity';
import { CaseStageChange } from '../entities/case-stage-change.entity';
import { Need } from '../entities/need.entity';
import { PurchaseCase } from '../entities/purchase-case.entity';
import { Shortlist, ShortlistEntry, ShortlistReview } from '../entities/shortlist.entity';
import {
  SpecificationAttachment,
  SpecificationLine,
  SpecificationRequirement,
  SpecificationVersion,
} from '../entities/specification.entity';
import { CaseFactsService } from './case-facts.service';
import { CaseVisibility } from './case-visibility.service';
import { PolicyService, PolicyView } from './policy.service';

export type PersonRow = Pick<DirectoryPerson, 'id' | 'name' | 'email'>;

export interface TeamRow {
  id: string;
  caseId: string;
  userId: string;
  role: Role;
  addedAt: Date;
  name: string;
  email: string;
}

/** A version with the names of its author and approver joined in. */
export type VersionWithNames = SpecificationVersion & { authorName: string | null; approvedByName: string | null };

export interface CpvRow {
  code: string;
  label: string;
  labelDe: string;
  prefix: string;
  level: number;
  parentCode: string | null;
}

/**
 * DataLoaders for the nested fields of cases, needs, specifications and shortlists, kept in the
 * request's registry (`ctx.loaders`, core), so a list page costs one statement per
 * nested field, whatever its size. Every loader is scoped to the caller's organization.
 */
@Injectable()
export class PurchasingLoaders {
  constructor(
    private readonly reads: CombinedReads,
    private readonly caseFacts: CaseFactsService,
    private readonly suppliers: SupplierService,
    private readonly files: FileService,
    private readonly policies: PolicyService,
    private readonly visibility: CaseVisibility,
    private readonly cpvCodes: CpvService,
    private readonly directory: UserDirectory,
    private readonly clock: Clock,
  ) {}

  /** Identity names the people: each row gets the name (and email) of the user `idOf` gives. */
  private async named<R, N>(ctx: RequestContext, rows: R[], idOf: (row: R) => string | null, add: (row: R, person: PersonRow | undefined) => N): Promise<N[]> {
    const people = await this.directory.peopleByIds(ctx, rows.map(idOf));
    return rows.map((row) => {
      const id = idOf(row);
      const person = id ? people.get(id) : undefined;
      return add(row, person && { id: person.id, name: person.name, email: person.email });
    });
  }

  /** The request's loader `purchasing.<name>` (core's per-request registry). */
  private loader<V>(ctx: RequestContext, name: string, batch: BatchLoad<string, V>, fallback: V): DataLoader<string, V> {
    return ctx.loader(`purchasing.${name}`, batch, fallback);
  }

  case(ctx: RequestContext): DataLoader<string, PurchaseCase | null> {
    return this.loader(ctx, 'case', async (ids) => {
      const rows = await this.reads.entities(ctx, PurchaseCase, 't.id = ANY ($1::uuid[]) AND t.organization_id = $2', [ids, ctx.organizationId]);
      return new Map(rows.map((r) => [r.id, r]));
    }, null);
  }

  caseOfNeed(ctx: RequestContext): DataLoader<string, PurchaseCase | null> {
    return this.loader(ctx, 'caseOfNeed', async (needIds) => {
      const rows = await this.reads.entities(ctx, PurchaseCase, 't.need_id = ANY ($1::uuid[]) AND t.organization_id = $2', [needIds, ctx.organizationId]);
      return new Map(rows.map((r) => [r.needId as string, r]));
    }, null);
  }

  /** Needs with their requester's name joined in (no second wave of person look-ups). */
  need(ctx: RequestContext): DataLoader<string, (Need & { requester: PersonRow }) | null> {
    return this.loader(ctx, 'need', async (ids) => {
      const needs = await this.reads.entities(ctx, Need, 't.id = ANY ($1::uuid[]) AND t.organization_id = $2', [ids, ctx.organizationId]);
      const people = await this.directory.peopleByIds(ctx, needs.map((n) => n.requesterId));
      return new Map(
        needs.flatMap((n) => {
          const p = people.get(n.requesterId);
          return p ? [[n.id, Object.assign(n, { requester: { id: p.id, name: p.name, email: p.email } })] as const] : [];
        }),
      );
    }, null);
  }

  person(ctx: RequestContext): DataLoader<string, PersonRow | null> {
    return this.loader(ctx, 'person', async (ids) => {
      const people = await this.directory.peopleByIds(ctx, ids);
      return new Map(
        [...people.values()].filter((p) => p.organizationId === ctx.organizationId).map((p) => [p.id, { id: p.id, name: p.name, email: p.email }]),
      );
    }, null);
  }

  cpv(ctx: RequestContext): DataLoader<string, CpvRow | null> {
    return this.loader(ctx, 'cpv', (codes): Promise<Map<string, CpvRow>> => this.cpvCodes.getMany(ctx, codes), null);
  }

  team(ctx: RequestContext): DataLoader<string, TeamRow[]> {
    return this.loader(ctx, 'team', async (caseIds) => {
      const members: Array<Omit<TeamRow, 'name' | 'email'>> = await this.reads.rows(ctx, 
        `SELECT m.id, m.case_id AS "caseId", m.user_id AS "userId", m.role, m.added_at AS "addedAt"
           FROM case_member m JOIN purchase_case c ON c.id = m.case_id
          WHERE m.case_id = ANY ($1::uuid[]) AND c.organization_id = $2`,
        [caseIds, ctx.organizationId], { dates: ['addedAt'] },
      );
      // By name (as the database orders them), then role: the order the team panel lists people in.
      const people = await this.directory.byIds(ctx, null, members.map((m) => m.userId), true, 'name');
      const rank = new Map(people.map((p, i) => [p.id, { i, p }]));
      const rows: TeamRow[] = members
        .flatMap((m) => {
          const found = rank.get(m.userId);
          return found ? [{ ...m, name: found.p.name, email: found.p.email, rank: found.i }] : [];
        })
        .sort((a, b) => a.rank - b.rank || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0))
        .map(({ rank, ...row }) => (void rank, row));
      return groupBy(rows, (r) => r.caseId);
    }, []);
  }

  /** The caller's own team roles per case. */
  myTeamRoles(ctx: RequestContext, caseId: string): Promise<Role[]> {
    return this.visibility.myTeamRoles(ctx, caseId);
  }

  conflicts(ctx: RequestContext): DataLoader<string, Array<CaseConflict & { user: PersonRow }>> {
    return this.loader(ctx, 'conflicts', async (caseIds) => {
      const conflicts: CaseConflict[] = await this.reads.rows(ctx, 
        `SELECT k.id, k.case_id AS "caseId", k.user_id AS "userId", k.supplier_id AS "supplierId", k.statement, k.declared_at AS "declaredAt"
           FROM case_conflict k WHERE k.case_id = ANY ($1::uuid[]) ORDER BY k.declared_at, k.id`,
        [caseIds], { dates: ['declaredAt'] },
      );
      const rows = await this.named(ctx, conflicts, (k) => k.userId, (k, p) => ({ ...k, user: { id: k.userId, name: p?.name ?? '', email: p?.email ?? '' } }));
      return groupBy(rows, (r) => r.caseId);
    }, []);
  }

  stageHistory(ctx: RequestContext): DataLoader<string, Array<CaseStageChange & { actorName: string | null }>> {
    return this.loader(ctx, 'stageHistory', async (caseIds) => {
      const changes: CaseStageChange[] = await this.reads.rows(ctx, 
        `SELECT h.id, h.case_id AS "caseId", h.from_stage AS "fromStage", h.to_stage AS "toStage", h.reason,
                h.actor_user_id AS "actorUserId", h.occurred_at AS "occurredAt"
           FROM case_stage_change h WHERE h.case_id = ANY ($1::uuid[]) ORDER BY h.occurred_at, h.id`,
        [caseIds], { dates: ['occurredAt'] },
      );
      const rows = await this.named(ctx, changes, (h) => h.actorUserId, (h, p) => ({ ...h, actorName: p?.name ?? null }));
      return groupBy(rows, (r) => r.caseId);
    }, []);
  }

  facts(ctx: RequestContext): DataLoader<string, CaseFacts | null> {
    return this.loader(ctx, 'facts', (caseIds) => this.caseFacts.factsOf(ctx, caseIds), null);
  }

  /** Every version of each case, newest first. */
  specVersions(ctx: RequestContext): DataLoader<string, VersionWithNames[]> {
    return this.loader(ctx, 'specVersions', async (caseIds) => {
      const versions: SpecificationVersion[] = await this.reads.rows(ctx, 
        `SELECT v.id, v.case_id AS "caseId", v.version, v.status, v.note, v.base_version_id AS "baseVersionId",
                v.copied_from_version_id AS "copiedFromVersionId", v.created_by AS "createdBy", v.created_at AS "createdAt",
                v.approved_by AS "approvedBy", v.approved_at AS "approvedAt"
           FROM specification_version v WHERE v.case_id = ANY ($1::uuid[]) ORDER BY v.version DESC`,
        [caseIds], { dates: ['createdAt', 'approvedAt'] },
      );
      const people = await this.directory.peopleByIds(ctx, versions.flatMap((v) => [v.createdBy, v.approvedBy]));
      const nameOf = (id: string | null) => (id ? (people.get(id)?.name ?? null) : null);
      const rows: VersionWithNames[] = versions.map((v) => Object.assign(v, { authorName: nameOf(v.createdBy), approvedByName: nameOf(v.approvedBy) }));
      return groupBy(rows, (r) => r.caseId);
    }, []);
  }

  async latestSpec(ctx: RequestContext, caseId: string): Promise<VersionWithNames | null> {
    return (await this.specVersions(ctx).load(caseId))[0] ?? null;
  }

  async approvedSpec(ctx: RequestContext, caseId: string): Promise<VersionWithNames | null> {
    return (await this.specVersions(ctx).load(caseId)).find((v) => v.status === SpecificationStatus.APPROVED) ?? null;
  }

  specLines(ctx: RequestContext): DataLoader<string, SpecificationLine[]> {
    return this.versionParts(ctx, 'specLines', SpecificationLine);
  }

  specRequirements(ctx: RequestContext): DataLoader<string, SpecificationRequirement[]> {
    return this.versionParts(ctx, 'specRequirements', SpecificationRequirement);
  }

  specAttachments(ctx: RequestContext): DataLoader<string, SpecificationAttachment[]> {
    return this.versionParts(ctx, 'specAttachments', SpecificationAttachment);
  }

  /** The rows of one part of a specification version (lines, requirements, attachments), in their order, per version. */
  private versionParts<T extends ObjectLiteral & { versionId: string; position: number }>(ctx: RequestContext, name: string, part: EntityTarget<T>): DataLoader<string, T[]> {
    return this.loader(ctx, name, async (versionIds) => {
      const rows = await this.reads.entities(ctx, part, 't.version_id = ANY ($1::uuid[])', [versionIds], 't.position');
      return groupBy(rows, (r) => r.versionId);
    }, []);
  }

  shortlist(ctx: RequestContext): DataLoader<string, (Shortlist & { submittedByName: string | null }) | null> {
    return this.loader(ctx, 'shortlist', async (caseIds) => {
      const lists: Shortlist[] = await this.reads.rows(ctx, 
        `SELECT s.case_id AS "caseId", s.status, s.single_source_justification AS "singleSourceJustification",
                s.submitted_by AS "submittedBy", s.submitted_at AS "submittedAt", s.approved_by AS "approvedBy",
                s.approved_at AS "approvedAt", s.updated_at AS "updatedAt"
           FROM shortlist s WHERE s.case_id = ANY ($1::uuid[])`,
        [caseIds], { dates: ['submittedAt', 'approvedAt', 'updatedAt'] },
      );
      const rows = await this.named(ctx, lists, (s) => s.submittedBy, (s, p) => ({ ...s, submittedByName: p?.name ?? null }));
      return new Map(rows.map((r) => [r.caseId, r]));
    }, null);
  }

  shortlistEntries(ctx: RequestContext): DataLoader<string, Array<ShortlistEntry & { decidedByName: string | null }>> {
    return this.loader(ctx, 'shortlistEntries', async (caseIds) => {
      const entries: ShortlistEntry[] = await this.reads.rows(ctx, 
        `SELECT e.id, e.case_id AS "caseId", e.supplier_id AS "supplierId", e.decision, e.reason, e.source,
                e.decided_by AS "decidedBy", e.decided_at AS "decidedAt"
           FROM shortlist_entry e WHERE e.case_id = ANY ($1::uuid[]) ORDER BY e.decided_at, e.id`,
        [caseIds], { dates: ['decidedAt'] },
      );
      const rows = await this.named(ctx, entries, (e) => e.decidedBy, (e, p) => ({ ...e, decidedByName: p?.name ?? null }));
      return groupBy(rows, (r) => r.caseId);
    }, []);
  }

  shortlistReviews(ctx: RequestContext): DataLoader<string, Array<ShortlistReview & { actorName: string | null }>> {
    return this.loader(ctx, 'shortlistReviews', async (caseIds) => {
      const reviews: ShortlistReview[] = await this.reads.rows(ctx, 
        `SELECT r.id, r.case_id AS "caseId", r.action, r.comment, r.single_source_justification AS "singleSourceJustification",
                r.suppliers_in AS "suppliersIn", r.actor_user_id AS "actorUserId", r.occurred_at AS "occurredAt"
           FROM shortlist_review r WHERE r.case_id = ANY ($1::uuid[]) ORDER BY r.occurred_at, r.id`,
        [caseIds], { dates: ['occurredAt'] },
      );
      const rows = await this.named(ctx, reviews, (r) => r.actorUserId, (r, p) => ({ ...r, actorName: p?.name ?? null }));
      return groupBy(rows, (r) => r.caseId);
    }, []);
  }

  /** Suppliers of the caller's directory, as the Supplier type's resolvers expect them. */
  /**
   * One loader per field that shows suppliers (`field`): each such field then costs exactly one
   * statement, however its parents' results happen to arrive.
   */
  supplier(ctx: RequestContext, field: string): DataLoader<string, (Supplier & { hasExpiredCertificate: boolean }) | null> {
    return this.loader(ctx, `supplier:${field}`, async (ids) => {
      const today = this.clock.now().toISOString().slice(0, 10);
      const found = await this.suppliers.getMany(ctx, ids);
      return new Map(
        [...found].map(([id, s]) => [
          id,
          Object.assign(s, { hasExpiredCertificate: s.certificateEarliestExpiry !== null && s.certificateEarliestExpiry < today }),
        ]),
      );
    }, null);
  }

  file(ctx: RequestContext): DataLoader<string, StoredFile | null> {
    return this.loader(ctx, 'file', (ids) => this.files.getMany(ctx, ids), null);
  }

  /** The caller's organization's policy (one key: the organization). */
  policy(ctx: RequestContext): DataLoader<string, PolicyView | null> {
    return this.loader(ctx, 'policy', async () => new Map([[ctx.organizationId, await this.policies.get(ctx)]]), null);
  }
}
