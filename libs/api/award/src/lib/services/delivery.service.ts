import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AppError, assertId, Clock, conflict, forbidden, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { CaseAccess, CaseAccessService } from '@bc/api/purchasing';
import { AwardDeliveryRow, PerformanceLedger } from '@bc/api/suppliers';
import { AwardStatus, ErrorCode, Permission, PerformanceEventKind, Role } from '@bc/shared/domain';
import { DeliveryRecordType, MAX_DELIVERY_NOTE, MAX_QUALITY_INCIDENTS, RecordDeliveryInput } from '../dto/delivery.types';
import { AwardLine, AwardProposal } from '../entities/award.entities';

function isValidDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Delivery performance against an award. A buyer with access to the case records each delivery of
 * an awarded supplier: one DELIVERY event (on time or late) and one QUALITY_INCIDENT event per
 * incident, all tied to the case and the award, in the supplier directory's append-only
 * performance history; the supplier's reliability score is recomputed in the same transaction
 * (the directory's own rule), so the next evaluation uses it.
 *
 * Only buyers: advisors keep PERFORMANCE_RECORD for the directory's general history
 * (`recordSupplierPerformance`), but deliveries against an award are the buyer's, who placed the
 * order. The events of one delivery share the transaction's time (created_at) and recorder,
 * which is how a record finds its incidents again.
 */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly ledger: PerformanceLedger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async record(ctx: RequestContext, input: RecordDeliveryInput): Promise<DeliveryRecordType> {
    const { proposal, access } = await this.open(ctx, input.proposalId, Permission.PERFORMANCE_RECORD);
    if (!access.roles.includes(Role.BUYER)) {
      throw forbidden(`Deliveries against the award of ${access.purchaseCase.reference} are recorded by its buyers`);
    }
    if (proposal.status !== AwardStatus.APPROVED || !proposal.decidedAt) {
      throw conflict(`Deliveries are recorded against an approved award; this proposal is ${proposal.status}`, 'input.proposalId');
    }

    const em = this.connection.manager(ctx);
    const awarded = await em.getRepository(AwardLine).find({ where: { proposalId: proposal.id }, select: { supplierId: true } });
    if (!/^[0-9a-f-]{36}$/i.test(input.supplierId) || !awarded.some((l) => l.supplierId === input.supplierId)) {
      throw validationFailed('input.supplierId', 'This supplier is not awarded in this proposal');
    }
    const deliveredOn = input.deliveredOn;
    if (!isValidDate(deliveredOn)) throw validationFailed('input.deliveredOn', 'deliveredOn is not a date');
    const today = this.day(this.clock.now());
    const awardDay = this.day(proposal.decidedAt);
    if (deliveredOn > today) throw validationFailed('input.deliveredOn', 'Deliveries are recorded after the fact: deliveredOn is in the future');
    if (deliveredOn < awardDay) throw validationFailed('input.deliveredOn', `A delivery against this award comes after it: the award was made on ${awardDay}`);
    const incidents = input.qualityIncidents ?? 0;
    if (!Number.isInteger(incidents) || incidents < 0 || incidents > MAX_QUALITY_INCIDENTS) {
      throw validationFailed('input.qualityIncidents', `qualityIncidents is a whole number from 0 to ${MAX_QUALITY_INCIDENTS}`);
    }
    const note = input.note?.trim() || null;
    if (note && note.length > MAX_DELIVERY_NOTE) throw validationFailed('input.note', `A note is at most ${MAX_DELIVERY_NOTE} characters`);

    // The supplier row is held first: concurrent recordings for one supplier recompute its score one after the other.
    const supplier = await this.ledger.lockSupplier(ctx, input.supplierId);
    if (!supplier) throw validationFailed('input.supplierId', 'This supplier is not awarded in this proposal');

    // One instant for the delivery and its incidents: they are read back together by it.
    const event = { organizationId: ctx.organizationId, supplierId: supplier.id, caseId: proposal.caseId, note, recordedBy: ctx.userId, awardProposalId: proposal.id, createdAt: this.clock.now() };
    const [eventId] = await this.ledger.append(ctx, { ...event, kind: PerformanceEventKind.DELIVERY, occurredOn: deliveredOn, onTime: input.onTime });
    if (incidents > 0) await this.ledger.append(ctx, { ...event, kind: PerformanceEventKind.QUALITY_INCIDENT, occurredOn: deliveredOn, onTime: null, count: incidents });
    const score = await this.ledger.refreshReliability(ctx, supplier.id);

    await this.audit.record(ctx, {
      action: 'award.delivery-recorded',
      entityType: 'AwardProposal',
      entityId: proposal.id,
      organizationId: proposal.organizationId,
      summary: {
        reference: access.purchaseCase.reference,
        caseId: proposal.caseId,
        version: proposal.version,
        eventId,
        supplierId: supplier.id,
        supplier: supplier.name,
        deliveredOn,
        onTime: input.onTime,
        qualityIncidents: incidents,
        reliability: { from: supplier.reliabilityScore, to: score },
      },
    });
    const [row] = await this.ledger.deliveriesOfAward(ctx, proposal.id, eventId);
    return toRecord(row);
  }

  /** The deliveries recorded against a proposal, newest delivery first. */
  async list(ctx: RequestContext, proposalId: string): Promise<DeliveryRecordType[]> {
    const { proposal } = await this.open(ctx, proposalId, Permission.AWARD_READ);
    return (await this.ledger.deliveriesOfAward(ctx, proposal.id)).map(toRecord);
  }

  /** The proposal of the caller's organization whose case the caller may see (NOT_FOUND otherwise), with `permission` checked on the case. */
  private async open(ctx: RequestContext, proposalId: string, permission: Permission): Promise<{ proposal: AwardProposal; access: CaseAccess }> {
    assertId(proposalId, 'Award proposal');
    const proposal = await this.connection.getRepository(ctx, AwardProposal).findOne({ where: { id: proposalId, organizationId: ctx.organizationId } });
    if (!proposal) throw notFound('Award proposal');
    const access = await this.access.open(ctx, proposal.caseId).catch((e: unknown) => {
      if (e instanceof AppError && e.code === ErrorCode.NOT_FOUND) throw notFound('Award proposal');
      throw e;
    });
    this.access.require(access, permission);
    return { proposal, access };
  }

  /** The calendar day of `at` in the organization's display zone (YYYY-MM-DD). */
  private day(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.config.displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
}

function toRecord(r: AwardDeliveryRow): DeliveryRecordType {
  return {
    id: r.id,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    deliveredOn: r.delivered_on,
    onTime: r.on_time,
    qualityIncidents: Number(r.quality_incidents),
    note: r.note,
    recordedByName: r.recorded_by_name,
    recordedAt: r.recorded_at,
  };
}
