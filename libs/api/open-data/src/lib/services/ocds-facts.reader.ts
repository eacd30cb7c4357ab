import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AwardStatus, CaseStage, OPEN_DATA_STAGES, QuoteStatus, RfqStatus, type RfqCriterion } from '@bc/shared/domain';
import type { CaseFacts, ClosingChangeFacts, ContactFacts, SupplierFacts } from '../ocds/case-facts';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface CaseSelection {
  organizationId: string;
  /** Only these cases (a single case's package). */
  caseIds?: string[];
  /** Keyset: cases with an id after this one, in id order. */
  after?: string | null;
  limit: number;
  /** Cases whose releases may fall in [from, to): published before `to`, last moved at or after `from`. */
  from?: Date;
  to?: Date;
  includeContacts: boolean;
  /** The server's clock: an RFQ whose recorded closing is later than this counts as not closed. */
  now: Date;
}

const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
const country = (code: string | null): string | null => {
  if (!code?.trim()) return null;
  try {
    return countryName.of(code.trim().toUpperCase()) ?? null;
  } catch {
    return null;
  }
};

/**
 * Reads the facts of OCDS releases for a batch of cases in a fixed number of queries (eight,
 * whatever the batch size), so that the bulk export and the public feed read 10 000 cases as 200
 * batches of 50 and hold one batch in memory at a time. Only cases whose RFQ has closed by the
 * server's clock, in a stage past the RFQ (or cancelled after it), are ever read: a case still
 * in its RFQ stage is not selected, so no query here touches its quotes.
 */
@Injectable()
export class OcdsFactsReader {
  async batch(em: EntityManager, s: CaseSelection): Promise<CaseFacts[]> {
    const q = (sql: string, params: unknown[]): Promise<Row[]> => em.query(sql, params);
    const cases = await q(
      `SELECT pc.id, pc.reference, pc.stage, pc.stage_changed_at, pc.category_code, cpv.label AS cpv_en, cpv.label_de AS cpv_de,
              o.id AS org_id, o.name AS org_name, o.country AS org_country, o.default_locale,
              r.id AS rfq_id, r.reference AS rfq_reference, r.title, r.description, r.currency, r.criteria, r.published_at, r.published_by,
              r.closes_at, r.questions_close_at, r.closed_at, r.specification_version_id,
              (SELECT count(*)::int FROM rfq_invitation i WHERE i.rfq_id = r.id) AS invitation_count
         FROM purchase_case pc
         JOIN organization o ON o.id = pc.organization_id
         JOIN rfq r ON r.case_id = pc.id AND r.status = $2 AND r.published_at IS NOT NULL AND r.closed_at IS NOT NULL AND r.closed_at <= $3
         LEFT JOIN cpv_code cpv ON cpv.code = pc.category_code
        WHERE pc.organization_id = $1
          AND (pc.stage = ANY ($4::text[]) OR pc.stage = $5)
          AND ($6::uuid[] IS NULL OR pc.id = ANY ($6::uuid[]))
          AND ($7::uuid IS NULL OR pc.id > $7::uuid)
          AND ($8::timestamptz IS NULL OR r.published_at < $8)
          AND ($9::timestamptz IS NULL OR pc.stage_changed_at >= $9)
        ORDER BY pc.id
        LIMIT $10`,
      [s.organizationId, RfqStatus.CLOSED, s.now, [...OPEN_DATA_STAGES], CaseStage.CANCELLED, s.caseIds ?? null, s.after ?? null, s.to ?? null, s.from ?? null, s.limit],
    );
    if (cases.length === 0) return [];
    const rfqIds = cases.map((c) => c.rfq_id as string);
    const caseIds = cases.map((c) => c.id as string);
    const [audit, lines, quotes, proposals] = await Promise.all([
      q(
        `SELECT entity_id, action, summary, occurred_at FROM audit_event
          WHERE organization_id = $1 AND entity_type = 'Rfq' AND entity_id = ANY ($2::text[]) AND action IN ('rfq.published', 'rfq.closing-extended')
          ORDER BY occurred_at, sequence`,
        [s.organizationId, rfqIds],
      ),
      q(`SELECT version_id, key, position, description, quantity, unit FROM specification_line WHERE version_id = ANY ($1::uuid[]) ORDER BY position`, [
        cases.map((c) => c.specification_version_id),
      ]),
      // Only RFQs closed by the server's clock reach this query (see the selection above).
      q(
        `SELECT q.rfq_id, i.supplier_id FROM quote q JOIN rfq_invitation i ON i.id = q.invitation_id
          WHERE q.rfq_id = ANY ($1::uuid[]) AND q.status = $2 AND i.supplier_id IS NOT NULL ORDER BY i.supplier_name`,
        [rfqIds, QuoteStatus.SUBMITTED],
      ),
      q(`SELECT id, case_id, decided_at, currency, total_value FROM award_proposal WHERE case_id = ANY ($1::uuid[]) AND status = $2`, [caseIds, AwardStatus.APPROVED]),
    ]);
    const awardLines = proposals.length
      ? await q(`SELECT proposal_id, line_key, supplier_id, quantity, unit_price FROM award_line WHERE proposal_id = ANY ($1::uuid[]) ORDER BY line_key, supplier_id`, [
          proposals.map((p) => p.id),
        ])
      : [];
    const supplierIds = [...new Set([...quotes.map((r) => r.supplier_id as string), ...awardLines.map((l) => l.supplier_id as string)])];
    const suppliers = await this.suppliers(q, s.organizationId, supplierIds, s.includeContacts);
    const buyers = s.includeContacts ? await this.buyers(q, cases.map((c) => c.published_by).filter(Boolean)) : new Map<string, ContactFacts>();

    const related: Related = { audit, lines, quotes, proposals, awardLines, suppliers, buyers };
    return cases.map((c) => caseFactsOf(c, related));
  }

  private async suppliers(q: (sql: string, p: unknown[]) => Promise<Row[]>, organizationId: string, ids: string[], contacts: boolean): Promise<Map<string, SupplierFacts>> {
    if (ids.length === 0) return new Map();
    const rows = await q(`SELECT id, name, country FROM supplier WHERE organization_id = $1 AND id = ANY ($2::uuid[])`, [organizationId, ids]);
    const people = contacts
      ? await q(
          `SELECT DISTINCT ON (supplier_id) supplier_id, name, email, phone FROM supplier_contact
            WHERE organization_id = $1 AND supplier_id = ANY ($2::uuid[]) ORDER BY supplier_id, created_at, id`,
          [organizationId, ids],
        )
      : [];
    const contactOf = new Map(people.map((p) => [p.supplier_id as string, { name: p.name, email: p.email || null, phone: p.phone || null }]));
    return new Map(rows.map((r) => [r.id as string, { id: r.id, name: r.name, country: country(r.country), contact: contactOf.get(r.id) ?? null }]));
  }

  private async buyers(q: (sql: string, p: unknown[]) => Promise<Row[]>, ids: string[]): Promise<Map<string, ContactFacts>> {
    if (ids.length === 0) return new Map();
    const rows = await q(`SELECT id, name, email FROM app_user WHERE id = ANY ($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id as string, { name: r.name, email: r.email, phone: null }]));
  }
}

interface Related {
  audit: Row[];
  lines: Row[];
  quotes: Row[];
  proposals: Row[];
  awardLines: Row[];
  suppliers: Map<string, SupplierFacts>;
  buyers: Map<string, ContactFacts>;
}

/** One case's facts from its row and the batch's related rows. */
function caseFactsOf(c: Row, { audit, lines, quotes, proposals, awardLines, suppliers, buyers }: Related): CaseFacts {
  const events = audit.filter((a) => a.entity_id === c.rfq_id);
  const published = events.find((a) => a.action === 'rfq.published')?.summary as { closesAt?: string; questionsCloseAt?: string } | undefined;
  const changes: ClosingChangeFacts[] = events
    .filter((a) => a.action === 'rfq.closing-extended')
    .map((a) => ({ at: a.occurred_at, from: a.summary.from, to: a.summary.to, questionsCloseAt: a.summary.questionsCloseAt ?? null, reason: a.summary.reason ?? '' }));
  const proposal = proposals.find((p) => p.case_id === c.id);
  const linesOf = awardLines.filter((l) => proposal && l.proposal_id === proposal.id);
  const locale = c.default_locale === 'de' ? 'de' : 'en';
  return {
    caseId: c.id,
    reference: c.reference,
    stage: c.stage,
    stageChangedAt: c.stage_changed_at,
    categoryCode: c.category_code?.trim() || null,
    categoryLabel: (locale === 'de' ? c.cpv_de : c.cpv_en) ?? null,
    organization: { id: c.org_id, name: c.org_name, country: country(c.org_country), locale },
    buyerContact: buyers.get(c.published_by) ?? null,
    rfq: {
      id: c.rfq_id,
      reference: c.rfq_reference,
      title: c.title,
      description: c.description ?? '',
      currency: c.currency,
      criteria: c.criteria as RfqCriterion[],
      publishedAt: c.published_at,
      closesAt: c.closes_at,
      questionsCloseAt: c.questions_close_at,
      closedAt: c.closed_at,
      invitationCount: c.invitation_count,
    },
    published: {
      closesAt: published?.closesAt ?? changes[0]?.from ?? new Date(c.closes_at).toISOString(),
      questionsCloseAt: published?.questionsCloseAt ?? new Date(c.questions_close_at).toISOString(),
    },
    closingChanges: changes,
    lines: lines
      .filter((l) => l.version_id === c.specification_version_id)
      .map((l) => ({ key: l.key, position: l.position, description: l.description, quantity: Number(l.quantity), unit: l.unit })),
    tenderers: quotes.filter((r) => r.rfq_id === c.rfq_id).map((r) => suppliers.get(r.supplier_id)).filter((x): x is SupplierFacts => !!x),
    award: proposal
      ? {
          id: proposal.id,
          decidedAt: proposal.decided_at,
          currency: proposal.currency,
          totalValue: Number(proposal.total_value),
          lines: linesOf.map((l) => ({ lineKey: l.line_key, supplierId: l.supplier_id, quantity: Number(l.quantity), unitPrice: Number(l.unit_price) })),
          suppliers: [...new Set(linesOf.map((l) => l.supplier_id as string))].map((id) => suppliers.get(id)).filter((x): x is SupplierFacts => !!x),
        }
      : null,
  };
}
