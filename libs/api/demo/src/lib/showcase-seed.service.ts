import { Inject, Injectable, Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock, RequestContext } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { AwardService, DeliveryService } from '@bc/api/award';
import { Organization, User } from '@bc/api/identity';
import { CaseService, NeedService, PurchaseCase, RebuyService, ShortlistService, SpecificationService, TransitionService } from '@bc/api/purchasing';
import { NegotiationService } from '@bc/api/negotiation';
import { PortalService } from '@bc/api/quotes';
import { QuestionService } from '@bc/api/rfq';
import { CSV_COLUMNS, Supplier, SupplierCsvService, SupplierDirectoryService } from '@bc/api/suppliers';
import { ApprovalDecision, AwardStatus, CaseStage, ImportanceClass, OrganizationKind, PurchaseType, QualificationStatus, Role, ShortlistDecision, ShortlistSource } from '@bc/shared/domain';
import { SHOWCASE_AWARD_FLOW, SHOWCASE_CASES, SHOWCASE_CFO, SHOWCASE_COLLEAGUE, SHOWCASE_EVALUATION_SCORES, SHOWCASE_NEEDS, SHOWCASE_RFQS, showcaseSuppliers } from './showcase-data';
import { ShowcaseAuction } from './showcase-auction';
import { ShowcaseScenarios } from './showcase-scenarios';
import { ShowcaseHistory } from './showcase-history';
import { ShowcaseClock, ShowcaseTimeline } from './showcase-clock';
import { actingAs, Crew, day, need, performanceSteps, SHOWCASE_INTRODUCED_DAYS_AGO, ShowcaseSteps } from './showcase-steps';

const BUYING_ORGANIZATION = 'Nordwind Maschinenbau GmbH';

/**
 * Writes the showcase through the same services the API uses, acting as the demo users, so the
 * audit trail, the search index and the reliability scores are what real use would give. Runs
 * inside the demo seeder's transaction: either all of it is there or none. Each case is a story
 * planned on a {@link ShowcaseTimeline} and played in the order of time, so that its records are
 * dated as it would have happened (need, specification, shortlist, RFQ, quotes, closing, scores,
 * round, proposal, approval, award, delivery) and the audit trail reads in the same order.
 */
@Injectable()
export class ShowcaseSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly csv: SupplierCsvService,
    private readonly directory: SupplierDirectoryService,
    private readonly needs: NeedService,
    private readonly cases: CaseService,
    private readonly transitions: TransitionService,
    private readonly specifications: SpecificationService,
    private readonly shortlists: ShortlistService,
    private readonly rebuys: RebuyService,
    private readonly portal: PortalService,
    private readonly questions: QuestionService,
    private readonly negotiations: NegotiationService,
    private readonly awards: AwardService,
    private readonly deliveries: DeliveryService,
    private readonly audit: AuditService,
    private readonly steps: ShowcaseSteps,
    private readonly auction: ShowcaseAuction,
    private readonly scenarios: ShowcaseScenarios,
    private readonly history: ShowcaseHistory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly appClock: Clock,
  ) {}

  /** The clock the whole demo seed runs on when the showcase is seeded: installed on the seed's transaction. */
  clockFor(em: EntityManager): ShowcaseClock {
    const clock = new ShowcaseClock(this.appClock);
    clock.install(em);
    return clock;
  }

  async seed(em: EntityManager, clock: ShowcaseClock): Promise<void> {
    const tl = new ShowcaseTimeline(clock);
    const organization = await em.getRepository(Organization).findOneByOrFail({ name: BUYING_ORGANIZATION });
    const users = await em.getRepository(User).findBy({ organizationId: organization.id });
    const as = (email: string): RequestContext => {
      const user = users.find((u) => u.email === email);
      if (!user) throw new Error(`Demo user ${email} is missing`);
      return actingAs(em, user);
    };
    const [colleague] = await clock.at(tl.daysAgo(SHOWCASE_INTRODUCED_DAYS_AGO - 0.01), async () => [
      await this.addColleague(em, organization.id, SHOWCASE_COLLEAGUE),
      await this.addColleague(em, organization.id, SHOWCASE_CFO),
    ]);
    const crew: Crew = {
      em,
      buyer: as('buyer@nordwind.example'),
      requester: as('requester@nordwind.example'),
      specifier: as('specifier@nordwind.example'),
      colleague: actingAs(em, colleague),
      gatekeeper: as('gatekeeper@nordwind.example'),
      advisor: as('advisor@nordwind.example'),
      decider: as('decider@nordwind.example'),
      hanse: await this.supplierAs(em, 'supplier@hanse-industrie.example'),
      alpine: await this.supplierAs(em, 'supplier@alpine-components.example'),
      supplierIds: new Map(),
      suppliers: showcaseSuppliers(),
    };
    this.planDirectory(tl, crew);
    this.planEarlierPurchase(tl, crew);
    this.planOpenCases(tl, crew);
    this.planRfqs(tl, crew);
    this.planAwardFlow(tl, crew);
    this.auction.plan(tl, crew);
    this.scenarios.plan(tl, crew);
    this.history.plan(tl, crew);
    await tl.run();
    clock.uninstall(em);
  }

  /**
   * A showcase colleague (the quality engineer, the CFO) joins the buying organization like the
   * demo users: same password, an audit event by "demo data".
   */
  private async addColleague(em: EntityManager, organizationId: string, colleague: typeof SHOWCASE_COLLEAGUE | typeof SHOWCASE_CFO): Promise<User> {
    const users = em.getRepository(User);
    const specifier = await users.findOneByOrFail({ email: 'specifier@nordwind.example' });
    const user = await users.save({
      organizationId,
      email: colleague.email,
      name: colleague.name,
      roles: [...colleague.roles],
      locale: colleague.locale,
      passwordHash: specifier.passwordHash,
      disabledAt: null,
      lastSignInAt: null,
    });
    const ctx = RequestContext.system();
    ctx.transactionManager = em;
    await this.audit.record(ctx, {
      action: 'user.created',
      entityType: 'User',
      entityId: user.id,
      organizationId,
      actorUserId: null,
      actorName: 'demo data',
      summary: { email: user.email, roles: user.roles },
    });
    return user;
  }

  /** A supplier company's demo user acting in the portal. */
  private async supplierAs(em: EntityManager, email: string): Promise<RequestContext> {
    return actingAs(em, await em.getRepository(User).findOneByOrFail({ email }));
  }

  /**
   * The directory comes in the way a company brings its own: as a CSV import, the day Buying
   * Center was introduced, with the performance history known by then; later deliveries,
   * incidents and awards are recorded on their day, the blocked supplier is blocked after its
   * incident.
   */
  private planDirectory(tl: ShowcaseTimeline, crew: Crew): void {
    const { buyer, gatekeeper, suppliers } = crew;
    const introduced = SHOWCASE_INTRODUCED_DAYS_AGO - 0.02;
    tl.plan(tl.daysAgo(introduced), 'the directory is imported', async () => {
      const rows = suppliers.map((s) => ({
        name: s.name,
        country: s.country,
        description: s.description,
        categories: s.categories.join(';'),
        tags: s.tags.join(';'),
        status: s.status === QualificationStatus.BLOCKED ? QualificationStatus.QUALIFIED : s.status,
        website: s.website,
        contact_name: s.contact.name,
        contact_email: s.contact.email,
        contact_phone: s.contact.phone,
        contact_position: 'Sales',
      }));
      const report = await this.csv.import(buyer, stringify(rows, { header: true, columns: [...CSV_COLUMNS] }), false);
      if (!report.written || report.imported !== suppliers.length) {
        throw new Error(`The showcase directory did not import: ${JSON.stringify(report.rejected.slice(0, 3))}`);
      }
      const ids = await crew.em.getRepository(Supplier).find({ where: { organizationId: buyer.organizationId }, select: { id: true, name: true } });
      for (const r of ids) crew.supplierIds.set(r.name, r.id);
      const portals = new Map<string, string>(
        (await crew.em.getRepository(Organization).find({ where: { kind: OrganizationKind.SUPPLIER }, select: { id: true, name: true } })).map((r) => [r.name, r.id] as const),
      );
      for (const s of suppliers) {
        const id = need(crew.supplierIds, s.name);
        for (const c of s.certificates) {
          await this.directory.addCertificate(buyer, id, { name: c.name, issuer: c.issuer, number: c.number, validFrom: day(c.validFromDays), validUntil: day(c.validUntilDays) });
        }
        if (s.portalOrganization) await this.directory.linkPortal(buyer, id, portals.get(s.portalOrganization));
      }
      this.logger.log(`Seeded the showcase directory: ${suppliers.length} suppliers`);
    });
    for (const s of suppliers) {
      for (const { at, occurredOn, event: p } of performanceSteps(tl, introduced, s.performance)) {
        tl.plan(at, `${s.name}: ${p.kind} recorded`, () =>
          this.directory.recordPerformance(buyer, { supplierId: need(crew.supplierIds, s.name), kind: p.kind, occurredOn, onTime: p.onTime ?? null, note: p.note ?? null }),
        );
      }
      const blockedReason = s.blockedReason;
      if (blockedReason) {
        const after = Math.min(introduced, ...s.performance.map((p) => p.daysAgo));
        tl.plan(tl.daysAgo(after - 2), `${s.name}: blocked`, () => this.directory.block(gatekeeper, need(crew.supplierIds, s.name), blockedReason));
      }
    }
  }

  /**
   * An earlier purchase, awarded before the portal's RFQs were used (its stage changes say so), and
   * its modified rebuy months later: the specification copied as a draft and changed for line 4.
   */
  private planEarlierPurchase(tl: ShowcaseTimeline, crew: Crew): void {
    const { buyer, specifier, gatekeeper } = crew;
    const a = SHOWCASE_CASES.awarded;
    let awarded: PurchaseCase | null = null;
    const awardedCase = () => need(new Map([[a.title, awarded]]), a.title);
    tl.plan(tl.daysAgo(240), `${a.title}: opened and specified`, async () => {
      awarded = await this.steps.openCase(buyer, specifier.userId, a);
      await this.transitions.move(buyer, awarded.id, CaseStage.SPECIFICATION);
      await this.steps.approveSpecification(specifier, await this.steps.writeSpecification(specifier, awarded.id, a.specification));
    });
    tl.plan(tl.daysAgo(236), `${a.title}: shortlisted`, async () => {
      const id = awardedCase().id;
      await this.transitions.move(buyer, id, CaseStage.SOURCING);
      await this.steps.shortlist(buyer, id, ['Hanse Industrietechnik GmbH', ...this.steps.othersIn(crew, a.category, 2)], crew.supplierIds);
      await this.shortlists.setEntry(buyer, id, {
        supplierId: need(crew.supplierIds, 'Billig-Hydraulik Handels GmbH'),
        decision: ShortlistDecision.OUT,
        reason: 'Blocked after counterfeit seals (complaint Q-2025-117).',
        source: ShortlistSource.SEARCH,
      });
      await this.shortlists.submit(buyer, id, null);
    });
    tl.plan(tl.daysAgo(235), `${a.title}: shortlist approved`, () => this.shortlists.approve(gatekeeper, awardedCase().id, 'Three qualified hydraulics specialists; fine.'));
    tl.plan(tl.daysAgo(200), `${a.title}: awarded (history)`, () => this.steps.recordHistoricAward(crew, awardedCase(), need(crew.supplierIds, a.incumbent)));

    const r = SHOWCASE_CASES.modifiedRebuy;
    tl.plan(tl.daysAgo(45), `${r.title}: the rebuy`, async () => {
      const rebuy = await this.rebuys.create(buyer, { sourceCaseId: awardedCase().id, purchaseType: PurchaseType.MODIFIED_REBUY, title: r.title });
      await this.cases.update(buyer, rebuy.id, { description: r.description, estimatedValue: r.estimatedValue, budgetReference: r.budgetReference, neededBy: day(150) });
      await this.changeRebuySpecification(specifier, rebuy.id);
    });
  }

  private async changeRebuySpecification(specifier: RequestContext, caseId: string): Promise<void> {
    const copiedVersion = await this.specifications.latest(specifier, caseId);
    if (!copiedVersion) throw new Error('Showcase seeding: the rebuy has no copied specification');
    const copied = await this.specifications.content(specifier, copiedVersion);
    await this.specifications.save(specifier, caseId, {
      baseVersionId: copied.version.id,
      note: 'Line 4 needs 900 mm stroke and a position sensor',
      attachmentIds: [],
      lines: [
        ...copied.lines.map((l, i) =>
          i === 0
            ? {
                key: l.key,
                description: 'Double-acting hydraulic cylinder, bore 125 mm, stroke 900 mm, with position sensor',
                quantity: l.quantity,
                unit: l.unit,
                attributes: [...l.attributes, { name: 'Position sensor', value: 'Magnetostrictive, 4–20 mA' }],
              }
            : { key: l.key, description: l.description, quantity: l.quantity, unit: l.unit, attributes: l.attributes },
        ),
        { description: 'Commissioning on site (press line 4)', quantity: '1', unit: 'lot', attributes: [] },
      ],
      requirements: copied.requirements.map((x) => ({ key: x.key, text: x.text, kind: x.kind, weight: x.weight })),
    });
  }

  /** Needs (one accepted into a case in NEED, two waiting for a buyer, one declined), a case in SPECIFICATION and one in SOURCING. */
  private planOpenCases(tl: ShowcaseTimeline, crew: Crew): void {
    const { buyer, requester, specifier } = crew;
    const raised: string[] = [];
    SHOWCASE_NEEDS.forEach((n, i) => {
      tl.plan(tl.daysAgo(12 - i * 2.5), `need "${n.title}" raised`, async () => {
        const row = await this.needs.raise(requester, {
          title: n.title,
          justification: n.justification,
          quantity: String(n.quantity),
          unit: n.unit,
          neededBy: day(n.neededInDays),
          estimatedValue: n.estimatedValue,
          budgetReference: n.budgetReference,
          categoryCode: n.category ?? null,
        });
        raised[i] = row.id;
      });
    });
    tl.plan(tl.daysAgo(10), 'the first need is accepted', () => this.needs.accept(buyer, raised[0], { importance: ImportanceClass.LEVERAGE }));
    tl.plan(tl.daysAgo(4), 'the last need is declined', () =>
      this.needs.decline(buyer, raised[SHOWCASE_NEEDS.length - 1], 'Break-room equipment is not bought through purchase cases: please order it from the facility catalogue.'),
    );

    // A strategic purchase in SPECIFICATION, with a draft specification.
    const s = SHOWCASE_CASES.specification;
    let machining: PurchaseCase | null = null;
    tl.plan(tl.daysAgo(21), `${s.title}: opened`, async () => {
      machining = await this.steps.openCase(buyer, specifier.userId, s);
      await this.cases.addMember(buyer, machining.id, crew.advisor.userId, Role.ADVISOR);
      await this.transitions.move(buyer, machining.id, CaseStage.SPECIFICATION);
    });
    tl.plan(tl.daysAgo(19), `${s.title}: draft specification`, () => this.steps.writeSpecification(specifier, need(new Map([[s.title, machining]]), s.title).id, s.specification));

    // A leverage purchase in SOURCING whose shortlist waits for the gatekeeper; both portal
    // suppliers are on it, so the RFQ of this case can be tried end to end in the portal.
    const b = SHOWCASE_CASES.sourcing;
    let bearings: PurchaseCase | null = null;
    let versionId = '';
    tl.plan(tl.daysAgo(16), `${b.title}: opened and specified`, async () => {
      bearings = await this.steps.openCase(buyer, specifier.userId, b);
      await this.transitions.move(buyer, bearings.id, CaseStage.SPECIFICATION);
      versionId = await this.steps.writeSpecification(specifier, bearings.id, b.specification);
    });
    tl.plan(tl.daysAgo(14), `${b.title}: specification approved`, () => this.steps.approveSpecification(specifier, versionId));
    tl.plan(tl.daysAgo(3), `${b.title}: shortlist submitted`, async () => {
      const id = need(new Map([[b.title, bearings]]), b.title).id;
      await this.transitions.move(buyer, id, CaseStage.SOURCING);
      await this.steps.shortlist(buyer, id, ['Alpine Components AG', 'Hanse Industrietechnik GmbH', ...this.steps.othersIn(crew, b.category, 1)], crew.supplierIds);
      await this.shortlists.submit(buyer, id, null);
      this.logger.log('Seeded the showcase cases');
    });
  }

  /**
   * Two RFQs: one published, with a published and a private question and quotes coming in (Hanse
   * revised once, Alpine has a draft); one closed yesterday with both quotes open, scored by the
   * team (complete; a wide spread on one criterion; an advisory score).
   */
  private planRfqs(tl: ShowcaseTimeline, crew: Crew): void {
    const { buyer, hanse, alpine } = crew;
    const p = SHOWCASE_RFQS.published;
    const open: { case?: PurchaseCase; rfqId?: string; reference?: string } = {};
    this.steps.planReadyForRfq(tl, crew, p, 13, open);
    this.steps.planPublish(tl, crew, 6, { inDays: 9, questionsInDays: 6 }, open);
    const invitation = async (ctx: RequestContext) => {
      const found = open.rfqId ? await this.portal.invitationTo(ctx, open.rfqId) : null;
      if (!found) throw new Error('Showcase seeding: the demo suppliers were not invited');
      return found.invitation.id;
    };
    let asked = '';
    let privately = '';
    tl.plan(tl.daysAgo(5), 'Hanse asks a question', async () => (asked = (await this.portal.ask(hanse, await invitation(hanse), p.question)).id));
    tl.plan(tl.daysAgo(4.6), 'the buyer answers it to all', () => this.questions.answer(buyer, asked, { answer: p.answer, publish: true, publishedQuestion: null }));
    tl.plan(tl.daysAgo(4), 'Alpine asks a question', async () => (privately = (await this.portal.ask(alpine, await invitation(alpine), p.privateQuestion)).id));
    tl.plan(tl.daysAgo(3.7), 'the buyer answers Alpine alone', () => this.questions.answer(buyer, privately, { answer: p.privateAnswer, publish: false }));
    tl.plan(tl.daysAgo(2.5), 'Hanse quotes', () => this.steps.quote(hanse, open.rfqId ?? '', { prices: ['18450.00', '42.80', '2900.00'], leadTimeDays: 56 }, true));
    tl.plan(tl.daysAgo(1.2), 'Hanse revises', () => this.steps.quote(hanse, open.rfqId ?? '', { prices: ['17990.00', '41.50', '2900.00'], leadTimeDays: 49 }, true));
    tl.plan(tl.daysAgo(0.4), 'Alpine saves a draft', () => this.steps.quote(alpine, open.rfqId ?? '', { prices: ['19200.00', '39.00', '3400.00'], leadTimeDays: 63 }, false));

    const closed = this.steps.planClosedRfq(tl, crew, {
      ...SHOWCASE_RFQS.closed,
      quotes: { hanse: { prices: ['212.00', '48.60'], leadTimeDays: 28 }, alpine: { prices: ['198.50', '51.20'], leadTimeDays: 35 } },
      publishedDaysAgo: 14,
      closedDaysAgo: 1,
      scores: [],
    });
    // The quality engineer scores as a second specifier; the advisor's score is shown apart.
    tl.plan(tl.daysAgo(0.95), 'the buyer adds the quality engineer and the advisor', async () => {
      await this.cases.addMember(buyer, closed.purchaseCase.id, crew.colleague.userId, Role.SPECIFIER);
      await this.cases.addMember(buyer, closed.purchaseCase.id, crew.advisor.userId, Role.ADVISOR);
    });
    this.steps.planScores(tl, crew, closed, SHOWCASE_EVALUATION_SCORES, 0.9);
    tl.plan(tl.daysAgo(0.05), 'the showcase RFQs are in', async () => {
      this.logger.log('Seeded the showcase RFQs');
      this.logCase(closed.purchaseCase, CaseStage.EVALUATION, 'scored; a wide spread to discuss');
    });
  }

  /**
   * The award flow on three more closed RFQs: one in NEGOTIATION (a round open, Hanse's best and
   * final offer in, Alpine's awaited), one in DECISION (a proposal in the decider's inbox), one
   * AWARDED (approved by the decider, letters in the outbox, a delivery recorded against it).
   */
  private planAwardFlow(tl: ShowcaseTimeline, crew: Crew): void {
    const { buyer, decider, hanse } = crew;

    const n = SHOWCASE_AWARD_FLOW.negotiation;
    const negotiating = this.steps.planClosedRfq(tl, crew, n);
    this.steps.planScores(tl, crew, negotiating, n.scores, n.closedDaysAgo - 0.2);
    tl.plan(tl.daysAgo(3), `${n.title}: round 1 opens`, () =>
      this.negotiations.openRound(buyer, {
        rfqId: negotiating.rfqId,
        invitationIds: [negotiating.invitations.hanse, negotiating.invitations.alpine],
        message: n.round.message,
        closesAt: new Date(`${day(n.round.closesInDays)}T11:00:00Z`),
        targets: [{ lineKey: negotiating.lineKeys[0], unitPrice: n.round.target }],
      }),
    );
    tl.plan(tl.daysAgo(1.5), `${n.title}: Hanse's best and final offer`, async () => {
      await this.steps.quote(hanse, negotiating.rfqId, n.round.hanse, true);
      this.logCase(negotiating.purchaseCase, CaseStage.NEGOTIATION, 'round 1 open, Hanse has sent its best and final offer');
    });

    const d = SHOWCASE_AWARD_FLOW.decision;
    const deciding = this.steps.planClosedRfq(tl, crew, d);
    this.steps.planScores(tl, crew, deciding, d.scores, d.closedDaysAgo - 0.2);
    tl.plan(tl.daysAgo(d.closedDaysAgo - 2), `${d.title}: negotiation skipped, award proposed`, async () => {
      await this.negotiations.skip(buyer, deciding.purchaseCase.id, d.skipReason);
      await this.awards.propose(buyer, { caseId: deciding.purchaseCase.id, invitationId: deciding.invitations.hanse, justification: d.justification });
      this.logCase(deciding.purchaseCase, CaseStage.DECISION, `the award proposal waits for ${decider.signedIn.userName}`);
    });

    const a = SHOWCASE_AWARD_FLOW.awarded;
    const awarded = this.steps.planClosedRfq(tl, crew, a);
    this.steps.planScores(tl, crew, awarded, a.scores, a.closedDaysAgo - 0.2);
    let proposalId = '';
    tl.plan(tl.daysAgo(a.closedDaysAgo - 2), `${a.title}: negotiation skipped, award proposed`, async () => {
      await this.negotiations.skip(buyer, awarded.purchaseCase.id, a.skipReason);
      proposalId = (await this.awards.propose(buyer, { caseId: awarded.purchaseCase.id, invitationId: awarded.invitations.alpine, justification: a.justification })).id;
    });
    tl.plan(tl.daysAgo(a.closedDaysAgo - 3), `${a.title}: the decider approves`, async () => {
      const granted = await this.awards.decide(decider, proposalId, ApprovalDecision.APPROVED, a.approvalComment);
      if (granted.status !== AwardStatus.APPROVED) throw new Error(`Showcase seeding: the award of ${awarded.reference} was not granted (${granted.status})`);
    });
    // The first call-off arrives two weeks after the award, as quoted.
    const deliveredDaysAgo = a.closedDaysAgo - 3 - a.quotes.alpine.leadTimeDays;
    tl.plan(tl.daysAgo(Math.max(0.1, deliveredDaysAgo)), `${a.title}: first delivery`, async () => {
      await this.deliveries.record(buyer, {
        proposalId,
        supplierId: need(crew.supplierIds, 'Alpine Components AG'),
        deliveredOn: this.dayOf(tl.clock.now()),
        onTime: a.delivery.onTime,
        qualityIncidents: 0,
        note: a.delivery.note,
      });
      this.logCase(awarded.purchaseCase, CaseStage.AWARDED, 'decision record at /api/cases/' + awarded.purchaseCase.id + '/decision-record.pdf');
    });
  }

  private logCase(c: PurchaseCase, stage: CaseStage, what: string): void {
    this.logger.log(`Case ${c.reference} in ${stage}: ${c.title} (${what})`);
  }

  /** The calendar day of an instant in the organization's display zone, as deliveries are dated. */
  private dayOf(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
}
