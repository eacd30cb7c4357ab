import { ImportanceClass } from './purchasing';

/**
 * RFQs (requests for quotation), invitations, quotes and questions: step 4's first half in
 * product.md. The server enforces these; the web app reads them to show the same rules.
 */

export enum RfqStatus {
  /** Being set up by the buyer; suppliers see nothing. */
  DRAFT = 'DRAFT',
  /** Out to the invited suppliers: they ask and quote until the closing time. */
  PUBLISHED = 'PUBLISHED',
  /** Closed by the server at the closing time; the quotes are open to the buyer team. */
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/** The gatekeeper's approval of a draft RFQ: any change to the draft resets it to NONE. */
export enum RfqApproval {
  NONE = 'NONE',
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

export enum InvitationStatus {
  SENT = 'SENT',
  /** A user of the supplier opened the RFQ in the portal. */
  VIEWED = 'VIEWED',
  /** The supplier said it will not quote (with a reason). */
  DECLINED = 'DECLINED',
  /** The supplier has a submitted quote in. */
  QUOTED = 'QUOTED',
}

export enum QuoteStatus {
  /** Saved, not submitted: only the supplier sees it. */
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  /** Taken back before closing; earlier revisions stay kept. */
  WITHDRAWN = 'WITHDRAWN',
}

/** A supplier's answer to one requirement of the specification. */
export enum RequirementCompliance {
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
}

export enum QuestionVisibility {
  /** Only the buyer team and the supplier who asked see it. */
  PRIVATE = 'PRIVATE',
  /** Question (without who asked) and answer shown to every invitee. */
  PUBLISHED = 'PUBLISHED',
}

/**
 * The terms of a draft RFQ the buyer sets, by their names in the API's input: the server compares
 * and audits them one by one, and its validation errors name them (`input.closesAt`).
 */
export const RFQ_TERM_FIELDS = [
  'title',
  'description',
  'closesAt',
  'questionsCloseAt',
  'deliveryTerms',
  'deliveryDate',
  'deliveryAddress',
  'paymentTerms',
  'validityDays',
  'instructions',
  'criteria',
] as const;

/** Who scores a criterion (the evaluation issue): the server, specifiers or buyers. */
export enum CriterionKind {
  /** Scored by the server from the comparable totals. */
  PRICE = 'PRICE',
  /** From the supplier's recorded performance where there is history. */
  RELIABILITY = 'RELIABILITY',
  /** Scored by specifiers. */
  TECHNICAL = 'TECHNICAL',
  /** Scored by buyers. */
  COMMERCIAL = 'COMMERCIAL',
}

export interface RfqCriterion {
  /** Stable within the RFQ: `PRICE`, `RELIABILITY`, `QUALITY`, `DELIVERY` or the buyer's own. */
  key: string;
  name: string;
  kind: CriterionKind;
  /** Whole points; the weights of an RFQ add up to 100. */
  weight: number;
}

const criterion = (key: string, name: string, kind: CriterionKind, weight: number): RfqCriterion => ({ key, name, kind, weight });

/**
 * The starting criteria by importance class (product.md, "Strategic importance changes how
 * suppliers are judged"): routine and leverage buys weigh price most; strategic and bottleneck
 * buys weigh supplier reliability most, since a failing supplier costs more than a dearer one.
 */
export const DEFAULT_CRITERIA: Readonly<Record<ImportanceClass, readonly RfqCriterion[]>> = {
  [ImportanceClass.STRATEGIC]: [
    criterion('RELIABILITY', 'Supplier reliability', CriterionKind.RELIABILITY, 35),
    criterion('QUALITY', 'Technical fit and quality', CriterionKind.TECHNICAL, 30),
    criterion('PRICE', 'Price', CriterionKind.PRICE, 20),
    criterion('DELIVERY', 'Lead time and terms', CriterionKind.COMMERCIAL, 15),
  ],
  [ImportanceClass.BOTTLENECK]: [
    criterion('RELIABILITY', 'Supplier reliability', CriterionKind.RELIABILITY, 40),
    criterion('DELIVERY', 'Lead time and terms', CriterionKind.COMMERCIAL, 25),
    criterion('QUALITY', 'Technical fit and quality', CriterionKind.TECHNICAL, 20),
    criterion('PRICE', 'Price', CriterionKind.PRICE, 15),
  ],
  [ImportanceClass.LEVERAGE]: [
    criterion('PRICE', 'Price', CriterionKind.PRICE, 50),
    criterion('QUALITY', 'Technical fit and quality', CriterionKind.TECHNICAL, 20),
    criterion('DELIVERY', 'Lead time and terms', CriterionKind.COMMERCIAL, 15),
    criterion('RELIABILITY', 'Supplier reliability', CriterionKind.RELIABILITY, 15),
  ],
  [ImportanceClass.ROUTINE]: [
    criterion('PRICE', 'Price', CriterionKind.PRICE, 60),
    criterion('DELIVERY', 'Lead time and terms', CriterionKind.COMMERCIAL, 20),
    criterion('QUALITY', 'Technical fit and quality', CriterionKind.TECHNICAL, 10),
    criterion('RELIABILITY', 'Supplier reliability', CriterionKind.RELIABILITY, 10),
  ],
};

export const CRITERION_KEY = /^[A-Z][A-Z0-9_]{1,39}$/;
export const MAX_CRITERIA = 12;
export const MAX_CRITERION_NAME = 120;
/** Alternative offers a supplier may give per line. */
export const MAX_ALTERNATIVES_PER_LINE = 3;
export const MAX_QUOTE_ATTACHMENTS = 10;

export interface FieldProblem {
  field: string;
  message: string;
}

/** What is wrong with a set of criteria; empty when it may be used. */
export function criteriaProblems(criteria: readonly RfqCriterion[], field = 'criteria'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (criteria.length === 0) return [{ field, message: 'Give at least one evaluation criterion' }];
  if (criteria.length > MAX_CRITERIA) problems.push({ field, message: `At most ${MAX_CRITERIA} criteria` });
  const keys = new Set<string>();
  criteria.forEach((c, i) => {
    const at = `${field}.${i}`;
    if (!CRITERION_KEY.test(c.key)) problems.push({ field: `${at}.key`, message: 'A key is 2 to 40 capital letters, digits or _' });
    else if (keys.has(c.key)) problems.push({ field: `${at}.key`, message: `${c.key} is given twice` });
    keys.add(c.key);
    const name = c.name.trim();
    if (!name || name.length > MAX_CRITERION_NAME) problems.push({ field: `${at}.name`, message: `A name is 1 to ${MAX_CRITERION_NAME} characters` });
    if (!Object.values(CriterionKind).includes(c.kind)) problems.push({ field: `${at}.kind`, message: `Unknown kind ${c.kind}` });
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100) problems.push({ field: `${at}.weight`, message: 'A weight is a whole number from 1 to 100' });
  });
  for (const kind of [CriterionKind.PRICE, CriterionKind.RELIABILITY]) {
    if (criteria.filter((c) => c.kind === kind).length > 1) problems.push({ field, message: `Only one ${kind} criterion` });
  }
  const sum = criteria.reduce((s, c) => s + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  if (sum !== 100) problems.push({ field, message: `The weights add up to ${sum}, not 100` });
  return problems;
}

/** "An RFQ is open": whether a supplier may still quote or ask, by the server's clock (its SQL twin is rfqOpenSql, below). */
export function rfqOpenAt(rfq: { status: RfqStatus; closesAt: Date }, now: Date): boolean {
  return rfq.status === RfqStatus.PUBLISHED && rfq.closesAt.getTime() > now.getTime();
}

/**
 * "An RFQ is open" in SQL, the twin of rfqOpenAt above: the RFQ `alias` ('': the table's own
 * columns) is published and `now` is before its closing time. `now` is the placeholder of the
 * application clock's time (e.g. `'$2'`), not the database's `now()`: both twins read one clock.
 */
export function rfqOpenSql(alias: string, now: string): string {
  const c = alias ? `${alias}.` : '';
  return `(${c}status = 'PUBLISHED' AND ${c}closes_at > ${now})`;
}

/** What an invitation card in the supplier portal says, from the supplier's point of view. */
export enum PortalInvitationState {
  /** Sent; nobody of the company has opened it yet. */
  INVITED = 'INVITED',
  VIEWED = 'VIEWED',
  /** A quote is saved but has never been submitted. */
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  /** Submitted more than once: the buyer evaluates the latest revision. */
  REVISED = 'REVISED',
  /** Asked for a best and final offer in a negotiation round open now. */
  IN_ROUND = 'IN_ROUND',
  /** The submitted quote was taken back. */
  WITHDRAWN = 'WITHDRAWN',
  DECLINED = 'DECLINED',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
}

export interface PortalInvitationFacts {
  status: InvitationStatus;
  quoteStatus: QuoteStatus | null;
  /** Submitted revisions. */
  revisions: number;
  /** The invitation is in a negotiation round open now. */
  inOpenRound: boolean;
  /** The case's award for this company: true awarded, false not awarded, null not decided. */
  awarded: boolean | null;
}

/**
 * The one state a card shows: a decline stands over everything; then the award's outcome, an open
 * round asking for a best and final offer, and the quote's own progress.
 */
export function portalInvitationState(f: PortalInvitationFacts): PortalInvitationState {
  if (f.status === InvitationStatus.DECLINED) return PortalInvitationState.DECLINED;
  if (f.awarded !== null) return f.awarded ? PortalInvitationState.AWARDED : PortalInvitationState.NOT_AWARDED;
  if (f.inOpenRound) return PortalInvitationState.IN_ROUND;
  if (f.quoteStatus === QuoteStatus.WITHDRAWN) return PortalInvitationState.WITHDRAWN;
  if (f.quoteStatus === QuoteStatus.SUBMITTED) return f.revisions > 1 ? PortalInvitationState.REVISED : PortalInvitationState.SUBMITTED;
  if (f.quoteStatus === QuoteStatus.DRAFT) return PortalInvitationState.DRAFT;
  return f.status === InvitationStatus.SENT ? PortalInvitationState.INVITED : PortalInvitationState.VIEWED;
}
