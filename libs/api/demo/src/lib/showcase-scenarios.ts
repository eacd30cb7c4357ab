import { Injectable, Logger } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { Organization, User } from '@bc/api/identity';
import { CaseService, PurchaseCase, RebuyService, ShortlistService } from '@bc/api/purchasing';
import { RfqClosingService } from '@bc/api/rfq';
import { ScoringService } from '@bc/api/evaluation';
import { SupplierDirectoryService } from '@bc/api/suppliers';
import { Locale, OrganizationKind, PurchaseType, Role, ShortlistDecision, ShortlistSource } from '@bc/shared/domain';
import type { ShowcaseTimeline } from './showcase-clock';
import { ScenarioBidder, SHOWCASE_SCENARIOS } from './showcase-scenarios-data';
import { actingAs, Crew, day, need, ShowcaseSteps } from './showcase-steps';

const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH']);

/**
 * The showcase's case for award scenarios (issue 16): a straight rebuy of last year's gear parts
 * (awarded to Alpine, as history), tendered to eight suppliers, closed a week ago and scored, so a
 * first start has an RFQ on which "best price per line", "single supplier" and the buyer's own
 * rules give visibly different awards. The six bidders besides the two demo companies quote
 * through portal accounts the showcase opens for their directory contacts.
 */
@Injectable()
export class ShowcaseScenarios {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly steps: ShowcaseSteps,
    private readonly cases: CaseService,
    private readonly rebuys: RebuyService,
    private readonly shortlists: ShortlistService,
    private readonly directory: SupplierDirectoryService,
    private readonly closing: RfqClosingService,
    private readonly scoring: ScoringService,
    private readonly audit: AuditService,
  ) {}

  plan(tl: ShowcaseTimeline, crew: Crew): void {
    const { earlier, rebuy } = SHOWCASE_SCENARIOS;
    const { buyer, gatekeeper } = crew;

    // Last year's purchase: shortlisted through Buying Center, awarded to Alpine the old way.
    const history: { case?: PurchaseCase } = {};
    this.steps.planReadyForRfq(tl, crew, earlier, earlier.openedDaysAgo, history);
    tl.plan(tl.daysAgo(earlier.awardedDaysAgo), `${earlier.title}: awarded (history)`, () =>
      this.steps.recordHistoricAward(crew, need(new Map([[earlier.title, history.case]]), earlier.title), need(crew.supplierIds, earlier.incumbent)),
    );

    // This year's: the same frozen specification, the incumbent shortlisted by the rebuy itself.
    const into: { case?: PurchaseCase; rfqId?: string; reference?: string } = {};
    const caseId = () => need(new Map([[rebuy.title, into.case?.id]]), rebuy.title);
    const [incumbent, ...others] = rebuy.bidders;
    const portalOf = new Map<string, RequestContext>();
    tl.plan(tl.daysAgo(rebuy.openedDaysAgo), `${rebuy.title}: the straight rebuy`, async () => {
      const source = need(new Map([[earlier.title, history.case]]), earlier.title);
      into.case = await this.rebuys.create(buyer, { sourceCaseId: source.id, purchaseType: PurchaseType.STRAIGHT_REBUY, title: rebuy.title });
      await this.cases.update(buyer, into.case.id, { description: rebuy.description, estimatedValue: rebuy.estimatedValue, budgetReference: rebuy.budgetReference, neededBy: day(120) });
    });
    tl.plan(tl.daysAgo(rebuy.openedDaysAgo - 0.5), `${rebuy.title}: the further bidders' portal accounts`, async () => {
      const demoCompanies = { hanse: crew.hanse, alpine: crew.alpine };
      for (const b of rebuy.bidders) portalOf.set(b.name, b.portal ? demoCompanies[b.portal] : await this.openPortalAccount(crew, b));
    });
    tl.plan(tl.daysAgo(rebuy.openedDaysAgo - 1), `${rebuy.title}: the buyer shortlists seven more`, async () => {
      for (const b of others) {
        await this.shortlists.setEntry(buyer, caseId(), {
          supplierId: need(crew.supplierIds, b.name),
          decision: ShortlistDecision.IN,
          reason: 'Quoted gear parts to our drawings before; tendered wide for a split award.',
          source: ShortlistSource.SEARCH,
        });
      }
      await this.shortlists.submit(buyer, caseId(), null);
    });
    tl.plan(tl.daysAgo(rebuy.openedDaysAgo - 2), `${rebuy.title}: the gatekeeper approves the shortlist`, () =>
      this.shortlists.approve(gatekeeper, caseId(), `The incumbent and seven more: ${incumbent.name} must earn it this time; fine.`),
    );
    this.steps.planPublish(tl, crew, rebuy.publishedDaysAgo, { at: tl.daysAgo(rebuy.closedDaysAgo), questionsAt: tl.daysAgo(rebuy.closedDaysAgo + 3) }, into);

    const invitations = new Map<string, string>();
    for (const b of [...rebuy.bidders].sort((x, y) => y.quotedDaysAgo - x.quotedDaysAgo)) {
      tl.plan(tl.daysAgo(b.quotedDaysAgo), `${rebuy.title}: ${b.name} quotes`, async () => {
        invitations.set(b.name, (await this.steps.quote(need(portalOf, b.name), into.rfqId ?? '', b.quote, true)).invitationId);
      });
    }
    tl.plan(tl.daysAgo(rebuy.closedDaysAgo), `${rebuy.title}: the RFQ closes`, async () => {
      if (!(await this.closing.close(into.rfqId ?? '', buyer))) throw new Error(`Showcase seeding: ${into.reference} did not close`);
    });
    // The specifier scores the technical fit, the buyer lead time and terms, an hour apart per supplier.
    rebuy.bidders.forEach((b, i) => {
      tl.plan(tl.daysAgo(rebuy.closedDaysAgo - 0.5 - i * 0.04), `${rebuy.title}: ${b.name} scored`, async () => {
        const invitationId = need(invitations, b.name);
        await this.scoring.score(crew.specifier, into.rfqId ?? '', invitationId, 'QUALITY', b.quality[0], b.quality[1]);
        await this.scoring.score(buyer, into.rfqId ?? '', invitationId, 'DELIVERY', b.delivery[0], b.delivery[1]);
      });
    });
    tl.plan(tl.daysAgo(rebuy.closedDaysAgo - 1), `${rebuy.title}: scored`, async () => {
      this.logger.log(`Case ${into.case?.reference} in EVALUATION: ${rebuy.title} (${rebuy.bidders.length} quotes scored, ready for award scenarios)`);
    });
  }

  /**
   * The supplier company's portal account, as it would have registered from an invitation: its
   * directory contact as first user (and admin, signing in with the demo password), linked to the
   * buyer's directory entry. Returns the contact acting in the portal.
   */
  private async openPortalAccount(crew: Crew, bidder: ScenarioBidder): Promise<RequestContext> {
    const supplier = crew.suppliers.find((s) => s.name === bidder.name);
    if (!supplier) throw new Error(`Showcase seeding: ${bidder.name} is not in the directory`);
    const locale = GERMAN_SPEAKING.has(supplier.country) ? Locale.DE : Locale.EN;
    const { em } = crew;
    const organization = await em.getRepository(Organization).save({ name: supplier.name, kind: OrganizationKind.SUPPLIER, country: supplier.country, defaultLocale: locale });
    const users = em.getRepository(User);
    const { passwordHash } = await users.findOneByOrFail({ email: 'supplier@hanse-industrie.example' });
    const user = await users.save({
      organizationId: organization.id,
      email: supplier.contact.email,
      name: supplier.contact.name,
      roles: [Role.SUPPLIER, Role.SUPPLIER_ADMIN],
      locale,
      passwordHash,
      disabledAt: null,
      lastSignInAt: null,
    });
    const system = RequestContext.system();
    system.transactionManager = em;
    await this.audit.record(system, {
      action: 'organization.created',
      entityType: 'Organization',
      entityId: organization.id,
      organizationId: organization.id,
      actorUserId: null,
      actorName: 'demo data',
      summary: { name: organization.name, kind: OrganizationKind.SUPPLIER },
    });
    await this.audit.record(system, {
      action: 'user.created',
      entityType: 'User',
      entityId: user.id,
      organizationId: organization.id,
      actorUserId: null,
      actorName: 'demo data',
      summary: { email: user.email, roles: user.roles },
    });
    await this.directory.linkPortal(crew.buyer, need(crew.supplierIds, supplier.name), organization.id);
    return actingAs(em, user);
  }
}
