import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, RequestContext } from '@bc/api/core';
import { User } from '@bc/api/identity';
import { CaseService, CaseStageChange, PurchaseCase, ShortlistService, SpecificationService, TransitionService } from '@bc/api/purchasing';
import { PortalService, QuoteContent, QuoteService } from '@bc/api/quotes';
import { RfqClosingService, RfqService } from '@bc/api/rfq';
import { ScoringService } from '@bc/api/evaluation';
import { CaseStage, ImportanceClass, PurchaseType, QualificationStatus, RequirementCompliance, Role, ShortlistDecision, ShortlistSource } from '@bc/shared/domain';
import type { DemoEvaluatedRfq, DemoQuote, DemoScore, DemoSpecification, DemoSupplier } from './showcase-data';
import type { ShowcaseTimeline } from './showcase-clock';

/** A value the showcase itself put there; its absence is a defect of the seeder. */
export function need<K, V>(map: Map<K, V | null | undefined>, key: K): V {
  const value = map.get(key);
  if (value === undefined || value === null) throw new Error(`Showcase seeding: ${String(key)} is missing`);
  return value;
}

/** The day (before the story's end) the company brought Buying Center in: its directory, its users. */
export const SHOWCASE_INTRODUCED_DAYS_AGO = 400;

/** A calendar day `offset` days from now (real time: the RFQs' and rounds' deadlines ahead). */
export const day = (offset: number, from = new Date()): string => new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * When each of a supplier's performance events is recorded in the story, and the day it occurred:
 * history known when the directory is imported (`introduced` days ago) comes in with the import,
 * later events a few hours into their day. Both are counted from the story's anchor (the hour
 * before the seed started), never from the wall clock: just after midnight UTC the anchor is still
 * yesterday, and a day counted from the wall clock would be recorded before it occurred, which
 * the directory refuses.
 */
export function performanceSteps<P extends { daysAgo: number }>(
  story: { daysAgo(days: number): Date },
  introduced: number,
  performance: readonly P[],
): Array<{ at: Date; occurredOn: string; event: P }> {
  return performance.map((event, i) => ({
    at: story.daysAgo(event.daysAgo >= introduced ? introduced - 0.001 : event.daysAgo - 0.3 - i * 0.001),
    occurredOn: story.daysAgo(event.daysAgo).toISOString().slice(0, 10),
    event,
  }));
}

/** A user of the demo acting in the seed's transaction (a buyer's, a supplier's or the colleague's session). */
export function actingAs(em: EntityManager, user: Pick<User, 'id' | 'organizationId' | 'roles' | 'name'>): RequestContext {
  const ctx = RequestContext.system({ sessionId: 'demo-seed', userId: user.id, organizationId: user.organizationId, roles: user.roles, userName: user.name });
  ctx.transactionManager = em;
  return ctx;
}

/** The demo users the showcase acts as: the buying team, the supplier companies' portal users. */
export interface Crew {
  em: EntityManager;
  buyer: RequestContext;
  requester: RequestContext;
  specifier: RequestContext;
  /** The second specifier, from quality assurance. */
  colleague: RequestContext;
  gatekeeper: RequestContext;
  advisor: RequestContext;
  decider: RequestContext;
  hanse: RequestContext;
  alpine: RequestContext;
  /** Filled by the directory's import, the story's first step. */
  supplierIds: Map<string, string>;
  suppliers: DemoSupplier[];
}

export type CaseTerms = Pick<DemoEvaluatedRfq, 'title' | 'description' | 'category' | 'purchaseType' | 'importance' | 'estimatedValue' | 'budgetReference'> & {
  requiredCertificates?: readonly string[];
};

/** A closed RFQ of the showcase: filled step by step as the story plays. */
export interface ClosedRfq {
  purchaseCase: PurchaseCase;
  rfqId: string;
  reference: string;
  invitations: { hanse: string; alpine: string };
  lineKeys: string[];
}

const RFQ_TERMS = {
  deliveryTerms: 'DAP Bremen (Incoterms 2020)',
  deliveryAddress: 'Nordwind Maschinenbau GmbH, Werk 2, Hafenstraße 12, 28217 Bremen',
  paymentTerms: '30 days net, 2 % discount within 14 days',
  validityDays: 90,
  instructions: 'Quote every line you can deliver; give alternatives per line where you see a better solution. Attach data sheets.',
};

/** The showcase's recurring steps, each one call of the real services as one of the demo users. */
@Injectable()
export class ShowcaseSteps {
  constructor(
    private readonly cases: CaseService,
    private readonly transitions: TransitionService,
    private readonly specifications: SpecificationService,
    private readonly shortlists: ShortlistService,
    private readonly rfqs: RfqService,
    private readonly quotes: QuoteService,
    private readonly portal: PortalService,
    private readonly closing: RfqClosingService,
    private readonly scoring: ScoringService,
    private readonly clock: Clock,
  ) {}

  openCase(buyer: RequestContext, specifierId: string, c: CaseTerms): Promise<PurchaseCase> {
    return this.cases.create(buyer, {
      title: c.title,
      description: c.description,
      categoryCode: c.category,
      purchaseType: c.purchaseType as PurchaseType,
      importance: c.importance as ImportanceClass,
      estimatedValue: c.estimatedValue,
      currency: 'EUR',
      neededBy: day(180),
      budgetReference: c.budgetReference,
      requiredCertificates: [...(c.requiredCertificates ?? [])],
      stage: CaseStage.NEED,
      team: [
        { userId: buyer.userId, role: Role.BUYER },
        { userId: specifierId, role: Role.SPECIFIER },
      ],
    });
  }

  /** The specifier writes the first version; returns its id (approved later, or never). */
  async writeSpecification(specifier: RequestContext, caseId: string, spec: DemoSpecification): Promise<string> {
    const version = await this.specifications.save(specifier, caseId, {
      baseVersionId: null,
      note: 'First version',
      attachmentIds: [],
      lines: spec.lines.map((l) => ({ ...l, quantity: String(l.quantity) })),
      requirements: spec.requirements.map((r) => ({ text: r.text, kind: r.kind, weight: r.weight ?? null })),
    });
    return version.id;
  }

  approveSpecification(specifier: RequestContext, versionId: string) {
    return this.specifications.approve(specifier, versionId);
  }

  /** Suppliers of a category that the showcase did not name: the best-known first, never the blocked one. */
  othersIn(crew: Crew, category: string, count: number): string[] {
    return crew.suppliers
      .filter((s) => s.categories.includes(category) && s.status !== QualificationStatus.BLOCKED && !s.portalOrganization)
      .sort((x, y) => Number(y.status === QualificationStatus.APPROVED) - Number(x.status === QualificationStatus.APPROVED))
      .slice(0, count)
      .map((s) => s.name)
      .filter((name) => crew.supplierIds.has(name));
  }

  async shortlist(buyer: RequestContext, caseId: string, names: string[], supplierIds: Map<string, string>): Promise<void> {
    for (const [i, name] of names.entries()) {
      await this.shortlists.setEntry(buyer, caseId, {
        supplierId: need(supplierIds, name),
        decision: ShortlistDecision.IN,
        reason: i === 0 ? 'Incumbent quality and service level; approved supplier.' : 'Matches the category fully; qualified with valid certificates.',
        source: ShortlistSource.SEARCH,
      });
    }
  }

  /**
   * Plans a case from NEED to an approved shortlist with both portal suppliers and one more,
   * `start` days ago and over the following days (ends `start - 4` days ago).
   */
  planReadyForRfq(tl: ShowcaseTimeline, crew: Crew, c: CaseTerms & { specification: DemoSpecification }, start: number, into: { case?: PurchaseCase }): void {
    const { buyer, specifier, gatekeeper } = crew;
    let versionId = '';
    const caseId = () => need(new Map([[c.title, into.case?.id]]), c.title);
    tl.plan(tl.daysAgo(start), `${c.title}: the buyer opens the case`, async () => {
      into.case = await this.openCase(buyer, specifier.userId, c);
    });
    tl.plan(tl.daysAgo(start - 0.9), `${c.title}: the specification is written`, async () => {
      const id = caseId();
      await this.transitions.move(buyer, id, CaseStage.SPECIFICATION);
      versionId = await this.writeSpecification(specifier, id, c.specification);
    });
    tl.plan(tl.daysAgo(start - 2), `${c.title}: the specification is approved`, () => this.approveSpecification(specifier, versionId));
    tl.plan(tl.daysAgo(start - 2.8), `${c.title}: the buyer shortlists`, async () => {
      const id = caseId();
      await this.transitions.move(buyer, id, CaseStage.SOURCING);
      await this.shortlist(buyer, id, ['Hanse Industrietechnik GmbH', 'Alpine Components AG', ...this.othersIn(crew, c.category, 1)], crew.supplierIds);
      await this.shortlists.submit(buyer, id, null);
    });
    tl.plan(tl.daysAgo(start - 4), `${c.title}: the gatekeeper approves the shortlist`, () =>
      this.shortlists.approve(gatekeeper, caseId(), 'Both portal suppliers and a qualified third; fine.'),
    );
  }

  /** Plans the RFQ's draft, approval and publication, ending at `publishedAt` days ago; real deadlines ahead. */
  /**
   * Plans the RFQ's drafting, approval and publication `publishedAt` days ago, closing `closes`: in
   * so many days from today (11:00 UTC), or at a moment of the story.
   */
  planPublish(
    tl: ShowcaseTimeline,
    crew: Crew,
    publishedAt: number,
    closes: { inDays: number; questionsInDays: number } | { at: Date; questionsAt: Date },
    into: { case?: PurchaseCase; rfqId?: string; reference?: string },
  ): void {
    const title = () => into.case?.title ?? '?';
    tl.plan(tl.daysAgo(publishedAt + 1.9), 'the buyer drafts the RFQ and asks for approval', async () => {
      const rfq = await this.rfqs.create(crew.buyer, into.case?.id ?? '', {
        ...RFQ_TERMS,
        closesAt: 'at' in closes ? closes.at : new Date(`${day(closes.inDays)}T11:00:00Z`),
        questionsCloseAt: 'at' in closes ? closes.questionsAt : new Date(`${day(closes.questionsInDays)}T11:00:00Z`),
        // The showcase's periods are shorter than the policy's minimum for a new task: said why, as a buyer must.
        shortPeriodJustification: 'The line stops for its retrofit in four weeks: the parts must be ordered this month.',
      });
      into.rfqId = rfq.id;
      into.reference = rfq.reference;
      await this.rfqs.requestApproval(crew.buyer, rfq.id);
    });
    tl.plan(tl.daysAgo(publishedAt + 0.9), `${title()}: the gatekeeper approves the RFQ`, () =>
      this.rfqs.decideApproval(crew.gatekeeper, into.rfqId ?? '', true, 'Terms and criteria are fine.'),
    );
    tl.plan(tl.daysAgo(publishedAt), 'the buyer publishes the RFQ', () => this.rfqs.publish(crew.buyer, into.rfqId ?? ''));
  }

  /** A demo supplier opens its invitation and saves or submits a quote (a new revision each time): its invitation and the line keys. */
  async quote(ctx: RequestContext, rfqId: string, q: DemoQuote, submit: boolean): Promise<{ invitationId: string; lineKeys: string[] }> {
    const invitation = await this.portal.invitationTo(ctx, rfqId);
    if (!invitation) throw new Error('Showcase seeding: a demo supplier was not invited');
    await this.portal.markViewed(ctx, invitation);
    const spec = await this.rfqs.specification(ctx, invitation.rfq);
    const capacity = (i: number): number | undefined => q.capacities?.[i];
    const content: QuoteContent = {
      currency: q.currency ?? 'EUR',
      supplierReference: `${ctx.signedIn.userName.split(' ')[1]?.toUpperCase() ?? 'Q'}-${Math.floor(1000 + Math.random() * 9000)}`,
      validUntil: day(75),
      paymentTerms: '30 days net',
      deliveryTerms: 'DAP Bremen',
      note: '',
      lines: spec.lines.map((l, i) => ({
        lineKey: l.key,
        unitPrice: q.prices[i] ?? '1.00',
        quantity: capacity(i) === undefined ? l.quantity : String(capacity(i)),
        leadTimeDays: q.leadTimeDays,
        note: capacity(i) === undefined ? '' : `Our capacity for the year: ${capacity(i)} ${l.unit}.`,
        alternatives: [],
      })),
      answers: spec.requirements.map((r, i) => {
        const notMet = q.notMet?.[i];
        return notMet === undefined
          ? { requirementKey: r.key, compliance: RequirementCompliance.MET, comment: '' }
          : { requirementKey: r.key, compliance: RequirementCompliance.NOT_MET, comment: notMet };
      }),
      attachments: [],
      // Sealed with the rest, so the receipt covers them; left out when there are none, as the quote form does.
      ...(q.conditionalDiscounts?.length
        ? {
            conditionalDiscounts: q.conditionalDiscounts.map((d) => ({
              type: d.type,
              value: d.value,
              minValue: d.minValue,
              lineKeys: d.lines.map((i) => spec.lines[i].key),
              note: d.note,
            })),
          }
        : {}),
    };
    if (submit) await this.quotes.submit(ctx, invitation.invitation.id, content);
    else await this.quotes.saveDraft(ctx, invitation.invitation.id, content);
    return { invitationId: invitation.invitation.id, lineKeys: spec.lines.map((l) => l.key) };
  }

  /**
   * Plans a case whose RFQ both portal suppliers quoted on and that closed `closedDaysAgo` (its
   * quotes open, the case in EVALUATION): case, specification and shortlist in the ten days before
   * the publication, Hanse's quote a third into the bidding period, Alpine's at two thirds.
   */
  planClosedRfq(tl: ShowcaseTimeline, crew: Crew, c: DemoEvaluatedRfq): ClosedRfq {
    const into: { case?: PurchaseCase; rfqId?: string; reference?: string } = {};
    const closed = { invitations: { hanse: '', alpine: '' }, lineKeys: [] as string[] } as unknown as ClosedRfq;
    const [published, closes] = [c.publishedDaysAgo, c.closedDaysAgo];
    this.planReadyForRfq(tl, crew, c, published + 10, into);
    // Published to close at its moment of the story: the services read the story's time while a step runs.
    this.planPublish(tl, crew, published, { at: tl.daysAgo(closes), questionsAt: tl.daysAgo(closes + 3) }, into);
    const bidding = published - closes;
    tl.plan(tl.daysAgo(published - bidding / 3), `${c.title}: Hanse quotes`, async () => {
      const q = await this.quote(crew.hanse, into.rfqId ?? '', c.quotes.hanse, true);
      closed.invitations.hanse = q.invitationId;
      closed.lineKeys = q.lineKeys;
    });
    tl.plan(tl.daysAgo(published - (2 * bidding) / 3), `${c.title}: Alpine quotes`, async () => {
      closed.invitations.alpine = (await this.quote(crew.alpine, into.rfqId ?? '', c.quotes.alpine, true)).invitationId;
    });
    tl.plan(tl.daysAgo(closes), `${c.title}: the RFQ closes`, async () => {
      const rfqId = into.rfqId ?? '';
      if (!(await this.closing.close(rfqId, crew.buyer))) throw new Error(`Showcase seeding: ${into.reference} did not close`);
      Object.assign(closed, { purchaseCase: into.case, rfqId, reference: into.reference });
    });
    return closed;
  }

  /**
   * An award made before Buying Center was introduced: the case (shortlisted) stands as awarded
   * history, its stage changes with their reason at the clock's time, so that a rebuy has
   * something to start from and an incumbent.
   */
  async recordHistoricAward(crew: Crew, c: PurchaseCase, supplierId: string): Promise<void> {
    const reason = 'Awarded before Buying Center was introduced (showcase history)';
    for (const [from, to] of [
      [CaseStage.SOURCING, CaseStage.RFQ],
      [CaseStage.RFQ, CaseStage.EVALUATION],
      [CaseStage.EVALUATION, CaseStage.DECISION],
      [CaseStage.DECISION, CaseStage.AWARDED],
    ]) {
      await crew.em.getRepository(CaseStageChange).insert({ caseId: c.id, fromStage: from, toStage: to, reason, occurredAt: this.clock.now() });
    }
    // The history above bypasses the stage machine on purpose (an award long ago); the case's row says where it ended.
    const at = this.clock.now();
    await crew.em.getRepository(PurchaseCase).update(c.id, { stage: CaseStage.AWARDED, awardedSupplierId: supplierId, stageChangedAt: at, updatedAt: at });
  }

  /** Plans the evaluators' scores from `start` days ago, up to two hours apart. */
  planScores(tl: ShowcaseTimeline, crew: Crew, closed: ClosedRfq, scores: readonly DemoScore[], start: number): void {
    const gap = Math.min(0.08, (start - 0.1) / Math.max(1, scores.length));
    scores.forEach((s, i) => {
      tl.plan(tl.daysAgo(start - i * gap), `${s.evaluator} scores ${s.supplier} on ${s.criterion}`, () =>
        this.scoring.score(crew[s.evaluator], closed.rfqId, closed.invitations[s.supplier], s.criterion, s.score, s.comment),
      );
    });
  }
}
