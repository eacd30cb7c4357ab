import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, assertId, Clock, conflict, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserDirectory } from '@bc/api/identity';
import { CaseAtStage, CaseAccessService, CaseCancellationService, CaseFactsProviders, LaterCaseFacts, MAX_REASON_LENGTH, PurchaseCase, TransitionService, Withdrawn } from '@bc/api/purchasing';
import {
  CaseStage,
  compareDecimals,
  ErrorCode,
  LineTarget,
  MAX_NEGOTIATION_ROUNDS,
  MAX_ROUND_DAYS,
  MIN_ROUND_MINUTES,
  NegotiationRoundStatus,
  Permission,
  QuoteStatus,
  RfqStatus,
  roundOpenSql,
  TransitionBlocker,
  TransitionVia,
} from '@bc/shared/domain';
import { In } from 'typeorm';
import { NegotiationRoundType } from '../dto/negotiation.types';
import { assertFuture, InvitationRecords, Rfq, RfqInvitation, RfqRecords, RfqService } from '@bc/api/rfq';
import { NegotiationRound, NegotiationRoundInvitation } from '../entities/negotiation-round.entity';
import { NegotiationRoundEnded, NegotiationRoundOpened } from '../events/negotiation-events';
import { PortalService, Quote, QuoteRecords } from '@bc/api/quotes';

export interface OpenRoundRequest {
  rfqId: string;
  invitationIds: string[];
  message: string;
  closesAt: Date;
  targets?: Array<{ lineKey: string; unitPrice: string }> | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Target prices are kept as JSON numbers (LineTarget) and shown as the decimal they are. */
const decimalText = (n: number) => String(n);

/**
 * Negotiation after an RFQ has closed: skipping it (with a reason) or finishing it moves the case
 * on to DECISION. Every move holds the case row (`FOR UPDATE`) and goes through the stage machine
 * (`TransitionService.moveVia`), whose preconditions (CASE_TRANSITIONS) look at the facts the
 * libraries contribute: the evaluation's, the award's, and this library's open round.
 */
@Injectable()
export class NegotiationService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly transitions: TransitionService,
    private readonly rfqs: RfqService,
    private readonly portal: PortalService,
    private readonly quoteRecords: QuoteRecords,
    private readonly invitationRecords: InvitationRecords,
    private readonly rfqRecords: RfqRecords,
    private readonly directory: UserDirectory,
    private readonly cancellation: CaseCancellationService,
    private readonly caseFacts: CaseFactsProviders,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.cancellation.register((ctx, purchaseCase, reason) => this.endForCancellation(ctx, purchaseCase, reason));
    this.caseFacts.registerFacts([CaseStage.NEGOTIATION], (ctx, cases) => this.facts(ctx, cases));
  }

  /** Whether a round of each case (in NEGOTIATION) is open now by the application's clock. */
  private async facts(ctx: RequestContext, cases: readonly CaseAtStage[]): Promise<Map<string, Partial<LaterCaseFacts>>> {
    const open: Array<{ case_id: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT DISTINCT case_id FROM negotiation_round WHERE case_id = ANY ($1::uuid[]) AND ${roundOpenSql('', '$2')}`, [cases.map((c) => c.id), this.clock.now()]);
    return new Map(cases.map((c) => [c.id, { negotiationRoundOpen: open.some((r) => r.case_id === c.id) }]));
  }

  /** A case being cancelled ends its open round: the suppliers asked are told, their calendar entry cancelled. */
  private async endForCancellation(ctx: RequestContext, purchaseCase: PurchaseCase, reason: string): Promise<Withdrawn[]> {
    const open: Array<{ id: string; rfq_id: string; number: number; closes_at: Date }> = await this.connection.manager(ctx).query(
      `SELECT r.id, r.rfq_id, r.number, r.closes_at FROM negotiation_round r WHERE r.case_id = $1 AND ${roundOpenSql('r', '$2')} FOR UPDATE OF r`,
      [purchaseCase.id, this.clock.now()],
    );
    for (const round of open) {
      const rfq = await this.connection.getRepository(ctx, Rfq).findOneByOrFail({ id: round.rfq_id });
      await this.end(ctx, rfq, { id: round.id, number: round.number }, new Date(round.closes_at), { byCancellation: true, reason });
    }
    return open.map((r) => ({ kind: 'negotiation-round' as const, round: r.number }));
  }

  /**
   * Opens a round of best and final offers with chosen suppliers (each with a submitted quote on
   * the closed RFQ). From EVALUATION (complete) or DECISION (no pending award proposal) the case
   * moves to NEGOTIATION; in NEGOTIATION only when no round is open. Each invited supplier's users
   * are mailed the message, the targets and the deadline (.ics).
   */
  /** A round's deadline lies ahead by the application's clock, at least MIN_ROUND_MINUTES and at most MAX_ROUND_DAYS away. */
  private async assertRoundDeadline(ctx: RequestContext, closesAt: Date): Promise<void> {
    const now = this.clock.nowMs();
    assertFuture('input.closesAt', closesAt, now);
    const earliest = now + MIN_ROUND_MINUTES * MINUTE;
    if (closesAt.getTime() < earliest) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, `A round lasts at least ${MIN_ROUND_MINUTES} minutes: its deadline is ${new Date(earliest).toISOString()} or later`, {
        field: 'input.closesAt',
        details: { earliest: new Date(earliest).toISOString() },
      });
    }
    if (closesAt.getTime() > now + MAX_ROUND_DAYS * DAY) {
      throw validationFailed('input.closesAt', `A round lasts at most ${MAX_ROUND_DAYS} days`);
    }
  }

  async openRound(ctx: RequestContext, input: OpenRoundRequest): Promise<NegotiationRoundType> {
    const { rfq, purchaseCase } = await this.rfqs.open(ctx, input.rfqId, Permission.NEGOTIATION_MANAGE, true);
    if (rfq.status !== RfqStatus.CLOSED || !rfq.closedAt) {
      throw conflict(`Negotiation follows the closing of the RFQ: ${rfq.reference} is ${rfq.status}`, 'input.rfqId');
    }
    const invitations = await this.invitationsOfRound(ctx, rfq, input.invitationIds);
    const message = input.message.trim();
    if (!message) throw validationFailed('input.message', 'Write the suppliers a message');
    await this.assertRoundDeadline(ctx, input.closesAt);
    const targets = await this.targetsOf(ctx, rfq, input.targets ?? []);

    if (purchaseCase.stage === CaseStage.NEGOTIATION) {
      const open = await this.openRoundNumber(ctx, rfq.id);
      if (open !== null) {
        throw new AppError(ErrorCode.CONFLICT, `Round ${open} of ${rfq.reference} is still open: end it before opening another`, {
          field: 'input.rfqId',
          details: { blockers: [TransitionBlocker.NEGOTIATION_ROUND_OPEN], openRound: open },
        });
      }
      // Entering NEGOTIATION checks it in the stage machine; within it, a round waits for a reverse auction of the case too.
      if ((await this.caseFacts.laterFacts(ctx, [purchaseCase])).get(purchaseCase.id)?.auctionPending) {
        throw new AppError(ErrorCode.CONFLICT, `A reverse auction of ${rfq.reference} is scheduled or running: a round waits for its end`, {
          field: 'input.rfqId',
          details: { blockers: [TransitionBlocker.AUCTION_PENDING] },
        });
      }
    }
    const [{ count }]: Array<{ count: number }> = await this.connection.manager(ctx).query(`SELECT count(*)::int AS count FROM negotiation_round WHERE rfq_id = $1`, [rfq.id]);
    if (count >= MAX_NEGOTIATION_ROUNDS) {
      throw new AppError(ErrorCode.CONFLICT, `${rfq.reference} has had ${MAX_NEGOTIATION_ROUNDS} negotiation rounds, the most there can be`, {
        field: 'input.rfqId',
        details: { max: MAX_NEGOTIATION_ROUNDS },
      });
    }
    // Refused with TRANSITION_REFUSED (and the blockers: evaluation incomplete, an award pending) from
    // any other stage, or when something is in the way.
    if (purchaseCase.stage !== CaseStage.NEGOTIATION) {
      await this.transitions.moveVia(ctx, purchaseCase, CaseStage.NEGOTIATION, TransitionVia.NEGOTIATION_OPEN, null, ctx.userId);
    }

    const round = await this.connection.getRepository(ctx, NegotiationRound).save(
      this.connection.getRepository(ctx, NegotiationRound).create({
        organizationId: rfq.organizationId,
        rfqId: rfq.id,
        caseId: rfq.caseId,
        number: count + 1,
        message,
        targets: targets.map((t) => ({ lineKey: t.lineKey, unitPrice: t.unitPrice })),
        closesAt: input.closesAt,
        openedBy: ctx.userId,
        openedAt: this.clock.now(),
      }),
    );
    await this.connection.getRepository(ctx, NegotiationRoundInvitation).insert(invitations.map((i) => ({ roundId: round.id, invitationId: i.id })));
    // Who was asked and until when; the message and the targets are the buyer's negotiating position and stay out of the trail.
    await this.audit.record(ctx, {
      action: 'negotiation.round-opened',
      entityType: 'Rfq',
      entityId: rfq.id,
      organizationId: rfq.organizationId,
      summary: {
        reference: rfq.reference,
        case: purchaseCase.reference,
        round: round.number,
        roundId: round.id,
        suppliers: invitations.map((i) => i.supplierName),
        closesAt: input.closesAt.toISOString(),
        targets: targets.length,
      },
    });
    await ctx.publish(NegotiationRoundOpened, {
      roundId: round.id,
      invitationIds: invitations.map((i) => i.id),
      targets: targets.map((t) => ({ line: t.line, unitPrice: decimalText(t.unitPrice) })),
    });
    return (await this.rounds(ctx, rfq.id, round.id))[0];
  }

  /** The buyer ends an open round before its deadline; its revisions are then open to the buying side. */
  async endRound(ctx: RequestContext, roundId: string): Promise<NegotiationRoundType> {
    assertId(roundId, 'Negotiation round');
    const found = await this.connection.getRepository(ctx, NegotiationRound).findOne({ where: { id: roundId, organizationId: ctx.organizationId } });
    if (!found) throw notFound('Negotiation round');
    const { rfq } = await this.rfqs.open(ctx, found.rfqId, Permission.NEGOTIATION_MANAGE, true).catch((e: unknown) => {
      if (e instanceof AppError && e.code === ErrorCode.NOT_FOUND) throw notFound('Negotiation round');
      throw e;
    });
    const [row]: Array<{ open: boolean; closes_at: Date; ended_at: Date | null }> = await this.connection
      .manager(ctx)
      .query(`SELECT ${roundOpenSql('', '$2')} AS open, closes_at, ended_at FROM negotiation_round WHERE id = $1 FOR UPDATE`, [found.id, this.clock.now()]);
    if (!row.open) {
      throw new AppError(ErrorCode.ROUND_CLOSED, `Round ${found.number} of ${rfq.reference} is over already`, {
        field: 'roundId',
        details: { closedAt: new Date(row.ended_at ?? row.closes_at).toISOString() },
      });
    }
    await this.end(ctx, rfq, found, new Date(row.closes_at));
    return (await this.rounds(ctx, rfq.id, found.id))[0];
  }

  /** Ends an open round now (audited), and cancels its calendar entry with every supplier asked. */
  private async end(ctx: RequestContext, rfq: Rfq, round: { id: string; number: number }, closesAt: Date, extra: Record<string, unknown> = {}): Promise<void> {
    const em = this.connection.manager(ctx);
    await em.query(`UPDATE negotiation_round SET ended_at = $3, ended_by = $2 WHERE id = $1`, [round.id, ctx.userId, this.clock.now()]);
    const [{ ended_at: endedAt }]: Array<{ ended_at: Date }> = await em.query(`SELECT ended_at FROM negotiation_round WHERE id = $1`, [round.id]);
    const responded = (await this.quoteRecords.roundAnswers(ctx, [round.id])).size;
    await this.audit.record(ctx, {
      action: 'negotiation.round-ended',
      entityType: 'Rfq',
      entityId: rfq.id,
      organizationId: rfq.organizationId,
      summary: { reference: rfq.reference, round: round.number, roundId: round.id, closesAt: closesAt.toISOString(), responded, ...extra },
    });
    // The round's deadline no longer applies: every supplier asked gets its calendar entry cancelled.
    await ctx.publish(NegotiationRoundEnded, { roundId: round.id });
  }

  /** The RFQ's rounds (or one of them), oldest first, with who was asked and who answered: never what. */
  async rounds(ctx: RequestContext, rfqId: string, roundId?: string): Promise<NegotiationRoundType[]> {
    const em = this.connection.manager(ctx);
    const rows: Array<{
      id: string;
      rfq_id: string;
      number: number;
      message: string;
      targets: LineTarget[];
      closes_at: Date;
      opened_at: Date;
      ended_at: Date | null;
      open: boolean;
      opened_by: string | null;
    }> = await em.query(
      `SELECT r.id, r.rfq_id, r.number, r.message, r.targets, r.closes_at, r.opened_at, r.ended_at, ${roundOpenSql('r', '$3')} AS open, r.opened_by
         FROM negotiation_round r
        WHERE r.rfq_id = $1 AND r.organization_id = $2 ${roundId ? 'AND r.id = $4' : ''}
        ORDER BY r.number`,
      roundId ? [rfqId, ctx.organizationId, this.clock.now(), roundId] : [rfqId, ctx.organizationId, this.clock.now()],
    );
    if (rows.length === 0) return [];
    const roundIds = rows.map((r) => r.id);
    const asked: Array<{ round_id: string; invitation_id: string }> = await em.query(
      `SELECT round_id, invitation_id FROM negotiation_round_invitation WHERE round_id = ANY ($1::uuid[])`,
      [roundIds],
    );
    const people = await this.directory.peopleByIds(ctx, rows.map((r) => r.opened_by));
    const answers = await this.quoteRecords.lastRoundAnswers(ctx, roundIds);
    // By supplier name, as the invitations are listed.
    const invitations = await this.invitationRecords.summaries(ctx, asked.map((a) => a.invitation_id));
    return rows.map((r) => ({
      id: r.id,
      rfqId: r.rfq_id,
      number: Number(r.number),
      message: r.message,
      targets: (r.targets ?? []).map((t) => ({ lineKey: t.lineKey, unitPrice: decimalText(t.unitPrice) })),
      closesAt: new Date(r.closes_at),
      openedAt: new Date(r.opened_at),
      endedAt: r.ended_at ? new Date(r.ended_at) : null,
      status: r.open ? NegotiationRoundStatus.OPEN : NegotiationRoundStatus.CLOSED,
      openedByName: (r.opened_by ? people.get(r.opened_by)?.name : null) ?? null,
      invitations: invitations
        .filter((i) => asked.some((a) => a.round_id === r.id && a.invitation_id === i.id))
        .map((i) => {
          const respondedAt = answers.get(`${r.id}|${i.id}`) ?? null;
          return { invitationId: i.id, supplierName: i.supplierName, responded: respondedAt !== null, respondedAt };
        }),
    }));
  }

  /** The invitations named, each with a submitted quote on this RFQ; a problem names its index. */
  private async invitationsOfRound(ctx: RequestContext, rfq: Rfq, ids: string[]): Promise<RfqInvitation[]> {
    if (ids.length === 0) throw validationFailed('input.invitationIds', 'Choose at least one supplier');
    const valid = ids.filter((id) => UUID.test(id));
    const found = valid.length
      ? await this.connection.getRepository(ctx, RfqInvitation).find({ where: { id: In(valid), rfqId: rfq.id, organizationId: ctx.organizationId } })
      : [];
    const quoted = new Set(
      found.length
        ? (await this.connection.getRepository(ctx, Quote).find({ where: { invitationId: In(found.map((i) => i.id)), status: QuoteStatus.SUBMITTED } })).map((q) => q.invitationId)
        : [],
    );
    return ids.map((id, index) => {
      const field = `input.invitationIds.${index}`;
      if (ids.indexOf(id) !== index) throw validationFailed(field, 'This supplier is named twice');
      const invitation = found.find((i) => i.id === id);
      if (!invitation) throw validationFailed(field, `No invitation of ${rfq.reference} has this id`);
      if (!quoted.has(id)) throw validationFailed(field, `${invitation.supplierName} has no submitted quote on ${rfq.reference}: only suppliers that quoted are negotiated with`);
      return invitation;
    });
  }

  /** Targets on known lines, once each, above zero; with the line as the RFQ shows it (for the mails). */
  private async targetsOf(ctx: RequestContext, rfq: Rfq, targets: Array<{ lineKey: string; unitPrice: string }>): Promise<Array<{ lineKey: string; unitPrice: number; line: string }>> {
    if (targets.length === 0) return [];
    const { lines } = await this.rfqs.specification(ctx, rfq);
    return targets.map((t, index) => {
      const position = lines.findIndex((l) => l.key === t.lineKey);
      if (position < 0) throw validationFailed(`input.targets.${index}.lineKey`, `${rfq.reference} has no line ${t.lineKey}`);
      if (targets.findIndex((x) => x.lineKey === t.lineKey) !== index) throw validationFailed(`input.targets.${index}.lineKey`, 'One target per line');
      if (compareDecimals(t.unitPrice, '0') <= 0) throw validationFailed(`input.targets.${index}.unitPrice`, 'A target unit price is greater than 0');
      return { lineKey: t.lineKey, unitPrice: Number(t.unitPrice), line: `${position + 1}. ${lines[position].description}` };
    });
  }

  /** EVALUATION → DECISION without negotiating, with a reason; only once the evaluation is complete. */
  async skip(ctx: RequestContext, caseId: string, reason: string): Promise<PurchaseCase> {
    const text = reason.trim();
    if (text.length > MAX_REASON_LENGTH) throw validationFailed('reason', `A reason is at most ${MAX_REASON_LENGTH} characters`);
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.NEGOTIATION_MANAGE, true);
    const rfq = await this.closedRfqOf(ctx, purchaseCase.id);
    const moved = await this.transitions.moveVia(ctx, purchaseCase, CaseStage.DECISION, TransitionVia.NEGOTIATION_SKIP, text, ctx.userId);
    await this.audit.record(ctx, {
      action: 'negotiation.skipped',
      entityType: 'PurchaseCase',
      entityId: purchaseCase.id,
      organizationId: purchaseCase.organizationId,
      summary: { reference: purchaseCase.reference, rfq: rfq?.reference ?? null, reason: text },
    });
    return moved;
  }

  /** NEGOTIATION → DECISION; not while a round is open. */
  async finish(ctx: RequestContext, caseId: string): Promise<PurchaseCase> {
    const { purchaseCase } = await this.access.openFor(ctx, caseId, Permission.NEGOTIATION_MANAGE, true);
    const rfq = await this.closedRfqOf(ctx, purchaseCase.id);
    const moved = await this.transitions.moveVia(ctx, purchaseCase, CaseStage.DECISION, TransitionVia.NEGOTIATION_FINISH, null, ctx.userId);
    const [rounds] = rfq ? await this.connection.manager(ctx).query(`SELECT count(*)::int AS n FROM negotiation_round WHERE rfq_id = $1`, [rfq.id]) : [{ n: 0 }];
    await this.audit.record(ctx, {
      action: 'negotiation.finished',
      entityType: 'PurchaseCase',
      entityId: purchaseCase.id,
      organizationId: purchaseCase.organizationId,
      summary: { reference: purchaseCase.reference, rfq: rfq?.reference ?? null, rounds: rounds.n },
    });
    return moved;
  }

  // ---- shared rules --------------------------------------------------------------------------

  /** The case's closed RFQ (the one negotiated on), or null. */
  async closedRfqOf(ctx: RequestContext, caseId: string): Promise<Rfq | null> {
    return this.connection.getRepository(ctx, Rfq).findOne({
      where: { caseId, organizationId: ctx.organizationId, status: RfqStatus.CLOSED },
      order: { createdAt: 'DESC' },
    });
  }

  /** The number of the RFQ's round open now by the application's clock, or null. */
  async openRoundNumber(ctx: RequestContext, rfqId: string): Promise<number | null> {
    const [row] = await this.connection
      .manager(ctx)
      .query(`SELECT number FROM negotiation_round WHERE rfq_id = $1 AND ${roundOpenSql('', '$2')} ORDER BY number DESC LIMIT 1`, [rfqId, this.clock.now()]);
    return row ? Number(row.number) : null;
  }

  /** The organization's rounds open at `now`, each with how many suppliers asked have not answered yet. */
  async openRoundsOfOrganization(
    ctx: RequestContext,
    now: Date,
  ): Promise<Array<{ id: string; rfqId: string; caseId: string; number: number; closesAt: Date; openedAt: Date; rfqReference: string; waiting: number }>> {
    const rows: Array<{ id: string; rfqId: string; caseId: string; number: number; closesAt: Date; openedAt: Date; invited: string[] }> = await this.connection.manager(ctx).query(
      `SELECT n.id, n.rfq_id AS "rfqId", n.case_id AS "caseId", n.number, n.closes_at AS "closesAt", n.opened_at AS "openedAt",
              ARRAY (SELECT ri.invitation_id FROM negotiation_round_invitation ri WHERE ri.round_id = n.id) AS invited
         FROM negotiation_round n
        WHERE n.organization_id = $1 AND ${roundOpenSql('n', '$2')}`,
      [ctx.organizationId, now],
    );
    if (rows.length === 0) return [];
    const answered = await this.quoteRecords.roundAnswers(ctx, rows.map((r) => r.id));
    const rfqs = await this.rfqRecords.titles(ctx, rows.map((r) => r.rfqId));
    return rows.map(({ invited, ...r }) => ({
      ...r,
      rfqReference: rfqs.get(r.rfqId)?.reference ?? '',
      waiting: invited.filter((invitationId) => !answered.has(`${r.id}|${invitationId}`)).length,
    }));
  }
}
