import { Injectable } from '@nestjs/common';
import { Clock, Keyset, KeysetPage, KeysetSort, PageRequest, readKeysetPage, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuditEvent } from './audit-event.entity';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** What changed, for a person reading the trail later. No secrets. */
  summary?: Record<string, unknown>;
  /** Defaults to the signed-in user's organization. */
  organizationId?: string | null;
  actorUserId?: string | null;
  actorName?: string | null;
}

export interface ChainVerification {
  ok: boolean;
  checkedEvents: number;
  firstBrokenEventId?: string;
  firstBrokenSequence?: number;
  reason?: string;
}

const VERIFY_BATCH = 1000;

/** Which events `trailOf` takes: those about these entity ids (of this type; null: of any type). */
export interface AuditSelector {
  entityType: string | null;
  entityIds: readonly string[];
}

/** The trail's one order: newest first. */
export const AUDIT_LIST_SORT: KeysetSort = { name: 'sequence', keys: [{ expression: 'e.sequence', type: 'bigint', descending: true }] };

@Injectable()
export class AuditService {
  constructor(private readonly connection: TransactionalConnection, private readonly clock: Clock) {}

  /**
   * Appends an event to its organization's chain in the context's transaction. A transaction-level
   * advisory lock on the chain serializes writers, so two appends never share a predecessor.
   */
  async record(ctx: RequestContext, entry: AuditEntry): Promise<AuditEvent> {
    return this.connection.withTransaction(ctx, async (em) => {
      const organizationId = entry.organizationId !== undefined ? entry.organizationId : (ctx.session?.organizationId ?? null);
      const chain = organizationId ?? 'system';
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 42))', [`audit:${chain}`]);
      const last = await em.getRepository(AuditEvent).findOne({
        where: { chain },
        order: { sequence: 'DESC' },
        select: { sequence: true, hash: true },
      });
      const event = em.getRepository(AuditEvent).create({
        chain,
        sequence: (last?.sequence ?? 0) + 1,
        organizationId,
        actorUserId: entry.actorUserId !== undefined ? entry.actorUserId : (ctx.session?.userId ?? null),
        actorName: entry.actorName !== undefined ? entry.actorName : (ctx.session?.userName ?? null),
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        summary: entry.summary ?? {},
        requestId: ctx.requestId,
        occurredAt: this.clock.now(),
        prevHash: last?.hash ?? GENESIS_HASH,
      });
      event.hash = hashAuditEvent(event);
      ctx.auditEvents += 1;
      return em.getRepository(AuditEvent).save(event);
    });
  }

  /**
   * One page of the organization's trail, newest first, by keyset on the chain's UNIQUE (chain,
   * sequence). The total is the last sequence number: the chain is append-only (a trigger refuses
   * changes) and gap-free (`sequence` is the previous plus one, which verification checks), so it
   * is one index probe instead of a count of the whole history.
   */
  async list(ctx: RequestContext, request: PageRequest): Promise<KeysetPage<AuditEvent> & { total: number }> {
    const qb = this.connection.getRepository(ctx, AuditEvent).createQueryBuilder('e').where('e.chain = :chain', { chain: ctx.organizationId });
    const page = await readKeysetPage(qb, new Keyset(AUDIT_LIST_SORT, request));
    const last = await qb.clone().select('max(e.sequence)', 'last').getRawOne<{ last: string | null }>();
    return { ...page, total: Number(last?.last ?? 0) };
  }

  /**
   * The events of one chain about the given entities (`entityType` null: any type with these ids),
   * oldest first: a case's timeline, put together from what each library owns. `limit` caps how
   * many (null: all); `upTo` ends the trail at a sequence number or, without one, at a moment.
   */
  async trailOf(
    ctx: RequestContext,
    chain: string,
    selectors: readonly AuditSelector[],
    limit: number | null,
    upTo?: { sequence: number | null; at: Date },
  ): Promise<AuditEvent[]> {
    const params: unknown[] = [chain];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const wanted = selectors
      .filter((s) => s.entityIds.length > 0)
      .map((s) => `(${s.entityType === null ? '' : `e.entity_type = ${bind(s.entityType)} AND `}e.entity_id = ANY (${bind(s.entityIds)}::text[]))`);
    if (wanted.length === 0) return [];
    const until = !upTo ? '' : upTo.sequence !== null ? `AND e.sequence <= ${bind(upTo.sequence)}` : `AND e.occurred_at <= ${bind(upTo.at)}`;
    return this.connection.manager(ctx).query(
      `SELECT e.id, e.sequence::int AS sequence, e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
              e.actor_name AS "actorName", e.summary, e.occurred_at AS "occurredAt", e.hash
         FROM audit_event e
        WHERE e.chain = $1 AND (${wanted.join(' OR ')}) ${until}
        ORDER BY e.sequence
        ${limit === null ? '' : `LIMIT ${Math.max(0, Math.floor(limit))}`}`,
      params,
    );
  }

  /** The sequence number of the last event of this action about this entity, or null. */
  async lastSequenceOf(ctx: RequestContext, chain: string, action: string, entityType: string, entityId: string): Promise<number | null> {
    const [row] = await this.connection
      .manager(ctx)
      .query(`SELECT max(sequence)::bigint AS sequence FROM audit_event WHERE chain = $1 AND action = $2 AND entity_type = $3 AND entity_id = $4`, [
        chain,
        action,
        entityType,
        entityId,
      ]);
    return row?.sequence === null || row?.sequence === undefined ? null : Number(row.sequence);
  }

  /** Recomputes the organization's chain from its start and reports the first link that does not hold. */
  async verify(ctx: RequestContext, chain: string = ctx.organizationId): Promise<ChainVerification> {
    const repo = this.connection.getRepository(ctx, AuditEvent);
    let expectedPrev = GENESIS_HASH;
    let expectedSequence = 1;
    let checked = 0;
    for (;;) {
      const batch = await repo
        .createQueryBuilder('e')
        .where('e.chain = :chain AND e.sequence >= :from', { chain, from: expectedSequence })
        .orderBy('e.sequence', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      for (const event of batch) {
        const broken = (reason: string): ChainVerification => ({
          ok: false,
          checkedEvents: checked,
          firstBrokenEventId: event.id,
          firstBrokenSequence: event.sequence,
          reason,
        });
        if (event.sequence !== expectedSequence) return broken(`entry ${expectedSequence} is missing`);
        if (event.prevHash !== expectedPrev) return broken('does not point to the hash of the entry before it');
        if (hashAuditEvent(event) !== event.hash) return broken('its content does not match its hash');
        expectedPrev = event.hash;
        expectedSequence += 1;
        checked += 1;
      }
      if (batch.length < VERIFY_BATCH) return { ok: true, checkedEvents: checked };
    }
  }
}
