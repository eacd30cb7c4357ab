import { Injectable, Logger, Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, RequestContext } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { AwardService, DeliveryService } from '@bc/api/award';
import { ComparisonService, ScoringService } from '@bc/api/evaluation';
import { Organization, User } from '@bc/api/identity';
import { NegotiationService } from '@bc/api/negotiation';
import { CaseService, PurchaseCase, RebuyService, ShortlistService, TransitionService } from '@bc/api/purchasing';
import { PortalService } from '@bc/api/quotes';
import { RfqClosingService, RfqService } from '@bc/api/rfq';
import { SupplierDirectoryService } from '@bc/api/suppliers';
import { ApprovalDecision, AwardStatus, CaseStage, OrganizationKind, PerformanceEventKind, PurchaseType, QualificationStatus, Role, ShortlistDecision, ShortlistSource } from '@bc/shared/domain';
import type { ShowcaseTimeline } from './showcase-clock';
import { HISTORY_SUPPLIERS, type HistoryCase, historySpecification, type HistorySupplier, showcaseHistory } from './showcase-history-data';
import { actingAs, type Crew, need, SHOWCASE_INTRODUCED_DAYS_AGO, ShowcaseSteps } from './showcase-steps';

const RFQ_TERMS = {
  deliveryTerms: 'DAP Bremen (Incoterms 2020)',
  deliveryAddress: 'Nordwind Maschinenbau GmbH, Werk 2, Hafenstraße 12, 28217 Bremen',
  paymentTerms: '30 days net',
  validityDays: 60,
  instructions: 'Quote every line; state your lead time.',
  shortPeriodJustification: 'Replenishment of running stock: the suppliers know the items.',
};

/** A case's story as it is planned: the timeline, the actors, and what the case has become so far. */
interface CaseStory {
  tl: ShowcaseTimeline;
  crew: Crew;
  c: HistoryCase;
  p: Played;
  cfo: () => RequestContext;
  at: (daysAgo: number) => Date;
  caseId: () => string;
  rfqId: () => string;
  supplierCtx: (key: string) => RequestContext;
  straight: boolean;
}

/** What one history case has become while its story plays. */
interface Played {
  purchaseCase?: PurchaseCase;
  specificationVersionId?: string;
  rfqId?: string;
  invitations: Map<string, string>;
  proposalId?: string;
  supplierIds: Map<string, string>;
}

/**
 * Plays the year of history (`showcase-history-data.ts`) through the real services, as the demo
 * users and the history's supplier companies, on the showcase's timeline: each step at its day,
 * so stage changes, quotes, approvals and deliveries carry past dates and the audit chain holds.
 */
@Injectable()
export class ShowcaseHistory {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly cases: CaseService,
    private readonly transitions: TransitionService,
    private readonly shortlists: ShortlistService,
    private readonly rebuys: RebuyService,
    private readonly rfqs: RfqService,
    private readonly closing: RfqClosingService,
    private readonly portal: PortalService,
    private readonly scoring: ScoringService,
    private readonly comparisons: ComparisonService,
    private readonly negotiations: NegotiationService,
    private readonly awards: AwardService,
    private readonly deliveries: DeliveryService,
    private readonly directory: SupplierDirectoryService,
    private readonly audit: AuditService,
    private readonly steps: ShowcaseSteps,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  plan(tl: ShowcaseTimeline, crew: Crew): void {
    const portals = new Map<string, RequestContext>();
    const supplierIds = new Map<string, string>();
    let cfo: RequestContext | null = null;
    // The history's supplier companies join a few days after the directory came in.
    tl.plan(tl.daysAgo(SHOWCASE_INTRODUCED_DAYS_AGO - 3), 'the history suppliers join', async () => {
      const em = crew.em;
      cfo = actingAs(em, await em.getRepository(User).findOneByOrFail({ email: 'cfo@nordwind.example' }));
      const hanse = await em.getRepository(User).findOneByOrFail({ email: 'supplier@hanse-industrie.example' });
      for (const s of HISTORY_SUPPLIERS) {
        portals.set(s.key, await this.portalCompany(crew, s, hanse.passwordHash));
        const created = await this.directory.create(crew.buyer, {
          name: s.name,
          country: s.country,
          description: `Supplies ${s.category === '14622000-7' ? 'steel' : s.category === '42997300-4' ? 'robot cells' : s.category === '35125100-7' ? 'measuring probes and sensors' : 'lubricants'} to Nordwind; quotes through the portal.`,
          website: null,
          tags: [],
          categories: [s.category],
        });
        supplierIds.set(s.key, created.id);
        await this.directory.setQualification(crew.buyer, created.id, QualificationStatus.APPROVED);
        await this.directory.linkPortal(crew.buyer, created.id, portals.get(s.key)?.organizationId);
      }
    });
    // What the buying team knew of them before: three deliveries each, so reliability is scored from the first RFQ on.
    HISTORY_SUPPLIERS.forEach((s, k) => {
      for (let i = 0; i < 3; i++) {
        const daysAgo = SHOWCASE_INTRODUCED_DAYS_AGO + 30 + i * 60 + k;
        tl.plan(tl.daysAgo(SHOWCASE_INTRODUCED_DAYS_AGO - 3 - 0.01 * (i + 1)), `${s.name}: earlier delivery recorded`, () =>
          this.directory.recordPerformance(crew.buyer, {
            supplierId: need(supplierIds, s.key),
            kind: PerformanceEventKind.DELIVERY,
            occurredOn: tl.daysAgo(daysAgo).toISOString().slice(0, 10),
            onTime: i !== 1 || s.lateness[0] < 0.2,
            note: 'Before Buying Center',
          }),
        );
      }
    });

    const history = showcaseHistory();
    const played: Played[] = history.map(() => ({ invitations: new Map(), supplierIds }));
    history.forEach((c, i) => this.planCase(tl, crew, c, played[i], played, portals, () => need(new Map([['cfo', cfo]]), 'cfo')));
    tl.plan(tl.daysAgo(1), 'the history is in', async () => {
      this.logger.log(`Seeded the showcase history: ${history.length} cases over the year before`);
    });
  }

  /** A supplier company with a portal account and one user (the demo password), as the demo's own supplier companies are made. */
  private async portalCompany(crew: Crew, s: HistorySupplier, passwordHash: string): Promise<RequestContext> {
    const em = crew.em;
    const organization = await em.getRepository(Organization).save({ name: s.name, kind: OrganizationKind.SUPPLIER, country: s.country, defaultLocale: s.user.locale });
    const user = await em.getRepository(User).save({
      organizationId: organization.id,
      email: s.user.email,
      name: s.user.name,
      roles: [Role.SUPPLIER, Role.SUPPLIER_ADMIN],
      locale: s.user.locale,
      passwordHash,
      disabledAt: null,
      lastSignInAt: null,
    });
    const ctx = RequestContext.system();
    ctx.transactionManager = em;
    await this.audit.record(ctx, {
      action: 'user.created',
      entityType: 'User',
      entityId: user.id,
      organizationId: organization.id,
      actorUserId: null,
      actorName: 'demo data',
      summary: { email: user.email, roles: user.roles },
    });
    return actingAs(em, user);
  }

  /** One case's story: opened (or rebought), the RFQ, the decision and the deliveries. */
  private planCase(tl: ShowcaseTimeline, crew: Crew, c: HistoryCase, p: Played, all: Played[], portals: Map<string, RequestContext>, cfo: () => RequestContext): void {
    const x: CaseStory = {
      tl,
      crew,
      c,
      p,
      cfo,
      at: (daysAgo: number) => tl.daysAgo(daysAgo),
      caseId: () => need(new Map([[c.title, p.purchaseCase?.id]]), c.title),
      rfqId: () => need(new Map([[c.title, p.rfqId]]), c.title),
      supplierCtx: (key: string) => need(portals, key),
      straight: c.purchaseType === PurchaseType.STRAIGHT_REBUY,
    };
    const shortlisted = x.straight ? this.planRebuy(x, all) : this.planNewPurchase(x);
    if (shortlisted === null) return;
    const closes = this.planRfq(x, shortlisted);
    this.planDecision(x, closes);
  }

  /** A new purchase up to its shortlist's submission; the day it was submitted, or null when it is cancelled before. */
  private planNewPurchase(x: CaseStory): number | null {
    const { tl, c, p, at, caseId } = x;
    const { buyer, specifier } = x.crew;
    const crew = x.crew;
    let t = c.openedDaysAgo;
    tl.plan(at(t), `${c.title}: opened and specified`, async () => {
      p.purchaseCase = await this.steps.openCase(buyer, specifier.userId, {
        title: c.title,
        description: `${c.lines.map((l) => `${l.quantity} ${l.unit} ${l.description}`).join('; ')}.`,
        category: c.category,
        purchaseType: c.purchaseType,
        importance: c.importance,
        estimatedValue: c.estimatedValue,
        budgetReference: c.category === '42997300-4' ? 'CAPEX-2026-ROB' : 'OPEX-PROD-2026',
      });
      await this.transitions.move(buyer, p.purchaseCase.id, CaseStage.SPECIFICATION);
      p.specificationVersionId = await this.steps.writeSpecification(specifier, p.purchaseCase.id, historySpecification(c));
    });
    if (c.cancelled?.at === 'SPECIFICATION') {
      const reason = c.cancelled.reason;
      tl.plan(at(t - Math.max(1, c.specificationDays / 2)), `${c.title}: cancelled`, () => this.transitions.move(buyer, caseId(), CaseStage.CANCELLED, reason));
      return null;
    }
    t -= c.specificationDays;
    tl.plan(at(t), `${c.title}: specification approved`, () => this.steps.approveSpecification(specifier, p.specificationVersionId ?? ''));
    t -= 0.2;
    tl.plan(at(t), `${c.title}: shortlisted`, async () => {
      const id = caseId();
      await this.transitions.move(buyer, id, CaseStage.SOURCING);
      for (const key of c.invited) {
        await this.shortlists.setEntry(buyer, id, { supplierId: need(p.supplierIds, key), decision: ShortlistDecision.IN, reason: 'Approved supplier for the category; quotes through the portal.', source: ShortlistSource.SEARCH });
      }
      await this.steps.shortlist(buyer, id, this.steps.othersIn(crew, c.category, c.uninvitedDirectorySuppliers), crew.supplierIds);
      // Kept only where the policy's minimum is not reached.
      await this.shortlists.submit(buyer, id, this.singleSourceReason(c));
    });
    if (c.cancelled?.at === 'SOURCING') {
      const reason = c.cancelled.reason;
      tl.plan(at(t - 1), `${c.title}: cancelled`, () => this.transitions.move(buyer, caseId(), CaseStage.CANCELLED, reason));
      return null;
    }
    return t;
  }

  /** A straight rebuy of an earlier award, submitted with its incumbent alone; the day it was submitted. */
  private planRebuy(x: CaseStory, all: Played[]): number {
    const { tl, c, p, at } = x;
    const { buyer } = x.crew;
    const t = c.openedDaysAgo;
    const source = all[need(new Map([[c.title, c.rebuyOf]]), c.title)];
    tl.plan(at(t), `${c.title}: the rebuy`, async () => {
      const sourceCase = need(new Map([[c.title, source.purchaseCase]]), c.title);
      p.purchaseCase = await this.rebuys.create(buyer, { sourceCaseId: sourceCase.id, purchaseType: PurchaseType.STRAIGHT_REBUY, title: c.title });
      await this.cases.update(buyer, p.purchaseCase.id, { estimatedValue: c.estimatedValue });
      // The incumbent alone: a single source, said why.
      await this.shortlists.submit(buyer, p.purchaseCase.id, this.singleSourceReason(c));
    });
    return t;
  }

  /** The shortlist's approval, the RFQ drafted, approved, published, answered, maybe extended, closed; rates and scores. Returns its closing day. */
  private planRfq(x: CaseStory, submitted: number): number {
    const { tl, c, p, at, caseId, rfqId, supplierCtx, straight } = x;
    const { buyer, specifier, gatekeeper } = x.crew;
    const t = submitted - c.sourcingDays;
    tl.plan(at(t), `${c.title}: shortlist approved`, () => this.shortlists.approve(gatekeeper, caseId(), straight ? 'Single source justified; fine.' : 'Fine.'));

    // The RFQ: drafted, approved, published; quotes come in; the closing time sometimes moves.
    const published = t - c.rfqDraftDays;
    const originalClose = published - c.biddingDays;
    const closes = originalClose - c.extendedByDays;
    tl.plan(at(t - 0.2), `${c.title}: RFQ drafted`, async () => {
      const rfq = await this.rfqs.create(buyer, caseId(), { ...RFQ_TERMS, closesAt: at(originalClose), questionsCloseAt: at(originalClose + 2) });
      p.rfqId = rfq.id;
      await this.rfqs.requestApproval(buyer, rfq.id);
    });
    tl.plan(at(published + Math.min(0.5, c.rfqDraftDays / 3)), `${c.title}: RFQ approved`, () => this.rfqs.decideApproval(gatekeeper, rfqId(), true, null));
    tl.plan(at(published), `${c.title}: RFQ published`, () => this.rfqs.publish(buyer, rfqId()));
    if (c.declined) {
      const key = c.declined;
      tl.plan(at(published - 0.2 * c.biddingDays), `${c.title}: ${key} declines`, async () => {
        const ctx = supplierCtx(key);
        const invitation = await this.portal.invitationTo(ctx, rfqId());
        await this.portal.decline(ctx, need(new Map([[key, invitation?.invitation.id]]), key), 'No capacity in the requested period.');
      });
    }
    if (c.extendedByDays > 0) {
      tl.plan(at(published - c.biddingDays / 2), `${c.title}: closing moved`, () =>
        this.rfqs.extend(buyer, rfqId(), at(closes), null, 'A supplier asked for more time to confirm mill availability.'),
      );
    }
    for (const q of c.quotes) {
      const s = HISTORY_SUPPLIERS.find((x) => x.key === q.supplier);
      tl.plan(at(published - q.at * c.biddingDays), `${c.title}: ${q.supplier} quotes`, async () => {
        const result = await this.steps.quote(supplierCtx(q.supplier), rfqId(), { prices: q.prices, leadTimeDays: q.leadTimeDays, currency: s?.currency }, true);
        p.invitations.set(q.supplier, result.invitationId);
      });
    }
    tl.plan(at(closes), `${c.title}: RFQ closes`, async () => {
      if (!(await this.closing.close(rfqId(), buyer))) throw new Error(`Showcase history: the RFQ of ${c.title} did not close`);
    });
    const currencies = [...new Set(c.quotes.map((q) => HISTORY_SUPPLIERS.find((s) => s.key === q.supplier)).filter((s) => s && s.currency !== 'EUR'))] as HistorySupplier[];
    let e = closes - 0.1;
    for (const s of currencies) tl.plan(at(e), `${c.title}: ${s.currency} rate entered`, () => this.comparisons.setRate(buyer, rfqId(), s.currency, s.rateToEur));
    // The team scores what the machine cannot: the specifier the technical fit, the buyer lead time and terms.
    c.quotes.forEach((q, i) => {
      e -= Math.min(0.3, c.evaluationDays / (2 * c.quotes.length + 1));
      const quality = 6 + ((i * 3 + c.lines[0].quantity) % 4);
      const delivery = 5 + ((i * 2 + Math.round(q.leadTimeDays)) % 5);
      tl.plan(at(e), `${c.title}: ${q.supplier} scored`, async () => {
        const invitationId = need(p.invitations, q.supplier);
        await this.scoring.score(specifier, rfqId(), invitationId, 'QUALITY', quality, 'Meets the specification.');
        await this.scoring.score(buyer, rfqId(), invitationId, 'DELIVERY', delivery, `${q.leadTimeDays} days lead time.`);
      });
    });
    return closes;
  }

  /** Negotiation (a round, or skipped with a reason), the proposal, its approvals step by step, and the deliveries. */
  private planDecision(x: CaseStory, closes: number): void {
    const { tl, c, p, at, caseId, rfqId, supplierCtx, straight, cfo } = x;
    const { buyer, gatekeeper, decider } = x.crew;
    let d = closes - c.evaluationDays;
    if (c.negotiated) {
      let roundId = '';
      tl.plan(at(d), `${c.title}: round 1 opens`, async () => {
        roundId = (await this.negotiations.openRound(buyer, {
          rfqId: rfqId(),
          invitationIds: c.quotes.map((q) => need(p.invitations, q.supplier)),
          message: 'Thank you for your quotes. Please send your best and final offer; the volume may grow next year.',
          closesAt: at(d - 4),
        })).id;
      });
      c.quotes.forEach((q, i) => {
        const s = HISTORY_SUPPLIERS.find((x) => x.key === q.supplier);
        tl.plan(at(d - 1 - i * 0.7), `${c.title}: ${q.supplier}'s best and final offer`, () =>
          this.steps.quote(supplierCtx(q.supplier), rfqId(), { prices: q.finalPrices ?? q.prices, leadTimeDays: q.leadTimeDays, currency: s?.currency }, true),
        );
      });
      // Every offer is in: the buyer ends the round before its deadline and moves on.
      tl.plan(at(d - 3.5), `${c.title}: round 1 ended`, () => this.negotiations.endRound(buyer, roundId));
      d -= 5;
      tl.plan(at(d), `${c.title}: negotiation finished`, () => this.negotiations.finish(buyer, caseId()));
    } else {
      tl.plan(at(d), `${c.title}: negotiation skipped`, () =>
        this.negotiations.skip(buyer, caseId(), straight ? 'Rebuy at the incumbent price level.' : 'The quotes are close to the market; a round would not pay.'),
      );
    }
    tl.plan(at(d - 0.05), `${c.title}: award proposed`, async () => {
      const proposal = await this.awards.propose(buyer, {
        caseId: caseId(),
        invitationId: need(p.invitations, c.winner),
        justification: `Best total for the lot; ${HISTORY_SUPPLIERS.find((s) => s.key === c.winner)?.name} delivers reliably.`,
      });
      p.proposalId = proposal.id;
    });
    // Each step of the route in turn: the deciders (the CFO second), then the gatekeeper where the route asks for one.
    const awardedAt = d - c.decisionDays;
    for (let step = 0; step < 3; step++) {
      tl.plan(at(d - ((step + 1) * c.decisionDays) / 3), `${c.title}: approval ${step + 1}`, async () => {
        const proposal = await this.awards.find(buyer, need(new Map([[c.title, p.proposalId]]), c.title));
        if (proposal.status !== AwardStatus.PENDING) return;
        const approvals = await this.awards.approvalsOf(buyer, proposal.id);
        const role = proposal.approvalSteps[approvals.length];
        const deciders = [decider, cfo()];
        const who = role === Role.GATEKEEPER ? gatekeeper : deciders[approvals.filter((a) => a.role === Role.DECIDER).length];
        const decided = await this.awards.decide(who, proposal.id, ApprovalDecision.APPROVED, step === 0 ? 'Agreed.' : null);
        if (step === 2 && decided.status !== AwardStatus.APPROVED) throw new Error(`Showcase history: the award of ${c.title} was not granted`);
      });
    }
    const winnerKey = c.winner;
    c.deliveries.forEach((delivery, i) => {
      const daysAgo = awardedAt - delivery.afterDays;
      if (daysAgo < 1) return;
      tl.plan(at(daysAgo), `${c.title}: delivery ${i + 1}`, () =>
        this.deliveries.record(buyer, {
          proposalId: need(new Map([[c.title, p.proposalId]]), c.title),
          supplierId: need(p.supplierIds, winnerKey),
          deliveredOn: this.dayOf(at(daysAgo)),
          onTime: delivery.onTime,
          qualityIncidents: delivery.qualityIncidents,
          note: delivery.qualityIncidents > 0 ? 'Non-conformity report raised at incoming inspection.' : delivery.onTime ? null : 'Arrived after the agreed date.',
        }),
      );
    });
  }

  private singleSourceReason(c: HistoryCase): string {
    if (c.purchaseType === PurchaseType.STRAIGHT_REBUY) return 'Straight rebuy of the same items from the incumbent: qualified, and a change would mean a new first-article inspection.';
    if (c.category === '35125100-7') return 'The only qualified maker of these probes for our machine controls.';
    if (c.category === '42997300-4') return 'Only two integrators are certified for our welding lines.';
    return 'Only the approved stockists of the category were asked; the others could not deliver in time.';
  }

  /** The calendar day of an instant in the organization's display zone, as deliveries are dated. */
  private dayOf(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
}
