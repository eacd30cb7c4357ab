import { Inject, Injectable, Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, RequestContext } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { AwardService, DeliveryService } from '@bc/api/award';
import { Organization, User } from '@bc/api/identity';
import {
  CaseService,
  NeedService,
  PurchaseCase,
  RebuyService,
  ShortlistService,
  SpecificationService,
  TransitionService,
} from '@bc/api/purchasing';
import { NegotiationService, PortalService, QuestionService, QuoteService, RfqClosingService, RfqService, ScoringService } from '@bc/api/rfq';
import { CSV_COLUMNS, SupplierCsvService, SupplierDirectoryService } from '@bc/api/suppliers';
import {
  ApprovalDecision,
  AwardStatus,
  CaseStage,
  ImportanceClass,
  PurchaseType,
  QualificationStatus,
  Role,
  ShortlistDecision,
  ShortlistSource,
} from '@bc/shared/domain';
import {
  DemoEvaluatedRfq,
  DemoQuote,
  DemoScore,
  DemoSpecification,
  DemoSupplier,
  SHOWCASE_AWARD_FLOW,
  SHOWCASE_CASES,
  SHOWCASE_COLLEAGUE,
  SHOWCASE_EVALUATION_SCORES,
  SHOWCASE_NEEDS,
  SHOWCASE_RFQS,
  showcaseSuppliers,
} from './showcase-data';

const BUYING_ORGANIZATION = 'Nordwind Maschinenbau GmbH';

/** A value the showcase itself put there; its absence is a defect of the seeder. */
function need<K, V>(map: Map<K, V | null | undefined>, key: K): V {
  const value = map.get(key);
  if (value === undefined || value === null) throw new Error(`Showcase seeding: ${String(key)} is missing`);
  return value;
}

const day = (offset: number, from = new Date()): string => {
  const d = new Date(from.getTime() + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
};

/** The demo users the showcase acts as: the buying team, the supplier companies' portal users. */
interface Crew {
  em: EntityManager;
  buyer: RequestContext;
  specifier: RequestContext;
  /** The second specifier, from quality assurance ({@link SHOWCASE_COLLEAGUE}). */
  colleague: RequestContext;
  gatekeeper: RequestContext;
  advisor: RequestContext;
  decider: RequestContext;
  hanse: RequestContext;
  alpine: RequestContext;
  supplierIds: Map<string, string>;
  suppliers: DemoSupplier[];
}

/** A closed RFQ of the showcase with both portal suppliers' invitations. */
interface ClosedRfq {
  purchaseCase: PurchaseCase;
  rfqId: string;
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

/**
 * Writes the showcase through the same services the API uses, acting as the demo users, so the
 * audit trail, the search index and the reliability scores are what real use would give. Runs
 * inside the demo seeder's transaction: either all of it is there or none.
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
    private readonly rfqs: RfqService,
    private readonly quotes: QuoteService,
    private readonly portal: PortalService,
    private readonly questions: QuestionService,
    private readonly closing: RfqClosingService,
    private readonly scoring: ScoringService,
    private readonly negotiations: NegotiationService,
    private readonly awards: AwardService,
    private readonly deliveries: DeliveryService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(em: EntityManager): Promise<void> {
    const organization = await em.getRepository(Organization).findOneByOrFail({ name: BUYING_ORGANIZATION });
    await this.addColleague(em, organization.id);
    const users = await em.getRepository(User).findBy({ organizationId: organization.id });
    const as = (email: string): RequestContext => {
      const user = users.find((u) => u.email === email);
      if (!user) throw new Error(`Demo user ${email} is missing`);
      const ctx = RequestContext.system({
        sessionId: 'demo-seed',
        userId: user.id,
        organizationId: organization.id,
        roles: user.roles,
        userName: user.name,
      });
      ctx.transactionManager = em;
      return ctx;
    };
    const buyer = as('buyer@nordwind.example');
    const suppliers = showcaseSuppliers();
    const supplierIds = await this.seedDirectory(em, suppliers, buyer, as('gatekeeper@nordwind.example'));
    await this.seedCases(em, suppliers, supplierIds, {
      buyer,
      requester: as('requester@nordwind.example'),
      specifier: as('specifier@nordwind.example'),
      gatekeeper: as('gatekeeper@nordwind.example'),
      specifierId: as('specifier@nordwind.example').userId,
      advisorId: as('advisor@nordwind.example').userId,
    });
    const crew: Crew = {
      em,
      buyer,
      specifier: as('specifier@nordwind.example'),
      colleague: as(SHOWCASE_COLLEAGUE.email),
      gatekeeper: as('gatekeeper@nordwind.example'),
      advisor: as('advisor@nordwind.example'),
      decider: as('decider@nordwind.example'),
      hanse: await this.supplierAs(em, 'supplier@hanse-industrie.example'),
      alpine: await this.supplierAs(em, 'supplier@alpine-components.example'),
      supplierIds,
      suppliers,
    };
    await this.seedRfqs(crew);
    await this.seedAwardFlow(crew);
  }

  /**
   * The quality engineer joins the buying organization like the demo users (same password, an
   * audit event by "demo data"), but is not printed among them: the showcase needs a second
   * specifier on one case, the demo needs no further sign-in.
   */
  private async addColleague(em: EntityManager, organizationId: string): Promise<void> {
    const users = em.getRepository(User);
    const specifier = await users.findOneByOrFail({ email: 'specifier@nordwind.example' });
    const user = await users.save({
      organizationId,
      email: SHOWCASE_COLLEAGUE.email,
      name: SHOWCASE_COLLEAGUE.name,
      roles: [...SHOWCASE_COLLEAGUE.roles],
      locale: SHOWCASE_COLLEAGUE.locale,
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
  }

  /** A supplier company's demo user acting in the portal. */
  private async supplierAs(em: EntityManager, email: string): Promise<RequestContext> {
    const user = await em.getRepository(User).findOneByOrFail({ email });
    const ctx = RequestContext.system({ sessionId: 'demo-seed', userId: user.id, organizationId: user.organizationId, roles: user.roles, userName: user.name });
    ctx.transactionManager = em;
    return ctx;
  }

  /**
   * Two RFQs through the real services: one published, with a published and a private question
   * and quotes coming in (Hanse revised once, Alpine has a draft); one closed with both quotes
   * open, scored by the team (complete; a wide spread on one criterion; an advisory score).
   */
  private async seedRfqs(crew: Crew): Promise<void> {
    const { buyer, hanse, alpine } = crew;

    // Out now: questions asked and answered, Hanse quoted and revised, Alpine has a draft.
    const p = SHOWCASE_RFQS.published;
    const open = await this.publish(crew, (await this.readyForRfq(crew, p)).id, 9, 6);
    const hanseInvitation = (await this.portal.invitations(hanse)).find((i) => i.rfq.id === open.id);
    const alpineInvitation = (await this.portal.invitations(alpine)).find((i) => i.rfq.id === open.id);
    if (!hanseInvitation || !alpineInvitation) throw new Error('Showcase seeding: the demo suppliers were not invited');
    const asked = await this.portal.ask(hanse, hanseInvitation.invitation.id, p.question);
    await this.questions.answer(buyer, asked.id, { answer: p.answer, publish: true, publishedQuestion: null });
    const privately = await this.portal.ask(alpine, alpineInvitation.invitation.id, p.privateQuestion);
    await this.questions.answer(buyer, privately.id, { answer: p.privateAnswer, publish: false });
    await this.quote(hanse, open.id, { prices: ['18450.00', '42.80', '2900.00'], leadTimeDays: 56 }, true);
    await this.quote(hanse, open.id, { prices: ['17990.00', '41.50', '2900.00'], leadTimeDays: 49 }, true);
    await this.quote(alpine, open.id, { prices: ['19200.00', '39.00', '3400.00'], leadTimeDays: 63 }, false);

    // Closed yesterday: both quotes in and open, scored by the team.
    const closed = await this.closedRfq(crew, {
      ...SHOWCASE_RFQS.closed,
      quotes: { hanse: { prices: ['212.00', '48.60'], leadTimeDays: 28 }, alpine: { prices: ['198.50', '51.20'], leadTimeDays: 35 } },
      publishedDaysAgo: 14,
      closedDaysAgo: 1,
      scores: [],
    });
    // The quality engineer scores as a second specifier; the advisor's score is shown apart.
    await this.cases.addMember(buyer, closed.purchaseCase.id, crew.colleague.userId, Role.SPECIFIER);
    await this.cases.addMember(buyer, closed.purchaseCase.id, crew.advisor.userId, Role.ADVISOR);
    await this.score(crew, closed, SHOWCASE_EVALUATION_SCORES);
    this.logger.log('Seeded the showcase RFQs');
    this.logger.log(`Case ${closed.purchaseCase.reference} in ${CaseStage.EVALUATION}: ${closed.purchaseCase.title} (scored; a wide spread to discuss)`);
  }

  /**
   * The award flow on three more closed RFQs: one in NEGOTIATION (a round open, Hanse's best and
   * final offer in, Alpine's awaited), one in DECISION (a proposal in the decider's inbox), one
   * AWARDED (approved by the decider, letters in the outbox, a delivery recorded against it).
   */
  private async seedAwardFlow(crew: Crew): Promise<void> {
    const { buyer, decider, hanse } = crew;

    const n = SHOWCASE_AWARD_FLOW.negotiation;
    const negotiating = await this.closedRfq(crew, n);
    await this.score(crew, negotiating, n.scores);
    await this.negotiations.openRound(buyer, {
      rfqId: negotiating.rfqId,
      invitationIds: [negotiating.invitations.hanse, negotiating.invitations.alpine],
      message: n.round.message,
      closesAt: new Date(`${day(n.round.closesInDays)}T11:00:00Z`),
      targets: [{ lineKey: negotiating.lineKeys[0], unitPrice: n.round.target }],
    });
    await this.quote(hanse, negotiating.rfqId, n.round.hanse, true);
    this.logCase(negotiating.purchaseCase, CaseStage.NEGOTIATION, 'round 1 open, Hanse has sent its best and final offer');

    const d = SHOWCASE_AWARD_FLOW.decision;
    const deciding = await this.closedRfq(crew, d);
    await this.score(crew, deciding, d.scores);
    await this.negotiations.skip(buyer, deciding.purchaseCase.id, d.skipReason);
    await this.awards.propose(buyer, { caseId: deciding.purchaseCase.id, invitationId: deciding.invitations.hanse, justification: d.justification });
    this.logCase(deciding.purchaseCase, CaseStage.DECISION, `the award proposal waits for ${decider.signedIn.userName}`);

    const a = SHOWCASE_AWARD_FLOW.awarded;
    const awarded = await this.closedRfq(crew, a);
    await this.score(crew, awarded, a.scores);
    await this.negotiations.skip(buyer, awarded.purchaseCase.id, a.skipReason);
    const proposal = await this.awards.propose(buyer, { caseId: awarded.purchaseCase.id, invitationId: awarded.invitations.alpine, justification: a.justification });
    const granted = await this.awards.decide(decider, proposal.id, ApprovalDecision.APPROVED, a.approvalComment);
    if (granted.status !== AwardStatus.APPROVED) throw new Error(`Showcase seeding: the award of ${awarded.purchaseCase.reference} was not granted (${granted.status})`);
    await this.deliveries.record(buyer, {
      proposalId: proposal.id,
      supplierId: need(crew.supplierIds, 'Alpine Components AG'),
      deliveredOn: this.today(),
      onTime: a.delivery.onTime,
      qualityIncidents: 0,
      note: a.delivery.note,
    });
    this.logCase(awarded.purchaseCase, CaseStage.AWARDED, 'decision record at /api/cases/' + awarded.purchaseCase.id + '/decision-record.pdf');
  }

  private logCase(c: PurchaseCase, stage: CaseStage, what: string): void {
    this.logger.log(`Case ${c.reference} in ${stage}: ${c.title} (${what})`);
  }

  /** Today in the organization's display zone, as deliveries are dated. */
  private today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  }

  /** A case through NEED, an approved specification and SOURCING to an approved shortlist with both portal suppliers and one more. */
  private async readyForRfq(
    crew: Crew,
    c: { title: string; description: string; category: string; purchaseType: PurchaseType; importance: ImportanceClass; estimatedValue: string; budgetReference: string; specification: DemoSpecification },
  ): Promise<PurchaseCase> {
    const { buyer, specifier, gatekeeper } = crew;
    const pc = await this.openCase(buyer, specifier.userId, c);
    await this.transitions.move(buyer, pc.id, CaseStage.SPECIFICATION);
    await this.writeSpecification(specifier, pc.id, c.specification, true);
    await this.transitions.move(buyer, pc.id, CaseStage.SOURCING);
    await this.shortlist(
      buyer,
      pc.id,
      ['Hanse Industrietechnik GmbH', 'Alpine Components AG', ...this.othersIn(crew.suppliers, crew.supplierIds, c.category, 1)],
      crew.supplierIds,
    );
    await this.shortlists.submit(buyer, pc.id, null);
    await this.shortlists.approve(gatekeeper, pc.id, 'Both portal suppliers and a qualified third; fine.');
    return pc;
  }

  /** An RFQ of the case, approved by the gatekeeper and published. */
  private async publish(crew: Crew, caseId: string, closesInDays: number, questionsInDays: number) {
    const rfq = await this.rfqs.create(crew.buyer, caseId, {
      ...RFQ_TERMS,
      closesAt: new Date(`${day(closesInDays)}T11:00:00Z`),
      questionsCloseAt: new Date(`${day(questionsInDays)}T11:00:00Z`),
      // The showcase's periods are shorter than the policy's minimum for a new task: said why, as a buyer must.
      shortPeriodJustification: 'The line stops for its retrofit in four weeks: the parts must be ordered this month.',
    });
    await this.rfqs.requestApproval(crew.buyer, rfq.id);
    await this.rfqs.decideApproval(crew.gatekeeper, rfq.id, true, 'Terms and criteria are fine.');
    return this.rfqs.publish(crew.buyer, rfq.id);
  }

  /** A demo supplier opens its invitation and saves or submits a quote (a new revision each time): its invitation and the line keys. */
  private async quote(ctx: RequestContext, rfqId: string, q: DemoQuote, submit: boolean): Promise<{ invitationId: string; lineKeys: string[] }> {
    const invitation = (await this.portal.invitations(ctx)).find((i) => i.rfq.id === rfqId);
    if (!invitation) throw new Error('Showcase seeding: a demo supplier was not invited');
    await this.portal.markViewed(ctx, invitation);
    const spec = await this.portal.specification(ctx, invitation.rfq);
    const content = {
      currency: 'EUR',
      supplierReference: `${ctx.signedIn.userName.split(' ')[1]?.toUpperCase() ?? 'Q'}-${Math.floor(1000 + Math.random() * 9000)}`,
      validUntil: day(75),
      paymentTerms: '30 days net',
      deliveryTerms: 'DAP Bremen',
      note: '',
      lines: spec.lines.map((l, i) => ({ lineKey: l.key, unitPrice: q.prices[i] ?? '1.00', quantity: l.quantity, leadTimeDays: q.leadTimeDays, note: '', alternatives: [] })),
      answers: spec.requirements.map((r) => ({ requirementKey: r.key, compliance: 'MET' as never, comment: '' })),
      attachments: [],
    };
    if (submit) await this.quotes.submit(ctx, invitation.invitation.id, content);
    else await this.quotes.saveDraft(ctx, invitation.invitation.id, content);
    return { invitationId: invitation.invitation.id, lineKeys: spec.lines.map((l) => l.key) };
  }

  /** A case with an RFQ that both portal suppliers quoted on and that closed `closedDaysAgo` (its quotes open, the case in EVALUATION). */
  private async closedRfq(crew: Crew, c: DemoEvaluatedRfq): Promise<ClosedRfq> {
    const purchaseCase = await this.readyForRfq(crew, c);
    const rfq = await this.publish(crew, purchaseCase.id, 1, 1);
    const hanse = await this.quote(crew.hanse, rfq.id, c.quotes.hanse, true);
    const alpine = await this.quote(crew.alpine, rfq.id, c.quotes.alpine, true);
    // Its history: published and closed days ago (the frozen-terms trigger refuses moving a closing time earlier).
    await crew.em.query(`ALTER TABLE rfq DISABLE TRIGGER rfq_frozen_after_publish`);
    await crew.em.query(
      `UPDATE rfq SET published_at = now() - make_interval(days => $2), questions_close_at = now() - make_interval(days => $3),
              closes_at = now() - make_interval(days => $4) WHERE id = $1`,
      [rfq.id, c.publishedDaysAgo, c.closedDaysAgo + 3, c.closedDaysAgo],
    );
    await crew.em.query(`ALTER TABLE rfq ENABLE TRIGGER rfq_frozen_after_publish`);
    if (!(await this.closing.close(rfq.id, crew.buyer))) throw new Error(`Showcase seeding: ${rfq.reference} did not close`);
    return { purchaseCase, rfqId: rfq.id, invitations: { hanse: hanse.invitationId, alpine: alpine.invitationId }, lineKeys: hanse.lineKeys };
  }

  /** The evaluators' scores, each through the scoring service as the evaluator. */
  private async score(crew: Crew, closed: ClosedRfq, scores: readonly DemoScore[]): Promise<void> {
    for (const s of scores) {
      await this.scoring.score(crew[s.evaluator], closed.rfqId, closed.invitations[s.supplier], s.criterion, s.score, s.comment);
    }
  }

  /** The directory comes in the way a company brings its own: as a CSV import. */
  private async seedDirectory(
    em: EntityManager,
    suppliers: DemoSupplier[],
    buyer: RequestContext,
    gatekeeper: RequestContext,
  ): Promise<Map<string, string>> {
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
    const ids = new Map<string, string>(
      (await em.query(`SELECT id, name FROM supplier WHERE organization_id = $1`, [buyer.organizationId])).map(
        (r: { id: string; name: string }) => [r.name, r.id] as const,
      ),
    );
    const portals = new Map<string, string>(
      (await em.query(`SELECT id, name FROM organization WHERE kind = 'SUPPLIER'`)).map(
        (r: { id: string; name: string }) => [r.name, r.id] as const,
      ),
    );
    for (const s of suppliers) {
      const id = need(ids, s.name);
      for (const c of s.certificates) {
        await this.directory.addCertificate(buyer, id, {
          name: c.name,
          issuer: c.issuer,
          number: c.number,
          validFrom: day(c.validFromDays),
          validUntil: day(c.validUntilDays),
        });
      }
      for (const p of s.performance) {
        await this.directory.recordPerformance(buyer, {
          supplierId: id,
          kind: p.kind,
          occurredOn: day(-p.daysAgo),
          onTime: p.onTime ?? null,
          note: p.note ?? null,
        });
      }
      if (s.blockedReason) await this.directory.block(gatekeeper, id, s.blockedReason);
      if (s.portalOrganization) await this.directory.linkPortal(buyer, id, portals.get(s.portalOrganization));
    }
    this.logger.log(`Seeded the showcase directory: ${suppliers.length} suppliers`);
    return ids;
  }

  private async seedCases(
    em: EntityManager,
    suppliers: DemoSupplier[],
    supplierIds: Map<string, string>,
    who: {
      buyer: RequestContext;
      requester: RequestContext;
      specifier: RequestContext;
      gatekeeper: RequestContext;
      specifierId: string;
      advisorId: string;
    },
  ): Promise<void> {
    const { buyer, requester, specifier, gatekeeper } = who;

    // Needs: one accepted into a case (in NEED), two waiting for a buyer, one declined.
    const needs = [];
    for (const n of SHOWCASE_NEEDS) {
      needs.push(
        await this.needs.raise(requester, {
          title: n.title,
          justification: n.justification,
          quantity: String(n.quantity),
          unit: n.unit,
          neededBy: day(n.neededInDays),
          estimatedValue: n.estimatedValue,
          budgetReference: n.budgetReference,
          categoryCode: n.category ?? null,
        }),
      );
    }
    await this.needs.accept(buyer, needs[0].id, { importance: ImportanceClass.LEVERAGE });
    await this.needs.decline(
      buyer,
      needs[needs.length - 1].id,
      'Break-room equipment is not bought through purchase cases: please order it from the facility catalogue.',
    );

    // An earlier purchase, awarded before this portal ran: the source of the modified rebuy.
    const a = SHOWCASE_CASES.awarded;
    const awarded = await this.openCase(buyer, who.specifierId, a);
    await this.transitions.move(buyer, awarded.id, CaseStage.SPECIFICATION);
    await this.writeSpecification(specifier, awarded.id, a.specification, true);
    await this.transitions.move(buyer, awarded.id, CaseStage.SOURCING);
    const hydraulics = ['Hanse Industrietechnik GmbH', ...this.othersIn(suppliers, supplierIds, a.category, 2)];
    await this.shortlist(buyer, awarded.id, hydraulics, supplierIds);
    await this.shortlists.setEntry(buyer, awarded.id, {
      supplierId: need(supplierIds, 'Billig-Hydraulik Handels GmbH'),
      decision: ShortlistDecision.OUT,
      reason: 'Blocked after counterfeit seals (complaint Q-2025-117).',
      source: ShortlistSource.SEARCH,
    });
    await this.shortlists.submit(buyer, awarded.id, null);
    await this.shortlists.approve(gatekeeper, awarded.id, 'Three qualified hydraulics specialists; fine.');
    await this.recordHistoricAward(em, awarded, need(supplierIds, a.incumbent));

    // A modified rebuy of it: the specification copied as a draft and changed for line 4.
    const rebuy = await this.rebuys.create(buyer, {
      sourceCaseId: awarded.id,
      purchaseType: PurchaseType.MODIFIED_REBUY,
      title: SHOWCASE_CASES.modifiedRebuy.title,
    });
    await this.cases.update(buyer, rebuy.id, {
      description: SHOWCASE_CASES.modifiedRebuy.description,
      estimatedValue: SHOWCASE_CASES.modifiedRebuy.estimatedValue,
      budgetReference: SHOWCASE_CASES.modifiedRebuy.budgetReference,
      neededBy: day(150),
    });
    const copiedVersion = await this.specifications.latest(specifier, rebuy.id);
    if (!copiedVersion) throw new Error('Showcase seeding: the rebuy has no copied specification');
    const copied = await this.specifications.content(specifier, copiedVersion);
    await this.specifications.save(specifier, rebuy.id, {
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
      requirements: copied.requirements.map((r) => ({ key: r.key, text: r.text, kind: r.kind, weight: r.weight })),
    });

    // A strategic purchase in SPECIFICATION, with a draft specification.
    const s = SHOWCASE_CASES.specification;
    const machining = await this.openCase(buyer, who.specifierId, s);
    await this.cases.addMember(buyer, machining.id, who.advisorId, Role.ADVISOR);
    await this.transitions.move(buyer, machining.id, CaseStage.SPECIFICATION);
    await this.writeSpecification(specifier, machining.id, s.specification, false);

    // A leverage purchase in SOURCING whose shortlist waits for the gatekeeper.
    const b = SHOWCASE_CASES.sourcing;
    const bearings = await this.openCase(buyer, who.specifierId, b);
    await this.transitions.move(buyer, bearings.id, CaseStage.SPECIFICATION);
    await this.writeSpecification(specifier, bearings.id, b.specification, true);
    await this.transitions.move(buyer, bearings.id, CaseStage.SOURCING);
    // Both portal suppliers are on it, so the RFQ of this case can be tried end to end in the portal.
    await this.shortlist(buyer, bearings.id, ['Alpine Components AG', 'Hanse Industrietechnik GmbH', ...this.othersIn(suppliers, supplierIds, b.category, 1)], supplierIds);
    await this.shortlists.submit(buyer, bearings.id, null);
    this.logger.log('Seeded the showcase cases');
  }

  private openCase(
    buyer: RequestContext,
    specifierId: string,
    c: {
      title: string;
      description: string;
      category: string;
      purchaseType: PurchaseType;
      importance: ImportanceClass;
      estimatedValue: string;
      budgetReference: string;
      requiredCertificates?: readonly string[];
    },
  ): Promise<PurchaseCase> {
    return this.cases.create(buyer, {
      title: c.title,
      description: c.description,
      categoryCode: c.category,
      purchaseType: c.purchaseType,
      importance: c.importance,
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

  private async writeSpecification(specifier: RequestContext, caseId: string, spec: DemoSpecification, approve: boolean): Promise<void> {
    const version = await this.specifications.save(specifier, caseId, {
      baseVersionId: null,
      note: 'First version',
      attachmentIds: [],
      lines: spec.lines.map((l) => ({ ...l, quantity: String(l.quantity) })),
      requirements: spec.requirements.map((r) => ({ text: r.text, kind: r.kind, weight: r.weight ?? null })),
    });
    if (approve) await this.specifications.approve(specifier, version.id);
  }

  /** Suppliers of a category that the showcase did not name: the best-known first, never the blocked one. */
  private othersIn(suppliers: DemoSupplier[], supplierIds: Map<string, string>, category: string, count: number): string[] {
    return suppliers
      .filter((s) => s.categories.includes(category) && s.status !== QualificationStatus.BLOCKED && !s.portalOrganization)
      .sort((x, y) => Number(y.status === QualificationStatus.APPROVED) - Number(x.status === QualificationStatus.APPROVED))
      .slice(0, count)
      .map((s) => s.name)
      .filter((name) => supplierIds.has(name));
  }

  private async shortlist(buyer: RequestContext, caseId: string, names: string[], supplierIds: Map<string, string>): Promise<void> {
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
   * The award itself belongs to a later capability; the showcase's earlier case stands as awarded
   * history (stage changes with their reason) so that a rebuy has something to start from.
   */
  private async recordHistoricAward(em: EntityManager, c: PurchaseCase, supplierId: string): Promise<void> {
    const reason = 'Awarded before Buying Center was introduced (showcase history)';
    for (const [from, to] of [
      [CaseStage.SOURCING, CaseStage.RFQ],
      [CaseStage.RFQ, CaseStage.EVALUATION],
      [CaseStage.EVALUATION, CaseStage.DECISION],
      [CaseStage.DECISION, CaseStage.AWARDED],
    ]) {
      await em.query(`INSERT INTO case_stage_change (case_id, from_stage, to_stage, reason) VALUES ($1, $2, $3, $4)`, [c.id, from, to, reason]);
    }
    await em.query(`UPDATE purchase_case SET stage = 'AWARDED', awarded_supplier_id = $2, stage_changed_at = now() WHERE id = $1`, [
      c.id,
      supplierId,
    ]);
  }
}
