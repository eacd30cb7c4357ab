import { Injectable } from '@nestjs/common';
import { CombinedReads, RequestContext, TransactionalConnection } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import { CaseFacts, CaseStage, DEFAULT_MINIMUM_SUPPLIERS, LATER_CASE_FACTS, PurchaseType, Role } from '@bc/shared/domain';
import { CaseFactsProviders } from './case-facts-providers';

interface FactsRow {
  id: string;
  stage: CaseStage;
  has_category: boolean;
  specifier_ids: string[];
  approved_specification: boolean;
  shortlist_approved: boolean;
  shortlisted_count: number;
  minimum_suppliers: number;
  single_source_justified: boolean;
}

/**
 * Gathers what the stage machine's preconditions look at, for many cases at once (the next steps
 * and a single move use the same query): purchasing's own facts in one statement, whether the
 * team's specifiers are active as identity's directory has them, the later ones from the libraries
 * above it through CaseFactsProviders.
 */
@Injectable()
export class CaseFactsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reads: CombinedReads,
    private readonly providers: CaseFactsProviders,
    private readonly directory: UserDirectory,
  ) {}

  async factsOf(ctx: RequestContext, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.reads.rows<FactsRow>(
      ctx,
      `SELECT c.id, c.stage,
              c.category_code IS NOT NULL AS has_category,
              ARRAY (SELECT m.user_id FROM case_member m WHERE m.case_id = c.id AND m.role = 'SPECIFIER') AS specifier_ids,
              EXISTS (SELECT 1 FROM specification_version v WHERE v.case_id = c.id AND v.status = 'APPROVED') AS approved_specification,
              coalesce(s.status = 'APPROVED', false) AS shortlist_approved,
              (SELECT count(*) FROM shortlist_entry e WHERE e.case_id = c.id AND e.decision = 'IN')::int AS shortlisted_count,
              CASE c.purchase_type
                WHEN 'NEW_TASK' THEN coalesce(p.min_suppliers_new_task, $3)
                WHEN 'MODIFIED_REBUY' THEN coalesce(p.min_suppliers_modified_rebuy, $4)
                ELSE coalesce(p.min_suppliers_straight_rebuy, $5)
              END AS minimum_suppliers,
              coalesce(length(btrim(s.single_source_justification)) > 0, false) AS single_source_justified
         FROM purchase_case c
         LEFT JOIN shortlist s ON s.case_id = c.id
         LEFT JOIN purchasing_policy p ON p.organization_id = c.organization_id
        WHERE c.id = ANY ($1::uuid[]) AND c.organization_id = $2`,
      [
        [...caseIds],
        ctx.organizationId,
        DEFAULT_MINIMUM_SUPPLIERS[PurchaseType.NEW_TASK],
        DEFAULT_MINIMUM_SUPPLIERS[PurchaseType.MODIFIED_REBUY],
        DEFAULT_MINIMUM_SUPPLIERS[PurchaseType.STRAIGHT_REBUY],
      ],
    );
    // A specifier on the team counts while their account is active and still holds the role. Read
    // with the later stages' facts (one combined read).
    const [users, later] = await Promise.all([
      this.directory.byIds(ctx, null, [...new Set(rows.flatMap((r) => r.specifier_ids))]),
      this.providers.laterFacts(ctx, rows.map((r) => ({ id: r.id, stage: r.stage }))),
    ]);
    const specifiers = new Set(users.filter((u) => u.roles.includes(Role.SPECIFIER)).map((u) => u.id));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          hasCategory: r.has_category,
          specifierOnTeam: r.specifier_ids.some((id) => specifiers.has(id)),
          approvedSpecification: r.approved_specification,
          shortlistApproved: r.shortlist_approved,
          shortlistedCount: Number(r.shortlisted_count),
          minimumSuppliers: Number(r.minimum_suppliers),
          singleSourceJustified: r.single_source_justified,
          ...(later.get(r.id) ?? LATER_CASE_FACTS),
        },
      ]),
    );
  }

  async factsOfOne(ctx: RequestContext, caseId: string): Promise<CaseFacts> {
    const facts = (await this.factsOf(ctx, [caseId])).get(caseId);
    if (!facts) throw new Error(`No facts for case ${caseId}`);
    return facts;
  }
}
