import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { Organization, UserDirectory } from '@bc/api/identity';
import { MailService } from '@bc/api/mail';
import { CaseVisibility, PurchaseCase, SpecificationLine } from '@bc/api/purchasing';
import { Rfq, RfqInvitation } from '@bc/api/rfq';
import { QuoteService } from '@bc/api/quotes';
import { ApprovalDecision, Locale, Role, sumMoney } from '@bc/shared/domain';
import { AwardApproval, AwardLine, AwardProposal } from '../entities/award.entities';
import { AwardedSupplier, AwardFacts, AwardMail, composeAwardMail, LetterLine } from '../mail/award-mails';

interface Recipient {
  id?: string;
  email: string;
  name: string | null;
  locale: Locale;
}

type Extra<K extends AwardMail['kind']> = Omit<Extract<AwardMail, { kind: K }>, 'facts' | 'kind'>;

/** What every award mail of one proposal needs, looked up once per call. */
interface Setting {
  proposal: AwardProposal;
  purchaseCase: PurchaseCase;
  rfq: Rfq;
  buyerName: string;
  lines: AwardLine[];
  invitations: RfqInvitation[];
  /** The buyer who proposed the award answers for it (the award letter names them as contact): Reply-To of every award mail. */
  replyTo: { address: string; name: string | null } | null;
}

/**
 * The award's emails, through the outbox, on the events of the decision that causes them (see
 * AwardMailHandlers: a rolled-back decision sends nothing), each in its reader's language:
 *
 * - approval requests to the approvers whose step has just opened (link: their inbox);
 * - on a rejection, the proposer and the case team (active case members who still hold the role)
 *   learn who rejected and why (link: the case);
 * - on the award, every active user of each awarded supplier's portal account gets the award
 *   letter with its own lines only; every other supplier whose quote was submitted at the award
 *   gets a regret letter (link: their portal page). Suppliers that declined, never quoted or
 *   withdrew their quote get no letter: they were told at the closing that no quote of theirs was
 *   received, and the portal shows them the outcome. The case team gets a notice.
 *
 * The one who acts is not mailed about their own act.
 */
@Injectable()
export class AwardMailer {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mail: MailService,
    private readonly directory: UserDirectory,
    private readonly visibility: CaseVisibility,
    private readonly quotes: QuoteService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  inboxUrl(): string {
    return `${this.config.publicUrl}/inbox`;
  }

  caseUrl(caseId: string): string {
    return `${this.config.publicUrl}/cases/${caseId}`;
  }

  portalUrl(invitationId: string): string {
    return `${this.config.publicUrl}/portal/rfqs/${invitationId}`;
  }

  /** Approval requests to the approvers whose step has just opened (user ids of the organization). */
  async approvalRequested(ctx: RequestContext, proposal: AwardProposal, approverUserIds: readonly string[]): Promise<void> {
    const approvers = (await this.users(ctx, proposal.organizationId, approverUserIds)).filter((u) => u.id !== ctx.userId);
    if (approvers.length === 0) return;
    const s = await this.setting(ctx, proposal);
    const topRanked = proposal.followsRanking ? null : (s.invitations.find((i) => i.id === proposal.topRankedInvitationId)?.supplierName ?? null);
    const extra: Extra<'award.approval-requested'> = {
      ...(await this.proposalFacts(ctx, s)),
      followsRanking: proposal.followsRanking,
      topRankedName: topRanked,
      justification: proposal.justification,
      approvalsRequired: proposal.approvalSteps.length,
      mode: proposal.approvalMode,
    };
    for (const r of approvers) await this.send(ctx, s, r, this.inboxUrl(), 'award.approval-requested', extra);
  }

  /** The proposer and the case team learn that an approver rejected the proposal, and why. */
  async rejected(ctx: RequestContext, proposal: AwardProposal, rejection: AwardApproval): Promise<void> {
    const s = await this.setting(ctx, proposal);
    const [rejecter] = await this.users(ctx, proposal.organizationId, [rejection.approverId], true);
    const extra: Extra<'award.rejected'> = {
      ...(await this.proposalFacts(ctx, s)),
      rejectedBy: rejecter?.name ?? rejecter?.email ?? ctx.signedIn.userName,
      comment: rejection.comment ?? proposal.decisionReason ?? '',
    };
    for (const r of await this.team(ctx, s)) await this.send(ctx, s, r, this.caseUrl(proposal.caseId), 'award.rejected', extra);
  }

  /** The case is AWARDED: award letters to the awarded suppliers, regret letters to the others, a notice to the team. */
  async granted(ctx: RequestContext, proposal: AwardProposal): Promise<void> {
    const s = await this.setting(ctx, proposal);
    const decidedAt = proposal.decidedAt ?? this.clock.now();
    const specLines = await this.connection
      .getRepository(ctx, SpecificationLine)
      .find({ where: { versionId: s.rfq.specificationVersionId }, order: { position: 'ASC' } });
    // Numbered as the RFQ document numbers them: 1, 2, … in the specification's order.
    const byKey = new Map(specLines.map((l, i) => [l.key, { ...l, position: i + 1 }]));
    const [proposer] = await this.users(ctx, proposal.organizationId, [proposal.proposedBy]);
    const buyerContact = proposer ? { name: proposer.name ?? proposer.email, email: proposer.email } : null;
    const awardedInvitations = new Set(s.lines.map((l) => l.invitationId));

    // Award letters: each supplier its own lines, in the specification's order.
    for (const invitation of s.invitations.filter((i) => awardedInvitations.has(i.id))) {
      const own = s.lines
        .filter((l) => l.invitationId === invitation.id)
        .map((l): LetterLine => {
          const spec = byKey.get(l.lineKey);
          return {
            position: spec?.position ?? 0,
            description: spec?.description ?? l.lineKey,
            quantity: l.quantity,
            unit: spec?.unit ?? '',
            unitPrice: l.unitPrice,
            total: l.total,
          };
        })
        .sort((a, b) => a.position - b.position);
      const extra: Extra<'award.letter'> = {
        decidedAt,
        lines: own,
        total: sumMoney(own.map((l) => l.total)),
        split: awardedInvitations.size > 1,
        buyerContact,
      };
      for (const r of await this.supplierUsers(ctx, invitation)) await this.send(ctx, s, r, this.portalUrl(invitation.id), 'award.letter', extra);
    }

    // Regret letters: every other supplier whose quote was in (submitted, not withdrawn) at the award.
    const quotedIds = new Set((await this.quotes.submittedOf(ctx, [s.rfq.id])).map((q) => q.invitationId));
    const regretted = s.invitations.filter((i) => quotedIds.has(i.id) && !awardedInvitations.has(i.id));
    for (const invitation of regretted) {
      for (const r of await this.supplierUsers(ctx, invitation)) await this.send(ctx, s, r, this.portalUrl(invitation.id), 'award.regret', { decidedAt });
    }

    // The team notice.
    const approvedBy = await this.approvers(ctx, proposal);
    const extra: Extra<'award.team-notice'> = {
      ...(await this.proposalFacts(ctx, s)),
      decidedAt,
      approvedBy: approvedBy.map((a) => a.name ?? a.email),
      regretted: regretted.length,
    };
    for (const r of await this.team(ctx, s)) await this.send(ctx, s, r, this.caseUrl(proposal.caseId), 'award.team-notice', extra);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private async setting(ctx: RequestContext, proposal: AwardProposal): Promise<Setting> {
    const em = this.connection.manager(ctx);
    const purchaseCase = await em.getRepository(PurchaseCase).findOneOrFail({ where: { id: proposal.caseId } });
    const rfq = await em.getRepository(Rfq).findOneOrFail({ where: { id: proposal.rfqId } });
    const organization = await em.getRepository(Organization).findOneOrFail({ where: { id: proposal.organizationId } });
    const invitations = await em.getRepository(RfqInvitation).find({ where: { rfqId: proposal.rfqId }, order: { supplierName: 'ASC' } });
    const own = await em.getRepository(AwardLine).find({ where: { proposalId: proposal.id } });
    const [proposer] = await this.users(ctx, proposal.organizationId, [proposal.proposedBy]);
    const replyTo = proposer ? { address: proposer.email, name: proposer.name } : null;
    return { proposal, purchaseCase, rfq, buyerName: organization.name, lines: own, invitations, replyTo };
  }

  /** The proposal as the buying side sees it: the awarded suppliers with their totals. */
  private async proposalFacts(ctx: RequestContext, s: Setting): Promise<{ proposedBy: string; version: number; totalValue: string; suppliers: AwardedSupplier[] }> {
    const [proposer] = await this.users(ctx, s.proposal.organizationId, [s.proposal.proposedBy], true);
    const suppliers: AwardedSupplier[] = s.invitations
      .map((i) => {
        const own = s.lines.filter((l) => l.invitationId === i.id);
        return { name: i.supplierName, total: sumMoney(own.map((l) => l.total)), lines: own.length };
      })
      .filter((x) => x.lines > 0);
    return { proposedBy: proposer?.name ?? proposer?.email ?? '', version: s.proposal.version, totalValue: s.proposal.totalValue, suppliers };
  }

  private async send<K extends AwardMail['kind']>(ctx: RequestContext, s: Setting, r: Recipient, url: string, kind: K, extra: Extra<K>): Promise<void> {
    const facts: AwardFacts = {
      locale: r.locale,
      timeZone: this.config.displayTimeZone,
      recipientName: r.name,
      buyerName: s.buyerName,
      caseReference: s.purchaseCase.reference,
      caseTitle: s.purchaseCase.title,
      rfqReference: s.rfq.reference,
      rfqTitle: s.rfq.title,
      currency: s.proposal.currency,
      url,
    };
    const composed = composeAwardMail({ kind, facts, ...extra } as unknown as AwardMail);
    await this.mail.enqueue(ctx, {
      to: { address: r.email, name: r.name },
      fromName: s.buyerName,
      replyTo: s.replyTo,
      locale: r.locale,
      subject: composed.subject,
      text: composed.text,
      html: composed.html,
      kind,
      organizationId: s.proposal.organizationId,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  /** Users of the organization by id; active ones only unless `includeDisabled` (for naming who acted). */
  private users(ctx: RequestContext, organizationId: string, ids: readonly string[], includeDisabled = false): Promise<Array<Recipient & { id: string }>> {
    return this.directory.byIds(ctx, organizationId, ids, includeDisabled);
  }

  /** Who approved the proposal, in the order they decided (disabled users too: they still name who acted). */
  private async approvers(ctx: RequestContext, proposal: AwardProposal): Promise<Array<{ name: string | null; email: string }>> {
    const approvals = await this.connection
      .getRepository(ctx, AwardApproval)
      .find({ where: { proposalId: proposal.id, decision: ApprovalDecision.APPROVED }, order: { decidedAt: 'ASC' } });
    const users = new Map((await this.directory.byIds(ctx, null, approvals.map((a) => a.approverId), true)).map((u) => [u.id, u]));
    return approvals
      .flatMap((a) => {
        const u = users.get(a.approverId);
        return u ? [{ name: u.name, email: u.email, at: a.decidedAt.getTime() }] : [];
      })
      .sort((a, b) => a.at - b.at || a.email.localeCompare(b.email))
      .map(({ name, email }) => ({ name, email }));
  }

  /** The proposer and the active case members who still hold their team role; never the one acting. */
  private async team(ctx: RequestContext, s: Setting): Promise<Array<Recipient & { id: string }>> {
    const rows = await this.visibility.activeTeamUsers(ctx, s.proposal.organizationId, s.purchaseCase.id, s.proposal.proposedBy);
    return rows.filter((u) => u.id !== ctx.userId);
  }

  /** Active SUPPLIER users of the invited company's portal account (a supplier quotes only through it). */
  private async supplierUsers(ctx: RequestContext, invitation: RfqInvitation): Promise<Recipient[]> {
    if (!invitation.supplierOrganizationId) return [];
    return this.directory.withRole(ctx, invitation.supplierOrganizationId, Role.SUPPLIER);
  }
}
