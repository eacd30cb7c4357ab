import { CaseStage, CriterionKind } from '@bc/shared/domain';
import type { CaseFacts, ContactFacts, PublishingFacts, SupplierFacts } from './case-facts';
import type { OcdsAmendment, OcdsAward, OcdsContactPoint, OcdsDocument, OcdsItem, OcdsOrganizationReference, OcdsParty, OcdsRelease, OcdsTender } from './ocds.types';

/**
 * Builds a case's OCDS releases from its facts: one release per thing that happened, each a full
 * picture of the contracting process as it stood then, with an id that never changes:
 *
 * - `<ocid>-tender` when the RFQ was published (tag `tender`),
 * - `<ocid>-amendment-<n>` for each move of the closing time (tag `tenderAmendment`, with `tender.amendments`),
 * - `<ocid>-closed` when the RFQ closed: the number of tenderers and who they are (tag `tenderUpdate`),
 * - `<ocid>-award` when the award was granted (tags `award`, `tenderUpdate`; the tender is complete),
 * - `<ocid>-cancelled` when a case is cancelled after its RFQ closed (tag `tenderCancellation`).
 *
 * Sealed rule: nothing about quotes (tenderers, their number, prices) goes into a release dated
 * before the RFQ closed, nor into any release while `closedAt` is unset.
 */
export function ocidOf(prefix: string, facts: Pick<CaseFacts, 'reference'>): string {
  return `${prefix}-${facts.reference}`;
}

const iso = (d: Date | string): string => new Date(d).toISOString();

/** CPV divisions: 45 is construction work, 50 and above are services, the rest are goods (48, software packages, included). */
export function procurementCategoryOf(cpv: string | null): 'goods' | 'services' | 'works' | undefined {
  if (!cpv || !/^\d{2}/.test(cpv)) return undefined;
  const division = Number(cpv.slice(0, 2));
  if (division === 45) return 'works';
  return division >= 50 ? 'services' : 'goods';
}

/** Price alone at full weight is `priceOnly`; any other mix of weighted criteria is `ratedCriteria`. */
export function awardCriteriaOf(criteria: CaseFacts['rfq']['criteria']): 'priceOnly' | 'ratedCriteria' {
  const weighted = criteria.filter((c) => c.weight > 0);
  return weighted.length === 1 && weighted[0].kind === CriterionKind.PRICE ? 'priceOnly' : 'ratedCriteria';
}

const buyerPartyId = (facts: CaseFacts): string => `org-${facts.organization.id}`;
const supplierPartyId = (id: string): string => `supplier-${id}`;

function contactPoint(contact: ContactFacts | null, publish: PublishingFacts): OcdsContactPoint | undefined {
  if (!publish.includeContacts || !contact) return undefined;
  return { name: contact.name, ...(contact.email ? { email: contact.email } : {}), ...(contact.phone ? { telephone: contact.phone } : {}) };
}

function party(ref: OcdsOrganizationReference, roles: string[], country: string | null, contact: ContactFacts | null, publish: PublishingFacts): OcdsParty {
  const point = contactPoint(contact, publish);
  return { ...ref, roles, ...(country ? { address: { countryName: country } } : {}), ...(point ? { contactPoint: point } : {}) };
}

interface Moment {
  closingAt: string;
  questionsAt: string;
  amendments: OcdsAmendment[];
  /** Quotes may be spoken of (the RFQ has closed and the release is dated at or after it). */
  opened: boolean;
  awarded: boolean;
  cancelled: boolean;
}

function items(facts: CaseFacts): OcdsItem[] {
  const classification = facts.categoryCode
    ? { scheme: 'CPV' as const, id: facts.categoryCode.slice(0, 8), ...(facts.categoryLabel ? { description: facts.categoryLabel } : {}) }
    : undefined;
  return facts.lines.map((l) => ({ id: l.key, description: l.description, ...(classification ? { classification } : {}), quantity: l.quantity, unit: { name: l.unit } }));
}

function tender(facts: CaseFacts, publish: PublishingFacts, at: Moment, tenderers: SupplierFacts[]): OcdsTender {
  const { rfq } = facts;
  const language = facts.organization.locale;
  const rfqDocument: OcdsDocument = {
    id: 'rfq-document',
    documentType: 'biddingDocuments',
    title: `${rfq.reference}: ${rfq.title}`,
    url: `${publish.publicUrl}/api/rfqs/${rfq.id}/document.pdf`,
    format: 'application/pdf',
    language,
  };
  const single = rfq.invitationCount <= 1;
  const category = procurementCategoryOf(facts.categoryCode);
  return {
    id: rfq.reference,
    title: rfq.title,
    ...(rfq.description ? { description: rfq.description } : {}),
    status: at.cancelled ? 'cancelled' : at.awarded ? 'complete' : 'active',
    procuringEntity: { id: buyerPartyId(facts), name: facts.organization.name },
    items: items(facts),
    procurementMethod: single ? 'direct' : 'limited',
    procurementMethodDetails: single ? 'Request for quotation to a single supplier (single source, justified)' : 'Request for quotation to shortlisted suppliers',
    ...(category ? { mainProcurementCategory: category } : {}),
    awardCriteria: awardCriteriaOf(rfq.criteria),
    awardCriteriaDetails: rfq.criteria.map((c) => `${c.name} ${c.weight} %`).join(', '),
    submissionMethod: ['electronicSubmission'],
    datePublished: iso(rfq.publishedAt),
    tenderPeriod: { startDate: iso(rfq.publishedAt), endDate: at.closingAt },
    enquiryPeriod: { startDate: iso(rfq.publishedAt), endDate: at.questionsAt },
    ...(at.opened ? { numberOfTenderers: tenderers.length, tenderers: tenderers.map((t) => ({ id: supplierPartyId(t.id), name: t.name })) } : {}),
    documents: [rfqDocument],
    ...(at.amendments.length ? { amendments: at.amendments } : {}),
  };
}

function award(facts: CaseFacts, a: NonNullable<CaseFacts['award']>, publish: PublishingFacts): OcdsAward {
  const lines = new Map(facts.lines.map((l) => [l.key, l]));
  const names = new Map(a.suppliers.map((s) => [s.id, s.name]));
  const perLine = new Map<string, number>();
  for (const l of a.lines) perLine.set(l.lineKey, (perLine.get(l.lineKey) ?? 0) + 1);
  const seen = new Map<string, number>();
  const base = items(facts);
  const awardItems = a.lines.map((l): OcdsItem => {
    const n = (seen.get(l.lineKey) ?? 0) + 1;
    seen.set(l.lineKey, n);
    const item = base.find((i) => i.id === l.lineKey);
    const line = lines.get(l.lineKey);
    return {
      id: (perLine.get(l.lineKey) ?? 0) > 1 ? `${l.lineKey}-${n}` : l.lineKey,
      description: line?.description ?? l.lineKey,
      ...(item?.classification ? { classification: item.classification } : {}),
      quantity: l.quantity,
      unit: { name: line?.unit ?? '', value: { amount: l.unitPrice, currency: a.currency } },
    };
  });
  const supplierIds = [...new Set(a.lines.map((l) => l.supplierId))];
  return {
    id: a.id,
    title: `Award of ${facts.rfq.reference}`,
    status: 'active',
    date: iso(a.decidedAt),
    value: { amount: a.totalValue, currency: a.currency },
    suppliers: supplierIds.map((id) => ({ id: supplierPartyId(id), name: names.get(id) ?? '' })),
    items: awardItems,
    documents: [
      {
        id: 'decision-record',
        documentType: 'awardNotice',
        title: `${facts.reference}: decision record`,
        url: `${publish.publicUrl}/api/cases/${facts.caseId}/decision-record.pdf`,
        format: 'application/pdf',
        language: facts.organization.locale,
      },
    ],
  };
}

function parties(facts: CaseFacts, publish: PublishingFacts, at: Moment, tenderers: SupplierFacts[]): OcdsParty[] {
  const buyer = party({ id: buyerPartyId(facts), name: facts.organization.name }, ['buyer', 'procuringEntity'], facts.organization.country, facts.buyerContact, publish);
  const suppliers = new Map<string, { facts: SupplierFacts; roles: string[] }>();
  if (at.opened) for (const t of tenderers) suppliers.set(t.id, { facts: t, roles: ['tenderer'] });
  if (at.awarded && facts.award) {
    const awarded = new Set(facts.award.lines.map((l) => l.supplierId));
    for (const s of facts.award.suppliers.filter((x) => awarded.has(x.id))) {
      const entry = suppliers.get(s.id) ?? { facts: s, roles: [] };
      entry.roles.push('supplier');
      suppliers.set(s.id, entry);
    }
  }
  return [buyer, ...[...suppliers.values()].map((s) => party({ id: supplierPartyId(s.facts.id), name: s.facts.name }, s.roles, s.facts.country, s.facts.contact, publish))];
}

/** The case's releases, oldest first. */
export function buildReleases(facts: CaseFacts, publish: PublishingFacts): OcdsRelease[] {
  const ocid = ocidOf(publish.ocidPrefix, facts);
  const language = facts.organization.locale;
  const closedAt = facts.rfq.closedAt;
  const tenderers = closedAt ? facts.tenderers : [];
  const releases: OcdsRelease[] = [];
  const amendments: OcdsAmendment[] = [];
  let at: Moment = { closingAt: facts.published.closesAt, questionsAt: facts.published.questionsCloseAt, amendments: [], opened: false, awarded: false, cancelled: false };

  const push = (id: string, date: Date | string, tag: string[], moment: Moment) => {
    const release: OcdsRelease = {
      ocid,
      id,
      date: iso(date),
      tag,
      initiationType: 'tender',
      language,
      buyer: { id: buyerPartyId(facts), name: facts.organization.name },
      parties: parties(facts, publish, moment, tenderers),
      tender: tender(facts, publish, moment, tenderers),
      ...(moment.awarded && facts.award ? { awards: [award(facts, facts.award, publish)] } : {}),
    };
    releases.push(release);
  };

  push(`${ocid}-tender`, facts.rfq.publishedAt, ['tender'], at);
  facts.closingChanges.forEach((change, i) => {
    const id = `${ocid}-amendment-${i + 1}`;
    amendments.push({
      id: String(i + 1),
      date: iso(change.at),
      rationale: change.reason,
      description: `Closing time moved from ${iso(change.from)} to ${iso(change.to)}`,
      amendsReleaseID: releases[releases.length - 1].id,
      releaseID: id,
    });
    at = { ...at, closingAt: iso(change.to), questionsAt: change.questionsCloseAt ? iso(change.questionsCloseAt) : at.questionsAt, amendments: [...amendments] };
    push(id, change.at, ['tenderAmendment'], at);
  });
  if (!closedAt) return releases;
  at = { ...at, opened: true };
  push(`${ocid}-closed`, closedAt, ['tenderUpdate'], at);
  if (facts.award && facts.stage === CaseStage.AWARDED) {
    at = { ...at, awarded: true };
    push(`${ocid}-award`, facts.award.decidedAt, ['award', 'tenderUpdate'], at);
  } else if (facts.stage === CaseStage.CANCELLED) {
    at = { ...at, cancelled: true };
    push(`${ocid}-cancelled`, facts.stageChangedAt, ['tenderCancellation'], at);
  }
  return releases;
}
